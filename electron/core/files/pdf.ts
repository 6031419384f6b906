// What an uploaded PDF really is, read from its bytes: the header `%PDF-1.x` or `%PDF-2.0` at the start (ISO 32000-1
// §7.5.2; readers accept it within the first 1024 bytes) and an end-of-file marker `%%EOF` near the end (§7.5.5) —
// without it the file was cut short in transfer. Encrypted PDFs are refused: the bureau could not read them later.

const HEADER = /%PDF-[12]\.\d/;
const TRUNCATED = 'PDF 文件不完整（可能没有下载或复制完毕），请重新导出或扫描后再上传';

export type PdfSniff = { ok: true; mime: 'application/pdf' } | { ok: false; reason: string };

export function isPdf(bytes: Buffer): boolean {
  return HEADER.test(bytes.toString('latin1', 0, Math.min(bytes.length, 1024)));
}

export function sniffPdf(bytes: Buffer): PdfSniff {
  if (!isPdf(bytes)) return { ok: false, reason: '不是 PDF 文件' };
  // Incremental updates append after an earlier %%EOF; the last one must be near the end (trailing whitespace or junk allowed).
  const tail = bytes.toString('latin1', Math.max(0, bytes.length - 2048));
  if (!tail.includes('%%EOF')) return { ok: false, reason: TRUNCATED };
  // The trailer's /Encrypt entry marks a password-protected file (ISO 32000-1 §7.6.1).
  const end = bytes.toString('latin1', Math.max(0, bytes.length - 64 * 1024));
  if (/\/Encrypt\s/.test(end)) return { ok: false, reason: '这个 PDF 文件设有密码或加密，存档后将无法打开：请先取消加密再上传' };
  return { ok: true, mime: 'application/pdf' };
}
