// What each worker on a case file is owed, has been paid and is still owed, in integer fen. The amount owed is what
// the worker claimed at intake until someone on the file corrects it (with a reason; the history is kept). The
// payments are those that count for the worker (shared/domain/payments.ts countsForWorker: the worker's own transfer
// or signed receipt, 条例 Arts. 11, 31); a worker with none reads 尚无支付记录 — nothing here invents a payment.

export interface WorkerPayment {
  amountFen: number;
}

export interface WorkerBalance {
  /** Null when no amount was stated for this worker (a group's total only, or not yet known). */
  owedFen: number | null;
  paidFen: number;
  /** Owed less paid, never below 0 (a worker paid more than claimed owes nothing back here); null when owed is not known. */
  outstandingFen: number | null;
  /** Paid beyond the amount owed — a sign the amount owed needs correcting. */
  overpaidFen: number;
}

export function workerBalance(owedFen: number | null, payments: readonly WorkerPayment[]): WorkerBalance {
  const paidFen = payments.reduce((s, p) => s + p.amountFen, 0);
  if (owedFen === null) return { owedFen, paidFen, outstandingFen: null, overpaidFen: 0 };
  return { owedFen, paidFen, outstandingFen: Math.max(0, owedFen - paidFen), overpaidFen: Math.max(0, paidFen - owedFen) };
}

export interface WorkerTotals {
  owedFen: number;
  paidFen: number;
  outstandingFen: number;
  /** Workers whose amount owed is not known: the totals leave them out, and the screen says how many. */
  unknownCount: number;
}

export function workerTotals(rows: readonly WorkerBalance[]): WorkerTotals {
  const t: WorkerTotals = { owedFen: 0, paidFen: 0, outstandingFen: 0, unknownCount: 0 };
  for (const r of rows) {
    t.paidFen += r.paidFen;
    if (r.owedFen === null) t.unknownCount++;
    else {
      t.owedFen += r.owedFen;
      t.outstandingFen += r.outstandingFen ?? 0;
    }
  }
  return t;
}
