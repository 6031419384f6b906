// What a site photo's original yields, made once (on upload, or for an older photo by the 'photos.thumbnails' job or
// on first view): a thumbnail for lists and cards, a print-sized copy for the 现场检查笔录's annex, and the camera's
// EXIF facts. Both copies are turned upright by the EXIF orientation and carry no EXIF (sharp writes none unless asked),
// so a thumbnail never leaks the GPS position that the viewer shows only beside the original. sharp (libvips) ships
// prebuilt for each platform inside its npm packages: nothing is compiled on install.
import sharp, { type Sharp } from 'sharp';
import { readExif, type ExifFacts } from './exif';

/** The thumbnail's long side in pixels: a card draws them at 96 px, so twice that and more for high-density screens. */
export const THUMB_LONG_SIDE = 320;
/** The print copy's long side: the annex prints a photo at most ~160 mm wide, ~250 dpi at this size. */
export const PRINT_LONG_SIDE = 1600;

export interface ImageCopy {
  bytes: Buffer;
  mime: 'image/webp' | 'image/jpeg';
  width: number;
  height: number;
}

export interface PhotoDerivatives {
  thumb: ImageCopy;
  print: ImageCopy;
  exif: ExifFacts;
}

export type DerivativesResult = { ok: true; value: PhotoDerivatives } | { ok: false; reason: string };

/** A JPEG or PNG that sniffImage passed may still not decode (a damaged scan, a bad Huffman table): refused whole. */
export const UNDECODABLE = '照片无法解码（文件已损坏或不是完整的 JPG/PNG 图像），请重新拍摄或从原始设备复制后再上传';

/** Makes the thumbnail and the print copy from an original's bytes and reads its EXIF; refuses what libvips cannot decode. */
export async function makePhotoDerivatives(original: Buffer): Promise<DerivativesResult> {
  try {
    // failOn 'error': a truncated or corrupt image is refused rather than drawn half grey.
    const source = () => sharp(original, { failOn: 'error', limitInputPixels: 100_000_000 });
    const meta = await source().metadata();
    const exif = readExif(meta.exif);
    const copy = async (input: Sharp, side: number, format: 'webp' | 'jpeg', quality: number): Promise<ImageCopy> => {
      // rotate() with no angle applies the EXIF orientation, then the pixels are upright and no EXIF is written.
      const pipeline = input.rotate().resize(side, side, { fit: 'inside', withoutEnlargement: true }).flatten({ background: '#ffffff' });
      const out = await (format === 'webp' ? pipeline.webp({ quality }) : pipeline.jpeg({ quality })).toBuffer({ resolveWithObject: true });
      return { bytes: out.data, mime: format === 'webp' ? 'image/webp' : 'image/jpeg', width: out.info.width, height: out.info.height };
    };
    // JPEG for paper (PDF and DOCX embed it as is); the thumbnail from that copy, the original decoded once. WebP for
    // the screen: Chromium draws it, and it is a third smaller than a JPEG of the same look.
    const print = await copy(source(), PRINT_LONG_SIDE, 'jpeg', 85);
    const thumb = await copy(sharp(print.bytes, { failOn: 'error' }), THUMB_LONG_SIDE, 'webp', 70);
    return { ok: true, value: { thumb, print, exif } };
  } catch {
    return { ok: false, reason: UNDECODABLE };
  }
}
