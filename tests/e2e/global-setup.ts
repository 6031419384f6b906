// Once per run: check the browser, build the renderer and a migrated template database. Each test copies the
// template into its own fresh data dir.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
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
}
