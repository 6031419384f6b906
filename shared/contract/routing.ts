// Routing (分级负责，归口办理): where the desk sent an intake, a department's inbox of files awaiting its 签收, taking
// (签收) or returning one to the desk with a reason, routing a returned intake again, and the matters awaiting
// transfer to another unit.
import { z } from 'zod';
import { CAPABILITY, INTAKE_KIND, INTAKE_ROUTE, PROCEEDING_KIND, ROUTING_STATUS, ROUTING_TARGET } from '../domain/vocabulary';
import { DUE_STATES } from './casework';
import { m, q, type ChannelTable } from './channel-def';
import { routingTargetFields, staffRef } from './intakes';
import { bool, entityId, instant, nullable, optionalText, page, pageInput, reasonText } from './primitives';

export const namedRef = z.object({ id: entityId, name: z.string() });

export const routingItem = z.object({
  id: entityId,
  intakeId: entityId,
  target: z.enum(ROUTING_TARGET.values),
  status: z.enum(ROUTING_STATUS.values),
  department: namedRef.nullable(),
  otherBody: z.string().nullable(),
  otherUnit: namedRef.nullable(),
  caseFileId: entityId.nullable(),
  proceedingId: entityId.nullable(),
  note: z.string().nullable(),
  routedAt: instant,
  routedBy: staffRef,
  decidedAt: instant.nullable(),
  decidedBy: staffRef.nullable(),
  returnReason: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type RoutingItem = z.infer<typeof routingItem>;

/** The proceeding's earliest open duty as stored (the 受理 clock while the file waits), read against today. */
export const inboxDue = z.object({ label: z.string(), dueDate: z.string(), dueState: z.enum(DUE_STATES), overdueDays: z.number().int() });

export const inboxItem = routingItem.extend({
  regNoText: z.string(),
  receivedDate: z.string(),
  intakeKind: z.enum(INTAKE_KIND.values),
  workersCount: z.number().int(),
  caseTitle: z.string(),
  collective: z.boolean(),
  urgent: z.boolean(),
  proceedingKind: z.enum(PROCEEDING_KIND.values),
  due: inboxDue.nullable(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const INBOX_VIEW = { awaiting: '待签收', accepted: '已签收', returned: '已退回' } as const;
export type InboxView = keyof typeof INBOX_VIEW;

export const inboxInput = z.object({
  /** The department whose inbox; null: the caller's own department. */
  departmentId: nullable(entityId),
  view: z
    .enum(Object.keys(INBOX_VIEW) as [InboxView, ...InboxView[]])
    .optional()
    .transform((v) => v ?? 'awaiting'),
  due: nullable(z.enum(['overdue', 'dueSoon'])),
  urgentOnly: bool(),
  ...pageInput,
});
export type InboxInput = z.input<typeof inboxInput>;

export const inboxPage = page(inboxItem).extend({
  /** The inbox shown (null: the caller belongs to no department that takes files). */
  department: namedRef.nullable(),
  /** The inboxes this person may open. */
  choices: z.array(namedRef),
  /** Whether this person may 签收 or return the files of this inbox. */
  mayDecide: z.boolean(),
});
export type InboxPage = z.infer<typeof inboxPage>;

export const routingDecideInput = z.object({ routingId: entityId, rowVersion: z.number().int() });
export const routingReturnInput = routingDecideInput.extend({ reason: reasonText('退回理由', { example: '不属于本部门职责，系劳动合同解除争议' }) });

export const rerouteInput = z
  .object({
    intakeId: entityId,
    rowVersion: z.number().int(),
    route: z.enum(INTAKE_ROUTE.values, { error: '请选择处理去向' }),
    ...routingTargetFields,
    answer: optionalText('答复或告知内容', 2000),
    note: optionalText('分办说明', 200),
  })
  .superRefine((v, ctx) => {
    if (v.route === 'transfer' && v.transferUnitId === null) ctx.addIssue({ code: 'custom', path: ['transferUnitId'], message: '请选择移送的单位' });
    if (v.route === 'referredElsewhere' && v.otherBody === null) ctx.addIssue({ code: 'custom', path: ['otherBody'], message: '请填写告知其前往的部门或机关' });
    if (v.route === 'answered' && v.answer === null) ctx.addIssue({ code: 'custom', path: ['answer'], message: '请填写答复内容' });
  });
export type RerouteInput = z.input<typeof rerouteInput>;

export const routingOptions = z.object({
  departments: z.array(namedRef.extend({ capability: z.enum(CAPABILITY.values) })),
  /** Per route, the departments that may take it, the default first. */
  byRoute: z.partialRecord(z.enum(INTAKE_ROUTE.values), z.array(entityId)),
  /** Other units a matter may await transfer to. */
  units: z.array(namedRef),
});
export type RoutingOptions = z.infer<typeof routingOptions>;

export const intakeRoutingOutput = z.object({ routings: z.array(routingItem), mayReroute: z.boolean() });

export const transferItem = routingItem.extend({
  regNoText: z.string(),
  receivedDate: z.string(),
  intakeKind: z.enum(INTAKE_KIND.values),
  summary: z.string(),
  workersCount: z.number().int(),
});
export type TransferItem = z.infer<typeof transferItem>;

export const transfersInput = z.object(pageInput);

export const routingChannels = {
  'routing.options': q(z.object({}).strict(), routingOptions, 'intake.read'),
  'routing.inbox': q(inboxInput, inboxPage, 'case.read'),
  'routing.ofIntake': q(z.object({ intakeId: entityId }), intakeRoutingOutput, 'intake.read'),
  'routing.accept': m(routingDecideInput, routingItem, 'proceeding.act'),
  'routing.return': m(routingReturnInput, routingItem, 'proceeding.act'),
  'routing.reroute': m(rerouteInput, z.object({ intakeId: entityId, caseFileId: entityId.nullable() }), 'intake.create'),
  'routing.transfers': q(transfersInput, page(transferItem), 'proceeding.approve'),
} as const satisfies ChannelTable;
