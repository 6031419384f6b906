// A search.rebuild in a process of its own, for a test to SIGKILL mid-way (search-rebuild-resume.test.ts):
//   node --import tsx tests/helpers/rebuild-child.ts <dbFile>
// Each batch's progress is written to stdout synchronously after the batch committed, so the parent knows at least
// how far the checkpoint had come when the kill landed.
import { writeSync } from 'node:fs';
import { openDatabase } from '../../db/open';
import { rebuildSearch } from '../../electron/core/jobs/search-rebuild';

const db = openDatabase(process.argv[2]);
const result = rebuildSearch({
  db,
  cancelled: () => false,
  progress: (done, total) => writeSync(1, `${JSON.stringify({ done, total })}\n`),
});
writeSync(1, `${JSON.stringify({ finished: result })}\n`);
db.close();
