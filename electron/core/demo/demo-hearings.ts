// The demo's hearing calendar: the institute's two rooms, a tribunal (the demo's arbitrator sitting alone, 独任, with
// the clerk) composed the working day after each accepted arbitration's 受理, and a hearing for up to two of them,
// booked that day on the first lawful working day — the notice servable five working days before, the defence period
// over (hearingWindow), not before today — and only while the 45-day award period still runs past it.
import { isWorkingDay, shiftWorkingDays } from '../../../shared/domain/calendar';
import { computeDeadline } from '../../../shared/domain/deadlines';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { scheduleHearing } from '../hearings/hearing-bookings.service';
import { reviewSlot, saveRoom } from '../hearings/hearings.service';
import { act } from '../proceedings/engine';
import { clockEvents, findProceeding } from '../proceedings/proceedings.data';
import { actingAt } from './demo-casework';

interface Crew {
  arbitrator: string;
  clerk: string;
}

const SLOTS = [
  { start: '09:30', end: '11:30' },
  { start: '14:30', end: '16:30' },
] as const;

export function scheduleDemoHearings(call: CallContext, files: readonly { proceedingId: string; kind: string }[], crew: Crew): void {
  const rooms = [
    saveRoom(call, { id: null, name: '第一仲裁庭', capacity: 20, recording: true, active: true, expectedRowVersion: null }),
    saveRoom(call, { id: null, name: '第二仲裁庭', capacity: 12, recording: false, active: true, expectedRowVersion: null }),
  ];
  const cal = loadCalendar(call.core);
  const settings = deadlineSettings(call.core);
  const today = dateKeyOf(call.core.clock.now());
  let booked = 0;
  for (const f of files) {
    if (f.kind !== 'arbitration' || findProceeding(call.core.prepare, f.proceedingId)?.status !== 'accepted') continue;
    const accepted = clockEvents(call.core.prepare, f.proceedingId).find((e) => e.kind === 'accepted')!.date;
    const next = shiftWorkingDays(cal, accepted, 1);
    const composedOn = next <= today ? next : accepted;
    const at = actingAt(call, crew.arbitrator, instantOf(composedOn, '10:00'));
    // A sole arbitrator sits in a case decided simple: both parties consented (办案规则 Art. 56(3)).
    const s = findProceeding(call.core.prepare, f.proceedingId)!;
    act(at, { proceedingId: s.id, action: 'simplify', input: { date: composedOn, ground: 'consent', amountFen: 0, bar: 'none', note: '双方当事人同意简易处理' }, expectedRowVersion: s.rowVersion });
    const p = findProceeding(call.core.prepare, f.proceedingId)!;
    act(at, { proceedingId: p.id, action: 'compose', input: { date: composedOn, form: 'sole', presidingStaffId: crew.arbitrator, memberStaffIds: [], clerkStaffId: crew.clerk }, expectedRowVersion: p.rowVersion });
    if (booked >= SLOTS.length) continue;
    const slot = { ...SLOTS[booked]!, roomId: rooms[booked]!.id, shortNoticeAgreement: null, dayOffConfirmed: false };
    // The first lawful day for a notice made on the day of booking, and not in the past.
    const probe = reviewSlot(at, { proceedingId: p.id, date: composedOn, ...slot, hearingId: null, jointProceedingIds: [] });
    let date = probe.earliest > today ? probe.earliest : today;
    while (!isWorkingDay(cal, date)) date = shiftWorkingDays(cal, date, 1);
    if (date > computeDeadline({ rule: 'arbitration.award', start: accepted, calendar: cal, settings }).due) continue;
    scheduleHearing(at, { proceedingId: p.id, date, ...slot, jointProceedingIds: [] });
    booked++;
  }
}
