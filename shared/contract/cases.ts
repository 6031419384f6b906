// Case files and their proceedings, as lists and as one file with its timeline.
import { z } from 'zod';
import { proceedingDefinition } from '../domain/proceedings';
import { CASE_STATUS, PARTY_ROLE, PROCEEDING_KIND } from '../domain/vocabulary';
import { intakeListItem, searchText, staffRef } from './intakes';
import { byId, entityId, instant, nullable, page, pageInput } from './primitives';
import { unitSummary } from './reference';
import { q, type ChannelTable } from './channel-def';

export const proceedingSummary = z.object({
  id: entityId,
  kind: z.enum(PROCEEDING_KIND.values),
  number: z.string().nullable(),
  /** A state of the kind's definition (shared/domain/proceedings). */
  status: z.string(),
  openedAt: instant,
});

export const caseListItem = z.object({
  id: entityId,
  title: z.string(),
  status: z.enum(CASE_STATUS.values),
  collective: z.boolean(),
  urgent: z.boolean(),
  openedAt: instant,
  leader: staffRef.nullable(),
  proceedings: z.array(proceedingSummary),
  workersCount: z.number().int(),
  amountClaimedFen: z.number().int().nullable(),
  partyNames: z.array(z.string()),
});
export type CaseListItem = z.infer<typeof caseListItem>;

export const caseListInput = z.object({
  search: searchText,
  filter: z
    .object({
      status: nullable(z.enum(CASE_STATUS.values)),
      collective: nullable(z.boolean()),
      urgent: nullable(z.boolean()),
      proceedingKind: nullable(z.enum(PROCEEDING_KIND.values)),
      /** With proceedingKind: the stage — files with a proceeding of that kind in this state (the desk's chart). */
      proceedingStatus: nullable(z.string().max(40, '程序阶段无效')),
      leaderStaffId: nullable(entityId),
      /** Files with an open proceeding the department handles (分级负责，归口办理). */
      departmentId: nullable(entityId),
    })
    .optional()
    .transform((v) => v ?? { status: null, collective: null, urgent: null, proceedingKind: null, proceedingStatus: null, leaderStaffId: null, departmentId: null })
    .superRefine((f, ctx) => {
      if (f.proceedingStatus === null || f.proceedingStatus === undefined) return;
      if (!f.proceedingKind) ctx.addIssue({ code: 'custom', path: ['proceedingStatus'], message: '请先选择程序类型' });
      else if (!(f.proceedingStatus in proceedingDefinition(f.proceedingKind).states)) {
        ctx.addIssue({ code: 'custom', path: ['proceedingStatus'], message: `“${PROCEEDING_KIND.label(f.proceedingKind)}”没有这个阶段` });
      }
    }),
  ...pageInput,
});
export type CaseListInput = z.input<typeof caseListInput>;

export const caseListPage = page(caseListItem);

export const caseEvent = z.object({
  seq: z.number().int(),
  at: instant,
  kind: z.string(),
  summary: z.string(),
  actor: staffRef.nullable(),
  proceedingId: entityId.nullable(),
  /** The document a line is about (制作, 送达 …), so the timeline can say whether it is served yet. */
  documentId: entityId.nullable(),
});
export type CaseEvent = z.infer<typeof caseEvent>;

export const caseFileDetail = z.object({
  id: entityId,
  title: z.string(),
  unit: unitSummary,
  status: z.enum(CASE_STATUS.values),
  collective: z.boolean(),
  urgent: z.boolean(),
  openedAt: instant,
  closedAt: instant.nullable(),
  /** An open file: why it is not 办结 yet — proceedings still open, workers still owed, instalments owed. */
  closingBlockers: z.array(z.string()),
  leader: staffRef.nullable(),
  proceedings: z.array(
    proceedingSummary.extend({
      parties: z.array(
        z.object({
          role: z.enum([...PARTY_ROLE.values, 'complainant', 'applicant', 'respondent', 'thirdParty']),
          name: z.string(),
          partyId: entityId.nullable(),
          personId: entityId.nullable(),
        }),
      ),
    }),
  ),
  intakes: z.array(intakeListItem),
  events: z.array(caseEvent),
  rowVersion: z.number().int(),
});
export type CaseFileDetail = z.infer<typeof caseFileDetail>;

export const casesChannels = {
  'cases.list': q(caseListInput, caseListPage, 'case.read'),
  'cases.get': q(byId, caseFileDetail, 'case.read'),
} as const satisfies ChannelTable;
