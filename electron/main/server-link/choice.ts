// The first run's choice, kept in the user-data dir as connection.json: `{ mode: 'alone' }` (this PC's own core) or
// `{ mode: 'server', address, fingerprint, name, confirmedAt }` (a bureau server, its certificate pinned). Read at
// every start by main.ts. A file that cannot be read or does not make sense is never taken as "alone": the person
// is told what is wrong and asked again (a desk that silently opened an empty local database would lose its work).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseServerAddress } from './address';
import { normalizeFingerprint } from './pin';

export const CHOICE_FILE = 'connection.json';

export type ConnectionChoice =
  | { mode: 'alone' }
  | {
      mode: 'server';
      /** The server's origin, `https://host:port`. */
      address: string;
      /** SHA-256 of the certificate the person confirmed, `AA:BB:…` */
      fingerprint: string;
      /** The server's name when it was confirmed (the title bar's until the server answers). */
      name: string;
      /** When the person confirmed the fingerprint (epoch ms). */
      confirmedAt: number;
    };

export type ChoiceRead = { kind: 'none' } | { kind: 'chosen'; choice: ConnectionChoice } | { kind: 'bad'; message: string };

/** Checks a choice (from the file, or from the page's request); a Chinese message for the first fault. */
export function validateChoice(value: unknown): { ok: true; choice: ConnectionChoice } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, message: '连接设置不是有效的内容' };
  const v = value as Record<string, unknown>;
  if (v.mode === 'alone') return { ok: true, choice: { mode: 'alone' } };
  if (v.mode !== 'server') return { ok: false, message: '连接设置中的方式既不是“单独使用”也不是“连接服务器”' };
  const address = parseServerAddress(v.address);
  if (!address.ok) return { ok: false, message: `连接设置中的服务器地址不正确：${address.message}` };
  const fingerprint = normalizeFingerprint(v.fingerprint);
  if (!fingerprint) return { ok: false, message: '连接设置中的证书指纹不正确（应为 64 位十六进制的 SHA-256 指纹）' };
  const name = typeof v.name === 'string' ? v.name.trim() : '';
  if (!name || name.length > 200) return { ok: false, message: '连接设置中缺少服务器名称' };
  if (typeof v.confirmedAt !== 'number' || !Number.isSafeInteger(v.confirmedAt) || v.confirmedAt <= 0) return { ok: false, message: '连接设置中缺少核对指纹的时间' };
  return { ok: true, choice: { mode: 'server', address: address.address.origin, fingerprint, name, confirmedAt: v.confirmedAt } };
}

export function readChoice(dir: string): ChoiceRead {
  const file = join(dir, CHOICE_FILE);
  if (!existsSync(file)) return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { kind: 'bad', message: `无法读取连接设置（${file}）：${e instanceof SyntaxError ? '文件内容已损坏' : (e as Error).message}。请重新选择这台电脑的使用方式` };
  }
  const checked = validateChoice(parsed);
  if (!checked.ok) return { kind: 'bad', message: `${checked.message}（${file}）。请重新选择这台电脑的使用方式` };
  return { kind: 'chosen', choice: checked.choice };
}

/** Writes the choice whole or not at all (a temporary file renamed over the old one). */
export function writeChoice(dir: string, choice: ConnectionChoice): void {
  const checked = validateChoice(choice);
  if (!checked.ok) throw new Error(checked.message);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, CHOICE_FILE);
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(checked.choice, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}
