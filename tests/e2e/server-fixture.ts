// The end-to-end stories of the bureau server: the app fixture's demo data (initializeWithDemo), served by the REAL
// server (startServer, HTTPS on a free 127.0.0.1 port, its own certificate) with the built renderer, and desks as
// separate browser contexts — separate PCs — each opening the server's root and signing in on the sign-in screen.
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { startLoopbackServer, startRestartableServer, type LoopbackServer, type RestartableServer } from '../helpers/bureau-server';
import { expect, signInOnScreen, test as base } from './fixtures';

export interface DeskWindow {
  context: BrowserContext;
  page: Page;
  /** What the page logged as an error, and what it threw. */
  errors: string[];
}

/** A desk: a browser of its own (no cookie or storage shared), on the server's root, signed in as `name`. */
export async function openDesk(browser: Browser, server: Pick<LoopbackServer, 'origin'>, name: string): Promise<DeskWindow> {
  // The server's certificate is its own (self-signed, as a first start makes it): this browser is told to accept it.
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.origin}/`);
  await signInOnScreen(page, name, DEMO_PASSWORD);
  await expect(page.getByTestId('current-person')).toContainText(name);
  return { context, page, errors };
}

export const test = base.extend<{ server: LoopbackServer; restartable: RestartableServer }>({
  server: async ({ app }, use) => {
    await app.initializeWithDemo();
    const server = await startLoopbackServer(app.core, process.env.XINAN_E2E_RENDERER!);
    await use(server);
    await server.close();
  },
  // The demo data's server as `npm run server` runs it, on the app's data dir (the app's own bridge and core closed
  // first: one core per database), which the test may stop and start again on the same data dir, port and certificate.
  restartable: async ({ app }, use) => {
    await app.initializeWithDemo();
    await app.bridge.close();
    await app.core.close();
    const makeCore = () =>
      createCore({ dataDir: app.dataDir, migrationsDir: MIGRATIONS, logger: silentLogger, appVersion: '0.1.0-e2e', offerDemo: true, passwordCost: TEST_PASSWORD_COST });
    const server = await startRestartableServer({ dataDir: app.dataDir, makeCore, staticDir: process.env.XINAN_E2E_RENDERER! });
    await use(server);
    await server.stop();
  },
});

const MIGRATIONS = resolve(__dirname, '..', '..', 'db', 'migrations');

export { expect };
