// The audit rows of the large database: for every record the generator makes, the row the app's own action writes
// for it (its action name, entity and change, as the service composes it), at the record's own time, by the staff
// member who did it, through the app's own writer (TxWriter: its format, compacted change, hash chain) — so the
// database's size includes the trail a bureau's would have, and `npm run audit:verify` walks an intact chain.
import { hash } from 'node:crypto';
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';
import { TxWriter, type AuditEntry } from '../../../electron/core/kernel/tx';
import type { Ids } from './rows';

/** Writes the audit rows of one action (one call of the app: one time, one actor, one channel). */
export type SeedAudit = (at: number, actor: string, channel: string, entries: AuditEntry[]) => void;

/** One call's rows, written later (a case file's later steps, after the intake's own call). */
export interface AuditCall {
  at: number;
  actor: string;
  channel: string;
  entries: AuditEntry[];
}

/**
 * The writer: each call is what one `tx` of the app flushes at its commit (the chain goes on from the newest row).
 * A staff member's calls carry a session id, a new one each day they work, as signing in each morning gives.
 */
export function seedAudit(db: Db, prepare: Prepare, ids: Ids): SeedAudit {
  const sessions = new Map<string, { day: number; id: string }>();
  return (at, actor, channel, entries) => {
    const day = Math.floor((at + 8 * 3_600_000) / 86_400_000);
    let session = sessions.get(actor);
    if (session?.day !== day) {
      session = { day, id: ids.at(at) };
      sessions.set(actor, session);
    }
    const sessionId = session.id;
    const w = new TxWriter({ db, prepare, now: at, actorStaffId: actor, sessionId, channel });
    for (const e of entries) w.audit(e);
    // The writer's commit step, inside the generator's own batch transaction.
    w.flush();
  };
}

/** A document's stored-file hashes as the app records them (SHA-256 of its content, PDF and DOCX): stable per seed. */
export function fileHashes(documentId: string): { contentHash: string; pdf: string; docx: string } {
  // One-shot hashing (no Hash object per digest): the same SHA-256 hex, three times a paper.
  const h = (part: string) => hash('sha256', `${documentId}:${part}`, 'hex');
  return { contentHash: h('content'), pdf: h('pdf'), docx: h('docx') };
}
