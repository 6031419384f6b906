// Stable global ids: UUIDv7 (time-ordered, so new rows sort after old ones and index pages stay warm).
// Monotonic within a process (RFC 9562 §6.2, method 1): ids made in the same millisecond carry a counter in
// rand_a, so they still sort in the order they were made.
import { randomBytes } from 'node:crypto';

let lastMs = -1;
let counter = 0;

// Random bytes drawn from the system's generator a pool at a time (a save makes ≈ 20 ids; a call each was a
// measurable part of its JavaScript): each byte is handed out once.
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let taken = 0;

function random(n: number): Buffer {
  if (taken + n > pool.length) {
    pool = randomBytes(POOL_BYTES);
    taken = 0;
  }
  taken += n;
  return pool.subarray(taken - n, taken);
}

export function newId(nowMs: number): string {
  let ms = Math.max(0, Math.floor(nowMs)) % 2 ** 48;
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      ms = lastMs + 1;
      counter = 0;
    }
  } else {
    counter = random(2).readUInt16BE(0) & 0x7ff;
  }
  lastMs = ms;
  const b = Buffer.from(random(16));
  b.writeUIntBE(ms, 0, 6);
  b[6] = 0x70 | (counter >> 8);
  b[7] = counter & 0xff;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
