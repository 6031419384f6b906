// Encryption of a backup that leaves the PC: AES-256-GCM (authenticated) with a key from scrypt over the password —
// Node's crypto, no hand-made cipher. Each file is: magic, 12-byte IV, ciphertext, 16-byte tag. A wrong password
// or an altered byte fails the tag check; nothing decrypted is used before the tag verifies.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';

const MAGIC = Buffer.from('XAB1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CHUNK = 1 << 20;

export interface KeyParams {
  kdf: 'scrypt';
  /** OWASP's scrypt figures (N = 2^17, r = 8, p = 1); maxmem must exceed 128·N·r. */
  N: number;
  r: number;
  p: number;
  salt: string;
  /** A known text encrypted with the key: a wrong password is refused before any file is read. */
  check: string;
}

export class BackupPasswordError extends Error {}

export const MIN_BACKUP_PASSWORD = 8;

export function deriveKey(password: string, params: Pick<KeyParams, 'N' | 'r' | 'p' | 'salt'>): Buffer {
  return scryptSync(password.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, { N: params.N, r: params.r, p: params.p, maxmem: 256 * 1024 * 1024 });
}

function sealBuffer(key: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([MAGIC, iv, c.update(plain), c.final(), c.getAuthTag()]);
}

function openBuffer(key: Buffer, sealed: Buffer): Buffer {
  if (sealed.length < MAGIC.length + IV_BYTES + TAG_BYTES || !sealed.subarray(0, 4).equals(MAGIC)) throw new BackupPasswordError('加密文件格式不符');
  const iv = sealed.subarray(4, 4 + IV_BYTES);
  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([d.update(sealed.subarray(4 + IV_BYTES, sealed.length - TAG_BYTES)), d.final()]);
  } catch {
    throw new BackupPasswordError('备份密码不正确，或加密备份已损坏');
  }
}

const CHECK_TEXT = Buffer.from('xinan-backup-key-check');

export function newKeyParams(password: string): { params: KeyParams; key: Buffer } {
  const base = { N: 1 << 17, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
  const key = deriveKey(password, base);
  return { params: { kdf: 'scrypt', ...base, check: sealBuffer(key, CHECK_TEXT).toString('base64') }, key };
}

/** The key for these parameters, or BackupPasswordError when the password is not the one the backup was made with. */
export function unlockKey(password: string, params: KeyParams): Buffer {
  const key = deriveKey(password, params);
  if (!openBuffer(key, Buffer.from(params.check, 'base64')).equals(CHECK_TEXT)) throw new BackupPasswordError('备份密码不正确');
  return key;
}

export const sealFile = (key: Buffer, plain: Buffer) => sealBuffer(key, plain);
export const openFile = (key: Buffer, sealed: Buffer) => openBuffer(key, sealed);

/** Encrypts a (possibly large) file chunk by chunk into `dest`, synced. */
export function sealStream(key: Buffer, src: string, dest: string): void {
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const inFd = openSync(src, 'r');
  const outFd = openSync(dest, 'wx');
  try {
    writeSync(outFd, Buffer.concat([MAGIC, iv]));
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(inFd, buf, 0, CHUNK, null);
      if (n === 0) break;
      writeSync(outFd, c.update(buf.subarray(0, n)));
    }
    writeSync(outFd, Buffer.concat([c.final(), c.getAuthTag()]));
    fsyncSync(outFd);
  } finally {
    closeSync(inFd);
    closeSync(outFd);
  }
}

/** Decrypts a file made by sealStream into `dest`; throws BackupPasswordError if the tag does not verify. */
export function openStream(key: Buffer, src: string, dest: string): void {
  const inFd = openSync(src, 'r');
  const outFd = openSync(dest, 'w');
  try {
    const size = fstatSync(inFd).size;
    const head = Buffer.alloc(MAGIC.length + IV_BYTES);
    readSync(inFd, head, 0, head.length, 0);
    if (size < head.length + TAG_BYTES || !head.subarray(0, 4).equals(MAGIC)) throw new BackupPasswordError('加密文件格式不符');
    const tag = Buffer.alloc(TAG_BYTES);
    readSync(inFd, tag, 0, TAG_BYTES, size - TAG_BYTES);
    const d = createDecipheriv('aes-256-gcm', key, head.subarray(4));
    d.setAuthTag(tag);
    const buf = Buffer.allocUnsafe(CHUNK);
    let pos = head.length;
    const end = size - TAG_BYTES;
    while (pos < end) {
      const n = readSync(inFd, buf, 0, Math.min(CHUNK, end - pos), pos);
      pos += n;
      writeSync(outFd, d.update(buf.subarray(0, n)));
    }
    try {
      writeSync(outFd, d.final());
    } catch {
      throw new BackupPasswordError('备份密码不正确，或加密备份已损坏');
    }
    fsyncSync(outFd);
  } finally {
    closeSync(inFd);
    closeSync(outFd);
  }
}
