// The DOCX writer: the WordprocessingML it writes (fonts, page, grid, tables, footers, Tibetan runs, determinism),
// then the file as an office program lays it out — LibreOffice headless converts it to PDF once for the whole file,
// and poppler reads back the text, its order and where it sits on the page. LibreOffice lacks the office's fonts and
// substitutes its own, so the checks are of content and geometry, not of typeface; "Microsoft Himalaya" is aliased
// to the shipped Noto Serif Tibetan so that the Tibetan runs are drawn and their font choice can be seen. Pages are
// rendered to test-results/docx-writer/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DocumentModel } from '../../shared/contract/documents';
import { type RenderedDocx, renderDocx } from '../../electron/core/documents/docx-writer';
import { shippedFontPath } from '../../electron/core/documents/fonts';
import { CHARS_PER_LINE, LINES_PER_PAGE, MARGIN_MM, PAGE_MM, SIZE_PT, TEXT_BLOCK_MM, mmToPt, mmToTwip } from '../../electron/core/documents/layout';
import { RARE, TIBETAN_NAME, TIBETAN_NAME_2, sampleAward, sampleNotice } from '../fixtures/document-model-sample';
import { unzip } from '../helpers/zip';

const ROOT = join(__dirname, '..', '..');
const CREATED_AT = Date.UTC(2026, 10, 25, 2, 0, 0);

/** The parts of a zip file by name (stored or deflated entries, as any DOCX has). */
/** Every zip entry's MS-DOS modification time and date, from the central directory. */
function zipTimes(zip: Buffer): { time: number; date: number }[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out: { time: number; date: number }[] = [];
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    out.push({ time: zip.readUInt16LE(at + 12), date: zip.readUInt16LE(at + 14) });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

const xmlOf = (docx: RenderedDocx, part: string): string => {
  const data = unzip(docx.bytes).get(part);
  if (!data) throw new Error(`no ${part} in the DOCX`);
  return data.toString('utf8');
};
/** The w:p elements of a part, each as its XML. */
const paragraphs = (xml: string): string[] => xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
const textOf = (p: string): string => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const paragraphWith = (xml: string, text: string): string => {
  const p = paragraphs(xml).find((x) => textOf(x).includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
};
/** The w:r elements whose text includes `text`. */
const runsWith = (xml: string, text: string): string[] => (xml.match(/<w:r>.*?<\/w:r>/g) ?? []).filter((r) => textOf(r).includes(text));
const attr = (xml: string, element: string, name: string): string | undefined => new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

/** A one-page form (送达回证-like): the table-led layout, small text, spans, a tall row. */
const FORM: DocumentModel = {
  kind: 'serviceReceipt',
  organ: null,
  title: '送达回证',
  number: '日劳人仲案字〔2026〕第12号',
  addressee: null,
  layout: 'form',
  body: [
    {
      type: 'table',
      columns: [2, 3, 2, 3],
      size: 'small',
      rows: [
        { cells: [{ runs: [{ text: '案由' }], label: true }, { runs: [{ text: '劳动报酬争议' }], colSpan: 3 }] },
        { cells: [{ runs: [{ text: '受送达人' }], label: true, rowSpan: 2 }, { runs: [{ text: '扎西' }] }, { runs: [{ text: '送达方式' }], label: true }, { runs: [{ text: '直接送达' }] }] },
        { cells: [{ runs: [{ text: TIBETAN_NAME }] }, { runs: [{ text: '送达地点' }], label: true }, { runs: [{ text: '桑珠孜区' }] }] },
        { cells: [{ runs: [{ text: '受送达人签收' }], label: true }, { runs: [{ text: '' }], colSpan: 3, valign: 'top' }], minHeightMm: 25 },
      ],
    },
  ],
  signature: null,
  notes: [[{ text: '注：受送达人拒绝签收的，送达人应当在备注栏内注明。' }]],
};

const run = (cmd: string, args: string[], env?: NodeJS.ProcessEnv) => execFileSync(cmd, args, { encoding: 'utf8', env: env ?? process.env });

let dir: string;
let award: RenderedDocx;
let form: RenderedDocx;
let notice: RenderedDocx;
let awardPdf: string;
let formPdf: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinan-docx-'));
  award = await renderDocx(sampleAward('chinese'), { createdAt: CREATED_AT });
  form = await renderDocx(FORM, { createdAt: CREATED_AT });
  notice = await renderDocx(sampleNotice(), { createdAt: CREATED_AT });
  writeFileSync(join(dir, 'award.docx'), award.bytes);
  writeFileSync(join(dir, 'form.docx'), form.bytes);
  // One LibreOffice run for the file: its own profile and HOME (parallel runs do not meet), and a fontconfig that adds
  // the shipped Tibetan face under the name the DOCX asks for.
  const fontsConf = join(dir, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${dirname(shippedFontPath('tibetanRegular'))}</dir>` +
      `<alias binding="same"><family>Microsoft Himalaya</family><prefer><family>Noto Serif Tibetan</family></prefer></alias></fontconfig>`,
  );
  const env = { ...process.env, HOME: dir, FONTCONFIG_FILE: fontsConf };
  run('soffice', [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'award.docx'), join(dir, 'form.docx')], env);
  awardPdf = join(dir, 'award.pdf');
  formPdf = join(dir, 'form.pdf');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DOCX writer: the WordprocessingML', () => {
  it('names the office’s fonts: Normal 仿宋_GB2312 3号 in Chinese, title 方正小标宋简体 2号, headings 黑体 / 楷体_GB2312 / 仿宋 bold', () => {
    const styles = xmlOf(award, 'word/styles.xml');
    const defaults = /<w:docDefaults>.*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attr(defaults, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe(String(SIZE_PT.body * 2));
    expect(attr(defaults, 'w:lang', 'w:eastAsia')).toBe('zh-CN');
    const normal = /<w:style w:type="paragraph" w:styleId="Normal".*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(attr(normal, 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    expect(attr(normal, 'w:sz', 'w:val')).toBe('32');

    const doc = xmlOf(award, 'word/document.xml');
    for (const text of ['日喀则市劳动人事争议仲裁委员会', '仲裁裁决书']) {
      const p = paragraphs(doc).find((x) => textOf(x) === text);
      expect(p, text).toBeDefined();
      expect(attr(p!, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
      expect(attr(p!, 'w:sz', 'w:val')).toBe(String(SIZE_PT.title * 2));
      expect(attr(p!, 'w:jc', 'w:val')).toBe('center');
    }
    const h1 = paragraphWith(doc, '一、仲裁请求');
    const h2 = paragraphWith(doc, '（一）申请人的主张');
    const h3 = paragraphWith(doc, '1.关于劳动关系');
    expect([h1, h2, h3].map((p) => attr(p, 'w:rFonts', 'w:eastAsia'))).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312']);
    expect([h1, h2, h3].map((p) => attr(p, 'w:pStyle', 'w:val'))).toEqual(['Heading1', 'Heading2', 'Heading3']);
    expect(h3).toContain('<w:b/>');
    expect(h1).not.toContain('<w:b/>');
    // Chinese runs: Latin in Times New Roman, shared punctuation in the Chinese face (hint eastAsia).
    const body = paragraphWith(doc, '法定代表人：王喆');
    expect(body).toMatch(/<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="eastAsia"\/>/);
  });

  it('reports exactly the fonts the file names, and lists them in the font table with substitutes', () => {
    const named = new Set<string>();
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml', 'word/footer2.xml']) {
      for (const m of xmlOf(award, part).matchAll(/<w:rFonts ([^>]*)\/>/g)) for (const v of m[1].matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]*)"/g)) named.add(v[1]);
    }
    expect(award.fonts).toEqual([...named].sort());
    expect(award.fonts).toEqual(expect.arrayContaining(['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312', '宋体', 'Times New Roman', 'Microsoft Himalaya']));
    const table = xmlOf(award, 'word/fontTable.xml');
    for (const f of award.fonts) expect(table).toContain(`<w:font w:name="${f}">`);
    expect(table).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:charset w:val="86"\/>/);
    // A form without Tibetan, headings or page numbers names only what it uses.
    expect(form.fonts).toEqual(['Microsoft Himalaya', 'Times New Roman', '仿宋_GB2312', '方正小标宋简体']);
  });

  it('sets Tibetan apart: Microsoft Himalaya in every slot, complex script, language bo-CN', () => {
    const doc = xmlOf(award, 'word/document.xml');
    for (const name of [TIBETAN_NAME, TIBETAN_NAME_2]) {
      const runs = runsWith(doc, name);
      expect(runs.length).toBeGreaterThanOrEqual(2); // a paragraph and a table cell
      for (const r of runs) {
        expect(textOf(r)).toBe(name);
        for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(attr(r, 'w:rFonts', `w:${slot}`)).toBe('Microsoft Himalaya');
        expect(r).toMatch(/<w:szCs w:val="\d+"\/><w:cs\/><w:lang w:bidi="bo-CN"\/><\/w:rPr>/);
      }
    }
    // The Chinese around it stays in its own run.
    expect(runsWith(doc, '申请人：扎西（藏文名：')[0]).not.toContain('Himalaya');
  });

  it('lays the page out after GB/T 9704: A4, margins 37/26/35/28 mm, a 22 × 28 grid, body on the pitch, indent two characters', () => {
    const doc = xmlOf(award, 'word/document.xml');
    const sect = /<w:sectPr>.*<\/w:sectPr>/.exec(doc)?.[0] ?? '';
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe(String(mmToTwip(PAGE_MM.width)));
    expect(attr(sect, 'w:pgSz', 'w:h')).toBe(String(mmToTwip(PAGE_MM.height)));
    const margin = (side: string) => Number(attr(sect, 'w:pgMar', `w:${side}`));
    expect([margin('top'), margin('right'), margin('bottom'), margin('left')]).toEqual([2098, 1474, 1984, 1587]);
    expect(margin('left')).toBe(mmToTwip(MARGIN_MM.left));

    expect(attr(sect, 'w:docGrid', 'w:type')).toBe('linesAndChars');
    const linePitch = Number(attr(sect, 'w:docGrid', 'w:linePitch'));
    const charSpace = Number(attr(sect, 'w:docGrid', 'w:charSpace'));
    expect([linePitch, charSpace]).toEqual([579, -842]);
    const textHeight = 16838 - margin('top') - margin('bottom');
    const textWidthPt = (11906 - margin('left') - margin('right')) / 20;
    expect(LINES_PER_PAGE * linePitch).toBeLessThanOrEqual(textHeight);
    expect((LINES_PER_PAGE + 1) * linePitch).toBeGreaterThan(textHeight);
    const pitch = SIZE_PT.body + charSpace / 4096;
    expect(CHARS_PER_LINE * pitch).toBeLessThanOrEqual(textWidthPt);
    expect((CHARS_PER_LINE + 1) * pitch).toBeGreaterThan(textWidthPt);

    // Body paragraphs sit on the line pitch, off the grid, their characters spaced so that 28 fill the line.
    const p = paragraphWith(doc, '法定代表人：王喆');
    expect(p).toContain('<w:snapToGrid w:val="false"/><w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(attr(p, 'w:ind', 'w:firstLineChars')).toBe('200');
    expect(attr(p, 'w:jc', 'w:val')).toBe('both');
    const spacing = Number(/<w:spacing w:val="(-?\d+)"\/>/.exec(p)?.[1]);
    expect(CHARS_PER_LINE * (SIZE_PT.body + spacing / 20)).toBeLessThanOrEqual(textWidthPt);
    expect((CHARS_PER_LINE + 1) * (SIZE_PT.body + spacing / 20)).toBeGreaterThan(textWidthPt);
    // The number line on the right on an official paper, centred on a form; the addressee flush left.
    expect(attr(paragraphWith(doc, '日劳人仲案字〔2026〕第12号'), 'w:jc', 'w:val')).toBe('right');
    expect(attr(paragraphWith(xmlOf(form, 'word/document.xml'), '日劳人仲案字〔2026〕第12号'), 'w:jc', 'w:val')).toBe('center');
    expect(paragraphWith(xmlOf(notice, 'word/document.xml'), '扎西：')).not.toContain('w:firstLine');
  });

  it('rules tables with single 0.5 pt lines, spans with gridSpan and vMerge, and keeps row minimum heights', () => {
    const doc = xmlOf(award, 'word/document.xml');
    const tbl = /<w:tbl>.*?<\/w:tbl>/.exec(doc)?.[0] ?? '';
    const cols = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols.reduce((a, b) => a + b, 0)).toBe(11906 - 1587 - 1474);
    const model = sampleAward().body.find((b) => b.type === 'table');
    const columns = model?.type === 'table' ? model.columns : [];
    cols.forEach((w, i) => expect(w / cols[0]).toBeCloseTo(columns[i] / columns[0], 2));
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(tbl).toMatch(new RegExp(`<w:${side} w:val="single" w:color="000000" w:sz="4"/>`));
    // 金额（元） spans the three amount columns; 申请人 and 期间 run down two rows; 扎西 two rows further down.
    const amount: string = (tbl.match(/<w:tc>.*?<\/w:tc>/g) ?? []).find((c) => textOf(c) === '金额（元）') ?? '';
    expect(attr(amount, 'w:gridSpan', 'w:val')).toBe('3');
    expect(tbl.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(3);
    expect(tbl.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(3);
    const rows: string[] = tbl.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    const cells = (row: string): string[] => row.match(/<w:tc>.*?<\/w:tc>/g) ?? [];
    expect(rows).toHaveLength(6);
    // Every row covers the five grid columns.
    for (const row of rows) {
      const spans = cells(row).map((c) => Number(attr(c, 'w:gridSpan', 'w:val') ?? 1));
      expect(spans.reduce((a, b) => a + b, 0)).toBe(5);
    }
    // Heights less the 0.5 pt rule that Word and LibreOffice add below each row.
    expect(rows[5]).toContain(`<w:trHeight w:val="${mmToTwip(12) - 10}" w:hRule="atLeast"/>`);
    expect(attr(rows[0], 'w:trHeight', 'w:hRule')).toBe('atLeast');
    // A label cell is centred; an amount right-aligned.
    expect(attr(cells(rows[0])[0], 'w:jc', 'w:val')).toBe('center');
    expect(attr(cells(rows[2])[2], 'w:jc', 'w:val')).toBe('right');

    const formTbl = /<w:tbl>.*?<\/w:tbl>/.exec(xmlOf(form, 'word/document.xml'))?.[0] ?? '';
    expect(formTbl).toContain(`<w:trHeight w:val="${mmToTwip(25) - 10}" w:hRule="atLeast"/>`);
    expect(formTbl).toContain('<w:sz w:val="28"/>'); // 四号 on a dense form
    expect(formTbl).toContain('<w:vAlign w:val="top"/>');
  });

  it('ends with the signature block: signers, （印章）, the organ over the date in the style asked for, then the notes', async () => {
    const doc = xmlOf(award, 'word/document.xml');
    const texts = paragraphs(doc).map(textOf);
    // The organ is printed twice (above the title and in the block): the block's is the last.
    const at = (t: string) => texts.lastIndexOf(t);
    const order = ['首席仲裁员王芳', '仲裁员张伟', '仲裁员达瓦次仁', '（印章）', '日喀则市劳动人事争议仲裁委员会', '二〇二六年十一月二十五日', '本裁决书一式四份，当事人各执一份，本委存档一份。'];
    const indexes = order.map(at);
    expect(indexes.every((i) => i >= 0)).toBe(true);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
    // The date ends four characters in from the right; the organ, wider than the date, two.
    const right = (t: string) => Number(attr(paragraphs(doc)[at(t)], 'w:ind', 'w:right'));
    expect(right('日喀则市劳动人事争议仲裁委员会')).toBeLessThan(right('二〇二六年十一月二十五日'));
    const arabic = xmlOf(await renderDocx(sampleAward('arabic'), { createdAt: CREATED_AT }), 'word/document.xml');
    expect(paragraphs(arabic).map(textOf)).toContain('2026年11月25日');
  });

  it('keeps the last lines of text with the signature block (never a page of the block alone): keep-with-next, widow control', async () => {
    const doc = xmlOf(award, 'word/document.xml');
    const on = (p: string, el: string) => new RegExp(`<w:${el}/>`).test(p);
    // The last paragraph (four lines) keeps with the block and lets at least two lines go over; the one before is free.
    const last = paragraphWith(doc, '申请撤销裁决。');
    expect([on(last, 'keepNext'), on(last, 'widowControl'), on(last, 'keepLines')]).toEqual([true, true, false]);
    const before = paragraphWith(doc, '本裁决为终局裁决，裁决书自作出之日起发生法律效力。');
    expect(before).toContain('<w:widowControl w:val="false"/>');
    expect(on(before, 'keepNext')).toBe(false);
    // Elsewhere lines still break where the PDF breaks them: no widow control.
    expect(paragraphWith(doc, '法定代表人：王喆')).toContain('<w:widowControl w:val="false"/>');
    // A last paragraph of two lines goes over whole; one of a single line takes the paragraph before with it.
    const notice = xmlOf(await renderDocx(sampleNotice(), { createdAt: CREATED_AT }), 'word/document.xml');
    const two = paragraphWith(notice, '并按时参加仲裁活动。');
    expect([on(two, 'keepNext'), on(two, 'widowControl'), on(two, 'keepLines')]).toEqual([true, true, true]);
    expect(on(paragraphWith(notice, '本委决定立案受理。'), 'keepNext')).toBe(false);
    const short = sampleNotice();
    short.body.push({ type: 'paragraph', runs: [{ text: '特此通知。' }] });
    const shortXml = xmlOf(await renderDocx(short, { createdAt: CREATED_AT }), 'word/document.xml');
    for (const text of ['并按时参加仲裁活动。', '特此通知。']) expect(on(paragraphWith(shortXml, text), 'keepNext'), text).toBe(true);
  });

  it('numbers pages "— n —" in 4号 宋体, odd right and even left, on official papers only', () => {
    expect(xmlOf(award, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const sect = /<w:sectPr>.*<\/w:sectPr>/.exec(xmlOf(award, 'word/document.xml'))?.[0] ?? '';
    expect(sect).toMatch(/<w:footerReference w:type="default" r:id="\w+"\/><w:footerReference w:type="even" r:id="\w+"\/>/);
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((p) => xmlOf(award, p));
    expect(footers.map((f) => attr(f, 'w:jc', 'w:val')).sort()).toEqual(['left', 'right']);
    for (const f of footers) {
      expect(f).toMatch(/<w:t xml:space="preserve">— <\/w:t>.*<w:fldChar w:fldCharType="begin"\/>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/);
      expect(attr(f, 'w:rFonts', 'w:eastAsia')).toBe('宋体');
      expect(attr(f, 'w:sz', 'w:val')).toBe(String(SIZE_PT.pageNumber * 2));
    }
    const parts = [...unzip(form.bytes).keys()];
    expect(parts.filter((p) => p.includes('footer'))).toEqual([]);
    expect(xmlOf(form, 'word/settings.xml')).not.toContain('<w:evenAndOddHeaders/>');
  });

  it('gives byte-identical files for the same model and instant, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
      const a = await renderDocx(sampleAward(), { createdAt: CREATED_AT });
      vi.setSystemTime(new Date('2031-06-15T13:37:11Z'));
      const b = await renderDocx(sampleAward(), { createdAt: CREATED_AT });
      expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
      expect(Buffer.compare(a.bytes, award.bytes)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    // Every zip entry carries the document's instant (2026-11-25 02:00:00 as MS-DOS time and date).
    const times = zipTimes(award.bytes);
    expect(new Set(times.map((t) => `${t.date}/${t.time}`))).toEqual(new Set([`${((2026 - 1980) << 9) | (11 << 5) | 25}/${2 << 11}`]));
    const core = xmlOf(award, 'docProps/core.xml');
    expect(core).toContain('<dc:title>仲裁裁决书</dc:title>');
    expect(core).toContain('<dc:creator>薪安 XinAn</dc:creator>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-25T02:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-25T02:00:00Z</dcterms:modified>');
  });
});

describe('DOCX writer: as LibreOffice lays it out', () => {
  const pdftotext = (file: string, ...args: string[]) => run('pdftotext', [...args, file, '-']);
  const compact = (s: string) => s.replace(/\s/g, '');
  /** Words on a page with their boxes, in points from the top left. */
  const words = (file: string, page: number) =>
    [...pdftotext(file, '-f', `${page}`, '-l', `${page}`, '-bbox').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
      text: m[5],
    }));
  const LEFT = mmToPt(MARGIN_MM.left);
  const RIGHT = LEFT + mmToPt(TEXT_BLOCK_MM.width);

  it('keeps the text and its order: organ, title, number, body, headings, table cells, signature, notes; rare characters', () => {
    const all = compact(pdftotext(awardPdf));
    const order = [
      '日喀则市劳动人事争议仲裁委员会',
      '仲裁裁决书',
      '日劳人仲案字〔2026〕第12号',
      '法定代表人：王喆，该公司总经理。',
      '一、仲裁请求',
      '（一）申请人的主张',
      '1.关于劳动关系',
      '金额（元）',
      '应发',
      '56500',
      '三、裁决结果',
      '日喀则市中级人民法院申请撤销裁决。',
      '首席仲裁员',
      '王芳',
      '（印章）',
      '二〇二六年十一月二十五日',
      '本裁决书一式四份',
    ];
    let from = 0;
    for (const t of order) {
      const i = all.indexOf(t, from);
      expect(i, t).toBeGreaterThanOrEqual(from);
      from = i + t.length;
    }
    for (const ch of RARE) expect(all).toContain(ch);
    expect(compact(pdftotext(formPdf))).toContain('受送达人签收');
  });

  it('draws the Tibetan runs in the font they name (Microsoft Himalaya, here the shipped Noto Serif Tibetan)', () => {
    const fonts = run('pdffonts', [awardPdf]);
    expect(fonts).toMatch(/NotoSerifTibetan/);
  });

  it('sets the page on the text block: left edge at 28 mm, nothing past 184 mm, first line at 37 mm, title centred', () => {
    const page = words(awardPdf, 1);
    const body = page.filter((w) => w.y0 > mmToPt(60) && w.y1 < mmToPt(MARGIN_MM.top + TEXT_BLOCK_MM.height));
    expect(Math.min(...body.map((w) => w.x0))).toBeGreaterThan(LEFT - 1);
    expect(Math.min(...body.map((w) => w.x0))).toBeLessThan(LEFT + 2);
    expect(Math.max(...page.map((w) => w.x1))).toBeLessThan(RIGHT + 1);
    const first = page.reduce((a, b) => (b.y0 < a.y0 ? b : a));
    expect(first.y0).toBeGreaterThan(mmToPt(MARGIN_MM.top) - 1);
    expect(first.y0).toBeLessThan(mmToPt(MARGIN_MM.top) + 12);
    const title = page.find((w) => w.text === '仲裁裁决书')!;
    expect(Math.abs((title.x0 + title.x1) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(2);
    // Body lines are one grid line apart (225 mm / 22).
    const lineTops = [...new Set(body.filter((w) => w.x0 < LEFT + 2).map((w) => Math.round(w.y0 * 10) / 10))].sort((a, b) => a - b);
    const gaps = lineTops.slice(1).map((y, i) => y - lineTops[i]);
    expect(Math.min(...gaps)).toBeCloseTo(mmToPt(TEXT_BLOCK_MM.height / LINES_PER_PAGE), 0);
  });

  it('prints page numbers 7 mm below the text block, odd pages right and even pages left; none on a form', () => {
    const numberOn = (page: number) => words(awardPdf, page).filter((w) => w.text.includes('—'));
    const odd = numberOn(1);
    const even = numberOn(2);
    const below = mmToPt(MARGIN_MM.top + TEXT_BLOCK_MM.height + 7);
    for (const w of [...odd, ...even]) expect(Math.abs((w.y0 + w.y1) / 2 - below)).toBeLessThan(3);
    const inset = SIZE_PT.pageNumber;
    expect(Math.max(...odd.map((w) => w.x1))).toBeCloseTo(RIGHT - inset, -0.5);
    expect(Math.min(...even.map((w) => w.x0))).toBeCloseTo(LEFT + inset, -0.5);
    expect(compact(pdftotext(awardPdf, '-f', '2', '-l', '2'))).toMatch(/—2—/);
    expect(pdftotext(formPdf)).not.toMatch(/—\s*\d+\s*—/);
  });

  it('is rendered to test-results/docx-writer for a person to look at', () => {
    const out = join(ROOT, 'test-results', 'docx-writer');
    mkdirSync(out, { recursive: true });
    run('pdftoppm', ['-r', '80', '-png', awardPdf, join(out, 'award')]);
    run('pdftoppm', ['-r', '80', '-png', formPdf, join(out, 'form')]);
    writeFileSync(join(out, 'award.docx'), readFileSync(join(dir, 'award.docx')));
  });

  it('renders warm within the budget (benchmark note, not a timed test)', async () => {
    const time = async (m: DocumentModel) => {
      await renderDocx(m, { createdAt: CREATED_AT });
      const t = performance.now();
      await renderDocx(m, { createdAt: CREATED_AT });
      return performance.now() - t;
    };
    const notice = await time(sampleNotice());
    const many = await time(sampleAward());
    console.log(`DOCX warm render: notice ${notice.toFixed(1)} ms; award (4 pages) ${many.toFixed(1)} ms (target ≤ 30 ms)`);
    expect(notice).toBeGreaterThan(0);
  });
});
