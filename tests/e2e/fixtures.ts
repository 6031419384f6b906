// Each test gets its own data dir (a copy of the migrated template), its own core and bridge, and a page signed
// in through the one-time token. `desk` is a second, test-side client of the same core for arranging and checking.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startBridge, type Bridge } from '../../electron/core/bridge';
import { createCore, type Core } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/logger';
import { clientFor, type Client } from '../helpers/client';

const MIGRATIONS = resolve(__dirname, '..', '..', 'db', 'migrations');

export interface AppFixture {
  core: Core;
  bridge: Bridge;
  dataDir: string;
  /** A test-side client on its own session (not the browser's). */
  client: Client;
  /** Completes the first run through the core (unit 日喀则市人社局, 次仁卓玛 at the desk) and adds a leader. */
  initialize(): Promise<void>;
  /** Opens the app in the page through a fresh one-time login link. */
  open(page: Page): Promise<void>;
  /** Opens the app and signs in as the named person on the sign-in screen. */
  signIn(page: Page, name?: string): Promise<void>;
}

export const test = base.extend<{ app: AppFixture; consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(errors);
  },
  // Playwright requires the fixtures argument to be a destructuring pattern, even when none are used.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'xinan-e2e-'));
    copyFileSync(process.env.XINAN_E2E_TEMPLATE_DB!, join(dataDir, 'xinan.sqlite3'));
    const core = createCore({ dataDir, migrationsDir: MIGRATIONS, logger: silentLogger, appVersion: '0.1.0-e2e', offerDemo: true });
    const { CONTENT_SECURITY_POLICY } = await import('../../renderer/vite.config.mts');
    const bridge = await startBridge({ core, staticDir: process.env.XINAN_E2E_RENDERER!, csp: CONTENT_SECURITY_POLICY });
    const client = clientFor(core);
    const fixture: AppFixture = {
      core,
      bridge,
      dataDir,
      client,
      async initialize() {
        await client.call('setup.initialize', {
          unitId: 'unit-540200',
          staff: { name: '次仁卓玛', departmentId: 'dept-540200-reception', roles: ['receptionist'], employment: 'fullTime' },
        });
        await client.call('staff.create', { name: '李强', departmentId: 'dept-540200-leadership', roles: ['leader'], employment: 'fullTime' });
      },
      async open(page) {
        await page.goto(bridge.loginUrl());
      },
      async signIn(page, name = '次仁卓玛') {
        await page.goto(bridge.loginUrl());
        await page.getByRole('button', { name: new RegExp(name) }).click();
        await expect(page.getByTestId('current-person')).toContainText(name);
      },
    };
    await use(fixture);
    await bridge.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** Saves a named screenshot next to the test's other artifacts. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}
