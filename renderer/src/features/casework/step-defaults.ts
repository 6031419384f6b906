// What a step's form starts from besides today's date: the inspection's 结案 takes its amounts from the stored payments
// (the wages that counted as paid, the workers who got money, 全额支付 when nobody is still owed) — the core still
// refuses 全额支付 while anyone is owed, naming them. The clerk may change any figure before sending.
import { useEffect } from 'react';
import type { FilePayments } from '../../../../shared/contract/payments';
import type { ProceedingKind } from '../../../../shared/domain/vocabulary';
import { useFilePayments } from '../payments/queries';
import type { StepValues } from './step-fields';

const yuanText = (fen: number) => (fen / 100).toFixed(2);

/** 结案's amounts from the file's payments. */
export function closeDefaults(p: FilePayments): StepValues {
  const paidInFull = p.totals.paidFen > 0 && p.totals.outstandingFen === 0 && p.totals.unknownCount === 0;
  return {
    recoveredFen: yuanText(p.totals.paidFen),
    workersPaid: String(p.workers.filter((w) => w.paidFen > 0).length),
    ...(paidInFull ? { method: 'paidInFull' } : {}),
  };
}

/** Fills the still-empty fields of the step's form from the stored payments once they are read. */
export function useStepDefaults(kind: ProceedingKind, action: string, caseFileId: string, fill: (defaults: StepValues) => void): void {
  const wanted = kind === 'inspection' && action === 'close' && caseFileId !== '';
  const payments = useFilePayments(wanted ? caseFileId : '');
  const data = wanted ? payments.data : undefined;
  useEffect(() => {
    if (data) fill(closeDefaults(data));
    // Once per read of the payments: the clerk's own changes are not overwritten by a re-render.
  }, [data]);
}
