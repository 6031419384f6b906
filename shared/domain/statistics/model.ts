// The shape of the bureau's statistics, shared by the core that counts, the workbook and PDF that print, and the
// screens that show and drill down. A figure is always counted from the files (never typed in), by an indicator
// defined once: what is counted, which date puts a file in the period, the unit, the formula of a rate, and the
// source of that definition — or 本局口径 where the official formula is not known (DOMAIN.md §4), in which case the
// choice is the administrator's setting and the definitions carry a version.
/** 'YYYY-MM-DD', a Beijing calendar day. */
type DateKey = string;

/** The three tables: 劳动保障监察, 劳动人事争议仲裁 (the yearbook's 劳动争议处理情况), the unified desk. */
export const STAT_TABLE_KINDS = ['arbitration', 'inspection', 'desk'] as const;
export type StatTableKind = (typeof STAT_TABLE_KINDS)[number];

export const STAT_TABLE_TITLES: Record<StatTableKind, string> = {
  arbitration: '劳动争议处理情况',
  inspection: '劳动保障监察案件办理情况',
  desk: '统一咨询接待情况',
};

/** How a value is counted and printed: a count (件, 人, 户, 次), money in fen, a rate (0–1, printed as %), days. */
export type StatValueKind = 'count' | 'moneyFen' | 'rate' | 'days';

/** What a figure's files are: the drill-down opens these. */
export type StatFileKind = 'caseFile' | 'intake';

export interface IndicatorDefinition {
  /** Stable, e.g. 'arbitration.accepted'; stored with submitted reports. */
  key: string;
  table: StatTableKind;
  /** The column header, e.g. 本期受理. */
  label: string;
  /** A header over several columns, e.g. 按争议原因 or 结案方式; null for a column of its own. */
  group: string | null;
  /** 件, 人, 元, 户, 次, %, 天. */
  unitLabel: string;
  valueKind: StatValueKind;
  /** What is counted, in one sentence a leader can check against a file. */
  counts: string;
  /** Which date puts a file in the period, e.g. 受理日期（受理通知书落款日期）. */
  periodBy: string;
  /** For a rate or an average: numerator ÷ denominator in words; null otherwise. */
  formula: string | null;
  /** Where the definition comes from (DOMAIN.md §4 source, an article), or '本局口径'. */
  source: string;
  /** True where the official formula is not known and the bureau's own is used (shown beside the figure). */
  bureauBasis: boolean;
  /** What the drill-down lists; null where a figure has no files of its own (never for a count). */
  files: StatFileKind | null;
}

/** A period: its kind and its first and last day (inclusive, Beijing date keys). */
export const STAT_PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type StatPeriodKind = (typeof STAT_PERIOD_KINDS)[number];
export interface StatPeriod {
  kind: StatPeriodKind;
  from: DateKey;
  to: DateKey;
}

/** One figure: for a rate or an average, the two counts it is made of travel with it. */
export interface StatValue {
  /** Null where the figure is undefined (a rate over nothing). */
  value: number | null;
  numerator?: number;
  denominator?: number;
}

export interface StatRow {
  unitId: string;
  unitName: string;
  /** The row that sums the others (the city over its counties); the only row when one unit is reported. */
  isTotal: boolean;
  values: Record<string, StatValue>;
}

export interface StatTable {
  kind: StatTableKind;
  title: string;
  /** Indicator keys in column order (their definitions are in the report). */
  columns: string[];
  rows: StatRow[];
}

/** A set of tables for one period and unit, as computed at `computedAt` under the definitions of that version. */
export interface StatReport {
  period: StatPeriod & { label: string };
  unit: { id: string; name: string; includeSubunits: boolean };
  definitionsVersion: number;
  computedAt: string;
  definitions: IndicatorDefinition[];
  tables: StatTable[];
}

/** One file behind a figure (the drill-down): what a leader opens to check it. */
export interface StatFileRef {
  kind: StatFileKind;
  id: string;
  /** 案号, or the intake's 登记号. */
  number: string;
  title: string;
  unitName: string;
  /** The date that put it in the period (its 受理, 结案, 接待 … date). */
  date: DateKey;
  /** The file's share of a money figure, or its workers for a 人 figure; null for a plain count. */
  amount: number | null;
}

/** The unit a value of each kind is printed in, unless its definition names another (人, 户, 次 …). */
export const VALUE_UNIT_LABEL: Record<StatValueKind, string> = { count: '件', moneyFen: '元', rate: '%', days: '天' };

export interface IndicatorExtras {
  unitLabel?: string;
  formula?: string;
  bureauBasis?: boolean;
  /** What the drill-down lists; the table's own kind of file when not given, null for none. */
  files?: StatFileKind | null;
}

/** A table's indicator builder: its kind and the files its figures list unless told otherwise. */
export function indicatorsOf(table: StatTableKind, files: StatFileKind) {
  return (key: string, label: string, group: string | null, valueKind: StatValueKind, counts: string, periodBy: string, source: string, more: IndicatorExtras = {}): IndicatorDefinition => ({
    key,
    table,
    label,
    group,
    unitLabel: more.unitLabel ?? VALUE_UNIT_LABEL[valueKind],
    valueKind,
    counts,
    periodBy,
    formula: more.formula ?? null,
    source,
    bureauBasis: more.bureauBasis ?? false,
    files: more.files === undefined ? files : more.files,
  });
}
