// The PDF writer against poppler: the text a reader extracts (pdftotext), the fonts embedded (pdffonts), pages and
// page numbers, byte-identical re-renders, Chinese line breaking (避头尾), and Tibetan names drawn with the Tibetan
// face. Tibetan is checked by font and glyphs, never through pdftotext (it scrambles Tibetan vowel order); the page
// with Tibetan is rendered to test-results/pdf-writer/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DocumentModel } from '../../shared/contract/documents';
import { documentFonts, findSystemFangSong, shippedFontPath } from '../../electron/core/documents/fonts';
import { CHARS_PER_LINE, FIRST_LINE_INDENT_CHARS } from '../../electron/core/documents/layout';
import { type RenderedPdf, renderPdf } from '../../electron/core/documents/pdf-writer';
import { breakLines, toAtoms } from '../../electron/core/documents/pdf-text';
import { RARE, TIBETAN_NAME, TIBETAN_NAME_2, sampleAward, sampleNotice } from '../fixtures/document-model-sample';

const ROOT = join(__dirname, '..', '..');
const CREATED_AT = Date.UTC(2026, 10, 25, 2, 0, 0);
const OPTIONS = { createdAt: CREATED_AT, bodyFont: null };

let dir: string;
const save = (name: string, pdf: RenderedPdf) => {
  const file = join(dir, name);
  writeFileSync(file, pdf.bytes);
  return file;
};
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const text = (file: string, page?: number) => run('pdftotext', [...(page ? ['-f', `${page}`, '-l', `${page}`] : []), file, '-']);
/** pdffonts rows: name, type, encoding, emb, sub, uni. */
const fontRows = (file: string) =>
  run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(l);
      if (!m) throw new Error(`pdffonts row not understood: ${l}`);
      return { name: m[1], type: m[2], encoding: m[3], emb: m[4], sub: m[5], uni: m[6] };
    });
const model = (over: Partial<DocumentModel>): DocumentModel => ({
  kind: 'acceptanceNotice',
  organ: null,
  title: '测试',
  number: null,
  addressee: null,
  body: [],
  signature: null,
  notes: [],
  layout: 'official',
  ...over,
});

let award: RenderedPdf;
let awardFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  award = await renderPdf(sampleAward('chinese'), OPTIONS);
  awardFile = save('award.pdf', award);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PDF writer', () => {
  it('prints the document in reading order: organ, title, number, body, table, signature, notes', () => {
    const all = text(awardFile);
    const order = [
      '日喀则市劳动人事争议仲裁委员会',
      '仲裁裁决书',
      '日劳人仲案字〔2026〕第12号',
      '法定代表人：王喆，该公司总经理。',
      '一、仲裁请求',
      '（一）申请人的主张',
      '1.关于劳动关系',
      '应发',
      '56500',
      '三、裁决结果',
      '首席仲裁员',
      '王芳',
      '（印章）',
      '二〇二六年十一月二十五日',
      '本裁决书一式四份',
    ];
    let at = -1;
    for (const s of order) {
      const i = all.indexOf(s, at + 1);
      expect(i, `“${s}” after position ${at}`).toBeGreaterThan(at);
      at = i;
    }
    for (const ch of RARE) expect(all).toContain(ch);
    // Underlined blanks keep their text; a long credit code cut at the line end reads back whole.
    expect(all.replace(/\s/g, '')).toContain('扎西工资32500元');
    expect(all.replace(/\s/g, '')).toContain('91540200MA6T0XYZ1K');
  });

  it('writes the date the way the model asks: 2026年11月25日 or 二〇二六年十一月二十五日', async () => {
    const arabic = save('award-arabic.pdf', await renderPdf(sampleAward('arabic'), OPTIONS));
    expect(text(arabic)).toContain('2026年11月25日');
    expect(text(arabic)).not.toContain('二〇二六年');
  });

  it('embeds every font as a CID TrueType subset, Tibetan included, and never a Type 3 or standard font', () => {
    const rows = fontRows(awardFile);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row, row.name).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', emb: 'yes', sub: 'yes', uni: 'yes' });
    }
    const names = rows.map((r) => r.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['NotoSerifSC-Bold', 'NotoSerifSC-Regular', 'NotoSansSC-Regular', 'NotoSerifTibetan-Regular']));
    expect(names.some((n) => /helvetica|times|courier/i.test(n))).toBe(false);
    expect(award.fonts).toEqual(['Noto Serif SC', 'Noto Serif Tibetan', 'Noto Sans SC']);
  });

  it('never falls back to pdfkit’s Helvetica, not even for a document with nothing in it', async () => {
    const empty = await renderPdf(model({ title: '' }), OPTIONS);
    const file = save('empty.pdf', empty);
    expect(fontRows(file)).toEqual([]);
    expect(empty.fonts).toEqual([]);
    expect(empty.bytes.includes('Helvetica')).toBe(false);
    expect(award.bytes.includes('Helvetica')).toBe(false);
  });

  it('numbers pages "— n —" when there is more than one page, and not on a one-page document', async () => {
    expect(award.pages).toBe(4);
    expect(run('pdfinfo', [awardFile])).toMatch(/Pages:\s+4/);
    for (let page = 1; page <= 4; page++) expect(text(awardFile, page)).toMatch(new RegExp(`—\\s*${page}\\s*—`));
    // Odd pages carry the number on the right, even pages on the left (GB/T 9704 §7.5).
    const bbox = run('pdftotext', ['-bbox', '-f', '1', '-l', '2', awardFile, '-']);
    const numberX = [...bbox.matchAll(/<word xMin="([\d.]+)"[^>]*>([12])<\/word>/g)].map((m) => ({ page: m[2], x: Number(m[1]) }));
    expect(numberX.find((n) => n.page === '1')!.x).toBeGreaterThan(400);
    expect(numberX.find((n) => n.page === '2')!.x).toBeLessThan(200);

    const notice = await renderPdf(sampleNotice(), OPTIONS);
    expect(notice.pages).toBe(1);
    expect(text(save('notice.pdf', notice))).not.toMatch(/—\s*1\s*—/);
  });

  it('gives byte-identical files for the same model and instant, and records title, organ and creator', async () => {
    const again = await renderPdf(sampleAward('chinese'), OPTIONS);
    expect(again.bytes.equals(award.bytes)).toBe(true);
    // Renders share the parsed fonts; two at once still give the same file.
    const both = await Promise.all([renderPdf(sampleAward('chinese'), OPTIONS), renderPdf(sampleAward('chinese'), OPTIONS)]);
    for (const r of both) expect(r.bytes.equals(award.bytes)).toBe(true);
    const later = await renderPdf(sampleAward('chinese'), { ...OPTIONS, createdAt: CREATED_AT + 1000 });
    expect(later.bytes.equals(award.bytes)).toBe(false);
    const info = run('pdfinfo', [awardFile]);
    expect(info).toMatch(/Title:\s+仲裁裁决书/);
    expect(info).toMatch(/Author:\s+日喀则市劳动人事争议仲裁委员会/);
    expect(info).toMatch(/Creator:\s+薪安 XinAn/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('never begins a line with closing punctuation nor ends one with opening punctuation (避头尾)', async () => {
    // The first line holds 28 − 2 characters: the full stop would open line two. Line two then starts "甲。" and
    // 25 乙 follow, so 《 would close it.
    const first = '甲'.repeat(CHARS_PER_LINE - FIRST_LINE_INDENT_CHARS);
    const second = '乙'.repeat(CHARS_PER_LINE - 3);
    const para = `${first}。${second}《劳动法》规定。`;
    const pdf = await renderPdf(model({ body: [{ type: 'paragraph', runs: [{ text: para }] }] }), OPTIONS);
    const lines = text(save('kinsoku.pdf', pdf))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /[甲乙劳规]/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) {
      expect(l, l).not.toMatch(/^[，。、；：！？）》」』】]/);
      expect(l, l).not.toMatch(/[（《「『【]$/);
    }
    // The character before the full stop went down with it; 《 went down to its title.
    expect(lines[0]).toBe('甲'.repeat(first.length - 1));
    expect(lines[1].startsWith('甲。')).toBe(true);
    expect(lines[2].startsWith('《劳动法》')).toBe(true);

    // The same, straight from the line breaker.
    const fonts = documentFonts(null);
    const atoms = toAtoms([{ text: para }], { face: 'body', size: 16, spacing: 0 }, fonts, 1000);
    const broken = breakLines(atoms, 16 * first.length + 0.001, 16 * CHARS_PER_LINE);
    expect(broken.map((l) => l.atoms.map((a) => a.text).join(''))[1].startsWith('甲。')).toBe(true);
  });

  it('draws Tibetan names with Noto Serif Tibetan, with real glyphs (page rendered for a look)', () => {
    const fonts = documentFonts(null);
    for (const name of [TIBETAN_NAME, TIBETAN_NAME_2]) {
      const atoms = toAtoms([{ text: `姓名${name}` }], { face: 'body', size: 16, spacing: 0 }, fonts, 1000);
      const tibetan = atoms.filter((a) => a.kind === 'tibetan');
      expect(tibetan.map((a) => a.text).join('')).toBe(name);
      for (const a of tibetan) {
        expect(a.piece.font.family).toBe('Noto Serif Tibetan');
        const glyphs = a.piece.font.font.layout(a.text).glyphs;
        expect(glyphs.length).toBeGreaterThan(0);
        expect(glyphs.some((g) => g.id === 0)).toBe(false);
      }
    }
    expect(fontRows(awardFile).some((r) => /\+NotoSerifTibetan-Regular$/.test(r.name))).toBe(true);
    // Page 1 (paragraphs) and page 3 (the table cell) hold the Tibetan names: rendered for a person to check stacks.
    const out = join(ROOT, 'test-results', 'pdf-writer');
    mkdirSync(out, { recursive: true });
    run('pdftoppm', ['-r', '100', '-f', '1', '-l', '3', '-png', awardFile, join(out, 'award')]);
  });

  it('moves table rows that do not fit to the next page, a row-spanning group whole', async () => {
    const filler = Array.from({ length: 17 }, (_, i) => ({ type: 'paragraph' as const, runs: [{ text: `第${i + 1}行。` }] }));
    const pdf = await renderPdf(
      model({
        body: [
          ...filler,
          {
            type: 'table',
            columns: [1, 2],
            rows: [
              { cells: [{ runs: [{ text: '表头甲' }], label: true }, { runs: [{ text: '表头乙' }], label: true }] },
              { cells: [{ runs: [{ text: '跨行' }], rowSpan: 2 }, { runs: [{ text: '上半' }] }], minHeightMm: 20 },
              { cells: [{ runs: [{ text: '下半' }] }], minHeightMm: 20 },
            ],
          },
        ],
      }),
      OPTIONS,
    );
    const file = save('table-break.pdf', pdf);
    expect(pdf.pages).toBe(2);
    expect(text(file, 1)).toContain('表头甲');
    expect(text(file, 1)).not.toContain('上半');
    expect(text(file, 2)).toMatch(/跨行[\s\S]*上半[\s\S]*下半|上半[\s\S]*下半/);
    expect(text(file, 2)).toContain('跨行');
  });

  it('breaks a form row taller than a page at the page foot and continues its text on the next page', async () => {
    const statement = '被申请人拖欠工资，多次催讨未果。'.repeat(60);
    const pdf = await renderPdf(
      model({
        layout: 'form',
        body: [
          {
            type: 'table',
            size: 'small',
            columns: [1, 4],
            rows: [
              { cells: [{ runs: [{ text: '投诉事项' }], label: true }, { runs: [{ text: `申请人反映：${statement}` }] }] },
              { cells: [{ runs: [{ text: '处理意见' }], label: true }, { runs: [{ text: '' }] }], minHeightMm: 40 },
            ],
          },
        ],
      }),
      OPTIONS,
    );
    const file = save('tall-row.pdf', pdf);
    expect(pdf.pages).toBe(2);
    expect(text(file, 1)).toContain('申请人反映');
    expect(text(file, 2)).toContain('处理意见');
    expect(text(file).replace(/\s/g, '').split('多次催讨未果').length - 1).toBe(60);
  });

  it('never leaves the signature block alone on a page: the text’s last lines, or a table’s last row, go over with it', async () => {
    // Title and the blank line after it take 2 grid lines; the body fills the other 20 exactly, so the block (a blank
    // line, 3 signers, （印章）, organ, date) has no room on page 1 and, moved alone, would make page 2 a page of
    // nothing but the 落款 (GB/T 9704 §7.3.5).
    const signature: DocumentModel['signature'] = {
      lines: [
        { label: '首席仲裁员', name: '王芳' },
        { label: '仲裁员', name: '李明' },
        { label: '书记员', name: '央金', afterDate: true },
      ],
      organ: '日喀则市劳动人事争议仲裁委员会',
      date: '2026-11-25',
      dateStyle: 'chinese',
      sealed: true,
    };
    const oneLiners = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'paragraph' as const, runs: [{ text: `第${i + 1}段。` }] }));
    // Four lines: 26 甲 after the indent, 28 乙, 28 丙, then 丁 to the end.
    const last = `${'甲'.repeat(CHARS_PER_LINE - FIRST_LINE_INDENT_CHARS)}${'乙'.repeat(CHARS_PER_LINE)}${'丙'.repeat(CHARS_PER_LINE)}${'丁'.repeat(10)}。`;
    const prose = await renderPdf(model({ body: [...oneLiners(16), { type: 'paragraph', runs: [{ text: last }] }], signature }), OPTIONS);
    const proseFile = save('signature-carry.pdf', prose);
    expect(prose.pages).toBe(2);
    const [page1, page2] = [text(proseFile, 1), text(proseFile, 2)];
    // The paragraph breaks before its last two lines; they open page 2, the block follows under a blank line.
    expect(page1).toContain('第16段。');
    expect(page1).toContain('甲'.repeat(CHARS_PER_LINE - FIRST_LINE_INDENT_CHARS));
    expect(page1).toContain('乙'.repeat(CHARS_PER_LINE));
    expect(page1).not.toMatch(/丙|丁|王芳|日喀则市劳动人事争议仲裁委员会/);
    expect(page2).toContain('丙'.repeat(CHARS_PER_LINE));
    expect(page2).toContain(`${'丁'.repeat(10)}。`);
    for (const s of ['首席仲裁员', '王芳', '（印章）', '日喀则市劳动人事争议仲裁委员会', '二〇二六年十一月二十五日', '央金']) expect(page2).toContain(s);
    expect(page2.indexOf('丙')).toBeLessThan(page2.indexOf('王芳'));
    // Had the block fitted (one paragraph less), nothing moves.
    const fits = await renderPdf(model({ body: [...oneLiners(5), { type: 'paragraph', runs: [{ text: last }] }], signature }), OPTIONS);
    expect(fits.pages).toBe(1);

    // A body ending in a table: its last row goes over with the block, the rows before stay.
    const rows = ['首行', '中行', '末行'].map((t) => ({ cells: [{ runs: [{ text: `${t}甲` }] }, { runs: [{ text: `${t}乙` }] }] }));
    const tabled = await renderPdf(model({ body: [...oneLiners(17), { type: 'table', columns: [1, 1], rows }], signature }), OPTIONS);
    const tabledFile = save('signature-carry-table.pdf', tabled);
    expect(tabled.pages).toBe(2);
    expect(text(tabledFile, 1)).toMatch(/首行甲[\s\S]*中行甲/);
    expect(text(tabledFile, 1)).not.toContain('末行');
    expect(text(tabledFile, 2)).toMatch(/末行甲[\s\S]*王芳[\s\S]*日喀则市劳动人事争议仲裁委员会/);
  });

  it('uses a given 仿宋 file for body text (else the shipped Song face), and finds only 仿宋 on the system', async () => {
    // A stand-in file (there is no 仿宋 here): body text and bold body text (synthesised) use it; the page
    // numbers stay in the Song face.
    const stand = shippedFontPath('heiRegular');
    const pdf = await renderPdf(sampleAward(), { ...OPTIONS, bodyFont: stand });
    const file = save('body-font.pdf', pdf);
    expect(pdf.fonts).toEqual(['Noto Serif SC', 'Noto Sans SC', 'Noto Serif Tibetan']);
    expect(text(file)).toContain('法定代表人：王喆');
    expect(text(file, 2)).toMatch(/—\s*2\s*—/);
    expect(fontRows(file).map((r) => r.name.replace(/^[A-Z]{6}\+/, ''))).toContain('NotoSerifSC-Regular');
    const system = findSystemFangSong();
    if (system !== null) expect(documentFonts(system).fangSong?.family).toMatch(/fangsong|仿宋/i);
  });

  it('renders warm within the budget (benchmark note, not a timed test)', async () => {
    const time = async (m: DocumentModel) => {
      await renderPdf(m, OPTIONS);
      const t = performance.now();
      const r = await renderPdf(m, OPTIONS);
      return { ms: performance.now() - t, pages: r.pages };
    };
    const one = await time(sampleNotice());
    const many = await time(sampleAward());
    console.log(`PDF warm render: ${one.pages} page ${one.ms.toFixed(1)} ms; ${many.pages} pages ${many.ms.toFixed(1)} ms (target ≤ 300 ms)`);
    expect(one.pages).toBe(1);
  });
});
