// What an uploaded picture really is, read from its bytes (never from its name or the type the browser claims):
// JPEG or PNG, with its pixel size, complete to its end marker. Anything else — HEIC from a phone, a PDF, a renamed file, a truncated
// download — is refused with a message a clerk can act on.

export type ImageMime = 'image/jpeg' | 'image/png';

export interface ImageInfo {
  mime: ImageMime;
  width: number;
  height: number;
}

export type ImageSniff = { ok: true; info: ImageInfo } | { ok: false; reason: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TRUNCATED = '照片文件不完整（可能没有拍摄或传输完毕），请重新拍摄或复制后再上传';

function png(bytes: Buffer): ImageSniff {
  // The IHDR chunk comes first: length 13, type 'IHDR', then width and height (PNG spec §11.2.2); the last chunk
  // is IEND (§11.2.5): without it the file was cut short.
  if (bytes.length < 33 || bytes.toString('latin1', 12, 16) !== 'IHDR') return { ok: false, reason: 'PNG 文件不完整或已损坏' };
  if (bytes.lastIndexOf('IEND', undefined, 'latin1') < 33) return { ok: false, reason: TRUNCATED };
  return { ok: true, info: { mime: 'image/png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } };
}

/** Start-of-frame markers carry the size: C0–CF except DHT (C4), JPG (C8) and DAC (CC) (ITU-T T.81 Table B.1). */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** An entropy-coded scan ends at the first EOI (FF D9): inside it a data FF is stuffed as FF 00 (T.81 §B.1.1.5). */
function hasEndOfImage(bytes: Buffer, from: number): boolean {
  for (let i = bytes.indexOf(0xff, from); i >= 0 && i + 1 < bytes.length; i = bytes.indexOf(0xff, i + 1)) {
    if (bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

function jpeg(bytes: Buffer): ImageSniff {
  let size: { width: number; height: number } | null = null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return { ok: false, reason: 'JPG 文件已损坏' };
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9) break; // end of image before any scan
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) break;
    if (isStartOfFrame(marker)) {
      if (length < 7) break;
      size = { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    if (marker === 0xda) {
      // The first scan: the frame header must have come before it, and the image must end after it — a photo cut
      // off in transfer has no end. (Anything a phone appends after the end, such as a motion photo's video, is kept.)
      if (!size) return { ok: false, reason: 'JPG 文件已损坏（找不到图像尺寸）' };
      if (!hasEndOfImage(bytes, at + 2 + length)) return { ok: false, reason: TRUNCATED };
      return { ok: true, info: { mime: 'image/jpeg', ...size } };
    }
    at += 2 + length;
  }
  return { ok: false, reason: size ? TRUNCATED : 'JPG 文件不完整或已损坏（找不到图像尺寸）' };
}

export function sniffImage(bytes: Buffer): ImageSniff {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return png(bytes);
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpeg(bytes);
  // An ISO-BMFF 'ftyp' box with a HEIF brand: what iPhones and many Android phones save by default.
  if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp' && /^(heic|heix|hevc|heim|heis|mif1|msf1|avif)$/.test(bytes.toString('latin1', 8, 12))) {
    return { ok: false, reason: '这是手机的 HEIC/HEIF 格式照片，本系统只收 JPG 或 PNG：请在手机上改用“兼容性最佳”格式拍摄，或先转换为 JPG' };
  }
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return { ok: false, reason: '这是 PDF 文件，不是照片：请上传 JPG 或 PNG 格式的证件照片或扫描件' };
  return { ok: false, reason: '只能上传 JPG 或 PNG 格式的照片或扫描件' };
}
