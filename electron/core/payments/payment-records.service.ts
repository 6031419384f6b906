// The rest of a file's money records beside its payments: money held for a worker who cannot be found, the
// 应急周转金's recoveries (条例 Art. 63), voiding any of them with a reason (a batch only once its receipts are voided,
// held money only while not paid out), and viewing a receipt's scan (on the audit trail).
import type { z } from 'zod';
import type { FilePayments, holdingRecordInput, paymentScanViewInput, paymentVoidInput, recoveryRecordInput } from '../../../shared/contract/payments';
import { formatYuan } from '../../../shared/domain/money';
import { PAYER_KIND, recoveryBalance } from '../../../shared/domain/payments';
import { dateKeyOf } from '../../../shared/domain/time';
import { caseWorkers } from '../evidence/workers.service';
import { readStoredFile } from '../files/file-store';
import { fileOfUnit, requireOpenFile, requirePlaceOnFile } from '../incidents/access';
import type { CallContext } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { holdingById, insertHolding, insertRecovery, paymentById, recoveryById, scanFile, validReceiptsOfBatch, voidRow, type PaymentRow } from './payments.data';
import { listPayments, requireTakenIn } from './payments.service';

export function recordHolding(call: CallContext, input: z.output<typeof holdingRecordInput>): FilePayments {
  const inst = requireInstallation(call.core);
  const file = fileOfUnit(call, input.caseFileId);
  requireOpenFile(file, '登记代为保管的工资');
  requirePlaceOnFile(call, file.id, '登记代为保管的工资');
  requireTakenIn(call, file.id, '登记代为保管的工资');
  const today = dateKeyOf(call.core.clock.now());
  const problems: Record<string, string> = {};
  if (!(input.amountFen > 0)) problems.amountFen = '代为保管的金额必须大于0';
  if (input.heldSince > today) problems.heldSince = `保管起始日期（${input.heldSince}）不能晚于今天（${today}）`;
  if (Object.keys(problems).length > 0) throw invalid(problems);
  const worker = caseWorkers(call, file.id).workers.find((w) => w.personId === input.personId);
  if (!worker) throw invalid({ personId: '该劳动者不是本案的投诉人' });
  tx(writeContext(call), (w) => {
    const id = newId(w.now);
    insertHolding(w.prepare, { id, unitId: inst.unitId, caseFileId: file.id, personId: worker.personId, amountFen: input.amountFen, payerKind: input.payerKind, payerName: input.payerName, holder: input.holder, heldSince: input.heldSince, note: input.note, by: w.actorStaffId!, now: w.now });
    w.caseEvent({
      caseFileId: file.id,
      kind: 'wage.held',
      summary: `${worker.name}下落不明：${PAYER_KIND.label(input.payerKind)}（${input.payerName}）支付的 ${formatYuan(input.amountFen)} 自 ${input.heldSince} 起由${input.holder}代为保管，待本人领取`,
      data: { holdingId: id, personId: worker.personId, amountFen: input.amountFen },
    });
    w.audit({ action: 'wageHold', entity: 'caseFile', entityId: file.id, change: { holdingId: id, personId: worker.personId, amountFen: input.amountFen, payerKind: input.payerKind, payerName: input.payerName, holder: input.holder, heldSince: input.heldSince } });
    w.changed('caseFile', file.id);
  });
  return listPayments(call, file.id);
}

export function recordRecovery(call: CallContext, input: z.output<typeof recoveryRecordInput>): FilePayments {
  const inst = requireInstallation(call.core);
  const file = fileOfUnit(call, input.caseFileId);
  requireOpenFile(file, '登记应急周转金追回');
  requirePlaceOnFile(call, file.id, '登记应急周转金追回');
  requireTakenIn(call, file.id, '登记应急周转金追回');
  const today = dateKeyOf(call.core.clock.now());
  const problems: Record<string, string> = {};
  if (!(input.amountFen > 0)) problems.amountFen = '追回金额必须大于0';
  if (input.recoveredOn > today) problems.recoveredOn = `追回日期（${input.recoveredOn}）不能晚于今天（${today}）`;
  if (Object.keys(problems).length > 0) throw invalid(problems);
  const before = listPayments(call, file.id).advance;
  if (before.advancedFen === 0) throw invalid({ amountFen: '本案卷没有应急周转金垫付记录，无需追回' });
  tx(writeContext(call), (w) => {
    const id = newId(w.now);
    insertRecovery(w.prepare, { id, unitId: inst.unitId, caseFileId: file.id, amountFen: input.amountFen, recoveredOn: input.recoveredOn, fromName: input.fromName, note: input.note, by: w.actorStaffId!, now: w.now });
    const left = recoveryBalance(before.advancedFen, before.recoveredFen + input.amountFen);
    w.caseEvent({
      caseFileId: file.id,
      kind: 'advance.recovered',
      summary: `应急周转金追回：${input.recoveredOn} 从${input.fromName}追回 ${formatYuan(input.amountFen)}，尚待追回 ${formatYuan(left.outstandingFen)}（《保障农民工工资支付条例》第六十三条）`,
      data: { recoveryId: id, amountFen: input.amountFen },
    });
    w.audit({ action: 'advanceRecover', entity: 'caseFile', entityId: file.id, change: { recoveryId: id, amountFen: input.amountFen, recoveredOn: input.recoveredOn, fromName: input.fromName } });
    w.changed('caseFile', file.id);
  });
  return listPayments(call, file.id);
}

export function voidPaymentRecord(call: CallContext, input: z.output<typeof paymentVoidInput>): FilePayments {
  const inst = requireInstallation(call.core);
  const prepare = call.core.prepare;
  const row =
    input.what === 'payment' ? paymentById(prepare, input.id) : input.what === 'holding' ? holdingById(prepare, input.id) : recoveryById(prepare, input.id);
  if (!row || row.unit_id !== inst.unitId) throw notFound('该记录');
  const file = fileOfUnit(call, row.case_file_id);
  requireOpenFile(file, '作废支付记录');
  requirePlaceOnFile(call, file.id, '作废支付记录');
  if (row.status === 'void') throw new ServiceError('CONFLICT', '该记录已经作废');
  tx(writeContext(call), (w) => {
    let summary: string;
    if (input.what === 'payment') {
      const p = row as PaymentRow;
      // A batch's receipts stand on it: they are voided first, each with its own reason.
      if (p.kind === 'batch' && validReceiptsOfBatch(w.prepare, p.id) > 0) throw new ServiceError('CONFLICT', '这笔转交款已有劳动者签收；请先逐笔作废签收记录，再作废转交款');
      if (!voidRow(w.prepare, 'wage_payments', p.id, input.reason, w.actorStaffId!, w.now)) throw conflict('该支付记录');
      summary = `作废支付记录（${p.kind === 'batch' ? `转交款 ${p.intermediary_name ?? ''}` : (p.person_name ?? '')} ${formatYuan(p.amount_fen)} ${p.paid_on}）：${input.reason}`;
    } else if (input.what === 'holding') {
      const h = row as NonNullable<ReturnType<typeof holdingById>>;
      if (h.paid_out_by) throw new ServiceError('CONFLICT', '该笔代为保管的工资已经发放；请先作废发放记录');
      if (!voidRow(w.prepare, 'wage_holdings', h.id, input.reason, w.actorStaffId!, w.now)) throw conflict('该记录');
      summary = `作废代为保管的工资记录（${h.person_name} ${formatYuan(h.amount_fen)}）：${input.reason}`;
    } else {
      const r = row as NonNullable<ReturnType<typeof recoveryById>>;
      if (!voidRow(w.prepare, 'advance_recoveries', r.id, input.reason, w.actorStaffId!, w.now)) throw conflict('该记录');
      summary = `作废应急周转金追回记录（${r.recovered_on} ${formatYuan(r.amount_fen)}）：${input.reason}`;
    }
    w.caseEvent({ caseFileId: file.id, kind: 'payment.voided', summary, data: { what: input.what, id: input.id } });
    const action = input.what === 'payment' ? 'paymentVoid' : input.what === 'holding' ? 'wageHoldVoid' : 'advanceRecoverVoid';
    w.audit({ action, entity: 'caseFile', entityId: file.id, change: { id: input.id, reason: input.reason } });
    w.changed('caseFile', file.id);
  });
  return listPayments(call, file.id);
}

export function viewPaymentScan(call: CallContext, input: z.output<typeof paymentScanViewInput>): { mime: string; fileName: string | null; contentBase64: string } {
  const inst = requireInstallation(call.core);
  const scan = scanFile(call.core.prepare, input.scanId);
  if (!scan || scan.unitId !== inst.unitId) throw notFound('该支付凭证');
  const bytes = readStoredFile(call.core.config.paths.files, scan.sha256);
  tx(writeContext(call), (w) => {
    w.audit({ action: 'paymentScanView', entity: 'caseFile', entityId: scan.caseFileId, change: { scanId: input.scanId, paymentId: scan.paymentId } });
  });
  return { mime: scan.mime, fileName: scan.fileName, contentBase64: bytes.toString('base64') };
}
