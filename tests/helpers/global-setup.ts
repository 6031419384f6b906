// Builds the migrated template database once per test run; each test copies it into a fresh data dir. Also the data
// dir after testCore()'s first run (initialized-template.ts), which testCore() copies instead of repeating it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildInitializedTemplate } from './initialized-template';
import { buildTemplateDatabase } from './template-db';

let dir: string | undefined;

export default async function setup(project: TestProject) {
  dir = mkdtempSync(join(tmpdir(), 'xinan-template-'));
  const file = await buildTemplateDatabase(dir);
  project.provide('templateDb', file);
  const initialized = join(dir, 'initialized');
  mkdirSync(initialized);
  const { staff } = await buildInitializedTemplate(file, initialized);
  project.provide('initializedDataDir', initialized);
  project.provide('initializedStaff', staff);
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDb: string;
    initializedDataDir: string;
    initializedStaff: Record<string, string>;
  }
}
