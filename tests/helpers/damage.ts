// A failing disk, as the durability tests need it: pages in the middle of a database file overwritten with a
// pattern (the header stays, so the file still opens and only an integrity check finds the damage).
import { closeSync, openSync, statSync, writeSync } from 'node:fs';

export function damageMiddlePages(dbFile: string, pages = 4, pageSize = 4096): void {
  const total = Math.floor(statSync(dbFile).size / pageSize);
  const first = Math.floor(total / 2);
  const fd = openSync(dbFile, 'r+');
  try {
    for (let p = first; p < Math.min(first + pages, total); p++) writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, p * pageSize);
  } finally {
    closeSync(fd);
  }
}
