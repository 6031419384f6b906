// A search candidate's term ids (search/postings.data.ts intakeTermIds): looked up by binary search in the sorted ids
// as stored, instead of a Set built for each candidate.
import { describe, expect, it } from 'vitest';
import type { Prepare } from '../../db/statements';
import { packIds } from '../../electron/core/search/id-list';
import { intakeTermIds, SortedIds } from '../../electron/core/search/postings.data';

/** A prepare whose only statement gives back this search doc. */
const docAt = (doc: { received_at: number; term_ids: Buffer; packed: number | null }) => (() => ({ get: () => doc })) as unknown as Prepare;

describe('an intake’s term ids, looked up', () => {
  it('finds every id it holds and none it does not, at both ends and between', () => {
    const ids = [3, 8, 21, 22, 400, 250_000, 250_037];
    const s = new SortedIds(ids);
    expect(s.size).toBe(7);
    for (const id of ids) expect(s.has(id), String(id)).toBe(true);
    for (const id of [0, 2, 4, 23, 399, 401, 249_999, 250_038, 1e9]) expect(s.has(id), String(id)).toBe(false);
    expect([...s]).toEqual(ids);
    expect(new SortedIds([]).has(3)).toBe(false);
  });

  it('reads the packed ids of a doc, and the 4-byte ids of an older index sorted first (stored in any order)', () => {
    const packed = intakeTermIds(docAt({ received_at: 100, term_ids: packIds([50, 40, 30, 20, 10]), packed: 1 }), { at: 100, seq: 1 });
    expect([10, 20, 30, 40, 50].every((id) => packed.has(id))).toBe(true);
    const old = intakeTermIds(docAt({ received_at: 100, term_ids: Buffer.from(Int32Array.from([50, 40, 30, 20, 10]).buffer), packed: null }), { at: 100, seq: 1 });
    expect([10, 20, 30, 40, 50].filter((id) => old.has(id))).toEqual([10, 20, 30, 40, 50]);
    expect(old.has(35)).toBe(false);
  });

  it('gives nothing for a doc indexed at another time than the posting that led to it', () => {
    expect(intakeTermIds(docAt({ received_at: 99, term_ids: packIds([1, 2]), packed: 1 }), { at: 100, seq: 1 }).size).toBe(0);
  });
});
