// Wages paid to the workers of a case file, in integer fen: who paid and from what, how, when, and whether it counts.
// 《保障农民工工资支付条例》 Art. 11: wages go to the worker in person, by transfer or in cash; Art. 31: the pay sheet is
// signed by each worker and the money goes into the worker's own account. So a payment counts for a worker only with
// that worker's own transfer or signed or thumbprinted receipt; money handed to a 包工头 or 班组长 to pass on is a
// batch, pending until each worker's own receipt is recorded against it, and pending money never counts as paid.

function vocab<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
  return { values, labels, label: (v: keyof T & string): string => labels[v] ?? String(v) };
}

/**
 * Who paid and from what: the employer; the general contractor paying first (条例 Art. 30); the project owner advancing
 * up to the unpaid project funds (Art. 29); the wage deposit drawn (Art. 32; 人社部发〔2021〕65号); the government's
 * emergency revolving fund advancing and recovering later (Art. 63).
 */
export const PAYER_KIND = vocab({
  employer: '用人单位',
  generalContractor: '总包先行清偿',
  projectOwner: '建设单位垫付',
  wageDeposit: '工资保证金',
  emergencyFund: '应急周转金',
});
export type PayerKind = (typeof PAYER_KIND.values)[number];

/** 条例 Art. 11: by transfer into the worker's own card, or in cash against the worker's receipt. */
export const PAYMENT_METHOD = vocab({ transfer: '转账到本人卡', cash: '现金' });
export type PaymentMethod = (typeof PAYMENT_METHOD.values)[number];

/** How the worker acknowledged cash: a signature, or a thumbprint (many workers here do not write Chinese). */
export const RECEIPT_MARK = vocab({ signed: '本人签名', thumbprint: '按手印' });
export type ReceiptMark = (typeof RECEIPT_MARK.values)[number];

/** Whom a batch was handed to, to pass on to the workers. */
export const INTERMEDIARY_ROLE = vocab({ foreman: '包工头', teamLeader: '班组长' });
export type IntermediaryRole = (typeof INTERMEDIARY_ROLE.values)[number];

/** 条例 Art. 63: the local cap per person of an 应急周转金 advance (UNCONFIRMED local amount, a parameter in yuan). */
export const EMERGENCY_CAP_PARAMETER = 'payment.emergencyAdvanceCapPerPerson';

export interface PaymentFacts {
  kind: 'worker' | 'batch';
  payerKind: PayerKind;
  method: PaymentMethod;
  bankReference: string | null;
  receiptMark: ReceiptMark | null;
  receiptSigner: string | null;
  intermediaryName: string | null;
  paidOn: string;
  amountFen: number;
  approvedBy: string | null;
  approvedOn: string | null;
  /** A worker's receipt for a batch, or the paying out of held money: the money was advanced (and approved) already. */
  paysOutRecorded?: boolean;
}

/** What is missing or wrong in a payment as entered, field by field (empty when it may be recorded). */
export function paymentProblems(p: PaymentFacts, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(p.amountFen > 0)) out.amountFen = '支付金额必须大于0';
  if (p.paidOn > today) out.paidOn = `支付日期（${p.paidOn}）不能晚于今天（${today}）`;
  // 条例 Art. 11: a transfer is proven by its bank reference, cash by the worker's own receipt.
  if (p.method === 'transfer' && !p.bankReference) out.bankReference = '转账支付请填写银行流水号（交易凭证号）';
  if (p.kind === 'worker' && p.method === 'cash') {
    if (!p.receiptMark) out.receiptMark = '现金支付须有劳动者本人签名或按手印的收条（《保障农民工工资支付条例》第十一条）';
    if (!p.receiptSigner) out.receiptSigner = '请填写收条上签名或按手印的人';
  }
  if (p.kind === 'batch' && !p.intermediaryName) out.intermediaryName = '请填写代为转交的包工头或班组长的姓名';
  if (p.payerKind === 'emergencyFund' && !p.paysOutRecorded) {
    if (!p.approvedBy) out.approvedBy = '应急周转金垫付须经领导批准，请选择批准人';
    if (!p.approvedOn) out.approvedOn = '请填写批准日期';
    else if (p.approvedOn > p.paidOn) out.approvedOn = `批准日期（${p.approvedOn}）不能晚于支付日期（${p.paidOn}）`;
  }
  return out;
}

/** A worker's payment as the balance reads it. */
export interface CountedPayment {
  amountFen: number;
  status: 'valid' | 'void';
  method: PaymentMethod;
  bankReference: string | null;
  receiptMark: ReceiptMark | null;
}

/** 条例 Arts. 11, 31: a valid payment to the worker with the worker's own transfer reference or signed/thumbprinted receipt. */
export function countsForWorker(p: CountedPayment): boolean {
  if (p.status !== 'valid' || p.amountFen <= 0) return false;
  return p.method === 'transfer' ? !!p.bankReference : !!p.receiptMark;
}

export interface BatchShare {
  /** What the pay sheet handed over for this worker. */
  allocatedFen: number;
  /** The worker's own receipts recorded against the batch (valid ones). */
  receiptedFen: number;
}

/** What of a batch still waits for the worker's own receipt: never below 0. */
export function sharePendingFen(s: BatchShare): number {
  return Math.max(0, s.allocatedFen - s.receiptedFen);
}

/** Why a receipt against a batch cannot be recorded, or null: a worker may not receive more through it than was handed over for them. */
export function receiptAgainstBatchProblem(s: BatchShare, amountFen: number, formatYuan: (fen: number) => string): string | null {
  const left = sharePendingFen(s);
  if (s.allocatedFen === 0) return '这笔转交款没有为该劳动者分配金额';
  if (amountFen > left) return `该劳动者在这笔转交款中待签收的金额为${formatYuan(left)}，本次签收${formatYuan(amountFen)}超出了`;
  return null;
}

/**
 * Whether one more 应急周转金 advance to a worker stays within the cap per person (条例 Art. 63; the cap a parameter):
 * null when it does, else the Chinese refusal.
 */
export function advanceCapProblem(advancedFen: number, amountFen: number, capFen: number | null, formatYuan: (fen: number) => string): string | null {
  if (capFen === null) return '应急周转金每人垫付上限尚未设置，请管理员在“设置 → 参数”中设置后再登记';
  if (advancedFen + amountFen <= capFen) return null;
  const left = Math.max(0, capFen - advancedFen);
  return `应急周转金每人垫付不超过${formatYuan(capFen)}；该劳动者已垫付${formatYuan(advancedFen)}，本次最多还可垫付${formatYuan(left)}`;
}

export interface WorkerMoney {
  owedFen: number | null;
  paidFen: number;
  outstandingFen: number | null;
  overpaidFen: number;
  /** Handed to an intermediary for the worker, not yet receipted by them: not paid. */
  pendingFen: number;
  /** Held for the worker who cannot be found, not yet paid out: not paid. */
  heldFen: number;
}

/** A worker's money: paid is only what counts (Arts. 11, 31); still owed never below 0; an overpayment kept, not lost. */
export function workerMoney(owedFen: number | null, payments: readonly CountedPayment[], pendingFen: number, heldFen: number): WorkerMoney {
  const paidFen = payments.filter(countsForWorker).reduce((s, p) => s + p.amountFen, 0);
  const outstandingFen = owedFen === null ? null : Math.max(0, owedFen - paidFen);
  const overpaidFen = owedFen === null ? 0 : Math.max(0, paidFen - owedFen);
  return { owedFen, paidFen, outstandingFen, overpaidFen, pendingFen, heldFen };
}

export interface MoneyTotals {
  owedFen: number;
  paidFen: number;
  outstandingFen: number;
  overpaidFen: number;
  pendingFen: number;
  heldFen: number;
  /** Workers whose amount owed is not known: left out of owed and outstanding. */
  unknownCount: number;
}

export function moneyTotals(rows: readonly WorkerMoney[]): MoneyTotals {
  const t: MoneyTotals = { owedFen: 0, paidFen: 0, outstandingFen: 0, overpaidFen: 0, pendingFen: 0, heldFen: 0, unknownCount: 0 };
  for (const r of rows) {
    t.paidFen += r.paidFen;
    t.overpaidFen += r.overpaidFen;
    t.pendingFen += r.pendingFen;
    t.heldFen += r.heldFen;
    if (r.owedFen === null) t.unknownCount++;
    else {
      t.owedFen += r.owedFen;
      t.outstandingFen += r.outstandingFen ?? 0;
    }
  }
  return t;
}

/** 条例 Art. 63: what the fund advanced and got back from the employer; outstanding never below 0, any excess shown. */
export function recoveryBalance(advancedFen: number, recoveredFen: number): { advancedFen: number; recoveredFen: number; outstandingFen: number; overRecoveredFen: number } {
  return { advancedFen, recoveredFen, outstandingFen: Math.max(0, advancedFen - recoveredFen), overRecoveredFen: Math.max(0, recoveredFen - advancedFen) };
}

/** A bank reference in a list: the last four characters, the rest hidden (PIPL; as ID numbers are masked). */
export function maskBankReference(s: string | null): string | null {
  if (s === null) return null;
  if (s.length <= 4) return '*'.repeat(s.length);
  return `${'*'.repeat(Math.min(8, s.length - 4))}${s.slice(-4)}`;
}
