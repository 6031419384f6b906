// Seating a tribunal inside a step's transaction — 组庭 (and again after a recusal), and the replacement named with a
// granted recusal: the tribunal row written, and the case's hearings still to come sitting with it — unless one of
// its people is booked elsewhere at that time (or away that day, for a replacement), refused naming the clash
// (postpone that hearing first). 调解仲裁法 Arts. 31, 34.
import { bookingClashes } from '../../../shared/domain/hearings';
import { unavailabilityClashes } from '../../../shared/domain/unavailability';
import type { Prepare } from '../../../db/statements';
import { ServiceError } from '../kernel/errors';
import { bookedOn, reseatHearing, saveTribunal, scheduledHearingsOf } from '../hearings/hearings.data';
import { unavailableBetween } from '../hearings/unavailability.data';
import type { ProceedingRow } from '../proceedings/proceedings.data';

export interface Seating {
  form: 'panel' | 'sole';
  /** The presiding (or sole) arbitrator first, then the members. */
  arbitratorIds: readonly string[];
  clerkStaffId: string;
  composedOn: string;
}

/** Writes the tribunal and reseats the hearings to come; `field` names where a clash is reported, `newcomers` whose days away count. */
export function seatTribunal(prepare: Prepare, p: ProceedingRow, s: Seating, now: number, o: { field: string; newcomers?: readonly string[] }): void {
  saveTribunal(prepare, { proceedingId: p.id, form: s.form, clerkStaffId: s.clerkStaffId, composedOn: s.composedOn, now, arbitratorIds: s.arbitratorIds });
  for (const h of scheduledHearingsOf(prepare, p.id)) {
    const booking = { id: h.id, date: h.date, start: h.start, end: h.end, roomId: h.roomId, arbitratorIds: [...s.arbitratorIds], clerkId: s.clerkStaffId };
    const people = bookingClashes(booking, bookedOn(prepare, p.unitId, h.date)).filter((c) => c.resource !== 'room');
    if (o.newcomers && o.newcomers.length > 0) {
      const away = unavailableBetween(prepare, p.unitId, h.date, h.date).filter((u) => o.newcomers!.includes(u.staffId));
      people.push(...unavailabilityClashes(booking, away));
    }
    if (people.length > 0) {
      throw new ServiceError('VALIDATION', `新组成的仲裁庭不能参加本案 ${h.date} ${h.start} 的开庭：${people.map((c) => c.message).join('；')}。请先将该次开庭延期`, { [o.field]: people[0]!.message });
    }
    reseatHearing(prepare, h.id, s.clerkStaffId, s.arbitratorIds);
  }
}
