// 督办: a leader puts a file under supervision (局督办, 市局督办, 上级交办督办) with what is demanded and a date to report
// by — a date the leader sets, read like a deadline on the desks but never a statutory clock; the handlers report;
// the leader who supervised it (or the file's 包案领导) closes it with a conclusion.
import type { z } from 'zod';
import type { DeskSupervision, Supervision, supervisionCloseInput, supervisionOpenInput, supervisionReportInput } from '../../../shared/contract/incidents';
import { supervisionDueState } from '../../../shared/domain/incidents';
import { dateKeyOf } from '../../../shared/domain/time';
import { SUPERVISION_LEVEL } from '../../../shared/domain/vocabulary';
import type { HolidayCalendar } from '../../../shared/domain/calendar';
import { readingCalendar } from '../deadlines/deadlines.service';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { tx, writeContext } from '../kernel/tx';
import { callerOf, fileOfUnit, requireOpenFile, requirePlaceOnFile } from './access';
import { caseFileOf } from './incidents.data';
import {
  closeSupervision,
  countOpenSupervisions,
  findSupervision,
  insertSupervision,
  insertSupervisionReport,
  openSupervisions,
  staffName,
  supervisionReportsOf,
  supervisionsOfFile,
  type SupervisionReportRow,
  type SupervisionRow,
} from './supervision.data';

/** The leader who supervised it, or the file's 包案领导. */
function mayClose(principal: Principal, r: SupervisionRow, fileLeader: string | null): boolean {
  return principal.roles.includes('leader') && (r.opened_by === principal.staffId || fileLeader === principal.staffId);
}

function toSupervision(r: SupervisionRow, reports: SupervisionReportRow[], today: string, calendar: HolidayCalendar, mayCloseIt: boolean): Supervision {
  return {
    id: r.id,
    caseFileId: r.case_file_id,
    level: r.level,
    issuer: r.issuer,
    demands: r.demands,
    reportBy: r.report_by,
    ...supervisionDueState(r.report_by, r.first_report, today, calendar),
    status: r.status,
    reports: reports
      .filter((x) => x.supervision_id === r.id)
      .map((x) => ({ id: x.id, date: x.date, content: x.content, reportedBy: { id: x.reported_by, name: x.reported_by_name }, recordedAt: x.recorded_at })),
    conclusion: r.conclusion,
    closedOn: r.closed_on,
    openedBy: { id: r.opened_by, name: r.opened_by_name },
    openedAt: r.opened_at,
    closedBy: r.closed_by ? { id: r.closed_by, name: r.closed_by_name ?? '' } : null,
    closedAt: r.closed_at,
    rowVersion: r.row_version,
    mayClose: r.status === 'open' && mayCloseIt,
  };
}

export function fileSupervisions(call: CallContext, caseFileId: string): Supervision[] {
  const core = call.core;
  const principal = callerOf(call);
  const file = caseFileOf(core.prepare, caseFileId);
  const rows = supervisionsOfFile(core.prepare, caseFileId);
  const reports = supervisionReportsOf(core.prepare, rows.map((r) => r.id));
  const today = dateKeyOf(core.clock.now());
  const calendar = readingCalendar(core);
  return rows.map((r) => toSupervision(r, reports, today, calendar, mayClose(principal, r, file?.leader_staff_id ?? null)));
}

function loadSupervision(call: CallContext, id: string): Supervision {
  const r = findSupervision(call.core.prepare, id);
  if (!r) throw notFound('该督办事项');
  return fileSupervisions(call, r.case_file_id).find((s) => s.id === id)!;
}

export function openSupervision(call: CallContext, input: z.output<typeof supervisionOpenInput>): Supervision {
  const id = tx(writeContext(call), (w) => {
    const file = fileOfUnit(call, input.caseFileId);
    requireOpenFile(file, '督办');
    const today = dateKeyOf(w.now);
    if (input.reportBy < today) throw invalid({ reportBy: `报告期限不能早于今天（${today}）` });
    const supervisionId = insertSupervision(w.prepare, { ...input, unitId: file.unit_id, by: w.actorStaffId!, now: w.now });
    w.caseEvent({
      caseFileId: file.id,
      kind: 'supervision.opened',
      summary: `${SUPERVISION_LEVEL.label(input.level)}${input.issuer ? `（${input.issuer}）` : ''}：${input.demands}。请于 ${input.reportBy} 前报告办理情况`,
      data: { supervisionId },
    });
    w.audit({ action: 'supervisionOpen', entity: 'supervision', entityId: supervisionId, change: input });
    w.changed('caseFile', file.id);
    return supervisionId;
  });
  return loadSupervision(call, id);
}

export function reportOnSupervision(call: CallContext, input: z.output<typeof supervisionReportInput>): Supervision {
  tx(writeContext(call), (w) => {
    const r = findSupervision(w.prepare, input.supervisionId);
    if (!r) throw notFound('该督办事项');
    fileOfUnit(call, r.case_file_id);
    const principal = requirePlaceOnFile(call, r.case_file_id, '报告督办事项的办理情况');
    if (r.status !== 'open') throw new ServiceError('STEP_BLOCKED', '该督办事项已办结');
    const today = dateKeyOf(w.now);
    const opened = dateKeyOf(r.opened_at);
    if (input.date > today) throw invalid({ date: `报告日期不能晚于今天（${today}）` });
    if (input.date < opened) throw invalid({ date: `报告日期不能早于督办日期（${opened}）` });
    const reportId = insertSupervisionReport(w.prepare, { supervisionId: r.id, date: input.date, content: input.content, by: principal.staffId, now: w.now });
    const name = staffName(w.prepare, principal.staffId);
    w.caseEvent({ caseFileId: r.case_file_id, kind: 'supervision.reported', summary: `${SUPERVISION_LEVEL.label(r.level)}事项报告（${input.date}，${name}）：${input.content}`, data: { supervisionId: r.id, reportId } });
    w.audit({ action: 'supervisionReport', entity: 'supervision', entityId: r.id, change: { reportId, ...input } });
    w.changed('caseFile', r.case_file_id);
  });
  return loadSupervision(call, input.supervisionId);
}

export function closeSupervisionWith(call: CallContext, input: z.output<typeof supervisionCloseInput>): Supervision {
  tx(writeContext(call), (w) => {
    const r = findSupervision(w.prepare, input.supervisionId);
    if (!r) throw notFound('该督办事项');
    const file = fileOfUnit(call, r.case_file_id);
    if (!mayClose(callerOf(call), r, file.leader_staff_id)) throw new ServiceError('FORBIDDEN', '只有作出督办的领导或本案包案领导可以办结督办');
    if (r.status !== 'open') throw new ServiceError('STEP_BLOCKED', '该督办事项已办结');
    const today = dateKeyOf(w.now);
    const opened = dateKeyOf(r.opened_at);
    if (input.date > today) throw invalid({ date: `办结日期不能晚于今天（${today}）` });
    if (input.date < opened) throw invalid({ date: `办结日期不能早于督办日期（${opened}）` });
    if (!closeSupervision(w.prepare, r.id, input.expectedRowVersion, { conclusion: input.conclusion, date: input.date, by: w.actorStaffId!, now: w.now })) throw conflict('该督办事项');
    w.caseEvent({ caseFileId: r.case_file_id, kind: 'supervision.closed', summary: `${SUPERVISION_LEVEL.label(r.level)}办结（${input.date}）：${input.conclusion}`, data: { supervisionId: r.id } });
    w.audit({ action: 'supervisionClose', entity: 'supervision', entityId: r.id, change: input });
    w.changed('caseFile', r.case_file_id);
  });
  return loadSupervision(call, input.supervisionId);
}

const DESK_LIST = 20;

/** Open supervisions for a desk by report-by date: a leader sees the unit's, a handler those of their own files. */
export function deskSupervisions(core: CoreServices, principal: Principal, unitId: string, today: string, calendar: HolidayCalendar): { items: DeskSupervision[]; count: number } {
  const q = { unitId, me: principal.staffId, all: principal.roles.includes('leader') };
  return {
    count: countOpenSupervisions(core.prepare, q),
    items: openSupervisions(core.prepare, { ...q, limit: DESK_LIST }).map((r) => ({
      id: r.id,
      caseFileId: r.case_file_id,
      caseTitle: r.case_title,
      level: r.level,
      demands: r.demands,
      reportBy: r.report_by,
      ...supervisionDueState(r.report_by, r.first_report, today, calendar),
    })),
  };
}
