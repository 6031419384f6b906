// The statistics tables printed: the PDF's text (pdftotext) holds every figure of every table as printed, the
// headers, the facts line and the 指标说明; a table wider than the page continues as parts; no personal numbers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from '../../../shared/domain/statistics/model';
import { columnParts, renderStatPdf } from '../../../electron/core/statistics/stat-pdf';
import { printedValue } from '../../../electron/core/statistics/stat-print';
import { fixtureStatReport } from '../../fixtures/stat-report-fixture';

const report = fixtureStatReport();
let text = '';
/** In drawing order (-raw): a cell's wrapped lines stay together. */
let raw = '';
let pages = 0;
let bytes: Buffer;

beforeAll(async () => {
  const pdf = await renderStatPdf(report);
  bytes = pdf.bytes;
  pages = pdf.pages;
  const path = join(mkdtempSync(join(tmpdir(), 'xinan-stat-pdf-')), 'r.pdf');
  writeFileSync(path, pdf.bytes);
  text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  raw = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}, 60_000);

/** The text of the page(s) a table is printed on: from its title to the next table's title. */
function section(title: string, next: string | null): string {
  const from = text.indexOf(title);
  const to = next ? text.indexOf(next, from + title.length) : text.length;
  expect(from, title).toBeGreaterThanOrEqual(0);
  return text.slice(from, to);
}

describe('statistics PDF', () => {
  it('prints each table with its facts and every figure as printed, in its own row', () => {
    const titles = [...report.tables.map((t) => t.title), '指标说明'];
    report.tables.forEach((table, i) => {
      const part = section(table.title, titles[i + 1]);
      expect(part).toContain('统计期间：2026年11月（2026年11月1日至2026年11月30日）');
      expect(part).toContain('统计口径版本：3');
      for (const row of table.rows) {
        const line = part.split('\n').find((l) => l.trimStart().startsWith(row.isTotal ? '合计（日喀则市）' : row.unitName));
        expect(line, `${table.title} ${row.unitName}`).toBeDefined();
        const printed = table.columns.map((key) => printedValue(report.definitions.find((d) => d.key === key)!, row.values[key]) || '—');
        // Each figure in column order on the row's line.
        expect(line!.trim().split(/\s+/).slice(1)).toEqual(printed);
      }
    });
    expect(text).toContain('123,456.78');
    expect(text).toContain('1,002,654.82');
    expect(text).toContain('45.5%');
    expect(text).toContain('38.5%');
  });

  it('says why an empty figure is empty and marks the bureau’s own basis', () => {
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('“平均结案天数”填“—”（南木林县）：分母为0，无法计算');
    expect(flat).toContain('“按时答复率”填“—”（南木林县）：分母为0，无法计算（按时答复件数÷应答复件数），不填数。');
    expect(flat).toContain('仲裁结案率＊');
    expect(flat).toContain('标“＊”的指标按本局口径计算');
  });

  it('ends with the 指标说明: each indicator with its unit, what is counted, the period date, formula and source', () => {
    const flat = raw.slice(raw.lastIndexOf('指标说明统计期间'));
    expect(flat).toContain('报表指标计量单位统计内容统计期间依据计算公式口径来源');
    for (const def of report.definitions) {
      expect(flat).toContain(def.counts);
      if (def.formula) expect(flat).toContain(def.formula.replace(/\s+/g, ''));
    }
    expect(flat).toContain('本局口径（由系统管理员在参数中设定）');
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  it('holds no ID-number-like or phone-like strings', () => {
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });

  it('gives the same bytes for the same report', async () => {
    expect((await renderStatPdf(fixtureStatReport())).bytes.equals(bytes)).toBe(true);
  });
});

describe('columnParts', () => {
  const col = (group: string | null): IndicatorDefinition => ({ group }) as IndicatorDefinition;
  it('keeps a group whole in one part when it fits, and cuts a group wider than a page', () => {
    expect(columnParts([col(null), col('a'), col('a'), col('a'), col(null)], 3)).toEqual([
      [0, 1],
      [1, 4],
      [4, 5],
    ]);
    expect(columnParts([col('a'), col('a'), col('a'), col('a'), col('a')], 2)).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
    expect(columnParts([col(null), col(null)], 14)).toEqual([[0, 2]]);
  });
});
