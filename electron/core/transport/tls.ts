// The bureau server's TLS key and certificate. First start: an ECDSA P-256 key and a self-signed certificate for the
// server's names and addresses, made by the `selfsigned` package (on @peculiar/x509: no hand-written ASN.1), kept in
// <data-dir>/tls/ (the key readable by the server's account only). The administrator may install the bureau's own
// certificate instead: --cert/--key, or the files placed in <data-dir>/tls/custom/. Either way the pair is checked
// (key matches certificate, certificate in force) with a Chinese message for each fault, and the SHA-256
// fingerprint is what every desk compares before trusting the server.
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { dateKeyOf } from '../../../shared/domain/time';

/** Browsers refuse a server certificate valid for longer than 825 days (CA/Browser Forum; Apple's limit). */
export const CERT_DAYS = 825;
/** A generated certificate this close to its end is replaced at start (the fingerprint changes: desks are told). */
const RENEW_BEFORE_MS = 30 * 86_400_000;
const DAY_MS = 86_400_000;

export interface TlsMaterial {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, AA:BB:… */
  fingerprint: string;
  /** 'generated' (self-signed by the server, now or earlier) or 'custom' (the administrator's). */
  source: 'generated' | 'custom';
  /** When the certificate ends (epoch ms). */
  validTo: number;
  /** The files used, for the start-up message. */
  certFile: string;
  /** True when this start made a new key and certificate. */
  created: boolean;
}

export class TlsError extends Error {}

export interface TlsOptions {
  /** <data-dir>/tls */
  dir: string;
  /** Host names and addresses for the generated certificate's subjectAltName. */
  names: string[];
  /** The administrator's files (--cert/--key); both or neither. */
  certFile?: string;
  keyFile?: string;
  now?: number;
}

function readPem(file: string, what: string): string {
  if (!existsSync(file)) throw new TlsError(`找不到${what}文件：${file}`);
  return readFileSync(file, 'utf8');
}

/** Checks a key and certificate pair; throws a TlsError in Chinese saying what is wrong. */
export function checkPair(certPem: string, keyPem: string, now: number, where: string): { cert: X509Certificate; validTo: number } {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    throw new TlsError(`${where}的证书文件无法读取：需要 PEM 格式（以 -----BEGIN CERTIFICATE----- 开头）`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch {
    throw new TlsError(`${where}的私钥文件无法读取：需要未加密的 PEM 格式私钥（以 -----BEGIN PRIVATE KEY----- 或 -----BEGIN EC/RSA PRIVATE KEY----- 开头）`);
  }
  if (!cert.checkPrivateKey(key)) throw new TlsError(`${where}的证书与私钥不匹配：请确认两个文件是同一次申请得到的`);
  const validFrom = Date.parse(cert.validFrom);
  const validTo = Date.parse(cert.validTo);
  if (now < validFrom) throw new TlsError(`${where}的证书尚未生效（生效日期 ${dateKeyOf(validFrom)}）：请检查本机时间或更换证书`);
  if (now > validTo) throw new TlsError(`${where}的证书已于 ${dateKeyOf(validTo)} 过期：请更换证书`);
  return { cert, validTo };
}

function material(certPem: string, keyPem: string, now: number, where: string, source: TlsMaterial['source'], certFile: string, created: boolean): TlsMaterial {
  const { cert, validTo } = checkPair(certPem, keyPem, now, where);
  return { key: keyPem, cert: certPem, fingerprint: cert.fingerprint256, source, validTo, certFile, created };
}

/** A new P-256 key and a self-signed server certificate for `names`, valid CERT_DAYS from `now`. */
export async function generateCertificate(names: string[], now: number): Promise<{ key: string; cert: string }> {
  const unique = [...new Set(names.map((n) => n.replace(/^\[|\]$/g, '')))].filter(Boolean);
  const altNames = unique.map((n) => (isIP(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n }));
  const dns = unique.find((n) => !isIP(n)) ?? 'xinan-server';
  const pems = await generate([{ name: 'commonName', value: dns }, { name: 'organizationName', value: '薪安 bureau server' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - DAY_MS),
    notAfterDate: new Date(now + CERT_DAYS * DAY_MS - DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * The server's key and certificate: the administrator's (--cert/--key, else tls/custom/), else the one generated
 * earlier, else a new one made now. A generated certificate near its end is replaced; a custom one never is.
 */
export async function ensureTls(opts: TlsOptions): Promise<TlsMaterial> {
  const now = opts.now ?? Date.now();
  if ((opts.certFile === undefined) !== (opts.keyFile === undefined)) throw new TlsError('--cert 与 --key 必须同时给出');
  if (opts.certFile && opts.keyFile) {
    return material(readPem(opts.certFile, '证书'), readPem(opts.keyFile, '私钥'), now, '--cert/--key 指定', 'custom', opts.certFile, false);
  }
  const custom = join(opts.dir, 'custom');
  const customCert = join(custom, 'cert.pem');
  const customKey = join(custom, 'key.pem');
  if (existsSync(customCert) || existsSync(customKey)) {
    return material(readPem(customCert, '证书'), readPem(customKey, '私钥'), now, `${custom} 中`, 'custom', customCert, false);
  }
  const certFile = join(opts.dir, 'cert.pem');
  const keyFile = join(opts.dir, 'key.pem');
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = readFileSync(certFile, 'utf8');
    const key = readFileSync(keyFile, 'utf8');
    const validTo = Date.parse(new X509Certificate(cert).validTo);
    if (validTo - now > RENEW_BEFORE_MS) return material(cert, key, now, `${opts.dir} 中`, 'generated', certFile, false);
  }
  mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  const made = await generateCertificate(opts.names, now);
  // The key first, readable by this account only; then the certificate that names it.
  writeFileSync(keyFile, made.key, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  writeFileSync(certFile, made.cert, { mode: 0o644 });
  return material(made.cert, made.key, now, '新生成', 'generated', certFile, true);
}
