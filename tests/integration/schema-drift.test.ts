import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

describe('schema and migrations', () => {
  it('the committed migrations match the drizzle schema (a schema change without its migration fails here)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinan-drift-'));
    cpSync(join(root, 'db', 'migrations'), join(dir, 'migrations'), { recursive: true });
    const before = readdirSync(join(dir, 'migrations')).sort();
    const config = join(dir, 'drizzle.config.mjs');
    writeFileSync(
      config,
      `export default { dialect: 'sqlite', schema: ${JSON.stringify(relative(dir, join(root, 'db', 'schema', 'index.ts')))}, out: 'migrations', casing: 'snake_case' };\n`,
    );
    const out = execFileSync(join(root, 'node_modules', '.bin', 'drizzle-kit'), ['generate', '--config', config], { cwd: dir, encoding: 'utf8' });
    expect(out).toContain('No schema changes');
    expect(readdirSync(join(dir, 'migrations')).sort()).toEqual(before);
  }, 60_000);
});
