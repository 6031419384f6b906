// 调取证据通知书 of a filed inspection (监察条例 Art. 15(3)(4)): issued as a document and served through 送达; its return
// recorded once — the day, each line received (its file added to the case file's evidence list) or not.
import { z } from 'zod';
import { EVIDENCE_FORM, MAX_EVIDENCE_BYTES } from '../domain/evidence';
import { documentRecord } from './documents';
import { staffRef } from './intakes';
import { dateKey, entityId, instant, nameText, nullable, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const evidenceRequestRecord = z.object({
  id: entityId,
  proceedingId: entityId,
  addresseeName: z.string(),
  items: z.array(z.string()),
  dueDate: z.string(),
  place: z.string(),
  documentId: entityId.nullable(),
  documentNumber: z.string().nullable(),
  createdBy: staffRef,
  createdAt: instant,
  /** Past its day with no return recorded. */
  overdue: z.boolean(),
  returned: z
    .object({
      on: z.string(),
      lines: z.array(z.object({ received: z.boolean(), evidenceId: entityId.nullable(), evidenceSeq: z.number().int().nullable() })),
      note: z.string().nullable(),
      by: staffRef,
      at: instant,
    })
    .nullable(),
});
export type EvidenceRequestRecord = z.infer<typeof evidenceRequestRecord>;

export const fileEvidenceRequests = z.object({ caseFileId: entityId, mayAct: z.boolean(), requests: z.array(evidenceRequestRecord) });
export type FileEvidenceRequests = z.infer<typeof fileEvidenceRequests>;

export const evidenceRequestListInput = z.object({ caseFileId: entityId });

export const evidenceRequestInput = z.object({
  proceedingId: entityId,
  addresseeId: nullable(entityId),
  addresseeName: nameText('被调取单位（人）', 80),
  items: z
    .array(z.string().trim().max(100, '每项证据材料不超过100字'))
    .max(20, '调取的证据材料最多20项')
    .transform((xs) => xs.filter((x) => x !== '')),
  dueDate: dateKey('提供期限'),
  place: text('提供地点', 120),
  contactPhone: optionalText('联系电话', 30),
});
export type EvidenceRequestInput = z.input<typeof evidenceRequestInput>;

export const evidenceReturnInput = z.object({
  id: entityId,
  returnedOn: dateKey('收到日期'),
  /** One per line of the notice, in order: received with its file, or not received. */
  lines: z.array(
    z.object({
      received: z.boolean(),
      file: nullable(
        z.object({
          fileName: text('文件名', 200),
          form: z.enum(EVIDENCE_FORM.values, { error: '请选择原件或复印件' }),
          pages: nullable(z.number().int('页数必须是整数').min(1, '页数至少为 1').max(10_000, '页数过大')),
          contentBase64: z.string().min(1, '文件为空').max(Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 4, `文件不能超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`),
        }),
      ),
    }),
  ),
  note: optionalText('说明', 500),
});
export type EvidenceReturnInput = z.input<typeof evidenceReturnInput>;

export const evidenceRequestChannels = {
  'evidenceRequest.list': q(evidenceRequestListInput, fileEvidenceRequests, 'document.read'),
  /** Records a 调取证据通知书 and issues its document. */
  'evidenceRequest.issue': m(evidenceRequestInput, documentRecord, 'proceeding.act'),
  /** Records what came back (once); the lines received go into the evidence list. */
  'evidenceRequest.recordReturn': m(evidenceReturnInput, evidenceRequestRecord, 'proceeding.act'),
} as const satisfies ChannelTable;
