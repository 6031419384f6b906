// The first look at a bureau server, before anything is trusted: connect with TLS without the CA check, read the
// certificate (its SHA-256 fingerprint, subject, issuer, validity, names), then ask the server its name over a
// connection pinned to that very certificate. Nothing secret is sent: the only request opens an empty tab
// (SESSION_OPEN_PATH), as any page does. The person then compares the fingerprint with the administrator's.
import { request } from 'node:https';
import { connect, type PeerCertificate } from 'node:tls';
import { isIP } from 'node:net';
import { CLIENT_HEADER, CLIENT_HEADER_VALUE, SESSION_OPEN_PATH, type SessionOpened } from '../../../shared/contract/bridge';
import { parseServerAddress, type ServerAddress } from './address';
import type { ProbedServerView } from '../../../shared/contract/server-link';
import { normalizeFingerprint } from './pin';
import { PinnedAgent } from './pinned-agent';

export const PROBE_TIMEOUT_MS = 8_000;

/** The server's certificate as the probe read it, and the name it gives itself: the shape the first-run screen shows. */
export type ProbedServer = ProbedServerView;

export type ProbeResult = { ok: true; server: ProbedServer } | { ok: false; message: string };

export interface LinkIdentity {
  /** Sent as User-Agent: the server's 在线连接 shows it (transport "server", this app and version). */
  userAgent: string;
}

const dn = (d: PeerCertificate['subject'] | undefined) =>
  d
    ? Object.entries(d)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
        .join(', ')
    : '';

function networkMessage(e: unknown, a: ServerAddress): string {
  const code = (e as { code?: string }).code ?? '';
  const where = a.hostHeader;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `找不到名为 ${a.host} 的服务器：请核对名称，或改填服务器的 IP 地址`;
  if (code === 'ECONNREFUSED') return `${where} 拒绝连接：服务器上的薪安服务未运行，或端口不对`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `无法到达 ${where}：请检查网络连接`;
  if (code === 'ETIMEDOUT' || code === 'TIMEOUT') return `连接 ${where} 超时：请检查地址、网络和服务器的防火墙`;
  if (code === 'ECONNRESET' || /SSL|TLS|wrong version/i.test(String((e as Error).message))) return `${where} 没有以 HTTPS 应答：它可能不是薪安服务器`;
  return `无法连接 ${where}：${(e as Error).message ?? String(e)}`;
}

/** Reads the certificate a server shows, trusting nothing. */
function readCertificate(a: ServerAddress, timeoutMs: number): Promise<PeerCertificate> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: a.host, port: a.port, rejectUnauthorized: false, minVersion: 'TLSv1.2', ...(isIP(a.host) ? {} : { servername: a.host }) });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error('timeout'), { code: 'TIMEOUT' }));
    }, timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      const cert = socket.getPeerCertificate();
      socket.end();
      resolve(cert);
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      socket.destroy();
      reject(e);
    });
  });
}

/** Asks the server its name, pinned to the fingerprint just read. */
function askName(a: ServerAddress, fingerprint: string, identity: LinkIdentity, timeoutMs: number): Promise<string> {
  const agent = new PinnedAgent({ fingerprint, keepAlive: false });
  return new Promise<string>((resolve, reject) => {
    const req = request(
      {
        host: a.host,
        port: a.port,
        path: SESSION_OPEN_PATH,
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: { host: a.hostHeader, origin: a.origin, [CLIENT_HEADER]: CLIENT_HEADER_VALUE, 'user-agent': identity.userAgent, 'content-length': '0' },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c.slice(0, 64_000)));
        res.on('end', () => {
          try {
            const parsed = JSON.parse(body) as SessionOpened & { error?: { message?: string } };
            if (res.statusCode === 200 && typeof parsed.server?.name === 'string' && parsed.server.name) return resolve(parsed.server.name);
            reject(new Error(parsed.error?.message ? `服务器拒绝了连接：${parsed.error.message}` : `${a.hostHeader} 不是薪安服务器（HTTP ${res.statusCode}）`));
          } catch {
            reject(new Error(`${a.hostHeader} 不是薪安服务器（HTTP ${res.statusCode}）`));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.end();
  }).finally(() => agent.destroy());
}

export async function probeServer(typed: unknown, identity: LinkIdentity, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeResult> {
  const parsed = parseServerAddress(typed);
  if (!parsed.ok) return parsed;
  const a = parsed.address;
  let cert: PeerCertificate;
  try {
    cert = await readCertificate(a, timeoutMs);
  } catch (e) {
    return { ok: false, message: networkMessage(e, a) };
  }
  const fingerprint = normalizeFingerprint(cert.fingerprint256);
  if (!fingerprint) return { ok: false, message: `${a.hostHeader} 没有出示证书：它不是薪安服务器` };
  let name: string;
  try {
    name = await askName(a, fingerprint, identity, timeoutMs);
  } catch (e) {
    const message = (e as Error).message;
    return { ok: false, message: /^[\u4e00-\u9fff]|^\S+ (不是|拒绝)/.test(message) && !(e as { code?: string }).code ? message : networkMessage(e, a) };
  }
  const names = (cert.subjectaltname ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^(DNS|IP Address):/, ''))
    .filter(Boolean);
  const subject = dn(cert.subject);
  const issuer = dn(cert.issuer);
  return {
    ok: true,
    server: { origin: a.origin, name, fingerprint, subject, issuer, selfSigned: subject === issuer, validFrom: Date.parse(cert.valid_from), validTo: Date.parse(cert.valid_to), names },
  };
}
