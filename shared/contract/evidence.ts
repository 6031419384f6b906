// A case file's attachments and evidence (证据目录), and its workers with the amounts owed, paid and outstanding.
// Evidence is kept in the content-addressed file store; an item put in by mistake is withdrawn with the reason,
// never deleted. Listing needs only the file (case.read); the file's bytes leave the core as a document does
// (document.read), and every view is on the audit trail; adding, withdrawing and correcting an amount owed is
// casework on the file (proceeding.act and a place on the file's team).
import { z } from 'zod';
import { EVIDENCE_FORM, EVIDENCE_KIND, EVIDENCE_MIME, EVIDENCE_STATUS, EVIDENCE_SUBMITTER, MAX_EVIDENCE_BYTES } from '../domain/evidence';
import { staffRef } from './intakes';
import { dateKey, entityId, fen, instant, optionalText, reasonText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const evidenceItem = z.object({
  id: entityId,
  caseFileId: entityId,
  /** 证据序号 within the file, in the order received: never reused, a withdrawn item keeps its number. */
  seq: z.number().int(),
  proceedingId: entityId.nullable(),
  title: z.string(),
  kind: z.enum(EVIDENCE_KIND.values),
  submitter: z.enum(EVIDENCE_SUBMITTER.values),
  /** The worker (a person) or the party who submitted it; null when the bureau collected it. */
  submitterId: entityId.nullable(),
  submitterName: z.string().nullable(),
  purpose: z.string(),
  form: z.enum(EVIDENCE_FORM.values),
  source: z.string().nullable(),
  pages: z.number().int().nullable(),
  receivedDate: z.string(),
  fileName: z.string(),
  mime: z.enum(EVIDENCE_MIME),
  bytes: z.number().int(),
  addedBy: staffRef,
  addedAt: instant,
  status: z.enum(EVIDENCE_STATUS.values),
  withdrawnReason: z.string().nullable(),
  withdrawnBy: staffRef.nullable(),
  withdrawnAt: instant.nullable(),
});
export type EvidenceItem = z.infer<typeof evidenceItem>;

/** Who may be named as the submitter: the file's workers and its parties, with their ids. */
export const evidenceSubmitterOption = z.object({ submitter: z.enum(['worker', 'party']), id: entityId, name: z.string() });

export const caseEvidence = z.object({
  caseFileId: entityId,
  /** Whether the caller may add and withdraw (the step permission and a place on the file; an open file). */
  mayAdd: z.boolean(),
  /** Whether the caller may open the files (document.read). */
  mayView: z.boolean(),
  items: z.array(evidenceItem),
  submitters: z.array(evidenceSubmitterOption),
  proceedings: z.array(z.object({ id: entityId, label: z.string() })),
});
export type CaseEvidence = z.infer<typeof caseEvidence>;

export const evidenceAddInput = z.object({
  caseFileId: entityId,
  proceedingId: entityId.nullable().optional().transform((v) => v ?? null),
  title: text('证据名称', 100),
  kind: z.enum(EVIDENCE_KIND.values, { error: '请选择证据种类' }),
  submitter: z.enum(EVIDENCE_SUBMITTER.values, { error: '请选择提交人' }),
  submitterId: entityId.nullable().optional().transform((v) => v ?? null),
  purpose: text('证明目的', 500),
  form: z.enum(EVIDENCE_FORM.values, { error: '请选择原件或复印件' }),
  source: optionalText('来源', 200),
  pages: z.number({ error: '页数必须是数字' }).int('页数必须是整数').min(1, '页数至少为 1').max(10_000, '页数过大').nullable().optional().transform((v) => v ?? null),
  receivedDate: dateKey('收到日期'),
  fileName: text('文件名', 200),
  contentBase64: z
    .string({ error: '请选择要上传的文件' })
    .min(1, '文件为空')
    .max(Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 4, `文件不能超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB，请分册扫描或降低分辨率后再上传`),
});
export type EvidenceAddInput = z.input<typeof evidenceAddInput>;

export const evidenceWithdrawInput = z.object({ id: entityId, reason: reasonText('撤回理由', { example: '误传了其他案件的材料' }) });

export const evidenceFileInput = z.object({ id: entityId });
export const evidenceFile = z.object({ fileName: z.string(), mime: z.enum(EVIDENCE_MIME), contentBase64: z.string() });
export type EvidenceFile = z.infer<typeof evidenceFile>;

/** The 证据目录 as an XLSX workbook. */
export const evidenceCatalogue = z.object({
  fileName: z.string(),
  mime: z.literal('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  contentBase64: z.string(),
});
export type EvidenceCatalogue = z.infer<typeof evidenceCatalogue>;

// ---- The workers owed, paid and outstanding ----

export const owedCorrection = z.object({
  fromFen: fen().nullable(),
  toFen: fen(),
  reason: z.string(),
  by: staffRef,
  at: instant,
});

export const caseWorker = z.object({
  personId: entityId,
  name: z.string(),
  isRepresentative: z.boolean(),
  /** The intake(s) that name the worker (登记号). */
  intakes: z.array(z.string()),
  /** As claimed at intake (the latest intake that states an amount); null when none stated one. */
  claimedFen: fen().nullable(),
  owedFen: fen().nullable(),
  paidFen: fen(),
  outstandingFen: fen().nullable(),
  overpaidFen: fen(),
  /** No payment is recorded for this worker yet. */
  noPayments: z.boolean(),
  corrections: z.array(owedCorrection),
});
export type CaseWorker = z.infer<typeof caseWorker>;

export const caseWorkers = z.object({
  caseFileId: entityId,
  mayCorrect: z.boolean(),
  workers: z.array(caseWorker),
  totals: z.object({ owedFen: fen(), paidFen: fen(), outstandingFen: fen(), unknownCount: z.number().int() }),
  /** Workers the intakes counted beyond those named (a group's count exceeds the names given). */
  unnamedCount: z.number().int(),
  /** Workers named at 举报 intakes are not listed: the reporter's identity is confidential (监察条例 Art. 9). */
  hiddenReporters: z.boolean(),
});
export type CaseWorkers = z.infer<typeof caseWorkers>;

export const correctOwedInput = z.object({
  caseFileId: entityId,
  personId: entityId,
  amountFen: fen('欠薪金额'),
  reason: reasonText('更正理由', { example: '经核对考勤和工资表，实欠 9 个月工资' }),
});

const byFile = z.object({ caseFileId: entityId });

export const evidenceChannels = {
  'evidence.list': q(byFile, caseEvidence, 'case.read'),
  'evidence.add': m(evidenceAddInput, evidenceItem, 'proceeding.act'),
  /** The stored file, checked against its hash, after the view is on the audit trail. */
  'evidence.file': m(evidenceFileInput, evidenceFile, 'document.read'),
  'evidence.withdraw': m(evidenceWithdrawInput, evidenceItem, 'proceeding.act'),
  /** The list as XLSX, the export on the audit trail. */
  'evidence.export': m(byFile, evidenceCatalogue, 'document.read'),
  'caseWorkers.get': q(byFile, caseWorkers, 'case.read'),
  'caseWorkers.correctOwed': m(correctOwedInput, caseWorkers, 'proceeding.act'),
} as const satisfies ChannelTable;
