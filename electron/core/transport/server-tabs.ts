// The bureau server's tabs: one per browser tab (or desktop window), each holding a core session. A tab is opened by
// the page itself (no printed link on a LAN) and holds two secrets: an HttpOnly `__Host-` cookie and a tab secret the
// page keeps in sessionStorage and sends as a header, so a cross-site request (which carries no custom header) and a
// stolen cookie alone both fail. A tab is bound to the address that opened it. Only SHA-256 digests of the secrets
// are kept, in memory and in the saved tabs (server-tab-store.ts): a copy of the database opens no tab.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ClientInfo, Clock, Session } from '../kernel/context';
import type { EventStream } from './bridge-sessions';

export const COOKIE_PREFIX = '__Host-xinan_';

export interface ServerTab {
  readonly id: string;
  readonly core: Session;
  /** The address that opened the tab; a call from any other is refused. */
  readonly address: string;
  lastSeenAt: number;
  readonly streams: Set<EventStream>;
  readonly cookieHash: string;
  readonly secretHash: string;
}

/** What a restart restores (server-tab-store.ts keeps it). */
export interface SavedTab {
  id: string;
  cookieHash: string;
  secretHash: string;
  address: string;
  agent: string | null;
  staffId: string | null;
  authenticatedAt: number | null;
  credentialVersion: number | null;
  locked: boolean;
  lastSeenAt: number;
  /** The core's idle lock for a signed-in tab (security.idleLockMinutes, read when the tabs are loaded). */
  idleLockMs?: number;
}

export type CallCheck = { ok: true; tab: ServerTab } | { ok: false; reason: 'unknown' | 'wrongAddress'; tab?: ServerTab };

const random = (bytes: number) => randomBytes(bytes).toString('base64url');
export const digest = (secret: string) => createHash('sha256').update(secret).digest('hex');

function sameDigest(hash: string, secret: string): boolean {
  const x = Buffer.from(hash, 'hex');
  const y = Buffer.from(digest(secret), 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface TabCore {
  openSession(client?: ClientInfo): Session;
  closeSession(session: Session): void;
}

export class ServerTabs {
  private readonly tabs = new Map<string, ServerTab>();
  private readonly tickets = new Map<string, { tabId: string; expiresAt: number }>();

  constructor(
    private readonly core: TabCore,
    private readonly clock: Clock,
    private readonly limits: { idleMs: number; ticketMs: number },
    /** Told of every tab opened, seen, changed or dropped (persistence); absent: tabs live in memory only. */
    private readonly onChange?: { saved(tab: ServerTab): void; dropped(id: string): void },
  ) {}

  get size(): number {
    return this.tabs.size;
  }

  all(): Iterable<ServerTab> {
    return this.tabs.values();
  }

  countFor(address: string): number {
    let n = 0;
    for (const t of this.tabs.values()) if (t.address === address) n++;
    return n;
  }

  /** A new tab for a page at `client.address`: the cookie to set (name=value) and the `<id>.<secret>` header value. */
  open(client: ClientInfo): { tab: ServerTab; cookie: string; header: string } {
    const cookie = random(32);
    const secret = random(32);
    const tab: ServerTab = {
      id: random(12),
      core: this.core.openSession(client),
      address: client.address,
      lastSeenAt: this.clock.now(),
      streams: new Set(),
      cookieHash: digest(cookie),
      secretHash: digest(secret),
    };
    this.tabs.set(tab.id, tab);
    this.onChange?.saved(tab);
    return { tab, cookie: `${COOKIE_PREFIX}${tab.id}=${cookie}`, header: `${tab.id}.${secret}` };
  }

  /** Puts back a tab saved before a restart, with its person still signed in. */
  restore(saved: SavedTab): ServerTab {
    const session = this.core.openSession({ transport: 'server', address: saved.address, agent: saved.agent });
    session.staffId = saved.staffId;
    session.authenticatedAt = saved.authenticatedAt;
    session.credentialVersion = saved.credentialVersion;
    session.locked = saved.staffId !== null && saved.locked;
    // The core's idle lock goes on from the tab's last call: a tab left idle past it comes back locked at its next call.
    session.idleLockMs = saved.staffId !== null ? (saved.idleLockMs ?? 0) : 0;
    session.lastSeenAt = saved.lastSeenAt;
    const tab: ServerTab = { id: saved.id, core: session, address: saved.address, lastSeenAt: saved.lastSeenAt, streams: new Set(), cookieHash: saved.cookieHash, secretHash: saved.secretHash };
    this.tabs.set(tab.id, tab);
    return tab;
  }

  /** The tab a call belongs to: cookie and secret header must both match, and the caller's address be the tab's. */
  fromCall(cookieHeader: string | undefined, tabHeader: string | string[] | undefined, address: string): CallCheck {
    if (typeof tabHeader !== 'string') return { ok: false, reason: 'unknown' };
    const dot = tabHeader.indexOf('.');
    if (dot <= 0) return { ok: false, reason: 'unknown' };
    const tab = this.tabs.get(tabHeader.slice(0, dot));
    if (!tab || !sameDigest(tab.secretHash, tabHeader.slice(dot + 1)) || !this.cookieMatches(tab, cookieHeader)) return { ok: false, reason: 'unknown' };
    if (tab.address !== address) return { ok: false, reason: 'wrongAddress', tab };
    tab.lastSeenAt = this.clock.now();
    return { ok: true, tab };
  }

  /** After a call: the tab's person may have signed in or out, and it was seen (saved at most once a minute). */
  touched(tab: ServerTab, signInChanged: boolean): void {
    if (signInChanged || this.clock.now() - (this.savedAt.get(tab.id) ?? 0) > 60_000) {
      this.savedAt.set(tab.id, this.clock.now());
      this.onChange?.saved(tab);
    }
  }
  private readonly savedAt = new Map<string, number>();

  /** A ticket for one event stream: EventSource cannot send headers, so the tab asks for it with its header first. */
  issueTicket(tab: ServerTab): string {
    const ticket = random(24);
    this.tickets.set(ticket, { tabId: tab.id, expiresAt: this.clock.now() + this.limits.ticketMs });
    return ticket;
  }

  /** The tab a stream is for: the ticket is used up whatever the outcome; cookie and address must be the tab's. */
  redeemTicket(ticket: string, cookieHeader: string | undefined, address: string): CallCheck {
    const t = this.tickets.get(ticket);
    if (!t) return { ok: false, reason: 'unknown' };
    this.tickets.delete(ticket);
    const tab = this.tabs.get(t.tabId);
    if (!tab || this.clock.now() > t.expiresAt || !this.cookieMatches(tab, cookieHeader)) return { ok: false, reason: 'unknown' };
    if (tab.address !== address) return { ok: false, reason: 'wrongAddress', tab };
    return { ok: true, tab };
  }

  endStreams(tab: ServerTab): void {
    for (const s of tab.streams) s.end();
    tab.streams.clear();
  }

  /**
   * The administrator ended this core session (在线连接): its streams close at once and the tab is saved signed out
   * now, not at its next call, so a restart in between cannot bring the person back signed in.
   */
  sessionEnded(session: Session): void {
    for (const tab of this.tabs.values()) {
      if (tab.core !== session) continue;
      this.endStreams(tab);
      this.savedAt.set(tab.id, this.clock.now());
      this.onChange?.saved(tab);
    }
  }

  /** Discards tabs idle past the limit (their streams and core sessions too) and forgets expired tickets. */
  sweep(): void {
    const now = this.clock.now();
    for (const [ticket, t] of this.tickets) if (now > t.expiresAt) this.tickets.delete(ticket);
    for (const tab of this.tabs.values()) if (now - tab.lastSeenAt > this.limits.idleMs) this.discard(tab);
  }

  discard(tab: ServerTab): void {
    if (!this.tabs.delete(tab.id)) return;
    this.savedAt.delete(tab.id);
    this.endStreams(tab);
    this.core.closeSession(tab.core);
    this.onChange?.dropped(tab.id);
  }

  /** Ends every tab's streams and frees its core session, keeping the saved tabs (a restart restores them). */
  closeAll(): void {
    for (const tab of this.tabs.values()) {
      this.endStreams(tab);
      this.core.closeSession(tab.core);
    }
    this.tabs.clear();
  }

  private cookieMatches(tab: ServerTab, cookieHeader: string | undefined): boolean {
    const value = cookieValue(cookieHeader, `${COOKIE_PREFIX}${tab.id}`);
    return value !== undefined && sameDigest(tab.cookieHash, value);
  }
}
