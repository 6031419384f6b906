// The options of every integration test's core (tests/helpers/core.ts), in a module without vitest imports so the
// global setup can make the initialized template database with exactly the same ones.
import type { CoreOptions } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { instantOf } from '../../shared/domain/time';
import { TEST_PASSWORD_COST } from './accounts';
import { MIGRATIONS_DIR } from './template-db';

/** 2026-11-25 10:00 in Asia/Shanghai. */
export const TEST_NOW = instantOf('2026-11-25', '10:00');

export function testCoreOptions(dataDir: string, clock: { now(): number }, offerDemo = false): CoreOptions {
  return {
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    clock,
    logger: silentLogger,
    appVersion: '0.1.0-test',
    offerDemo,
    passwordCost: TEST_PASSWORD_COST,
    // The shipped Song face for body text, whatever fonts this machine has: the same pages everywhere.
    documentBodyFont: null,
    // The postings' background merge off: a step between a test's calls would change what it counts (totalChanges);
    // tests/integration/search-postings-tier.test.ts runs it, and the timer itself.
    postingsMerge: false,
  };
}
