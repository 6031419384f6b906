// The days an arbitrator or clerk cannot sit (请假, 培训 …): a hearing booked on one is refused like a double booking,
// naming the person, the days and the reason. Pure; the core enforces it on booking and postponing, and the calendar
// shows the days.
import type { Booking, Clash } from './hearings';

export const UNAVAILABILITY_KIND = { leave: '请假', training: '培训', other: '其他事由' } as const;
export type UnavailabilityKind = keyof typeof UNAVAILABILITY_KIND;

export interface Unavailability {
  id: string;
  staffId: string;
  name: string;
  fromDate: string;
  toDate: string;
  kind: UnavailabilityKind;
  reason: string;
}

const days = (u: Pick<Unavailability, 'fromDate' | 'toDate'>) => (u.fromDate === u.toDate ? u.fromDate : `${u.fromDate} 至 ${u.toDate}`);

/** '王芳 2026-12-14 至 2026-12-18 培训（全区仲裁员业务培训）' — one line per absence. */
export function unavailabilityText(u: Unavailability): string {
  return `${u.name} ${days(u)} ${UNAVAILABILITY_KIND[u.kind]}（${u.reason}）`;
}

/** Every arbitrator or the clerk of the booking who is away on its day: one clash each, naming them and why. */
export function unavailabilityClashes(b: Pick<Booking, 'date' | 'arbitratorIds' | 'clerkId'>, away: readonly Unavailability[]): Clash[] {
  const out: Clash[] = [];
  for (const u of away) {
    if (b.date < u.fromDate || b.date > u.toDate) continue;
    const role = b.arbitratorIds.includes(u.staffId) ? 'arbitrator' : u.staffId === b.clerkId ? 'clerk' : null;
    if (!role) continue;
    out.push({ resource: role, hearingId: u.id, message: `${role === 'arbitrator' ? '仲裁员' : '书记员'}${u.name} ${days(u)} ${UNAVAILABILITY_KIND[u.kind]}（${u.reason}），${b.date} 不能安排其开庭` });
  }
  return out;
}

/** A period's own problems: the last day not before the first, and not longer than a year. */
export function periodProblems(fromDate: string, toDate: string): Record<string, string> {
  if (toDate < fromDate) return { toDate: '结束日期不能早于开始日期' };
  if (Date.parse(toDate) - Date.parse(fromDate) > 366 * 86_400_000) return { toDate: '一次登记的不可安排期间不能超过一年' };
  return {};
}
