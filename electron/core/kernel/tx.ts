// The one way services write: tx(ctx, fn) runs fn in BEGIN IMMEDIATE (so two writers never fork a number
// series or the audit chain), and commits the change together with its timeline events and audit rows — or
// nothing at all. Every business write must record at least one audit entry; the helper refuses otherwise.
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { AUDIT_FORMAT, auditHashV5, GENESIS_HASH, storedHashHex } from '../../../db/audit-chain';
import { storedChange } from '../../../db/audit-pack';
import { auditActorNumber, auditIdKey } from '../../../db/audit-rows';
import { compactChange } from '../../../shared/domain/audit-change';
import { ADDRESSED_ACTIONS } from '../../../shared/domain/audit-actions';
import type { CoreEvent } from '../../../shared/contract/events';
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';
import type { CallContext, ClientInfo, CoreServices, Session } from './context';

export interface WriteContext {
  db: Db;
  /** The connection's statement cache. */
  prepare: Prepare;
  now: number;
  actorStaffId: string | null;
  sessionId: string | null;
  channel: string;
  /** Delivered after the commit, never for a rolled-back transaction. */
  emit?: (event: CoreEvent) => void;
  /** Where the call came from; refusals and sign-ins carry its address (audit-actions.ts ADDRESSED_ACTIONS). */
  client?: ClientInfo | null;
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  change: unknown;
}

export interface CaseEventEntry {
  caseFileId: string;
  proceedingId?: string | null;
  kind: string;
  summary: string;
  data?: unknown;
}


export class TxWriter {
  private readonly audits: AuditEntry[] = [];
  private readonly events: CoreEvent[] = [];

  constructor(readonly wc: WriteContext) {}

  get db(): Db {
    return this.wc.db;
  }

  get prepare(): Prepare {
    return this.wc.prepare;
  }

  get now(): number {
    return this.wc.now;
  }

  get actorStaffId(): string | null {
    return this.wc.actorStaffId;
  }

  audit(entry: AuditEntry): void {
    const client = this.wc.client;
    const change = entry.change;
    if (client && ADDRESSED_ACTIONS.has(entry.action) && change !== null && typeof change === 'object' && !Array.isArray(change)) {
      this.audits.push({ ...entry, change: { ...change, address: client.address, transport: client.transport } });
    } else this.audits.push(entry);
  }

  caseEvent(e: CaseEventEntry): void {
    this.wc
      .prepare('INSERT INTO case_events (case_file_id, proceeding_id, at, kind, actor_staff_id, summary, data) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(e.caseFileId, e.proceedingId ?? null, this.wc.now, e.kind, this.wc.actorStaffId, e.summary, JSON.stringify(e.data ?? {}));
  }

  changed(entity: Extract<CoreEvent, { type: 'data.changed' }>['entity'], id: string | null): void {
    this.events.push({ type: 'data.changed', entity, id });
  }

  /** @internal */
  flush(): CoreEvent[] {
    if (this.audits.length === 0) throw new Error(`写操作 ${this.wc.channel} 未记录审计，已回滚`);
    const prepare = this.wc.prepare;
    const last = prepare('SELECT hash FROM audit_rows ORDER BY seq DESC LIMIT 1').get() as { hash: string | Uint8Array } | undefined;
    let prev = last ? storedHashHex(last.hash) : GENESIS_HASH;
    // Format 5 (db/audit-chain.ts): the ids stored compact (db/audit-rows.ts), no copy of the previous hash, an update
    // stored as what changed and the change packed (db/audit-pack.ts; a proceeding's rows as text), the hash as 32
    // bytes over the row with its ids and change as text.
    const insert = prepare(
      `INSERT INTO audit_rows (at, actor, session_id, channel, action, entity, entity_id, change, hash, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ${AUDIT_FORMAT})`,
    );
    const actor = this.wc.actorStaffId === null ? null : auditActorNumber(prepare, this.wc.actorStaffId);
    const session = auditIdKey(this.wc.sessionId);
    for (const a of this.audits) {
      const row = {
        at: this.wc.now,
        actorStaffId: this.wc.actorStaffId,
        sessionId: this.wc.sessionId,
        channel: this.wc.channel,
        action: a.action,
        entity: a.entity,
        entityId: a.entityId,
        change: canonicalJson(compactChange(a.action, a.change)),
      };
      const hash = auditHashV5(prev, row);
      insert.run(row.at, actor, session, row.channel, row.action, row.entity, auditIdKey(row.entityId), storedChange(row.entity, row.change), Buffer.from(hash, 'hex'));
      prev = hash;
    }
    return this.events;
  }
}

export function tx<T>(wc: WriteContext, fn: (w: TxWriter) => T): T {
  const writer = new TxWriter(wc);
  let events: CoreEvent[] = [];
  const run = wc.db.transaction(() => {
    const result = fn(writer);
    events = writer.flush();
    return result;
  });
  const result = run.immediate();
  if (wc.emit) for (const e of events) wc.emit(e);
  return result;
}

/** The write context of a call: the actor comes from the server-side session, never from the payload. */
export function writeContext(call: CallContext): WriteContext {
  return writeContextFor(call.core, call.session, call.channel);
}

export function writeContextFor(core: CoreServices, session: Session, channel: string): WriteContext {
  return {
    db: core.db,
    prepare: core.prepare,
    now: core.clock.now(),
    actorStaffId: session.staffId,
    sessionId: session.id,
    channel,
    emit: core.emit,
    client: session.client ?? null,
  };
}

/**
 * Writes to derived data only (the search index), which is rebuilt from audited business rows and so is not
 * itself audited. Still BEGIN IMMEDIATE, still all-or-nothing.
 */
export function derivedTx<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
