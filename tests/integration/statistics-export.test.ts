// statistics.export: the report the page shows, as the workbook or the printed tables, through the real core —
// recorded on the audit trail with the file's digest; a report naming a column it does not define, or carrying
// something like an ID number or a phone, is refused and nothing is recorded.
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { establishStaff, signInAs, testCore } from '../helpers/core';
import { fixtureStatReport } from '../fixtures/stat-report-fixture';

async function auditRows(core: Awaited<ReturnType<typeof testCore>>['core'], admin: Awaited<ReturnType<typeof testCore>>['admin']) {
  await establishStaff(core, admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
  const auditor = await signInAs(core, '白玛央宗');
  return (await auditor.call('audit.list', { filter: { action: 'statisticsExport' } })).items;
}

describe('statistics.export', () => {
  it('returns the workbook and records the export with its digest', async () => {
    const { core, client, admin, staff } = await testCore();
    const file = await client.call('statistics.export', { report: fixtureStatReport(), format: 'xlsx' });
    expect(file.fileName).toBe('统计报表-2026年11月-日喀则市人力资源和社会保障局.xlsx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(book.getWorksheet('劳动争议处理情况')!.getCell('A1').value).toBe('劳动争议处理情况');

    const rows = await auditRows(core, admin);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: { id: staff['次仁卓玛'] }, actionLabel: '导出统计报表', entity: 'statistics', entityId: 'unit-540200' });
    const change = JSON.parse(rows[0].change) as Record<string, unknown>;
    expect(change).toMatchObject({ format: 'xlsx', definitionsVersion: 3, computedAt: '2026-12-01T02:30:00.000Z', sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('returns the printed tables as a PDF', async () => {
    const { client } = await testCore();
    const file = await client.call('statistics.export', { report: fixtureStatReport(), format: 'pdf' });
    expect(file.fileName.endsWith('.pdf')).toBe(true);
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses a report with a personal number or an undefined column, and records nothing', async () => {
    const { core, client, admin } = await testCore();
    const phone = fixtureStatReport();
    phone.tables[0].rows[0].unitName = '桑珠孜区（联系电话13908921400）';
    expect(await client.invoke('statistics.export', { report: phone, format: 'xlsx' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '统计报表中不应出现身份证号码或手机号码，未导出' },
    });
    const byName = fixtureStatReport();
    byName.definitions[3] = { ...byName.definitions[3], counts: '涉及的劳动者人数（如身份证号540202199307150021者计一人）' };
    expect(await client.invoke('statistics.export', { report: byName, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const undefinedColumn = fixtureStatReport();
    undefinedColumn.tables[1].columns.push('inspection.unknown');
    expect(await client.invoke('statistics.export', { report: undefinedColumn, format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '统计报表缺少指标“inspection.unknown”的定义，无法导出' },
    });
    expect(await client.invoke('statistics.export', { report: fixtureStatReport(), format: 'docx' as 'pdf' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await auditRows(core, admin)).toHaveLength(0);
  });
});
