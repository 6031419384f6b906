// Closing a case file (办结) when its last proceeding closes — and only when every worker's money is accounted for
// (shared/domain/case-file-closing.ts): applied in the same transaction as every proceeding step and payment record
// that could settle it, recorded on the timeline and the audit trail with the date. A file whose proceeding is opened
// again (a new proceeding, or a closed one taken up again, e.g. 申请复议 after 公安不予立案) is reopened the same way.
import { fileClosingBlockers } from '../../../shared/domain/case-file-closing';
import { instalmentStanding } from '../../../shared/domain/mediation-agreement';
import { proceedingDefinition, proceedingStatusLabel } from '../../../shared/domain/proceedings';
import { dateKeyOf } from '../../../shared/domain/time';
import { PROCEEDING_KIND, type ProceedingKind } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { countedByInstalment } from '../mediation/mediation-agreement.service';
import { instalmentsOfFile, linkedPaymentsOfFile } from '../mediation/mediation.data';
import { listPayments } from '../payments/payments.service';
import { closingFileOf, proceedingStatesOfFile, setFileClosed, setFileReopened } from './file-closing.data';

const isClosed = (p: { kind: string; status: string }) => proceedingDefinition(p.kind as ProceedingKind).closed.includes(p.status);

/** Why the file is not 办结 yet (empty when it may close): open proceedings, workers still owed, instalments owed. */
export function closingBlockers(call: CallContext, caseFileId: string): string[] {
  const prepare = call.core.prepare;
  const today = dateKeyOf(call.core.clock.now());
  const proceedings = proceedingStatesOfFile(prepare, caseFileId).map((p) => {
    const kind = p.kind as ProceedingKind;
    return { label: PROCEEDING_KIND.label(kind), statusLabel: proceedingStatusLabel(kind, p.status), closed: proceedingDefinition(kind).closed.includes(p.status) };
  });
  const workers = listPayments(call, caseFileId).workers.map((w) => ({ name: w.name, outstandingFen: w.outstandingFen, heldFen: w.heldFen, pendingFen: w.pendingFen }));
  const counted = countedByInstalment(linkedPaymentsOfFile(prepare, caseFileId));
  const instalments = instalmentsOfFile(prepare, caseFileId).map((i) => ({
    seq: i.seq,
    personName: i.person_name,
    dueOn: i.due_on,
    leftFen: instalmentStanding({ dueOn: i.due_on, amountFen: i.amount_fen }, counted.get(i.id) ?? 0, today).leftFen,
  }));
  return fileClosingBlockers({ proceedings, workers, instalments });
}

/**
 * Brings the file's state in line with the rule after a change: closes an open file that may now close, reopens a
 * closed one whose proceeding is open again. An anonymised file is never touched.
 */
export function settleCaseFile(call: CallContext, w: TxWriter, caseFileId: string): void {
  const file = closingFileOf(w.prepare, caseFileId);
  if (!file || file.anonymised_at !== null) return;
  const today = dateKeyOf(w.now);
  if (file.status === 'open') {
    if (closingBlockers(call, caseFileId).length > 0) return;
    setFileClosed(w.prepare, caseFileId, w.now);
    w.caseEvent({ caseFileId, kind: 'caseFile.closed', summary: `${today} 案卷办结：各程序均已结束，劳动者工资均已支付或落实`, data: { date: today } });
    w.audit({ action: 'caseFileClose', entity: 'caseFile', entityId: caseFileId, change: { status: { from: 'open', to: 'closed' }, date: today } });
    w.changed('caseFile', caseFileId);
    return;
  }
  reopenIfTakenUp(w, caseFileId);
}

/** Reopens a closed file whose proceeding is open again (a new proceeding, or a closed one taken up again). */
export function reopenIfTakenUp(w: TxWriter, caseFileId: string): void {
  const file = closingFileOf(w.prepare, caseFileId);
  if (!file || file.status !== 'closed' || file.anonymised_at !== null) return;
  const today = dateKeyOf(w.now);
  const reopened = proceedingStatesOfFile(w.prepare, caseFileId).find((p) => !isClosed(p));
  if (!reopened) return;
  const kind = reopened.kind as ProceedingKind;
  setFileReopened(w.prepare, caseFileId, w.now);
  w.caseEvent({
    caseFileId,
    proceedingId: reopened.id,
    kind: 'caseFile.reopened',
    summary: `${today} 案卷重新办理：${PROCEEDING_KIND.label(kind)}（${proceedingStatusLabel(kind, reopened.status)}）`,
    data: { date: today, proceedingId: reopened.id },
  });
  w.audit({ action: 'caseFileReopen', entity: 'caseFile', entityId: caseFileId, change: { status: { from: 'closed', to: 'open' }, date: today, proceedingId: reopened.id } });
  w.changed('caseFile', caseFileId);
}

/**
 * For the payments feature's handlers (the payments service cannot import this module without a cycle): settles
 * the file right after a payment or a holding is recorded; returns whether its state changed.
 */
export function settleCaseFileNow(call: CallContext, caseFileId: string): boolean {
  const file = closingFileOf(call.core.prepare, caseFileId);
  if (!file || file.anonymised_at !== null) return false;
  const due = file.status === 'open' ? closingBlockers(call, caseFileId).length === 0 : proceedingStatesOfFile(call.core.prepare, caseFileId).some((p) => !isClosed(p));
  // A write without an audit row is refused (kernel/tx.ts): the transaction runs only when the file's state changes.
  if (!due) return false;
  tx(writeContext(call), (w) => settleCaseFile(call, w, caseFileId));
  return true;
}
