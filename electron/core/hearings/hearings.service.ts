// The hearing calendar. Booking a hearing checks who acts (proceeding.act and a place on the file), that the case's
// tribunal is composed, the slot, the room (and its seats for every party heard), each arbitrator's 仲裁员证 on the
// day, the notice and defence rules (shared/domain/hearings.ts, on the bureau's calendar and settings), the day, and
// every clash with the unit's other bookings. This module holds the rooms, a case's hearings, the calendar and those
// checks; hearing-bookings.service.ts books, postpones and records hearings — one case, or a sitting of several.
import type { z } from 'zod';
import type { CaseHearings, hearingListInput, HearingRecord, HearingReview, hearingReviewInput, HearingRoom, roomSaveInput } from '../../../shared/contract/hearings';
import { DEFAULT_SERVICE_ALLOWANCE_DAYS } from '../../../shared/domain/hearing-date';
import {
  bookingClashes,
  capacityProblem,
  HEARING_STATES,
  type Clash,
  nextStepAfter,
  noticeShortText,
  SEATS_PER_PARTY_DEFAULT,
  SEATS_PER_PARTY_PARAMETER,
  slotProblems,
  reviewHearingDate,
  type HearingRulesContext,
} from '../../../shared/domain/hearings';
import { unavailabilityClashes } from '../../../shared/domain/unavailability';
import { can } from '../../../shared/domain/permissions';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { COUNTED_EVENT } from '../deadlines/stored-deadlines';
import { placeOnFile } from '../proceedings/engine';
import { activeTeam, awaitingReceipt, findProceeding, insertClockEvent, type ProceedingRow } from '../proceedings/proceedings.data';
import { unavailableBetween } from './unavailability.data';
import { parameterLookup } from '../reference/parameters.service';
import { principalOf } from '../session/session.service';
import { partiesInRoom, seriesOfFile } from './hearing-sittings.data';
import {
  applicationServedOn,
  arbitrationOfFile,
  bookedOn,
  findRoom,
  hearingsBetween,
  hearingsOfFile,
  hearingsOfProceeding,
  hearingsOfSitting,
  insertHearing,
  lateNotices,
  insertRoom,
  partyNames,
  partyNamesOf,
  roomNamed,
  staffExpiries,
  tribunalOf,
  unitRooms,
  updateRoom,
  type HearingRow,
  type TribunalRow,
} from './hearings.data';

export function callerOf(call: CallContext): Principal {
  const p = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!p) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return p;
}

export function rulesContext(core: CoreServices, today: string): HearingRulesContext {
  const allowance = parameterLookup(core, today)('hearingNotice.serviceAllowanceDays');
  return { calendar: loadCalendar(core), settings: deadlineSettings(core), serviceAllowanceDays: typeof allowance === 'number' ? allowance : DEFAULT_SERVICE_ALLOWANCE_DAYS };
}

export function toRecord(core: CoreServices, h: HearingRow, names?: Map<string, { applicants: string[]; respondents: string[] }>): HearingRecord {
  const parties = names?.get(h.proceedingId) ?? partyNames(core.prepare, h.proceedingId);
  const nextStep = h.status === 'held' ? nextStepAfter(h.applicantAppeared !== false, h.respondentAppeared !== false, h.absentWithoutCause === true) : null;
  // Checked again on every 送达回证 entered (the stored clock is recomputed with it); agreed shorter notice is no fault.
  const late = h.status === 'scheduled' && h.shortNoticeAgreement === null ? lateNotices(core.prepare, h.proceedingId, h.date) : [];
  const { replacesId, ...rest } = h;
  const sittingCases = h.sittingId
    ? hearingsOfSitting(core.prepare, h.sittingId).map((x) => ({ hearingId: x.id, proceedingId: x.proceedingId, caseNumber: x.caseNumber, applicants: partyNames(core.prepare, x.proceedingId).applicants, status: x.status }))
    : [];
  return { ...rest, replacesId, ...parties, nextStep, noticeShort: late.length > 0 ? noticeShortText(late, deadlineSettings(core)) : null, sittingCases };
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
  if (!proceedingId) return { caseFileId, proceedingId: null, tribunal: null, hearings: [], scheduleBlockedBy: '本案没有仲裁程序', teamStaff, seriesCases: [] };
  const p = findProceeding(core.prepare, proceedingId)!;
  const t = tribunalOf(core.prepare, proceedingId);
  // A 系列案's file holds a case per worker: every case's hearings show, and each case says whether it can join a sitting.
  const series = seriesOfFile(core.prepare, caseFileId);
  const seriesCases = (series?.cases ?? []).map((c) => {
    const cp = findProceeding(core.prepare, c.proceedingId)!;
    const ct = tribunalOf(core.prepare, c.proceedingId);
    const actBlockedBy = scheduleBlocked(core, principal, cp, ct);
    const blockedBy = actBlockedBy ?? (t && ct && !sameTribunal(t, ct) ? '仲裁庭组成与本系列第一件案件不同' : null);
    return { proceedingId: c.proceedingId, caseNumber: c.number, applicant: c.applicant, blockedBy, actBlockedBy };
  });
  return {
    caseFileId,
    proceedingId,
    tribunal: t ? { form: t.form, composedOn: t.composedOn, clerk: { staffId: t.clerk.id, name: t.clerk.name }, arbitrators: t.arbitrators.map((a) => ({ staffId: a.id, name: a.name, presiding: a.presiding })) } : null,
    hearings: (series ? hearingsOfFile(core.prepare, caseFileId) : hearingsOfProceeding(core.prepare, proceedingId)).map((h) => toRecord(core, h)),
    scheduleBlockedBy: scheduleBlocked(core, principal, p, t),
    teamStaff,
    seriesCases,
  };
}

/** Two tribunals sit as one: the same arbitrators (the same presiding) and the same clerk. */
export function sameTribunal(a: TribunalRow, b: TribunalRow): boolean {
  const seat = (t: TribunalRow) => t.arbitrators.map((x) => `${x.id}:${x.presiding ? 1 : 0}`).sort().join(',') + `|${t.clerk.id}`;
  return seat(a) === seat(b);
}

export function listHearings(call: CallContext, input: z.output<typeof hearingListInput>): { hearings: HearingRecord[]; rooms: HearingRoom[] } {
  const core = call.core;
  if (input.to < input.from) throw invalid({ to: '结束日期不能早于开始日期' });
  // The calendar shows a week or a day, the desk four weeks: a quarter is plenty and keeps the answer small.
  if (Date.parse(input.to) - Date.parse(input.from) > 92 * 86_400_000) throw invalid({ to: '一次最多查看92天的开庭安排' });
  const unitId = requireInstallation(core).unitId;
  const rows = hearingsBetween(core.prepare, unitId, input.from, input.to, input.staffId, input.includePostponed);
  // The parties' names of every hearing in one statement, not one a hearing (a month's calendar is hundreds).
  const names = partyNamesOf(core.prepare, rows.map((h) => h.proceedingId));
  return { hearings: rows.map((h) => toRecord(core, h, names)), rooms: unitRooms(core.prepare, unitId) };
}

export type Slot = Omit<z.output<typeof hearingReviewInput>, 'jointProceedingIds'>;

interface Checked {
  review: HearingReview;
  tribunal: TribunalRow;
}

/** The cases heard in one sitting (the room's seats count them all) and the hearings it moves (never a clash). */
export interface Sitting {
  proceedingIds: readonly string[];
  except: readonly string[];
}

/**
 * Everything a slot breaks, as field problems and clash sentences (the review shows them; booking refuses them).
 * `exceptHearingId` is the hearing a postponement replaces.
 */
function examine(core: CoreServices, p: ProceedingRow, tribunal: TribunalRow, s: Slot, today: string, sitting: Sitting = { proceedingIds: [p.id], except: [] }): { review: HearingReview; fields: Record<string, string>; clashes: Clash[] } {
  const fields: Record<string, string> = { ...slotProblems(s) };
  if (s.date < today) fields.date = `开庭日期不能早于今天（${today}）`;
  const room = findRoom(core.prepare, s.roomId);
  if (!room || room.unitId !== p.unitId) fields.roomId = '该仲裁庭室不存在';
  else if (!room.active) fields.roomId = `${room.name}已停用，请选择其他仲裁庭室`;
  else {
    // Every party of every case heard in the sitting needs a seat (a series' employer sits once).
    const perParty = parameterLookup(core, today)(SEATS_PER_PARTY_PARAMETER);
    const full = capacityProblem(room, sitting.proceedingIds.map((id) => partiesInRoom(core.prepare, id)), typeof perParty === 'number' ? perParty : SEATS_PER_PARTY_DEFAULT);
    if (full) fields.roomId = full;
  }
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
    bookedOn(core.prepare, p.unitId, s.date).filter((b) => !sitting.except.includes(b.id)),
  );
  // An arbitrator or the clerk on leave or in training that day is as busy as one booked elsewhere.
  if (!fields.start && !fields.end) clashes.push(...unavailabilityClashes({ date: s.date, arbitratorIds: tribunal.arbitrators.map((a) => a.id), clerkId: tribunal.clerk.id }, unavailableBetween(core.prepare, p.unitId, s.date, s.date)));
  // The cases of another sitting clash as one booking: one sentence each.
  const distinct = clashes.filter((c, i) => clashes.findIndex((x) => x.message === c.message) === i);
  return { review: { ...r, clashes: distinct.map((c) => c.message) }, fields, clashes: distinct };
}

export function proceedingFor(core: CoreServices, principal: Principal, proceedingId: string): { p: ProceedingRow; tribunal: TribunalRow } {
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.kind !== 'arbitration') throw notFound('该仲裁案件');
  const tribunal = tribunalOf(core.prepare, p.id);
  const blocked = scheduleBlocked(core, principal, p, tribunal);
  if (blocked) throw new ServiceError(blocked.startsWith('您') ? 'FORBIDDEN' : 'STEP_BLOCKED', blocked);
  return { p, tribunal: tribunal! };
}

export function reviewSlot(call: CallContext, input: z.output<typeof hearingReviewInput>): HearingReview {
  const core = call.core;
  const p = findProceeding(core.prepare, input.proceedingId);
  if (!p || p.kind !== 'arbitration') throw notFound('该仲裁案件');
  const tribunal = tribunalOf(core.prepare, p.id);
  if (!tribunal) throw new ServiceError('STEP_BLOCKED', '仲裁庭组成之后才能安排开庭（《劳动争议调解仲裁法》第三十二条）');
  const { review, fields } = examine(core, p, tribunal, input, dateKeyOf(core.clock.now()), { proceedingIds: [p.id, ...input.jointProceedingIds.filter((id) => id !== p.id)], except: [] });
  if (fields.start || fields.end || fields.roomId) throw invalid(fields);
  return review;
}

/** Refuses a slot that breaks a rule or clashes; returns what was reviewed. */
export function checkSlot(core: CoreServices, p: ProceedingRow, tribunal: TribunalRow, s: Slot, today: string, sitting?: Sitting): Checked {
  const { review, fields, clashes } = examine(core, p, tribunal, s, today, sitting);
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

export function book(w: TxWriter, core: CoreServices, p: ProceedingRow, tribunal: TribunalRow, s: Slot, replacesId: string | null, sittingId: string | null = null): string {
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
    sittingId,
    by: w.actorStaffId!,
    now: w.now,
  });
  // The hearing's day is a clock (调解仲裁法 Art. 35, arbitration.hearingNotice counted back from it): once per party,
  // each owed its own notice. Postponing the hearing takes these out of the count (stored-deadlines.ts COUNTED_EVENT).
  const { applicants, respondents } = partyNames(core.prepare, p.id);
  for (const party of [...applicants, ...respondents]) insertClockEvent(core.prepare, p.id, { kind: 'hearingScheduled', date: s.date, party }, replacesId ? 'hearings.postpone' : 'hearings.schedule', w.now, w.actorStaffId, null, id);
  return id;
}

