// The workers on a case file with what each is owed, has been paid and still is owed. The workers are those named at
// the file's complaint intakes (the complainants, and a group's roster read into them); what each claimed is the
// amount the latest intake naming them stated. Someone on the file may correct the amount owed, with a reason —
// each correction is kept, the claim at intake stays as it was. Paid is what counts of the payments recorded on the
// file (payments/: the worker's own transfer or signed receipt, 条例 Arts. 11, 31); a worker with none shows 尚无支付记录.
import type { z } from 'zod';
import type { CaseWorker, CaseWorkers, correctOwedInput } from '../../../shared/contract/evidence';
import { formatFen } from '../../../shared/domain/money';
import { formatRegNo } from '../../../shared/domain/registration';
import { workerBalance, workerTotals } from '../../../shared/domain/worker-amounts';
import { countsForWorker } from '../../../shared/domain/payments';
import { workerPaymentRows } from '../payments/payments.data';
import { callerOrSystem, fileOfUnit, mayActOn, requireOpenFile, requirePlaceOnFile } from '../incidents/access';
import type { CallContext } from '../kernel/context';
import { invalid } from '../kernel/errors';
import { tx, writeContext } from '../kernel/tx';
import { correctionsOfFile, insertCorrection, intakeCounts, workerClaimsOfFile } from './evidence.data';

const yuan = (fen: number | null) => (fen === null ? '未申报' : `¥${formatFen(fen)}`);

/** Whether the caller may correct the file's workers; the system's own work (a daily job) never does. */
function mayActOnAsCaller(call: CallContext, caseFileId: string): boolean {
  const principal = callerOrSystem(call);
  return principal !== null && mayActOn(call, principal, caseFileId);
}

export function caseWorkers(call: CallContext, caseFileId: string): CaseWorkers {
  const file = fileOfUnit(call, caseFileId);
  const prepare = call.core.prepare;
  const byPerson = new Map<string, Omit<CaseWorker, 'owedFen' | 'paidFen' | 'outstandingFen' | 'overpaidFen' | 'noPayments'>>();
  for (const c of workerClaimsOfFile(prepare, file.id)) {
    const w = byPerson.get(c.person_id) ?? { personId: c.person_id, name: c.name, isRepresentative: false, intakes: [], claimedFen: null, corrections: [] };
    w.isRepresentative ||= c.is_representative === 1;
    const reg = formatRegNo(c.reg_year, c.reg_no);
    if (!w.intakes.includes(reg)) w.intakes.push(reg);
    // Intakes come oldest first: a later visit's stated amount replaces an earlier one.
    if (c.amount_claimed_fen !== null) w.claimedFen = c.amount_claimed_fen;
    byPerson.set(c.person_id, w);
  }
  for (const c of correctionsOfFile(prepare, file.id)) {
    byPerson.get(c.person_id)?.corrections.push({ fromFen: c.from_fen, toFen: c.to_fen, reason: c.reason, by: { id: c.created_by, name: c.created_by_name }, at: c.created_at });
  }
  const paid = workerPaymentRows(prepare, file.id)
    .map((p) => ({ personId: p.person_id, amountFen: p.amount_fen, status: p.status, method: p.method, bankReference: p.bank_reference, receiptMark: p.receipt_mark }))
    .filter(countsForWorker);
  const workers: CaseWorker[] = [...byPerson.values()].map((w) => {
    const owed = w.corrections.length > 0 ? w.corrections[w.corrections.length - 1].toFen : w.claimedFen;
    const own = paid.filter((p) => p.personId === w.personId);
    return { ...w, ...workerBalance(owed, own), noPayments: own.length === 0 };
  });
  const counts = intakeCounts(prepare, file.id);
  return {
    caseFileId: file.id,
    mayCorrect: file.status === 'open' && mayActOnAsCaller(call, file.id),
    workers,
    totals: workerTotals(workers),
    unnamedCount: Math.max(0, counts.workers - workers.length),
    hiddenReporters: counts.reports > 0,
  };
}

export function correctOwed(call: CallContext, input: z.output<typeof correctOwedInput>): CaseWorkers {
  const file = fileOfUnit(call, input.caseFileId);
  requireOpenFile(file, '更正欠薪金额');
  requirePlaceOnFile(call, file.id, '更正欠薪金额');
  tx(writeContext(call), (w) => {
    // Read inside the write transaction: the amount corrected from is the one in force, whoever corrected it last.
    const worker = caseWorkers(call, file.id).workers.find((x) => x.personId === input.personId);
    if (!worker) throw invalid({ personId: '该劳动者不是本案的投诉人' });
    if (worker.owedFen === input.amountFen) throw invalid({ amountFen: `金额与现在的欠薪金额（${yuan(input.amountFen)}）相同，无需更正` });
    const correctionId = insertCorrection(w.prepare, { caseFileId: file.id, personId: worker.personId, fromFen: worker.owedFen, toFen: input.amountFen, reason: input.reason, by: w.actorStaffId!, now: w.now });
    w.caseEvent({
      caseFileId: file.id,
      kind: 'workerOwed.corrected',
      summary: `更正${worker.name}的欠薪金额：${yuan(worker.owedFen)} → ${yuan(input.amountFen)}。理由：${input.reason}`,
      data: { correctionId, personId: worker.personId },
    });
    w.audit({ action: 'owedCorrect', entity: 'caseFile', entityId: file.id, change: { personId: worker.personId, fromFen: worker.owedFen, toFen: input.amountFen, reason: input.reason } });
    w.changed('caseFile', file.id);
  });
  return caseWorkers(call, file.id);
}
