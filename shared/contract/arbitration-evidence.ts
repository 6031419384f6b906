// The parties' evidence in an arbitration case (证据目录): each party's items with what they are to prove, whether
// the original was seen, the day submitted — marked 逾期提交 after the 举证期限, not refused (办案规则 Art. 15) — and
// the other side's 质证意见 on 真实性, 合法性 and 关联性; the 证据目录 printed per party.
import { z } from 'zod';
import { documentRecord } from './documents';
import { dateKey, entityId, nameText, nullable, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

const opinion = z.enum(['accepted', 'disputed'], { error: '请选择认可或不认可' });

export const evidenceItemView = z.object({
  id: entityId,
  partyId: entityId,
  seq: z.number().int(),
  title: z.string(),
  source: z.string().nullable(),
  purpose: z.string(),
  copies: z.number().int().nullable(),
  originalSeen: z.boolean(),
  submittedOn: dateKey(),
  periodEnd: z.string().nullable(),
  late: z.boolean(),
  opinion: z
    .object({ authenticity: opinion, legality: opinion, relevance: opinion, text: z.string().nullable(), by: z.string(), on: dateKey() })
    .nullable(),
  rowVersion: z.number().int(),
});
export type EvidenceItemView = z.infer<typeof evidenceItemView>;

export const caseEvidence = z.object({
  caseFileId: entityId,
  proceedingId: entityId.nullable(),
  /** The 举证期限's last day as the tribunal last set it, or null. */
  periodEnd: z.string().nullable(),
  parties: z.array(z.object({ partyId: entityId, name: z.string(), side: z.enum(['applicant', 'respondent']), items: z.array(evidenceItemView) })),
});
export type CaseEvidence = z.infer<typeof caseEvidence>;

export const evidenceListInput = z.object({ caseFileId: entityId });
export const evidenceAddInput = z.object({
  proceedingId: entityId,
  partyId: z.string({ error: '请选择提交证据的当事人' }).min(1, '请选择提交证据的当事人').max(64),
  title: text('证据名称', 120),
  source: optionalText('证据来源', 120),
  purpose: text('证明目的', 1000),
  copies: nullable(z.number({ error: '页数应为整数' }).int('页数应为整数').min(1, '页数至少为1').max(9999, '页数不能超过9999')),
  originalSeen: z.boolean({ error: '请选择是否已核对原件' }),
  submittedOn: dateKey('提交日期'),
});
export type EvidenceAddInput = z.input<typeof evidenceAddInput>;
export const evidenceAdded = z.object({ item: evidenceItemView, warning: z.string().nullable() });

export const evidenceOpinionInput = z.object({
  id: entityId,
  rowVersion: z.number().int(),
  authenticity: opinion,
  legality: opinion,
  relevance: opinion,
  text: optionalText('质证理由', 2000),
  by: nameText('发表质证意见的当事人或代理人', 80),
  on: dateKey('质证日期'),
});
export type EvidenceOpinionInput = z.input<typeof evidenceOpinionInput>;
export const evidencePrintInput = z.object({ proceedingId: entityId, partyId: entityId });

export const arbitrationEvidenceChannels = {
  'arbitrationEvidence.list': q(evidenceListInput, caseEvidence, 'document.read'),
  /** Adds an item to a party's list; late against the 举证期限 it is marked, with the warning returned. */
  'arbitrationEvidence.add': m(evidenceAddInput, evidenceAdded, 'proceeding.act'),
  /** Records the other side's 质证意见 on an item (a later one replaces it, at the version read). */
  'arbitrationEvidence.opinion': m(evidenceOpinionInput, evidenceItemView, 'proceeding.act'),
  /** Issues the party's 证据目录. */
  'arbitrationEvidence.print': m(evidencePrintInput, documentRecord, 'proceeding.act'),
} as const satisfies ChannelTable;
