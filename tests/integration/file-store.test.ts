// The content-addressed file store: durable writes before the row, hash-checked reads, orphans swept at start.
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filePath, putFile, readStoredFile, recordFile, sha256, sweepOrphans } from '../../electron/core/files/file-store';
import { tx } from '../../electron/core/tx';
import { testCore } from '../helpers/core';

const HOUR = 60 * 60 * 1000;

describe('the file store', () => {
  it('stores by SHA-256, once, and reads back only what was stored', async () => {
    const { dataDir } = await testCore();
    const root = join(dataDir, 'files');
    const bytes = Buffer.from('劳动仲裁裁决书 第一页');
    const hash = putFile(root, bytes);
    expect(hash).toBe(sha256(bytes));
    expect(filePath(root, hash)).toBe(join(root, hash.slice(0, 2), hash));
    expect(putFile(root, bytes)).toBe(hash);
    expect(readdirSync(join(root, hash.slice(0, 2)))).toEqual([hash]);
    expect(readStoredFile(root, hash).equals(bytes)).toBe(true);

    writeFileSync(filePath(root, hash), '被改动的内容');
    expect(() => readStoredFile(root, hash)).toThrow(/内容与其哈希不符/);
    expect(() => readStoredFile(root, 'f'.repeat(64))).toThrow(/文件缺失/);
    expect(() => filePath(root, '../../etc/passwd')).toThrow(/文件标识无效/);

    // Storing the same bytes again repairs a copy altered on disk, even one of the same length.
    const same = Buffer.from('送达回证');
    const h = putFile(root, same);
    writeFileSync(filePath(root, h), Buffer.from('送达回执'));
    expect(() => readStoredFile(root, h)).toThrow(/内容与其哈希不符/);
    expect(putFile(root, same)).toBe(h);
    expect(readStoredFile(root, h).equals(same)).toBe(true);
    expect(readdirSync(join(root, h.slice(0, 2)))).toEqual([h]);
  });

  it('sweeps files no row names, and stale temporary files, but not recent ones or recorded ones', async () => {
    const { core, clock } = await testCore();
    const s = core.services!;
    const root = s.config.paths.files;
    const kept = putFile(root, Buffer.from('recorded'));
    tx({ db: s.db, prepare: s.prepare, now: clock.now(), actorStaffId: null, sessionId: null, channel: 'test' }, (w) => {
      recordFile(w, kept, 8, 'application/pdf');
      w.audit({ action: 'test', entity: 'file', entityId: kept, change: {} });
    });
    const orphan = putFile(root, Buffer.from('orphan after a crash'));
    const fresh = putFile(root, Buffer.from('being written right now'));
    mkdirSync(join(root, 'ab'), { recursive: true });
    const tmp = join(root, 'ab', '.tmp-123');
    writeFileSync(tmp, 'half');
    const old = (Date.now() - 2 * HOUR) / 1000;
    utimesSync(filePath(root, orphan), old, old);
    utimesSync(filePath(root, kept), old, old);
    utimesSync(tmp, old, old);
    expect(sweepOrphans(root, s.prepare, Date.now())).toEqual({ removed: 2 });
    expect(existsSync(filePath(root, orphan))).toBe(false);
    expect(existsSync(tmp)).toBe(false);
    expect(existsSync(filePath(root, kept))).toBe(true);
    expect(existsSync(filePath(root, fresh))).toBe(true);
  });
});
