// Calendar-day distances in Asia/Shanghai, for deadline and expiry badges.
// (A candidate for shared/domain/time.ts once a core rule needs the same count.)
import { dateKeyOf } from '../../../../shared/domain/time';

/** Whole days from today (Asia/Shanghai) to a 'YYYY-MM-DD' date; negative when it has passed. */
export function daysFromToday(dateKey: string, now = Date.now()): number {
  return Math.round((Date.parse(`${dateKey}T00:00:00Z`) - Date.parse(`${dateKeyOf(now)}T00:00:00Z`)) / 86_400_000);
}
