// A joint mediation's 调解协议 on a case file: its instalments (per worker or for the group), each against the counted
// payments linked to it — met, open, or missed (逾期未履行) — the 15-day window for a joint 仲裁审查 (办案规则 Art. 74),
// and, when an instalment is missed, the steps that lead back: the file's other proceedings and what they offer.
import { z } from 'zod';
import { PROCEEDING_KIND } from '../domain/vocabulary';
import { dateKey, entityId, fen } from './primitives';
import { q, type ChannelTable } from './channel-def';

export const instalmentState = z.enum(['met', 'open', 'missed']);

export const instalmentOut = z.object({
  id: entityId,
  seq: z.number().int(),
  /** The worker it is paid to; null: to the group. */
  personId: entityId.nullable(),
  personName: z.string().nullable(),
  dueOn: dateKey(),
  amountFen: fen(),
  payerName: z.string(),
  /** What the counted payments linked to it came to (条例 Arts. 11, 31). */
  paidFen: fen(),
  leftFen: fen(),
  state: instalmentState,
  overdueDays: z.number().int(),
});
export type InstalmentOut = z.infer<typeof instalmentOut>;

export const agreementOut = z.object({
  id: entityId,
  proceedingId: entityId,
  signedOn: dateKey(),
  totalFen: fen(),
  /** What the workers were still owed (known amounts) when it was signed. */
  outstandingFen: fen(),
  overOwedReason: z.string().nullable(),
  note: z.string().nullable(),
  /** The joint 仲裁审查 window (rule mediation.arbReview): from the day it took effect, 15 days. */
  review: z.object({ startDate: dateKey(), dueDate: dateKey(), status: z.string(), citation: z.string() }).nullable(),
  instalments: z.array(instalmentOut),
});
export type AgreementOut = z.infer<typeof agreementOut>;

export const wayBack = z.object({
  proceedingId: entityId,
  kind: z.enum(PROCEEDING_KIND.values),
  statusLabel: z.string(),
  /** The steps its state offers the caller, each with why it is blocked (null: it can be taken now). */
  actions: z.array(z.object({ action: z.string(), label: z.string(), blockedBy: z.string().nullable() })),
});

export const fileInstalments = z.object({
  caseFileId: entityId,
  agreements: z.array(agreementOut),
  missedCount: z.number().int(),
  /** With an instalment missed: the file's other open proceedings to go back through. */
  wayBack: z.array(wayBack),
});
export type FileInstalments = z.infer<typeof fileInstalments>;

/** A missed instalment on a desk. */
export const deskMissedInstalment = z.object({
  instalmentId: entityId,
  caseFileId: entityId,
  caseTitle: z.string(),
  seq: z.number().int(),
  personName: z.string().nullable(),
  payerName: z.string(),
  dueOn: dateKey(),
  amountFen: fen(),
  leftFen: fen(),
  overdueDays: z.number().int(),
});
export type DeskMissedInstalment = z.infer<typeof deskMissedInstalment>;

export const mediationChannels = {
  'mediation.instalments': q(z.object({ caseFileId: entityId }), fileInstalments, 'case.read'),
} as const satisfies ChannelTable;
