// `npm run handover -- --data-dir D --out FILE --server ADDRESS [--password-env NAME] [--by NAME]`: hands this
// installation's data to the bureau server (docs/server.md, "从单机到服务器"): one package file holding a verified
// backup (the database through SQLite's backup API, every stored file, their hashes, the audit chain's head) and its
// manifest; then this copy is marked as handed over and refuses every change from then on. Close XinAn first: the
// command refuses while the desktop app (or a server) has the data dir. Exit codes: 0 done; 1 failed (nothing
// changed); 2 bad arguments. The installed app's `xinan --handover …` runs the same command.
import { resolve } from 'node:path';
import { runHandoverCommand } from '../../electron/core/durability/handover-commands';

const REPO = resolve(__dirname, '..', '..');

if (require.main === module) {
  void runHandoverCommand(process.argv.slice(2), {
    migrationsDir: resolve(REPO, 'db', 'migrations'),
    appVersion: process.env.npm_package_version ?? '0.0.0-dev',
    handoverCommand: 'npm run handover --',
    adoptCommand: 'npm run adopt --',
  });
}
