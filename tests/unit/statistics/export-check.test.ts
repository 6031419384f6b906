// What statistics.export refuses before printing: a column without its definition, a personal number in anything the
// files print — but not a digit run in what they never print (the figures' digest, ids, the counting instant).
import { describe, expect, it } from 'vitest';
import { checkReport, statFileName } from '../../../electron/core/statistics/export.service';
import { fixtureStatReport } from '../../fixtures/stat-report-fixture';

describe('checkReport', () => {
  it('accepts the report whatever its digest holds', () => {
    const report = fixtureStatReport();
    expect(report.digest).toMatch(/13908921400/);
    expect(() => checkReport(report)).not.toThrow();
  });

  it('refuses an ID number or a mobile number in a printed string', () => {
    for (const put of [
      (r: ReturnType<typeof fixtureStatReport>) => (r.unit.name = '日喀则市（联系人13908921400）'),
      (r: ReturnType<typeof fixtureStatReport>) => (r.tables[2].rows[0].unitName = '54020219930715002X'),
      (r: ReturnType<typeof fixtureStatReport>) => (r.definitions[0].source = '见540202199307150021'),
    ]) {
      const report = fixtureStatReport();
      put(report);
      expect(() => checkReport(report)).toThrow('统计报表中不应出现身份证号码或手机号码，未导出');
    }
  });

  it('refuses a column whose definition is missing, naming it', () => {
    const report = fixtureStatReport();
    report.tables[0].columns.push('arbitration.missing');
    expect(() => checkReport(report)).toThrow('统计报表缺少指标“arbitration.missing”的定义，无法导出');
  });

  it('names the file after the period and unit, with nothing a file name cannot hold', () => {
    const report = fixtureStatReport();
    expect(statFileName(report, 'pdf')).toBe('统计报表-2026年11月-日喀则市人力资源和社会保障局.pdf');
    report.period.label = '2026/11 01:30';
    expect(statFileName(report, 'xlsx')).toBe('统计报表-2026_11_01_30-日喀则市人力资源和社会保障局.xlsx');
  });
});
