// What the disk did, in words a clerk can act on. SQLite's and the system's own text is English and may name
// files; it goes to the log only (a path on a shared screen tells a visitor where the database lives).
import type { AppError } from '../../../shared/contract/result';

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string' ? (e as { code: string }).code : '';
}

export type StorageFailure = 'full' | 'io' | 'corrupt';

/** The kind of storage failure an error is, or null when it is not one. */
export function storageFailureOf(e: unknown): StorageFailure | null {
  const code = codeOf(e);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  // An I/O error is most often a full or removed disk (a USB drive pulled out, a network share gone).
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  return null;
}

/**
 * The user's message for a storage failure. A failed write rolled its transaction back, and files are written
 * before the rows that name them, so "not saved" is true for every change that ended here.
 */
export function storageFailureError(kind: StorageFailure): AppError {
  switch (kind) {
    case 'full':
      return { code: 'DISK_FULL', message: '磁盘空间已满，本次操作未保存。请清理存放薪安数据的磁盘（或请管理员处理）后重试', fields: null };
    case 'io':
      return {
        code: 'DISK_FULL',
        message: '磁盘无法写入（可能已满、移动硬盘或 U 盘已拔出，或磁盘故障），本次操作未保存。请检查磁盘后重试；仍不行请联系管理员',
        fields: null,
      };
    case 'corrupt':
      return {
        code: 'DB_CORRUPT',
        message: '数据库文件已损坏，本次操作未完成。请暂停录入，并联系管理员从备份恢复数据',
        fields: null,
      };
  }
}
