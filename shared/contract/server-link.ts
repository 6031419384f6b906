// The desktop app as a bureau server's client (issue #16 Deliver 2): what main's forwarding host tells the window
// besides answers and events — which server, and whether it can be reached — and the words every transport uses
// when the server cannot be reached (the page's http-api.ts and main's forwarding host say the same things).

/** Whether the server can be reached from this window, as main's link last found out. */
export type LinkState = 'connected' | 'lost' | 'refused';

export interface LinkStatus {
  /** The server's own name (its status-bar name), from connection.json or the server's latest answer. */
  server: string;
  state: LinkState;
  /** refused: the certificate no longer matches the confirmed one (or expired); the message names both fingerprints. */
  refusal: { message: string; pinned: string; presented: string | null } | null;
}

/** What every call that would change data is told while the connection is lost: it was not sent. */
export const OFFLINE_MESSAGE = '与服务器的连接已中断，暂不能保存。您填写的内容仍在本页，连接恢复后请再次保存。';
/** A read that could not reach the core. */
export const OFFLINE_READ_MESSAGE = '与服务器的连接已中断，暂时无法读取，正在重试…';
/** A change was sent and its answer never came: it may or may not have been saved. */
export const UNCONFIRMED_MESSAGE = '未能确认是否已保存，请在连接恢复后查看';
/** The server no longer knew this tab: it was opened again and the person signs in over the current screen. */
export const SIGN_IN_AGAIN_MESSAGE = '与服务器的会话已失效（服务器可能已重启），请重新输入密码继续；正在填写的内容仍在本页。';

/** What the first-run screen is told: whether a choice is needed, why (a damaged connection.json), and what is kept. */
export interface ChoiceStatus {
  /** True on the first run, or when connection.json could not be used. */
  needed: boolean;
  /** Why the kept choice could not be used (Chinese), or null. */
  problem: string | null;
  /** The kept server (client mode), to re-check its certificate after a refusal. */
  server: { address: string; name: string; fingerprint: string } | null;
}

/** A server's certificate as the probe read it, trusting nothing (electron/main/server-link/probe.ts). */
export interface ProbedServerView {
  origin: string;
  name: string;
  fingerprint: string;
  subject: string;
  issuer: string;
  selfSigned: boolean;
  validFrom: number;
  validTo: number;
  names: string[];
}

/** window.connectionChoice: the desktop app's first-run choice (absent in a browser). */
export interface ConnectionChoiceApi {
  status(): Promise<ChoiceStatus>;
  /** Reads the server's certificate and name; nothing secret is sent. */
  probe(address: string): Promise<{ ok: true; server: ProbedServerView } | { ok: false; message: string }>;
  /** Keeps the choice and restarts the app on it; resolves with '' or why it was refused (Chinese). */
  choose(choice: { mode: 'alone' } | { mode: 'server'; address: string; fingerprint: string; name: string }): Promise<string>;
}

/** `aa:bb…`, `AABB…`, `aa bb …` → `AA:BB:…` (64 hex digits), or null when it is not a SHA-256 fingerprint. */
export function normalizeFingerprint(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const hex = text.replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

/** The fingerprint in groups of four bytes, as the confirmation screen shows it and an administrator reads it out. */
export function fingerprintGroups(fingerprint: string): string[] {
  const bytes = (normalizeFingerprint(fingerprint) ?? fingerprint).split(':');
  const groups: string[] = [];
  for (let i = 0; i < bytes.length; i += 4) groups.push(bytes.slice(i, i + 4).join(':'));
  return groups;
}
