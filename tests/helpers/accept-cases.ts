// A second process accepting arbitration cases on the same data dir, for the series numbering race test:
//   node --import tsx tests/helpers/accept-cases.ts <dataDir> <staffName> <date> <proceedingId>...
// Prints the 案号 each case was given, one per line.
import { join } from 'node:path';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { signInAs, TEST_PASSWORD_COST } from './accounts';

async function main(): Promise<void> {
  const [dataDir, who, date, ...ids] = process.argv.slice(2);
  const core = createCore({ dataDir, migrationsDir: join(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, instanceLock: false });
  try {
    const client = await signInAs(core, who);
    for (const proceedingId of ids) {
      const g = await client.call('arbitration.group', { proceedingId });
      const out = await client.call('proceedings.act', { proceedingId, action: 'accept', input: { date }, expectedRowVersion: g.rowVersion });
      process.stdout.write(`${out.number}\n`);
    }
  } finally {
    await core.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
