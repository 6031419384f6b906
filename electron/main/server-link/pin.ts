// Certificate pinning, the main process's check before any byte of a request goes to the bureau server: the
// certificate the server shows must be the one the person confirmed once (its SHA-256 fingerprint, kept in
// connection.json) and in force today. Anything else is refused with a Chinese message naming both fingerprints.
// A self-signed server certificate (docs/server.md, "The certificate") has no CA to vouch for it: the pin is the trust.

// One spelling of a fingerprint for main and the page alike.
import { fingerprintGroups, normalizeFingerprint } from '../../../shared/contract/server-link';

export { fingerprintGroups, normalizeFingerprint };

/** What verifyPinned reads of a certificate: Node's tls PeerCertificate has these fields. */
export interface PeerCertificateLike {
  fingerprint256?: string;
  valid_from?: string;
  valid_to?: string;
}

export type PinRefusalReason = 'missing' | 'changed' | 'expired' | 'notYetValid' | 'badPin';

export type PinCheck = { ok: true } | { ok: false; reason: PinRefusalReason; message: string; presented: string | null; pinned: string };

export class PinRefused extends Error {
  constructor(readonly check: Extract<PinCheck, { ok: false }>) {
    super(check.message);
    this.name = 'PinRefused';
  }
}

const day = (ms: number) => {
  const d = new Date(ms + 8 * 3_600_000); // Asia/Shanghai, as every date the bureau reads
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

export function verifyPinned(peer: PeerCertificateLike | null | undefined, pinnedFingerprint: string, now: number = Date.now()): PinCheck {
  const pinned = normalizeFingerprint(pinnedFingerprint);
  if (!pinned) {
    return { ok: false, reason: 'badPin', presented: null, pinned: String(pinnedFingerprint).slice(0, 120), message: '保存的服务器证书指纹已损坏，请重新选择连接方式并与管理员核对指纹' };
  }
  const presented = normalizeFingerprint(peer?.fingerprint256);
  if (!presented) {
    return { ok: false, reason: 'missing', presented: null, pinned, message: `服务器没有出示证书，已拒绝连接。请与管理员联系。\n应为：${pinned}` };
  }
  if (presented !== pinned) {
    return {
      ok: false,
      reason: 'changed',
      presented,
      pinned,
      message:
        `服务器的证书已变更，与本机确认过的不一致，已拒绝连接：可能有人冒充服务器。请与管理员核对服务器现在的证书指纹。\n` +
        `本机确认过的指纹：${pinned}\n服务器现在出示的：${presented}`,
    };
  }
  const from = Date.parse(peer?.valid_from ?? '');
  const to = Date.parse(peer?.valid_to ?? '');
  if (Number.isNaN(from) || Number.isNaN(to)) {
    return { ok: false, reason: 'missing', presented, pinned, message: '服务器证书的有效期无法读取，已拒绝连接。请与管理员联系' };
  }
  if (now < from) {
    return { ok: false, reason: 'notYetValid', presented, pinned, message: `服务器的证书自 ${day(from)} 起才生效（请检查本机和服务器的日期时间是否正确），已拒绝连接` };
  }
  if (now > to) {
    return { ok: false, reason: 'expired', presented, pinned, message: `服务器的证书已于 ${day(to)} 过期，已拒绝连接。请管理员更换证书（重启服务器会生成新证书），再在本机重新核对指纹` };
  }
  return { ok: true };
}
