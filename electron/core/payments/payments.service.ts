// Wages paid on a case file (支付情况). Recording checks who acts (proceeding.act, dispatch; a place on the file, here),
// the facts each payment needs (shared/domain/payments.ts), the worker, the batch or the held money it pays, and the
// 应急周转金's approval and cap; keeps the scans in the file store; and in one transaction writes the rows, the
// timeline line and the audit row. Nothing is deleted: a wrong record is voided with a reason and the sums follow.
import type { z } from 'zod';
import type { FilePayments, paymentRecordInput } from '../../../shared/contract/payments';
import { formatYuan } from '../../../shared/domain/money';
import {
  advanceCapProblem,
  countsForWorker,
  EMERGENCY_CAP_PARAMETER,
  INTERMEDIARY_ROLE,
  maskBankReference,
  moneyTotals,
  PAYER_KIND,
  PAYMENT_METHOD,
  paymentProblems,
  receiptAgainstBatchProblem,
  recoveryBalance,
  sharePendingFen,
  workerMoney,
} from '../../../shared/domain/payments';
import { can, maskNumbersInText } from '../../../shared/domain/permissions';
import { dateKeyOf } from '../../../shared/domain/time';
import { caseWorkers } from '../evidence/workers.service';
import { instalmentLinkProblem, instalmentWords } from '../mediation/mediation-agreement.service';
import { insertPaymentInstalment, linkedPaymentsOfFile } from '../mediation/mediation.data';
import { putFile, recordFile, sha256 } from '../files/file-store';
import { callerOrSystem, fileOfUnit, mayActOn, requireOpenFile, requirePlaceOnFile } from '../incidents/access';
import type { CallContext } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { parameterLookup } from '../reference/parameters.service';
import { proofMime } from '../files/proof-mime';
import {
  activeLeaders,
  fileAwaitingReceipt,
  allocationsOfFile,
  holdingById,
  holdingsOfFile,
  insertAllocation,
  insertPayment,
  insertScan,
  paymentById,
  paymentsOfFile,
  recoveriesOfFile,
  scansOfFile,
  type AllocationRow,
  type PaymentRow,
} from './payments.data';

type RecordInput = z.output<typeof paymentRecordInput>;

/** A routed file waits for its department's 签收 before anyone records money on it (归口办理, 条例 Art. 10). */
export function requireTakenIn(call: CallContext, caseFileId: string, what: string): void {
  const waits = fileAwaitingReceipt(call.core.prepare, caseFileId);
  if (waits) throw new ServiceError('STEP_BLOCKED', waits.returned ? `本案已由${waits.department}退回接待窗口重新分办，部门签收之前不能${what}` : `本案尚待${waits.department}签收，签收之后才能${what}`);
}

/** The cap in force on a day, in fen (the parameter is in yuan); null when no value is set. */
function advanceCapFen(call: CallContext, onDate: string): number | null {
  const v = parameterLookup(call.core, onDate)(EMERGENCY_CAP_PARAMETER);
  return typeof v === 'number' ? v * 100 : null;
}

interface Ledger {
  payments: PaymentRow[];
  allocations: AllocationRow[];
  /** batch id → person id → fen: the pay sheet of each batch, and the valid receipts recorded against it. */
  allocated: Map<string, Map<string, number>>;
  receipted: Map<string, Map<string, number>>;
  /** The valid batches, and those of the 应急周转金. */
  batches: PaymentRow[];
  fundBatches: Set<string>;
}

const valid = (p: PaymentRow) => p.status === 'valid';
/** A note may hold an ID number or a mobile someone typed: masked in the list as the fields holding them are (PIPL). */
const maskText = (t: string | null) => (t === null ? null : maskNumbersInText(t));

function add(m: Map<string, Map<string, number>>, outer: string, inner: string, fen: number): void {
  const row = m.get(outer) ?? new Map<string, number>();
  row.set(inner, (row.get(inner) ?? 0) + fen);
  m.set(outer, row);
}

/** The file's payments and pay sheets, indexed once so every sum is a lookup (a group file has hundreds of workers). */
function ledgerOf(call: CallContext, caseFileId: string): Ledger {
  const payments = paymentsOfFile(call.core.prepare, caseFileId);
  const allocations = allocationsOfFile(call.core.prepare, caseFileId);
  const allocated = new Map<string, Map<string, number>>();
  const receipted = new Map<string, Map<string, number>>();
  for (const a of allocations) add(allocated, a.payment_id, a.person_id, a.amount_fen);
  for (const p of payments) if (valid(p) && p.batch_id && p.person_id) add(receipted, p.batch_id, p.person_id, p.amount_fen);
  const batches = payments.filter((p) => valid(p) && p.kind === 'batch');
  return { payments, allocations, allocated, receipted, batches, fundBatches: new Set(batches.filter((b) => b.payer_kind === 'emergencyFund').map((b) => b.id)) };
}

/** A worker's share of a batch: what was handed over for them, and what they have receipted of it. */
function shareOf(l: Ledger, batchId: string, personId: string) {
  return { allocatedFen: l.allocated.get(batchId)?.get(personId) ?? 0, receiptedFen: l.receipted.get(batchId)?.get(personId) ?? 0 };
}

/** Money waiting for a worker's receipt across the file's valid batches. */
function pendingOf(l: Ledger, personId: string): number {
  return l.batches.reduce((s, b) => s + sharePendingFen(shareOf(l, b.id, personId)), 0);
}

/** What the 应急周转金 advanced to or for a worker: direct advances and their shares of the fund's batches. */
function advancedTo(l: Ledger, personId: string): number {
  const direct = l.payments.filter((p) => valid(p) && p.payer_kind === 'emergencyFund' && p.kind === 'worker' && p.batch_id === null && p.person_id === personId).reduce((s, p) => s + p.amount_fen, 0);
  let shares = 0;
  for (const id of l.fundBatches) shares += l.allocated.get(id)?.get(personId) ?? 0;
  return direct + shares;
}

export function listPayments(call: CallContext, caseFileId: string): FilePayments {
  const file = fileOfUnit(call, caseFileId);
  const prepare = call.core.prepare;
  const principal = callerOrSystem(call);
  const l = ledgerOf(call, file.id);
  const scans = scansOfFile(prepare, file.id);
  const holdings = holdingsOfFile(prepare, file.id);
  const heldFor = (personId: string) => holdings.filter((h) => h.status === 'valid' && h.paid_out_by === null && h.person_id === personId).reduce((s, h) => s + h.amount_fen, 0);
  const ownBy = new Map<string, PaymentRow[]>();
  for (const p of l.payments) if (p.kind === 'worker' && p.person_id) ownBy.set(p.person_id, ownBy.get(p.person_id) ?? []).get(p.person_id)!.push(p);
  const allocationsBy = new Map<string, AllocationRow[]>();
  for (const a of l.allocations) allocationsBy.set(a.payment_id, allocationsBy.get(a.payment_id) ?? []).get(a.payment_id)!.push(a);
  const workers = caseWorkers(call, file.id).workers.map((w) => {
    const own = (ownBy.get(w.personId) ?? []).map((p) => ({ amountFen: p.amount_fen, status: p.status, method: p.method, bankReference: p.bank_reference, receiptMark: p.receipt_mark }));
    const heldFen = heldFor(w.personId);
    return { personId: w.personId, name: w.name, ...workerMoney(w.owedFen, own, pendingOf(l, w.personId), heldFen), untraceable: heldFen > 0, advancedFen: advancedTo(l, w.personId) };
  });
  const recoveries = recoveriesOfFile(prepare, file.id);
  const instalmentOf = new Map(linkedPaymentsOfFile(prepare, file.id).map((r) => [r.payment_id, r.instalment_id]));
  const advanced = l.payments.filter((p) => valid(p) && p.payer_kind === 'emergencyFund' && p.batch_id === null).reduce((s, p) => s + p.amount_fen, 0);
  const recovered = recoveries.filter((r) => r.status === 'valid').reduce((s, r) => s + r.amount_fen, 0);
  return {
    caseFileId: file.id,
    mayRecord: principal !== null && file.status === 'open' && mayActOn(call, principal, file.id) && fileAwaitingReceipt(prepare, file.id) === null,
    mayView: principal !== null && can(principal.roles, 'document.read'),
    advanceCapFen: advanceCapFen(call, dateKeyOf(call.core.clock.now())),
    workers,
    totals: moneyTotals(workers),
    payments: l.payments.map((p) => ({
      id: p.id,
      kind: p.kind,
      personId: p.person_id,
      personName: p.person_name,
      batchId: p.batch_id,
      holdingId: p.holding_id,
      instalmentId: instalmentOf.get(p.id) ?? null,
      payerKind: p.payer_kind,
      payerName: p.payer_name,
      method: p.method,
      bankReference: maskBankReference(p.bank_reference),
      receiptMark: p.receipt_mark,
      receiptSigner: p.receipt_signer,
      intermediaryName: p.intermediary_name,
      intermediaryRole: p.intermediary_role,
      paidOn: p.paid_on,
      amountFen: p.amount_fen,
      counts: p.kind === 'worker' && countsForWorker({ amountFen: p.amount_fen, status: p.status, method: p.method, bankReference: p.bank_reference, receiptMark: p.receipt_mark }),
      allocations: (allocationsBy.get(p.id) ?? []).map((a) => {
        const share = shareOf(l, p.id, a.person_id);
        return { personId: a.person_id, name: a.name, amountFen: a.amount_fen, receiptedFen: share.receiptedFen, pendingFen: p.status === 'valid' ? sharePendingFen(share) : 0 };
      }),
      approvedBy: p.approved_by ? { id: p.approved_by, name: p.approved_by_name ?? '' } : null,
      approvedOn: p.approved_on,
      note: maskText(p.note),
      status: p.status,
      voidReason: p.void_reason,
      recordedBy: { id: p.recorded_by, name: p.recorded_by_name },
      recordedAt: p.recorded_at,
      scans: scans.filter((s) => s.payment_id === p.id).map((s) => ({ id: s.id, mime: s.mime, bytes: s.bytes, fileName: s.file_name })),
    })),
    holdings: holdings.map((h) => ({
      id: h.id,
      personId: h.person_id,
      personName: h.person_name,
      amountFen: h.amount_fen,
      payerKind: h.payer_kind,
      payerName: h.payer_name,
      holder: h.holder,
      heldSince: h.held_since,
      note: maskText(h.note),
      paidOutBy: h.paid_out_by,
      status: h.status,
      voidReason: h.void_reason,
      recordedBy: { id: h.recorded_by, name: h.recorded_by_name },
      recordedAt: h.recorded_at,
    })),
    advance: {
      ...recoveryBalance(advanced, recovered),
      recoveries: recoveries.map((r) => ({
        id: r.id,
        amountFen: r.amount_fen,
        recoveredOn: r.recovered_on,
        fromName: r.from_name,
        note: maskText(r.note),
        status: r.status,
        voidReason: r.void_reason,
        recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
        recordedAt: r.recorded_at,
      })),
    },
    approvers: activeLeaders(prepare, file.unit_id),
  };
}

/** Everything that must hold before a payment is written; read again under the write lock. Returns who paid (a receipt's or payout's is its batch's or holding's). */
function checkPayment(call: CallContext, input: RecordInput, unitId: string): { payerKind: RecordInput['payerKind']; payerName: string } {
  const prepare = call.core.prepare;
  const today = dateKeyOf(call.core.clock.now());
  const problems = paymentProblems({ ...input, paysOutRecorded: !!(input.batchId || input.holdingId) }, today);
  if (Object.keys(problems).length > 0) throw invalid(problems);
  const workers = new Map(caseWorkers(call, input.caseFileId).workers.map((w) => [w.personId, w]));
  const l = ledgerOf(call, input.caseFileId);
  let payer = { payerKind: input.payerKind, payerName: input.payerName };
  if (input.kind === 'batch') {
    if (input.personId || input.batchId || input.holdingId) throw invalid({ kind: '交由包工头、班组长转交的款项不能同时指定某一劳动者，请在分配明细中逐人填写' });
    if (input.allocations.length === 0) throw invalid({ allocations: '请逐人填写这笔转交款中每名劳动者的金额（《保障农民工工资支付条例》第三十一条）' });
    const seen = new Set<string>();
    for (const a of input.allocations) {
      if (!workers.has(a.personId)) throw invalid({ allocations: '分配明细中有人不是本案的投诉人' });
      if (seen.has(a.personId)) throw invalid({ allocations: `分配明细中${workers.get(a.personId)!.name}出现了两次` });
      if (a.amountFen <= 0) throw invalid({ allocations: `${workers.get(a.personId)!.name}的分配金额必须大于0` });
      seen.add(a.personId);
    }
    const sum = input.allocations.reduce((s, a) => s + a.amountFen, 0);
    if (sum !== input.amountFen) throw invalid({ amountFen: `转交金额${formatYuan(input.amountFen)}与分配明细合计${formatYuan(sum)}不一致` });
    if (input.payerKind === 'emergencyFund') {
      const cap = advanceCapFen(call, input.paidOn);
      for (const a of input.allocations) {
        const problem = advanceCapProblem(advancedTo(l, a.personId), a.amountFen, cap, formatYuan);
        if (problem) throw invalid({ amountFen: `${workers.get(a.personId)!.name}：${problem}` });
      }
    }
  } else {
    if (input.allocations.length > 0) throw invalid({ allocations: '直接支付给劳动者本人的款项不填分配明细' });
    const worker = input.personId ? workers.get(input.personId) : undefined;
    if (!worker) throw invalid({ personId: input.personId ? '该劳动者不是本案的投诉人' : '请选择收款的劳动者' });
    if (input.batchId && input.holdingId) throw invalid({ batchId: '一笔签收只能对应一笔转交款或一笔代为保管的工资' });
    if (input.batchId) {
      const batch = l.payments.find((p) => p.id === input.batchId);
      if (!batch || batch.kind !== 'batch') throw invalid({ batchId: '所选转交款不是本案卷的记录' });
      if (batch.status !== 'valid') throw new ServiceError('CONFLICT', '该转交款已作废，不能再登记签收');
      if (input.paidOn < batch.paid_on) throw invalid({ paidOn: `签收日期不能早于转交日期（${batch.paid_on}）` });
      const problem = receiptAgainstBatchProblem(shareOf(l, batch.id, worker.personId), input.amountFen, formatYuan);
      if (problem) throw invalid({ amountFen: problem });
      // The receipt is of the batch's money: its payer is the batch's.
      payer = { payerKind: batch.payer_kind, payerName: batch.payer_name };
    }
    if (input.holdingId) {
      const h = holdingById(prepare, input.holdingId);
      if (!h || h.case_file_id !== input.caseFileId || h.person_id !== worker.personId) throw invalid({ holdingId: '所选代为保管的工资不是为该劳动者保管的' });
      if (h.status !== 'valid') throw new ServiceError('CONFLICT', '该代为保管的工资记录已作废');
      if (h.paid_out_by) throw new ServiceError('CONFLICT', '该笔代为保管的工资已经发放');
      if (input.amountFen !== h.amount_fen) throw invalid({ amountFen: `代为保管的工资须一次发放，金额为${formatYuan(h.amount_fen)}` });
      if (input.paidOn < h.held_since) throw invalid({ paidOn: `发放日期不能早于保管起始日期（${h.held_since}）` });
      payer = { payerKind: h.payer_kind, payerName: h.payer_name };
    }
    if (payer.payerKind === 'emergencyFund' && !input.batchId) {
      const problem = advanceCapProblem(advancedTo(l, worker.personId), input.amountFen, advanceCapFen(call, input.paidOn), formatYuan);
      if (problem) throw invalid({ amountFen: problem });
    }
  }
  if (input.instalmentId) {
    const problem = instalmentLinkProblem(call, input.caseFileId, input.instalmentId, { kind: input.kind, personId: input.personId, amountFen: input.amountFen });
    if (problem) throw invalid({ instalmentId: problem });
  }
  if (payer.payerKind === 'emergencyFund' && !input.batchId && !input.holdingId && !activeLeaders(prepare, unitId).some((s) => s.id === input.approvedBy)) {
    throw invalid({ approvedBy: '应急周转金垫付须由本单位在职的局领导批准' });
  }
  return payer;
}

export function recordPayment(call: CallContext, input: RecordInput): FilePayments {
  const inst = requireInstallation(call.core);
  const file = fileOfUnit(call, input.caseFileId);
  requireOpenFile(file, '登记支付');
  requirePlaceOnFile(call, file.id, '登记支付');
  requireTakenIn(call, file.id, '登记支付');
  checkPayment(call, input, inst.unitId);
  const scans = input.scans.map((x, i) => {
    const bytes = Buffer.from(x.contentBase64, 'base64');
    const kind = proofMime(bytes);
    if (!kind.ok) throw invalid({ scans: input.scans.length > 1 ? `第${i + 1}个文件：${kind.reason}` : kind.reason });
    return { ...x, bytes, mime: kind.mime, hash: sha256(bytes) };
  });
  for (const x of scans) putFile(call.core.config.paths.files, x.bytes);
  tx(writeContext(call), (w) => {
    // Read again under the write lock: another clerk may have receipted the batch or paid out the held money meanwhile.
    const payer = checkPayment(call, input, inst.unitId);
    // An advance carries its leader's approval; a receipt or a payout pays what was approved with the batch or holding.
    const ownAdvance = payer.payerKind === 'emergencyFund' && !input.batchId && !input.holdingId;
    const id = newId(w.now);
    insertPayment(w.prepare, {
      id,
      unitId: inst.unitId,
      caseFileId: file.id,
      kind: input.kind,
      personId: input.kind === 'worker' ? input.personId : null,
      batchId: input.batchId,
      holdingId: input.holdingId,
      ...payer,
      method: input.method,
      bankReference: input.method === 'transfer' ? input.bankReference : null,
      receiptMark: input.method === 'cash' ? input.receiptMark : null,
      receiptSigner: input.method === 'cash' ? input.receiptSigner : null,
      intermediaryName: input.kind === 'batch' ? input.intermediaryName : null,
      intermediaryRole: input.kind === 'batch' ? (input.intermediaryRole ?? 'teamLeader') : null,
      paidOn: input.paidOn,
      amountFen: input.amountFen,
      approvedBy: ownAdvance ? input.approvedBy : null,
      approvedOn: ownAdvance ? input.approvedOn : null,
      note: input.note,
      recordedBy: w.actorStaffId!,
      recordedAt: w.now,
    });
    if (input.instalmentId) insertPaymentInstalment(w.prepare, id, input.instalmentId);
    for (const a of input.kind === 'batch' ? input.allocations : []) insertAllocation(w.prepare, { id: newId(w.now), paymentId: id, personId: a.personId, amountFen: a.amountFen });
    for (const x of scans) {
      recordFile(w, x.hash, x.bytes.length, x.mime);
      insertScan(w.prepare, { id: newId(w.now), paymentId: id, sha256: x.hash, fileName: x.fileName, now: w.now });
    }
    const row = paymentById(w.prepare, id)!;
    w.caseEvent({ caseFileId: file.id, kind: 'payment.recorded', summary: paymentLine(row, input.allocations.length) + instalmentWords(call, input.instalmentId), data: { paymentId: id, kind: row.kind, personId: row.person_id, amountFen: row.amount_fen, instalmentId: input.instalmentId } });
    w.audit({
      action: 'paymentRecord',
      entity: 'caseFile',
      entityId: file.id,
      change: {
        paymentId: id,
        kind: row.kind,
        personId: row.person_id,
        batchId: row.batch_id,
        holdingId: row.holding_id,
        instalmentId: input.instalmentId,
        payerKind: row.payer_kind,
        payerName: row.payer_name,
        method: row.method,
        bankReference: maskBankReference(row.bank_reference),
        receiptMark: row.receipt_mark,
        paidOn: row.paid_on,
        amountFen: row.amount_fen,
        allocations: input.kind === 'batch' ? input.allocations : [],
        approvedBy: row.approved_by,
        approvedOn: row.approved_on,
        scans: scans.map((x) => x.hash),
      },
    });
    w.changed('caseFile', file.id);
  });
  return listPayments(call, file.id);
}

/** The timeline's line for a payment, in the words the file uses. */
function paymentLine(p: PaymentRow, shares: number): string {
  const how = p.method === 'transfer' ? PAYMENT_METHOD.label('transfer') : `${PAYMENT_METHOD.label('cash')}（收条${p.receipt_mark === 'thumbprint' ? '按手印' : '签名'}）`;
  const payer = `${PAYER_KIND.label(p.payer_kind)}：${p.payer_name}`;
  if (p.kind === 'batch') {
    const to = `${INTERMEDIARY_ROLE.label(p.intermediary_role ?? 'teamLeader')}${p.intermediary_name ?? ''}`;
    return `登记转交款 ${formatYuan(p.amount_fen)}（${payer}，${p.paid_on} 交${to}转交${shares}名劳动者），待各劳动者本人签收后计入已支付`;
  }
  const what = p.batch_id ? '签收转交款' : p.holding_id ? '发放代为保管的工资' : '登记支付';
  return `${what}：${p.person_name ?? ''} ${formatYuan(p.amount_fen)}（${payer}，${how}，${p.paid_on}）`;
}
