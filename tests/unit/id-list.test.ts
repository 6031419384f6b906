import { describe, expect, it } from 'vitest';
import { int32Ids, packIds, unpackIds } from '../../electron/core/search/id-list';

describe('an intake’s term ids, packed', () => {
  it('gives back the same ids, sorted and once each, in far fewer bytes than 4 an id', () => {
    const ids = [309_078, 5, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 5, 0, 2 ** 31 - 1];
    const packed = packIds(ids);
    expect(unpackIds(packed)).toEqual([...new Set(ids)].sort((a, b) => a - b));
    const typical = Array.from({ length: 62 }, (_, i) => 250_000 + i * 37);
    expect(unpackIds(packIds(typical))).toEqual(typical);
    expect(packIds(typical).length).toBeLessThan(typical.length * 2 + 3);
    expect(unpackIds(packIds([]))).toEqual([]);
  });

  it('refuses what it cannot store and a list cut short', () => {
    expect(() => packIds([-1])).toThrow(RangeError);
    expect(() => unpackIds(Buffer.from([0x80]))).toThrow(RangeError);
  });

  it('reads the 4-byte integers an index of version 2 stored', () => {
    expect(int32Ids(Buffer.from(Int32Array.from([7, 300_000, 12]).buffer))).toEqual([7, 300_000, 12]);
  });
});
