// The server's tabs in the core's database (server_tabs), so a restart signs no desk out: the SQL of server.ts's
// TabStore, and nothing else. Digests only (server-tabs.ts). Transport state, not a business record, so these
// writes are not audited; each is one statement (atomic on its own).
import { securitySettings } from '../accounts/accounts.service';
import type { Core } from '../index';
import type { SavedTab } from './server-tabs';
import type { TabStore } from './server';

interface Row {
  id: string;
  cookie_hash: string;
  secret_hash: string;
  address: string;
  agent: string | null;
  staff_id: string | null;
  authenticated_at: number | null;
  credential_version: number | null;
  locked: number;
  last_seen_at: number;
}

/** A TabStore over the core's open database (looked up at each call: a restore reopens it). */
export function tabStoreFor(core: Pick<Core, 'services'>): TabStore {
  const prepare = () => {
    const s = core.services;
    if (!s) throw new Error('数据库未打开，无法保存服务器会话');
    return s.prepare;
  };
  return {
    load() {
      const rows = prepare()('SELECT * FROM server_tabs').all() as Row[];
      if (rows.length === 0) return [];
      // No settings (no first run yet, so nobody can have signed in): every tab comes back signed out.
      let idleLockMs: number | null = null;
      try {
        idleLockMs = securitySettings(core.services!).idleLockMs;
      } catch {
        idleLockMs = null;
      }
      return rows.map((r) => ({
        id: r.id,
        cookieHash: r.cookie_hash,
        secretHash: r.secret_hash,
        address: r.address,
        agent: r.agent,
        staffId: idleLockMs === null ? null : r.staff_id,
        authenticatedAt: r.authenticated_at,
        credentialVersion: r.credential_version,
        locked: r.locked === 1,
        lastSeenAt: r.last_seen_at,
        idleLockMs: idleLockMs ?? 0,
      }));
    },
    save(t: SavedTab) {
      prepare()(
        `INSERT INTO server_tabs (id, cookie_hash, secret_hash, address, agent, staff_id, authenticated_at, credential_version, locked, last_seen_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET staff_id = excluded.staff_id, authenticated_at = excluded.authenticated_at,
           credential_version = excluded.credential_version, locked = excluded.locked, last_seen_at = excluded.last_seen_at`,
      ).run(t.id, t.cookieHash, t.secretHash, t.address, t.agent, t.staffId, t.authenticatedAt, t.credentialVersion, t.locked ? 1 : 0, t.lastSeenAt);
    },
    drop(id: string) {
      prepare()('DELETE FROM server_tabs WHERE id = ?').run(id);
    },
    clear() {
      prepare()('DELETE FROM server_tabs').run();
    },
  };
}
