// What an upload is, read from its bytes: JPEG and PNG with their size; anything else refused with a reason a
// clerk can act on.
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../electron/core/files/images';
import { cardPng, jpegHeader } from '../fixtures/images';

describe('sniffImage', () => {
  it('reads a PNG’s size from its header', () => {
    expect(sniffImage(cardPng(321, 203))).toEqual({ ok: true, info: { mime: 'image/png', width: 321, height: 203 } });
  });

  it('reads a JPEG’s size from its frame header, baseline or progressive, past other segments and fill bytes', () => {
    expect(sniffImage(jpegHeader(4032, 3024))).toEqual({ ok: true, info: { mime: 'image/jpeg', width: 4032, height: 3024 } });
    expect(sniffImage(jpegHeader(1200, 800, 0xc2))).toEqual({ ok: true, info: { mime: 'image/jpeg', width: 1200, height: 800 } });
    const withFill = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), jpegHeader(640, 480).subarray(2)]);
    expect(sniffImage(withFill)).toMatchObject({ ok: true, info: { width: 640, height: 480 } });
  });

  it('does not take a Huffman table (C4) for a frame header', () => {
    const dht = Buffer.from([0xff, 0xc4, 0x00, 0x07, 0x00, 0x05, 0x00, 0x06, 0x00]);
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8]), dht, jpegHeader(800, 600).subarray(2)]);
    expect(sniffImage(bytes)).toMatchObject({ ok: true, info: { width: 800, height: 600 } });
  });

  it('refuses a JPEG with no frame header, or cut short, and a PNG cut short', () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toMatchObject({ ok: false, reason: expect.stringContaining('JPG') });
    expect(sniffImage(jpegHeader(800, 600).subarray(0, 24))).toMatchObject({ ok: false, reason: expect.stringContaining('不完整') });
    expect(sniffImage(cardPng(300, 300).subarray(0, 20))).toMatchObject({ ok: false, reason: 'PNG 文件不完整或已损坏' });
  });

  it('says what a phone’s HEIC photo or a PDF is, and refuses anything else', () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(16)]);
    expect(sniffImage(heic)).toMatchObject({ ok: false, reason: expect.stringContaining('HEIC') });
    expect(sniffImage(Buffer.from('%PDF-1.7\n'))).toMatchObject({ ok: false, reason: expect.stringContaining('PDF') });
    expect(sniffImage(Buffer.from('GIF89a......'))).toEqual({ ok: false, reason: '只能上传 JPG 或 PNG 格式的照片或扫描件' });
    expect(sniffImage(Buffer.alloc(0))).toMatchObject({ ok: false });
  });
});
