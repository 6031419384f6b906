// The lists read two ways by their size (issue #15 Deliver 2): whichever statement a page takes, it returns the same
// rows in the same order. On the demo database, every member of staff's desk — from their files and by each open
// duty's file keys (desk.data.ts MINE_BY_FILES_MAX) — and the case list's department filter both ways.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { caseListStatement } from '../../electron/core/cases/cases.service';
import { countMyFiles, countOpenDuties, MY_FILE_IDS, openDuties } from '../../electron/core/desk/desk.data';
import { requireInstallation } from '../../electron/core/kernel/installation';
import { testCore } from '../helpers/core';

async function demo() {
  const t = await testCore({ initialized: false, offerDemo: true });
  t.clock.t = instantOf('2026-11-25', '08:30');
  await t.client.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: 'guanli2026', demo: true });
  return t;
}

describe('lists read two ways give the same rows in the same order', () => {
  it('a desk from the person’s files and by each duty’s file keys', async () => {
    const t = await demo();
    const s = t.core.services!;
    const unitId = requireInstallation(s).unitId;
    const staff = (s.db.prepare('SELECT id FROM staff').all() as { id: string }[]).map((r) => r.id);
    let nonEmpty = 0;
    for (const me of staff) {
      for (const [from, until] of [['2026-11-25', '2026-11-28'], [null, '2026-11-24'], [null, null]] as const) {
        const page = (mineBy: 'files' | 'keys', after: { due: string; id: string } | null = null, limit = 3) =>
          openDuties(s.prepare, { me, unitId, scope: 'mine', from, until, after, limit, kinds: null, mineBy }).map((r) => r.id);
        expect(page('keys', null, 500)).toEqual(page('files', null, 500));
        nonEmpty += page('files', null, 500).length > 0 ? 1 : 0;
        // A later page too: from the third row of the first.
        const first = openDuties(s.prepare, { me, unitId, scope: 'mine', from, until, after: null, limit: 3, kinds: null, mineBy: 'files' });
        const after = first.length === 3 ? { due: first[2]!.due_date, id: first[2]!.id } : null;
        expect(page('keys', after)).toEqual(page('files', after));
        expect(countOpenDuties(s.prepare, { me, unitId, scope: 'mine', from, until, mineBy: 'keys' })).toBe(countOpenDuties(s.prepare, { me, unitId, scope: 'mine', from, until, mineBy: 'files' }));
      }
      // The count on the derived table (staff_open_files) is the count from the files themselves.
      expect(countMyFiles(s.prepare, me)).toBe(
        (s.db.prepare(`SELECT count(*) AS n FROM case_files c WHERE c.status = 'open' AND c.id IN ${MY_FILE_IDS}`).get({ me }) as { n: number }).n,
      );
    }
    // The comparison is not of empty lists: some people have open duties on their desk.
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('the case list by a proceeding’s kind, state or department: from the proceedings and by the walk in list order', async () => {
    const t = await demo();
    const s = t.core.services!;
    const unit = requireInstallation(s).unitId;
    const none = { status: null, collective: null, urgent: null, leaderStaffId: null, proceedingKind: null, proceedingStatus: null, departmentId: null };
    const pairs = s.db.prepare('SELECT DISTINCT kind, status FROM proceedings').all() as { kind: string; status: string }[];
    const departments = (s.db.prepare('SELECT id FROM departments WHERE unit_id = ?').all(unit) as { id: string }[]).map((r) => r.id);
    const filters = [
      ...[...new Set(pairs.map((p) => p.kind))].map((k) => ({ ...none, proceedingKind: k })),
      ...pairs.map((p) => ({ ...none, proceedingKind: p.kind, proceedingStatus: p.status })),
      ...departments.map((d) => ({ ...none, departmentId: d })),
      ...departments.map((d) => ({ ...none, departmentId: d, proceedingKind: 'inspection' })),
    ];
    let rows = 0;
    for (const f of filters) {
      const ids = (driveMax: number, after: { at: number; seq: number } | null, limit: number) => {
        const st = caseListStatement(s, unit, f as never, after, null, limit, driveMax);
        return s.prepare(st.sql).all(...(st.params as never[])) as { id: string; opened_at: number; seq: number }[];
      };
      const all = ids(100_000, null, 1000);
      expect(ids(-1, null, 1000), JSON.stringify(f)).toEqual(all);
      rows += all.length;
      // A later page: after the second row.
      if (all.length > 2) expect(ids(-1, { at: all[1]!.opened_at, seq: all[1]!.seq }, 3)).toEqual(ids(100_000, { at: all[1]!.opened_at, seq: all[1]!.seq }, 3));
    }
    expect(rows).toBeGreaterThan(20);
  });
});
