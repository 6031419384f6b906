// The Electron smoke suite (Playwright `_electron`). It runs wherever an Electron executable exists and reports
// itself skipped, with the reason, where none does — as on our CI machines (HOUSE-STYLE.md, "Testing where Electron cannot run").
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../../test-results/electron',
  use: { trace: 'retain-on-failure' },
});
