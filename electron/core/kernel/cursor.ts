// Keyset paging cursors: the sort key of the last row seen, opaque to the client.
import { ServiceError } from './errors';

export interface Keyset {
  /** The primary sort value (an instant). */
  at: number;
  /** The tie-breaker (a stable integer seq). */
  seq: number;
  /** A search's rank (0 exact, 1 prefix, 2 substring), when the list is ranked before it is sorted by time. */
  rank?: number;
}

export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify(k.rank === undefined ? [k.at, k.seq] : [k.at, k.seq, k.rank])).toString('base64url');
}

export function decodeCursor(cursor: string | null): Keyset | null {
  if (cursor === null) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && Number.isSafeInteger(v[1])) return { at: v[0], seq: v[1] };
    if (Array.isArray(v) && v.length === 3 && Number.isSafeInteger(v[0]) && Number.isSafeInteger(v[1]) && [0, 1, 2].includes(v[2] as number)) return { at: v[0], seq: v[1], rank: v[2] as number };
  } catch {
    // fall through to the error below
  }
  throw new ServiceError('VALIDATION', '翻页标记无效，请刷新列表', { cursor: '翻页标记无效' });
}
