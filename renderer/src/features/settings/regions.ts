// How a parameter's region reads on screen: '*' is national; a code is named after the unit that serves it.
import type { UnitSummary } from '../../../../shared/contract/reference';
import { regionChain } from '../../../../shared/domain/parameters';
import { provinceName } from '../../../../shared/domain/regions';

export function regionName(region: string, units: readonly UnitSummary[]): string {
  if (region === '*') return '全国';
  const unit = units.find((u) => u.regionCode === region);
  if (unit) return unit.shortName;
  if (region.endsWith('0000')) return provinceName(region) ?? `省级（${region}）`;
  return region;
}

/**
 * The regions a value may be set for from this installation, broadest first: national, the province, the city,
 * and the unit's own county (regionChain, so the screen offers exactly what the core resolves through).
 */
export function regionChoices(unitRegion: string, units: readonly UnitSummary[]): { value: string; label: string }[] {
  return [...regionChain(unitRegion)].reverse().map((code) => {
    if (code === '*') return { value: code, label: '全国' };
    const tier = code === unitRegion ? '本单位' : code.endsWith('0000') ? '省（自治区）' : '市（地区）';
    const unit = units.find((u) => u.regionCode === code);
    const name = unit?.shortName ?? (code.endsWith('0000') ? provinceName(code) : null);
    return { value: code, label: name ? `${tier}：${name}（${code}）` : `${tier}：${code}` };
  });
}
