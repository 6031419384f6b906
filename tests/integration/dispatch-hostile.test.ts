// dispatch answers every call with a Result, whatever arrives and whatever the disk does (issue #10, item 6):
// deep JSON, a full disk (SQLite's max_page_count makes writes fail with SQLITE_FULL, deterministically),
// a corrupt database and a damaged file store each get a Chinese message, never English SQLite text or a path.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { handlers } from '../../electron/core/handlers';
import { filePath, sha256 } from '../../electron/core/files/file-store';
import { MAX_INPUT_DEPTH } from '../../electron/core/kernel/input-shape';
import { cardPng } from '../fixtures/images';
import { freshDataDir } from '../helpers/data-dir';
import { businessCounts, testCore, totalChanges } from '../helpers/core';

function nested(depth: number, leaf: unknown = 'x', wrap: (v: unknown) => unknown = (v) => [v]): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

/** Nothing a user reads may carry SQLite's English, a file path or a stored file's hash. */
function expectPlainChinese(message: string) {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).not.toMatch(/SQLITE|database|disk|malformed|[A-Za-z]:\\|\/tmp\/|\/files\/|[0-9a-f]{64}/i);
}

const HUAJIAN = { kind: 'organisation' as const, name: '日喀则市华建建筑工程有限公司' };

describe('dispatch against hostile input', () => {
  it('refuses input nested deeper than the limit with a Chinese message, on every channel, and saves nothing', async () => {
    const { core, client } = await testCore();
    const before = businessCounts(core);
    // A draft holds any JSON: before the limit, 5,000 levels overflowed zod's recursion and dispatch threw.
    const draft = await core.dispatch(client.session, 'drafts.save', { formKey: 'intake.desk', data: nested(5000, 1, (v) => ({ a: v })) });
    expect(draft).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(`${MAX_INPUT_DEPTH} 层`) } });
    const deeper = await core.dispatch(client.session, 'parties.create', nested(200_000));
    expect(deeper).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('嵌套过深') } });
    // Cycles and shared references (the Electron transport's structured clone carries both) end the same way.
    const cycle: Record<string, unknown> = { formKey: 'intake.desk' };
    cycle.data = cycle;
    expect(await core.dispatch(client.session, 'drafts.save', cycle)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    let dag: unknown[] = ['x'];
    for (let i = 0; i < 40; i++) dag = [dag, dag];
    const t0 = performance.now();
    expect(await core.dispatch(client.session, 'drafts.save', { formKey: 'intake.desk', data: dag })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(businessCounts(core)).toEqual(before);
    // An ordinary draft, as deep as a form gets, still saves.
    expect(await core.dispatch(client.session, 'drafts.save', { formKey: 'intake.desk', data: nested(20, 'x', (v) => ({ rows: [v] })) })).toMatchObject({ ok: true });
  });

  it('refuses a name with a bidi override or a control character, and free text with a lone surrogate, saving nothing', async () => {
    const { core, client } = await testCore();
    const before = businessCounts(core);
    const spoof = await client.invoke('parties.create', { kind: 'organisation', name: '华建建筑\u202e司公限有' });
    expect(spoof).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { name: expect.stringContaining('文字方向控制符') } } });
    const bell = await client.invoke('parties.create', { kind: 'individual', name: '王\u0007建国' });
    expect(bell).toMatchObject({ ok: false, error: { fields: { name: expect.stringContaining('控制字符') } } });
    const broken = await client.invoke('parties.create', { kind: 'organisation', name: '华建公司', note: '欠薪\ud800' });
    expect(broken).toMatchObject({ ok: false, error: { fields: { note: expect.stringContaining('不完整的字符') } } });
    expect(businessCounts(core)).toEqual(before);
    expect(await client.invoke('parties.create', { kind: 'organisation', name: '华建公司', note: '第一行\n第二行' })).toMatchObject({ ok: true });
  });

  describe('on a full disk', () => {
    /** Caps the file at its present size, so the first write that needs a new page fails with SQLITE_FULL. */
    function fillDisk(core: Awaited<ReturnType<typeof testCore>>['core']) {
      const db = core.services!.db;
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      return () => db.pragma('max_page_count = 4294967294');
    }

    it('answers a save the disk refuses with the disk-full message and changes nothing', async () => {
      const { core, client } = await testCore();
      const free = fillDisk(core);
      // Saves succeed while the pages already in the file have room; the one that needs a new page is refused.
      let refused = null;
      for (let i = 0; i < 500 && !refused; i++) {
        const before = businessCounts(core);
        const r = await client.invoke('parties.create', { kind: 'organisation', name: `日喀则市第${i}建筑工程有限公司`.padEnd(100, '某') });
        if (!r.ok) {
          refused = r.error;
          expect(businessCounts(core)).toEqual(before);
        }
      }
      expect(refused).toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('磁盘空间已满') });
      expect(refused!.message).toContain('本次操作未保存');
      expectPlainChinese(refused!.message);
      free();
      expect(await client.invoke('parties.create', HUAJIAN)).toMatchObject({ ok: true });
    });

    it('still answers when the audit row of an access refusal cannot be written', async () => {
      const { core, client } = await testCore();
      fillDisk(core);
      // The receptionist may not change the unit's settings: each refusal is audited, until the disk is full.
      let last = null;
      for (let i = 0; i < 2000; i++) {
        const changes = totalChanges(core);
        const r = await core.dispatch(client.session, 'units.update', { name: '某单位' });
        expect(r.ok).toBe(false);
        if (!r.ok && r.error.code !== 'FORBIDDEN') {
          last = r.error;
          expect(totalChanges(core)).toBe(changes);
          break;
        }
      }
      expect(last).toMatchObject({ code: 'DISK_FULL', message: expect.stringContaining('磁盘空间已满') });
    });
  });

  describe('a damaged database or file store', () => {
    let restore: (() => void) | null = null;
    afterEach(() => restore?.());

    /** A real SqliteError thrown by a real damaged file, thrown from the handler of `intakes.list`. */
    function throwFromList(error: unknown) {
      const table = handlers as unknown as Record<string, unknown>;
      const original = table['intakes.list'];
      table['intakes.list'] = () => {
        throw error;
      };
      restore = () => (table['intakes.list'] = original);
    }

    function realError(damage: (file: string) => void): unknown {
      const file = join(freshDataDir(), 'damaged.sqlite3');
      const db = new Database(file);
      db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
      const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
      db.transaction(() => {
        for (let i = 0; i < 2000; i++) insert.run('x'.repeat(100));
      })();
      db.close();
      damage(file);
      try {
        const again = new Database(file);
        try {
          again.prepare('SELECT sum(length(v)) FROM t').get();
        } finally {
          again.close();
        }
      } catch (e) {
        return e;
      }
      throw new Error('the damage went unnoticed');
    }

    it('names corruption in Chinese and sends the user to the administrator and the backup', async () => {
      const { client } = await testCore();
      const corrupt = realError((file) => {
        // Pages 4 to 23 of the table's b-tree overwritten with a pattern, as a failing disk leaves them.
        const whole = readFileSync(file);
        whole.fill(0xa5, 4096 * 3, Math.min(4096 * 23, whole.length));
        writeFileSync(file, whole);
      });
      expect((corrupt as { code?: string }).code).toBe('SQLITE_CORRUPT');
      throwFromList(corrupt);
      const r = await client.invoke('intakes.list', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT', message: expect.stringMatching(/数据库.*损坏.*管理员.*备份恢复/) } });
      if (!r.ok) expectPlainChinese(r.error.message);

      const notADb = realError((file) => writeFileSync(file, Buffer.alloc(8192, 0x41)));
      expect((notADb as { code?: string }).code).toBe('SQLITE_NOTADB');
      restore!();
      throwFromList(notADb);
      expect(await client.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
    });

    it('says a disk write failed without the system’s English (ENOSPC, SQLITE_IOERR)', async () => {
      const { client } = await testCore();
      throwFromList(Object.assign(new Error("ENOSPC: no space left on device, write '/data/files/ab/abcd'"), { code: 'ENOSPC' }));
      const full = await client.invoke('intakes.list', {});
      expect(full).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('磁盘空间已满') } });
      if (!full.ok) expectPlainChinese(full.error.message);
      restore!();
      throwFromList(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }));
      const io = await client.invoke('intakes.list', {});
      expect(io).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringContaining('磁盘') } });
      if (!io.ok) expectPlainChinese(io.error.message);
    });

    it('keeps a stored file’s hash and path out of the message when the file is missing', async () => {
      const t = await testCore();
      const employer = await t.client.call('parties.create', HUAJIAN);
      const made = await t.client.call('intakes.create', {
        kind: 'complaint',
        channel: 'walkIn',
        receivedAt: t.clock.now() - 3_600_000,
        summary: '工地工资未付',
        workersCount: 1,
        parties: [{ partyId: employer.id, role: 'employer' }],
        complainants: [{ name: '扎西', idType: 'residentId', idNumber: '540202198503120019', phones: ['13908921200'] }],
        route: 'inspection',
      });
      const png = cardPng(640, 404);
      const added = await t.client.call('idImages.add', { personId: made.complainants[0].personId, side: 'portrait', contentBase64: png.toString('base64') });
      rmSync(filePath(t.core.services!.config.paths.files, sha256(png)));
      const r = await t.client.invoke('idImages.view', { id: added.id, reason: '核对申请人身份' });
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('备份恢复') } });
      if (!r.ok) {
        expect(r.error.message).not.toContain(sha256(png));
        expectPlainChinese(r.error.message);
      }
    });
  });
});
