// The bureau server's gatekeeping that needs no core: which Host names are its own (DNS rebinding), the headers
// every answer carries, and the per-address sign-in rate limit. server.ts applies them.
import { hostname, networkInterfaces } from 'node:os';
import type { IncomingMessage } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/content-security-policy';
import { dateTimeOf } from '../../../shared/domain/time';

export interface ServerLimits {
  /** A tab that makes no call for this long is discarded, with its core session (the core's idle lock comes first). */
  idleMs: number;
  /** How long an event-stream ticket works (it works once). */
  ticketMs: number;
  /** Failed sign-ins (session.login / session.unlock) from one address within `signInWindowMs` before 429. */
  signInFailures: number;
  signInWindowMs: number;
  /** Open TCP connections one address may hold (a browser keeps ~6 per server, plus one event stream per tab). */
  connectionsPerAddress: number;
  /** Tabs one address may hold open at once. */
  tabsPerAddress: number;
  /** Slowloris: the whole header must arrive within this, the whole request within `requestTimeoutMs`. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** A connection must start its TLS handshake (or plain request) within this. */
  firstByteTimeoutMs: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  // As the bridge: longer than the longest idle lock (security.idleLockMinutes ≤ 240).
  idleMs: 8 * 3_600_000,
  ticketMs: 30_000,
  // 20 desks signing in at once never trip it: only failures count, per address.
  signInFailures: 10,
  signInWindowMs: 10 * 60_000,
  connectionsPerAddress: 256,
  tabsPerAddress: 200,
  headersTimeoutMs: 20_000,
  // A 16 MB upload over a slow office link still fits.
  requestTimeoutMs: 120_000,
  firstByteTimeoutMs: 10_000,
};

/** The peer's address as the server saw it, IPv4-mapped IPv6 written as plain IPv4. */
export function peerAddress(req: IncomingMessage): string {
  const a = req.socket.remoteAddress ?? 'unknown';
  return a.startsWith('::ffff:') ? a.slice(7) : a;
}

/** The User-Agent, cut to 200 characters (ClientInfo.agent). */
export function userAgent(req: IncomingMessage): string | null {
  const ua = req.headers['user-agent'];
  return typeof ua === 'string' && ua !== '' ? ua.slice(0, 200) : null;
}

/**
 * The names a browser may use for this server: its host name (and `.local`), every interface address, the listen
 * address when it is a specific one, localhost, and the administrator's --name values. Any other Host is refused:
 * a page on an attacker's name that resolves to this server (DNS rebinding) sends its own name.
 */
export function serverNames(listenHost: string, extra: readonly string[]): string[] {
  const names = new Set<string>(['localhost', '127.0.0.1', '[::1]']);
  const h = hostname().toLowerCase();
  names.add(h);
  names.add(`${h}.local`);
  for (const list of Object.values(networkInterfaces())) {
    for (const i of list ?? []) names.add(i.family === 'IPv6' ? `[${i.address.split('%')[0]}]` : i.address);
  }
  if (listenHost !== '0.0.0.0' && listenHost !== '::') names.add(listenHost.includes(':') ? `[${listenHost}]` : listenHost.toLowerCase());
  for (const n of extra) if (n.trim()) names.add(n.trim().toLowerCase());
  return [...names];
}

/** Whether a Host header names this server on this port (a browser leaves out :443). */
export function hostAllowed(host: string | undefined, names: readonly string[], port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return names.some((n) => h === `${n}:${port}` || (port === 443 && h === n));
}

/** The headers every answer carries (server.ts adds Cache-Control: no-store on /api). */
export const SECURITY_HEADERS: Record<string, string> = {
  // The page's own policy, and no framing by another page (clickjacking).
  'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'strict-transport-security': 'max-age=31536000',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/**
 * Failed sign-ins per address in a sliding window. Only failures count, so a whole office signing in at 8:30 from
 * behind one NAT address is never refused; the per-account lockout (accounts.service.ts) applies besides.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: Pick<ServerLimits, 'signInFailures' | 'signInWindowMs'>,
    private readonly now: () => number,
  ) {}

  /** When this address may try again, or null if it may now. */
  blockedUntil(address: string): number | null {
    const recent = this.recent(address);
    return recent.length >= this.limits.signInFailures ? recent[recent.length - this.limits.signInFailures] + this.limits.signInWindowMs : null;
  }

  failed(address: string): void {
    const recent = this.recent(address);
    recent.push(this.now());
    this.failures.set(address, recent);
  }

  /** Forgets addresses with no failure inside the window. */
  sweep(): void {
    for (const address of [...this.failures.keys()]) if (this.recent(address).length === 0) this.failures.delete(address);
  }

  private recent(address: string): number[] {
    const since = this.now() - this.limits.signInWindowMs;
    const list = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(address, list);
    else this.failures.delete(address);
    return list;
  }
}

/** The 429 message: when to retry, in Beijing time and in minutes. */
export function rateLimitedMessage(until: number, now: number): string {
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  return `本机登录失败次数过多，已暂停接受登录。请在 ${dateTimeOf(until).slice(11)}（约 ${minutes} 分钟后）再试；如忘记密码，请联系管理员重置。`;
}
