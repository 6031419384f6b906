// What the core's start-up and recovery ask of a database file and a data dir: is this error corruption, is an
// installation recorded, does a folder hold anything — and the sentence a damaged database is reported with.
import { existsSync, readdirSync } from 'node:fs';
import type { Db } from '../../../db/open';

export function isCorruption(e: unknown): boolean {
  const code = (e as { code?: string; cause?: { code?: string } })?.code ?? (e as { cause?: { code?: string } })?.cause?.code ?? '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT_');
}

export const damagedMessage = (where: string) =>
  `数据库文件已损坏（完整性检查未通过）。为防止损坏扩大，薪安已停止写入，并已将损坏的文件移至数据目录的 ${where} 保存（未删除）。请从最近一次完好的备份恢复。`;

/** Whether a folder exists and holds anything. */
export function dirHasEntries(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}

/** Whether the database records an installation (setup done); false when the table is missing or empty. */
export function installationRecorded(db: Db): boolean {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'installation'`).get();
  return table !== undefined && db.prepare('SELECT 1 FROM installation LIMIT 1').get() !== undefined;
}
