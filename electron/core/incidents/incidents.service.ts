// 群体性事件 on a case file (监察条例 Art. 14: handled at once with the other bodies, under the 应急预案). Opening one
// makes the file urgent and puts it first on every desk; its reports up the line, to 公安 and (on a construction
// matter) to 住建 are due within the hours of the local plan in force when the bureau learned of it (parameters,
// 本局口径). Each report, each person sent to the scene and the closing go on the timeline and the audit trail.
import type { z } from 'zod';
import type { DeskIncident, Incident, incidentCloseInput, incidentDispatchInput, incidentOpenInput, incidentReportInput, ReportClock } from '../../../shared/contract/incidents';
import { CLOCKED_RECIPIENTS, REPORT_CLOCK_LABEL, REPORT_CLOCK_PARAMETER, reportClockState, reportDueAt, type ClockedRecipient } from '../../../shared/domain/incidents';
import { dateKeyOf, dateTimeOf } from '../../../shared/domain/time';
import { INCIDENT_ACT, INCIDENT_OUTCOME, INCIDENT_PLACE, INCIDENT_RECIPIENT, REPORT_METHOD, type IncidentAct } from '../../../shared/domain/vocabulary';
import type { CallContext, CoreServices } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { parameterValue } from '../reference/parameters.service';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { fileOfUnit, requireOpenFile, requirePlaceOnFile, callerOf } from './access';
import { can } from '../../../shared/domain/permissions';
import { worksOnFile } from '../team/team.service';
import {
  activeCaseworkers,
  closeIncident,
  countOpenIncidents,
  dispatchesOf,
  findIncident,
  incidentsOfFile,
  insertDispatch,
  insertIncident,
  insertReport,
  isConstructionFile,
  markUrgent,
  openIncidents,
  reportsOf,
  type DispatchRow,
  type IncidentRow,
  type ReportRow,
} from './incidents.data';

const DUE_COLUMN: Record<ClockedRecipient, 'up_due_at' | 'police_due_at' | 'housing_due_at'> = { up: 'up_due_at', police: 'police_due_at', housing: 'housing_due_at' };

/** The incident's clocks read at `now`: each met by the first report to its recipient. */
function clocksOf(r: IncidentRow, reports: ReportRow[], now: number): ReportClock[] {
  const out: ReportClock[] = [];
  for (const recipient of CLOCKED_RECIPIENTS) {
    const dueAt = r[DUE_COLUMN[recipient]];
    if (dueAt === null) continue;
    const first = reports.find((x) => x.recipient === recipient) ?? null;
    out.push({ recipient, label: REPORT_CLOCK_LABEL[recipient], dueAt, metAt: first?.reported_at ?? null, ...reportClockState(dueAt, first?.reported_at ?? null, now) });
  }
  return out;
}

function toIncident(r: IncidentRow, reports: ReportRow[], dispatches: DispatchRow[], now: number): Incident {
  const mine = reports.filter((x) => x.incident_id === r.id);
  return {
    id: r.id,
    caseFileId: r.case_file_id,
    status: r.status,
    startedAt: r.started_at,
    learnedAt: r.learned_at,
    placeKind: r.place_kind,
    place: r.place,
    acts: JSON.parse(r.acts) as IncidentAct[],
    description: r.description,
    peopleCount: r.people_count,
    leaders: r.leaders,
    clocks: clocksOf(r, mine, now),
    reports: mine.map((x, i) => ({
      id: x.id,
      recipient: x.recipient,
      addressee: x.addressee,
      reportedAt: x.reported_at,
      reportedBy: { id: x.reported_by, name: x.reported_by_name },
      method: x.method,
      summary: x.summary,
      followUp: mine.slice(0, i).some((y) => y.recipient === x.recipient),
      recordedBy: { id: x.recorded_by, name: x.recorded_by_name },
      recordedAt: x.recorded_at,
    })),
    dispatches: dispatches
      .filter((d) => d.incident_id === r.id)
      .map((d) => ({ id: d.id, staff: d.staff_id ? { id: d.staff_id, name: d.staff_name ?? '' } : null, name: d.staff_name ?? d.name ?? '', organisation: d.organisation, sentAt: d.sent_at, task: d.task })),
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    endedAt: r.ended_at,
    openedBy: { id: r.opened_by, name: r.opened_by_name },
    openedAt: r.opened_at,
    closedBy: r.closed_by ? { id: r.closed_by, name: r.closed_by_name ?? '' } : null,
    closedAt: r.closed_at,
    rowVersion: r.row_version,
  };
}

function loadIncident(core: CoreServices, id: string): Incident {
  const r = findIncident(core.prepare, id);
  if (!r) throw notFound('该群体性事件');
  return toIncident(r, reportsOf(core.prepare, [id]), dispatchesOf(core.prepare, [id]), core.clock.now());
}

export function fileIncidents(core: CoreServices, caseFileId: string): Incident[] {
  const rows = incidentsOfFile(core.prepare, caseFileId);
  const ids = rows.map((r) => r.id);
  const reports = reportsOf(core.prepare, ids);
  const dispatches = dispatchesOf(core.prepare, ids);
  const now = core.clock.now();
  return rows.map((r) => toIncident(r, reports, dispatches, now));
}

/** Whether the caller may open an incident on the file: on its team, or — the desk at the gate — on an urgent file. */
export function mayOpenIncident(call: CallContext, file: { id: string; urgent: number; status: string }): boolean {
  const principal = callerOf(call);
  return file.status === 'open' && can(principal.roles, 'incident.open') && (file.urgent === 1 || worksOnFile(call.core, principal, file.id));
}

const placeOf = (i: { placeKind: Incident['placeKind']; place: string | null }) => (i.place ? `${INCIDENT_PLACE.label(i.placeKind)}（${i.place}）` : INCIDENT_PLACE.label(i.placeKind));

function notInFuture(now: number, at: number, field: string, label: string): void {
  if (at > now) throw invalid({ [field]: `${label}不能晚于现在（${dateTimeOf(now)}）` });
}

export function openIncident(call: CallContext, input: z.output<typeof incidentOpenInput>): Incident {
  const core = call.core;
  const id = tx(writeContext(call), (w) => {
    const file = fileOfUnit(call, input.caseFileId);
    requireOpenFile(file, '登记群体性事件');
    if (!mayOpenIncident(call, file)) {
      throw new ServiceError('FORBIDDEN', '您不在本案办案组中。不在办案组的人员只能在紧急案卷上登记群体性事件；请联系包案领导或承办人');
    }
    notInFuture(w.now, input.startedAt, 'startedAt', '事发时间');
    notInFuture(w.now, input.learnedAt, 'learnedAt', '接报时间');
    // The hours of the plan in force on the day the bureau learned of it.
    const day = dateKeyOf(input.learnedAt);
    const hours = (r: ClockedRecipient) => parameterValue(core, REPORT_CLOCK_PARAMETER[r], day);
    const construction = isConstructionFile(core.prepare, file.id);
    const dueAt = {
      up: reportDueAt(input.learnedAt, hours('up')),
      police: reportDueAt(input.learnedAt, hours('police')),
      housing: construction ? reportDueAt(input.learnedAt, hours('housing')) : null,
    };
    const incidentId = insertIncident(core.prepare, { ...input, unitId: file.unit_id, dueAt, by: w.actorStaffId!, now: w.now });
    if (file.urgent !== 1) markUrgent(core.prepare, file.id, w.now);
    const acts = input.acts.map((a) => INCIDENT_ACT.label(a)).join('、');
    const clocks = (Object.entries(dueAt) as [ClockedRecipient, number | null][])
      .filter(([, at]) => at !== null)
      .map(([r, at]) => `${REPORT_CLOCK_LABEL[r]}时限 ${dateTimeOf(at!)}`)
      .join('，');
    w.caseEvent({
      caseFileId: file.id,
      kind: 'incident.opened',
      summary: `群体性事件：${dateTimeOf(input.startedAt)} 起约${input.peopleCount}人在${placeOf(input)}${acts}${input.leaders ? `，带头人${input.leaders}` : ''}。${input.description}。${clocks}${file.urgent !== 1 ? '。案卷标为紧急' : ''}`,
      data: { incidentId },
    });
    w.audit({ action: 'incidentOpen', entity: 'incident', entityId: incidentId, change: { ...input, dueAt, construction, madeUrgent: file.urgent !== 1 } });
    w.changed('caseFile', file.id);
    return incidentId;
  });
  return loadIncident(core, id);
}

/** The incident, its file checked to be this unit's and the caller on it. */
function incidentForAct(call: CallContext, w: TxWriter, incidentId: string, what: string): IncidentRow {
  const r = findIncident(w.prepare, incidentId);
  if (!r) throw notFound('该群体性事件');
  fileOfUnit(call, r.case_file_id);
  requirePlaceOnFile(call, r.case_file_id, what);
  return r;
}

export function reportIncident(call: CallContext, input: z.output<typeof incidentReportInput>): Incident {
  tx(writeContext(call), (w) => {
    const r = incidentForAct(call, w, input.incidentId, '记录群体性事件的报告');
    notInFuture(w.now, input.reportedAt, 'reportedAt', '报告时间');
    if (input.reportedAt < r.started_at) throw invalid({ reportedAt: `报告时间不能早于事发时间（${dateTimeOf(r.started_at)}）` });
    const [reporter] = activeCaseworkers(w.prepare, r.unit_id, [input.reportedBy]);
    if (!reporter) throw invalid({ reportedBy: '请选择本单位在职的办案人员' });
    const followUp = reportsOf(w.prepare, [r.id]).some((x) => x.recipient === input.recipient && x.reported_at <= input.reportedAt);
    const reportId = insertReport(w.prepare, { ...input, by: w.actorStaffId!, now: w.now });
    w.caseEvent({
      caseFileId: r.case_file_id,
      kind: 'incident.reported',
      summary: `群体性事件${followUp ? '续报' : '首报'}：${reporter.name} ${dateTimeOf(input.reportedAt)} ${REPORT_METHOD.label(input.method)}${INCIDENT_RECIPIENT.label(input.recipient)}（${input.addressee}）：${input.summary}`,
      data: { incidentId: r.id, reportId },
    });
    w.audit({ action: 'incidentReport', entity: 'incident', entityId: r.id, change: { reportId, ...input } });
    w.changed('caseFile', r.case_file_id);
  });
  return loadIncident(call.core, input.incidentId);
}

export function dispatchToScene(call: CallContext, input: z.output<typeof incidentDispatchInput>): Incident {
  tx(writeContext(call), (w) => {
    const r = incidentForAct(call, w, input.incidentId, '派员赶赴现场');
    if (r.status !== 'open') throw new ServiceError('STEP_BLOCKED', '该群体性事件已处置完毕，不能再派员');
    notInFuture(w.now, input.sentAt, 'sentAt', '出发时间');
    if (input.sentAt < r.started_at) throw invalid({ sentAt: `出发时间不能早于事发时间（${dateTimeOf(r.started_at)}）` });
    const staff = activeCaseworkers(w.prepare, r.unit_id, input.staffIds);
    if (staff.length !== input.staffIds.length) throw invalid({ staffIds: '请选择本单位在职的办案人员' });
    const names: string[] = [];
    for (const s of input.staffIds.map((id) => staff.find((x) => x.id === id)!)) {
      insertDispatch(w.prepare, { incidentId: r.id, staffId: s.id, name: null, organisation: null, sentAt: input.sentAt, task: input.task, by: w.actorStaffId!, now: w.now });
      names.push(s.name);
    }
    for (const o of input.others) {
      insertDispatch(w.prepare, { incidentId: r.id, staffId: null, name: o.name, organisation: o.organisation, sentAt: input.sentAt, task: input.task, by: w.actorStaffId!, now: w.now });
      names.push(`${o.name}（${o.organisation}）`);
    }
    w.caseEvent({
      caseFileId: r.case_file_id,
      kind: 'incident.dispatched',
      summary: `${dateTimeOf(input.sentAt)} 派员赶赴现场：${names.join('、')}${input.task ? `。任务：${input.task}` : ''}`,
      data: { incidentId: r.id },
    });
    w.audit({ action: 'incidentDispatch', entity: 'incident', entityId: r.id, change: input });
    w.changed('caseFile', r.case_file_id);
  });
  return loadIncident(call.core, input.incidentId);
}

export function closeIncidentWith(call: CallContext, input: z.output<typeof incidentCloseInput>): Incident {
  tx(writeContext(call), (w) => {
    const r = incidentForAct(call, w, input.incidentId, '办结群体性事件');
    if (r.status !== 'open') throw new ServiceError('STEP_BLOCKED', '该群体性事件已处置完毕');
    notInFuture(w.now, input.endedAt, 'endedAt', '平息时间');
    if (input.endedAt < r.started_at) throw invalid({ endedAt: `平息时间不能早于事发时间（${dateTimeOf(r.started_at)}）` });
    if (!closeIncident(w.prepare, r.id, input.expectedRowVersion, { outcome: input.outcome, note: input.note, endedAt: input.endedAt, by: w.actorStaffId!, now: w.now })) throw conflict('该群体性事件');
    w.caseEvent({
      caseFileId: r.case_file_id,
      kind: 'incident.closed',
      summary: `群体性事件处置完毕（${dateTimeOf(input.endedAt)}）：${INCIDENT_OUTCOME.label(input.outcome)}${input.note ? `。${input.note}` : ''}`,
      data: { incidentId: r.id },
    });
    w.audit({ action: 'incidentClose', entity: 'incident', entityId: r.id, change: input });
    w.changed('caseFile', r.case_file_id);
  });
  return loadIncident(call.core, input.incidentId);
}

const DESK_LIST = 20;

/** The unit's open incidents for every desk, with their clocks read now. */
export function deskIncidents(core: CoreServices, unitId: string): { items: DeskIncident[]; count: number } {
  const rows = openIncidents(core.prepare, unitId, DESK_LIST);
  const reports = reportsOf(core.prepare, rows.map((r) => r.id));
  const now = core.clock.now();
  return {
    count: countOpenIncidents(core.prepare, unitId),
    items: rows.map((r) => ({
      id: r.id,
      caseFileId: r.case_file_id,
      caseTitle: r.case_title,
      startedAt: r.started_at,
      placeKind: r.place_kind,
      place: r.place,
      acts: JSON.parse(r.acts) as IncidentAct[],
      peopleCount: r.people_count,
      clocks: clocksOf(r, reports.filter((x) => x.incident_id === r.id), now),
    })),
  };
}
