import { describe, expect, it } from 'vitest';
import { checkParameterValue, regionChain, resolveParameter, type ParameterValue } from '../../shared/domain/parameters';

const row = (region: string, effectiveFrom: string, value: number): ParameterValue => ({
  key: 'collective.minWorkers',
  region,
  value,
  effectiveFrom,
  source: 's',
  confidence: 'statutory',
});

describe('resolveParameter', () => {
  const rows = [row('*', '2008-05-01', 10), row('540000', '2020-01-01', 8), row('540202', '2024-01-01', 6), row('540202', '2026-01-01', 5)];

  it('walks county → city → province → national', () => {
    expect(regionChain('540202')).toEqual(['540202', '540200', '540000', '*']);
    expect(regionChain('540200')).toEqual(['540200', '540000', '*']);
  });

  it('takes the most specific region, then the latest value in force on the date', () => {
    expect(resolveParameter(rows, 'collective.minWorkers', '540202', '2026-11-25')?.value).toBe(5);
    expect(resolveParameter(rows, 'collective.minWorkers', '540202', '2025-06-30')?.value).toBe(6);
    expect(resolveParameter(rows, 'collective.minWorkers', '540221', '2025-06-30')?.value).toBe(8);
    expect(resolveParameter(rows, 'collective.minWorkers', '510104', '2025-06-30')?.value).toBe(10);
  });

  it('falls back to a wider region when the specific one is not yet in force', () => {
    expect(resolveParameter(rows, 'collective.minWorkers', '540202', '2023-12-31')?.value).toBe(8);
  });

  it('returns null before any value is in force, and for unknown keys', () => {
    expect(resolveParameter(rows, 'collective.minWorkers', '510104', '2008-04-30')).toBeNull();
    expect(resolveParameter(rows, 'no.such.key', '540202', '2026-01-01')).toBeNull();
  });

  it('checks typed values against the definition', () => {
    expect(checkParameterValue('collective.minWorkers', 10)).toEqual({ ok: true, value: 10 });
    expect(checkParameterValue('collective.minWorkers', 1)).toEqual({ ok: false, reason: '集体争议最少人数应在 2–100人 之间' });
    expect(checkParameterValue('collective.minWorkers', 2.5)).toMatchObject({ ok: false });
    expect(checkParameterValue('x', 1)).toMatchObject({ ok: false, reason: '未知的参数：x' });
  });
});
