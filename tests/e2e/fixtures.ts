// Each test gets its own data dir (a copy of the migrated template), its own core and bridge, and a page opened
// through the one-time token, then signed in on the real sign-in screen with a password. `client` is a test-side
// client of the same core (the administrator once `initialize()` has run); `as(name)` signs in another one.
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { startBridge, type Bridge } from '../../electron/core/transport/bridge';
import { createCore, type Core } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { ADMIN, establishStaff, initializeAs, signInAs, STAFF_PASSWORD, TEST_PASSWORD_COST } from '../helpers/accounts';
import { clientFor, type Client } from '../helpers/client';
import { dateKeyOf } from '../../shared/domain/time';
import { DEMO_SETUP } from './demo-setup';

const MIGRATIONS = resolve(__dirname, '..', '..', 'db', 'migrations');

export interface AppFixture {
  core: Core;
  bridge: Bridge;
  dataDir: string;
  /** A test-side client on its own session (not the browser's): after `initialize()`, the administrator 普布次仁. */
  client: Client;
  /**
   * Completes the first run through the core (unit 日喀则市人社局, administrator 普布次仁, signed in on `client`) and
   * establishes 次仁卓玛 at the desk and the leader 李强, each with the password STAFF_PASSWORD.
   */
  initialize(): Promise<void>;
  /** Completes the first run with the demo data (the demo staff sign in with DEMO_PASSWORD). */
  initializeWithDemo(): Promise<void>;
  /** A fresh test-side client signed in as the named person (for arranging and checking as them). */
  as(name: string, password?: string): Promise<Client>;
  /** Moves the core's clock forward (the browser's is page.clock): the core's own idle lock, lockout expiry. */
  advanceCoreClock(ms: number): void;
  /** Opens the app in the page through a fresh one-time login link. */
  open(page: Page): Promise<void>;
  /** Opens the app and signs in as the named person on the sign-in screen: name from the list, then the password. */
  signIn(page: Page, name?: string, password?: string): Promise<void>;
}

/** Chooses a person on the sign-in screen and types their password (Enter submits). */
export async function signInOnScreen(page: Page, name: string, password: string): Promise<void> {
  await page.getByRole('list', { name: '工作人员' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByTestId('signin-person')).toHaveText(name);
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(password);
  await page.getByRole('textbox', { name: '密码', exact: true }).press('Enter');
}

/**
 * `XINAN_E2E_LEAN=1` (set by .ci/run): no screenshots for people to look at and no traces — on CI nobody opens them,
 * and a full-page screenshot of a long page costs a second of a busy core. A failing test still gets its screenshot.
 */
export const E2E_LEAN = process.env.XINAN_E2E_LEAN === '1';

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
    let clockOffset = 0;
    const clock = { now: () => Date.now() + clockOffset };
    const makeCore = () => createCore({ dataDir, migrationsDir: MIGRATIONS, clock, logger: silentLogger, appVersion: '0.1.0-e2e', offerDemo: true, passwordCost: TEST_PASSWORD_COST });
    let core = makeCore();
    let bridge = await startBridge({ core, staticDir: process.env.XINAN_E2E_RENDERER! });
    let client = clientFor(core);
    /** Set once the test has used the app (opened a page, signed someone in, moved the clock): the core is then kept. */
    let used = false;
    const fixture: AppFixture = {
      get core() {
        return core;
      },
      get bridge() {
        return bridge;
      },
      dataDir,
      get client() {
        return client;
      },
      async initialize() {
        used = true;
        await initializeAs(client);
        await establishStaff(core, client, { name: '次仁卓玛', departmentId: 'dept-540200-reception', roles: ['receptionist'] });
        await establishStaff(core, client, { name: '李强', departmentId: 'dept-540200-leadership', roles: ['leader'] });
      },
      async initializeWithDemo() {
        // The demo data seeded once per run (global-setup.ts) is copied in when it was seeded on this same day
        // (Beijing time) and the test has not used the app yet; otherwise it is seeded here, as the first run does.
        const seeded = process.env.XINAN_E2E_DEMO_DIR;
        if (seeded && !used && process.env.XINAN_E2E_DEMO_DAY === dateKeyOf(clock.now())) {
          used = true;
          await bridge.close();
          await core.close();
          for (const entry of readdirSync(dataDir)) rmSync(join(dataDir, entry), { recursive: true, force: true });
          cpSync(seeded, dataDir, { recursive: true });
          core = makeCore();
          bridge = await startBridge({ core, staticDir: process.env.XINAN_E2E_RENDERER! });
          client = await signInAs(core, ADMIN.name, ADMIN.password);
          return;
        }
        used = true;
        await client.call('setup.initialize', DEMO_SETUP);
      },
      async as(name, password = STAFF_PASSWORD) {
        used = true;
        return signInAs(core, name, password);
      },
      advanceCoreClock(ms) {
        used = true;
        clockOffset += ms;
      },
      async open(page) {
        used = true;
        await page.goto(bridge.loginUrl());
      },
      async signIn(page, name = '次仁卓玛', password = STAFF_PASSWORD) {
        used = true;
        await page.goto(bridge.loginUrl());
        await signInOnScreen(page, name, password);
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

/** Saves a named screenshot next to the test's other artifacts (the whole page, or what the window shows). */
export async function snap(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  if (E2E_LEAN) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}

/**
 * A picture of what the window shows (a page) or of one element (a locator), saved next to the test's other
 * artifacts — not in lean mode, where only an element's picture is still waited for: it is on screen.
 */
export async function shoot(target: Page | Locator, name: string): Promise<void> {
  const isPage = 'goto' in target;
  if (E2E_LEAN) {
    if (!isPage) await expect(target).toBeVisible();
    return;
  }
  await target.screenshot({ path: test.info().outputPath(`${name}.png`) });
}
