// The content-addressed file store: durable writes before the row, hash-checked reads, orphans moved aside at start.
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/index';
import { filePath, ORPHAN_QUARANTINE_MAX, putFile, readStoredFile, recordFile, sha256, sweepOrphans } from '../../electron/core/files/file-store';
import { tx } from '../../electron/core/kernel/tx';
import { testCore } from '../helpers/core';

const HOUR = 60 * 60 * 1000;

function recordInTx(core: Core, hash: string): void {
  const s = core.services!;
  tx({ db: s.db, prepare: s.prepare, now: s.clock.now(), actorStaffId: null, sessionId: null, channel: 'test' }, (w) => {
    recordFile(w, hash, 1, 'application/pdf');
    w.audit({ action: 'test', entity: 'file', entityId: hash, change: {} });
  });
}

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

  it('moves files no row names, and stale temporary files, to quarantine — never deletes — but not recent or recorded ones', async () => {
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
    const quarantine = join(s.config.paths.root, 'quarantine', 'files');
    const swept = sweepOrphans(root, s.prepare, Date.now(), quarantine);
    expect(swept.quarantined.sort()).toEqual([orphan, '.tmp-123'].sort());
    expect(existsSync(filePath(root, orphan))).toBe(false);
    expect(existsSync(tmp)).toBe(false);
    // Kept under its own name, so a restore can put it back.
    expect(readFileSync(join(quarantine, orphan), 'utf8')).toBe('orphan after a crash');
    expect(existsSync(join(quarantine, '.tmp-123'))).toBe(true);
    expect(existsSync(filePath(root, kept))).toBe(true);
    expect(existsSync(filePath(root, fresh))).toBe(true);
  });

  it('leaves unlisted files in place when they are many or older than a crash explains (an older database, not a crash)', async () => {
    const { core } = await testCore();
    const s = core.services!;
    const root = s.config.paths.files;
    const quarantine = join(s.config.paths.root, 'quarantine', 'files');
    const hashes = Array.from({ length: ORPHAN_QUARANTINE_MAX + 1 }, (_, i) => putFile(root, Buffer.from(`文书 ${i}`)));
    const twoHoursAgo = (Date.now() - 2 * HOUR) / 1000;
    for (const h of hashes) utimesSync(filePath(root, h), twoHoursAgo, twoHoursAgo);
    expect(sweepOrphans(root, s.prepare, Date.now(), quarantine)).toEqual({ quarantined: [], leftInPlace: ORPHAN_QUARANTINE_MAX + 1, reason: 'tooMany' });
    expect(hashes.every((h) => existsSync(filePath(root, h)))).toBe(true);

    const few = hashes.slice(0, 3);
    for (const h of hashes.slice(3)) recordInTx(core, h);
    const monthAgo = (Date.now() - 30 * 24 * HOUR) / 1000;
    utimesSync(filePath(root, few[0]), monthAgo, monthAgo);
    expect(sweepOrphans(root, s.prepare, Date.now(), quarantine)).toEqual({ quarantined: [], leftInPlace: 3, reason: 'tooOld' });
    expect(few.every((h) => existsSync(filePath(root, h)))).toBe(true);
    expect(existsSync(quarantine)).toBe(false);
  });
});
