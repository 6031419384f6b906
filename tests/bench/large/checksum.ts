// A digest of a seed:large database's content, per table, that is the same for the same seed whoever builds it and
// however: the check that a faster build (other batches, a cache, a second thread) writes the same rows. What differs
// between two builds of the same seed by design is left out or renamed: the staff's and the hearing room's ids (the
// app's own random ids, made by its first run and its dispatch) become their names; the installation's own rows and
// the audit rows of the build itself (at the time it ran) are skipped; a clock's random id and computed_at, and an
// audit row's hash (it chains from the first run's rows) are left out, and so is the clock's id where another table
// holds it (a person's open duties).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../../../db/open';
import { unpackChange } from '../../../db/audit-pack';
import { instantOf } from '../../../shared/domain/time';

/**
 * Tables the app's first run, its migrations and its dispatch fill at the time they run (not the generated history),
 * and the full-text index's own storage (its b-tree segments depend on how many commits wrote it; its content is
 * digested through the intake_fts table itself).
 */
const SKIPPED = new Set(['installation', 'sessions', 'users', 'accounts', 'login_attempts', 'jobs', 'backup_state', 'schema_migrations', 'deadline_basis', 'staff', 'hearing_rooms', 'departments', 'units', 'calendar_years', 'parameters']);
const FTS_STORAGE = /_fts_(data|idx|config|docsize|content)$/;
/** Columns that differ between two builds of one seed by design. */
const VOLATILE: Record<string, readonly string[]> = {
  deadlines: ['id', 'computed_at'],
  // Keyed by the clock's random id: its rows are digested by person, unit and due date.
  staff_open_duties: ['deadline_id'],
  audit_log: ['seq', 'hash', 'prev_hash'],
  // The audit rows as stored since format 4 (audit_log is then their view, not a table).
  audit_rows: ['seq', 'hash', 'prev_hash'],
  number_series: ['owner_installation_id'],
};

/** sha256 per table of every row (in the table's key order), with the staff's and room's ids replaced by their names
 * (also inside JSON text: an audit row's change, a timeline line's data). */
/** A UUID stored as its 16 bytes (audit rows of format 4) as its text, so a staff member's id is renamed there too. */
function bytesText(v: Uint8Array): string {
  const hex = Buffer.from(v).toString('hex');
  return v.length === 16 ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` : hex;
}

export function contentDigest(db: Db, until: number): Record<string, string> {
  const rename = new Map<string, string>();
  for (const r of db.prepare('SELECT id, name FROM staff').all() as { id: string; name: string }[]) rename.set(r.id, `staff:${r.name}`);
  for (const r of db.prepare('SELECT id, name FROM hearing_rooms').all() as { id: string; name: string }[]) rename.set(r.id, `room:${r.name}`);
  const ids = new RegExp([...rename.keys()].map((k) => k.replace(/[^0-9a-z-]/gi, '')).join('|'), 'g');
  const renamed = (v: string) => (rename.size > 0 ? v.replace(ids, (m) => rename.get(m)!) : v);
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const out: Record<string, string> = {};
  for (const table of tables) {
    if (SKIPPED.has(table) || FTS_STORAGE.test(table)) continue;
    const skip = new Set(VOLATILE[table] ?? []);
    const info = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(table) as { name: string; pk: number }[];
    if (info.length === 0) continue; // a virtual table's shadow is digested through its own tables
    const columns = info.filter((c) => !skip.has(c.name)).map((c) => `"${c.name}"`);
    const keyed = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => `"${c.name}"`);
    // Rows without a usable key are ordered by all their kept columns (the same rows in any insertion order).
    const order = keyed.length > 0 && keyed.every((k) => columns.includes(k)) ? keyed : columns;
    const where = table === 'audit_log' || table === 'audit_rows' ? `WHERE at <= ${until}` : '';
    const h = createHash('sha256');
    let n = 0;
    // An audit row's packed change (format 5, db/audit-pack.ts) is digested as its text, so the ids inside are renamed.
    const packed = table === 'audit_rows' ? columns.indexOf('"change"') : -1;
    for (const row of db.prepare(`SELECT ${columns.join(', ')} FROM "${table}" ${where} ORDER BY ${order.join(', ')}`).raw().iterate() as Iterable<unknown[]>) {
      for (const [i, v] of row.entries()) {
        const x = typeof v === 'string' ? renamed(v) : v instanceof Uint8Array ? renamed(i === packed ? (unpackChange(v) ?? bytesText(v)) : bytesText(v)) : String(v);
        h.update(`${x}\u0001`);
      }
      h.update('\u0002');
      n++;
    }
    out[table] = `${n}:${h.digest('hex').slice(0, 16)}`;
  }
  return out;
}

if (require.main === module) {
  // `tsx tests/bench/large/checksum.ts D [until]` (until: the last instant of the history, seed-large.ts LARGE_UNTIL's day): prints the digest of data dir D's database as JSON (read-only).
  const [dir, until] = process.argv.slice(2);
  if (!dir) throw new Error('用法：tsx tests/bench/large/checksum.ts 数据目录');
  const db = new Database(join(dir, 'xinan.sqlite3'), { readonly: true, fileMustExist: true });
  console.log(JSON.stringify(contentDigest(db as unknown as Db, until ? Number(until) : instantOf('2026-11-30', '23:59')), null, 1));
  db.close();
}
