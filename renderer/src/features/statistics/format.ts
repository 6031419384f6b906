// How a figure reads: counts with thousands separators, money in yuan (¥, 2 decimals, from integer fen), rates as
// per cent, average days to one decimal; a figure that cannot be computed reads "—", with the reason why.
import type { IndicatorDefinition, StatValue } from '../../../../shared/domain/statistics/model';
import { formatYuan } from '../../../../shared/domain/money';

const COUNT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const fmtCount = (n: number) => COUNT.format(n);

export function formatFigure(def: Pick<IndicatorDefinition, 'valueKind'>, value: number | null): string {
  if (value === null) return '—';
  switch (def.valueKind) {
    case 'count':
      return fmtCount(value);
    case 'moneyFen':
      return formatYuan(value);
    case 'rate':
      return `${ONE_DECIMAL.format(value * 100)}%`;
    case 'days':
      return ONE_DECIMAL.format(value);
  }
}

/** Why a figure is "—": a rate or an average over nothing, in the words of its formula. */
export function whyNull(def: Pick<IndicatorDefinition, 'valueKind' | 'formula'>, v: StatValue): string | null {
  if (v.value !== null) return null;
  if (v.denominator === 0) {
    const over = def.formula?.split('÷')[1]?.trim();
    return over ? `本期${over}为 0，无法计算` : '分母为 0，无法计算';
  }
  return '本期没有可计算的案件';
}

/** A rate's or an average's two counts, as a leader checks them: 12 ÷ 15. */
export function fractionText(v: StatValue): string | null {
  return v.numerator !== undefined && v.denominator !== undefined ? `${fmtCount(v.numerator)} ÷ ${fmtCount(v.denominator)}` : null;
}

/**
 * Whether the drill-down's files add up to the figure: their number for a count of files; the sum of their amounts
 * for money or workers (the core sends `sum` then); for a rate or an average, their number against its denominator.
 */
export function drillCheck(
  def: Pick<IndicatorDefinition, 'valueKind'>,
  v: StatValue,
  files: { total: number; sum: number | null },
): { expected: number | null; got: number; by: 'files' | 'sum'; ok: boolean } {
  const ratio = def.valueKind === 'rate' || def.valueKind === 'days';
  const expected = ratio ? (v.denominator ?? null) : v.value;
  const by = !ratio && files.sum !== null ? 'sum' : 'files';
  const got = by === 'sum' ? (files.sum ?? 0) : files.total;
  return { expected, got, by, ok: expected !== null && got === expected };
}
