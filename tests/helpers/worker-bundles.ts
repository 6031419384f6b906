// The core's worker-thread entries built once per test run, as electron-vite builds them for the app (one file per
// entry, dependencies left to node_modules), so a test's job, roster, statistics or integrity worker starts from one
// file instead of loading its few hundred sources through tsx (1–3 s a start, a few hundred starts a run). The
// workers find them through XINAN_WORKER_DIR (electron/core/kernel/worker-script.ts). The build goes under the
// repository's .tmp/ (ignored) so that the built files resolve the repository's node_modules, fonts included.
// The same for the helper processes tests start beside a core (helper-process.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { HELPER_PROCESSES, helperBuildName } from './helper-process';

const REPO = resolve(__dirname, '..', '..');

/** The entries of electron.vite.config.ts that the core starts as worker threads. */
export const WORKER_ENTRIES = {
  'job-worker': 'electron/core/jobs/job-worker.ts',
  'integrity-worker': 'electron/core/durability/integrity-worker.ts',
  'roster-worker': 'electron/core/intakes/roster-worker.ts',
  'stats-worker': 'electron/core/statistics/stats-worker.ts',
};

/** Each source keeps its own __dirname and __filename in the build (migrations, fonts and packages are found from them). */
const sourcePaths: Plugin = {
  name: 'source-paths',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: readFileSync(args.path, 'utf8').replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path))).replace(/\b__filename\b/g, JSON.stringify(args.path)),
    }));
  },
};

/** A fresh directory for a run's build, under the repository's .tmp/. */
export function workerBundleDir(): string {
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  return mkdtempSync(join(REPO, '.tmp', 'test-workers-'));
}

/** A Node entry built as electron-vite builds the app's: one CommonJS file, its packages left to node_modules. */
export const NODE_ENTRY_BUILD: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
};

/** Builds every worker entry into `dir` as `<name>.js` (the sources as they are now: call again after a change). */
export async function buildWorkerBundles(dir: string): Promise<void> {
  await build({
    entryPoints: {
      ...Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, file]) => [name, join(REPO, file)])),
      ...Object.fromEntries(HELPER_PROCESSES.map((file) => [helperBuildName(file), join(REPO, file)])),
    },
    ...NODE_ENTRY_BUILD,
    outdir: dir,
    plugins: [sourcePaths],
  });
}

export function removeWorkerBundles(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
