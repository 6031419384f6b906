// The core's modules form no import cycle, types included: a cycle through the kernel is how one feature's change
// ripples into every other (issue #11 §1 found 26 files in one). The kernel-imports-no-feature rule is eslint's.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const CORE = join(root, 'electron', 'core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Each file → the core files it imports: static, type-only, re-exports and dynamic import() alike. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const resolveSpec = (from: string, spec: string): string | null => {
    if (!spec.startsWith('.')) return null;
    const base = resolve(dirname(from), spec);
    return [base, `${base}.ts`, join(base, 'index.ts')].find((c) => known.has(c)) ?? null;
  };
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles.map((i) => resolveSpec(file, i.fileName)).filter((t): t is string => t !== null);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** One cycle per strongly connected component of more than one file (or a file importing itself), as a path. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) components.push(component);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  // Within a component every file reaches every other: walk from its first file back to it, inside the component.
  return components.map((component) => {
    const inside = new Set(component);
    const start = [...component].sort()[0];
    const seen = new Set<string>();
    const walk = (v: string, path: string[]): string[] | null => {
      for (const w of graph.get(v) ?? []) {
        if (w === start) return [...path, w];
        if (inside.has(w) && !seen.has(w)) {
          seen.add(w);
          const found = walk(w, [...path, w]);
          if (found) return found;
        }
      }
      return null;
    };
    return walk(start, [start]) ?? component;
  });
}

describe('electron/core has no import cycle', () => {
  it('finds a cycle when there is one, type imports included', () => {
    const graph = new Map([
      ['kernel/context.ts', ['jobs/job-runner.ts']],
      ['jobs/job-runner.ts', ['kernel/tx.ts']],
      ['kernel/tx.ts', ['kernel/context.ts']],
      ['index.ts', ['kernel/context.ts']],
    ]);
    expect(findCycles(graph)).toEqual([['jobs/job-runner.ts', 'kernel/tx.ts', 'kernel/context.ts', 'jobs/job-runner.ts']]);
    expect(findCycles(new Map([['a.ts', ['a.ts']]]))).toEqual([['a.ts', 'a.ts']]);
    expect(findCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
    const typeOnly = ts.preProcessFile("import type { Principal } from '../session/session.service';\nexport type { Jobs } from './jobs';\n", true, true);
    expect(typeOnly.importedFiles.map((f) => f.fileName)).toEqual(['../session/session.service', './jobs']);
  });

  it('has none among the files under electron/core', () => {
    const files = tsFiles(CORE);
    const graph = importGraph(files);
    expect([...graph.values()].flat().length).toBeGreaterThan(files.length);
    const cycles = findCycles(graph).map((cycle) => cycle.map((f) => relative(CORE, f).split('\\').join('/')).join(' → '));
    expect(cycles).toEqual([]);
  });
});
