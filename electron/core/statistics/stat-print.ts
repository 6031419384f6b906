// What the workbook and the printed PDF say alike about a StatReport: the header line (period, unit, definitions
// version, when counted), the column headers grouped by IndicatorDefinition.group, a figure as printed, why a figure
// is empty, and the 指标说明 rows. One place, so the XLSX and the PDF never disagree on a word or a figure.
import { formatFen } from '../../../shared/domain/money';
import type { IndicatorDefinition, StatReport, StatRow, StatTable, StatValue } from '../../../shared/domain/statistics/model';
import { dateTimeOf } from '../../../shared/domain/time';

/** The unit column's header. */
export const UNIT_COLUMN = '填报单位';
export const EXPLANATION_TITLE = '指标说明';

/** 'YYYY-MM-DD' → 'YYYY年M月D日' without losing a leading zero's meaning. */
const zhDate = (key: string): string => {
  const [y, m, d] = key.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The calendar year the period lies in, or null when it spans two (a custom period across new year). */
export function periodYear(report: StatReport): number | null {
  const from = Number(report.period.from.slice(0, 4));
  return from === Number(report.period.to.slice(0, 4)) ? from : null;
}

/** 2026年11月（2026年11月1日至2026年11月30日）. */
export function periodText(report: StatReport): string {
  const range = `${zhDate(report.period.from)}至${zhDate(report.period.to)}`;
  return report.period.label && report.period.label !== range ? `${report.period.label}（${range}）` : range;
}

/** The unit as reported: the city over its counties says so. */
export function unitText(report: StatReport): string {
  return report.unit.includeSubunits ? `${report.unit.name}（含所辖县区）` : report.unit.name;
}

/** When the figures were counted, Beijing time; the raw string when it is not an instant. */
export function computedText(report: StatReport): string {
  const ms = Date.parse(report.computedAt);
  return Number.isNaN(ms) ? report.computedAt : dateTimeOf(ms);
}

/** The row's name in the unit column: the total says it is one. */
export function rowName(table: StatTable, row: StatRow): string {
  if (!row.isTotal || table.rows.length === 1 || row.unitName.includes('合计')) return row.unitName;
  return `合计（${row.unitName}）`;
}

/** A table's columns with their definitions, in order; a column without a definition is a broken report. */
export function tableColumns(report: StatReport, table: StatTable): IndicatorDefinition[] {
  const byKey = new Map(report.definitions.map((d) => [d.key, d]));
  return table.columns.map((key) => {
    const def = byKey.get(key);
    if (!def) throw new Error(`统计报表缺少指标“${key}”的定义，无法导出`);
    return def;
  });
}

/** A header over consecutive columns of one group (first column index, count), or a column of its own (group null). */
export interface HeaderSpan {
  group: string | null;
  from: number;
  count: number;
}

/** Consecutive columns sharing a group make one span; a column without a group spans alone. */
export function headerSpans(columns: readonly IndicatorDefinition[]): HeaderSpan[] {
  const spans: HeaderSpan[] = [];
  columns.forEach((def, i) => {
    const last = spans[spans.length - 1];
    if (def.group !== null && last && last.group === def.group) last.count++;
    else spans.push({ group: def.group, from: i, count: 1 });
  });
  return spans;
}

/** Beside the label of an indicator on the bureau's own basis (本局口径), in both files. */
export const BUREAU_MARK = '＊';
export const columnLabel = (def: IndicatorDefinition): string => (def.bureauBasis ? `${def.label}${BUREAU_MARK}` : def.label);
export const BUREAU_NOTE = `标“${BUREAU_MARK}”的指标按本局口径计算（公式由系统管理员在参数中设定）`;

/** The unit line under a label: 件, 人, 元 … (a rate's '%'). */
export const unitCaption = (def: IndicatorDefinition): string => def.unitLabel;

/** The number a spreadsheet cell holds: yuan for money, the 0–1 ratio for a rate, else the value itself. */
export function cellNumber(def: IndicatorDefinition, value: number): number {
  return def.valueKind === 'moneyFen' ? value / 100 : value;
}

/** The spreadsheet number format of a column. */
export function numberFormat(def: IndicatorDefinition): string {
  switch (def.valueKind) {
    case 'count':
      return '#,##0';
    case 'moneyFen':
      return '#,##0.00';
    case 'rate':
      return '0.0%';
    case 'days':
      return '#,##0.0';
  }
}

/** A figure as printed on paper: 1,234 · 12,345.50 · 85.0% · 23.5. */
export function printedValue(def: IndicatorDefinition, v: StatValue | undefined): string {
  if (!v || v.value === null) return '';
  switch (def.valueKind) {
    case 'count':
      return Math.round(v.value).toLocaleString('en-US');
    case 'moneyFen':
      return formatFen(Math.round(v.value));
    case 'rate':
      return `${(v.value * 100).toFixed(1)}%`;
    case 'days':
      return v.value.toFixed(1);
  }
}

/** Why a figure is empty, for the cell's note and the PDF's footnote. */
export function emptyReason(def: IndicatorDefinition, v: StatValue | undefined): string {
  if (def.formula && v?.denominator === 0) return `分母为0，无法计算（${def.formula}），不填数`;
  if (def.formula) return `本期无法计算（${def.formula}），不填数`;
  return '本期无数据，不填数';
}

/** The 指标说明's columns and one row per indicator, in the report's table order. */
export const EXPLANATION_HEADERS = ['报表', '指标', '计量单位', '统计内容', '统计期间依据', '计算公式', '口径来源'] as const;

export function explanationRows(report: StatReport): string[][] {
  const titles = new Map(report.tables.map((t) => [t.kind, t.title]));
  const order = new Map(report.tables.flatMap((t) => t.columns.map((key, i) => [key, report.tables.indexOf(t) * 1000 + i] as const)));
  const defs = report.definitions.filter((d) => order.has(d.key)).sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  return defs.map((d) => [
    titles.get(d.table) ?? d.table,
    d.group ? `${d.group}：${d.label}` : d.label,
    d.unitLabel,
    d.counts,
    d.periodBy,
    d.formula ?? '—',
    d.bureauBasis ? `本局口径（${d.source === '本局口径' ? '由系统管理员在参数中设定' : d.source}）` : d.source,
  ]);
}

/** The line under every title: period, unit, definitions version, when counted. */
export function headerFacts(report: StatReport): [string, string][] {
  return [
    ['统计期间', periodText(report)],
    ['填报单位', unitText(report)],
    ['统计口径版本', String(report.definitionsVersion)],
    ['统计时间', computedText(report)],
  ];
}

/** Characters Excel refuses in a sheet name, and its 31-character limit. */
export function sheetName(title: string, taken: ReadonlySet<string>): string {
  const base = title.replace(/[\\/?*[\]:]/g, '').slice(0, 31) || '统计表';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 31 - String(n).length - 2)}（${n}）`;
  return name;
}
