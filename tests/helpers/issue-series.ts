// A second process issuing numbered documents on the same data dir, for the numbering race test:
//   node --import tsx tests/helpers/issue-series.ts <dataDir> <count> <staffName>
// Signed in, it prints `ready` and waits for a line on stdin, so the test starts every issuer at once (started alone,
// the first had issued all its numbers before the second was up); then prints the numbers it was given, one per line.
import { once } from 'node:events';
import { join } from 'node:path';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { serviceReceipt } from '../fixtures/arbitration-case';
import { signInAs, TEST_PASSWORD_COST } from './accounts';

async function main(): Promise<void> {
  const [dataDir, count, who] = process.argv.slice(2);
  const core = createCore({ dataDir, migrationsDir: join(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, instanceLock: false });
  try {
    const client = await signInAs(core, who);
    process.stdout.write('ready\n');
    await once(process.stdin, 'data');
    for (let i = 0; i < Number(count); i++) {
      const [doc] = await client.call('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
      process.stdout.write(`${doc.number}\n`);
    }
  } finally {
    await core.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
