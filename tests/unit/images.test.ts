// What an upload is, read from its bytes: JPEG and PNG with their size, complete to their end; anything else
// refused with a reason a clerk can act on.
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../electron/core/files/images';
import { cardPng, jpegFile } from '../fixtures/images';

const TRUNCATED = /照片文件不完整/;

describe('sniffImage', () => {
  it('reads a PNG’s size from its header', () => {
    expect(sniffImage(cardPng(321, 203))).toEqual({ ok: true, info: { mime: 'image/png', width: 321, height: 203 } });
  });

  it('reads a JPEG’s size from its frame header, baseline or progressive, past other segments and fill bytes', () => {
    expect(sniffImage(jpegFile(4032, 3024))).toEqual({ ok: true, info: { mime: 'image/jpeg', width: 4032, height: 3024 } });
    expect(sniffImage(jpegFile(1200, 800, { frameMarker: 0xc2 }))).toEqual({ ok: true, info: { mime: 'image/jpeg', width: 1200, height: 800 } });
    const withFill = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), jpegFile(640, 480).subarray(2)]);
    expect(sniffImage(withFill)).toMatchObject({ ok: true, info: { width: 640, height: 480 } });
  });

  it('does not take a Huffman table (C4) for a frame header', () => {
    const dht = Buffer.from([0xff, 0xc4, 0x00, 0x07, 0x00, 0x05, 0x00, 0x06, 0x00]);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8]), dht, jpegFile(800, 600).subarray(2)]);
    expect(sniffImage(bytes)).toMatchObject({ ok: true, info: { width: 800, height: 600 } });
  });

  it('finds the end of the scan past stuffed bytes and restart markers, and keeps what a phone appends after it', () => {
    const payload = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0x00]);
    expect(sniffImage(jpegFile(800, 600, { payload }))).toMatchObject({ ok: true });
    // A motion photo: the picture, then a video after its end.
    expect(sniffImage(Buffer.concat([jpegFile(800, 600), Buffer.from('....ftypmp42 video data')]))).toMatchObject({ ok: true });
  });

  it('refuses a photo cut short in transfer, a JPEG with no frame header, and a PNG without its end', () => {
    const whole = jpegFile(800, 600, { payload: Buffer.alloc(2000, 0x33) });
    expect(sniffImage(whole.subarray(0, 1000))).toMatchObject({ ok: false, reason: expect.stringMatching(TRUNCATED) });
    // Cut inside the headers: the size was never reached, or the scan never began.
    expect(sniffImage(whole.subarray(0, 24))).toMatchObject({ ok: false, reason: expect.stringContaining('找不到图像尺寸') });
    expect(sniffImage(whole.subarray(0, 39))).toMatchObject({ ok: false, reason: expect.stringMatching(TRUNCATED) });
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toMatchObject({ ok: false, reason: expect.stringContaining('JPG') });
    const scanFirst = Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0x11, 0xff, 0xd9]);
    expect(sniffImage(scanFirst)).toMatchObject({ ok: false, reason: expect.stringContaining('找不到图像尺寸') });
    const png = cardPng(300, 300);
    expect(sniffImage(png.subarray(0, 20))).toMatchObject({ ok: false, reason: 'PNG 文件不完整或已损坏' });
    expect(sniffImage(png.subarray(0, png.length - 12))).toMatchObject({ ok: false, reason: expect.stringMatching(TRUNCATED) });
  });

  it('says what a phone’s HEIC photo or a PDF is, and refuses anything else', () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(16)]);
    expect(sniffImage(heic)).toMatchObject({ ok: false, reason: expect.stringContaining('HEIC') });
    expect(sniffImage(Buffer.from('%PDF-1.7\n'))).toMatchObject({ ok: false, reason: expect.stringContaining('PDF') });
    expect(sniffImage(Buffer.from('GIF89a......'))).toEqual({ ok: false, reason: '只能上传 JPG 或 PNG 格式的照片或扫描件' });
    expect(sniffImage(Buffer.alloc(0))).toMatchObject({ ok: false });
  });

  it('never throws, whatever the bytes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
    const sources = [jpegFile(800, 600, { payload: Buffer.alloc(300, 0x44) }), cardPng(220, 210)];
    for (let i = 0; i < 3000; i++) {
      const b = Buffer.from(sources[i % 2]);
      for (let k = 0; k < 4; k++) b[next() % b.length] = next() & 0xff;
      expect(() => sniffImage(b.subarray(0, next() % (b.length + 1)))).not.toThrow();
    }
  });
});
