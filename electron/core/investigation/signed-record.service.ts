// Finalising a record signed on paper and appending a correction to it — the same two writes for the 询问笔录 and the
// 现场检查笔录 (signed-record.data.ts): the row changes only at the version the person read, and the write, its line on
// the case's timeline and its audit row commit together. The callers check what their own kind needs first.
import type { CallContext } from '../kernel/context';
import { conflict, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { tx, writeContext } from '../kernel/tx';
import type { ProceedingRow } from '../proceedings/proceedings.data';
import { finaliseSignedDraft, insertSignedCorrection, type SignedRecordKind } from './signed-record.data';

/** What a signed record's write puts on the timeline and in the audit trail. */
export interface SignedRecordWrite {
  event: { kind: string; summary: string; data: Record<string, unknown> };
  audit: { action: string; entity: string; change: Record<string, unknown> };
}

/** '该询问笔录' — the record named in a conflict's message. */
type Named = { id: string; status: 'draft' | 'final'; label: string };

export function finaliseSigned(call: CallContext, k: SignedRecordKind, r: Named, p: ProceedingRow, rowVersion: number, write: SignedRecordWrite): void {
  tx(writeContext(call), (w) => {
    if (!finaliseSignedDraft(w.prepare, k, r.id, rowVersion, w.actorStaffId!, w.now)) throw conflict(`该${r.label}`);
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, ...write.event });
    w.audit({ ...write.audit, entityId: r.id });
    w.changed('caseFile', p.caseFileId);
  });
}

/** Appends a correction with its reason to a finalised record; a draft is corrected by editing it. */
export function correctSigned(call: CallContext, k: SignedRecordKind, r: Named, p: ProceedingRow, input: { text: string; reason: string }, write: (correctionId: string) => SignedRecordWrite): void {
  if (r.status !== 'final') throw new ServiceError('CONFLICT', '笔录尚未定稿，请直接修改草稿');
  tx(writeContext(call), (w) => {
    const correctionId = newId(w.now);
    insertSignedCorrection(w.prepare, k, { id: correctionId, recordId: r.id, text: input.text, reason: input.reason, createdBy: w.actorStaffId!, createdAt: w.now });
    const { event, audit } = write(correctionId);
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, ...event });
    w.audit({ ...audit, entityId: r.id });
    w.changed('caseFile', p.caseFileId);
  });
}
