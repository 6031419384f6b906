// The audit trail's hash chain: each row's hash = SHA-256(previous row's hash ‖ canonical JSON of the row), the
// first row chained to 64 zeros. Five row formats share the chain, each verified by its own rule (a row is never
// rewritten into another, and none comes after a newer one): format 1 stores the previous hash in the row (prev_hash)
// and hashes the row's fields; format 2 (issue #15: a smaller trail) stores no copy of the previous hash (the link is
// the previous row's own `hash`), hashes the row's fields with `format: 2` among them, and stores an update as what
// changed (shared/domain/audit-change.ts); format 3 is format 2 with `format: 3` hashed and the hash stored as its 32
// bytes instead of 64 hex characters (the link, and every hash shown or exported, stays hex); format 4 is format 3 with
// `format: 4` hashed and its ids stored compact (db/audit-rows.ts: the staff member as a number of audit_actors, UUIDs
// as 16 bytes) — the hash covers the ids as text, resolved here, so an edited number, an edited audit_actors entry or
// an id's bytes changed all break the row; format 5 is format 4 with `format: 5` hashed and its change stored packed
// (db/audit-pack.ts: common keys, values, UUIDs, hashes and dates as short codes) — the hash covers the change as
// text, unpacked here, so edited bytes break the row like an edited text. Since migration 0060 every row is stored in
// audit_rows with its ids so encoded (its content and hash unchanged). Writing is in electron/core/kernel/tx.ts; verifying is here, so the
// command line (`npm run audit:verify`), the auditor's screen and the tamper tests share one verifier.
//
// What it detects: an edited row (its hash no longer matches its content), a deleted row (a gap in seq and a
// broken link), rows deleted from the end (sqlite_sequence remembers the highest seq ever issued), an inserted row
// (a broken link or a hash that does not match), and — against a head exported earlier — a chain rewritten from
// some point on. Without a secret key, a chain recomputed from the first row by someone with the database and
// this algorithm is detected only by comparing with a head kept outside the database.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/domain/canonical-json';
import type { Db } from './open';
import { auditIdText, isUuidText } from './audit-rows';
import { unpackChange } from './audit-pack';

export const GENESIS_HASH = '0'.repeat(64);

/** The format new rows are written in. */
export const AUDIT_FORMAT = 5;

/** A stored hash as hex: format 1 and 2 rows store 64 hex characters, format 3 to 5 rows the 32 bytes themselves. */
export function storedHashHex(stored: string | Uint8Array): string {
  return typeof stored === 'string' ? stored : Buffer.from(stored).toString('hex');
}

export interface AuditRowContent {
  at: number;
  actorStaffId: string | null;
  sessionId: string | null;
  channel: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** The change as canonical JSON text. */
  change: string;
}

/** The hash of one audit row of format 1, chained to the previous row's hash. */
export function auditHash(prevHash: string, row: AuditRowContent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(row)).digest('hex');
}

/** The hash of one audit row of format 2: the format is hashed with the fields, so changing the marker shows. */
export function auditHashV2(prevHash: string, row: AuditRowContent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson({ ...row, format: 2 })).digest('hex');
}

/**
 * The hash of one audit row of format 3 (as hex): format 2's rule with `format: 3` hashed among the fields; the row
 * stores the 32 bytes, not 64 hex characters (issue #15: a smaller trail, −32 bytes a row). The link is still the
 * previous row's hash as hex, whatever that row's format.
 */
export function auditHashV3(prevHash: string, row: AuditRowContent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson({ ...row, format: 3 })).digest('hex');
}

/** The hash of one audit row of format 4 (as hex): format 3's rule with `format: 4` hashed; the ids hashed as text. */
export function auditHashV4(prevHash: string, row: AuditRowContent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson({ ...row, format: 4 })).digest('hex');
}

/** The hash of one audit row of format 5 (as hex): format 4's rule with `format: 5` hashed; the change hashed as text. */
export function auditHashV5(prevHash: string, row: AuditRowContent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson({ ...row, format: 5 })).digest('hex');
}

export interface ChainVerdict {
  intact: boolean;
  count: number;
  brokenAt: number | null;
  problem: string | null;
  message: string;
  triggersPresent: boolean;
  headSeq: number | null;
  headHash: string | null;
}

interface StoredRow {
  seq: number;
  at: number;
  actor: number | null;
  /** The staff id audit_actors gives for `actor` (null when the entry is missing). */
  actor_staff_id: string | null;
  session_id: string | Uint8Array | null;
  channel: string;
  action: string;
  entity: string;
  entity_id: string | Uint8Array | null;
  /** Text, or (format 5) its packed bytes. */
  change: string | Uint8Array;
  prev_hash: string | null;
  hash: string | Uint8Array;
  format: number;
}

/** Why a row's stored ids cannot be resolved or are not in its format's form; null when they are fine. */
function idFault(row: StoredRow): string | null {
  if (row.actor !== null && row.actor_staff_id === null) return `人员编号 ${row.actor} 在审计人员表中不存在（该表被修改）`;
  for (const [what, v] of [['会话', row.session_id], ['对象', row.entity_id]] as const) {
    if (v !== null && typeof v !== 'string' && v.length !== 16) return `${what}标识的存储形式不符（应为16字节）`;
    if (row.format >= 4 && typeof v === 'string' && isUuidText(v)) return `记录格式不符（第${row.format}版记录的${what}标识应以16字节存储）`;
  }
  return null;
}

/** A trigger that really refuses: BEFORE UPDATE/DELETE on the table, unconditional, raising ABORT. */
function refusingTrigger(table: string, sql: string | null, event: 'UPDATE' | 'DELETE'): boolean {
  if (!sql) return false;
  const flat = sql.replace(/\s+/g, ' ');
  return new RegExp(`^CREATE TRIGGER \`?${table}_no_${event.toLowerCase()}\`? BEFORE ${event} ON \`?${table}\`? BEGIN SELECT RAISE\\(ABORT, '[^']*'\\); END$`, 'i').test(flat.trim().replace(/;$/, ''));
}

/**
 * Walks the whole chain in seq order and stops at the first fault. Reads only, in one read transaction, so a row
 * appended meanwhile by the running application cannot look like a deleted one.
 */
export function verifyAuditChain(db: Db, options: { head?: { seq: number; hash: string } | null } = {}): ChainVerdict {
  return db.transaction(() => walk(db, options.head ?? null))();
}

function walk(db: Db, head: { seq: number; hash: string } | null): ChainVerdict {
  const triggerSql = new Map(
    (db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_rows', 'audit_actors')`).all() as { name: string; sql: string | null }[]).map((r) => [r.name, r.sql]),
  );
  const triggersPresent = (['audit_rows', 'audit_actors'] as const).every(
    (t) => refusingTrigger(t, triggerSql.get(`${t}_no_update`) ?? null, 'UPDATE') && refusingTrigger(t, triggerSql.get(`${t}_no_delete`) ?? null, 'DELETE'),
  );

  let prev = GENESIS_HASH;
  let lastSeq = 0;
  let count = 0;
  let fault: { at: number; problem: string } | null = null;
  let headSeen = false;
  /** The newest format seen so far: a row of an older format after it is inserted or rewritten. */
  let newest = 1;

  const rows = db.prepare(
    `SELECT r.seq, r.at, r.actor, a.staff_id AS actor_staff_id, r.session_id, r.channel, r.action, r.entity, r.entity_id, r.change, r.prev_hash, r.hash, r.format
     FROM audit_rows r LEFT JOIN audit_actors a ON a.n = r.actor ORDER BY r.seq`,
  );
  for (const raw of rows.iterate()) {
    const row = raw as StoredRow;
    count++;
    if (row.seq !== lastSeq + 1) {
      fault =
        row.seq > lastSeq + 1
          ? { at: lastSeq + 1, problem: `第 ${lastSeq + 1}${row.seq - lastSeq > 2 ? `–${row.seq - 1}` : ''} 条缺失（被删除）` }
          : { at: row.seq, problem: '序号重复或倒序（有记录被插入）' };
      break;
    }
    const badIds = idFault(row);
    if (badIds) {
      fault = { at: row.seq, problem: badIds };
      break;
    }
    if (row.format < newest) {
      fault = { at: row.seq, problem: `记录格式倒退（第${newest}版记录之后不应再有第${row.format}版记录：本条是插入或改写的）` };
      break;
    }
    // Only format 5 stores a change packed; packed bytes that do not unpack are not a row the app wrote.
    let change = '';
    if (typeof row.change === 'string') change = row.change;
    else if (row.format === 5) {
      const text = unpackChange(row.change);
      if (text === null) {
        fault = { at: row.seq, problem: '改动内容的存储形式无法还原（本条被修改）' };
        break;
      }
      change = text;
    } else if (row.format >= 1 && row.format <= 4) {
      fault = { at: row.seq, problem: `记录格式不符（第${row.format}版记录的改动内容应为文本）` };
      break;
    } // any other format is reported as unknown below
    const content: AuditRowContent = {
      at: row.at,
      actorStaffId: row.actor_staff_id,
      sessionId: auditIdText(row.session_id),
      channel: row.channel,
      action: row.action,
      entity: row.entity,
      entityId: auditIdText(row.entity_id),
      change,
    };
    if (row.format === 5 || row.format === 4 || row.format === 3) {
      // Formats 3, 4 and 5 store the link and hash alike (no copy of the link, the hash as its 32 bytes); each hashes
      // its own marker.
      const f = row.format;
      newest = f;
      if (row.prev_hash !== null) {
        fault = { at: row.seq, problem: `记录格式不符（第${f}版记录不应另存上一条的哈希）` };
        break;
      }
      if (typeof row.hash === 'string' || row.hash.length !== 32) {
        fault = { at: row.seq, problem: `记录格式不符（第${f}版记录的哈希应为32字节）` };
        break;
      }
      if ((f === 5 ? auditHashV5 : f === 4 ? auditHashV4 : auditHashV3)(prev, content) !== storedHashHex(row.hash)) {
        fault = { at: row.seq, problem: '内容与其哈希不符（本条被修改，或上一条被修改后重新计算了哈希）' };
        break;
      }
    } else if (row.format === 2) {
      newest = 2;
      // No stored copy of the link: the hash is computed from the previous row's hash as verified.
      if (row.prev_hash !== null) {
        fault = { at: row.seq, problem: '记录格式不符（第2版记录不应另存上一条的哈希）' };
        break;
      }
      if (auditHashV2(prev, content) !== row.hash) {
        fault = { at: row.seq, problem: '内容与其哈希不符（本条被修改，或上一条被修改后重新计算了哈希）' };
        break;
      }
    } else if (row.format === 1) {
      if (row.prev_hash === null || auditHash(row.prev_hash, content) !== row.hash) {
        fault = { at: row.seq, problem: '内容与其哈希不符（本条被修改）' };
        break;
      }
      if (row.prev_hash !== prev) {
        fault = { at: row.seq, problem: '与上一条的链接不符（上一条被修改或替换，或本条是插入的）' };
        break;
      }
    } else {
      fault = { at: row.seq, problem: `记录格式未知（第${String(row.format)}版）` };
      break;
    }
    if (head && row.seq === head.seq) {
      headSeen = true;
      if (storedHashHex(row.hash) !== head.hash) {
        fault = { at: row.seq, problem: '与导出保存的链头不符（此前的记录被改写后重新计算了哈希）' };
        break;
      }
    }
    prev = storedHashHex(row.hash);
    lastSeq = row.seq;
  }

  if (!fault && count === 0) {
    const installed = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'installation'`).get() && db.prepare('SELECT 1 FROM installation').get();
    if (installed) fault = { at: 1, problem: '审计记录为空，但本机已完成首次设置（记录被全部删除）' };
  }
  if (!fault) {
    const issued = db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'audit_rows'`).get() as { seq: number } | undefined;
    if (issued && issued.seq > lastSeq) {
      fault = { at: lastSeq + 1, problem: `末尾第 ${lastSeq + 1}${issued.seq > lastSeq + 1 ? `–${issued.seq}` : ''} 条缺失（被删除）` };
    } else if (head && !headSeen) {
      fault = { at: head.seq, problem: `导出保存的链头（第 ${head.seq} 条）已不在审计记录中（记录被删除）` };
    }
  }

  const intact = fault === null;
  const message = intact
    ? `审计链完整：${count} 条${triggersPresent ? '' : '；警告：防止修改和删除审计记录的触发器已被移除'}`
    : `审计链断裂：第 ${fault!.at} 条，${fault!.problem}`;
  return {
    intact,
    count,
    brokenAt: fault?.at ?? null,
    problem: fault?.problem ?? null,
    message,
    triggersPresent,
    headSeq: intact && count > 0 ? lastSeq : null,
    headHash: intact && count > 0 ? prev : null,
  };
}
