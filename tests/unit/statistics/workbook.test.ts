// The statistics workbook read back with exceljs, cell by cell: what a leader opens in Excel or WPS and what other
// programs read (A1 plain text, numbers as numbers in their formats), and how it prints.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_LAYOUT, statWorkbookBytes } from '../../../electron/core/statistics/workbook';
import { fixtureStatReport } from '../../fixtures/stat-report-fixture';

const report = fixtureStatReport();
let book: ExcelJS.Workbook;

beforeAll(async () => {
  book = new ExcelJS.Workbook();
  await book.xlsx.load((await statWorkbookBytes(report)) as unknown as ExcelJS.Buffer);
});

const sheet = (name: string) => {
  const s = book.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const { groupRow, labelRow, unitRow, firstDataRow } = TABLE_LAYOUT;

describe('statistics workbook', () => {
  it('has one sheet per table, in order, then 指标说明; names within 31 characters', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['劳动争议处理情况', '劳动保障监察案件办理情况', '统一咨询接待情况', '指标说明']);
    for (const s of book.worksheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it('the yearbook sheet starts with the plain text 劳动争议处理情况, merged over the table', () => {
    const a1 = sheet('劳动争议处理情况').getCell('A1');
    expect(a1.value).toBe('劳动争议处理情况');
    expect(a1.type).toBe(ExcelJS.ValueType.String);
    expect(sheet('劳动争议处理情况').getCell('L1').master.address).toBe('A1'); // 11 indicators + the unit column
  });

  it('the facts: period, unit and time counted on one line over the table; year and definitions version as numbers', () => {
    for (const s of book.worksheets) {
      expect(String(s.getCell(2, 1).value).split(/\u3000\u3000|\n/), s.name).toEqual(['统计期间：2026年11月（2026年11月1日至2026年11月30日）', '填报单位：日喀则市人力资源和社会保障局（含所辖县区）', '统计时间：2026-12-01 10:30']);
      expect([1, 2, 3, 4].map((c) => s.getCell(3, c).value), s.name).toEqual(['统计年度', 2026, '统计口径版本', 3]);
      expect(s.getCell(3, 2).type).toBe(ExcelJS.ValueType.Number);
      expect(s.getCell(3, 4).type).toBe(ExcelJS.ValueType.Number);
    }
    expect(sheet('统一咨询接待情况').getCell('C2').master.address).toBe('A2');
    expect(sheet('统一咨询接待情况').getCell('A2').value).toContain('\n'); // a narrow table: one fact a line
  });

  it('groups headers over their columns; a column of its own takes the group and label rows', () => {
    const s = sheet('劳动争议处理情况');
    expect(s.getCell(groupRow, 1).value).toBe('填报单位');
    expect(s.getCell(unitRow, 1).master.address).toBe(`A${groupRow}`);
    expect(s.getCell(groupRow, 2).value).toBe('上期未结');
    expect(s.getCell(labelRow, 2).master.address).toBe(`B${groupRow}`);
    // 案件受理 over C–E, 按争议原因 over F–G, 结案方式 over H–I
    expect(s.getCell(groupRow, 3).value).toBe('案件受理');
    for (const col of ['D', 'E']) expect(s.getCell(`${col}${groupRow}`).master.address).toBe(`C${groupRow}`);
    expect(s.getCell(`G${groupRow}`).master.address).toBe(`F${groupRow}`);
    expect(s.getCell(`I${groupRow}`).master.address).toBe(`H${groupRow}`);
    expect(s.getCell(`H${groupRow}`).value).toBe('结案方式');
    expect([3, 4, 5, 6, 7, 8, 9].map((c) => s.getCell(labelRow, c).value)).toEqual(['本期受理', '其中集体劳动争议', '涉及劳动者', '劳动报酬', '其他', '仲裁调解', '仲裁裁决']);
    expect(s.getCell(groupRow, 12).value).toBe('仲裁结案率＊'); // 本局口径, marked beside the figure
    expect(s.getCell(firstDataRow + 4, 1).value).toMatch(/^注：标“＊”的指标按本局口径计算/);
    expect([2, 3, 5, 10, 11, 12].map((c) => s.getCell(unitRow, c).value)).toEqual(['件', '件', '人', '元', '天', '%']);
  });

  it('puts every figure in a numeric cell with its format: counts integer, money in yuan, rates 0–1, days', () => {
    const s = sheet('劳动争议处理情况');
    const total = firstDataRow + 2;
    expect(s.getCell(firstDataRow, 1).value).toBe('桑珠孜区');
    expect(s.getCell(total, 1).value).toBe('合计（日喀则市）');
    const expectCell = (row: number, col: number, value: number, numFmt: string) => {
      const cell = s.getCell(row, col);
      expect(cell.type, cell.address).toBe(ExcelJS.ValueType.Number);
      expect(cell.value, cell.address).toBeCloseTo(value, 10);
      expect(cell.numFmt, cell.address).toBe(numFmt);
    };
    expectCell(firstDataRow, 2, 4, '#,##0');
    expectCell(firstDataRow, 3, 7, '#,##0');
    expectCell(firstDataRow, 5, 23, '#,##0');
    expectCell(firstDataRow, 10, 123456.78, '#,##0.00');
    expectCell(firstDataRow, 11, 38.4, '#,##0.0');
    expectCell(firstDataRow, 12, 5 / 11, '0.0%');
    expectCell(firstDataRow + 1, 12, 0, '0.0%'); // a real zero stays a zero
    expectCell(total, 3, 9, '#,##0');
    expectCell(total, 12, 5 / 13, '0.0%');
    expect(s.getCell(total, 1).font.bold).toBe(true);
    const money = sheet('劳动保障监察案件办理情况').getCell(firstDataRow + 2, 3);
    expect(money.value).toBe(1_002_654.82);
    expect(money.numFmt).toBe('#,##0.00');
  });

  it('leaves a figure that cannot be computed empty, with a note saying why', () => {
    const s = sheet('劳动争议处理情况');
    const avg = s.getCell(firstDataRow + 1, 11);
    expect(avg.value).toBeNull();
    expect(JSON.stringify(avg.note)).toContain('分母为0');
    const rate = sheet('统一咨询接待情况').getCell(firstDataRow + 1, 3);
    expect(rate.value).toBeNull();
    expect(JSON.stringify(rate.note)).toContain('按时答复件数 ÷ 应答复件数');
  });

  it('never stores digits as text, and holds no ID-number-like or phone-like strings', () => {
    for (const s of book.worksheets) {
      s.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') {
            expect(cell.value, `${s.name}!${cell.address}`).not.toMatch(/^\s*-?[\d,]+(\.\d+)?%?\s*$/);
            expect(cell.value).not.toMatch(/\d{17}[\dXx]/);
            expect(cell.value).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
          }
          expect(cell.type === ExcelJS.ValueType.RichText, `${s.name}!${cell.address}`).toBe(false);
        }),
      );
    }
  });

  it('freezes below the headers and right of the unit column', () => {
    for (const name of ['劳动争议处理情况', '劳动保障监察案件办理情况', '统一咨询接待情况']) {
      const view = sheet(name).views[0];
      expect(view).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: unitRow });
    }
    expect(sheet('指标说明').views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
  });

  it('prints on A4 landscape, fit to width, with the header rows repeated', () => {
    for (const s of book.worksheets) {
      expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    }
    expect(sheet('劳动争议处理情况').pageSetup.printTitlesRow).toBe(`${groupRow}:${unitRow}`);
    expect(sheet('指标说明').pageSetup.printTitlesRow).toBe('4:4');
  });

  it('explains each indicator: label, unit, what is counted, the period date, the formula, the source or 本局口径', () => {
    const s = sheet('指标说明');
    expect(s.getCell('A1').value).toBe('指标说明');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => s.getCell(4, c).value)).toEqual(['报表', '指标', '计量单位', '统计内容', '统计期间依据', '计算公式', '口径来源']);
    const rows: unknown[][] = [];
    for (let r = 5; r <= s.rowCount; r++) rows.push([1, 2, 3, 4, 5, 6, 7].map((c) => s.getCell(r, c).value));
    expect(rows).toHaveLength(report.definitions.length);
    expect(rows[1]).toEqual(['劳动争议处理情况', '案件受理：本期受理', '件', '本期受理的案件', '受理日期', '—', 'DOMAIN.md §4：人社统计年鉴“劳动争议处理情况”表']);
    expect(rows[10]).toEqual([
      '劳动争议处理情况',
      '仲裁结案率',
      '%',
      '仲裁结案率的案件',
      '结案日期',
      '本期结案件数 ÷（上期未结件数 + 本期受理件数）',
      '本局口径（由系统管理员在参数中设定）',
    ]);
    expect(rows[rows.length - 1][0]).toBe('统一咨询接待情况');
  });
});
