import { defineConfig } from 'vitest/config';

// Files that mock a module (vi.mock), or test a module's own state (newId's last time), keep a module registry of their own; every other file shares its worker's, so the
// core and its dependencies are imported once per worker rather than once per file (import was half of the run).
const OWN_MODULES = ['tests/unit/complainant-rows-renders.test.tsx', 'tests/unit/intake-form-blur-renders.test.tsx', 'tests/integration/inconclusive-sweep.test.ts', 'tests/integration/integrity-fallback.test.ts', 'tests/unit/ids.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: one worker on CI's two cores, the other idle.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: OWN_MODULES,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: OWN_MODULES, isolate: true } },
    ],
  },
});
