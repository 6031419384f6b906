// `npm run bench:lists`: drawing and scrolling a 300-worker roster and a 1,000-row ledger, in Debian's Chromium through
// the loopback bridge (the e2e set-up: the same renderer build, template database and sign-in). Its own config, so it
// is not part of `npm test`: it measures and prints, and fails on no figure (issue #15 item 6).
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/chromium';

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  globalSetup: '../../e2e/global-setup.ts',
  timeout: 900_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../../test-results/bench-lists',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  },
});
