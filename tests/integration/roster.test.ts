import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_COLUMNS, MAX_ROSTER_ROWS } from '../../shared/contract/intakes';
import { decodeText, parseCsv, rosterFromTable } from '../../electron/core/intakes/roster';
import { readRosterInWorker } from '../../electron/core/intakes/roster-thread';
import { testCore } from '../helpers/core';
import { craftedRoster } from '../helpers/xlsx';

const b64 = (buf: Buffer | Uint8Array) => Buffer.from(buf).toString('base64');

describe('roster import (花名册)', () => {
  it('reads a UTF-8 CSV with a title row, maps Chinese headers and marks each row’s problems', async () => {
    const { client } = await testCore();
    const csv = [
      '桑珠孜区安居房项目农民工花名册,,,,',
      '序号,姓名,身份证号码,联系电话,拖欠工资（元）,备注',
      '1,扎西,540202198503120019,13908921234,"12,800",钢筋工',
      '2,次仁,540221199007010026,1390892,abc,',
      '3,格桑,,13908921236,9000,',
      '4,达瓦,540202198503120019,,8000,',
      '合计,,,,29800,',
    ].join('\r\n');
    const out = await client.call('intakes.parseRoster', { fileName: '花名册.csv', contentBase64: b64(Buffer.from(csv, 'utf8')) });
    expect(out.columns.map((c) => c.field)).toEqual([null, 'name', 'idNumber', 'phone', 'amountYuan', 'note']);
    expect(out.rows.map((r) => r.name)).toEqual(['扎西', '次仁', '格桑', '达瓦']);
    expect(out.rows[0]).toMatchObject({ line: 3, idType: 'residentId', amountYuan: '12,800', note: '钢筋工', errors: {} });
    expect(out.rows[1].errors).toMatchObject({ idNumber: expect.stringContaining('校验位错误'), phone: expect.any(String), amountYuan: expect.stringContaining('不是有效金额') });
    expect(out.rows[2]).toMatchObject({ idType: 'none', errors: { idMissingReason: expect.stringContaining('写明原因') } });
    expect(out.rows[3].errors.idNumber).toBe('与第3行的身份证号码重复');
    expect(out.warnings).toContain('第7行是合计行，已忽略');
  });

  it('reads a GB18030 CSV as exported by Excel on Chinese Windows', () => {
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd]); // 姓名\r\n张三
    expect(parseCsv(decodeText(gbk))).toEqual([['姓名'], ['张三']]);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('姓名', 'utf8')]))).toBe('姓名');
  });

  it('reads an XLSX roster and catches an ID that Excel stored as a number', async () => {
    const { client } = await testCore();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(['姓名', '身份证号', '手机号码', '欠薪金额', '是否代表']);
    ws.addRow(['扎西', '540202198503120019', '13908921234', 12800, '是']);
    // Typed into a numeric cell, as Excel does by default: the last digits are lost.
    ws.addRow(['次仁', Number('540221199007010025'), '13908921235', 9000.5, '']);
    ws.addRow([{ richText: [{ text: '格' }, { text: '桑' }] }, '540233197802150031', '', '', '']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const out = await client.call('intakes.parseRoster', { fileName: 'roster.XLSX', contentBase64: b64(buf) });
    expect(out.sheetName).toBe('名册');
    expect(out.rows.map((r) => r.name)).toEqual(['扎西', '次仁', '格桑']);
    expect(out.rows[0]).toMatchObject({ isRepresentative: true, amountYuan: '12800', errors: {} });
    expect(out.rows[1].errors.idNumber).toContain('被存成了数字');
    expect(out.rows[1].amountYuan).toBe('9000.5');
    expect(out.warnings).toEqual([]);
  });

  it('refuses files it cannot read, with the reason', async () => {
    const { client } = await testCore();
    const xls = await client.invoke('intakes.parseRoster', { fileName: 'old.xls', contentBase64: b64(Buffer.from('x')) });
    expect(xls).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('另存为 .xlsx 或 .csv') } });
    const broken = await client.invoke('intakes.parseRoster', { fileName: 'a.xlsx', contentBase64: b64(Buffer.from('not a zip')) });
    expect(broken).toMatchObject({ ok: false, error: { message: expect.stringContaining('无法读取') } });
    const noName = await client.invoke('intakes.parseRoster', { fileName: 'a.csv', contentBase64: b64(Buffer.from('编号,电话\n1,2')) });
    expect(noName).toMatchObject({ ok: false, error: { message: expect.stringContaining('找不到“姓名”列') } });
    const empty = await client.invoke('intakes.parseRoster', { fileName: 'a.csv', contentBase64: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('marks a name holding a bidi override or a control character at the preview', () => {
    const out = rosterFromTable([[{ text: '姓名' }], [{ text: '扎\u202e西' }], [{ text: '次\u0000仁' }], [{ text: '格桑' }]], null);
    expect(out.rows.map((r) => r.errors.name ?? null)).toEqual([expect.stringContaining('文字方向控制符'), expect.stringContaining('控制字符'), null]);
  });

  it('maps tables without a file (pure)', () => {
    const out = rosterFromTable([[{ text: '姓名' }, { text: '证件号码' }], [{ text: '王五' }, { text: 'H12345678' }]], null);
    expect(out.rows[0]).toMatchObject({ idType: 'other', idNumber: 'H12345678', errors: {} });
    expect(out.warnings).toEqual(['名册中没有“联系电话”列，请在表单中逐行补充']);
  });

  it('reads 住址, 职业 (or 工种) and 工作单位 columns when a roster has them, and 籍贯 apart from the address', () => {
    const out = rosterFromTable(
      [
        [{ text: '姓名' }, { text: '籍贯' }, { text: '家庭住址' }, { text: '工种' }, { text: '工作单位' }, { text: '备注' }],
        [{ text: '扎西' }, { text: '南木林县' }, { text: ' 南木林县艾玛乡岗堆村 ' }, { text: '钢筋工' }, { text: '雪域建筑公司' }, { text: '代表' }],
        [{ text: '次仁' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }],
      ],
      null,
    );
    expect(out.columns.map((c) => c.field)).toEqual(['name', 'hometown', 'address', 'occupation', 'workplace', 'note']);
    expect(out.rows[0]).toMatchObject({ hometown: '南木林县', address: '南木林县艾玛乡岗堆村', occupation: '钢筋工', workplace: '雪域建筑公司', note: '代表' });
    expect(out.rows[1]).toMatchObject({ address: '', occupation: '', workplace: '' });
    expect(rosterFromTable([[{ text: '姓名' }, { text: '职业' }, { text: '住所' }], [{ text: '格桑' }, { text: '木工' }, { text: '亚东县' }]], null).rows[0]).toMatchObject({
      occupation: '木工',
      address: '亚东县',
    });
  });

  describe('a hostile file (issue #10: 6.5 KB naming a cell at row 20,000 × column 2,000 took 79 s, then the core’s memory)', () => {
    it('is refused before it is read, in a moment, naming the limits, and the core goes on', async () => {
      const { client } = await testCore();
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('名册');
      ws.getCell(1, 1).value = '姓名';
      ws.getCell(20_000, 2_000).value = 'x';
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      expect(buf.length).toBeLessThan(10_000);
      const t0 = performance.now();
      const r = await client.invoke('intakes.parseRoster', { fileName: '名册.xlsx', contentBase64: b64(buf) });
      // Most of this is starting the reader's thread from source (tsx); the check itself takes milliseconds.
      expect(performance.now() - t0).toBeLessThan(8_000);
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(`最多 ${MAX_ROSTER_ROWS} 行、${MAX_ROSTER_COLUMNS} 列`) } });
      if (!r.ok) expect(r.error.message).toContain('第 20000 行、第 2000 列（BXX 列）');
      expect(await client.invoke('intakes.list', {})).toMatchObject({ ok: true });
    }, 20_000);

    it('is refused when a merge or a data validation reaches far, or a reference is spelled with character references', async () => {
      const { client } = await testCore();
      const parse = async (edit: (xml: string) => string) =>
        client.invoke('intakes.parseRoster', { fileName: '名册.xlsx', contentBase64: b64(await craftedRoster([['扎西', '540202198503120019']], edit)) });
      // exceljs makes a cell for every cell a merge covers, and an entry for every cell a data validation covers.
      const merged = await parse((xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A3:CV9000"/></mergeCells>'));
      expect(merged).toMatchObject({ ok: false, error: { message: expect.stringContaining('合并单元格或数据有效性的范围用到了第 9000 行、第 100 列') } });
      const validated = await parse((xml) =>
        xml.replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="list" sqref="B2:B1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>'),
      );
      expect(validated).toMatchObject({ ok: false, error: { message: expect.stringContaining('第 1048576 行') } });
      const spelled = await parse((xml) => xml.replace('</sheetData>', '<row r="3"><c r="&#88;FD3" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'));
      expect(spelled).toMatchObject({ ok: false, error: { message: expect.stringContaining('第 16384 列（XFD 列）') } });
      const bomb = await parse((xml) => xml.replace('<sheetData>', `<sheetData>${'<!-- -->'.repeat(7_000_000)}`));
      expect(bomb).toMatchObject({ ok: false, error: { message: expect.stringContaining('内容过大') } });
    }, 20_000);

    it('is read when a whole sheet is formatted as text (Excel writes a column definition up to XFD)', async () => {
      const { client } = await testCore();
      const buf = await craftedRoster([['扎西', '540202198503120019']], (xml) => xml.replace('<sheetData>', '<cols><col min="1" max="16384" width="12" style="0"/></cols><sheetData>'));
      const out = await client.call('intakes.parseRoster', { fileName: '名册.xlsx', contentBase64: b64(buf) });
      expect(out.rows.map((r) => r.name)).toEqual(['扎西']);
    });

    it('is refused as CSV too, by its rows and columns', async () => {
      const { client } = await testCore();
      const long = ['姓名', ...Array.from({ length: MAX_ROSTER_ROWS }, (_, i) => `扎西${i}`)].join('\n');
      expect(await client.invoke('intakes.parseRoster', { fileName: 'a.csv', contentBase64: b64(Buffer.from(long)) })).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining(`有 ${MAX_ROSTER_ROWS + 1} 行`) },
      });
      const wide = `姓名${','.repeat(MAX_ROSTER_COLUMNS)}\n扎西`;
      expect(await client.invoke('intakes.parseRoster', { fileName: 'a.csv', contentBase64: b64(Buffer.from(wide)) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    });

    it('ends in its reader’s thread when it takes more memory or time than allowed, with a Chinese refusal', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('名册');
      ws.addRow(['姓名', '身份证号码', '备注']);
      for (let i = 0; i < 3000; i++) ws.addRow([`扎西${i}`, '540202198503120019', '钢筋工'.repeat(20)]);
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      await expect(readRosterInWorker('名册.xlsx', buf, { memoryMb: 16 })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('超出了允许的内存（16 MB）') });
      await expect(readRosterInWorker('名册.xlsx', buf, { timeLimitMs: 50 })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('名册读取超时') });
      // The same file, with the limits the core uses, is read.
      expect((await readRosterInWorker('名册.xlsx', buf)).rows).toHaveLength(3000);
    }, 30_000);

    it('is read by at most two threads at once, so a flood of imports cannot take the core’s memory', async () => {
      const csv = Buffer.from('姓名\n扎西\n');
      const reads = [1, 2, 3].map(() => readRosterInWorker('名册.csv', csv).then(() => 'read', (e: { code: string; message: string }) => `${e.code} ${e.message}`));
      expect(await Promise.all(reads)).toEqual(['read', 'read', 'CONFLICT 正在读取其他名册，请稍候几秒再导入；本次未做任何改动']);
      expect(await readRosterInWorker('名册.csv', csv)).toMatchObject({ rows: [{ name: '扎西' }] });
    }, 20_000);
  });
});

