import { describe, expect, it } from 'vitest';
import { checkParameterValue, deadlineSettingsFrom, parameterHelp, regionChain, resolveParameter, type ParameterValue } from '../../shared/domain/parameters';
import { provinceName, provincialGovernment } from '../../shared/domain/regions';

const row = (region: string, effectiveFrom: string, value: number): ParameterValue => ({
  key: 'intake.representativesMax',
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
    expect(resolveParameter(rows, 'intake.representativesMax', '540202', '2026-11-25')?.value).toBe(5);
    expect(resolveParameter(rows, 'intake.representativesMax', '540202', '2025-06-30')?.value).toBe(6);
    expect(resolveParameter(rows, 'intake.representativesMax', '540221', '2025-06-30')?.value).toBe(8);
    expect(resolveParameter(rows, 'intake.representativesMax', '510104', '2025-06-30')?.value).toBe(10);
  });

  it('falls back to a wider region when the specific one is not yet in force', () => {
    expect(resolveParameter(rows, 'intake.representativesMax', '540202', '2023-12-31')?.value).toBe(8);
  });

  it('returns null before any value is in force, and for unknown keys', () => {
    expect(resolveParameter(rows, 'intake.representativesMax', '510104', '2008-04-30')).toBeNull();
    expect(resolveParameter(rows, 'no.such.key', '540202', '2026-01-01')).toBeNull();
  });

  it('checks typed values against the definition', () => {
    expect(checkParameterValue('intake.representativesMax', 5)).toEqual({ ok: true, value: 5 });
    expect(checkParameterValue('intake.representativesMax', 0)).toEqual({ ok: false, reason: '群体投诉代表人数上限应在 1–20人 之间' });
    expect(checkParameterValue('intake.representativesMax', 2.5)).toMatchObject({ ok: false });
    expect(checkParameterValue('x', 1)).toMatchObject({ ok: false, reason: '未知的参数：x' });
  });
});

describe('statutory figures and the region’s own government', () => {
  it('the collective threshold is statutory: no value may be set, not even the statutory one (调解仲裁法 Art. 7)', () => {
    for (const v of [8, 10, 12]) {
      expect(checkParameterValue('collective.minWorkers', v)).toEqual({ ok: false, reason: '集体争议最少人数为法定人数，本单位不能修改' });
    }
  });

  it('names the installation’s provincial government in help texts, never a hard-coded one', () => {
    expect(parameterHelp('wage.monthlyMinimum', '540202')).toContain('请按西藏自治区人民政府公布的标准');
    expect(parameterHelp('wage.monthlyMinimum', '510104')).toContain('请按四川省人民政府公布的标准');
    expect(parameterHelp('wage.monthlyMinimum', '450100')).toContain('请按广西壮族自治区人民政府公布的标准');
    expect(parameterHelp('wage.monthlyMinimum', '990000')).toContain('请按省级人民政府公布的标准');
    expect(parameterHelp('wage.monthlyMinimum', '540202')).not.toContain('{');
    expect(parameterHelp('deadline.regionalHolidays', '510104')).toContain('放假安排每年由四川省人民政府公布');
    expect(parameterHelp('deadline.regionalHolidays', '540202')).toContain('放假安排每年由西藏自治区人民政府公布');
    expect(provinceName('110105')).toBe('北京市');
    expect(provincialGovernment('650100')).toBe('新疆维吾尔自治区人民政府');
  });

  it('the extension reading defaults to counting from acceptance', () => {
    expect(deadlineSettingsFrom(() => null).extensionCountedFrom).toBe('start');
    expect(deadlineSettingsFrom((k) => (k === 'deadline.extensionCountedFrom' ? 'rolledDue' : null)).extensionCountedFrom).toBe('rolledDue');
  });
});
