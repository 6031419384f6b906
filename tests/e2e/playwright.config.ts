// End-to-end tests in Debian's Chromium, through the loopback bridge, against a real core and database.
// Never `npx playwright install`: the browser is the system's /usr/bin/chromium.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

// XINAN_E2E_LEAN=1 (.ci/run): a screenshot only of a failure, no trace (see fixtures.ts `E2E_LEAN`).
const lean = process.env.XINAN_E2E_LEAN === '1';

export default defineConfig({
  testDir: './web',
  globalSetup: './global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The browser asks for less motion, as a person may in their system settings: the app then draws menus, dialogs
    // and panels without their transitions and buttons without the ripple (renderer/src/app/theme.ts, stillTheme) —
    // the same screens, fewer frames for a busy machine to paint and no waiting for an animation to settle. The specs
    // that set 'no-preference' (casework, desk-new-user, motion) keep the animated app under test.
    reducedMotion: 'reduce',
    screenshot: lean ? 'only-on-failure' : 'on',
    trace: lean ? 'off' : 'retain-on-failure',
  },
});
