// How a stored deadline reads today: the stored status never depends on the day (open, paused, met, met late,
// extended); due soon (within 3 working days) and overdue (by how many days) are read against today here, by the
// same rule the engine uses (deadline-state.ts), so the desk, the file and every list agree.
import { addDays, isWorkingDay, type HolidayCalendar } from './calendar';
import { DUE_SOON_WORKING_DAYS } from './deadline-state';
import { workingDaysBetween } from './deadlines';

export type StoredDeadlineStatus = 'open' | 'paused' | 'met' | 'metLate' | 'extended';
export type DueState = 'running' | 'dueSoon' | 'overdue' | 'lapsed' | 'elapsed' | 'paused' | 'met' | 'metLate' | 'extended';

export const DUE_STATE_LABEL: Record<DueState, string> = {
  running: '进行中',
  dueSoon: '即将到期',
  overdue: '已逾期',
  lapsed: '已届满',
  elapsed: '已期满',
  paused: '中止中',
  met: '已按期完成',
  metLate: '逾期完成',
  extended: '已延长',
};

export interface StoredClock {
  status: StoredDeadlineStatus;
  dueDate: string;
  nature: 'duty' | 'lapse' | 'wait';
}

/** Calendar days from a to b (b later), for "overdue by N days". */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function dueStateOf(d: StoredClock, today: string, calendar: HolidayCalendar): { state: DueState; overdueDays: number } {
  if (d.status !== 'open') return { state: d.status, overdueDays: 0 };
  if (today > d.dueDate) {
    const state = d.nature === 'duty' ? 'overdue' : d.nature === 'lapse' ? 'lapsed' : 'elapsed';
    return { state, overdueDays: state === 'overdue' ? daysBetween(d.dueDate, today) : 0 };
  }
  return { state: workingDaysBetween(calendar, today, d.dueDate) <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'running', overdueDays: 0 };
}

/**
 * The last day that is still "due soon" seen from today: a due date on or before it, and not before today, is within
 * 3 working days — what a list's SQL filter compares due_date with.
 */
export function dueSoonUntil(today: string, calendar: HolidayCalendar): string {
  let d = today;
  let worked = 0;
  for (;;) {
    const next = addDays(d, 1);
    if (isWorkingDay(calendar, next)) {
      if (worked === DUE_SOON_WORKING_DAYS) return d;
      worked++;
    }
    d = next;
  }
}
