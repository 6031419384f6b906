// A site photo's derived copies (electron/core/files/thumbnails.ts) and EXIF facts (exif.ts), from real JPEGs that
// sharp writes here: the thumbnail's long side is 320 px and never enlarged, turned upright by the EXIF orientation
// (the stored top-left red quarter lands where a viewer would show it), carries no EXIF; the camera's time and GPS are
// read; a file that does not decode is refused with the Chinese message.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readExif } from '../../electron/core/files/exif';
import { makePhotoDerivatives, PRINT_LONG_SIDE, THUMB_LONG_SIDE, UNDECODABLE } from '../../electron/core/files/thumbnails';
import { cardPng, jpegFile } from '../fixtures/images';
import { photoJpeg } from '../fixtures/photos';

async function made(bytes: Buffer) {
  const r = await makePhotoDerivatives(bytes);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

/** Whether the pixel at (x, y) of an image is the fixture's red. */
async function redAt(bytes: Buffer, x: number, y: number): Promise<boolean> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return data[at]! > 180 && data[at + 1]! < 90;
}

describe('site photo thumbnails', () => {
  it('makes a 320 px WebP thumbnail and a 1600 px JPEG print copy of a phone photo, never enlarging a small one', async () => {
    const big = await made(await photoJpeg(4032, 3024));
    expect(big.thumb).toMatchObject({ mime: 'image/webp', width: THUMB_LONG_SIDE, height: 240 });
    expect(big.print).toMatchObject({ mime: 'image/jpeg', width: PRINT_LONG_SIDE, height: 1200 });
    expect((await sharp(big.thumb.bytes).metadata()).format).toBe('webp');
    expect(big.thumb.bytes.length).toBeLessThan(40_000);
    const small = await made(cardPng(200, 120, 3));
    expect(small.thumb).toMatchObject({ width: 200, height: 120 });
    expect(small.print).toMatchObject({ width: 200, height: 120 });
  });

  it('turns the picture upright by its EXIF orientation and writes no EXIF into the copies', async () => {
    // Stored 400 × 300 with the red quarter top-left; orientation 6 means "turn 90° clockwise to view".
    const photo = await photoJpeg(400, 300, { orientation: 6, taken: { at: '2026:11:25 08:41:07', offset: '+08:00' }, gps: { lat: 29.266812, lon: 88.880731 } });
    const d = await made(photo);
    expect(d.exif.orientation).toBe(6);
    expect(d.thumb).toMatchObject({ width: 240, height: 320 });
    expect(d.print).toMatchObject({ width: 300, height: 400 });
    // After a quarter turn clockwise the stored top-left is the viewed top-right.
    expect(await redAt(d.thumb.bytes, 230, 10)).toBe(true);
    expect(await redAt(d.thumb.bytes, 10, 10)).toBe(false);
    for (const copy of [d.thumb, d.print]) {
      const meta = await sharp(copy.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
    // Unturned, the red stays top-left.
    const upright = await made(await photoJpeg(400, 300));
    expect(await redAt(upright.thumb.bytes, 10, 10)).toBe(true);
    expect(upright.thumb).toMatchObject({ width: 320, height: 240 });
  });

  it('reads the camera time and GPS position, and nothing from a photo without them or a damaged block', async () => {
    const d = await made(await photoJpeg(64, 48, { taken: { at: '2026:11:25 08:41:07', offset: '+08:00' }, gps: { lat: 29.266812, lon: -88.880731 } }));
    expect(d.exif.takenAt).toBe('2026-11-25 08:41:07');
    expect(d.exif.takenOffset).toBe('+08:00');
    expect(d.exif.gps!.lat).toBeCloseTo(29.266812, 5);
    expect(d.exif.gps!.lon).toBeCloseTo(-88.880731, 5);
    expect((await made(await photoJpeg(64, 48))).exif).toEqual({ orientation: 1, takenAt: null, takenOffset: null, gps: null });
    expect(readExif(Buffer.from('Exif\0\0MM\0\x2a\xff\xff\xff\xff', 'latin1'))).toEqual({ orientation: 1, takenAt: null, takenOffset: null, gps: null });
    expect(readExif(Buffer.from('not exif at all'))).toMatchObject({ orientation: 1, gps: null });
    // A camera with its clock unset writes blanks: no time is better than a wrong one.
    expect((await made(await photoJpeg(64, 48, { taken: { at: '    :  :     :  :  ' } }))).exif.takenAt).toBeNull();
  });

  it('refuses a JPEG whose headers look right but whose picture does not decode, in Chinese', async () => {
    expect(await makePhotoDerivatives(jpegFile(640, 480))).toEqual({ ok: false, reason: UNDECODABLE });
    expect(UNDECODABLE).toMatch(/照片无法解码/);
  });
});
