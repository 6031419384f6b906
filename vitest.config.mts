import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    pool: 'forks',
    // vitest's default is one worker fewer than the cores: one worker on CI's two cores, the other idle.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
