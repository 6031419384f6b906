// An intake's term ids as stored in intake_search_docs (only read back to take its postings out again): sorted, each
// stored as its difference from the one before in 7-bit groups (LEB128). Ids up to a few hundred thousand, close
// together once sorted: ≈ 1.4 bytes an id instead of 4 (docs/performance.md, "Names indexed once").

/** The ids, sorted and without repeats, packed. */
export function packIds(ids: Iterable<number>): Buffer {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out: number[] = [];
  let prev = 0;
  for (const id of sorted) {
    if (!Number.isSafeInteger(id) || id < 0) throw new RangeError(`term id ${id}`);
    let d = id - prev;
    prev = id;
    while (d >= 0x80) {
      out.push((d % 0x80) | 0x80);
      d = Math.floor(d / 0x80);
    }
    out.push(d);
  }
  return Buffer.from(out);
}

export function unpackIds(b: Uint8Array): number[] {
  const ids: number[] = [];
  let prev = 0;
  let d = 0;
  let scale = 1;
  for (const byte of b) {
    d += (byte & 0x7f) * scale;
    if (byte & 0x80) scale *= 0x80;
    else {
      prev += d;
      ids.push(prev);
      d = 0;
      scale = 1;
    }
  }
  if (scale !== 1) throw new RangeError('packed ids cut short');
  return ids;
}

/** The ids as version 2 of the index stored them: 4-byte integers (the rows not yet re-indexed after an upgrade). */
export function int32Ids(b: Buffer): number[] {
  return [...new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength))];
}
