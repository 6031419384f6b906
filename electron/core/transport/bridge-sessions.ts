// Who may use the loopback bridge, and for how long. A browser tab holds two secrets: an HttpOnly cookie and a tab
// secret it keeps in sessionStorage and sends as a header. Both are needed, because a cookie is sent to every
// service on 127.0.0.1 whatever its port (RFC 6265 §8.5): any local program the browser visits would receive it.
// The tab secret reaches the page only in the fragment of the login redirect, which no server is ever sent.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { ClientInfo, Clock, Session } from '../kernel/context';

export { TAB_HEADER } from '../../../shared/contract/bridge';
const COOKIE_PREFIX = 'xinan_session_';

export interface BridgeLimits {
  /** How long a printed login link works (it works once). */
  loginTokenMs: number;
  /** How long an event-stream ticket works (it works once). */
  ticketMs: number;
  /** A tab that makes no call for this long is discarded, with its core session. */
  idleMs: number;
}

export const DEFAULT_BRIDGE_LIMITS: BridgeLimits = {
  loginTokenMs: 60_000,
  ticketMs: 30_000,
  // Longer than the longest idle lock (security.idleLockMinutes ≤ 240): the core's lock, which keeps what a person
  // was typing, always comes first; a tab silent for a whole working day has been abandoned.
  idleMs: 8 * 3_600_000,
};

/** What the bridge writes to and ends: an open event stream. */
export interface EventStream {
  write(chunk: string): unknown;
  end(): unknown;
}

export interface BridgeTab {
  readonly id: string;
  readonly core: Session;
  lastSeenAt: number;
  readonly streams: Set<EventStream>;
}

interface TabRecord extends BridgeTab {
  readonly cookie: string;
  readonly secret: string;
}

export type Redeemed = { ok: true; tab: BridgeTab; cookie: string; fragment: string } | { ok: false; reason: 'unknown' | 'expired' };

const random = (bytes: number) => randomBytes(bytes).toString('base64url');

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

export class BridgeSessions {
  private readonly loginTokens = new Map<string, number>();
  private readonly tickets = new Map<string, { tabId: string; expiresAt: number }>();
  private readonly tabs = new Map<string, TabRecord>();

  constructor(
    private readonly core: { openSession(client?: ClientInfo): Session; closeSession(session: Session): void },
    private readonly clock: Clock,
    private readonly limits: BridgeLimits = DEFAULT_BRIDGE_LIMITS,
  ) {}

  get size(): number {
    return this.tabs.size;
  }

  all(): Iterable<BridgeTab> {
    return this.tabs.values();
  }

  issueLoginToken(): string {
    const token = random(24);
    this.loginTokens.set(token, this.clock.now() + this.limits.loginTokenMs);
    return token;
  }

  /**
   * Exchanges a login token (once, within its minute) for a new tab: its Set-Cookie value and the redirect fragment.
   * `agent` is the browser's User-Agent, shown to the administrator (在线连接).
   */
  redeemLoginToken(token: string, agent: string | null = null): Redeemed {
    const match = [...this.loginTokens.keys()].find((t) => same(t, token));
    if (!match) return { ok: false, reason: 'unknown' };
    const expiresAt = this.loginTokens.get(match)!;
    this.loginTokens.delete(match);
    if (this.clock.now() > expiresAt) return { ok: false, reason: 'expired' };
    const tab: TabRecord = { id: random(12), cookie: random(32), secret: random(32), core: this.core.openSession({ transport: 'bridge', address: '127.0.0.1', agent: agent?.slice(0, 200) ?? null }), lastSeenAt: this.clock.now(), streams: new Set() };
    this.tabs.set(tab.id, tab);
    // One cookie per tab (named by its id), so a second login in the same browser does not take over the first tab.
    return { ok: true, tab, cookie: `${COOKIE_PREFIX}${tab.id}=${tab.cookie}`, fragment: `xinan-tab=${tab.id}.${tab.secret}` };
  }

  /** The tab a call belongs to: its cookie and its secret header must both match. Counts as activity. */
  fromCall(cookieHeader: string | undefined, tabHeader: string | string[] | undefined): BridgeTab | null {
    if (typeof tabHeader !== 'string') return null;
    const dot = tabHeader.indexOf('.');
    if (dot <= 0) return null;
    const tab = this.tabs.get(tabHeader.slice(0, dot));
    if (!tab || !same(tab.secret, tabHeader.slice(dot + 1)) || !this.cookieMatches(tab, cookieHeader)) return null;
    tab.lastSeenAt = this.clock.now();
    return tab;
  }

  /** Whether a page load carries the cookie of a live tab (a page itself holds no data; every call needs the header). */
  hasLiveCookie(cookieHeader: string | undefined): boolean {
    for (const [name, value] of cookies(cookieHeader)) {
      if (!name.startsWith(COOKIE_PREFIX)) continue;
      const tab = this.tabs.get(name.slice(COOKIE_PREFIX.length));
      if (tab && same(tab.cookie, value)) return true;
    }
    return false;
  }

  /** A ticket for one event stream: EventSource cannot send headers, so the tab asks for it with its header first. */
  issueTicket(tab: BridgeTab): string {
    const ticket = random(24);
    this.tickets.set(ticket, { tabId: tab.id, expiresAt: this.clock.now() + this.limits.ticketMs });
    return ticket;
  }

  /** The tab a stream is for: the ticket is used up whatever the outcome, and the cookie must be that tab's. */
  redeemTicket(ticket: string, cookieHeader: string | undefined): BridgeTab | null {
    const match = [...this.tickets.keys()].find((t) => same(t, ticket));
    if (!match) return null;
    const { tabId, expiresAt } = this.tickets.get(match)!;
    this.tickets.delete(match);
    const tab = this.tabs.get(tabId);
    if (!tab || this.clock.now() > expiresAt || !this.cookieMatches(tab, cookieHeader)) return null;
    return tab;
  }

  /** The tab holding a core session, if any (the administrator ended that session: its streams are closed). */
  ofSession(session: Session): BridgeTab | null {
    for (const tab of this.tabs.values()) if (tab.core === session) return tab;
    return null;
  }

  /** Ends a tab's open event streams (its person signed out, or the tab is discarded). */
  endStreams(tab: BridgeTab): void {
    for (const s of tab.streams) s.end();
    tab.streams.clear();
  }

  /** Discards tabs idle past the limit (their streams and core sessions too) and forgets expired tokens and tickets. */
  sweep(): void {
    const now = this.clock.now();
    // An expired link is remembered an hour longer, so whoever opens it late is told it expired rather than unknown.
    for (const [token, expiresAt] of this.loginTokens) if (now > expiresAt + 3_600_000) this.loginTokens.delete(token);
    for (const [ticket, t] of this.tickets) if (now > t.expiresAt) this.tickets.delete(ticket);
    for (const tab of this.tabs.values()) if (now - tab.lastSeenAt > this.limits.idleMs) this.discard(tab);
  }

  discard(tab: BridgeTab): void {
    if (!this.tabs.delete(tab.id)) return;
    this.endStreams(tab);
    this.core.closeSession(tab.core);
  }

  private cookieMatches(tab: TabRecord, cookieHeader: string | undefined): boolean {
    const value = cookies(cookieHeader).get(`${COOKIE_PREFIX}${tab.id}`);
    return value !== undefined && same(tab.cookie, value);
  }
}
