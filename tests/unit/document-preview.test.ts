// The on-screen preview (renderer/src/features/documents): a DocumentModel mapped to A4 pages in HTML after GB/T
// 9704-2012 with the PDF writer's own numbers — page box, margins, head, paragraphs, tables with spans and minimum
// heights, the signature block with the date in its style, notes, and pages packed as the PDF writer fills its grid;
// and the words a batch of registration forms ends with.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/contract/documents';
import { CHAR_PITCH_MM, LINE_PITCH_MM, MARGIN_MM, TEXT_BLOCK_MM } from '../../shared/domain/documents/layout-constants';
import { MARGIN_MM as WRITER_MARGIN_MM, TEXT_BLOCK_MM as WRITER_TEXT_BLOCK_MM } from '../../electron/core/documents/layout';
import { batchSummary } from '../../renderer/src/features/documents/batch-summary';
import { DocumentPages } from '../../renderer/src/features/documents/DocumentPages';
import {
  FACE_FAMILY,
  flowItems,
  numberFit,
  PAGE_BOX,
  paginate,
  paragraphStyle,
  showsPageNumbers,
  signatureView,
  splitPages,
  tableView,
  widthInChars,
} from '../../renderer/src/features/documents/preview-layout';
import { SIGNATURE_CARRY_LINES, signatureCarry, type TailUnit } from '../../shared/domain/documents/signature-keep';
import { buildIntakeRecord } from '../../shared/domain/documents';
import { sampleAward, sampleNotice, TIBETAN_NAME } from '../fixtures/document-model-sample';
import { WIDEST, groupWithWidestNumbers } from '../fixtures/intake-records';

const form: DocumentModel = {
  kind: 'intakeRecord',
  organ: null,
  title: '投诉登记表',
  number: '2026-0015',
  addressee: null,
  layout: 'form',
  signature: null,
  notes: [],
  body: [
    { type: 'paragraph', runs: [{ text: '登记单位：日喀则市人力资源和社会保障局' }], indent: false },
    {
      type: 'table',
      columns: [3, 4, 3, 4],
      size: 'small',
      rows: [
        { cells: [{ runs: [{ text: '姓名' }], label: true }, { runs: [{ text: '扎西' }], align: 'left' }, { runs: [{ text: '性别' }], label: true }, { runs: [{ text: '男' }] }] },
        { cells: [{ runs: [{ text: '诉求摘要' }], label: true }, { runs: [{ text: '工资被拖欠' }], colSpan: 3, valign: 'top' }], minHeightMm: 40 },
        { cells: [{ runs: [{ text: '附件' }], label: true, rowSpan: 2 }, { runs: [{ text: '身份证复印件' }], colSpan: 3 }] },
        { cells: [{ runs: [{ text: '' , underline: true }], colSpan: 3 }] },
      ],
    },
  ],
};

/** The pages as first drawn (without the hidden copy that is measured in a browser). */
function html(model: DocumentModel): string {
  const all = renderToStaticMarkup(createElement(DocumentPages, { model }));
  const hidden = all.indexOf('aria-hidden="true"');
  expect(hidden).toBeGreaterThan(0);
  return all.slice(0, hidden);
}

describe('the page box', () => {
  it('uses the writers’ GB/T 9704 numbers: A4, top 37 mm, left 28 mm, a 156 × 225 mm text block', () => {
    // One source for both: layout.ts re-exports the shared constants.
    expect(WRITER_MARGIN_MM).toBe(MARGIN_MM);
    expect(WRITER_TEXT_BLOCK_MM).toBe(TEXT_BLOCK_MM);
    expect(PAGE_BOX).toEqual({ width: '210mm', minHeight: '297mm', padding: '37mm 26mm 35mm 28mm' });
    expect(TEXT_BLOCK_MM.width / CHAR_PITCH_MM).toBeCloseTo(28);
    expect(TEXT_BLOCK_MM.height / LINE_PITCH_MM).toBeCloseTo(22);
  });

  it('draws one page box per page of the model, breaking where it says as the PDF writer does (never twice in a row)', () => {
    expect(splitPages(form)).toHaveLength(1);
    const award = sampleAward();
    const pages = splitPages(award);
    expect(pages).toHaveLength(2);
    expect(pages[0][0].item).toEqual({ type: 'head' });
    expect(pages[1].slice(-2).map((p) => p.item)).toEqual([{ type: 'signature' }, { type: 'note', index: 0 }]);
    expect(pages.flat().some((p) => p.item.type === 'break')).toBe(false);
    // After the head a break starts a page; a second break on a page still empty does not.
    const breaks: DocumentModel = { ...form, body: [{ type: 'pageBreak' }, ...form.body, { type: 'pageBreak' }, { type: 'pageBreak' }] };
    expect(splitPages(breaks).map((p) => p.length)).toEqual([1, 4, 0]);
    expect(html(award).match(/data-testid="document-page"/g)).toHaveLength(2);
    // "— 1 —" only on documents of more than one page.
    expect(showsPageNumbers(1)).toBe(false);
    expect(html(award)).toContain('— 2 —');
    expect(html(form)).not.toContain('— 1 —');
  });

  it('flows a table as its row groups, keeping rows joined by a row span together', () => {
    const items = flowItems(form);
    expect(items).toEqual([
      { type: 'head' },
      { type: 'block', index: 0 },
      { type: 'rows', index: 1, from: 0, to: 0 },
      { type: 'rows', index: 1, from: 1, to: 1 },
      { type: 'rows', index: 1, from: 2, to: 3 },
    ]);
  });

  it('packs the measured items into pages of the text block: a row group that does not fit starts the next page', () => {
    const items = flowItems(form);
    // head 100, paragraph 40, rows 300, 400, 200 on pages 850 tall.
    const pages = paginate(items, [100, 40, 300, 400, 200], 850);
    expect(pages.map((p) => p.length)).toEqual([4, 1]);
    expect(pages[1]).toEqual([{ item: { type: 'rows', index: 1, from: 2, to: 3 }, k: 4 }]);
    // Something taller than a page gets a page of its own, and the rest goes on.
    expect(paginate(items, [100, 40, 2000, 10, 10], 850).map((p) => p.length)).toEqual([2, 1, 2]);
  });

  it('sets paragraphs line by line as the PDF writer does: what does not fit continues on the next page', () => {
    const model: DocumentModel = {
      ...form,
      body: [
        { type: 'paragraph', runs: [{ text: '甲' }] },
        { type: 'heading', level: 1, text: '一、仲裁请求' },
        { type: 'paragraph', runs: [{ text: '乙' }] },
      ],
    };
    const items = flowItems(model);
    const splittable = (i: (typeof items)[number]) => i.type === 'block' && model.body[i.index].type === 'paragraph';
    const isHeading = (i: (typeof items)[number]) => i.type === 'block' && model.body[i.index].type === 'heading';
    const options = { linePitch: 10, splittable, isHeading };
    // 22 lines a page: head 3 lines, a paragraph of 25 lines → 19 here, 6 on the next; then the heading and 2 lines.
    const pages = paginate(items, [30, 250, 10, 20], 220, options);
    expect(pages[0].map((p) => [p.k, p.slice])).toEqual([[0, undefined], [1, { from: 0, lines: 19 }]]);
    expect(pages[1].map((p) => [p.k, p.slice])).toEqual([[1, { from: 19, lines: 6 }], [2, undefined], [3, undefined]]);
    // A paragraph longer than two pages continues over both.
    expect(paginate(items, [0, 500, 10, 20], 220, options).map((p) => p.map((x) => x.slice?.lines ?? 'whole'))).toEqual([['whole', 22], [22], [6, 'whole', 'whole']]);
    // A heading on the last line of a page goes over with the text it heads.
    const last = paginate(items, [30, 180, 10, 20], 220, options);
    expect(last.map((p) => p.map((x) => x.k))).toEqual([[0, 1], [2, 3]]);
    // Text after a table starts on the next grid line (15 → 20), as in the PDF.
    const tabled: DocumentModel = { ...form, body: [{ type: 'table', columns: [1], rows: [{ cells: [{ runs: [{ text: '表' }] }] }] }, { type: 'paragraph', runs: [{ text: '文' }] }] };
    const noSplit = { linePitch: 10, splittable: () => false };
    expect(paginate(flowItems(tabled), [0, 15, 10], 25, noSplit).map((p) => p.map((x) => x.k))).toEqual([[0, 1], [2]]);
    expect(paginate(flowItems(tabled), [0, 15, 10], 30, noSplit).map((p) => p.map((x) => x.k))).toEqual([[0, 1, 2]]);
  });

  it('a head measured a hair over its lines (sub-pixel layout rounding) does not cost the page a line', () => {
    const model: DocumentModel = { ...form, body: [{ type: 'paragraph', runs: [{ text: '甲' }] }] };
    const items = flowItems(model);
    const options = { linePitch: 38.654, splittable: (i: (typeof items)[number]) => i.type === 'block' };
    // A 5-line head seen as 5.003 lines (0.12 px more) and a 20-line paragraph: 17 lines on the first page, as the PDF sets them.
    const pages = paginate(items, [5 * 38.654 + 0.12, 20 * 38.654], 22 * 38.654, options);
    expect(pages.map((p) => p.map((x) => x.slice?.lines ?? 'whole'))).toEqual([['whole', 17], [3]]);
  });
});

describe('text', () => {
  it('indents body paragraphs two characters and justifies them; centred and unindented ones are not indented', () => {
    expect(paragraphStyle({})).toEqual({ textAlign: 'justify', textIndent: `${Math.round(2 * CHAR_PITCH_MM * 1000) / 1000}mm` });
    expect(paragraphStyle({ indent: false })).toEqual({ textAlign: 'justify', textIndent: '0' });
    expect(paragraphStyle({ align: 'center' })).toEqual({ textAlign: 'center', textIndent: '0' });
  });

  it('sets the body in 仿宋 where installed, else the Noto Serif the PDF ships, and Tibetan names in a Tibetan face', () => {
    expect(FACE_FAMILY.body.startsWith('"FangSong", "仿宋", "仿宋_GB2312"')).toBe(true);
    expect(FACE_FAMILY.body).toContain('"Noto Serif CJK SC", "Noto Serif SC"');
    for (const face of Object.values(FACE_FAMILY)) expect(face).toContain('Noto Serif Tibetan');
    expect(FACE_FAMILY.heading).toContain('黑体');
    expect(FACE_FAMILY.kai).toContain('楷体');
  });

  it('prints the organ, the title, the number — right on official documents, centred on forms — and the addressee', () => {
    const notice = sampleNotice();
    const out = html(notice);
    expect(out).toContain(notice.organ!);
    expect(out).toMatch(/<h2[^>]*data-testid="document-title"[^>]*>受理通知书<\/h2>/);
    expect(out).toMatch(/text-align:right[^>]*data-testid="document-number"/);
    expect(html(form)).toMatch(/text-align:center[^>]*data-testid="document-number"[^>]*>2026-0015/);
    expect(out).toContain(notice.addressee!);
    const tibetan: DocumentModel = { ...notice, addressee: `${TIBETAN_NAME}：` };
    expect(html(tibetan)).toContain(TIBETAN_NAME);
  });

  it('sets headings in their faces: 一、 黑体, （一） 楷体, 1. bold', () => {
    const out = html(sampleAward());
    expect(out).toMatch(/font-family:&quot;黑体&quot;[^>]*>一、/);
  });
});

describe('tables', () => {
  it('keeps the model’s spans, relative widths, small size and minimum heights', () => {
    const table = form.body[1] as Extract<DocumentModel['body'][number], { type: 'table' }>;
    const view = tableView(table);
    expect(view.columns).toEqual(['21.429%', '28.571%', '21.429%', '28.571%']);
    expect(view.fontSize).toBe('14pt');
    expect(view.rows[1].minHeight).toBe('40mm');
    // A row is at least one grid line tall (scaled to the 4号 text).
    expect(parseFloat(view.rows[0].minHeight)).toBeCloseTo(LINE_PITCH_MM * (14 / 16), 2);
    expect(view.rows[0].cells.map((c) => c.textAlign)).toEqual(['center', 'left', 'center', 'justify']);
    expect(view.rows[1].cells[1]).toMatchObject({ colSpan: 3, verticalAlign: 'top' });
    const out = html(form);
    expect(out).toMatch(/<td colSpan="3"[^>]*vertical-align:top[^>]*><span[^>]*>工资被拖欠/i);
    expect(out).toMatch(/<td rowSpan="2"[^>]*>/i);
    expect(out).toContain('height:40mm');
    expect(out).toContain('border:0.5pt solid #000');
    expect(out.match(/<col /g)).toHaveLength(4);
  });
});

describe('numbers kept whole (DocRun.nowrap)', () => {
  const record = buildIntakeRecord(groupWithWidestNumbers);
  const annex = tableView(record.body.filter((b) => b.type === 'table')[1] as Extract<DocumentModel['body'][number], { type: 'table' }>);

  it('sets the widest realistic numbers at the table’s size in the 登记表’s annex, and a wider one smaller', () => {
    const [, first, , second, third, , fourth] = annex.rows;
    expect(first.cells[2]).toMatchObject({ runs: [{ text: WIDEST.resident, nowrap: true }], fit: [1] });
    expect(first.cells[3].fit).toEqual([1, 1, 1]);
    expect(second.cells[2].fit).toEqual([1]);
    expect(third.cells[3].runs[0].text).toBe(WIDEST.landline);
    expect(third.cells[3].fit).toEqual([1]);
    expect(fourth.cells[4].runs[0].text).toBe('128,000.50元');
    expect(fourth.cells[4].fit[0]).toBeLessThan(1);
    // Half points, as the writers set a shrunk number.
    expect((fourth.cells[4].fit[0] * 14 * 2) % 1).toBeCloseTo(0, 6);
    expect(numberFit('8'.repeat(18), 14, 40)).toBeLessThan(1);
    expect(numberFit('8'.repeat(18), 14, 60)).toBe(1);
  });

  it('draws them unbroken, smaller where they must be, and a cell’s line breaks as lines', () => {
    const out = html(record);
    expect(out).toContain(`white-space:nowrap">${WIDEST.resident}</span>`);
    expect(out).toMatch(/white-space:nowrap;font-size:0\.\d+em">128,000\.50元/);
    expect(out).toContain('white-space:pre-line');
  });
});

describe('the signature block', () => {
  it('puts the date four characters in from the right, the organ centred over it, （印章） above, in the date’s style', () => {
    const award = sampleAward('chinese');
    const v = signatureView(award.signature!);
    expect(v.centred).toEqual(['（印章）', '日喀则市劳动人事争议仲裁委员会', '二〇二六年十一月二十五日']);
    expect(v.signers.map((s) => [s.label, s.spread])).toEqual([['首席仲裁员', true], ['仲裁员', true], ['仲裁员', true]]);
    expect(v.afterDate).toEqual([]);
    // 书记员 on an award prints under the date, in the signers' columns.
    const clerk = signatureView({ ...award.signature!, lines: [...award.signature!.lines, { label: '书记员', name: '央金', afterDate: true }] });
    expect(clerk.signers).toHaveLength(3);
    expect(clerk.afterDate).toEqual([{ label: '书记员', name: '央金', spread: true }]);
    expect(renderToStaticMarkup(createElement(DocumentPages, { model: { ...award, signature: { ...award.signature!, lines: [...award.signature!.lines, { label: '书记员', name: '央金', afterDate: true }] } } }))).toMatch(
      /二〇二六年十一月二十五日<\/div><\/div><div style="display:grid[^"]*"><span[^>]*>书记员<\/span><span>央金/,
    );
    const arabic = signatureView({ ...award.signature!, dateStyle: 'arabic' });
    expect(arabic.centred[2]).toBe('2026年11月25日');
    const centreOf = (view: ReturnType<typeof signatureView>) => parseFloat(view.centredRight) + parseFloat(view.centredWidth) / 2;
    // The date (12 characters) ends four characters in; the organ (15) centred over it still ends inside two.
    expect(centreOf(v)).toBeCloseTo((4 + 6) * CHAR_PITCH_MM, 2);
    // An organ too wide for that ends two characters in, and the date is centred under it.
    const wide = signatureView({ ...award.signature!, organ: '日喀则市桑珠孜区劳动人事争议仲裁委员会' });
    expect(centreOf(wide)).toBeCloseTo((2 + 19 / 2) * CHAR_PITCH_MM, 2);
    // A short organ: the date (2026年11月25日 ≈ 7 characters) ends four characters in, the organ centred over it.
    const short = signatureView({ lines: [], organ: '某局', date: '2026-11-25', dateStyle: 'arabic', sealed: false });
    expect(short.centred).toEqual(['某局', '2026年11月25日']);
    expect(centreOf(short)).toBeCloseTo(4 * CHAR_PITCH_MM + (widthInChars('2026年11月25日') * CHAR_PITCH_MM) / 2, 2);
    expect(widthInChars('2026年11月25日')).toBe(7);
  });

  it('never leaves the block alone on a page: the text’s last lines go over with it, as in the PDF', () => {
    const signature: DocumentModel['signature'] = { lines: [], organ: '某局', date: '2026-11-25', dateStyle: 'arabic', sealed: true };
    const model: DocumentModel = {
      ...form,
      layout: 'official',
      signature,
      notes: [[{ text: '本文书一式两份。' }]],
      body: [
        { type: 'paragraph', runs: [{ text: '甲' }] },
        { type: 'heading', level: 1, text: '一、裁决结果' },
        { type: 'paragraph', runs: [{ text: '乙' }] },
        { type: 'paragraph', runs: [{ text: '' }] },
      ],
    };
    const items = flowItems(model);
    expect(items.map((i) => i.type)).toEqual(['head', 'block', 'block', 'block', 'block', 'signature', 'note']);
    const isBlock = (type: string) => (i: (typeof items)[number]) => i.type === 'block' && model.body[i.index].type === type;
    const options = {
      linePitch: 10,
      splittable: (i: (typeof items)[number]) => i.type === 'note' || (i.type === 'block' && model.body[i.index].type === 'paragraph'),
      isHeading: isBlock('heading'),
      isBlank: (i: (typeof items)[number]) => {
        const b = i.type === 'block' ? model.body[i.index] : null;
        return b?.type === 'paragraph' && b.runs.every((r) => r.text === '');
      },
    };
    const keys = (pages: ReturnType<typeof paginate>) => pages.map((p) => p.map((x) => (x.slice ? `${x.k}:${x.slice.from}+${x.slice.lines}` : `${x.k}`)));
    // 22 lines a page: head 3, 甲 2, heading 1, 乙 6 lines, a blank line → 13; the block (blank line, （印章）, organ,
    // date: 4) and one line of the note fit.
    expect(keys(paginate(items, [30, 20, 10, 60, 10, 40, 10], 220, options))).toEqual([['0', '1', '2', '3', '4', '5', '6']]);
    // 乙 of 15 lines fills the page to its foot (22): alone, the block would take page 2 by itself. The last two
    // lines of 乙 and the blank line after it go over with it; the note follows.
    expect(keys(paginate(items, [30, 20, 10, 150, 10, 40, 10], 220, options))).toEqual([
      ['0', '1', '2', '3:0+13'],
      ['3:13+2', '4', '5', '6'],
    ]);
    // 甲 of 14 lines, 乙 of 3: taking two would keep one line behind, so 乙 goes over whole, with its heading.
    expect(keys(paginate(items, [30, 140, 10, 30, 10, 40, 10], 220, options))).toEqual([
      ['0', '1'],
      ['2', '3', '4', '5', '6'],
    ]);
    // The block keeps with the first two lines of the notes, as in the PDF: 17 lines used, the block (4) would fit
    // but not with the note's two lines under it, so the block goes over — with the text.
    expect(keys(paginate(items, [30, 20, 10, 100, 10, 40, 10], 220, options))).toEqual([['0', '1', '2', '3', '4', '5', '6']]);
    expect(keys(paginate(items, [30, 20, 10, 100, 10, 40, 20], 220, options))).toEqual([['0', '1', '2', '3:0+8'], ['3:8+2', '4', '5', '6']]);
    // A body ending in a table: its last row group goes over with the block.
    const tabled: DocumentModel = { ...model, notes: [], body: [form.body[1]] };
    const tabledItems = flowItems(tabled);
    expect(tabledItems.map((i) => i.type)).toEqual(['head', 'rows', 'rows', 'rows', 'signature']);
    expect(keys(paginate(tabledItems, [30, 60, 60, 70, 40], 220, { linePitch: 10, splittable: () => false }))).toEqual([['0', '1', '2'], ['3', '4']]);
    // Nothing to move: with the heights unknown, pages follow the model's breaks alone.
    expect(splitPages(model)).toHaveLength(1);
  });

  it('takes at least two lines of text to the next page, from the paragraph before when the last is one line', () => {
    const text = (lines: number): TailUnit => ({ kind: 'text', lines });
    const carry = (units: TailUnit[]) => signatureCarry(units.length, (i) => units[i]);
    expect(SIGNATURE_CARRY_LINES).toBe(2);
    expect(carry([text(5), text(6)])).toEqual({ index: 1, line: 4 });
    // Never one line left behind (the paragraph goes whole), never one line taken from a paragraph (a widow).
    expect(carry([text(5), text(3)])).toEqual({ index: 1, line: 0 });
    expect(carry([text(5), text(1)])).toEqual({ index: 0, line: 3 });
    expect(carry([text(2), text(1)])).toEqual({ index: 0, line: 0 });
    // Headings go with what they head; blank lines at the end go along; a page break stops it.
    expect(carry([text(5), { kind: 'heading' }, text(2), { kind: 'blank' }])).toEqual({ index: 1, line: 0 });
    expect(carry([{ kind: 'blank' }, text(1)])).toEqual({ index: 1, line: 0 });
    expect(carry([text(4), { kind: 'table', groups: 3 }])).toEqual({ index: 1, line: 2 });
    expect(carry([text(4), { kind: 'stop' }, { kind: 'blank' }])).toBeNull();
    expect(carry([])).toBeNull();
  });

  it('renders the block and the notes after the body, on the last page', () => {
    const award = sampleAward();
    const out = html(award);
    expect(out).toContain('二〇二六年十一月二十五日');
    expect(out).toContain('（印章）');
    expect(out.indexOf('data-testid="document-signature"')).toBeGreaterThan(out.lastIndexOf('data-testid="document-page"'));
    expect(out).toContain('本裁决书一式四份');
    expect(html(form)).not.toContain('document-signature');
  });
});

describe('the batch summary', () => {
  const items = [
    { id: 'a', regNoText: '2026-0002' },
    { id: 'b', regNoText: '2026-0003' },
    { id: 'c', regNoText: '2026-0004' },
  ];
  it('says how many were made and names the ones that were not, by registration number', () => {
    expect(batchSummary(items, { issued: 3, documentIds: [], failures: [], cancelled: false })).toEqual({ headline: '制作 3 份，全部完成', failures: [] });
    expect(batchSummary(items, { issued: 2, documentIds: [], failures: [{ index: 1, message: '举报人身份依法保密' }], cancelled: false })).toEqual({
      headline: '制作 2 份，1 份未能制作：',
      failures: [{ regNo: '2026-0003', message: '举报人身份依法保密' }],
    });
    expect(batchSummary(items, { issued: 1, documentIds: [], failures: [], cancelled: true }).headline).toBe('已取消：制作 1 份，其余 2 份未制作');
  });
});
