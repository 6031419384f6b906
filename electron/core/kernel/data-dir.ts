// The data dir: one SQLite database, its backups and logs. It must be on a local disk — SQLite's WAL needs
// shared memory on one host and does not work over a network filesystem (sqlite.org/wal.html).
import { accessSync, constants, mkdirSync, statfsSync } from 'node:fs';
import { join, posix, resolve, win32 } from 'node:path';

export const DB_FILE_NAME = 'xinan.sqlite3';

export interface DataDirPaths {
  root: string;
  dbFile: string;
  backups: string;
  logs: string;
  /** The content-addressed file store (generated documents now; evidence and scans later). */
  files: string;
}

export function dataDirPaths(root: string): DataDirPaths {
  const abs = resolve(root);
  return { root: abs, dbFile: join(abs, DB_FILE_NAME), backups: join(abs, 'backups'), logs: join(abs, 'logs'), files: join(abs, 'files') };
}

// statfs(2) f_type magic numbers of network and cluster filesystems (Linux).
const NETWORK_FS: Record<number, string> = {
  0x6969: 'NFS',
  0x517b: 'SMB',
  0xff534d42: 'CIFS',
  0xfe534d42: 'SMB2',
  0x5346414f: 'AFS',
  0x73757245: 'Coda',
  0x00c36400: 'Ceph',
  0x0bd00bd0: 'Lustre',
  0x01161970: 'GFS2',
  0x7461636f: 'OCFS2',
};

export function networkFilesystemName(statfsType: number): string | null {
  return NETWORK_FS[statfsType >>> 0] ?? null;
}

/** Why a path cannot hold the database, or null when it can. Checks what it can without native code. */
export function dataDirProblem(root: string, platform: NodeJS.Platform = process.platform): string | null {
  if (platform === 'win32' && /^(\\\\|\/\/)/.test(root)) {
    return `数据目录 ${root} 位于网络共享上。SQLite 数据库不能放在网络共享中，请选择本机磁盘上的目录。`;
  }
  if (!(platform === 'win32' ? win32 : posix).isAbsolute(root)) return `数据目录必须是绝对路径：${root}`;
  if (platform === 'linux') {
    try {
      const fsName = networkFilesystemName(statfsSync(root).type);
      if (fsName) return `数据目录 ${root} 位于网络文件系统（${fsName}）上。SQLite 数据库不能放在网络共享中，请选择本机磁盘上的目录。`;
    } catch {
      // statfs can fail on exotic mounts; the WAL check when opening is the second line of defence.
    }
  }
  return null;
}

/** Creates the data dir and its sub-folders and checks it is local and writable; throws a Chinese message. */
export function prepareDataDir(root: string): DataDirPaths {
  const paths = dataDirPaths(root);
  mkdirSync(paths.root, { recursive: true });
  const problem = dataDirProblem(paths.root);
  if (problem) throw new Error(problem);
  try {
    accessSync(paths.root, constants.W_OK);
  } catch {
    throw new Error(`数据目录 ${paths.root} 不可写，请检查权限`);
  }
  mkdirSync(paths.backups, { recursive: true });
  mkdirSync(paths.logs, { recursive: true });
  mkdirSync(paths.files, { recursive: true });
  return paths;
}
