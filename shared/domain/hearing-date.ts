// Whether a hearing date is lawful for a notice issued on a given day: the notice must reach the parties at least
// five days before the hearing (调解仲裁法 Art. 35), and the hearing may not fall inside the respondent's defence
// period (Art. 30 — a hearing held inside it is a ground to set a final award aside, Art. 49). Counted by the
// deadline engine on the bureau's calendar and settings; the service allowance is the bureau's setting.
import { addDays, DEFAULT_CALENDAR, isWorkingDay, type HolidayCalendar } from './calendar';
import type { DeadlineSettings } from './deadline-rules';
import { computeDeadline } from './deadlines';

export interface HearingDateContext {
  calendar?: HolidayCalendar;
  settings?: DeadlineSettings;
  /** Days a notice takes to reach a party after it is issued (parameter hearingNotice.serviceAllowanceDays). */
  serviceAllowanceDays?: number;
}

export const DEFAULT_SERVICE_ALLOWANCE_DAYS = 2;

export interface HearingWindow {
  /** The earliest lawful hearing date (a working day) for a notice issued that day (for messages and the scheduler). */
  earliest: string;
  /** The day the notice is expected to reach the parties. */
  noticeServedBy: string;
  /** The last day of the defence period. */
  defenceEnds: string;
}

const latestNotice = (hearing: string, calendar: HolidayCalendar, settings: DeadlineSettings) =>
  computeDeadline({ rule: 'arbitration.hearingNotice', start: hearing, calendar, settings }).due;

/**
 * When a hearing may be held for a notice issued on `issuedOn`. `applicationServedOn` is the day the application's
 * copy reached the respondent; null means it is not yet served and goes with this notice (issue day + allowance).
 */
export function hearingWindow(issuedOn: string, applicationServedOn: string | null, ctx: HearingDateContext = {}): HearingWindow {
  const calendar = ctx.calendar ?? DEFAULT_CALENDAR;
  const settings = ctx.settings ?? {};
  const noticeServedBy = addDays(issuedOn, ctx.serviceAllowanceDays ?? DEFAULT_SERVICE_ALLOWANCE_DAYS);
  const defenceEnds = computeDeadline({ rule: 'arbitration.defence', start: applicationServedOn ?? noticeServedBy, calendar, settings }).due;
  // The first day after the defence period on which a notice served by `noticeServedBy` is in time.
  let earliest = addDays(defenceEnds, 1);
  for (let i = 0; i < 60 && latestNotice(earliest, calendar, settings) < noticeServedBy; i++) earliest = addDays(earliest, 1);
  // Hearings are held on working days; a later day only makes both conditions easier to meet.
  while (!isWorkingDay(calendar, earliest)) earliest = addDays(earliest, 1);
  return { earliest, noticeServedBy, defenceEnds };
}

/** Checks `hearingDate` for a notice issued on `issuedOn` (see hearingWindow); the problems are empty when it is lawful. */
export function checkHearingDate(
  hearingDate: string,
  issuedOn: string,
  applicationServedOn: string | null,
  ctx: HearingDateContext = {},
): HearingWindow & { problems: string[] } {
  const window = hearingWindow(issuedOn, applicationServedOn, ctx);
  const allowance = ctx.serviceAllowanceDays ?? DEFAULT_SERVICE_ALLOWANCE_DAYS;
  const problems: string[] = [];
  const latest = latestNotice(hearingDate, ctx.calendar ?? DEFAULT_CALENDAR, ctx.settings ?? {});
  if (latest < window.noticeServedBy) {
    problems.push(
      `开庭通知书应当在开庭五日前送达当事人（《劳动争议调解仲裁法》第三十五条），开庭日期 ${hearingDate} 的通知最迟应于 ${latest} 送达；` +
        `${issuedOn} 制作、送达在途按 ${allowance} 日计，约 ${window.noticeServedBy} 才能送达`,
    );
  }
  if (hearingDate <= window.defenceEnds) {
    const how = applicationServedOn
      ? `申请书副本于 ${applicationServedOn} 送达被申请人`
      : `申请书副本尚未送达，随本通知一并送达的，约 ${window.noticeServedBy} 送达`;
    problems.push(`开庭日期 ${hearingDate} 在答辩期内：${how}，答辩期至 ${window.defenceEnds}（《劳动争议调解仲裁法》第三十条）`);
  }
  return { ...window, problems };
}
