// Retention: the periods in force, the closed files past them (numbers and dates only — the administrator sees no
// personal data), and the explicit, reasoned act that makes their personal data anonymous.
import { z } from 'zod';
import { RETENTION_KINDS } from '../domain/retention';
import { CONFIDENCE } from '../domain/vocabulary';
import { entityId, reasonText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const retentionPeriod = z.object({
  kind: z.enum(RETENTION_KINDS),
  label: z.string(),
  parameterKey: z.string(),
  /** Null when no value is in force: files of this kind are then never listed as due. */
  years: z.number().int().nullable(),
  source: z.string().nullable(),
  confidence: z.enum(CONFIDENCE.values).nullable(),
});
export type RetentionPeriod = z.infer<typeof retentionPeriod>;

export const retentionRef = z.object({
  type: z.enum(['caseFile', 'intake'], { error: '请指明案卷或接待登记' }),
  id: entityId,
});
export type RetentionRef = z.infer<typeof retentionRef>;

export const retentionDueItem = retentionRef.extend({
  /** The kinds it counts as; the longest period applies. */
  kinds: z.array(z.enum(RETENTION_KINDS)),
  /** Case numbers (案号) of its proceedings, or the registration number of an intake. */
  numbers: z.array(z.string()),
  /** The closing date (a file's 结案, an intake's 接待 date) the period runs from. */
  closedDate: z.string(),
  years: z.number().int(),
  /** The last day of keeping; anonymisable from the day after. */
  endDate: z.string(),
  intakes: z.number().int(),
  persons: z.number().int(),
  documents: z.number().int(),
});
export type RetentionDueItem = z.infer<typeof retentionDueItem>;

export const retentionOverview = z.object({
  today: z.string(),
  periods: z.array(retentionPeriod),
  /** The oldest first, at most `limit`. */
  due: z.array(retentionDueItem),
  dueTotal: z.number().int(),
  oldestClosedDate: z.string().nullable(),
  anonymisedTotal: z.number().int(),
});
export type RetentionOverview = z.infer<typeof retentionOverview>;

export const retentionListInput = z.object({
  limit: z.number().int().min(1).max(500).optional().transform((v) => v ?? 200),
});

export const retentionAnonymiseInput = z.object({
  items: z.array(retentionRef).min(1, '请选择要匿名化的案卷').max(200, '一次最多匿名化200件，请分批办理'),
  reason: reasonText('匿名化理由', { example: '保管期限届满，经局务会同意' }),
});
export type RetentionAnonymiseInput = z.input<typeof retentionAnonymiseInput>;

export const retentionAnonymiseResult = z.object({
  files: z.number().int(),
  fieldsCleared: z.number().int(),
  personsAnonymised: z.number().int(),
  /** Persons left as they were: still in an open file, or in one within its period. */
  personsKept: z.number().int(),
});
export type RetentionAnonymiseResult = z.infer<typeof retentionAnonymiseResult>;

export const retentionChannels = {
  /** Closed files past their retention period: numbers, dates and counts only, never names. */
  'retention.list': q(retentionListInput, retentionOverview, 'retention.anonymise'),
  /** The administrator's explicit, reasoned act; never scheduled. */
  'retention.anonymise': m(retentionAnonymiseInput, retentionAnonymiseResult, 'retention.anonymise'),
} as const satisfies ChannelTable;
