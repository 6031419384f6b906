// A number on a signed paper never breaks across lines (ID numbers, phones, amounts, dates: DocRun.nowrap). For the
// widest realistic values — 18 eights or an X, an 11-digit mobile, a landline with a four-digit area code, two phones —
// each writer sets every such number on one line, at the table's size (the columns are sized for it), and shrinks one
// only where it must: the PDF as laid out (pdf-table.ts) and as pdftotext reads it; the DOCX as Word measures it
// (column widths in twips against the advance in Times New Roman at the run's size) and as LibreOffice sets it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceReceiptInput, type DocBlock, type DocumentModel } from '../../shared/contract/documents';
import { buildAwards, buildIntakeRecord, buildServiceReceipt } from '../../shared/domain/documents';
import { TEXT_WIDTH } from '../../electron/core/documents/docx-blocks';
import { docxCharEm } from '../../electron/core/documents/docx-fit';
import { renderDocx } from '../../electron/core/documents/docx-writer';
import { documentFonts } from '../../electron/core/documents/fonts';
import { SIZE_PT, TABLE, TEXT_BLOCK_MM, mmToPt, mmToTwip, ptToTwip } from '../../electron/core/documents/layout';
import { placeCells } from '../../electron/core/documents/pdf-table';
import { renderPdf } from '../../electron/core/documents/pdf-writer';
import { arbitrationCase, serviceReceipt } from '../fixtures/arbitration-case';
import { WIDEST, groupWithWidestNumbers, singleWithPermit, singleWithTwoPhones } from '../fixtures/intake-records';
import { unzip } from '../helpers/zip';

type Table = Extract<DocBlock, { type: 'table' }>;

const MODELS: Record<string, DocumentModel> = {
  group: buildIntakeRecord(groupWithWidestNumbers),
  single: buildIntakeRecord(singleWithTwoPhones),
  permit: buildIntakeRecord(singleWithPermit),
  receipt: buildServiceReceipt(serviceReceiptInput.parse(serviceReceipt)),
};
/** Realistic values that the columns must hold at full size; anything else may be shrunk, never broken. */
const FULL_SIZE = [WIDEST.resident, WIDEST.residentX, WIDEST.mobile, WIDEST.landline, WIDEST.permit, '12,800元', '153,600元', '2026-0015', '2026年11月18日', '10:30'];

const tables = (m: DocumentModel): Table[] => m.body.filter((b): b is Table => b.type === 'table');
const wholeRuns = (m: DocumentModel) => tables(m).flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.runs.filter((run) => run.nowrap))));

describe('the models mark their numbers whole', () => {
  it('every ID, phone, amount and date in the 登记表 and the 送达回证 tables is a whole run', () => {
    const texts = Object.values(MODELS).flatMap((m) => wholeRuns(m).map((r) => r.text));
    for (const n of [...FULL_SIZE, '128,000.50元', '日劳人仲案字〔2026〕第12号']) expect(texts).toContain(n);
  });
});

describe('PDF: each whole number is one line of its cell', () => {
  const fonts = documentFonts(null);
  const width = mmToPt(TEXT_BLOCK_MM.width);

  it.each(Object.keys(MODELS))('%s', (name) => {
    const model = MODELS[name];
    let checked = 0;
    for (const table of tables(model)) {
      const size = table.size === 'small' ? SIZE_PT.small : SIZE_PT.body;
      for (const cell of placeCells(table, fonts, 0, width)) {
        const inner = cell.width - 2 * mmToPt(TABLE.paddingXMm);
        for (const run of cell.source.runs.filter((r) => r.nowrap)) {
          const line = cell.lines.find((l) => l.atoms.filter((a) => a.whole).map((a) => a.text).join('').includes(run.text));
          expect(line, `${run.text} in one line of its cell`).toBeDefined();
          const atoms = line!.atoms.filter((a) => a.whole && run.text.includes(a.text));
          expect(atoms.reduce((w, a) => w + a.width, 0)).toBeLessThanOrEqual(inner + 0.01);
          if (FULL_SIZE.includes(run.text as (typeof FULL_SIZE)[number])) expect(atoms.every((a) => a.piece.size === size), `${run.text} at ${size} pt`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('shrinks a number wider than its cell, in half points, rather than break it', () => {
    const table: Table = { type: 'table', columns: [1, 3], size: 'small', rows: [{ cells: [{ runs: [{ text: '12345678901234567890123', nowrap: true }] }, { runs: [{ text: '' }] }] }] };
    const [cell] = placeCells(table, fonts, 0, width);
    expect(cell.lines).toHaveLength(1);
    const size = cell.lines[0].atoms[0].piece.size;
    expect(size).toBeLessThan(SIZE_PT.small);
    expect(size * 2).toBe(Math.round(size * 2));
    expect(cell.lines[0].atoms[0].width).toBeLessThanOrEqual(cell.width - 2 * mmToPt(TABLE.paddingXMm));
    // The same text not marked whole is cut, as any long code in prose may be.
    const loose = placeCells({ ...table, rows: [{ cells: [{ runs: [{ text: '12345678901234567890123' }] }, { runs: [{ text: '' }] }] }] }, fonts, 0, width);
    expect(loose[0].lines.length).toBeGreaterThan(1);
  });
});

/** The parts of a zip file by name. */
/** Times New Roman's advance widths (thousandths of an em) for ASCII: Times-Roman.afm, which pdfkit ships. */
function timesWidths(): Map<string, number> {
  const afm = readFileSync(join(__dirname, '..', '..', 'node_modules', 'pdfkit', 'js', 'data', 'Times-Roman.afm'), 'utf8');
  const out = new Map<string, number>();
  for (const m of afm.matchAll(/^C (\d+) ; WX (\d+) ;/gm)) if (Number(m[1]) >= 32 && Number(m[1]) <= 126) out.set(String.fromCharCode(Number(m[1])), Number(m[2]));
  return out;
}

describe('DOCX: each whole number fits its column in the font the file names', () => {
  const times = timesWidths();
  /** Advance in twips as Word sets it: Times New Roman for ASCII, 仿宋_GB2312 one em for Chinese. */
  const advance = (text: string, sizePt: number) => [...text].reduce((w, ch) => w + (times.get(ch) ?? 1000) / 1000, 0) * sizePt * 20;

  it('never measures a character narrower than Times New Roman draws it', () => {
    for (const [ch, w] of times) expect(docxCharEm(ch), ch).toBeGreaterThanOrEqual(w / 1000);
  });

  it.each(Object.keys(MODELS))('%s', async (name) => {
    const model = MODELS[name];
    const xml = unzip((await renderDocx(model, { createdAt: 0 })).bytes).get('word/document.xml')!.toString('utf8');
    const inTables = (xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).join('');
    const runs = (inTables.match(/<w:r>.*?<\/w:r>/g) ?? []).map((r) => ({
      text: [...r.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((m) => m[1] ?? '-').join(''),
      sizePt: Number(/<w:sz w:val="(\d+)"/.exec(r)?.[1]) / 2,
      xml: r,
    }));
    const rule = ptToTwip(TABLE.borderPt);
    for (const table of tables(model)) {
      const total = table.columns.reduce((a, b) => a + b, 0);
      const widths = table.columns.map((c) => Math.floor((c / total) * TEXT_WIDTH));
      const size = table.size === 'small' ? SIZE_PT.small : SIZE_PT.body;
      for (const cell of placeCells(table, documentFonts(null), 0, 1000)) {
        const inner = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0) - 2 * mmToTwip(TABLE.paddingXMm) - rule;
        for (const run of cell.source.runs.filter((r) => r.nowrap)) {
          const written = runs.find((r) => r.text === run.text);
          expect(written, `${run.text} written as one run`).toBeDefined();
          expect(written!.xml).not.toMatch(/<w:t[^>]*>[^<]*-[^<]*<\/w:t>/);
          expect(advance(run.text, written!.sizePt), `${run.text} at ${written!.sizePt} pt in ${inner} twips`).toBeLessThanOrEqual(inner);
          if (FULL_SIZE.includes(run.text as (typeof FULL_SIZE)[number])) expect(written!.sizePt, run.text).toBe(size);
        }
      }
    }
  });
});

describe('as printed: pdftotext finds every number whole', () => {
  let dir: string;
  const text: Record<string, string> = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xinan-whole-'));
    const files: string[] = [];
    for (const [name, model] of Object.entries(MODELS)) {
      writeFileSync(join(dir, `${name}.pdf`), (await renderPdf(model, { createdAt: 0, bodyFont: null })).bytes);
      writeFileSync(join(dir, `${name}.docx`), (await renderDocx(model, { createdAt: 0 })).bytes);
      files.push(join(dir, `${name}.docx`));
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), ...files], { env: { ...process.env, HOME: dir } });
    for (const name of Object.keys(MODELS)) {
      text[`${name} PDF`] = execFileSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
      text[`${name} DOCX`] = execFileSync('pdftotext', ['-layout', join(dir, 'lo', `${name}.pdf`), '-'], { encoding: 'utf8' });
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in the PDF and in the DOCX as LibreOffice lays it out', () => {
    for (const [name, model] of Object.entries(MODELS)) {
      for (const kind of ['PDF', 'DOCX']) {
        const lines = text[`${name} ${kind}`].split('\n');
        for (const run of wholeRuns(model)) {
          // LibreOffice puts a thin space between Chinese and digits (Word does not): pdftotext may show it.
          const found = lines.some((l) => l.replace(/(?<=[\d])\s(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s(?=[\d])/g, '').includes(run.text));
          expect(found, `${run.text} whole in the ${name} ${kind}`).toBe(true);
        }
      }
    }
  });
});

describe('prose: a code in running text is never cut across lines', () => {
  // The award's party lines carry the ID number and the credit code; names of every length, with and without a birth
  // date and an ethnicity, move them along the line — several straddled its end when the writer cut long codes.
  const cases = Array.from({ length: 8 }, (_, n) => '扎西次仁多吉平措'.slice(0, n + 1)).flatMap((name) =>
    [arbitrationCase.applicants[0].birthDate, null].flatMap((birthDate) =>
      ['藏族', null].map((ethnicity) => ({
        ...arbitrationCase,
        applicants: [{ ...arbitrationCase.applicants[0], name, birthDate, ethnicity }],
        respondents: [{ ...arbitrationCase.respondents[0], name: `日喀则市${name}建筑工程有限公司` }],
      })),
    ),
  );

  it('marks IDs, credit codes and phones in paragraphs as whole runs', () => {
    const [first] = buildAwards(cases[0]);
    const runs = first.body.flatMap((b) => (b.type === 'paragraph' ? b.runs.filter((r) => r.nowrap).map((r) => r.text) : []));
    expect(runs).toEqual(expect.arrayContaining(['540202198503120019', '91540202MA6T1X2K63']));
  });

  it('the PDF prints each whole, wherever the line ends', async () => {
    for (const c of cases) {
      const [award] = buildAwards(c);
      const pdf = (await renderPdf(award, { createdAt: 0, bodyFont: null })).bytes;
      const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
      for (const code of ['540202198503120019', '91540202MA6T1X2K63']) {
        expect(text.split('\n').some((l) => l.includes(code)), `${code} whole (${c.applicants[0].name}, ${c.applicants[0].birthDate}, ${c.applicants[0].ethnicity})`).toBe(true);
      }
    }
  });
});
