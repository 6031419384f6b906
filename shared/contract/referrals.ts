// The preconditions of 移送公安 (法释〔2013〕3号) and of 列入失信联合惩戒名单 (办法 Art. 5) on a case file: each item
// ticked or not with why and the facts that meet it, the facts recorded for them (with their evidence), and the
// proposal that opens the proceeding — refused, listing every unmet item, while any fails.
import { z } from 'zod';
import { choice, count } from '../domain/fields';
import { GROUND_KIND } from '../domain/referral-checklist';
import { dateKey, entityId, fen, instant, nullable, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const checklistItem = z.object({
  id: z.string(),
  label: z.string(),
  met: z.boolean(),
  why: z.string(),
  basis: z.string(),
  evidence: z.array(z.string()),
});
export type ChecklistItemView = z.infer<typeof checklistItem>;

export const referralGround = z.object({
  id: entityId,
  kind: z.enum(Object.keys(GROUND_KIND) as [keyof typeof GROUND_KIND, ...(keyof typeof GROUND_KIND)[]]),
  fact: z.string(),
  evidenceId: entityId.nullable(),
  evidenceTitle: z.string().nullable(),
  personId: entityId.nullable(),
  personName: z.string().nullable(),
  months: z.number().int().nullable(),
  recordedBy: z.object({ id: entityId, name: z.string() }),
  recordedAt: instant,
});
export type ReferralGround = z.infer<typeof referralGround>;

const proposal = z.object({
  items: z.array(checklistItem),
  /** The proceeding already opened on this file, if any. */
  proceedingId: entityId.nullable(),
});

export const referralChecklists = z.object({
  caseFileId: entityId,
  today: dateKey(),
  order: z.object({ issuedOn: dateKey(), deadline: dateKey(), servedOn: dateKey().nullable(), amountFen: fen() }).nullable(),
  /** The province's figures in force today (元), null when none is set. */
  thresholds: z.object({ singleYuan: z.number().int().nullable(), totalYuan: z.number().int().nullable() }),
  police: proposal,
  blacklist: proposal,
  grounds: z.array(referralGround),
  /** Whether the caller may record facts and propose (proceeding.act, a place on the file, an open file). */
  mayAct: z.boolean(),
});
export type ReferralChecklists = z.infer<typeof referralChecklists>;

export const groundRecordInput = z
  .object({
    caseFileId: entityId,
    kind: choice('事实种类', GROUND_KIND),
    fact: text('事实', 500),
    evidenceId: nullable(entityId),
    personId: nullable(entityId),
    months: nullable(count('被拖欠月数', 1, 240, '个月')),
  })
  .strict();

export const referralProposeInput = z.object({ caseFileId: entityId, kind: choice('程序', { policeReferral: '移送公安', blacklisting: '列入失信联合惩戒名单' }) }).strict();

const byFile = z.object({ caseFileId: entityId });

export const referralsChannels = {
  'referrals.checklist': q(byFile, referralChecklists, 'case.read'),
  'referrals.recordGround': m(groundRecordInput, referralChecklists, 'proceeding.act'),
  'referrals.propose': m(referralProposeInput, referralChecklists, 'proceeding.act'),
} as const satisfies ChannelTable;
