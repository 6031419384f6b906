// The one place that knows how an audit row is stored (issue #15: a smaller trail). The rows live in audit_rows with
// their ids compact — the acting staff member as a number of audit_actors (filled on first use, inside the writing
// transaction), a session or entity id that is a UUID as its 16 bytes, any other id as its text — and everyone reads
// them back through the view audit_log (migration 0060; 0078 for the packed change), which turns the stored forms into
// the app's: UUIDs as text, the hash as it was stored (storedHashHex makes it hex), the change as JSON text (from
// format 5 on it is stored packed: db/audit-pack.ts). The writer (electron/core/kernel/tx.ts) and the verifier
// (db/audit-chain.ts) use these functions; readers that filter by an entity id use the view's stored column entity_key
// with auditIdKey(id), so the filter stays on the entity index.
import type { Db } from './open';
import { unpackChange } from './audit-pack';
import type { Prepare } from './statements';

/** A UUID as the app writes them (crypto.randomUUID: lower-case, dashed); only these are stored as 16 bytes. */
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The stored form of a session or entity id: a UUID's 16 bytes (turned back into exactly the same text), else the text. */
export function auditIdKey(id: string): string | Buffer;
export function auditIdKey(id: string | null): string | Buffer | null;
export function auditIdKey(id: string | null): string | Buffer | null {
  if (id === null) return null;
  return UUID_TEXT.test(id) ? Buffer.from(id.replace(/-/g, ''), 'hex') : id;
}

/** True when an id that is stored as text should have been stored as 16 bytes (format 4 stores every UUID so). */
export function isUuidText(id: string): boolean {
  return UUID_TEXT.test(id);
}

/** The id as the app knows it, from its stored form; null for bytes that are not a UUID's 16 (a tampered row). */
export function auditIdText(stored: string | Uint8Array | null): string | null {
  if (stored === null || typeof stored === 'string') return stored;
  if (stored.length !== 16) return null;
  const h = Buffer.from(stored).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * SQL functions the migrations and the view use: audit_id_bytes (0060 re-encodes the ids of the rows written before
 * it; readers filter by an entity id with it) and audit_change_text (the view audit_log gives a format-5 row's packed
 * change back as its text — db/audit-pack.ts; null for bytes that do not unpack, which the verifier reports).
 */
export function registerAuditFunctions(db: Db): void {
  db.function('audit_id_bytes', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? auditIdKey(v) : (v as null)));
  db.function('audit_change_text', { deterministic: true }, (v: unknown) => (v instanceof Uint8Array ? unpackChange(v) : (v as string | null)));
}

/** The number of a staff member in audit_actors, added on first use (inside the caller's transaction). */
export function auditActorNumber(prepare: Prepare, staffId: string): number {
  const found = prepare('SELECT n FROM audit_actors WHERE staff_id = ?').get(staffId) as { n: number } | undefined;
  if (found) return found.n;
  return (prepare('INSERT INTO audit_actors (staff_id) VALUES (?) RETURNING n').get(staffId) as { n: number }).n;
}
