// The hearing calendar's grid, pure: the week of a day (Monday first), which days it shows (Monday–Friday, and a
// weekend day only when something is booked on it), and the hearings of each room and day in time order.
import { addDays, weekday } from '../../../../shared/domain/calendar';
import type { HearingRecord } from '../../../../shared/contract/hearings';

/** The Monday of the week `date` falls in. */
export function mondayOf(date: string): string {
  const wd = weekday(date);
  return addDays(date, wd === 0 ? -6 : 1 - wd);
}

/** The days the week shows: Monday–Friday, and Saturday or Sunday only when a hearing is booked on it. */
export function weekDays(monday: string, hearings: readonly Pick<HearingRecord, 'date'>[]): string[] {
  const booked = new Set(hearings.map((h) => h.date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i)).filter((d, i) => i < 5 || booked.has(d));
}

/** A sitting of several cases (庭次) is one block: its first hearing stands for it (it lists the sitting's cases). */
export function oneBlockPerSitting(hearings: readonly HearingRecord[]): HearingRecord[] {
  const seen = new Set<string>();
  return hearings.filter((h) => {
    if (h.sittingId === null) return true;
    const key = `${h.sittingId}|${h.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The hearings of a room on a day, in time order, a sitting as one block. */
export function cell(hearings: readonly HearingRecord[], roomId: string, date: string): HearingRecord[] {
  return oneBlockPerSitting(hearings.filter((h) => h.roomId === roomId && h.date === date)).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The rooms to show: the active ones, and an inactive one only when a hearing this week is in it. */
export function shownRooms<R extends { id: string; active: boolean }>(rooms: readonly R[], hearings: readonly Pick<HearingRecord, 'roomId'>[]): R[] {
  const used = new Set(hearings.map((h) => h.roomId));
  return rooms.filter((r) => r.active || used.has(r.id));
}
