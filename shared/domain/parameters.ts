// Tunable facts (thresholds, regional amounts, locally-set periods) live in the parameters table, one value per
// key, region and effective date. Every reader goes through resolveParameter, so "which value applies here,
// on that day" is answered in one place. Later issues add keys to PARAMETER_DEFS.
import type { Confidence } from './vocabulary';

export interface ParameterDef {
  label: string;
  /** What the value means, shown on the settings screen. */
  help: string;
  type: 'integer';
  min: number;
  max: number;
  unit: string;
}

export const PARAMETER_DEFS = {
  'collective.minWorkers': {
    label: '集体争议最少人数',
    help: '涉及劳动者达到此人数并有共同请求的，登记为集体（群体）案件，优先受理、优先审理。',
    type: 'integer',
    min: 2,
    max: 100,
    unit: '人',
  },
  'intake.representativesMax': {
    label: '群体投诉代表人数上限',
    help: '群体来访时推选代表的人数上限；超过时接待登记会提示。',
    type: 'integer',
    min: 1,
    max: 20,
    unit: '人',
  },
} as const satisfies Record<string, ParameterDef>;

export type ParameterKey = keyof typeof PARAMETER_DEFS;

export const PARAMETER_KEYS = Object.keys(PARAMETER_DEFS) as [ParameterKey, ...ParameterKey[]];

export interface ParameterValue {
  key: string;
  /** '*' for national, else a GB/T 2260 code (province 540000, city 540200, county 540202). */
  region: string;
  value: unknown;
  effectiveFrom: string;
  source: string;
  confidence: Confidence;
}

/** The regions a unit's parameters may come from, most specific first: county → city → province → national. */
export function regionChain(regionCode: string): string[] {
  const chain = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`, '*'];
  return chain.filter((r, i) => chain.indexOf(r) === i);
}

/**
 * The value in force for `key` in `regionCode` on `onDate` ('YYYY-MM-DD'): the most specific region that has
 * one, and within it the latest effective_from not after the date. Null when nothing applies.
 */
export function resolveParameter<T extends ParameterValue>(
  rows: readonly T[],
  key: string,
  regionCode: string,
  onDate: string,
): T | null {
  for (const region of regionChain(regionCode)) {
    let best: T | null = null;
    for (const row of rows) {
      if (row.key !== key || row.region !== region || row.effectiveFrom > onDate) continue;
      if (!best || row.effectiveFrom > best.effectiveFrom) best = row;
    }
    if (best) return best;
  }
  return null;
}

/** Checks a value typed on the settings screen against the key's definition; returns a Chinese reason. */
export function checkParameterValue(key: string, value: unknown): { ok: true; value: number } | { ok: false; reason: string } {
  const def = (PARAMETER_DEFS as Record<string, ParameterDef>)[key];
  if (!def) return { ok: false, reason: `未知的参数：${key}` };
  if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, reason: `${def.label}应为整数` };
  if (value < def.min || value > def.max) {
    return { ok: false, reason: `${def.label}应在 ${def.min}–${def.max}${def.unit} 之间` };
  }
  return { ok: true, value };
}
