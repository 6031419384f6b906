// A case file's evidence (证据目录). An item is a file in the content-addressed store — a photo (JPG, PNG) or a PDF, its
// type read from its bytes, never from its name — and a row saying what it is, its statutory kind (民事诉讼法 Art. 66;
// 行政诉讼法 Art. 33), who submitted it, what it is to prove, whether the original was seen, where it came from, its
// pages and the day received. Adding and withdrawing are casework on the file (its team, leader or department head);
// a wrong item is withdrawn with the reason, never deleted — the row and the stored file stay, so backups keep it and
// the orphan sweep never touches it. Every opening of a file is on the audit trail.
import type { z } from 'zod';
import type { CaseEvidence, EvidenceFile, evidenceAddInput, EvidenceItem, evidenceWithdrawInput } from '../../../shared/contract/evidence';
import { EVIDENCE_KIND, EVIDENCE_SUBMITTER, type EvidenceMime } from '../../../shared/domain/evidence';
import { dateKeyOf } from '../../../shared/domain/time';
import { PROCEEDING_KIND, type ProceedingKind } from '../../../shared/domain/vocabulary';
import { putFile, readStoredFile, recordFile, sha256 } from '../files/file-store';
import { sniffImage } from '../files/images';
import { isPdf, sniffPdf } from '../files/pdf';
import { callerOf, fileOfUnit, mayActOn, requireOpenFile, requirePlaceOnFile } from '../incidents/access';
import type { CallContext } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { tx, writeContext } from '../kernel/tx';
import { callerCan } from '../session/session.service';
import {
  currentWithHash,
  evidenceOfFile,
  findEvidence,
  insertEvidence,
  markWithdrawn,
  partiesNamedOnFile,
  proceedingsOfFile,
  workerClaimsOfFile,
  type EvidenceRow,
} from './evidence.data';

/** Above this (1 亿像素) a picture costs the screen hundreds of megabytes to decode; a 50 MP phone photo passes. */
const MAX_PIXELS = 100_000_000;

function toItem(r: EvidenceRow): EvidenceItem {
  return {
    id: r.id,
    caseFileId: r.case_file_id,
    seq: r.seq,
    proceedingId: r.proceeding_id,
    title: r.title,
    kind: r.kind,
    submitter: r.submitter,
    submitterId: r.person_id ?? r.party_id,
    submitterName: r.submitter_name,
    purpose: r.purpose,
    form: r.form,
    source: r.source,
    pages: r.pages,
    receivedDate: r.received_date,
    fileName: r.file_name,
    mime: r.mime,
    bytes: r.bytes,
    addedBy: { id: r.created_by, name: r.created_by_name },
    addedAt: r.created_at,
    status: r.status,
    withdrawnReason: r.withdrawn_reason,
    withdrawnBy: r.withdrawn_by ? { id: r.withdrawn_by, name: r.withdrawn_by_name ?? '' } : null,
    withdrawnAt: r.withdrawn_at,
  };
}

/** What the bytes are, or why they cannot be kept as evidence. */
export function sniffEvidence(bytes: Buffer): { ok: true; mime: EvidenceMime } | { ok: false; reason: string } {
  if (isPdf(bytes)) return sniffPdf(bytes);
  const image = sniffImage(bytes);
  if (image.ok) {
    const { width, height } = image.info;
    if (width * height > MAX_PIXELS) return { ok: false, reason: `照片像素过大（${width}×${height} 像素），请用手机的常规拍照模式，或缩小到 1 亿像素以内后再上传` };
    return { ok: true, mime: image.info.mime };
  }
  // The picture checker speaks of identity photos; what it found wrong with a real JPG or PNG (cut short, damaged) stands.
  if (/HEIC|不完整|已损坏/.test(image.reason)) return image;
  return { ok: false, reason: '只能上传 JPG、PNG 格式的照片或扫描件，或 PDF 文件（Word、压缩包等请先转为 PDF）' };
}

function proceedingLabel(p: { kind: string; number: string | null }): string {
  return `${PROCEEDING_KIND.label(p.kind as ProceedingKind)}${p.number ? ` ${p.number}` : ''}`;
}

/** The people who may be named as having submitted an item: the file's workers, then its parties. */
function submittersOf(call: CallContext, caseFileId: string): CaseEvidence['submitters'] {
  const workers = new Map<string, string>();
  for (const w of workerClaimsOfFile(call.core.prepare, caseFileId)) workers.set(w.person_id, w.name);
  return [
    ...[...workers].map(([id, name]) => ({ submitter: 'worker' as const, id, name })),
    ...partiesNamedOnFile(call.core.prepare, caseFileId).map((p) => ({ submitter: 'party' as const, id: p.id, name: p.name })),
  ];
}

export function caseEvidence(call: CallContext, caseFileId: string): CaseEvidence {
  const file = fileOfUnit(call, caseFileId);
  return {
    caseFileId: file.id,
    mayAdd: file.status === 'open' && mayActOn(call, callerOf(call), file.id),
    mayView: callerCan(call, 'document.read'),
    items: evidenceOfFile(call.core.prepare, file.id).map(toItem),
    submitters: submittersOf(call, file.id),
    proceedings: proceedingsOfFile(call.core.prepare, file.id).map((p) => ({ id: p.id, label: proceedingLabel(p) })),
  };
}

export function addEvidence(call: CallContext, input: z.output<typeof evidenceAddInput>): EvidenceItem {
  const core = call.core;
  const file = fileOfUnit(call, input.caseFileId);
  requireOpenFile(file, '添加证据');
  requirePlaceOnFile(call, file.id, '添加证据');
  const today = dateKeyOf(core.clock.now());
  if (input.receivedDate > today) throw invalid({ receivedDate: `收到日期不能晚于今天（${today}）` });
  if (input.proceedingId !== null && !proceedingsOfFile(core.prepare, file.id).some((p) => p.id === input.proceedingId)) {
    throw invalid({ proceedingId: '该程序不属于本案卷' });
  }
  let personId: string | null = null;
  let partyId: string | null = null;
  if (input.submitter === 'bureau') {
    if (input.submitterId !== null) throw invalid({ submitterId: '本局调查收集的证据不填写提交人' });
  } else {
    const named = submittersOf(call, file.id).find((s) => s.submitter === input.submitter && s.id === input.submitterId);
    if (!named) throw invalid({ submitterId: input.submitter === 'worker' ? '请选择提交证据的投诉人（须是本案的投诉人）' : '请选择提交证据的被投诉方（须是本案的当事人）' });
    if (input.submitter === 'worker') personId = named.id;
    else partyId = named.id;
  }
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw invalid({ contentBase64: '文件为空' }, '文件为空');
  const sniff = sniffEvidence(bytes);
  if (!sniff.ok) throw invalid({ contentBase64: sniff.reason }, sniff.reason);
  const hash = sha256(bytes);
  const same = currentWithHash(core.prepare, file.id, hash);
  if (same) throw new ServiceError('CONFLICT', `这个文件已经作为第 ${same.seq} 号证据“${same.title}”在卷，不必重复上传`);
  // The file is on disk and synced before the row that names it commits.
  putFile(core.config.paths.files, bytes);
  const id = tx(writeContext(call), (w) => {
    // Two clerks uploading the same scan at once: the second is told, as if it came a moment later.
    const meanwhile = currentWithHash(w.prepare, file.id, hash);
    if (meanwhile) throw new ServiceError('CONFLICT', `这个文件已经作为第 ${meanwhile.seq} 号证据“${meanwhile.title}”在卷，不必重复上传`);
    recordFile(w, hash, bytes.length, sniff.mime);
    const { id: itemId, seq } = insertEvidence(w.prepare, {
      unitId: file.unit_id,
      caseFileId: file.id,
      proceedingId: input.proceedingId,
      title: input.title,
      kind: input.kind,
      submitter: input.submitter,
      personId,
      partyId,
      purpose: input.purpose,
      form: input.form,
      source: input.source,
      pages: input.pages,
      receivedDate: input.receivedDate,
      fileName: input.fileName,
      sha: hash,
      by: w.actorStaffId!,
      now: w.now,
    });
    const who = input.submitter === 'bureau' ? EVIDENCE_SUBMITTER.label('bureau') : `${submittersOf(call, file.id).find((s) => s.id === input.submitterId)?.name ?? ''}提交`;
    w.caseEvent({
      caseFileId: file.id,
      proceedingId: input.proceedingId,
      kind: 'evidence.added',
      summary: `收到证据第 ${seq} 号：${input.title}（${EVIDENCE_KIND.label(input.kind)}，${who}，${input.receivedDate}）`,
      data: { evidenceId: itemId, seq },
    });
    const { contentBase64: _content, ...fields } = input;
    w.audit({ action: 'evidenceAdd', entity: 'evidence', entityId: itemId, change: { ...fields, seq, sha256: hash, bytes: bytes.length, mime: sniff.mime } });
    w.changed('caseFile', file.id);
    return itemId;
  });
  return toItem(findEvidence(core.prepare, id)!);
}

/** The item, if it is in a file of this unit. */
function itemOfUnit(call: CallContext, id: string): EvidenceRow {
  const row = findEvidence(call.core.prepare, id);
  if (!row) throw notFound('该证据');
  fileOfUnit(call, row.case_file_id);
  return row;
}

export function evidenceFile(call: CallContext, id: string): EvidenceFile {
  const row = itemOfUnit(call, id);
  // Read (and check) the file first, so a view is recorded only when a file is actually handed out.
  const bytes = readStoredFile(call.core.config.paths.files, row.file_sha256);
  tx(writeContext(call), (w) => {
    w.audit({ action: 'evidenceView', entity: 'evidence', entityId: row.id, change: { caseFileId: row.case_file_id, seq: row.seq } });
  });
  return { fileName: row.file_name, mime: row.mime, contentBase64: bytes.toString('base64') };
}

export function withdrawEvidence(call: CallContext, input: z.output<typeof evidenceWithdrawInput>): EvidenceItem {
  const row = itemOfUnit(call, input.id);
  const file = fileOfUnit(call, row.case_file_id);
  requireOpenFile(file, '撤回证据');
  requirePlaceOnFile(call, file.id, '撤回证据');
  if (row.status === 'withdrawn') throw new ServiceError('CONFLICT', '该证据已经撤回');
  tx(writeContext(call), (w) => {
    // Someone else withdrew it a moment ago.
    if (!markWithdrawn(w.prepare, row.id, input.reason, w.actorStaffId!, w.now)) throw new ServiceError('CONFLICT', '该证据已经撤回');
    w.caseEvent({
      caseFileId: file.id,
      proceedingId: row.proceeding_id,
      kind: 'evidence.withdrawn',
      summary: `撤回证据第 ${row.seq} 号：${row.title}。理由：${input.reason}（文件仍保存在卷）`,
      data: { evidenceId: row.id, seq: row.seq },
    });
    w.audit({ action: 'evidenceWithdraw', entity: 'evidence', entityId: row.id, change: { caseFileId: file.id, seq: row.seq, reason: input.reason } });
    w.changed('caseFile', file.id);
  });
  return toItem(findEvidence(call.core.prepare, row.id)!);
}
