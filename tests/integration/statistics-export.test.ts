// statistics.export: the figures counted by the core, as the workbook or the printed tables — never figures the page
// sends. The period and unit are counted again and exported only if they are the figures the person looked at (the
// digest statistics.compute gave), or a submitted report is exported as stored. Each export is on the audit trail
// with the file's digest and the figures'. (What a report may not carry — a personal number, an undefined column —
// is checked in tests/unit/statistics/export-check.test.ts.)
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { monthPeriod } from '../../shared/domain/statistics/period';
import { EXPORT_FIGURES_CHANGED } from '../../electron/core/statistics/export.service';
import { ADMIN, businessCounts, signInAs, testCore } from '../helpers/core';
import { statisticsWorld } from '../helpers/statistics-world';

describe('statistics.export', () => {
  it('exports the figures as counted, refuses figures that changed since they were looked at, and a submitted report as stored', async () => {
    const t = await testCore();
    const w = await statisticsWorld(t);
    const db = t.core.services!.db;
    const scope = { period: monthPeriod(2026, 11), unitId: w.unitId };
    const looked = await w.leader.call('statistics.compute', scope);
    const accepted = looked.tables.find((x) => x.kind === 'arbitration')!.rows.find((r) => r.isTotal)!.values['arbitration.accepted']!.value;
    expect(accepted).toBe(8);

    // The workbook: the yearbook sheet holds the core's figure, in a numeric cell.
    const file = await w.leader.call('statistics.export', { counted: { ...scope, digest: looked.digest }, format: 'xlsx' });
    expect(file.fileName).toBe(`统计报表-2026年11月-${looked.unit.name}.xlsx`);
    const bytes = Buffer.from(file.contentBase64, 'base64');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('劳动争议处理情况')!;
    expect(sheet.getCell('A1').value).toBe('劳动争议处理情况');
    const values = sheet.getRow(7).values as unknown[];
    expect(values).toContain(8);
    const audit = () => db.prepare("SELECT action, change FROM audit_log WHERE channel = 'statistics.export' AND action = 'statisticsExport' ORDER BY seq").all() as { change: string }[];
    expect(JSON.parse(audit()[0]!.change)).toMatchObject({ format: 'xlsx', digest: looked.digest, sha256: createHash('sha256').update(bytes).digest('hex') });

    // The PDF of the same figures.
    const pdf = await w.leader.call('statistics.export', { counted: { ...scope, digest: looked.digest }, format: 'pdf' });
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Submitted, then the administrator changes a 本局口径 choice: the figures looked at are no longer the figures,
    // and the export says so and writes nothing; the submitted report still exports as it was stored.
    const submitted = await w.leader.call('statistics.submit', { ...scope, digest: looked.digest });
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('parameters.set', { key: 'statistics.arbitration.causeOfSeveral', region: '*', value: 'each', effectiveFrom: '2026-12-20', source: '本局口径：局务会决定', confidence: 'local', note: null });
    const counts = businessCounts(t.core);
    expect(await w.leader.invoke('statistics.export', { counted: { ...scope, digest: looked.digest }, format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: EXPORT_FIGURES_CHANGED } });
    expect(businessCounts(t.core)).toEqual(counts);
    expect(audit()).toHaveLength(2);
    const stored = await w.leader.call('statistics.export', { submittedId: submitted.id, format: 'xlsx' });
    expect(JSON.parse(audit()[2]!.change)).toMatchObject({ submittedId: submitted.id, digest: looked.digest, definitionsVersion: submitted.definitionsVersion });
    const storedBook = new ExcelJS.Workbook();
    await storedBook.xlsx.load(Buffer.from(stored.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    expect(storedBook.getWorksheet('劳动争议处理情况')!.getRow(7).values as unknown[]).toContain(8);

    // Neither or both sources, a digest that is not one, an unknown format: refused before anything is counted.
    expect(await w.leader.invoke('statistics.export', { format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await w.leader.invoke('statistics.export', { counted: { ...scope, digest: looked.digest }, submittedId: submitted.id, format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await w.leader.invoke('statistics.export', { counted: { ...scope, digest: 'x' }, format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await w.leader.invoke('statistics.export', { counted: { ...scope, digest: looked.digest }, format: 'docx' as 'pdf' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(audit()).toHaveLength(3);
  }, 120_000);
});
