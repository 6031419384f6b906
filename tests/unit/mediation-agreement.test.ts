// The instalment arithmetic of a 调解协议: the plan's shape, more than owed, an instalment's standing against the
// counted payments (met / open / missed, paying on the due date is on time), and what a payment may pay of it.
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../../shared/domain/money';
import { instalmentStanding, paymentAgainstInstalmentProblem, planOverOwed, planShapeProblems, planWorkerProblems } from '../../shared/domain/mediation-agreement';

const i = (personId: string | null, dueOn: string, amountFen: number, payerName = '中建三局') => ({ personId, dueOn, amountFen, payerName });

describe('the instalment plan', () => {
  it('refuses a nil amount, a due date before the agreement, and the same instalment twice', () => {
    expect(planShapeProblems([i(null, '2026-12-01', 100), i('w1', '2026-12-10', 200)], '2026-11-25')).toEqual({});
    expect(planShapeProblems([i(null, '2026-11-24', 0), i(null, '2026-12-01', 5), i(null, '2026-12-01', 7)], '2026-11-25')).toEqual({
      'instalments.0.amountFen': '第1期金额必须大于0',
      'instalments.0.dueOn': '第1期到期日期（2026-11-24）不能早于协议生效日期（2026-11-25）',
      'instalments.2.dueOn': '第3期与第2期的收款人、到期日期和支付义务人都相同，请合并为一期',
    });
    // Due on the day it is signed: allowed.
    expect(planShapeProblems([i(null, '2026-11-25', 1)], '2026-11-25')).toEqual({});
  });

  it('names a worker not on the file', () => {
    expect(planWorkerProblems([i('w1', '2026-12-01', 1), i('x', '2026-12-01', 1)], new Set(['w1']))).toEqual({ 'instalments.1.personId': '第2期的收款人不是本案的投诉人' });
  });

  it('compares each worker’s own instalments and the whole plan with what is still owed; unknown amounts are said, not guessed', () => {
    const workers = [
      { personId: 'w1', name: '扎西', outstandingFen: 100_000 },
      { personId: 'w2', name: '尼玛', outstandingFen: null },
    ];
    expect(planOverOwed([i('w1', '2026-12-01', 60_000), i(null, '2026-12-02', 40_000)], workers, formatYuan)).toEqual([]);
    expect(planOverOwed([i('w1', '2026-12-01', 100_001)], workers, formatYuan)).toEqual([
      '扎西的分期合计¥1,000.01超过其尚欠工资¥1,000.00',
      '分期合计¥1,000.01超过劳动者尚欠工资合计¥1,000.00（另有1人欠薪金额未申报，未计入）',
    ]);
  });
});

describe('an instalment against its payments', () => {
  it('is met once the counted payments reach it, open until its due date, missed the day after', () => {
    const inst = { dueOn: '2026-12-10', amountFen: 800_000 };
    expect(instalmentStanding(inst, 500_000, '2026-12-10')).toEqual({ paidFen: 500_000, leftFen: 300_000, state: 'open', overdueDays: 0 });
    expect(instalmentStanding(inst, 500_000, '2026-12-11')).toEqual({ paidFen: 500_000, leftFen: 300_000, state: 'missed', overdueDays: 1 });
    expect(instalmentStanding(inst, 500_000, '2027-01-01')).toMatchObject({ state: 'missed', overdueDays: 22 });
    expect(instalmentStanding(inst, 800_000, '2027-01-01')).toEqual({ paidFen: 800_000, leftFen: 0, state: 'met', overdueDays: 0 });
    // Never negative: more than its amount still reads as met with nothing left.
    expect(instalmentStanding(inst, 900_000, '2026-12-01')).toEqual({ paidFen: 900_000, leftFen: 0, state: 'met', overdueDays: 0 });
  });

  it('takes a worker’s own payment up to what is left — to the named worker, never a batch', () => {
    const own = { seq: 2, personId: 'w1', personName: '扎西', amountFen: 800_000 };
    const group = { seq: 1, personId: null, personName: null, amountFen: 1_000_000 };
    expect(paymentAgainstInstalmentProblem(own, 500_000, { kind: 'worker', personId: 'w1', amountFen: 300_000 }, formatYuan)).toBeNull();
    expect(paymentAgainstInstalmentProblem(own, 500_000, { kind: 'worker', personId: 'w1', amountFen: 300_001 }, formatYuan)).toBe('第2期尚欠¥3,000.00，本次支付¥3,000.01超出了；超出部分请另行登记，不选分期');
    expect(paymentAgainstInstalmentProblem(own, 0, { kind: 'worker', personId: 'w2', amountFen: 1 }, formatYuan)).toBe('第2期应支付给扎西，与本次收款人不符');
    expect(paymentAgainstInstalmentProblem(group, 0, { kind: 'worker', personId: 'w2', amountFen: 1 }, formatYuan)).toBeNull();
    expect(paymentAgainstInstalmentProblem(group, 1_000_000, { kind: 'worker', personId: 'w2', amountFen: 1 }, formatYuan)).toBe('第1期已经履行完毕');
    expect(paymentAgainstInstalmentProblem(group, 0, { kind: 'batch', personId: null, amountFen: 1 }, formatYuan)).toMatch(/^交由包工头、班组长转交的款项不计入分期/);
  });
});
