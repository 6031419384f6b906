// The handover package's container: a plain POSIX ustar archive (one file an administrator can carry on a disk and
// open with any tar or 7-Zip to look inside). Only what the handover writes is read back: regular files under safe
// relative names, each header's checksum checked, the two zero blocks at the end required — a truncated copy (a
// disk pulled out mid-copy) is refused as incomplete, never half-read. What the files hold is verified against the
// package's manifest by adopt.ts, not here.
import { closeSync, fsyncSync, mkdirSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

const BLOCK = 512;
/** ustar's size field: 11 octal digits. */
const MAX_ENTRY_BYTES = 8 ** 11 - 1;
const SAFE_NAME = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

export class PackageArchiveError extends Error {}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtime: number): Buffer {
  // ustar: a name over 100 bytes is split at a slash into prefix (≤ 155) and name (≤ 100).
  const cut = Buffer.byteLength(name) > 100 ? name.lastIndexOf('/', name.length - 1) : -1;
  const [prefix, base] = cut > 0 ? [name.slice(0, cut), name.slice(cut + 1)] : ['', name];
  if (Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155 || !SAFE_NAME.test(name)) throw new PackageArchiveError(`移交包中的文件名无效：${name}`);
  if (size > MAX_ENTRY_BYTES) throw new PackageArchiveError(`文件 ${name} 超过 8 GB，移交包无法容纳`);
  const h = Buffer.alloc(BLOCK);
  h.write(base, 0, 'utf8');
  h.write(prefix, 345, 'utf8');
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(Math.floor(mtime / 1000), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write(octal(checksum(h), 7) + ' ', 148, 'ascii');
  return h;
}

function checksum(h: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
  return sum;
}

/** Writes an archive of `entries` (name in the archive → file on disk) to `dest`, synced before it returns. */
export function writeArchive(dest: string, entries: { name: string; path: string }[], mtime: number): number {
  const out = openSync(dest, 'wx');
  let written = 0;
  const put = (b: Buffer) => {
    writeSync(out, b);
    written += b.length;
  };
  const buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (const e of entries) {
      const size = statSync(e.path).size;
      put(header(e.name, size, mtime));
      const fd = openSync(e.path, 'r');
      let copied = 0;
      try {
        for (;;) {
          const n = readSync(fd, buf, 0, buf.length, null);
          if (n === 0) break;
          put(buf.subarray(0, n));
          copied += n;
        }
      } finally {
        closeSync(fd);
      }
      if (copied !== size) throw new PackageArchiveError(`文件 ${e.name} 在写入移交包时发生变化`);
      if (size % BLOCK) put(Buffer.alloc(BLOCK - (size % BLOCK)));
    }
    put(Buffer.alloc(BLOCK * 2));
    fsyncSync(out);
  } finally {
    closeSync(out);
  }
  return written;
}

/** Extracts the archive `src` into the empty folder `dest`; returns the names, in order. Throws PackageArchiveError. */
export function extractArchive(src: string, dest: string): string[] {
  const fd = openSync(src, 'r');
  const names: string[] = [];
  const block = Buffer.alloc(BLOCK);
  const buf = Buffer.allocUnsafe(1 << 20);
  let pos = 0;
  const readBlock = (): boolean => {
    const n = readSync(fd, block, 0, BLOCK, pos);
    pos += n;
    return n === BLOCK;
  };
  try {
    for (;;) {
      if (!readBlock()) throw new PackageArchiveError('移交包不完整（文件被截断，缺少结尾）：请重新复制移交包');
      if (block.every((b) => b === 0)) {
        if (!readBlock() || !block.every((b) => b === 0)) throw new PackageArchiveError('移交包不完整（文件被截断，缺少结尾）：请重新复制移交包');
        return names;
      }
      const stored = parseInt(block.toString('ascii', 148, 156).replace(/[\0 ]+$/, ''), 8);
      if (block.toString('ascii', 257, 262) !== 'ustar' || stored !== checksum(block)) throw new PackageArchiveError(`移交包已损坏（第 ${names.length + 1} 个条目的头部校验不符）`);
      const prefix = block.toString('utf8', 345, 500).replace(/\0.*$/s, '');
      const base = block.toString('utf8', 0, 100).replace(/\0.*$/s, '');
      const name = prefix ? `${prefix}/${base}` : base;
      const size = parseInt(block.toString('ascii', 124, 136).replace(/[\0 ]+$/, ''), 8);
      const type = block.toString('ascii', 156, 157);
      if (!SAFE_NAME.test(name) || (type !== '0' && type !== '\0') || !Number.isFinite(size)) throw new PackageArchiveError(`移交包中有不应出现的条目：${name}`);
      const target = join(dest, name);
      mkdirSync(dirname(target), { recursive: true });
      const out = openSync(target, 'wx');
      try {
        let left = size;
        while (left > 0) {
          const n = readSync(fd, buf, 0, Math.min(buf.length, left), pos);
          if (n === 0) throw new PackageArchiveError(`移交包不完整（文件 ${name} 被截断）：请重新复制移交包`);
          writeSync(out, buf.subarray(0, n));
          pos += n;
          left -= n;
        }
        fsyncSync(out);
      } finally {
        closeSync(out);
      }
      pos += (BLOCK - (size % BLOCK)) % BLOCK;
      names.push(name);
    }
  } finally {
    closeSync(fd);
  }
}
