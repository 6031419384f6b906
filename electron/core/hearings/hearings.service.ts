// The hearing calendar. Booking a hearing checks who acts (proceeding.act and a place on the file), that the case's
// tribunal is composed, the slot, the room, each arbitrator's 仲裁员证 on the day, the notice and defence rules
// (shared/domain/hearings.ts, on the bureau's calendar and settings), the day, and every clash with the unit's other
// bookings — then writes the hearing, its timeline line and its audit row together, or nothing. A postponement keeps
// the old hearing (postponed, with who asked and why) and books its replacement the same way.
import type { z } from 'zod';
import type {
  CaseHearings,
  hearingHeldInput,
  hearingListInput,
  hearingPostponeInput,
  HearingRecord,
  HearingReview,
  hearingReviewInput,
  HearingRoom,
  hearingScheduleInput,
  roomSaveInput,
} from '../../../shared/contract/hearings';
import { DEFAULT_SERVICE_ALLOWANCE_DAYS } from '../../../shared/domain/hearing-date';
import { bookingClashes, HEARING_STATES, type Clash, nextStepAfter, noticeShortText, postponeRequestProblem, reviewHearingDate, slotProblems, type HearingRulesContext } from '../../../shared/domain/hearings';
import { unavailabilityClashes } from '../../../shared/domain/unavailability';
import { TRIBUNAL_FORM } from '../../../shared/domain/proceedings/arbitration';
import { can } from '../../../shared/domain/permissions';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { COUNTED_EVENT, storeProceedingDeadlines } from '../deadlines/stored-deadlines';
import { deadlineBasis, placeOnFile } from '../proceedings/engine';
import { activeTeam, awaitingReceipt, findProceeding, insertClockEvent, type ProceedingRow } from '../proceedings/proceedings.data';
import { unavailableBetween } from './unavailability.data';
import { parameterLookup } from '../reference/parameters.service';
import { principalOf } from '../session/session.service';
import {
  applicationServedOn,
  arbitrationOfFile,
  bookedOn,
  findHearing,
  findRoom,
  hearingsBetween,
  hearingsOfProceeding,
  insertHearing,
  lateNotices,
  insertRoom,
  markHeld,
  markPostponed,
  partyNames,
  roomNamed,
  staffExpiries,
  tribunalOf,
  unitRooms,
  updateRoom,
  type HearingRow,
  type TribunalRow,
} from './hearings.data';

function callerOf(call: CallContext): Principal {
  const p = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!p) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return p;
}

function rulesContext(core: CoreServices, today: string): HearingRulesContext {
  const allowance = parameterLookup(core, today)('hearingNotice.serviceAllowanceDays');
  return { calendar: loadCalendar(core), settings: deadlineSettings(core), serviceAllowanceDays: typeof allowance === 'number' ? allowance : DEFAULT_SERVICE_ALLOWANCE_DAYS };
}

function toRecord(core: CoreServices, h: HearingRow): HearingRecord {
  const parties = partyNames(core.prepare, h.proceedingId);
  const nextStep = h.status === 'held' ? nextStepAfter(h.applicantAppeared !== false, h.respondentAppeared !== false, h.absentWithoutCause === true) : null;
  // Checked again on every 送达回证 entered (the stored clock is recomputed with it); agreed shorter notice is no fault.
  const late = h.status === 'scheduled' && h.shortNoticeAgreement === null ? lateNotices(core.prepare, h.proceedingId, h.date) : [];
  const { replacesId, ...rest } = h;
  return { ...rest, replacesId, ...parties, nextStep, noticeShort: late.length > 0 ? noticeShortText(late, deadlineSettings(core)) : null };
}

// ── Rooms ────────────────────────────────────────────────────────────────────────────────────────────────────────

export function listRooms(call: CallContext): HearingRoom[] {
  return unitRooms(call.core.prepare, requireInstallation(call.core).unitId);
}

export function saveRoom(call: CallContext, input: z.output<typeof roomSaveInput>): HearingRoom {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  return tx(writeContext(call), (w) => {
    if (roomNamed(core.prepare, unitId, input.name, input.id)) throw invalid({ name: `已有名为“${input.name}”的仲裁庭室` });
    let id = input.id;
    if (id === null) {
      id = newId(w.now);
      insertRoom(core.prepare, { id, unitId, name: input.name, capacity: input.capacity, recording: input.recording, now: w.now });
    } else {
      const before = findRoom(core.prepare, id);
      if (!before || before.unitId !== unitId) throw notFound('该仲裁庭室');
      if (input.expectedRowVersion === null || !updateRoom(core.prepare, { ...input, id, expectedRowVersion: input.expectedRowVersion, now: w.now })) throw conflict('该仲裁庭室');
    }
    w.audit({ action: input.id === null ? 'hearingRoomAdded' : 'hearingRoomUpdated', entity: 'hearingRoom', entityId: id, change: { name: input.name, capacity: input.capacity, recording: input.recording, active: input.active } });
    w.changed('unit', unitId);
    return findRoom(core.prepare, id)!;
  });
}

// ── A case's tribunal and hearings ──────────────────────────────────────────────────────────────────────────────

/** Why this person may not book a hearing on this proceeding now, or null. */
function scheduleBlocked(core: CoreServices, principal: Principal, p: ProceedingRow, tribunal: TribunalRow | null): string | null {
  if (!can(principal.roles, 'proceeding.act')) return '您的角色不能安排开庭';
  if (!placeOnFile(core, principal.staffId, p)) return '您不在本案办案组中，不能安排开庭；请包案领导或部门负责人将您加入办案组';
  const waiting = awaitingReceipt(core.prepare, p.id);
  if (waiting) return `本案尚待${waiting.department}签收，签收之后才能安排开庭`;
  if (!(HEARING_STATES as readonly string[]).includes(p.status) || tribunal === null) return '仲裁庭组成之后才能安排开庭（《劳动争议调解仲裁法》第三十二条）';
  return null;
}

export function caseHearings(call: CallContext, caseFileId: string): CaseHearings {
  const core = call.core;
  const principal = callerOf(call);
  const proceedingId = arbitrationOfFile(core.prepare, caseFileId);
  const teamStaff = staffExpiries(core.prepare, activeTeam(core.prepare, caseFileId));
  if (!proceedingId) return { caseFileId, proceedingId: null, tribunal: null, hearings: [], scheduleBlockedBy: '本案没有仲裁程序', teamStaff };
  const p = findProceeding(core.prepare, proceedingId)!;
  const t = tribunalOf(core.prepare, proceedingId);
  return {
    caseFileId,
    proceedingId,
    tribunal: t ? { form: t.form, composedOn: t.composedOn, clerk: { staffId: t.clerk.id, name: t.clerk.name }, arbitrators: t.arbitrators.map((a) => ({ staffId: a.id, name: a.name, presiding: a.presiding })) } : null,
    hearings: hearingsOfProceeding(core.prepare, proceedingId).map((h) => toRecord(core, h)),
    scheduleBlockedBy: scheduleBlocked(core, principal, p, t),
    teamStaff,
  };
}

export function listHearings(call: CallContext, input: z.output<typeof hearingListInput>): { hearings: HearingRecord[]; rooms: HearingRoom[] } {
  const core = call.core;
  if (input.to < input.from) throw invalid({ to: '结束日期不能早于开始日期' });
  // The calendar shows a week or a day, the desk four weeks: a quarter is plenty and keeps the answer small.
  if (Date.parse(input.to) - Date.parse(input.from) > 92 * 86_400_000) throw invalid({ to: '一次最多查看92天的开庭安排' });
  const unitId = requireInstallation(core).unitId;
  const rows = hearingsBetween(core.prepare, unitId, input.from, input.to, input.staffId, input.includePostponed);
  return { hearings: rows.map((h) => toRecord(core, h)), rooms: unitRooms(core.prepare, unitId) };
}

type Slot = z.output<typeof hearingReviewInput>;

interface Checked {
  review: HearingReview;
  tribunal: TribunalRow;
}

/**
 * Everything a slot breaks, as field problems and clash sentences (the review shows them; booking refuses them).
 * `exceptHearingId` is the hearing a postponement replaces.
 */
function examine(core: CoreServices, p: ProceedingRow, tribunal: TribunalRow, s: Slot, today: string): { review: HearingReview; fields: Record<string, string>; clashes: Clash[] } {
  const fields: Record<string, string> = { ...slotProblems(s) };
  if (s.date < today) fields.date = `开庭日期不能早于今天（${today}）`;
  const room = findRoom(core.prepare, s.roomId);
  if (!room || room.unitId !== p.unitId) fields.roomId = '该仲裁庭室不存在';
  else if (!room.active) fields.roomId = `${room.name}已停用，请选择其他仲裁庭室`;
  // 调解仲裁法 Art. 20: only a person holding a valid 仲裁员证 hears a case — on the hearing day, not only at 组庭.
  for (const a of staffExpiries(core.prepare, tribunal.arbitrators.map((x) => ({ staffId: x.id, role: 'handler' as const, enforcementCertExpiry: null, arbitratorCertExpiry: null })))) {
    if (a.arbitratorCertExpiry === null || a.arbitratorCertExpiry < s.date) {
      fields.date ??= `仲裁员${a.name}的仲裁员证${a.arbitratorCertExpiry ? `于 ${a.arbitratorCertExpiry} 到期` : '未登记'}，${s.date} 不能开庭审理（《劳动争议调解仲裁法》第二十条）；请先办理证件或变更仲裁庭组成`;
    }
  }
  const ctx = rulesContext(core, today);
  const r = reviewHearingDate(s.date, today, applicationServedOn(core.prepare, p.id, COUNTED_EVENT), ctx);
  const clashes: Clash[] = fields.start || fields.end ? [] : bookingClashes(
    { id: s.hearingId, date: s.date, start: s.start, end: s.end, roomId: s.roomId, arbitratorIds: tribunal.arbitrators.map((a) => a.id), clerkId: tribunal.clerk.id },
    bookedOn(core.prepare, p.unitId, s.date),
  );
  // An arbitrator or the clerk on leave or in training that day is as busy as one booked elsewhere.
  if (!fields.start && !fields.end) clashes.push(...unavailabilityClashes({ date: s.date, arbitratorIds: tribunal.arbitrators.map((a) => a.id), clerkId: tribunal.clerk.id }, unavailableBetween(core.prepare, p.unitId, s.date, s.date)));
  return { review: { ...r, clashes: clashes.map((c) => c.message) }, fields, clashes };
}

function proceedingFor(core: CoreServices, principal: Principal, proceedingId: string): { p: ProceedingRow; tribunal: TribunalRow } {
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.kind !== 'arbitration') throw notFound('该仲裁案件');
  const tribunal = tribunalOf(core.prepare, p.id);
  const blocked = scheduleBlocked(core, principal, p, tribunal);
  if (blocked) throw new ServiceError(blocked.startsWith('您') ? 'FORBIDDEN' : 'STEP_BLOCKED', blocked);
  return { p, tribunal: tribunal! };
}

export function reviewSlot(call: CallContext, input: Slot): HearingReview {
  const core = call.core;
  const p = findProceeding(core.prepare, input.proceedingId);
  if (!p || p.kind !== 'arbitration') throw notFound('该仲裁案件');
  const tribunal = tribunalOf(core.prepare, p.id);
  if (!tribunal) throw new ServiceError('STEP_BLOCKED', '仲裁庭组成之后才能安排开庭（《劳动争议调解仲裁法》第三十二条）');
  const { review, fields } = examine(core, p, tribunal, input, dateKeyOf(core.clock.now()));
  if (fields.start || fields.end || fields.roomId) throw invalid(fields);
  return review;
}

/** Refuses a slot that breaks a rule or clashes; returns what was reviewed. */
function checkSlot(core: CoreServices, p: ProceedingRow, tribunal: TribunalRow, s: Slot, today: string): Checked {
  const { review, fields, clashes } = examine(core, p, tribunal, s, today);
  if (Object.keys(fields).length > 0) throw invalid(fields);
  if (review.defenceProblem) throw invalid({ date: `${review.defenceProblem}；开庭日期最早为 ${review.earliest}` });
  if (review.noticeProblem && s.shortNoticeAgreement === null) {
    throw invalid({ date: `${review.noticeProblem}；开庭日期最早为 ${review.earliest}。当事人同意缩短通知期限的，请填写同意情况` });
  }
  if (review.dayOffWarning && !s.dayOffConfirmed) throw invalid({ dayOffConfirmed: review.dayOffWarning });
  if (clashes.length > 0) {
    // The room's clash is the room field's; a person's is the time's (another room does not help).
    const fields: Record<string, string> = {};
    for (const c of clashes) fields[c.resource === 'room' ? 'roomId' : 'start'] ??= c.message;
    throw new ServiceError('VALIDATION', `排期冲突：${clashes.map((c) => c.message).join('；')}`, fields);
  }
  return { review, tribunal };
}

function book(w: TxWriter, core: CoreServices, p: ProceedingRow, tribunal: TribunalRow, s: Slot, replacesId: string | null): string {
  const id = newId(w.now);
  insertHearing(core.prepare, {
    id,
    unitId: p.unitId,
    caseFileId: p.caseFileId,
    proceedingId: p.id,
    date: s.date,
    start: s.start,
    end: s.end,
    roomId: s.roomId,
    clerkStaffId: tribunal.clerk.id,
    arbitrators: tribunal.arbitrators.map((a) => ({ staffId: a.id, presiding: a.presiding })),
    shortNoticeAgreement: s.shortNoticeAgreement,
    dayOffConfirmed: s.dayOffConfirmed,
    replacesId,
    by: w.actorStaffId!,
    now: w.now,
  });
  // The hearing's day is a clock (调解仲裁法 Art. 35, arbitration.hearingNotice counted back from it): once per party,
  // each owed its own notice. Postponing the hearing takes these out of the count (stored-deadlines.ts COUNTED_EVENT).
  const { applicants, respondents } = partyNames(core.prepare, p.id);
  for (const party of [...applicants, ...respondents]) insertClockEvent(core.prepare, p.id, { kind: 'hearingScheduled', date: s.date, party }, replacesId ? 'hearings.postpone' : 'hearings.schedule', w.now, w.actorStaffId, null, id);
  return id;
}

export function scheduleHearing(call: CallContext, input: z.output<typeof hearingScheduleInput>): HearingRecord {
  const core = call.core;
  const principal = callerOf(call);
  return tx(writeContext(call), (w) => {
    const today = dateKeyOf(w.now);
    const { p, tribunal } = proceedingFor(core, principal, input.proceedingId);
    const { review } = checkSlot(core, p, tribunal, { ...input, hearingId: null }, today);
    const id = book(w, core, p, tribunal, { ...input, hearingId: null }, null);
    const h = findHearing(core.prepare, id)!;
    const agreed = input.shortNoticeAgreement ? `；当事人同意缩短通知期限：${input.shortNoticeAgreement}` : '';
    w.caseEvent({
      caseFileId: p.caseFileId,
      proceedingId: p.id,
      kind: 'hearing.scheduled',
      summary: `安排于 ${h.date} ${h.start}—${h.end} 在${h.roomName}开庭（${TRIBUNAL_FORM[tribunal.form]}），开庭通知书最迟应于 ${review.noticeBy} 送达${agreed}`,
      data: { hearingId: id },
    });
    storeProceedingDeadlines(core.prepare, w.now, p, deadlineBasis(core));
    w.audit({ action: 'hearingScheduled', entity: 'hearing', entityId: id, change: { ...input } });
    w.changed('caseFile', p.caseFileId);
    return toRecord(core, h);
  });
}

const WHO_ASKED = { applicant: '申请人', respondent: '被申请人', tribunal: '仲裁庭' } as const;

export function postponeHearing(call: CallContext, input: z.output<typeof hearingPostponeInput>): HearingRecord {
  const core = call.core;
  const principal = callerOf(call);
  return tx(writeContext(call), (w) => {
    const today = dateKeyOf(w.now);
    const old = findHearing(core.prepare, input.hearingId);
    if (!old) throw notFound('该开庭安排');
    const { p, tribunal } = proceedingFor(core, principal, old.proceedingId);
    if (old.status !== 'scheduled') throw new ServiceError('STEP_BLOCKED', old.status === 'held' ? '该次开庭已经举行，不能延期' : '该次开庭已经延期，请对新的开庭安排办理');
    if (old.rowVersion !== input.expectedRowVersion) throw conflict('该开庭安排');
    if (input.requestedBy !== 'tribunal') {
      if (input.requestedOn === null) throw invalid({ requestedOn: '当事人申请延期的，请填写申请日期' });
      if (input.requestedOn > today) throw invalid({ requestedOn: `申请日期不能晚于今天（${today}）` });
      const late = postponeRequestProblem(old.date, input.requestedOn, rulesContext(core, today));
      if (late) throw invalid({ requestedOn: late });
    }
    checkSlot(core, p, tribunal, { ...input, proceedingId: p.id, hearingId: old.id }, today);
    if (!markPostponed(core.prepare, old.id, input.expectedRowVersion, { by: input.requestedBy, requestedOn: input.requestedBy === 'tribunal' ? null : input.requestedOn, reason: input.reason })) throw conflict('该开庭安排');
    const id = book(w, core, p, tribunal, { ...input, proceedingId: p.id, hearingId: old.id }, old.id);
    const h = findHearing(core.prepare, id)!;
    const asked = input.requestedBy === 'tribunal' ? '仲裁庭决定' : `${WHO_ASKED[input.requestedBy]}于 ${input.requestedOn} 申请`;
    w.caseEvent({
      caseFileId: p.caseFileId,
      proceedingId: p.id,
      kind: 'hearing.postponed',
      summary: `延期开庭（${asked}，理由：${input.reason}）：原定 ${old.date} ${old.start}，改于 ${h.date} ${h.start}—${h.end} 在${h.roomName}开庭`,
      data: { hearingId: id, replaces: old.id },
    });
    storeProceedingDeadlines(core.prepare, w.now, p, deadlineBasis(core));
    w.audit({ action: 'hearingPostponed', entity: 'hearing', entityId: old.id, change: { ...input, newHearingId: id } });
    w.changed('caseFile', p.caseFileId);
    return toRecord(core, h);
  });
}

export function recordHeld(call: CallContext, input: z.output<typeof hearingHeldInput>): HearingRecord {
  const core = call.core;
  const principal = callerOf(call);
  return tx(writeContext(call), (w) => {
    const today = dateKeyOf(w.now);
    const h = findHearing(core.prepare, input.hearingId);
    if (!h) throw notFound('该开庭安排');
    const { p } = proceedingFor(core, principal, h.proceedingId);
    if (h.status !== 'scheduled') throw new ServiceError('STEP_BLOCKED', h.status === 'held' ? '该次开庭的情况已经登记' : '该次开庭已经延期，不能登记开庭情况');
    if (h.date > today) throw new ServiceError('STEP_BLOCKED', `该次开庭定于 ${h.date}，开庭之后才能登记开庭情况`);
    const bothCame = input.applicantAppeared && input.respondentAppeared;
    if (bothCame && input.absentWithoutCause) throw invalid({ absentWithoutCause: '双方均已到庭，不存在无正当理由拒不到庭' });
    if (!markHeld(core.prepare, h.id, input.expectedRowVersion, { ...input, note: input.note })) throw conflict('该开庭安排');
    const appeared = (x: boolean) => (x ? '到庭' : '未到庭');
    const after = findHearing(core.prepare, h.id)!;
    const record = toRecord(core, after);
    w.caseEvent({
      caseFileId: p.caseFileId,
      proceedingId: p.id,
      kind: 'hearing.held',
      summary: `${h.date} 开庭：申请人${appeared(input.applicantAppeared)}，被申请人${appeared(input.respondentAppeared)}${!bothCame ? (input.absentWithoutCause ? '（经书面通知，无正当理由）' : '（有正当理由）') : ''}${record.nextStep ? `。${record.nextStep}` : ''}`,
      data: { hearingId: h.id },
    });
    w.audit({ action: 'hearingHeld', entity: 'hearing', entityId: h.id, change: { ...input } });
    w.changed('caseFile', p.caseFileId);
    return record;
  });
}
