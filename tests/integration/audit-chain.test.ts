// The audit trail's tamper evidence, attacked the way someone with the database file would: through better-sqlite3
// (Debian's sqlite3 shell is older than the database format needs), dropping the append-only triggers first. The rows
// are stored in audit_rows with compact ids (db/audit-rows.ts) and read back decoded through the view audit_log.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditHash, auditHashV2, auditHashV3, auditHashV4, auditHashV5, storedHashHex, verifyAuditChain } from '../../db/audit-chain';
import { packChange } from '../../db/audit-pack';
import { auditIdKey } from '../../db/audit-rows';
import { openDatabase, type Db } from '../../db/open';
import { runVerify } from '../../build/scripts/audit-verify';
import { DB_FILE_NAME } from '../helpers/data-dir';
import { signInAs, testCore } from '../helpers/core';

const REPO = resolve(__dirname, '..', '..');

/** A data dir whose trail has a first run, staff, sign-ins and some casework; the core is closed afterwards. */
async function trail(): Promise<{ dataDir: string; count: number; head: { seq: number; hash: string } }> {
  const { core, client, dataDir } = await testCore();
  for (let i = 0; i < 5; i++) await client.call('parties.create', { kind: 'organisation', name: `测试公司${i}` });
  await signInAs(core, '李强');
  const db = core.services!.db;
  const count = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: Uint8Array };
  await core.close();
  return { dataDir, count, head: { seq: last.seq, hash: storedHashHex(last.hash) } };
}

function installationIdOf(dataDir: string): string {
  const db = openDatabase(join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    return (db.prepare('SELECT installation_id FROM installation').get() as { installation_id: string }).installation_id;
  } finally {
    db.close();
  }
}

function tamper(dataDir: string, fn: (db: Db) => void): void {
  const db = openDatabase(join(dataDir, DB_FILE_NAME));
  try {
    db.exec('DROP TRIGGER audit_rows_no_update; DROP TRIGGER audit_rows_no_delete; DROP TRIGGER audit_actors_no_update; DROP TRIGGER audit_actors_no_delete;');
    fn(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** A row as the view audit_log gives it (ids as text); `actor` is its stored number. */
type Stored = { seq: number; at: number; actor: number | null; actor_staff_id: string | null; session_id: string | null; channel: string; action: string; entity: string; entity_id: string | null; change: string; prev_hash: string; hash: string | Uint8Array; format: number };

/** A row's hash (hex) under its own format's rule (db/audit-chain.ts). */
function rehash(prev: string, r: Stored): string {
  const content = { at: r.at, actorStaffId: r.actor_staff_id, sessionId: r.session_id, channel: r.channel, action: r.action, entity: r.entity, entityId: r.entity_id, change: r.change };
  return r.format === 5 ? auditHashV5(prev, content) : r.format === 4 ? auditHashV4(prev, content) : r.format === 3 ? auditHashV3(prev, content) : r.format === 2 ? auditHashV2(prev, content) : auditHash(prev, content);
}

/** A hash as a row of that format stores it: formats 3 to 5 the 32 bytes, the older formats 64 hex characters. */
const stored = (format: number, hex: string): string | Buffer => (format >= 3 ? Buffer.from(hex, 'hex') : hex);

const hashBefore = (db: Db, seq: number) => storedHashHex((db.prepare('SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1').get(seq) as { hash: string | Uint8Array }).hash);

/** Rewrites the chain from `fromSeq` on with correct hashes: what someone who knows the algorithm would do. */
function recomputeFrom(db: Db, fromSeq: number): void {
  const rows = db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(fromSeq) as Stored[];
  let prev = hashBefore(db, fromSeq);
  const update = db.prepare('UPDATE audit_rows SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const r of rows) {
    const h = rehash(prev, r);
    update.run(r.format >= 2 ? null : prev, stored(r.format, h), r.seq);
    prev = h;
  }
}

/**
 * The trail as a database upgraded after row `lastOld` would hold it (migration 0060 re-encodes the older rows' ids,
 * so they are stored as these are): rows 1…lastOld in format 1 (the previous hash stored in the row), then format 2
 * up to lastV2, format 3 up to lastV3, format 4 up to lastV4 — their change stored as text, as those formats wrote
 * it — and the later rows in format 5 (the change packed), chained on from them.
 */
function upgradedAfter(db: Db, lastOld: number, lastV2 = lastOld, lastV3 = lastV2, lastV4 = lastV3): void {
  db.prepare("UPDATE audit_rows SET change = audit_change_text(change) WHERE seq <= ? AND typeof(change) = 'blob'").run(lastV4);
  db.prepare('UPDATE audit_rows SET format = 1 WHERE seq <= ?').run(lastOld);
  db.prepare('UPDATE audit_rows SET format = 2 WHERE seq > ? AND seq <= ?').run(lastOld, lastV2);
  db.prepare('UPDATE audit_rows SET format = 3 WHERE seq > ? AND seq <= ?').run(lastV2, lastV3);
  db.prepare('UPDATE audit_rows SET format = 4 WHERE seq > ? AND seq <= ?').run(lastV3, lastV4);
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Stored[];
  let prev = '0'.repeat(64);
  const update = db.prepare('UPDATE audit_rows SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const r of rows) {
    const h = rehash(prev, r);
    update.run(r.format >= 2 ? null : prev, stored(r.format, h), r.seq);
    prev = h;
  }
}

const V2_MISMATCH = '内容与其哈希不符（本条被修改，或上一条被修改后重新计算了哈希）';

describe('audit chain verification', () => {
  it('passes an untouched trail, and the triggers refuse changes', async () => {
    const { dataDir, count, head } = await trail();
    expect(runVerify({ dataDir, headFile: null })).toEqual({ code: 0, lines: [`审计链完整：${count} 条`, `链头：第 ${head.seq} 条 ${head.hash}`] });
    const db = openDatabase(join(dataDir, DB_FILE_NAME));
    for (const table of ['audit_log', 'audit_rows']) {
      expect(() => db.prepare(`UPDATE ${table} SET change = '{}' WHERE seq = 3`).run()).toThrow(/只能追加|append/i);
      expect(() => db.prepare(`DELETE FROM ${table} WHERE seq = 3`).run()).toThrow(/只能追加|append/i);
    }
    expect(() => db.prepare("UPDATE audit_actors SET staff_id = 'x'").run()).toThrow(/只能追加/);
    expect(() => db.prepare('DELETE FROM audit_actors').run()).toThrow(/只能追加/);
    expect(() => db.prepare("INSERT INTO audit_log (at, channel, action, entity, change, hash, format) VALUES (0, 'x', 'x', 'x', '{}', 'h', 4)").run()).toThrow(/只能由应用追加/);
    db.close();
  });

  it('finds an edited row', async () => {
    const { dataDir } = await trail();
    tamper(dataDir, (db) => db.prepare(`UPDATE audit_rows SET change = '{"name":"别的公司"}' WHERE seq = 7`).run());
    expect(runVerify({ dataDir, headFile: null })).toEqual({ code: 1, lines: [`审计链断裂：第 7 条，${V2_MISMATCH}`] });
  });

  it('finds an edited row whose own hash was recomputed, at the next link', async () => {
    const { dataDir } = await trail();
    tamper(dataDir, (db) => {
      const r = db.prepare('SELECT * FROM audit_log WHERE seq = 7').get() as Stored;
      const n = (db.prepare("INSERT INTO audit_actors (staff_id) VALUES ('someone-else') RETURNING n").get() as { n: number }).n;
      const edited = { ...r, actor_staff_id: 'someone-else' };
      db.prepare('UPDATE audit_rows SET actor = ?, hash = ? WHERE seq = 7').run(n, stored(r.format, rehash(hashBefore(db, 7), edited)));
    });
    // Formats 2–4 keep no copy of the link: row 8's hash, computed from row 7's old hash, no longer matches.
    expect(runVerify({ dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 8 条，${V2_MISMATCH}`);
  });

  it('finds a deleted row, and rows deleted from the end', async () => {
    const a = await trail();
    tamper(a.dataDir, (db) => db.prepare('DELETE FROM audit_rows WHERE seq = 5').run());
    expect(runVerify({ dataDir: a.dataDir, headFile: null })).toEqual({ code: 1, lines: ['审计链断裂：第 5 条，第 5 条缺失（被删除）'] });

    const b = await trail();
    tamper(b.dataDir, (db) => db.prepare('DELETE FROM audit_rows WHERE seq > ?').run(b.count - 2));
    expect(runVerify({ dataDir: b.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${b.count - 1} 条，末尾第 ${b.count - 1}–${b.count} 条缺失（被删除）`);
  });

  it('finds inserted rows: at the end with a made-up hash, and in place of a deleted one', async () => {
    const a = await trail();
    tamper(a.dataDir, (db) => {
      const last = db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Stored;
      db.prepare(
        "INSERT INTO audit_rows (at, actor, session_id, channel, action, entity, entity_id, change, hash, format) VALUES (?, NULL, NULL, 'intakes.create', 'create', 'intake', 'x', '{}', ?, 5)",
      ).run(last.at + 1, Buffer.alloc(32, 0xff));
    });
    expect(runVerify({ dataDir: a.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${a.count + 1} 条，${V2_MISMATCH}`);

    const b = await trail();
    tamper(b.dataDir, (db) => {
      const r = db.prepare('SELECT * FROM audit_log WHERE seq = 6').get() as Stored;
      db.prepare('DELETE FROM audit_rows WHERE seq = 6').run();
      const forged = { ...r, action: 'update', change: '{"forged":true}' };
      db.prepare('INSERT INTO audit_rows (seq, at, actor, session_id, channel, action, entity, entity_id, change, hash, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 5)').run(
        6, r.at, r.actor, auditIdKey(r.session_id), r.channel, forged.action, r.entity, auditIdKey(r.entity_id), packChange(forged.change), stored(5, rehash(hashBefore(db, 6), forged)),
      );
    });
    expect(runVerify({ dataDir: b.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 7 条，${V2_MISMATCH}`);
  });

  it('needs the exported head to catch a chain recomputed after an edit', async () => {
    const { dataDir, head } = await trail();
    const headFile = join(dataDir, 'head.json');
    writeFileSync(headFile, JSON.stringify({ format: 'xinan-audit-head/1', installationId: installationIdOf(dataDir), unitName: '日喀则市人力资源和社会保障局', seq: head.seq, hash: head.hash, at: 0, exportedAt: 0 }));
    expect(runVerify({ dataDir, headFile }).code).toBe(0);
    tamper(dataDir, (db) => {
      db.prepare(`UPDATE audit_rows SET change = '{"name":"别的公司"}' WHERE seq = 7`).run();
      recomputeFrom(db, 7);
      for (const t of ['audit_rows', 'audit_actors']) {
        db.exec(`CREATE TRIGGER ${t}_no_update BEFORE UPDATE ON ${t} BEGIN SELECT RAISE(ABORT, 'x'); END;
                 CREATE TRIGGER ${t}_no_delete BEFORE DELETE ON ${t} BEGIN SELECT RAISE(ABORT, 'x'); END;`);
      }
    });
    // Without the head the rewritten chain is self-consistent; with it, the rewrite shows.
    expect(runVerify({ dataDir, headFile: null }).code).toBe(0);
    expect(runVerify({ dataDir, headFile })).toEqual({ code: 1, lines: [`审计链断裂：第 ${head.seq} 条，与导出保存的链头不符（此前的记录被改写后重新计算了哈希）`] });
  });

  it('warns when the triggers are gone even if the chain holds, and refuses a file that is not a head', async () => {
    const { dataDir, count } = await trail();
    tamper(dataDir, () => undefined);
    expect(runVerify({ dataDir, headFile: null })).toMatchObject({ code: 3, lines: [`审计链完整：${count} 条；警告：防止修改和删除审计记录的触发器已被移除`, expect.any(String)] });
    const bogus = join(dataDir, 'bogus.json');
    writeFileSync(bogus, '{"seq":1}');
    expect(runVerify({ dataDir, headFile: bogus })).toMatchObject({ code: 2 });
    expect(runVerify({ dataDir: join(dataDir, 'nope'), headFile: null })).toMatchObject({ code: 2, lines: [expect.stringContaining('没有数据库文件')] });
  });

  it('finds a trail emptied entirely, and triggers that are there by name but refuse nothing', async () => {
    const a = await trail();
    tamper(a.dataDir, (db) => db.exec("DELETE FROM audit_rows; DELETE FROM sqlite_sequence WHERE name = 'audit_rows';"));
    expect(runVerify({ dataDir: a.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 1 条，审计记录为空，但本机已完成首次设置（记录被全部删除）');

    const b = await trail();
    tamper(b.dataDir, (db) =>
      db.exec(`CREATE TRIGGER audit_rows_no_update BEFORE UPDATE ON audit_rows WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END;
               CREATE TRIGGER audit_rows_no_delete BEFORE DELETE ON audit_rows BEGIN SELECT 1; END;
               CREATE TRIGGER audit_actors_no_update BEFORE UPDATE ON audit_actors BEGIN SELECT RAISE(ABORT, 'x'); END;
               CREATE TRIGGER audit_actors_no_delete BEFORE DELETE ON audit_actors BEGIN SELECT RAISE(ABORT, 'x'); END;`),
    );
    const verdict = runVerify({ dataDir: b.dataDir, headFile: null });
    expect(verdict.code).toBe(3);
    expect(verdict.lines[0]).toContain('触发器已被移除');
  });

  it('refuses a head exported from another installation', async () => {
    const { dataDir, head } = await trail();
    const headFile = join(dataDir, 'other.json');
    writeFileSync(headFile, JSON.stringify({ format: 'xinan-audit-head/1', installationId: 'another-pc', unitName: '江孜县人社局', seq: head.seq, hash: head.hash, at: 0, exportedAt: 0 }));
    expect(runVerify({ dataDir, headFile })).toMatchObject({ code: 2, lines: [expect.stringContaining('来自另一台安装')] });
  });

  it('does not mistake a row appended while it reads for a deleted one', async () => {
    const { core } = await testCore();
    const db = core.services!.db;
    const other = openDatabase(core.services!.config.paths.dbFile);
    try {
      // Appended by another connection between the walk and the sequence check would have looked like a
      // truncation; in one read transaction the verifier sees one consistent state.
      const original = db.prepare.bind(db);
      let appended = false;
      (db as unknown as { prepare: typeof db.prepare }).prepare = ((sql: string) => {
        if (!appended && sql.includes('sqlite_sequence')) {
          appended = true;
          const last = other.prepare('SELECT hash, at FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: Uint8Array; at: number };
          const row = { at: last.at + 1, actorStaffId: null, sessionId: null, channel: 'test', action: 'test', entity: 'test', entityId: null, change: '{}' };
          other
            .prepare('INSERT INTO audit_rows (at, actor, session_id, channel, action, entity, entity_id, change, hash, format) VALUES (?, NULL, NULL, ?, ?, ?, NULL, ?, ?, 4)')
            .run(row.at, row.channel, row.action, row.entity, row.change, Buffer.from(auditHashV4(storedHashHex(last.hash), row), 'hex'));
        }
        return original(sql);
      }) as typeof db.prepare;
      const verdict = verifyAuditChain(db);
      (db as unknown as { prepare: typeof db.prepare }).prepare = original;
      expect(appended).toBe(true);
      expect(verdict.intact).toBe(true);
      expect(verifyAuditChain(db).count).toBe(verdict.count + 1);
    } finally {
      other.close();
    }
  });

  it('runs as `npm run audit:verify`, printing the verdict and exiting 0 or 1', async () => {
    const { dataDir, count } = await trail();
    const run = () => spawnSync(process.execPath, [join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO, 'build', 'scripts', 'audit-verify.ts'), '--data-dir', dataDir], { encoding: 'utf8' });
    const good = run();
    expect(good.status).toBe(0);
    expect(good.stdout).toContain(`审计链完整：${count} 条`);
    tamper(dataDir, (db) => db.prepare('DELETE FROM audit_rows WHERE seq = 4').run());
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('审计链断裂：第 4 条');
  });

  it('verifies a trail upgraded four times: format-1 rows by their rule, format-2, 3, 4 and 5 rows by theirs', async () => {
    const { dataDir, count } = await trail();
    tamper(dataDir, (db) => upgradedAfter(db, 6, 10, 14, 18));
    expect(runVerify({ dataDir, headFile: null }).lines[0]).toBe(`审计链完整：${count} 条；警告：防止修改和删除审计记录的触发器已被移除`);
    const db = openDatabase(join(dataDir, DB_FILE_NAME), { readonly: true });
    const formats = (db.prepare('SELECT format, prev_hash FROM audit_log ORDER BY seq').all() as { format: number; prev_hash: string }[]).map((r) => [r.format, r.prev_hash === '' ? '' : 'hash']);
    db.close();
    expect(formats.slice(0, 6)).toEqual(Array(6).fill([1, 'hash']));
    expect(formats.slice(6, 10)).toEqual(Array(4).fill([2, '']));
    expect(formats.slice(10, 14)).toEqual(Array(4).fill([3, '']));
    expect(formats.slice(14, 18)).toEqual(Array(4).fill([4, '']));
    expect(formats.slice(18)).toEqual(Array(count - 18).fill([5, '']));
    // Formats 3 to 5 store the hash as its 32 bytes: half the 64 hex characters of the older rows; format 5 the change
    // packed (db/audit-pack.ts), read back as its text through audit_log.
    const sizes = openDatabase(join(dataDir, DB_FILE_NAME), { readonly: true });
    const lengths = (sizes.prepare('SELECT DISTINCT format, typeof(hash) AS type, length(hash) AS n, typeof(change) AS change FROM audit_rows ORDER BY format').all() as { format: number; type: string; n: number; change: string }[]);
    const packed = sizes.prepare("SELECT r.change AS stored, l.change AS text FROM audit_rows r JOIN audit_log l ON l.seq = r.seq WHERE r.format = 5 AND r.entity = 'party'").all() as { stored: Uint8Array; text: string }[];
    sizes.close();
    expect(lengths).toEqual([
      { format: 1, type: 'text', n: 64, change: 'text' },
      { format: 2, type: 'text', n: 64, change: 'text' },
      { format: 3, type: 'blob', n: 32, change: 'text' },
      { format: 4, type: 'blob', n: 32, change: 'text' },
      { format: 5, type: 'blob', n: 32, change: 'blob' },
    ]);
    expect(packed.length).toBeGreaterThan(0);
    for (const p of packed) {
      expect(JSON.parse(p.text)).toMatchObject({ kind: 'organisation' });
      expect(p.stored.length).toBeLessThan(Buffer.byteLength(p.text));
    }
  });

  it('finds tampering on either side of the upgrade: an old row edited, a new row edited, a marker changed', async () => {
    const old = await trail();
    tamper(old.dataDir, (db) => {
      upgradedAfter(db, 6);
      db.prepare(`UPDATE audit_rows SET change = '{"name":"别的公司"}' WHERE seq = 4`).run();
    });
    expect(runVerify({ dataDir: old.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 4 条，内容与其哈希不符（本条被修改）');

    const fresh = await trail();
    tamper(fresh.dataDir, (db) => {
      upgradedAfter(db, 6, 8);
      db.prepare(`UPDATE audit_rows SET change = '{"name":"别的公司"}' WHERE seq = 9`).run();
    });
    expect(runVerify({ dataDir: fresh.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 9 条，${V2_MISMATCH}`);

    // The last old row re-hashed after an edit: the first new row, chained to its old hash, shows it.
    const edge = await trail();
    tamper(edge.dataDir, (db) => {
      upgradedAfter(db, 6);
      const r = db.prepare('SELECT * FROM audit_log WHERE seq = 6').get() as Stored;
      const edited = { ...r, change: '{"name":"别的公司"}' };
      db.prepare('UPDATE audit_rows SET change = ?, hash = ? WHERE seq = 6').run(edited.change, rehash(r.prev_hash, edited));
    });
    expect(runVerify({ dataDir: edge.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 7 条，${V2_MISMATCH}`);

    // A new row passed off as an old one (its marker set to 1), and an old one after the upgrade.
    const marker = await trail();
    tamper(marker.dataDir, (db) => db.prepare('UPDATE audit_rows SET format = 1 WHERE seq = 9').run());
    expect(runVerify({ dataDir: marker.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 9 条，记录格式倒退（第5版记录之后不应再有第1版记录：本条是插入或改写的）');
    const marker2 = await trail();
    tamper(marker2.dataDir, (db) => db.prepare('UPDATE audit_rows SET format = 3 WHERE seq = 9').run());
    expect(runVerify({ dataDir: marker2.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 9 条，记录格式倒退（第5版记录之后不应再有第3版记录：本条是插入或改写的）');
    // A format-5 row whose hash was written back as hex text: the content matches, the stored form does not.
    const hex = await trail();
    tamper(hex.dataDir, (db) => db.prepare('UPDATE audit_rows SET hash = lower(hex(hash)) WHERE seq = 5').run());
    expect(runVerify({ dataDir: hex.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 5 条，记录格式不符（第5版记录的哈希应为32字节）');
    const first = await trail();
    tamper(first.dataDir, (db) => db.prepare('UPDATE audit_rows SET format = 1 WHERE seq = 1').run());
    expect(runVerify({ dataDir: first.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 1 条，记录格式不符（第1版记录的改动内容应为文本）');
    // …and with its change unpacked to text as format 1 stores it: then its hash, under format 1's rule, does not match.
    const firstText = await trail();
    tamper(firstText.dataDir, (db) => db.prepare('UPDATE audit_rows SET format = 1, change = audit_change_text(change) WHERE seq = 1').run());
    expect(runVerify({ dataDir: firstText.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 1 条，内容与其哈希不符（本条被修改）');
    // A new row given a stored link it should not have, or a format no verifier knows.
    const link = await trail();
    tamper(link.dataDir, (db) => db.prepare("UPDATE audit_rows SET prev_hash = lower(hex(hash)) WHERE seq = 5").run());
    expect(runVerify({ dataDir: link.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 5 条，记录格式不符（第5版记录不应另存上一条的哈希）');
    const unknown = await trail();
    tamper(unknown.dataDir, (db) => db.prepare('UPDATE audit_rows SET format = 6 WHERE seq = 5').run());
    expect(runVerify({ dataDir: unknown.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 5 条，记录格式未知（第6版）');
  });

  it('finds a packed change tampered with: bytes edited, bytes that do not unpack, a packed change in a row of a format that stores text', async () => {
    // The packed bytes of a company's name edited in place (the codes left as they were): it unpacks, to other text.
    const edited = await trail();
    const seq = await (async () => {
      const db = openDatabase(join(edited.dataDir, DB_FILE_NAME), { readonly: true });
      try {
        return (db.prepare("SELECT seq FROM audit_log WHERE entity = 'party' ORDER BY seq LIMIT 1").get() as { seq: number }).seq;
      } finally {
        db.close();
      }
    })();
    tamper(edited.dataDir, (db) => {
      const stored = Buffer.from((db.prepare('SELECT change FROM audit_rows WHERE seq = ?').get(seq) as { change: Uint8Array }).change);
      const at = stored.indexOf(Buffer.from('测试公司'));
      expect(at).toBeGreaterThanOrEqual(0);
      Buffer.from('别的').copy(stored, at);
      db.prepare('UPDATE audit_rows SET change = ? WHERE seq = ?').run(stored, seq);
      expect((db.prepare('SELECT change FROM audit_log WHERE seq = ?').get(seq) as { change: string }).change).toContain('别的公司');
    });
    expect(runVerify({ dataDir: edited.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${seq} 条，${V2_MISMATCH}`);

    // A code no list has, and a UUID's marker with its bytes cut off.
    for (const bytes of [Buffer.from([0x7b, 0x1f, 0xff, 0x7d]), Buffer.from([0x7b, 0x01, 0x02, 0x03])]) {
      const bad = await trail();
      tamper(bad.dataDir, (db) => db.prepare('UPDATE audit_rows SET change = ? WHERE seq = 5').run(bytes));
      expect(runVerify({ dataDir: bad.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 5 条，改动内容的存储形式无法还原（本条被修改）');
    }

    // A format-4 row (written before the packing) given a packed change: the content is the same, the form is not.
    const old = await trail();
    tamper(old.dataDir, (db) => {
      upgradedAfter(db, 0, 0, 0, 10);
      const text = (db.prepare('SELECT change FROM audit_rows WHERE seq = 5').get() as { change: string }).change;
      db.prepare('UPDATE audit_rows SET change = ? WHERE seq = 5').run(packChange(text));
    });
    expect(runVerify({ dataDir: old.dataDir, headFile: null }).lines[0]).toBe('审计链断裂：第 5 条，记录格式不符（第4版记录的改动内容应为文本）');
  });

  it('resolves the stored ids when verifying: an edited actor number, an edited or deleted audit_actors entry, changed id bytes all show', async () => {
    const firstWithActor = (dataDir: string): { seq: number; actor: number } => {
      const db = openDatabase(join(dataDir, DB_FILE_NAME), { readonly: true });
      try {
        return db.prepare('SELECT seq, actor FROM audit_rows WHERE actor IS NOT NULL ORDER BY seq LIMIT 1').get() as { seq: number; actor: number };
      } finally {
        db.close();
      }
    };
    // The row's number pointed at another staff member (its hash left as it was).
    const number = await trail();
    const row = firstWithActor(number.dataDir);
    tamper(number.dataDir, (db) => {
      const other = (db.prepare("INSERT INTO audit_actors (staff_id) VALUES ('0b6f3f58-7c0e-4d3a-9d1e-2f4a5b6c7d8e') RETURNING n").get() as { n: number }).n;
      db.prepare('UPDATE audit_rows SET actor = ? WHERE seq = ?').run(other, row.seq);
    });
    expect(runVerify({ dataDir: number.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${row.seq} 条，${V2_MISMATCH}`);

    // The dictionary remapped: every row of that actor now resolves to someone else; the first one shows it.
    const remapped = await trail();
    const r2 = firstWithActor(remapped.dataDir);
    tamper(remapped.dataDir, (db) => db.prepare("UPDATE audit_actors SET staff_id = '0b6f3f58-7c0e-4d3a-9d1e-2f4a5b6c7d8e' WHERE n = ?").run(r2.actor));
    expect(runVerify({ dataDir: remapped.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${r2.seq} 条，${V2_MISMATCH}`);

    const gone = await trail();
    const r3 = firstWithActor(gone.dataDir);
    tamper(gone.dataDir, (db) => db.prepare('DELETE FROM audit_actors WHERE n = ?').run(r3.actor));
    expect(runVerify({ dataDir: gone.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${r3.seq} 条，人员编号 ${r3.actor} 在审计人员表中不存在（该表被修改）`);

    // An entity id's 16 bytes changed, written back as text, or cut short.
    const bytes = await trail();
    const seqOf = (dataDir: string): number => {
      const db = openDatabase(join(dataDir, DB_FILE_NAME), { readonly: true });
      try {
        return (db.prepare("SELECT seq FROM audit_rows WHERE typeof(entity_id) = 'blob' ORDER BY seq LIMIT 1").get() as { seq: number }).seq;
      } finally {
        db.close();
      }
    };
    const e1 = seqOf(bytes.dataDir);
    tamper(bytes.dataDir, (db) => db.prepare('UPDATE audit_rows SET entity_id = ? WHERE seq = ?').run(Buffer.alloc(16, 7), e1));
    expect(runVerify({ dataDir: bytes.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${e1} 条，${V2_MISMATCH}`);
    const asText = await trail();
    const e2 = seqOf(asText.dataDir);
    tamper(asText.dataDir, (db) => db.prepare('UPDATE audit_rows SET entity_id = (SELECT entity_id FROM audit_log WHERE seq = ?) WHERE seq = ?').run(e2, e2));
    expect(runVerify({ dataDir: asText.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${e2} 条，记录格式不符（第5版记录的对象标识应以16字节存储）`);
    const short = await trail();
    const e3 = seqOf(short.dataDir);
    tamper(short.dataDir, (db) => db.prepare("UPDATE audit_rows SET entity_id = x'00' WHERE seq = ?").run(e3));
    expect(runVerify({ dataDir: short.dataDir, headFile: null }).lines[0]).toBe(`审计链断裂：第 ${e3} 条，对象标识的存储形式不符（应为16字节）`);
  });
});
