// Once per run: check the browser, build the renderer, a migrated template database and a data dir with the demo
// data seeded. Each test copies the template (or, for `initializeWithDemo`, the demo data dir) into its own fresh
// data dir: seeding the demo takes seconds, and forty tests start from it.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { dateKeyOf } from '../../shared/domain/time';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { clientFor } from '../helpers/client';
import { DEMO_SETUP } from './demo-setup';
import { buildTemplateDatabase } from '../helpers/template-db';
import { assertChromium } from './chromium';

export const E2E_RENDERER = resolve(__dirname, '..', '..', 'out', 'e2e-renderer');

export default async function globalSetup(): Promise<void> {
  assertChromium();
  const { rendererConfig } = await import('../../renderer/vite.config.mts');
  await build({ ...rendererConfig(E2E_RENDERER), logLevel: 'warn' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-e2e-template-'));
  mkdirSync(dir, { recursive: true });
  process.env.XINAN_E2E_TEMPLATE_DB = await buildTemplateDatabase(dir);
  process.env.XINAN_E2E_RENDERER = E2E_RENDERER;
  await seedDemoDir(process.env.XINAN_E2E_TEMPLATE_DB);
}

/** A data dir initialised with the demo data through the core, closed cleanly (its WAL checkpointed). */
async function seedDemoDir(templateDb: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-e2e-demo-'));
  copyFileSync(templateDb, join(dataDir, 'xinan.sqlite3'));
  const now = Date.now();
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), clock: { now: () => Date.now() }, logger: silentLogger, appVersion: '0.1.0-e2e', offerDemo: true, passwordCost: TEST_PASSWORD_COST });
  await clientFor(core).call('setup.initialize', DEMO_SETUP);
  await core.close();
  rmSync(join(dataDir, 'logs'), { recursive: true, force: true });
  process.env.XINAN_E2E_DEMO_DIR = dataDir;
  process.env.XINAN_E2E_DEMO_DAY = dateKeyOf(now);
}
