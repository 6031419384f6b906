// Statistics: the bureau's tables for a period and unit counted from its files, the files behind each figure, the
// definitions in force, the reports submitted up the line (kept as submitted; a 更正 never changes one) and the
// leader's charts. The counting runs on a read-only connection off the core's write path.
import { z } from 'zod';
import { STAT_PERIOD_KINDS, STAT_TABLE_KINDS } from '../domain/statistics/model';
import { dateKey, entityId, reasonText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';
import { jobInfo } from './jobs';

export const statPeriodInput = z
  .object({
    kind: z.enum(STAT_PERIOD_KINDS, { error: '请选择统计期间' }),
    from: dateKey('统计起始日'),
    to: dateKey('统计截止日'),
  })
  .refine((p) => p.from <= p.to, { error: '统计截止日不能早于起始日', path: ['to'] });

export const statScopeInput = z.object({
  period: statPeriodInput,
  /** The reporting unit; with `includeSubunits`, the city over its counties (a row each, and the total). */
  unitId: entityId,
  includeSubunits: z.boolean().optional().transform((v) => v ?? false),
});
export type StatScopeInput = z.input<typeof statScopeInput>;

const indicatorDefinition = z.object({
  key: z.string(),
  table: z.enum(STAT_TABLE_KINDS),
  label: z.string(),
  group: z.string().nullable(),
  unitLabel: z.string(),
  valueKind: z.enum(['count', 'moneyFen', 'rate', 'days']),
  counts: z.string(),
  periodBy: z.string(),
  formula: z.string().nullable(),
  source: z.string(),
  bureauBasis: z.boolean(),
  files: z.enum(['caseFile', 'intake']).nullable(),
});

const statValue = z.object({ value: z.number().nullable(), numerator: z.number().optional(), denominator: z.number().optional() });

export const statReport = z.object({
  period: z.object({ kind: z.enum(STAT_PERIOD_KINDS), from: z.string(), to: z.string(), label: z.string() }),
  unit: z.object({ id: z.string(), name: z.string(), includeSubunits: z.boolean() }),
  definitionsVersion: z.number().int(),
  computedAt: z.string(),
  /** SHA-256 of the figures (period, unit, version, every row): submit and correct send it back, the core recounts and compares. */
  digest: z.string(),
  definitions: z.array(indicatorDefinition),
  tables: z.array(
    z.object({
      kind: z.enum(STAT_TABLE_KINDS),
      title: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.object({ unitId: z.string(), unitName: z.string(), isTotal: z.boolean(), values: z.record(z.string(), statValue) })),
    }),
  ),
});

export const statFileRef = z.object({
  kind: z.enum(['caseFile', 'intake']),
  id: z.string(),
  number: z.string(),
  title: z.string(),
  unitName: z.string(),
  date: z.string(),
  amount: z.number().nullable(),
});

export const statFilesInput = statScopeInput.extend({
  indicatorKey: z.string().min(1, '请指明统计指标'),
  /** The row's unit when the city is reported over its counties; the total's files without it. */
  rowUnitId: entityId.optional(),
  limit: z.number().int().min(1).max(1000).optional().transform((v) => v ?? 200),
  offset: z.number().int().min(0).optional().transform((v) => v ?? 0),
});

export const statFiles = z.object({
  /** Equal to the figure for a count; for money or workers, `sum` equals it. */
  total: z.number().int(),
  sum: z.number().nullable(),
  items: z.array(statFileRef),
});

export const statDefinitions = z.object({
  version: z.number().int(),
  definitions: z.array(indicatorDefinition),
});

export const statSubmittedSummary = z.object({
  id: z.string(),
  period: statReport.shape.period,
  unit: statReport.shape.unit,
  definitionsVersion: z.number().int(),
  submittedAt: z.string(),
  submittedBy: z.string(),
  /** The 更正 that replaced this one's figures, if any (the report itself is never changed). */
  correctedBy: z.string().nullable(),
  /** The report this one corrects, with the reason. */
  corrects: z.object({ id: z.string(), reason: z.string() }).nullable(),
});

export const statSubmitted = statSubmittedSummary.extend({
  report: statReport,
  /** The files behind each figure as they were when submitted: indicator key → row unit → file ids. */
  files: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
});

/** The digest of the figures the person looked at (statistics.compute): the core recounts and refuses when they changed since. */
const lookedAt = z.string({ error: '请先查看报表再报送' }).regex(/^[0-9a-f]{64}$/, '请先查看报表再报送');

export const statSubmitInput = statScopeInput.extend({ digest: lookedAt });

export const statCorrectInput = z.object({
  reportId: entityId,
  /** The digest of the recount the 更正 submits (statistics.compute on the corrected report's period and unit). */
  digest: lookedAt,
  reason: reasonText('更正理由', { example: '一件集体争议案件的受理日期登记有误，已更正' }),
});

export const statisticsChannels = {
  /** The indicators in force and their version (本局口径 choices are the administrator's settings). */
  'statistics.definitions': q(z.object({}), statDefinitions, 'statistics.read'),
  /** The tables for a period and unit, counted on a read-only connection. */
  'statistics.compute': q(statScopeInput, statReport, 'statistics.read'),
  /**
   * The same tables counted as a job (a year or a long custom period): progress table by table, cancellable; the
   * finished job's result is { report } (statReport, with its digest for 报送).
   */
  'statistics.computeJob': m(statScopeInput, jobInfo, 'statistics.read'),
  /** The files behind one figure: as many as the figure counts, or whose amounts sum to it. */
  'statistics.files': q(statFilesInput, statFiles, 'statistics.read'),
  /** Stores the report as submitted up the line: figures, definitions version, the files behind each figure. */
  'statistics.submit': m(statSubmitInput, statSubmitted, 'statistics.submit'),
  /** A 更正 of a submitted report, with its reason: a new report that names the one it corrects. */
  'statistics.correct': m(statCorrectInput, statSubmitted, 'statistics.submit'),
  'statistics.submitted': q(z.object({ limit: z.number().int().min(1).max(500).optional() }), z.array(statSubmittedSummary), 'statistics.read'),
  'statistics.submittedReport': q(z.object({ id: entityId }), statSubmitted, 'statistics.read'),
} as const satisfies ChannelTable;
