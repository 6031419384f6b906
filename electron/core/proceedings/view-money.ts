// The file's money as a proceeding's guard sees it: each worker's outstanding amount and what counted as paid, by
// payer — read from the stored payments through the payments feature's own ledger (what counts as paid: 条例 Arts.
// 11, 31), for the steps that turn on it (提前移出: the arrears paid; 结案 “全额支付”: nobody still owed).
import type { FileMoneyView, ProceedingView } from '../../../shared/domain/proceedings';
import { PAYER_KIND, type PayerKind } from '../../../shared/domain/payments';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { listPayments } from '../payments/payments.service';

const NEEDS_MONEY: readonly ProceedingKind[] = ['blacklisting', 'inspection'];

export function fileMoney(call: CallContext, caseFileId: string): FileMoneyView {
  const ledger = listPayments(call, caseFileId);
  const byPayer = new Map<PayerKind, number>();
  for (const p of ledger.payments) if (p.counts) byPayer.set(p.payerKind, (byPayer.get(p.payerKind) ?? 0) + p.amountFen);
  return {
    workers: ledger.workers.map((w) => ({ name: w.name, paidFen: w.paidFen, outstandingFen: w.outstandingFen })),
    paidByPayer: PAYER_KIND.values.filter((k) => byPayer.has(k)).map((k) => ({ payerKind: k, label: PAYER_KIND.label(k), fen: byPayer.get(k)! })),
  };
}

/** The view with the file's money added, for the kinds whose steps read it. */
export function withMoney(call: CallContext, p: { kind: ProceedingKind; caseFileId: string }, view: ProceedingView): ProceedingView {
  return NEEDS_MONEY.includes(p.kind) ? { ...view, money: fileMoney(call, p.caseFileId) } : view;
}
