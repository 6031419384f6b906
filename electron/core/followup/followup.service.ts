// 首问负责: what each complainant was told at the desk, by whom and when, and the day by which they must hear back
// (a local rule: shared/domain/followup.ts, a parameter); each call-back (回访/答复) and its result; a complainant is
// answered by the first call-back that reached them. Whoever is asked answers: any member of staff with
// 'followup.log' may log a call-back, on the file's timeline and the audit trail. Also the desk's answer to a
// repeat: the intake joins the existing file (its complainants and parties join the file's first proceeding) or its
// new file is linked to the other one, shown on both.
import { indexIntake } from '../intakes/search-index';
import type { z } from 'zod';
import type { callbackInput, CaseFollowup, FeedbackState, FollowupEntry } from '../../../shared/contract/followup';
import { addDays, type HolidayCalendar } from '../../../shared/domain/calendar';
import { DUE_SOON_WORKING_DAYS } from '../../../shared/domain/deadline-state';
import { workingDaysBetween } from '../../../shared/domain/deadlines';
import { daysBetween, dueSoonUntil } from '../../../shared/domain/due-state';
import { CALLBACK_METHOD, FEEDBACK_DAYS_PARAMETER, feedbackDue, SATISFACTION } from '../../../shared/domain/followup';
import { parameterOrFallback } from '../../../shared/domain/parameters';
import { formatRegNo } from '../../../shared/domain/registration';
import { dateKeyOf, dateTimeOf } from '../../../shared/domain/time';
import type { PartyRole } from '../../../shared/domain/vocabulary';
import { readingCalendar } from '../deadlines/deadlines.service';
import type { CallContext, CoreServices } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { parameterLookup } from '../reference/parameters.service';
import { callerCan } from '../session/session.service';
import {
  addStanding,
  attachTarget,
  callbacksOf,
  complainantsOf,
  countWaiting,
  insertCallback,
  insertLink,
  insertNotice,
  linksOf,
  markAnswered,
  noticeOf,
  noticesOfFile,
  setIntakeFile,
  standing,
  waitingRows,
  type CallbackRow,
  type NoticeRow,
} from './followup.data';

/** How a complainant's feedback date reads today. */
export function feedbackStateOf(due: string, answeredAt: number | null, today: string, cal: HolidayCalendar): { state: FeedbackState; overdueDays: number } {
  if (answeredAt !== null) return { state: 'answered', overdueDays: 0 };
  if (today > due) return { state: 'overdue', overdueDays: daysBetween(due, today) };
  return { state: workingDaysBetween(cal, today, due) <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'running', overdueDays: 0 };
}

/**
 * Records 告知 with the intake, in its transaction: the content, the clerk and the instant, and the feedback due date
 * counted in working days from the day of receipt. A matter answered on the spot is answered when received.
 */
export function recordNotice(w: TxWriter, core: CoreServices, n: { intakeId: string; content: string | null; receivedDate: string; receivedAt: number; answeredOnTheSpot: boolean }): string {
  const days = Number(parameterOrFallback(FEEDBACK_DAYS_PARAMETER, parameterLookup(core, n.receivedDate)(FEEDBACK_DAYS_PARAMETER)));
  const due = feedbackDue(readingCalendar(core), n.receivedDate, days);
  insertNotice(w.prepare, { intakeId: n.intakeId, content: n.content, toldBy: w.actorStaffId!, toldAt: w.now, feedbackDue: due, answeredAt: n.answeredOnTheSpot ? n.receivedAt : null, now: w.now });
  w.audit({ action: 'notice', entity: 'intake', entityId: n.intakeId, change: { content: n.content, feedbackDue: due, workingDays: days, answeredOnTheSpot: n.answeredOnTheSpot } });
  return due;
}

/**
 * The timeline line for 告知 on the file an intake opened or joined. The timeline is append-only and outlives the
 * retention period, so it carries no free text that may name a person: what was said stays on the notice row, which
 * anonymisation clears (retention.service.ts).
 */
export function noticeEvent(w: TxWriter, caseFileId: string, intakeId: string, regNoText: string, content: string | null, due: string): void {
  w.caseEvent({ caseFileId, kind: 'intake.noticed', summary: `接待登记 ${regNoText} ${content ? '已告知投诉人办理去向和答复期限' : '未记录告知内容'}；答复期限 ${due}`, data: { intakeId, feedbackDue: due } });
}

export interface AttachArgs {
  intakeId: string;
  caseFileId: string;
  unitId: string;
  regNoText: string;
  parties: { partyId: string; role: PartyRole }[];
  /** Empty for a report: a reporter stays confidential and does not stand in the proceeding. */
  complainantPersonIds: string[];
}

/** The intake joins an open file of this unit: its new complainants and parties stand in the file's first proceeding. */
export function attachIntake(w: TxWriter, a: AttachArgs): string {
  const file = attachTarget(w.prepare, a.caseFileId);
  if (!file || file.unit_id !== a.unitId) throw invalid({ 'repeat.caseFileId': '要并入的案卷不存在' });
  if (file.status !== 'open' || file.proceeding_id === null) throw invalid({ 'repeat.caseFileId': `案卷“${file.title}”已办结，不能并入；可选择“关联案卷”，另行立卷` });
  const s = standing(w.prepare, file.proceeding_id);
  let order = 100 + s.count;
  const joined = a.complainantPersonIds.filter((id) => !s.personIds.has(id));
  for (const personId of joined) addStanding(w.prepare, file.proceeding_id, { role: 'complainant', partyId: null, personId, sortOrder: order++, now: w.now });
  const parties = a.parties.filter((p) => !s.partyRoles.has(`${p.partyId}:${p.role}`));
  for (const p of parties) addStanding(w.prepare, file.proceeding_id, { role: p.role, partyId: p.partyId, personId: null, sortOrder: order++, now: w.now });
  setIntakeFile(w.prepare, a.intakeId, file.id);
  // The file's case and document numbers become the intake's search terms.
  indexIntake(w.prepare, a.intakeId);
  w.caseEvent({
    caseFileId: file.id,
    kind: 'intake.attached',
    summary: `接待登记 ${a.regNoText} 为重复投诉，并入本案卷${joined.length > 0 ? `，新增投诉人 ${joined.length} 名` : ''}${parties.length > 0 ? `，新增被投诉方 ${parties.length} 个` : ''}`,
    data: { intakeId: a.intakeId, personIds: joined, partyIds: parties.map((p) => p.partyId) },
  });
  w.audit({ action: 'attachIntake', entity: 'caseFile', entityId: file.id, change: { intakeId: a.intakeId, personIds: joined, parties } });
  w.changed('caseFile', file.id);
  return file.id;
}

/** Links the file a new intake opened to the file it repeats: on both timelines; the link shows on both pages. */
export function linkFiles(w: TxWriter, a: { caseFileId: string; otherId: string; unitId: string; regNoText: string }): void {
  const other = attachTarget(w.prepare, a.otherId);
  if (!other || other.unit_id !== a.unitId) throw invalid({ 'repeat.caseFileId': '要关联的案卷不存在' });
  const reason = `接待登记 ${a.regNoText} 登记时发现的重复或相关投诉`;
  insertLink(w.prepare, { a: a.caseFileId, b: other.id, reason, by: w.actorStaffId!, now: w.now });
  // No titles on the timeline: a title names complainants, and the timeline outlives anonymisation.
  w.caseEvent({ caseFileId: a.caseFileId, kind: 'caseFile.linked', summary: `与另一案卷关联：${reason}`, data: { otherCaseFileId: other.id } });
  w.caseEvent({ caseFileId: other.id, kind: 'caseFile.linked', summary: `${reason}，其新立案卷与本案卷关联`, data: { otherCaseFileId: a.caseFileId, intakeRegNo: a.regNoText } });
  w.audit({ action: 'linkFiles', entity: 'caseFile', entityId: a.caseFileId, change: { otherCaseFileId: other.id, reason } });
  w.changed('caseFile', other.id);
}

function toEntry(n: NoticeRow, callbacks: CallbackRow[], complainants: { id: string; name: string }[], hidden: boolean, today: string, cal: HolidayCalendar): FollowupEntry {
  return {
    intakeId: n.intake_id,
    regNoText: formatRegNo(n.reg_year, n.reg_no),
    receivedDate: n.received_date,
    complainants: hidden ? [] : complainants,
    hiddenReporters: hidden ? complainants.length : 0,
    notice: n.content,
    toldBy: { id: n.told_by, name: n.told_by_name },
    toldAt: n.told_at,
    feedbackDue: n.feedback_due,
    ...feedbackStateOf(n.feedback_due, n.answered_at, today, cal),
    answeredAt: n.answered_at,
    callbacks: callbacks
      .filter((c) => c.intake_id === n.intake_id)
      .map((c) => ({
        id: c.id,
        at: c.at,
        by: { id: c.by_staff_id, name: c.by_name },
        method: c.method,
        reached: c.reached === 1,
        // A reporter's name stays hidden from a caller without 'reporter.read' (监察条例 Art. 9).
        person: c.person_id && !hidden ? { id: c.person_id, name: c.person_name ?? '' } : null,
        content: c.content,
        satisfaction: c.satisfaction,
      })),
  };
}

export function caseFollowup(call: CallContext, of: { caseFileId: string | null; intakeId: string | null }): CaseFollowup {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  let notices: NoticeRow[];
  if (of.caseFileId !== null) {
    const file = attachTarget(core.prepare, of.caseFileId);
    if (!file || file.unit_id !== unitId) throw notFound('该案卷');
    notices = noticesOfFile(core.prepare, of.caseFileId);
  } else {
    const n = noticeOf(core.prepare, of.intakeId!);
    if (n && n.unit_id !== unitId) throw notFound('该接待登记');
    notices = n ? [n] : [];
  }
  const caseFileId = of.caseFileId;
  const today = dateKeyOf(core.clock.now());
  const cal = readingCalendar(core);
  const callbacks = callbacksOf(core.prepare, notices.map((n) => n.intake_id));
  const reporterRead = callerCan(call, 'reporter.read');
  return {
    caseFileId,
    today,
    mayLog: callerCan(call, 'followup.log'),
    entries: notices.map((n) => toEntry(n, callbacks, complainantsOf(core.prepare, n.intake_id), n.kind === 'report' && !reporterRead, today, cal)),
    links: (caseFileId ? linksOf(core.prepare, caseFileId) : []).map((l) => ({ caseFileId: l.other_id, title: l.title, status: l.status, reason: l.reason, createdBy: { id: l.created_by, name: l.created_by_name }, createdAt: l.created_at })),
  };
}

/** Ten minutes of tolerance for a PC clock a little behind, as at the desk. */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

export function logCallback(call: CallContext, input: z.output<typeof callbackInput>): FollowupEntry {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  const n = noticeOf(core.prepare, input.intakeId);
  if (!n || n.unit_id !== unitId) throw notFound('该接待登记的告知记录');
  const reporterRead = callerCan(call, 'reporter.read');
  if (n.kind === 'report' && !reporterRead) throw new ServiceError('FORBIDDEN', '举报人身份保密：您没有“查看举报人身份”的权限，不能登记对举报人的回访');
  const complainants = complainantsOf(core.prepare, input.intakeId);
  const person = input.personId === null ? null : complainants.find((c) => c.id === input.personId);
  const now = core.clock.now();
  if (input.at > now + FUTURE_TOLERANCE_MS) throw invalid({ at: `回访时间不能晚于现在（${dateTimeOf(now)}）` });
  // Times are typed to the minute: a call-back in the minute the person was received is not before it.
  if (input.at < n.received_at - (n.received_at % 60_000)) throw invalid({ at: `回访时间不能早于接待时间（${dateTimeOf(n.received_at)}）` });
  if (person === undefined) throw invalid({ personId: '所选人员不是本次登记的投诉人' });
  tx(writeContext(call), (w) => {
    const id = insertCallback(w.prepare, { ...input, byStaffId: w.actorStaffId!, recordedBy: w.actorStaffId!, now: w.now });
    if (input.reached) markAnswered(w.prepare, input.intakeId, input.at);
    if (n.case_file_id) {
      const result = input.reached ? `已联系上${input.satisfaction ? `，${SATISFACTION[input.satisfaction]}` : ''}` : '未联系上';
      w.caseEvent({
        caseFileId: n.case_file_id,
        kind: 'intake.callback',
        // Who and what was said stay on the call-back row (cleared by anonymisation), not on the append-only timeline.
        summary: `${dateTimeOf(input.at)} ${CALLBACK_METHOD[input.method]}回访投诉人（接待登记 ${formatRegNo(n.reg_year, n.reg_no)}），${result}`,
        data: { intakeId: input.intakeId, callbackId: id },
      });
      w.changed('caseFile', n.case_file_id);
    }
    w.audit({ action: 'callback', entity: 'intake', entityId: input.intakeId, change: { callbackId: id, ...input } });
    w.changed('intake', input.intakeId);
  });
  const after = noticeOf(core.prepare, input.intakeId)!;
  return toEntry(after, callbacksOf(core.prepare, [input.intakeId]), complainants, false, dateKeyOf(now), readingCalendar(core));
}

const WAITING_LIST = 30;

/** The leader's desk: complainants not yet answered, overdue first, then those due within 3 working days. */
export function waitingComplainants(call: CallContext) {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  const today = dateKeyOf(core.clock.now());
  const cal = readingCalendar(core);
  const until = dueSoonUntil(today, cal);
  const reporterRead = callerCan(call, 'reporter.read');
  const items = waitingRows(core.prepare, unitId, until, WAITING_LIST).map((r) => ({
    intakeId: r.intake_id,
    regNoText: formatRegNo(r.reg_year, r.reg_no),
    caseFileId: r.case_file_id,
    caseTitle: r.case_title,
    names: r.kind === 'report' && !reporterRead ? `举报人（保密）${r.complainant_count}人` : `${r.names ?? ''}${r.complainant_count > 3 ? ` 等${r.complainant_count}人` : ''}`,
    receivedDate: r.received_date,
    feedbackDue: r.feedback_due,
    ...feedbackStateOf(r.feedback_due, null, today, cal),
    attempts: r.attempts,
  }));
  return { items, overdue: countWaiting(core.prepare, unitId, '0000-00-00', addDays(today, -1)), dueSoon: countWaiting(core.prepare, unitId, today, until) };
}
