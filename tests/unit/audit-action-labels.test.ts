// Every action and every kind of record the core writes on the audit trail has its Chinese name: the auditor reads
// 排定开庭 and 开庭, not hearingScheduled and hearing, and can choose it in the action filter (AUDIT_ACTIONS). Found
// in the core's source as the trail's rows are written — `action: '…', entity: '…'` together.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditActionLabel, auditEntityLabel } from '../../shared/domain/audit-actions';

const CORE = join(__dirname, '..', '..', 'electron', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('audit trail labels', () => {
  it('names in Chinese every action and record kind the core writes, and offers every action in the filter', () => {
    const written = new Map<string, Set<string>>();
    for (const file of sources(CORE)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/action:\s*'(\w+)',\s*entity:\s*'(\w+)'/g)) {
        if (!written.has(m[1]!)) written.set(m[1]!, new Set());
        written.get(m[1]!)!.add(m[2]!);
      }
    }
    // The scan finds the trail's writers (a guard that it still matches how rows are written).
    expect(written.size).toBeGreaterThan(100);
    expect(written.get('hearingScheduled')).toEqual(new Set(['hearing']));
    const actions = [...written.keys()];
    const entities = [...new Set([...written.values()].flatMap((s) => [...s]))];
    expect(actions.filter((a) => auditActionLabel(a) === a)).toEqual([]);
    expect(entities.filter((e) => auditEntityLabel(e) === e)).toEqual([]);
    expect(actions.filter((a) => !AUDIT_ACTIONS.includes(a))).toEqual([]);
    for (const a of actions) expect(auditActionLabel(a), a).toMatch(/[\u4e00-\u9fff]/);
  });
});
