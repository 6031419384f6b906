import { describe, expect, it } from 'vitest';
import { newId } from '../../electron/core/kernel/ids';

describe('newId (UUIDv7)', () => {
  it('is a version-7, variant-10 UUID carrying the time', () => {
    const id = newId(Date.UTC(2026, 10, 25));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 25));
  });

  it('sorts in creation order even within one millisecond', () => {
    const t = Date.UTC(2026, 10, 25, 1);
    const ids = Array.from({ length: 5000 }, () => newId(t));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
