// Format 5's packed change (db/audit-pack.ts): exactly the text that was hashed comes back, whatever the text; the
// common pieces take a byte or three; bytes that are not a packed change are refused; the term list never changes.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_TERMS_1, packChange, unpackChange } from '../../db/audit-pack';
import { canonicalJson } from '../../shared/domain/canonical-json';

const roundTrip = (text: string) => unpackChange(packChange(text));

describe('the packed change of an audit row', () => {
  it('gives back every text exactly, packed or not', () => {
    const texts = [
      '{}',
      '[]',
      '"inspection"',
      canonicalJson({ kind: 'complaint', route: 'inspection', personId: '01a250f8-92d1-7673-9092-424058810a3f', paidOn: '2026-11-30' }),
      // A UUID in capitals, a hash in capitals, a hash one digit short: not the app's forms, kept as text.
      canonicalJson({ id: '01A250F8-92D1-7673-9092-424058810A3F', contentHash: 'A'.repeat(64), docx: 'a'.repeat(63) }),
      // Dates that are not calendar dates or do not fit: kept as text.
      canonicalJson({ date: '2026-02-30', a: '1999-12-31', b: '2179-06-07', c: '2179-06-06', d: '0000-00-00', e: '2026-1-05' }),
      // A UUID as a key, a term's text inside a string, quotes and backslashes escaped, a term as a value of a key.
      canonicalJson({ '01a250f8-92d1-7673-9092-424058810a3f': { kind: 'x' }, summary: '他说 "kind": 不对 \\ "inspection"', note: 'kind' }),
      canonicalJson({ name: '扎西次仁', emoji: '👷🏽‍♂️', tibetan: 'བཀྲ་ཤིས་', nul: '\u0000\u0001\u001f', lone: '\ud800' }),
      canonicalJson({ changed: { name: { from: '雪域建筑', to: '雪域建设' } }, unitId: 'unit-540200' }),
    ];
    for (const t of texts) expect(roundTrip(t)).toBe(t);
    // A large change (a roster of 3,000 workers): past the buffer kept for the usual rows, and a small one after it.
    const roster = canonicalJson({ complainants: Array.from({ length: 3000 }, (_, i) => ({ personId: `01a250f8-92d1-7673-9092-${String(i).padStart(12, '0')}`, amountClaimedFen: 100_000 + i, name: `工人${i}` })) });
    expect(packChange(roster).length).toBeGreaterThan((1 << 20) / 38);
    expect(roundTrip(roster)).toBe(roster);
    expect(roundTrip(texts[3]!)).toBe(texts[3]);
  });

  it('gives back any canonical JSON exactly (property)', () => {
    const uuid = fc.uuid().map((u) => u.toLowerCase());
    const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const term = fc.constantFrom(...AUDIT_TERMS_1.map((t) => t.replace(/^"|"?:?$/g, '').replace(/"$/, '')));
    const leaf = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), uuid, hex, date, term, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
    const key = fc.oneof(fc.string(), term, uuid);
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const text = canonicalJson(v);
        const packed = packChange(text);
        expect(packed.length).toBeLessThanOrEqual(Buffer.byteLength(text));
        expect(unpackChange(packed)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the common pieces short: a key or value of the list in one or two bytes, a UUID in 17, a hash in 33, a date in 3', () => {
    const text = canonicalJson({ kind: 'complaint', personId: '01a250f8-92d1-7673-9092-424058810a3f', contentHash: 'ab'.repeat(32), date: '2026-11-30' });
    const packed = packChange(text);
    // {  kind:(1) complaint(2) ,  contentHash:(1) 0x02+32 ,  date:(1) 0x03+2 ,  personId:(1) 0x01+16  }
    expect(packed.length).toBe(1 + 1 + 2 + 1 + 1 + 33 + 1 + 1 + 3 + 1 + 1 + 17 + 1);
    expect(Buffer.byteLength(text)).toBe(171);
    expect(packed.includes(Buffer.from('complaint'))).toBe(false);
    expect(packed.includes(Buffer.from('"'))).toBe(false);
  });

  it('refuses bytes that are not a packed change: a code past the list, a marker cut short', () => {
    expect(unpackChange(Buffer.from([0x7b, 0x1f, 0xff, 0x7d]))).toBeNull();
    expect(unpackChange(Buffer.from([0x7b, 0x01, 0x02, 0x03]))).toBeNull();
    expect(unpackChange(Buffer.from([0x7b, 0x02]))).toBeNull();
    expect(unpackChange(Buffer.from([0x7b, 0x03, 0x01]))).toBeNull();
    expect(unpackChange(Buffer.from([0x7b, 0x1e]))).toBeNull();
    expect(unpackChange(Buffer.from([0x7b, 0x00, 0x7d]))).toBeNull();
    expect(unpackChange(Buffer.from('{"a":1}'))).toBe('{"a":1}');
  });

  it('keeps its term list as it was shipped: no personal or unit data, none repeated, each a key or a quoted value', () => {
    // Rows written in format 5 are read with this list for as long as the files are kept: a new list is a new format.
    expect(AUDIT_TERMS_1.length).toBe(309);
    expect(createHash('sha256').update(JSON.stringify(AUDIT_TERMS_1)).digest('hex')).toBe('467d875950ca175d39f4c7c1528ac7d8011d9dfeaab92a3bb4db6d06f222aef5');
    expect(new Set(AUDIT_TERMS_1).size).toBe(AUDIT_TERMS_1.length);
    for (const t of AUDIT_TERMS_1) {
      expect(t).toMatch(/^"[a-zA-Z][a-zA-Z0-9]*"(:)?$/);
      expect(t).not.toMatch(/\d/);
    }
  });
});
