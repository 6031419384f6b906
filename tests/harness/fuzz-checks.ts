// What the fuzz harness checks of each answer: a typed Result, a Chinese error message free of English SQLite and
// stack text, no change to any table but the audit log when the call failed, and no full ID number or mobile
// number of the seeded people in an answer to a role that may not see them.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';
import { ERROR_CODES } from '../../shared/contract/result';

/** Columns a failed sign-in, unlock or password change legitimately writes (the lockout counter). */
const PASSWORD_CHANNELS = new Set(['session.login', 'session.unlock', 'account.changePassword']);
const LOCKOUT_COLUMNS = new Set(['failed_attempts', 'locked_until']);

export interface Checksum {
  /** Per table, a hash of its rows in rowid order. */
  tables: Record<string, string>;
}

interface Reader {
  name: string;
  rows: () => unknown[][];
}
const readers = new WeakMap<Db, Reader[]>();

/** One prepared SELECT per table (the schema does not change during a run). */
function readersOf(db: Db): Reader[] {
  const cached = readers.get(db);
  if (cached) return cached;
  const tables = (db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_rows', 'audit_actors') ORDER BY name`).all() as { name: string; sql: string | null }[])
    // A virtual table's rows are its shadow tables' rows, which are read themselves.
    .filter((t) => !/^CREATE VIRTUAL/i.test(t.sql ?? ''));
  const made: Reader[] = [];
  for (const t of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.name) as { name: string }[]).map((c) => c.name);
    const kept = t.name === 'accounts' ? columns.filter((c) => !LOCKOUT_COLUMNS.has(c)) : columns;
    // The audit trail (audit_rows, its actors and its seq) may grow: a refusal is recorded.
    const where = t.name === 'sqlite_sequence' ? ` WHERE name <> 'audit_rows'` : '';
    const select = db.prepare(`SELECT ${kept.map((c) => `"${c}"`).join(', ')} FROM "${t.name}"${where}`).raw();
    made.push({ name: t.name, rows: () => select.all() as unknown[][] });
  }
  // The accounts' lockout counters apart, so a failed sign-in may move them and nothing else.
  const lockout = db.prepare('SELECT staff_id, failed_attempts, locked_until FROM accounts ORDER BY staff_id').raw();
  made.push({ name: 'accounts(lockout)', rows: () => lockout.all() as unknown[][] });
  readers.set(db, made);
  return made;
}

const cell = (_k: string, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? v.toString() : v);

/** A hash of every table except the audit log (and the audit log's own counter in sqlite_sequence). */
export function checksum(db: Db): Checksum {
  const tables: Record<string, string> = {};
  for (const r of readersOf(db)) tables[r.name] = createHash('sha1').update(JSON.stringify(r.rows(), cell)).digest('hex');
  return { tables };
}

/** The tables whose rows differ; a failed password check may move the lockout counters. */
export function changedTables(before: Checksum, after: Checksum, channel: string): string[] {
  return Object.keys({ ...before.tables, ...after.tables }).filter(
    (t) => before.tables[t] !== after.tables[t] && !(t === 'accounts(lockout)' && PASSWORD_CHANNELS.has(channel)),
  );
}

/** Why an answer is not a typed Result, or null. */
export function untypedReason(r: unknown): string | null {
  if (typeof r !== 'object' || r === null) return `结果不是对象：${typeof r}`;
  const o = r as Record<string, unknown>;
  if (o.ok === true) return 'value' in o ? null : '成功结果缺少 value';
  if (o.ok !== false) return 'ok 既不是 true 也不是 false';
  const e = o.error as Record<string, unknown> | undefined;
  if (!e || typeof e !== 'object') return '失败结果缺少 error';
  if (!(ERROR_CODES as readonly string[]).includes(e.code as string)) return `未知的错误代码：${String(e.code)}`;
  if (typeof e.message !== 'string') return 'error.message 不是字符串';
  if (e.fields !== null && (typeof e.fields !== 'object' || Object.values(e.fields as object).some((v) => typeof v !== 'string'))) return 'error.fields 不是字段到文字的映射';
  return null;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** English that must not reach a user: SQLite's messages, JavaScript errors, stack frames, paths. */
const ENGLISH =
  /SQLITE_|sqlite|no such (table|column)|constraint failed|syntax error|database (disk image|is locked)|\b(TypeError|RangeError|ReferenceError|SyntaxError|Error):|Cannot read|is not a function|is not defined|Maximum call stack|\bat [\w.<>]+ \(|node:internal|node_modules|\/work\/|\/tmp\/|[A-Z]:\\|Invalid (input|type|option)|Expected [a-z]+, received/i;

/** zod's English type names in an otherwise Chinese message ("期望 string，实际接收 undefined"): noted, not failed. */
export function jargonIn(error: { message: string; fields: Record<string, string> | null }): string | null {
  for (const t of [error.message, ...Object.values(error.fields ?? {})]) {
    const m = /(期望|实际接收)\s*(string|number|boolean|object|array|bigint|undefined|null|nan|date|symbol|function)/i.exec(t);
    if (m) return t.slice(0, 80);
  }
  return null;
}

/**
 * Why an error's message is not one a Chinese user can read, or null (each field message checked too). English the
 * caller sent itself (`sent`: the channel and input as text) and the message quotes back does not count.
 */
export function messageProblem(error: { message: string; fields: Record<string, string> | null }, sent: string): string | null {
  const texts = [error.message, ...Object.values(error.fields ?? {})];
  for (const t of texts) {
    if (!CJK.test(t)) return `不含中文：${t.slice(0, 120)}`;
    const m = ENGLISH.exec(t);
    if (m && !sent.includes(m[0])) return `含英文技术信息“${m[0]}”：${t.slice(0, 160)}`;
  }
  return null;
}

/** JSON of a value, or a note when it cannot be written (too deep, cyclic). */
export function safeJson(v: unknown, max = Infinity): string {
  try {
    const s = JSON.stringify(v, (_k, x: unknown) => (x === undefined ? '(undefined)' : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x)) ?? String(v);
    return s.length > max ? `${s.slice(0, max)}…（共 ${s.length} 字符）` : s;
  } catch (e) {
    return `（无法序列化：${e instanceof Error ? e.message : String(e)}）`;
  }
}

/** The seeded ID numbers and mobile numbers found whole in `text` that the caller did not send in `input`. */
export function leakedNumbers(text: string, inputText: string, secrets: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\d{17}[\dXx]|1\d{10}/g)) {
    const s = m[0].toUpperCase();
    if (secrets.has(s) && !inputText.includes(s)) found.add(s);
  }
  // Numbers split by a mask-looking separator are not whole; digits run together are scanned by the pattern above.
  return [...found];
}

/**
 * The seeded numbers a successful call wrote where the application does not mask by design — free text (a unit's
 * short name, an organisation's name) or an organisation's phone — rather than in a person's ID or phone field. An
 * answer that later shows them whole is no leak: the caller put them there.
 */
export function disclosedByInput(input: unknown, secrets: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const stack: { v: unknown; key: string; parent: Record<string, unknown> | null; depth: number }[] = [{ v: input, key: '', parent: null, depth: 0 }];
  while (stack.length) {
    const { v, key, parent, depth } = stack.pop()!;
    if (depth > 64) continue;
    if (typeof v === 'string') {
      const personal = key === 'idNumber' || key === 'phones' || (key === 'phone' && parent?.kind !== 'organisation');
      if (personal) continue;
      for (const m of v.matchAll(/\d{17}[\dXx]|1\d{10}/g)) if (secrets.has(m[0].toUpperCase())) out.push(m[0].toUpperCase());
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push({ v: x, key, parent, depth: depth + 1 });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) stack.push({ v: x, key: k, parent: v as Record<string, unknown>, depth: depth + 1 });
    }
  }
  return out;
}
