// "用系统程序打开": the page hands main a document's bytes and a file name, main writes them to the temp folder and
// asks the system to open them (shell.openPath). The name and bytes come from the page, so they are checked here as
// untrusted input: only a PDF, a DOCX or an XLSX (the statistics workbook), named so it stays inside our folder and is
// legal on Windows and Linux, and with the bytes of the type its extension claims — shell.openPath runs whatever
// program the extension is bound to. A workbook is also looked into: a spreadsheet program runs macros, ActiveX
// controls and embedded objects and follows external links, none of which our workbook has, so a package carrying
// any of them is refused. Pure, so tests can check it without Electron.

/** The kinds of file the app opens in the system's application, and how each one starts. */
const ALLOWED = {
  // %PDF-
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  // PK\x03\x04: a ZIP package (Office Open XML)
  docx: [0x50, 0x4b, 0x03, 0x04],
  xlsx: [0x50, 0x4b, 0x03, 0x04],
} as const;
export type OpenableExtension = keyof typeof ALLOWED;

/** Larger than any document we make (a 200-person roster annex is well under 5 MB), small enough to refuse abuse. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** A file name's UTF-8 length cap: ext4 allows 255 bytes per name, NTFS 255 UTF-16 units; leave room for copies. */
export const MAX_NAME_BYTES = 180;

/** Windows device names, reserved with any extension (CON.pdf opens the console, not a file). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const FALLBACK_STEM = '文书';

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** Cuts a string to at most `maxBytes` of UTF-8 without splitting a character. */
function cutToBytes(s: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * A safe file name for a document, or null when it is not a .pdf, .docx or .xlsx. Path separators, characters Windows
 * refuses (<>:"/\|?* and control characters), invisible format characters (a right-to-left override can disguise
 * "fdp.exe" as "exe.pdf"), leading dots and trailing dots or spaces are removed or replaced; a reserved device name
 * gets a leading underscore; the whole name is cut to MAX_NAME_BYTES, keeping the extension.
 */
export function safeDocumentFileName(name: string): string | null {
  const normalised = name.normalize('NFC');
  const dot = normalised.lastIndexOf('.');
  if (dot < 0) return null;
  const ext = normalised.slice(dot + 1).toLowerCase();
  if (!(ext in ALLOWED)) return null;
  let stem = normalised
    .slice(0, dot)
    .replace(/\p{Cf}|\p{Cc}/gu, '')
    .replace(/[<>:"/\\|?*]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  // "CON", "con.backup": Windows looks at the part before the first dot.
  if (RESERVED.test(stem.split('.')[0])) stem = `_${stem}`;
  stem = cutToBytes(stem, MAX_NAME_BYTES - utf8Length(`.${ext}`)).replace(/[.\s]+$/, '');
  return `${stem || FALLBACK_STEM}.${ext}`;
}

/** The extension of a name already made safe. */
export const extensionOf = (safeName: string): OpenableExtension => safeName.slice(safeName.lastIndexOf('.') + 1) as OpenableExtension;

/** Whether the bytes start the way a file of that kind must. */
export function bytesMatch(ext: OpenableExtension, bytes: Uint8Array): boolean {
  const magic = ALLOWED[ext];
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The names of the entries of a ZIP archive, from its central directory; null when it is not one we can read. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, after it at most a 65,535-byte comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + skip;
  }
  return names;
}

/** A workbook's parts that run code, embed other files or reach outside it: VBA macros, ActiveX and form controls, OLE
 *  embeddings, links to other workbooks, data connections. */
const ACTIVE_WORKBOOK_PART = /^xl\/(vbaProject\.bin|activeX\/|embeddings\/|externalLinks\/|connections\.xml|ctrlProps\/)/i;

/** Why the bytes are not a plain workbook (a spreadsheet with only data and formatting), or null when they are. */
export function workbookProblem(bytes: Uint8Array): string | null {
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml') || !names.includes('xl/workbook.xml')) return '无法打开：文件内容与类型不符';
  if (names.some((n) => ACTIVE_WORKBOOK_PART.test(n))) return '无法打开：该表格含有宏、控件、嵌入对象或外部链接';
  return null;
}

export const OPENABLE_ONLY = '只能用系统程序打开 PDF、Word（DOCX）或 Excel（XLSX）文件';

/** What the page asked to open, checked: the safe name, or the reason (in Chinese, for the page to show). */
export function checkDocumentToOpen(fileName: unknown, bytes: unknown): { ok: true; name: string; bytes: Uint8Array } | { ok: false; error: string } {
  if (typeof fileName !== 'string' || !(bytes instanceof Uint8Array)) return { ok: false, error: '无法打开：文件信息不完整' };
  const name = safeDocumentFileName(fileName);
  if (!name) return { ok: false, error: OPENABLE_ONLY };
  if (bytes.length === 0 || bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, error: '无法打开：文件为空或过大' };
  if (!bytesMatch(extensionOf(name), bytes)) return { ok: false, error: '无法打开：文件内容与类型不符' };
  const problem = extensionOf(name) === 'xlsx' ? workbookProblem(bytes) : null;
  if (problem) return { ok: false, error: problem };
  return { ok: true, name, bytes };
}

/** Folders under the temp folder older than this are swept: the documents carry personal data. */
export const TEMP_KEEP_MS = 24 * 60 * 60 * 1000;

/** Which of our temp folders to remove: those last written more than TEMP_KEEP_MS ago. */
export function staleEntries(entries: readonly { name: string; mtimeMs: number }[], now: number): string[] {
  return entries.filter((e) => e.name.startsWith('doc-') && now - e.mtimeMs > TEMP_KEEP_MS).map((e) => e.name);
}
