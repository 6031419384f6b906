// The core's worker-thread entries built once per test run, as electron-vite builds them for the app (one file per
// entry, dependencies left to node_modules), so a test's job, roster, statistics or integrity worker starts from one
// file instead of loading its few hundred sources through tsx (1–3 s a start, a few hundred starts a run). The
// workers find them through XINAN_WORKER_DIR (electron/core/kernel/worker-script.ts). The build goes under the
// repository's .tmp/ (ignored) so that the built files resolve the repository's node_modules, fonts included.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const REPO = resolve(__dirname, '..', '..');

/** The entries of electron.vite.config.ts that the core starts as worker threads. */
export const WORKER_ENTRIES = {
  'job-worker': 'electron/core/jobs/job-worker.ts',
  'integrity-worker': 'electron/core/durability/integrity-worker.ts',
  'roster-worker': 'electron/core/intakes/roster-worker.ts',
  'stats-worker': 'electron/core/statistics/stats-worker.ts',
};

/** A fresh directory for a run's build, under the repository's .tmp/. */
export function workerBundleDir(): string {
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  return mkdtempSync(join(REPO, '.tmp', 'test-workers-'));
}

/** Builds every worker entry into `dir` as `<name>.js` (the sources as they are now: call again after a change). */
export async function buildWorkerBundles(dir: string): Promise<void> {
  await build({
    entryPoints: Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, file]) => [name, join(REPO, file)])),
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

export function removeWorkerBundles(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
