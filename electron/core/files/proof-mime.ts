// What a scanned or photographed proof (a signed 送达回证, a signed or thumbprinted pay receipt) may be: a whole PDF,
// or a JPEG or PNG read from its bytes.
import { sniffImage } from './images';

/** What an uploaded proof really is, from its bytes: a JPEG or PNG photo, or a PDF scan. */
export function proofMime(bytes: Buffer): { ok: true; mime: string } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: '文件为空' };
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    // ISO 32000-1 §7.5.5: a PDF ends with %%EOF; without it the scan was cut short.
    if (!bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1').includes('%%EOF')) return { ok: false, reason: 'PDF 文件不完整，请重新扫描或导出后再上传' };
    return { ok: true, mime: 'application/pdf' };
  }
  const sniff = sniffImage(bytes);
  // A damaged photo or a phone's HEIC gets the picture check's own advice; anything else is simply not accepted.
  const photoLike = bytes[0] === 0x89 || bytes[0] === 0xff || bytes.toString('latin1', 4, 8) === 'ftyp';
  if (!sniff.ok) return { ok: false, reason: photoLike ? sniff.reason : '送达凭证只能上传 JPG、PNG 格式的照片或 PDF 格式的扫描件' };
  return { ok: true, mime: sniff.info.mime };
}
