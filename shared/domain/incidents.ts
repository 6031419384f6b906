// 群体性事件 and 督办: the hour clocks of an incident's reports and how a supervision's report-by date reads today.
// 监察条例 Art. 14 says only that a 群体性事件 is handled "迅速会同有关部门" under the 应急预案; how many hours each
// report may take is local practice, so the hours are parameters (本局口径，待核实) and a clock is an instant:
// due = when the bureau learned of it + the hours in force that day.
import { dueStateOf, type DueState } from './due-state';
import type { HolidayCalendar } from './calendar';
import type { IncidentRecipient } from './vocabulary';

/** The recipients an incident has a clock for, and the parameter that sets its hours. */
export const REPORT_CLOCK_PARAMETER = {
  up: 'incident.reportUpHours',
  police: 'incident.reportPoliceHours',
  housing: 'incident.reportHousingHours',
} as const satisfies Partial<Record<IncidentRecipient, string>>;
export type ClockedRecipient = keyof typeof REPORT_CLOCK_PARAMETER;
export const CLOCKED_RECIPIENTS = Object.keys(REPORT_CLOCK_PARAMETER) as ClockedRecipient[];

/** The clock's short name on the desk and the file. */
export const REPORT_CLOCK_LABEL: Record<ClockedRecipient, string> = { up: '向上级报告', police: '通报公安', housing: '通报住建' };

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export function reportDueAt(learnedAt: number, hours: number): number {
  return learnedAt + hours * HOUR_MS;
}

export type ReportClockState = 'running' | 'overdue' | 'met' | 'metLate';

/**
 * How a report clock reads now: running with the minutes left, overdue by so many minutes, or met by its first report
 * (in time, or late by so many minutes). Read against the instant, never stored.
 */
export function reportClockState(dueAt: number, firstReportAt: number | null, now: number): { state: ReportClockState; minutes: number } {
  if (firstReportAt !== null) {
    return firstReportAt <= dueAt ? { state: 'met', minutes: 0 } : { state: 'metLate', minutes: Math.ceil((firstReportAt - dueAt) / MINUTE_MS) };
  }
  return now <= dueAt ? { state: 'running', minutes: Math.floor((dueAt - now) / MINUTE_MS) } : { state: 'overdue', minutes: Math.ceil((now - dueAt) / MINUTE_MS) };
}

/** 95 → '1小时35分钟', 60 → '1小时', 5 → '5分钟', 0 → '不到1分钟'. */
export function formatMinutes(minutes: number): string {
  if (minutes <= 0) return '不到1分钟';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}分钟`;
  return m === 0 ? `${h}小时` : `${h}小时${m}分钟`;
}

/** What a clock says in one line: '剩余35分钟', '已超时1小时5分钟', '已按时报告', '超时20分钟报告'. */
export function describeReportClock(c: { state: ReportClockState; minutes: number }): string {
  switch (c.state) {
    case 'running':
      return `剩余${formatMinutes(c.minutes)}`;
    case 'overdue':
      return `已超时${formatMinutes(c.minutes)}`;
    case 'met':
      return '已按时报告';
    case 'metLate':
      return `超时${formatMinutes(c.minutes)}报告`;
  }
}

/**
 * A supervision's report-by date as today reads it: due soon within 3 working days, overdue by N days — the same
 * reading as a stored deadline — or met by the handlers' first report (late when dated after it). It is a date the
 * leader set, not a statutory deadline: it never enters the deadline tables.
 */
export function supervisionDueState(reportBy: string, firstReportDate: string | null, today: string, calendar: HolidayCalendar): { dueState: DueState; overdueDays: number } {
  const status = firstReportDate === null ? 'open' : firstReportDate <= reportBy ? 'met' : 'metLate';
  const { state, overdueDays } = dueStateOf({ status, dueDate: reportBy, nature: 'duty' }, today, calendar);
  return { dueState: state, overdueDays };
}

/** The parameters' help text, and their seeded source (migration 0015). */
export const INCIDENT_HOURS_HELP = {
  up: '发生群体性事件后，自接报时起向本级人民政府和上级人力资源社会保障部门报告的时限。《劳动保障监察条例》第十四条只要求按应急预案迅速会同有关部门处理，具体小时数按本地应急预案设置（本局口径，待核实）。',
  police: '自接报时起通报公安机关的时限（《保障农民工工资支付条例》第七条：公安机关依法处置因欠薪引发的治安事件）。小时数按本地应急预案设置（本局口径，待核实）。',
  housing: '工程建设领域的群体性事件，自接报时起通报住房和城乡建设等行业主管部门的时限（《保障农民工工资支付条例》第七条、第二十九条）。小时数按本地应急预案设置（本局口径，待核实）。',
} as const satisfies Record<ClockedRecipient, string>;
