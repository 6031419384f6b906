// `npm run adopt -- --data-dir NEW --from FILE [--sha256 FINGERPRINT] [--password-env NAME]`: receives a handover
// package (npm run handover) into a new, empty data dir on the server machine, verifies everything against the
// package's manifest (every table's row count, every file's SHA-256, the audit chain end to end and its head,
// integrity_check), prints the report and records the adoption on the audit trail. Any difference: refused, listed,
// and the data dir left empty. `npm run server -- --data-dir NEW --adopt FILE` does the same, then serves; the
// installed app's `xinan --adopt …` runs this same command.
// Exit codes: 0 adopted; 1 refused or failed (nothing adopted); 2 bad arguments.
import { resolve } from 'node:path';
import { runAdoptCommand } from '../../electron/core/durability/handover-commands';

const REPO = resolve(__dirname, '..', '..');

if (require.main === module) {
  runAdoptCommand(process.argv.slice(2), {
    migrationsDir: resolve(REPO, 'db', 'migrations'),
    appVersion: process.env.npm_package_version ?? '0.0.0-dev',
    handoverCommand: 'npm run handover --',
    adoptCommand: 'npm run adopt --',
  });
}
