// Each person's desk and the file's work panel: stored deadlines read against today (due soon, overdue by N days),
// the steps each proceeding offers this person, the approvals waiting for a leader, the urgent and collective files.
import { arbitrationNotices } from '../arbitration/arbitration-outcome';
import type { z } from 'zod';
import type { CaseWork, DeskDeadline, DeskSummary, ProceedingWork, StoredDeadlineOut, deadlineListInput } from '../../../shared/contract/casework';
import { PROCEEDING_PAPER_KINDS, type ProceedingPaperKind } from '../../../shared/contract/documents';
import { DOCUMENT_KIND } from '../../../shared/domain/vocabulary';
import { dueSoonUntil, dueStateOf } from '../../../shared/domain/due-state';
import { can } from '../../../shared/domain/permissions';
import { proceedingDefinition, proceedingStatusLabel } from '../../../shared/domain/proceedings';
import { dateKeyOf } from '../../../shared/domain/time';
import { addDays, type HolidayCalendar } from '../../../shared/domain/calendar';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { readingCalendar } from '../deadlines/deadlines.service';
import { deskIncidents } from '../incidents/incidents.service';
import { deskSupervisions } from '../incidents/supervision.service';
import { deskMissedInstalments } from '../mediation/mediation.service';
import { deskDelistings } from '../blacklist/blacklist-desk';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { actionsFor, approverProblem, viewBasis } from '../proceedings/engine';
import { caseIntakes, findProceeding, pendingApproval, viewOf } from '../proceedings/proceedings.data';
import { withMoney } from '../proceedings/view-money';
import { findStaff } from '../reference/staff.service';
import { principalOf } from '../session/session.service';
import { listTeam, mayConfirmLeader, mayManageTeam } from '../team/team.service';
import { caseFileBasics, countPendingLeaders, pendingLeaders } from '../team/team.data';
import { kindsOfDepartment } from './desk-charts.data';
import { approvalsFor, countMyFiles, countOpenDuties, countUrgentFiles, deadlinesOfProceeding, openDuties, stepsTaken, urgentFiles, type DeadlineRow, type DeskDeadlineRow } from './desk.data';

const YEAR_NOT_ENTERED = /(\d{4})年放假安排未录入/;

/** '2027年放假安排未录入' from the computation's own note (a provisional clock keeps its trace), or a plain 日期暂定. */
function provisionalNote(trace: string | null): string {
  const lines = trace === null ? [] : (JSON.parse(trace) as string[]);
  const years = [...new Set(lines.map((line) => YEAR_NOT_ENTERED.exec(line)?.[1]).filter((y): y is string => !!y))];
  return years.length > 0 ? `${years.join('、')}年放假安排未录入` : '日期暂定';
}

function toStored(r: DeadlineRow, today: string, calendar: HolidayCalendar): StoredDeadlineOut {
  const { state, overdueDays } = dueStateOf({ status: r.status, dueDate: r.due_date, nature: r.nature }, today, calendar);
  return {
    id: r.id,
    proceedingId: r.proceeding_id,
    ruleId: r.rule_id,
    label: r.label,
    party: r.party === '' ? null : r.party,
    startDate: r.start_date,
    dueDate: r.due_date,
    dueState: state,
    overdueDays,
    metOn: r.met_on,
    provisional: r.provisional === 1,
    actor: r.actor,
    nature: r.nature,
    citation: r.citation,
    provisionalNote: r.provisional === 1 ? provisionalNote(r.trace) : null,
    warnings: JSON.parse(r.warnings) as string[],
    calendarVersion: r.calendar_version,
  };
}

function toDesk(r: DeskDeadlineRow, today: string, calendar: HolidayCalendar): DeskDeadline {
  return {
    ...toStored(r, today, calendar),
    caseFileId: r.case_file_id,
    caseTitle: r.case_title,
    proceedingKind: r.proceeding_kind,
    proceedingNumber: r.proceeding_number,
    urgent: r.urgent === 1,
    collective: r.collective === 1,
  };
}

function principalFor(call: CallContext): Principal {
  const p = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!p) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return p;
}

/** The papers made from the proceeding itself that its steps taken so far may issue (ActionDef.documents). */
/** The 投诉受理 / 不予受理通知书 answer a 投诉人 (若干规定 Art. 18); a 举报人 gets none, their identity kept confidential (监察条例 Art. 9). */
const COMPLAINT_NOTICES: readonly string[] = ['complaintAcceptanceNotice', 'complaintRejectionNotice'];

function papersOf(core: CoreServices, proceedingId: string, def: ReturnType<typeof proceedingDefinition>, caseFileId: string): ProceedingWork['papers'] {
  const complained = caseIntakes(core.prepare, caseFileId).some((i) => i.kind === 'complaint');
  const taken = stepsTaken(core.prepare, caseFileId, proceedingId);
  const papers = Object.entries(def.actions).flatMap(([name, a]) =>
    taken.has(name) ? (a.documents ?? []).flatMap((kind) => ((PROCEEDING_PAPER_KINDS as readonly string[]).includes(kind) && (complained || !COMPLAINT_NOTICES.includes(kind)) ? [{ kind: kind as ProceedingPaperKind, label: DOCUMENT_KIND.label(kind), step: a.label }] : [])) : [],
  );
  // A paper two steps may issue (受理通知书: 受理, or 立案 straight from receipt) is offered once, from the first.
  return papers.filter((x, n) => papers.findIndex((y) => y.kind === x.kind) === n);
}

/** The file's work panel: team, and per proceeding its state, the steps open to this person, its deadlines. */
export function caseWork(call: CallContext, caseFileId: string): CaseWork {
  const core = call.core;
  const file = caseFileBasics(core.prepare, caseFileId);
  if (!file) throw notFound('该案卷');
  const principal = principalFor(call);
  const today = dateKeyOf(core.clock.now());
  const calendar = readingCalendar(core);
  const basis = viewBasis(core);
  const ids = (core.prepare('SELECT id FROM proceedings WHERE case_file_id = ? ORDER BY opened_at, id').all(caseFileId) as { id: string }[]).map((r) => r.id);
  const team = listTeam(core, caseFileId);
  const proposed = team.find((m) => m.role === 'leader' && m.confirmedAt === null);
  return {
    caseFileId,
    team,
    mayManageTeam: mayManageTeam(core, principal, file),
    mayConfirmLeader: !!proposed && proposed.staff?.id !== principal.staffId && mayConfirmLeader(core, principal.staffId, file),
    proceedings: ids.map((id) => {
      const p = findProceeding(core.prepare, id)!;
      const view = withMoney(call, p, viewOf(core.prepare, p, today, basis));
      const pending = pendingApproval(core.prepare, id);
      const def = proceedingDefinition(p.kind);
      const requester = pending ? findStaff(core, pending.requestedBy) : null;
      return {
        proceedingId: id,
        kind: p.kind,
        statusLabel: proceedingStatusLabel(p.kind, p.status),
        rowVersion: p.rowVersion,
        actions: actionsFor(core, principal, p, view),
        pendingApproval: pending
          ? {
              id: pending.id,
              action: pending.action,
              label: def.actions[pending.action]?.label ?? pending.action,
              input: JSON.parse(pending.input) as Record<string, unknown>,
              requestedBy: { id: pending.requestedBy, name: requester?.name ?? '' },
              requestedAt: pending.requestedAt,
              rowVersion: pending.rowVersion,
              mayDecide: approverProblem(principal, p) === null,
            }
          : null,
        deadlines: deadlinesOfProceeding(core.prepare, id).map((r) => toStored(r, today, calendar)),
        papers: papersOf(core, id, def, caseFileId),
        notices: arbitrationNotices(core.prepare, id, view),
      };
    }),
  };
}

const DESK_LIST = 20;

/**
 * The desk: the unit's open 群体性事件 first, with their report clocks; the 督办 on the desk; counts, approvals waiting,
 * urgent and collective files, and the first due-soon and overdue duties.
 */
export function deskSummary(call: CallContext): DeskSummary {
  const core = call.core;
  const principal = principalFor(call);
  const { unitId } = requireInstallation(core);
  const today = dateKeyOf(core.clock.now());
  const calendar = readingCalendar(core);
  const soonUntil = dueSoonUntil(today, calendar);
  const yesterday = addDays(today, -1);
  const base = { me: principal.staffId, unitId, scope: 'mine' as const };
  const dueSoon = openDuties(core.prepare, { ...base, from: today, until: soonUntil, after: null, limit: DESK_LIST });
  const overdue = openDuties(core.prepare, { ...base, from: null, until: yesterday, after: null, limit: DESK_LIST });
  // The same rule as the approval itself (approverProblem): files the person leads, and files no leader has taken.
  const approvals = can(principal.roles, 'proceeding.approve') ? approvalsFor(core.prepare, principal.staffId, unitId) : [];
  const urgent = urgentFiles(core.prepare, unitId, DESK_LIST);
  const incidents = deskIncidents(core, unitId);
  const supervisions = deskSupervisions(core, principal, unitId, today, calendar);
  const missed = deskMissedInstalments(call, principal, unitId, today);
  const delistings = can(principal.roles, 'proceeding.approve') ? deskDelistings(core, unitId) : [];
  const proposedLeaders = pendingLeaders(core.prepare, unitId, principal.staffId, DESK_LIST);
  return {
    today,
    incidents: incidents.items,
    supervisions: supervisions.items,
    missedInstalments: missed.items,
    delistings,
    pendingLeaders: proposedLeaders.map((r) => ({
      memberId: r.member_id,
      caseFileId: r.case_file_id,
      caseTitle: r.case_title,
      leader: { id: r.staff_id, name: r.staff_name },
      proposedAt: r.added_at,
    })),
    counts: {
      pendingLeaders: countPendingLeaders(core.prepare, unitId, principal.staffId),
      delistings: delistings.length,
      incidents: incidents.count,
      supervisions: supervisions.count,
      missedInstalments: missed.count,
      myFiles: countMyFiles(core.prepare, principal.staffId),
      dueSoon: countOpenDuties(core.prepare, { ...base, from: today, until: soonUntil }),
      overdue: countOpenDuties(core.prepare, { ...base, from: null, until: yesterday }),
      urgent: countUrgentFiles(core.prepare, unitId),
      approvals: approvals.length,
    },
    approvals: approvals.map((a) => ({
      id: a.id,
      caseFileId: a.case_file_id,
      caseTitle: a.case_title,
      proceedingKind: a.proceeding_kind,
      label: proceedingDefinition(a.proceeding_kind).actions[a.action]?.label ?? a.action,
      requestedBy: { id: a.requested_by, name: a.requested_by_name },
      requestedAt: a.requested_at,
    })),
    urgentFiles: urgent.map((f) => ({
      id: f.id,
      title: f.title,
      urgent: f.urgent === 1,
      collective: f.collective === 1,
      openedAt: f.opened_at,
      leader: f.leader_staff_id ? { id: f.leader_staff_id, name: f.leader_name ?? '' } : null,
    })),
    dueSoon: dueSoon.map((r) => toDesk(r, today, calendar)),
    overdue: overdue.map((r) => toDesk(r, today, calendar)),
  };
}

function encode(k: { due: string; id: string }): string {
  return Buffer.from(JSON.stringify([k.due, k.id])).toString('base64url');
}

function decode(cursor: string | null): { due: string; id: string } | null {
  if (cursor === null) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { due: v[0], id: v[1] };
  } catch {
    // the refusal below
  }
  throw new ServiceError('VALIDATION', '翻页标记无效，请刷新列表', { cursor: '翻页标记无效' });
}

/** Open bureau duties by due date, filtered by due state, keyset-paged. */
export function listDeadlines(call: CallContext, input: z.output<typeof deadlineListInput>): { items: DeskDeadline[]; nextCursor: string | null } {
  const core = call.core;
  const principal = principalFor(call);
  const { unitId } = requireInstallation(core);
  const today = dateKeyOf(core.clock.now());
  const calendar = readingCalendar(core);
  const range =
    input.dueState === 'overdue' ? { from: null, until: addDays(today, -1) } : input.dueState === 'dueSoon' ? { from: today, until: dueSoonUntil(today, calendar) } : { from: null, until: null };
  const kinds = input.departmentId ? kindsOfDepartment(core.prepare, unitId, input.departmentId) : null;
  const rows = openDuties(core.prepare, { me: principal.staffId, unitId, scope: input.scope, ...range, after: decode(input.cursor), limit: input.limit + 1, kinds });
  const items = rows.slice(0, input.limit).map((r) => toDesk(r, today, calendar));
  const last = rows.length > input.limit ? rows[input.limit - 1]! : null;
  return { items, nextCursor: last ? encode({ due: last.due_date, id: last.id }) : null };
}
