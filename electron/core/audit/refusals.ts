// Transport-level refusals on the audit trail: a foreign Origin or Host, a call without the client header, a tab used
// from another address, too many failed sign-ins, an oversize body. Each names the client's address and browser.
// Throttled: at most one row per address and reason per minute, carrying how many refusals it stands for, so a
// flood (a scanner, a misbehaving page in a loop) cannot bloat the trail or the disk.
import type { ClientInfo, CoreServices } from '../kernel/context';
import type { Logger } from '../kernel/logger';
import { tx } from '../kernel/tx';

export type RefusalReason =
  | 'foreignHost'
  | 'foreignOrigin'
  | 'missingOrigin'
  | 'missingClientHeader'
  | 'preflight'
  | 'wrongAddress'
  | 'rateLimited'
  | 'oversizeBody'
  | 'tooManyConnections'
  | 'tooManyTabs';

export interface Refusal {
  reason: RefusalReason;
  /** The request's path (no query string: it may hold a ticket). */
  path: string;
}

const WINDOW_MS = 60_000;
/** Past this many distinct address/reason pairs the oldest are forgotten (a sweep of many addresses stays bounded). */
const MAX_KEYS = 10_000;

interface Pending {
  /** When the last row for this key was written. */
  writtenAt: number;
  /** Refusals since that row, not yet on the trail. */
  unwritten: number;
  lastPath: string;
  agent: string | null;
}

export class RefusalLog {
  private readonly keys = new Map<string, Pending>();

  /**
   * Records a refusal: a row now if none was written for this address and reason in the last minute, else counted.
   * With no database (not open, or being restored) only the log has it.
   */
  record(core: CoreServices | null, logger: Logger, client: ClientInfo, refusal: Refusal): void {
    if (!core) return logger.warn('transport refusal (not audited: no database)', { ...refusal, address: client.address });
    const now = core.clock.now();
    const key = `${client.address}\u0000${refusal.reason}`;
    const pending = this.keys.get(key);
    if (pending && now - pending.writtenAt < WINDOW_MS) {
      pending.unwritten++;
      pending.lastPath = refusal.path;
      pending.agent = client.agent;
      return;
    }
    // The row carries this refusal and every one counted since the previous row for this key.
    const count = 1 + (pending?.unwritten ?? 0);
    this.keys.delete(key);
    this.keys.set(key, { writtenAt: now, unwritten: 0, lastPath: refusal.path, agent: client.agent });
    if (this.keys.size > MAX_KEYS) this.keys.delete(this.keys.keys().next().value!);
    this.write(core, client, refusal, count, now);
  }

  /** Writes the refusals counted but not yet written (at shutdown), so the trail's counts add up. */
  flush(core: CoreServices): void {
    for (const [key, p] of this.keys) {
      if (p.unwritten === 0) continue;
      const [address, reason] = key.split('\u0000');
      this.write(core, { transport: 'server', address, agent: p.agent }, { reason: reason as RefusalReason, path: p.lastPath }, p.unwritten, core.clock.now());
      p.unwritten = 0;
    }
  }

  private write(core: CoreServices, client: ClientInfo, refusal: Refusal, count: number, now: number): void {
    try {
      tx({ db: core.db, prepare: core.prepare, now, actorStaffId: null, sessionId: null, channel: 'transport' }, (w) =>
        w.audit({
          action: 'refused',
          entity: 'transport',
          entityId: null,
          change: { reason: refusal.reason, path: refusal.path.slice(0, 200), transport: client.transport, address: client.address, agent: client.agent, count },
        }),
      );
    } catch (e) {
      // A full disk refuses the row as well: the refusal itself still stands, and the log says what was lost.
      core.logger.error('refusal not audited', { reason: refusal.reason, address: client.address, error: (e as Error).message });
    }
  }
}
