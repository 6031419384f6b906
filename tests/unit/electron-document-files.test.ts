// "用系统程序打开": main writes what the page sends to a temp file and has the system open it, so the name and the
// bytes are untrusted input — only a PDF, a DOCX or a plain XLSX workbook, never outside our folder, legal on Windows,
// bytes of its type.
import { describe, expect, it } from 'vitest';
import {
  bytesMatch,
  checkDocumentToOpen,
  MAX_DOCUMENT_BYTES,
  MAX_NAME_BYTES,
  OPENABLE_ONLY,
  safeDocumentFileName,
  staleEntries,
  TEMP_KEEP_MS,
  workbookProblem,
  zipEntryNames,
} from '../../electron/main/document-files';
import { statWorkbookBytes } from '../../electron/core/statistics/workbook';
import { statReport } from '../fixtures/statistics-report';

const PDF = new TextEncoder().encode('%PDF-1.7\n…');
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const utf8 = (s: string) => new TextEncoder().encode(s).length;

/** A stored (uncompressed) ZIP of empty entries: local headers, the central directory, its end record. */
function zipOf(names: string[], comment = ''): Uint8Array {
  const enc = new TextEncoder();
  const parts: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], n: number) => a.push(n & 0xff, (n >> 8) & 0xff);
  const u32 = (a: number[], n: number) => a.push(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
  for (const name of names) {
    const bytes = [...enc.encode(name)];
    const offset = parts.length;
    u32(parts, 0x04034b50); u16(parts, 20); u16(parts, 0); u16(parts, 0); u32(parts, 0); u32(parts, 0); u32(parts, 0); u32(parts, 0); u16(parts, bytes.length); u16(parts, 0);
    parts.push(...bytes);
    u32(central, 0x02014b50); u16(central, 20); u16(central, 20); u16(central, 0); u16(central, 0); u32(central, 0); u32(central, 0); u32(central, 0); u32(central, 0);
    u16(central, bytes.length); u16(central, 0); u16(central, 0); u16(central, 0); u16(central, 0); u32(central, 0); u32(central, offset);
    central.push(...bytes);
  }
  const end: number[] = [];
  const c = [...enc.encode(comment)];
  u32(end, 0x06054b50); u16(end, 0); u16(end, 0); u16(end, names.length); u16(end, names.length); u32(end, central.length); u32(end, parts.length); u16(end, c.length);
  return new Uint8Array([...parts, ...central, ...end, ...c]);
}
const WORKBOOK_PARTS = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'];

describe('safeDocumentFileName', () => {
  it('keeps a name the core gives as it is', () => {
    expect(safeDocumentFileName('投诉登记表（2026-0015）-第1版.pdf')).toBe('投诉登记表（2026-0015）-第1版.pdf');
    expect(safeDocumentFileName('仲裁裁决书（日劳人仲案字〔2026〕第12号）-第2版.docx')).toBe('仲裁裁决书（日劳人仲案字〔2026〕第12号）-第2版.docx');
    expect(safeDocumentFileName('Report.PDF')).toBe('Report.pdf');
  });

  it('opens only PDF, DOCX and XLSX files', () => {
    expect(safeDocumentFileName('统计报表-2026年11月-日喀则市人力资源和社会保障局.xlsx')).toBe('统计报表-2026年11月-日喀则市人力资源和社会保障局.xlsx');
    expect(safeDocumentFileName('Report.XLSX')).toBe('Report.xlsx');
    for (const name of ['x.exe', 'x.pdf.exe', 'x.docm', 'x.doc', 'x.html', 'x.lnk', 'x', 'pdf', 'x.pdf ', 'x.pdf.', 'x.xlsm', 'x.xls', 'x.xlsb', 'x.xltx', 'x.csv', 'x.xlsx.exe']) {
      expect(safeDocumentFileName(name), name).toBeNull();
    }
  });

  it('never leaves the folder: path separators and traversal are flattened', () => {
    for (const name of ['../../etc/passwd.pdf', '..\\..\\Windows\\System32\\x.pdf', '/tmp/x.pdf', 'C:\\Users\\x.pdf', '\\\\server\\share\\x.pdf']) {
      const safe = safeDocumentFileName(name)!;
      expect(safe, name).not.toMatch(/[/\\]/);
      expect(safe.startsWith('.'), name).toBe(false);
      expect(safe.endsWith('.pdf'), name).toBe(true);
    }
    expect(safeDocumentFileName('../../etc/passwd.pdf')).toBe('_.._etc_passwd.pdf');
  });

  it('replaces the characters Windows refuses and removes control and invisible format characters', () => {
    expect(safeDocumentFileName('a<b>c:d"e|f?g*h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(safeDocumentFileName('a\u0000b\u0007c\u001fd.pdf')).toBe('abcd.pdf');
    // A right-to-left override would show "登记表exe.pdf" as "登记表fdp.exe" — or the other way round.
    expect(safeDocumentFileName('登记表\u202Eexe.pdf')).toBe('登记表exe.pdf');
    expect(safeDocumentFileName('登\u200B记\uFEFF表.pdf')).toBe('登记表.pdf');
  });

  it('trims dots and spaces Windows drops, and never gives an empty or hidden name', () => {
    expect(safeDocumentFileName('  登记表 . .pdf')).toBe('登记表.pdf');
    expect(safeDocumentFileName('.hidden.pdf')).toBe('hidden.pdf');
    expect(safeDocumentFileName('.pdf')).toBe('文书.pdf');
    expect(safeDocumentFileName('   .docx')).toBe('文书.docx');
    expect(safeDocumentFileName('///.pdf')).toBe('_.pdf');
  });

  it('prefixes Windows device names, whatever follows the first dot', () => {
    for (const name of ['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'LPT¹', 'COM²']) {
      expect(safeDocumentFileName(`${name}.pdf`), name).toBe(`_${name}.pdf`);
    }
    expect(safeDocumentFileName('con.backup.pdf')).toBe('_con.backup.pdf');
    expect(safeDocumentFileName('CONSOLE.pdf')).toBe('CONSOLE.pdf');
    expect(safeDocumentFileName('COM10.pdf')).toBe('COM10.pdf');
  });

  it('caps the length in UTF-8 bytes without splitting a character, keeping the extension', () => {
    const long = `${'投诉登记表'.repeat(60)}.pdf`;
    const safe = safeDocumentFileName(long)!;
    expect(utf8(safe)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(safe).toMatch(/^[投诉登记表]+\.pdf$/u);
    const ascii = safeDocumentFileName(`${'a'.repeat(400)}.docx`)!;
    expect(utf8(ascii)).toBe(MAX_NAME_BYTES);
    // A surrogate pair (a Tibetan or rare character outside the BMP) is kept whole or dropped whole.
    const astral = safeDocumentFileName(`${'𠀀'.repeat(100)}.pdf`)!;
    expect(astral).toMatch(/^(𠀀)+\.pdf$/u);
  });
});

describe('checkDocumentToOpen', () => {
  it('accepts a PDF or a DOCX whose bytes are of that type', () => {
    expect(checkDocumentToOpen('登记表.pdf', PDF)).toEqual({ ok: true, name: '登记表.pdf', bytes: PDF });
    expect(checkDocumentToOpen('登记表.docx', DOCX)).toMatchObject({ ok: true, name: '登记表.docx' });
  });

  it('refuses anything else with a reason to show', () => {
    expect(checkDocumentToOpen('登记表.pdf', DOCX)).toEqual({ ok: false, error: '无法打开：文件内容与类型不符' });
    expect(checkDocumentToOpen('登记表.docx', PDF)).toEqual({ ok: false, error: '无法打开：文件内容与类型不符' });
    expect(checkDocumentToOpen('run.exe', PDF)).toEqual({ ok: false, error: OPENABLE_ONLY });
    expect(checkDocumentToOpen('宏.xlsm', zipOf(WORKBOOK_PARTS))).toEqual({ ok: false, error: OPENABLE_ONLY });
    expect(checkDocumentToOpen('统计报表.xlsx', PDF)).toEqual({ ok: false, error: '无法打开：文件内容与类型不符' });
    expect(checkDocumentToOpen('登记表.pdf', new Uint8Array())).toMatchObject({ ok: false });
    expect(checkDocumentToOpen('登记表.pdf', 'not bytes')).toMatchObject({ ok: false });
    expect(checkDocumentToOpen({ toString: () => 'x.pdf' }, PDF)).toMatchObject({ ok: false });
    const huge = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    huge.set(PDF);
    expect(checkDocumentToOpen('登记表.pdf', huge)).toEqual({ ok: false, error: '无法打开：文件为空或过大' });
  });

  it('checks the magic bytes exactly', () => {
    expect(bytesMatch('pdf', new TextEncoder().encode('%PDF'))).toBe(false);
    expect(bytesMatch('pdf', new TextEncoder().encode('%PDF-'))).toBe(true);
    expect(bytesMatch('docx', new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBe(false);
  });
});

describe('a workbook to open', () => {
  it('accepts the statistics workbook the core exports', async () => {
    const bytes = new Uint8Array(await statWorkbookBytes(statReport()));
    expect(zipEntryNames(bytes)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    expect(checkDocumentToOpen('统计报表-2026年11月-日喀则市人力资源和社会保障局.xlsx', bytes)).toMatchObject({ ok: true, name: '统计报表-2026年11月-日喀则市人力资源和社会保障局.xlsx' });
  });

  it('refuses a ZIP that is not a workbook: a Word file or any archive renamed .xlsx', () => {
    expect(checkDocumentToOpen('x.xlsx', DOCX)).toEqual({ ok: false, error: '无法打开：文件内容与类型不符' });
    expect(workbookProblem(zipOf(['[Content_Types].xml', 'word/document.xml']))).toBe('无法打开：文件内容与类型不符');
    expect(workbookProblem(zipOf(['xl/workbook.xml']))).toBe('无法打开：文件内容与类型不符');
    expect(workbookProblem(zipOf(WORKBOOK_PARTS))).toBeNull();
    // The central directory is found behind an archive comment, too.
    expect(workbookProblem(zipOf(WORKBOOK_PARTS, '统计报表'))).toBeNull();
    // Cut short: its directory is gone.
    const whole = zipOf(WORKBOOK_PARTS);
    expect(workbookProblem(whole.subarray(0, whole.length - 30))).toBe('无法打开：文件内容与类型不符');
  });

  it('refuses a workbook with macros, controls, embedded objects, external links or data connections', () => {
    for (const part of ['xl/vbaProject.bin', 'xl/activeX/activeX1.xml', 'xl/embeddings/oleObject1.bin', 'xl/externalLinks/externalLink1.xml', 'xl/connections.xml', 'xl/ctrlProps/ctrlProp1.xml', 'XL/VBAPROJECT.BIN']) {
      expect(checkDocumentToOpen('统计报表.xlsx', zipOf([...WORKBOOK_PARTS, part])), part).toEqual({ ok: false, error: '无法打开：该表格含有宏、控件、嵌入对象或外部链接' });
    }
  });
});

describe('staleEntries', () => {
  it('sweeps only our folders older than a day', () => {
    const now = 1_800_000_000_000;
    expect(
      staleEntries(
        [
          { name: 'doc-old', mtimeMs: now - TEMP_KEEP_MS - 1 },
          { name: 'doc-new', mtimeMs: now - 1000 },
          { name: 'someone-else', mtimeMs: 0 },
        ],
        now,
      ),
    ).toEqual(['doc-old']);
  });
});
