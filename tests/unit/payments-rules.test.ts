// The arithmetic of wages paid, by hand: what counts for a worker (条例 Arts. 11, 31), still owed never below 0 and an
// overpayment kept, a batch's pending share, the 应急周转金 cap and recovery (Art. 63), the facts a payment needs.
import { describe, expect, it } from 'vitest';
import { formatYuan } from '../../shared/domain/money';
import {
  advanceCapProblem,
  countsForWorker,
  maskBankReference,
  moneyTotals,
  paymentProblems,
  receiptAgainstBatchProblem,
  recoveryBalance,
  sharePendingFen,
  workerMoney,
  type CountedPayment,
  type PaymentFacts,
} from '../../shared/domain/payments';

const transfer = (amountFen: number, over: Partial<CountedPayment> = {}): CountedPayment => ({ amountFen, status: 'valid', method: 'transfer', bankReference: '6228480012344821', receiptMark: null, ...over });
const cash = (amountFen: number, over: Partial<CountedPayment> = {}): CountedPayment => ({ amountFen, status: 'valid', method: 'cash', bankReference: null, receiptMark: 'thumbprint', ...over });

describe('what counts as paid to a worker', () => {
  it('only a valid payment with the worker’s own transfer reference or signed/thumbprinted receipt', () => {
    expect(countsForWorker(transfer(100))).toBe(true);
    expect(countsForWorker(cash(100))).toBe(true);
    expect(countsForWorker(cash(100, { receiptMark: 'signed' }))).toBe(true);
    expect(countsForWorker(transfer(100, { bankReference: null }))).toBe(false);
    expect(countsForWorker(cash(100, { receiptMark: null }))).toBe(false);
    expect(countsForWorker(transfer(100, { status: 'void' }))).toBe(false);
    expect(countsForWorker(transfer(0))).toBe(false);
  });

  it('partial payments add up; still owed never below 0; an overpayment is kept; pending and held money are not paid', () => {
    expect(workerMoney(1_280_000, [transfer(500_000), cash(300_000), transfer(999, { status: 'void' })], 400_000, 0)).toEqual({
      owedFen: 1_280_000, paidFen: 800_000, outstandingFen: 480_000, overpaidFen: 0, pendingFen: 400_000, heldFen: 0,
    });
    expect(workerMoney(450_000, [transfer(500_000)], 0, 0)).toEqual({ owedFen: 450_000, paidFen: 500_000, outstandingFen: 0, overpaidFen: 50_000, pendingFen: 0, heldFen: 0 });
    expect(workerMoney(null, [cash(100)], 0, 450_000)).toEqual({ owedFen: null, paidFen: 100, outstandingFen: null, overpaidFen: 0, pendingFen: 0, heldFen: 450_000 });
  });

  it('totals leave a worker with no amount owed out of owed and outstanding, and count them', () => {
    const rows = [workerMoney(1_000, [transfer(400)], 0, 0), workerMoney(500, [transfer(700)], 100, 0), workerMoney(null, [cash(50)], 0, 30)];
    expect(moneyTotals(rows)).toEqual({ owedFen: 1_500, paidFen: 1_150, outstandingFen: 600, overpaidFen: 200, pendingFen: 100, heldFen: 30, unknownCount: 1 });
  });
});

describe('batches handed to a 包工头 or 班组长', () => {
  it('a worker’s share is pending until receipted, never below 0, and a receipt beyond it is refused', () => {
    expect(sharePendingFen({ allocatedFen: 400_000, receiptedFen: 0 })).toBe(400_000);
    expect(sharePendingFen({ allocatedFen: 400_000, receiptedFen: 150_000 })).toBe(250_000);
    expect(sharePendingFen({ allocatedFen: 400_000, receiptedFen: 500_000 })).toBe(0);
    expect(receiptAgainstBatchProblem({ allocatedFen: 400_000, receiptedFen: 150_000 }, 250_000, formatYuan)).toBeNull();
    expect(receiptAgainstBatchProblem({ allocatedFen: 400_000, receiptedFen: 150_000 }, 250_001, formatYuan)).toBe('该劳动者在这笔转交款中待签收的金额为¥2,500.00，本次签收¥2,500.01超出了');
    expect(receiptAgainstBatchProblem({ allocatedFen: 0, receiptedFen: 0 }, 1, formatYuan)).toBe('这笔转交款没有为该劳动者分配金额');
  });
});

describe('应急周转金 (条例 Art. 63)', () => {
  it('an advance up to the cap per person passes; one fen more is refused, naming what is left', () => {
    expect(advanceCapProblem(600_000, 400_000, 1_000_000, formatYuan)).toBeNull();
    expect(advanceCapProblem(600_000, 400_001, 1_000_000, formatYuan)).toBe('应急周转金每人垫付不超过¥10,000.00；该劳动者已垫付¥6,000.00，本次最多还可垫付¥4,000.00');
    expect(advanceCapProblem(1_200_000, 1, 1_000_000, formatYuan)).toContain('本次最多还可垫付¥0.00');
    expect(advanceCapProblem(0, 1, null, formatYuan)).toContain('尚未设置');
  });

  it('the recovery outstanding never goes below 0 and an excess is shown', () => {
    expect(recoveryBalance(1_000_001, 600_000)).toEqual({ advancedFen: 1_000_001, recoveredFen: 600_000, outstandingFen: 400_001, overRecoveredFen: 0 });
    expect(recoveryBalance(1_000_001, 1_100_000)).toEqual({ advancedFen: 1_000_001, recoveredFen: 1_100_000, outstandingFen: 0, overRecoveredFen: 99_999 });
  });
});

describe('the facts a payment needs', () => {
  const base: PaymentFacts = {
    kind: 'worker', payerKind: 'employer', method: 'transfer', bankReference: '6228', receiptMark: null, receiptSigner: null, intermediaryName: null,
    paidOn: '2026-11-24', amountFen: 100, approvedBy: null, approvedOn: null,
  };
  it('passes a complete transfer and names each missing fact', () => {
    expect(paymentProblems(base, '2026-11-25')).toEqual({});
    expect(paymentProblems({ ...base, amountFen: 0, paidOn: '2026-11-26', bankReference: null }, '2026-11-25')).toEqual({
      amountFen: '支付金额必须大于0',
      paidOn: '支付日期（2026-11-26）不能晚于今天（2026-11-25）',
      bankReference: '转账支付请填写银行流水号（交易凭证号）',
    });
    expect(Object.keys(paymentProblems({ ...base, method: 'cash', bankReference: null }, '2026-11-25'))).toEqual(['receiptMark', 'receiptSigner']);
    expect(paymentProblems({ ...base, kind: 'batch', method: 'cash', bankReference: null }, '2026-11-25')).toEqual({ intermediaryName: '请填写代为转交的包工头或班组长的姓名' });
  });
  it('an 应急周转金 advance needs a leader and an approval not after the payment; a receipt for an approved batch does not', () => {
    expect(Object.keys(paymentProblems({ ...base, payerKind: 'emergencyFund' }, '2026-11-25'))).toEqual(['approvedBy', 'approvedOn']);
    expect(paymentProblems({ ...base, payerKind: 'emergencyFund', approvedBy: 's1', approvedOn: '2026-11-25' }, '2026-11-25')).toEqual({ approvedOn: '批准日期（2026-11-25）不能晚于支付日期（2026-11-24）' });
    expect(paymentProblems({ ...base, payerKind: 'emergencyFund', paysOutRecorded: true }, '2026-11-25')).toEqual({});
  });
});

describe('a bank reference in a list', () => {
  it('shows its last four characters only', () => {
    expect(maskBankReference('6228480012344821')).toBe('********4821');
    expect(maskBankReference('20261124A9')).toBe('******24A9');
    expect(maskBankReference('4821')).toBe('****');
    expect(maskBankReference(null)).toBeNull();
  });
});
