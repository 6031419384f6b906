// The helper processes tests start beside a core (a second issuer of numbers, a holder of the data dir, a rebuild to
// kill): run from their build for this test run (worker-bundles.ts) — starting one from its sources through tsx took
// 3–7 s, most of the test — or, outside a test run's setup, from the sources through tsx.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WORKER_DIR_ENV } from '../../electron/core/kernel/worker-script';

const REPO = resolve(__dirname, '..', '..');

/** The helper processes, by their source's path from the repository's root. */
export const HELPER_PROCESSES = ['tests/helpers/issue-series.ts', 'tests/helpers/accept-cases.ts', 'tests/helpers/rebuild-child.ts', 'tests/fixtures/hold-data-dir.ts'] as const;

/** The name of a helper's build (`<name>.js` beside the workers'). */
export const helperBuildName = (file: string) => `helper-${file.replace(/^.*\//, '').replace(/\.ts$/, '')}`;

/** Node's arguments to run one of HELPER_PROCESSES: its build for this run when there is one, else its source through tsx. */
export function helperProcessArgs(file: (typeof HELPER_PROCESSES)[number]): string[] {
  const dir = process.env[WORKER_DIR_ENV];
  const js = dir ? join(dir, `${helperBuildName(file)}.js`) : null;
  return js && existsSync(js) ? [js] : ['--import', 'tsx', join(REPO, file)];
}
