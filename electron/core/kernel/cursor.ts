// Keyset paging cursors: the sort key of the last row seen, opaque to the client.
import { ServiceError } from './errors';

export interface Keyset {
  /** The primary sort value (an instant). */
  at: number;
  /** The tie-breaker (a stable integer seq). */
  seq: number;
}

export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify([k.at, k.seq])).toString('base64url');
}

export function decodeCursor(cursor: string | null): Keyset | null {
  if (cursor === null) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && Number.isSafeInteger(v[1])) return { at: v[0], seq: v[1] };
  } catch {
    // fall through to the error below
  }
  throw new ServiceError('VALIDATION', '翻页标记无效，请刷新列表', { cursor: '翻页标记无效' });
}
