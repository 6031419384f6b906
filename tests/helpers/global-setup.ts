// Builds the migrated template database once per test run; each test copies it into a fresh data dir. Also the data
// dir after testCore()'s first run (initialized-template.ts), which testCore() copies instead of repeating it. And the
// core's worker-thread entries, built for the run (worker-bundles.ts).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildInitializedTemplate } from './initialized-template';
import { buildTemplateDatabase } from './template-db';
import { buildWorkerBundles, removeWorkerBundles, workerBundleDir } from './worker-bundles';
import { WORKER_DIR_ENV } from '../../electron/core/kernel/worker-script';

let dir: string | undefined;
let workers: string | undefined;

export default async function setup(project: TestProject) {
  // esbuild builds in its own process while this one makes the templates. The test processes inherit the variable.
  workers = workerBundleDir();
  const built = buildWorkerBundles(workers);
  built.catch(() => undefined); // awaited below, after the templates
  process.env[WORKER_DIR_ENV] = workers;
  // A rerun in watch mode tests the sources as they are then.
  project.onTestsRerun(() => buildWorkerBundles(workers!));
  dir = mkdtempSync(join(tmpdir(), 'xinan-template-'));
  const file = await buildTemplateDatabase(dir);
  project.provide('templateDb', file);
  const initialized = join(dir, 'initialized');
  mkdirSync(initialized);
  const { staff } = await buildInitializedTemplate(file, initialized);
  project.provide('initializedDataDir', initialized);
  project.provide('initializedStaff', staff);
  await built;
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (workers) removeWorkerBundles(workers);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
    initializedDataDir: string;
    initializedStaff: Record<string, string>;
  }
}
