// The demo's complainants answered as the desk would have answered them (首问负责): everyone whose feedback date has
// passed was called back within it — some reached on the first call, some after a call that did not get through —
// so the demo shows no complainant left unanswered past their date; those still within their period wait, and the
// leader's desk lists the ones due within 3 working days ("未答复的投诉人").
import { shiftWorkingDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { loadCalendar } from '../deadlines/calendar.service';
import { logCallback } from '../followup/followup.service';

const ANSWERS = [
  '电话告知投诉已受理，监察员将到用人单位调查，有结果后再告知',
  '告知案件已转承办部门办理，承办人姓名和联系电话已告知',
  '告知已通知用人单位限期支付，请留意工资到账情况',
] as const;

export function answerDemoComplainants(call: CallContext, deskStaffId: string): void {
  const cal = loadCalendar(call.core);
  const today = dateKeyOf(call.core.clock.now());
  const rows = call.core
    .prepare(
      `SELECT n.intake_id, n.feedback_due, i.received_date, i.received_at FROM intake_notices n JOIN intakes i ON i.id = n.intake_id
       WHERE n.answered_at IS NULL ORDER BY i.received_at`,
    )
    .all() as { intake_id: string; feedback_due: string; received_date: string; received_at: number }[];
  rows.forEach((r, k) => {
    if (r.feedback_due >= today) return;
    const as = (day: string, time: string) => {
      const at = instantOf(day, time);
      return { call: { ...call, principal: null, session: { ...call.session, staffId: deskStaffId }, core: { ...call.core, clock: { now: () => at + 5 * 60_000 } } }, at };
    };
    // Both calls fall on working days after receipt and on or before the feedback date (5 working days by default).
    const first = shiftWorkingDays(cal, r.received_date, 1);
    const second = shiftWorkingDays(cal, r.received_date, 2);
    if (k % 3 === 1) {
      const miss = as(first, '16:10');
      logCallback(miss.call, { intakeId: r.intake_id, personId: null, at: miss.at, method: 'phone', reached: false, content: '电话无人接听，次日再联系', satisfaction: null });
    }
    const ok = as(second, '10:30');
    logCallback(ok.call, {
      intakeId: r.intake_id,
      personId: null,
      at: ok.at,
      method: k % 4 === 3 ? 'sms' : 'phone',
      reached: true,
      content: ANSWERS[k % ANSWERS.length],
      satisfaction: k % 5 === 4 ? 'basicallySatisfied' : 'satisfied',
    });
  });
}
