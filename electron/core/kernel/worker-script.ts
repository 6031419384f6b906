// Where a worker thread's script is. In the app: the built .js beside the bundle (electron-vite's entries). Under the
// test runner: the same entries built once for the run (XINAN_WORKER_DIR, tests/helpers/worker-bundles.ts) — each
// worker loading its sources through tsx took 1–3 s, a few hundred times a run. Otherwise the TypeScript source via tsx.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable naming a directory of prebuilt worker entries (`<name>.js`); only the tests set it. */
export const WORKER_DIR_ENV = 'XINAN_WORKER_DIR';

export function workerScript(dir: string, name: string): { file: string; execArgv: string[] } {
  const built = join(dir, `${name}.js`);
  if (existsSync(built)) return { file: built, execArgv: [] };
  const prebuilt = process.env[WORKER_DIR_ENV];
  if (prebuilt && existsSync(join(prebuilt, `${name}.js`))) return { file: join(prebuilt, `${name}.js`), execArgv: [] };
  return { file: join(dir, `${name}.ts`), execArgv: ['--import', 'tsx'] };
}
