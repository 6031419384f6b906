// What routing shows: the desk's choices of department and unit, a department's inbox (keyset-paged, filtered by the
// stored 受理 clock's due state), an intake's routings, and the leader's list of matters awaiting transfer.
import type { z } from 'zod';
import type { InboxPage, RoutingOptions, TransferItem, inboxInput, transfersInput } from '../../../shared/contract/routing';
import { dueSoonUntil, dueStateOf } from '../../../shared/domain/due-state';
import { addDays } from '../../../shared/domain/calendar';
import { clockLabel } from '../../../shared/domain/deadline-state';
import { can } from '../../../shared/domain/permissions';
import { formatRegNo } from '../../../shared/domain/registration';
import { dateKeyOf } from '../../../shared/domain/time';
import { INTAKE_ROUTE, ROUTE_CAPABILITIES } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { decodeCursor } from '../kernel/cursor';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { keysetPage } from '../kernel/sql';
import { readingCalendar } from '../deadlines/deadlines.service';
import { departmentsWith, findDepartment, inboxRows, intakeForRouting, routingsOfIntake, staffDepartmentId, transferRows } from './routing.data';
import { callerOf, mayDecideFor, toRoutingItem } from './routing.service';

/** The inbox's clock name from its stored key (the row keeps no label). */
function dueLabel(clock: string | null): string {
  if (!clock) return '';
  const [rule, party, finality] = JSON.parse(clock) as [string, string, '' | 'final' | 'nonFinal'];
  return clockLabel(rule, party, finality);
}

/** Departments that take routed files. */
const TAKING = ['inspection', 'arbitration', 'laborRelations'] as const;

export function routingOptions(call: CallContext): RoutingOptions {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  const departments = departmentsWith(core.prepare, unitId, TAKING);
  const byRoute = {} as RoutingOptions['byRoute'];
  for (const route of INTAKE_ROUTE.values) {
    const caps = ROUTE_CAPABILITIES[route];
    if (caps) byRoute[route] = departmentsWith(core.prepare, unitId, caps).map((d) => d.id);
  }
  const units = (core.prepare('SELECT id, name FROM units WHERE active = 1 AND id <> ? ORDER BY sort_order, region_code').all(unitId) as { id: string; name: string }[]);
  return { departments: departments.map((d) => ({ id: d.id, name: d.name, capability: d.capability })), byRoute, units };
}

/** The inboxes a person may open: their own department's, any department they head; a leader, every one. */
function inboxChoices(call: CallContext) {
  const core = call.core;
  const principal = callerOf(call);
  const all = departmentsWith(core.prepare, requireInstallation(core).unitId, TAKING);
  if (can(principal.roles, 'proceeding.approve')) return { principal, choices: all };
  const own = staffDepartmentId(core.prepare, principal.staffId);
  return { principal, choices: all.filter((d) => d.id === own || d.head_staff_id === principal.staffId) };
}

export function inbox(call: CallContext, input: z.output<typeof inboxInput>): InboxPage {
  const core = call.core;
  const { principal, choices } = inboxChoices(call);
  const chosen = input.departmentId === null ? choices[0] : choices.find((d) => d.id === input.departmentId);
  if (input.departmentId !== null && !chosen) {
    if (!findDepartment(core.prepare, input.departmentId)) throw notFound('该部门');
    throw new ServiceError('FORBIDDEN', '只有该部门的工作人员、负责人和局领导可以查看其收件箱');
  }
  const refs = choices.map((d) => ({ id: d.id, name: d.name }));
  if (!chosen) return { items: [], nextCursor: null, department: null, choices: refs, mayDecide: false };
  const today = dateKeyOf(core.clock.now());
  const calendar = readingCalendar(core);
  const due =
    input.due === 'overdue' ? { dueFrom: null, dueUntil: addDays(today, -1) } : input.due === 'dueSoon' ? { dueFrom: today, dueUntil: dueSoonUntil(today, calendar) } : { dueFrom: null, dueUntil: null };
  const rows = inboxRows(core.prepare, {
    departmentIds: [chosen.id],
    statuses: [input.view],
    ...due,
    urgentOnly: input.urgentOnly,
    after: decodeCursor(input.cursor),
    limit: input.limit + 1,
  });
  const page = keysetPage(rows, input.limit, (r) => ({ at: r.routed_at, seq: r.seq }));
  return {
    department: { id: chosen.id, name: chosen.name },
    choices: refs,
    mayDecide: mayDecideFor(core, principal, chosen.id),
    nextCursor: page.nextCursor,
    items: page.rows.map((r) => {
      const state = r.due_date && r.due_status && r.due_nature ? dueStateOf({ status: r.due_status, dueDate: r.due_date, nature: r.due_nature }, today, calendar) : null;
      return {
        ...toRoutingItem(r),
        regNoText: formatRegNo(r.reg_year, r.reg_no),
        receivedDate: r.received_date,
        intakeKind: r.intake_kind,
        workersCount: r.workers_count,
        caseTitle: r.case_title,
        collective: r.collective === 1,
        urgent: r.urgent === 1,
        proceedingKind: r.proceeding_kind,
        due: state && r.due_date ? { label: dueLabel(r.due_clock), dueDate: r.due_date, dueState: state.state, overdueDays: state.overdueDays } : null,
      };
    }),
  };
}

export function intakeRoutings(call: CallContext, intakeId: string) {
  const core = call.core;
  const intake = intakeForRouting(core.prepare, intakeId);
  if (!intake || intake.unit_id !== requireInstallation(core).unitId) throw notFound('该接待登记');
  const principal = callerOf(call);
  return { routings: routingsOfIntake(core.prepare, intakeId).map(toRoutingItem), mayReroute: (intake.status === 'returned' || intake.status === 'registered') && can(principal.roles, 'intake.create') };
}

export function transfers(call: CallContext, input: z.output<typeof transfersInput>): { items: TransferItem[]; nextCursor: string | null } {
  const core = call.core;
  const rows = transferRows(core.prepare, requireInstallation(core).unitId, decodeCursor(input.cursor), input.limit + 1);
  const page = keysetPage(rows, input.limit, (r) => ({ at: r.routed_at, seq: r.seq }));
  return {
    nextCursor: page.nextCursor,
    items: page.rows.map((r) => ({
      ...toRoutingItem(r),
      regNoText: formatRegNo(r.reg_year, r.reg_no),
      receivedDate: r.received_date,
      intakeKind: r.intake_kind,
      summary: r.summary.length > 120 ? `${r.summary.slice(0, 120)}…` : r.summary,
      workersCount: r.workers_count,
    })),
  };
}
