// The hearing calendar's rules, pure: when two bookings clash (the same room, arbitrator or clerk in overlapping
// time), whether a hearing date leaves time to serve the notice (调解仲裁法 Art. 35) and lies past the defence period
// (Art. 30), whether a party's request to postpone came in time (Art. 35), and what a hearing's attendance lets
// follow (Art. 36). The core enforces them on booking; the scheduling dialog shows them against the chosen date.
import { describeDay, isWorkingDay, withRegionalLayer, type HolidayCalendar } from './calendar';
import { effectiveRule, type DeadlineSettings } from './deadline-rules';
import { computeDeadline } from './deadlines';
import { checkHearingDate } from './hearing-date';
import type { HearingAttendance } from './proceedings/definition';

/** The arbitration states in which a hearing may be booked: once the tribunal is composed (调解仲裁法 Art. 32). */
export const HEARING_STATES = ['composed'] as const;

/** 'HH:MM', 24-hour. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface TimeSlot {
  date: string;
  start: string;
  end: string;
}

/**
 * Two slots clash when they share a day and each starts before the other ends: 09:00–10:00 and 10:00–11:00 do
 * not (a room is free again the minute a hearing ends).
 */
export function overlaps(a: TimeSlot, b: TimeSlot): boolean {
  return a.date === b.date && a.start < b.end && b.start < a.end;
}

/** A hearing already on the calendar, as the clash check sees it. */
export interface BookedHearing extends TimeSlot {
  id: string;
  /** 案号, or the file's title while it has none. */
  caseLabel: string;
  roomId: string;
  roomName: string;
  arbitrators: readonly { staffId: string; name: string }[];
  clerk: { staffId: string; name: string };
}

/** What is being booked: the slot, the room, the tribunal's arbitrators and the clerk. */
export interface Booking extends TimeSlot {
  /** The hearing being moved (postponement): never clashes with itself. */
  id?: string | null;
  roomId: string;
  arbitratorIds: readonly string[];
  clerkId: string;
}

export interface Clash {
  resource: 'room' | 'arbitrator' | 'clerk';
  hearingId: string;
  message: string;
}

const slotText = (h: TimeSlot) => `${h.date} ${h.start}—${h.end}`;

/** Every clash of a booking with the hearings on the calendar, each naming the other case and its time. */
export function bookingClashes(b: Booking, booked: readonly BookedHearing[]): Clash[] {
  const out: Clash[] = [];
  for (const h of booked) {
    if (h.id === b.id || !overlaps(b, h)) continue;
    const other = `已安排${h.caseLabel}于 ${slotText(h)} 开庭`;
    if (h.roomId === b.roomId) out.push({ resource: 'room', hearingId: h.id, message: `${h.roomName}${other}，同一时段不能再安排` });
    for (const a of h.arbitrators) {
      if (b.arbitratorIds.includes(a.staffId)) out.push({ resource: 'arbitrator', hearingId: h.id, message: `仲裁员${a.name}${other}（${h.roomName}），同一时段不能再安排` });
    }
    // A clerk may also sit as an arbitrator elsewhere: either way the person is in the other room.
    if (h.clerk.staffId === b.clerkId) out.push({ resource: 'clerk', hearingId: h.id, message: `书记员${h.clerk.name}${other}（${h.roomName}），同一时段不能再安排` });
    else if (h.arbitrators.some((a) => a.staffId === b.clerkId)) {
      out.push({ resource: 'clerk', hearingId: h.id, message: `书记员${h.arbitrators.find((a) => a.staffId === b.clerkId)!.name}${other}（${h.roomName}，担任仲裁员），同一时段不能再安排` });
    }
  }
  return out;
}

/** A slot's own problems: times well formed, the end after the start. */
export function slotProblems(s: Pick<TimeSlot, 'start' | 'end'>): Record<string, string> {
  const out: Record<string, string> = {};
  if (!TIME_PATTERN.test(s.start)) out.start = '开始时间应为“时:分”，如 09:30';
  if (!TIME_PATTERN.test(s.end)) out.end = '结束时间应为“时:分”，如 11:30';
  if (!out.start && !out.end && s.end <= s.start) out.end = '结束时间应晚于开始时间';
  return out;
}

export interface HearingRulesContext {
  calendar: HolidayCalendar;
  settings: DeadlineSettings;
  /** Days a notice issued today takes to reach the parties (parameter hearingNotice.serviceAllowanceDays). */
  serviceAllowanceDays: number;
}

export interface HearingDateReview {
  /** The last day the 开庭通知书 may be served (调解仲裁法 Art. 35, counted on the bureau's calendar and unit). */
  noticeBy: string;
  /** The day a notice issued today is expected to reach the parties. */
  noticeServedBy: string;
  /** The earliest lawful hearing day for a notice issued today. */
  earliest: string;
  defenceEnds: string;
  /** The notice cannot be served in time: refused unless the parties agreed to a shorter notice. */
  noticeProblem: string | null;
  /** The hearing falls inside the defence period (Art. 30; Art. 49 — a ground to set a final award aside): refused. */
  defenceProblem: string | null;
  /** The day is not a working day (weekend, holiday, regional day off when counted): warned, needs confirmation. */
  dayOffWarning: string | null;
}

/**
 * A hearing date reviewed on the day it is booked (`today`): when the notice must be served by, and what the date
 * breaks. `applicationServedOn` is the day the application's copy reached the respondent (the latest, with several),
 * null while it is not served (it then goes with the hearing notice).
 */
export function reviewHearingDate(date: string, today: string, applicationServedOn: string | null, ctx: HearingRulesContext): HearingDateReview {
  const check = checkHearingDate(date, today, applicationServedOn, ctx);
  // The day itself is read on the calendar the deadlines count on (the regional days off when the setting says so).
  const counting = withRegionalLayer(ctx.calendar, ctx.settings.regionalHolidays === true);
  const noticeBy = computeDeadline({ rule: 'arbitration.hearingNotice', start: date, calendar: ctx.calendar, settings: ctx.settings }).due;
  const notice = check.problems.find((p) => p.startsWith('开庭通知书')) ?? null;
  const defence = check.problems.find((p) => p.includes('答辩期内')) ?? null;
  return {
    noticeBy,
    noticeServedBy: check.noticeServedBy,
    earliest: check.earliest,
    defenceEnds: check.defenceEnds,
    noticeProblem: notice,
    defenceProblem: defence,
    dayOffWarning: isWorkingDay(counting, date) ? null : `${describeDay(counting, date)}不是工作日，确定在该日开庭的，请勾选“确认在非工作日开庭”`,
  };
}

/**
 * Whether a party's request to postpone came in time: 调解仲裁法 Art. 35 — at least three days before the hearing
 * (the unit is the bureau's setting). Returns the refusal, or null. The tribunal may postpone of its own motion.
 */
export function postponeRequestProblem(hearingDate: string, requestedOn: string, ctx: Pick<HearingRulesContext, 'calendar' | 'settings'>): string | null {
  const last = computeDeadline({ rule: 'arbitration.postponeRequest', start: hearingDate, calendar: ctx.calendar, settings: ctx.settings }).due;
  if (requestedOn <= last) return null;
  const r = effectiveRule('arbitration.postponeRequest', ctx.settings);
  const unit = r.unit === 'workingDay' ? '个工作日' : '日';
  return `当事人申请延期开庭，应当在开庭前${r.length}${unit}提出（《劳动争议调解仲裁法》第三十五条）：${hearingDate} 开庭的，最迟应于 ${last} 提出，${requestedOn} 提出已逾期；确有必要的，可由仲裁庭决定延期`;
}

/** What happened at a hearing. */
export type HearingOutcome = 'held' | 'applicantAbsent' | 'respondentAbsent';

/**
 * What may follow a hearing where a party did not appear after written notice without good cause (调解仲裁法
 * Art. 36): the applicant — deemed to have withdrawn; the respondent — an award by default. Offered, not taken:
 * the tribunal decides, and only when that party's notice was served.
 */
export function nextStepAfter(applicantAppeared: boolean, respondentAppeared: boolean, withoutCause: boolean): string | null {
  if (!withoutCause) return null;
  if (!applicantAppeared) return '申请人经书面通知，无正当理由拒不到庭：可以按撤回仲裁申请处理（视为撤回，《劳动争议调解仲裁法》第三十六条第一款）';
  if (!respondentAppeared) return '被申请人经书面通知，无正当理由拒不到庭：可以缺席裁决（《劳动争议调解仲裁法》第三十六条第二款）';
  return null;
}

/**
 * The hearing whose notice reached a party later than 调解仲裁法 Art. 35 allows (at least five days before — the unit
 * is the bureau's setting): one line naming each such party, the day served and the last lawful day, and what may be
 * done — postpone, unless the parties agree to go on. Null when every notice was in time.
 */
export function noticeShortText(late: readonly { party: string; due: string; metOn: string }[], settings: DeadlineSettings): string | null {
  if (late.length === 0) return null;
  const r = effectiveRule('arbitration.hearingNotice', settings);
  const unit = r.unit === 'workingDay' ? '个工作日' : '日';
  const who = late.map((l) => `${l.party}于 ${l.metOn} 才收到（最迟应于 ${l.due} 送达）`).join('；');
  return `通知送达不足${r.length}日：${who}。不足开庭前${r.length}${unit}（《劳动争议调解仲裁法》第三十五条），可决定延期开庭`;
}

const ABSENCE = {
  applicant: { who: '申请人', step: '按撤回仲裁申请处理（视为撤回）', article: '《劳动争议调解仲裁法》第三十六条第一款' },
  respondent: { who: '被申请人', step: '缺席裁决', article: '《劳动争议调解仲裁法》第三十六条第二款' },
} as const;

/**
 * Why the absence step for this side may not be taken, or null: 调解仲裁法 Art. 36 — the party was absent from a
 * hearing held, without good cause, *after written notice*; 办案规则 Arts. 39, 60 — only a notice with a recorded
 * 送达回证 is that notice (an electronic one the party never confirmed is not). Every party of the side must have been
 * served.
 */
export function absenceStepProblem(h: HearingAttendance | null | undefined, side: 'applicant' | 'respondent'): string | null {
  const a = ABSENCE[side];
  if (!h) return `尚未登记开庭情况：开庭后登记${a.who}无正当理由未到庭，才能${a.step}`;
  const appeared = side === 'applicant' ? h.applicantAppeared : h.respondentAppeared;
  if (appeared) return `${h.date} 开庭时${a.who}到庭，不能${a.step}`;
  if (!h.absentWithoutCause) return `${h.date} 开庭时${a.who}未到庭有正当理由，不能${a.step}；可延期开庭`;
  const parties = side === 'applicant' ? h.applicants : h.respondents;
  const unserved = parties.filter((p) => !h.noticeServedOn[p]);
  if (unserved.length > 0) {
    return `${unserved.join('、')}的开庭通知书没有送达回证（电子送达未经其确认的不算），不能认定经书面通知，不能${a.step}（${a.article}；《劳动人事争议仲裁办案规则》第三十九条、第六十条）`;
  }
  return null;
}

/** Seats a party takes in the hearing room: the party and its agent or legal representative (parameter, UNCONFIRMED local practice). */
export const SEATS_PER_PARTY_PARAMETER = 'hearingRoom.seatsPerParty';
export const SEATS_PER_PARTY_DEFAULT = 2;

/** One case heard: its parties by who they are (a respondent in several cases of a series sits once). */
export interface CaseInRoom {
  applicantIds: readonly string[];
  respondentIds: readonly string[];
}

/**
 * The seats a sitting needs: every distinct party of every case heard (applicants and respondents — the employer of a
 * 系列案 sits once for all its cases), each with its representatives (`seatsPerParty` seats a party).
 */
export function seatsNeeded(cases: readonly CaseInRoom[], seatsPerParty: number): { parties: number; seats: number } {
  const parties = new Set<string>();
  for (const c of cases) for (const id of [...c.applicantIds, ...c.respondentIds]) parties.add(id);
  return { parties: parties.size, seats: parties.size * seatsPerParty };
}

/** The room is too small for the sitting: the refusal naming the count and the capacity, or null. */
export function capacityProblem(room: { name: string; capacity: number }, cases: readonly CaseInRoom[], seatsPerParty: number): string | null {
  const { parties, seats } = seatsNeeded(cases, seatsPerParty);
  if (seats <= room.capacity) return null;
  const what = cases.length > 1 ? `本庭次${cases.length}件案件的当事人${parties}方` : `本案当事人${parties}方`;
  return `${room.name}可容纳${room.capacity}人，${what}（每方按${seatsPerParty}人计，含代理人）共${seats}人，容纳不下；请选择更大的仲裁庭室`;
}
