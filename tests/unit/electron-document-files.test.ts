// "用系统程序打开": main writes what the page sends to a temp file and has the system open it, so the name and the
// bytes are untrusted input — only a PDF or a DOCX, never outside our folder, legal on Windows, bytes of its type.
import { describe, expect, it } from 'vitest';
import {
  bytesMatch,
  checkDocumentToOpen,
  MAX_DOCUMENT_BYTES,
  MAX_NAME_BYTES,
  safeDocumentFileName,
  staleEntries,
  TEMP_KEEP_MS,
} from '../../electron/main/document-files';

const PDF = new TextEncoder().encode('%PDF-1.7\n…');
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('safeDocumentFileName', () => {
  it('keeps a name the core gives as it is', () => {
    expect(safeDocumentFileName('投诉登记表（2026-0015）-第1版.pdf')).toBe('投诉登记表（2026-0015）-第1版.pdf');
    expect(safeDocumentFileName('仲裁裁决书（日劳人仲案字〔2026〕第12号）-第2版.docx')).toBe('仲裁裁决书（日劳人仲案字〔2026〕第12号）-第2版.docx');
    expect(safeDocumentFileName('Report.PDF')).toBe('Report.pdf');
  });

  it('opens only PDF and DOCX files', () => {
    for (const name of ['x.exe', 'x.pdf.exe', 'x.docm', 'x.doc', 'x.html', 'x.lnk', 'x', 'pdf', 'x.pdf ', 'x.pdf.']) {
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
    expect(checkDocumentToOpen('run.exe', PDF)).toEqual({ ok: false, error: '只能用系统程序打开 PDF 或 Word（DOCX）文件' });
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
