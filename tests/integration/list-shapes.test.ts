// The lists read two ways (issue #15 Deliver 2): whichever statement a page takes, it returns the same rows in the same
// order. On the demo database, every member of staff's desk — from their range of staff_open_duties and from their
// files — the desk's open urgent and collective files against a plain sort, and the case list's department filter both ways.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { caseListStatement } from '../../electron/core/cases/cases.service';
import { countMyFiles, countOpenDuties, countUrgentFiles, MY_FILE_IDS, openDuties, urgentFiles } from '../../electron/core/desk/desk.data';
import { allRemovalsSince, newestRemovalsSince, removalsSince, REMOVALS_SORTED_MAX } from '../../electron/core/blacklist/blacklist.data';
import { requireInstallation } from '../../electron/core/kernel/installation';
import { demoCore, testCore } from '../helpers/core';

/**
 * The straightforward "mine": the unit's open duties whose file the person leads or is on the team of, as the desk read
 * them before staff_open_duties (migration 0076) — the reference the derived range must match row for row.
 */
function straightforwardMine(s: { db: Db }, q: { me: string; unitId: string; from: string | null; until: string | null; after: { due: string; id: string } | null; limit: number }) {
  const where = `d.status = 'open' AND d.nature = 'duty' AND d.unit_id = @unitId AND (@from IS NULL OR d.due_date >= @from) AND (@until IS NULL OR d.due_date <= @until)
    AND p.case_file_id IN ${MY_FILE_IDS}`;
  const from = 'FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id';
  const args = { me: q.me, unitId: q.unitId, from: q.from, until: q.until };
  const ids = (s.db.prepare(`SELECT d.id, d.due_date ${from} WHERE ${where} ORDER BY d.due_date, d.id`).all(args) as { id: string; due_date: string }[])
    .filter((r) => !q.after || r.due_date > q.after.due || (r.due_date === q.after.due && r.id > q.after.id))
    .map((r) => r.id);
  return { ids: ids.slice(0, q.limit), count: (s.db.prepare(`SELECT count(*) AS n ${from} WHERE ${where}`).get(args) as { n: number }).n };
}

describe('lists read two ways give the same rows in the same order', () => {
  it('a desk from the person’s range of staff_open_duties and from their files', async () => {
    const t = await demoCore();
    const s = t.core.services!;
    const unitId = requireInstallation(s).unitId;
    const staff = (s.db.prepare('SELECT id FROM staff').all() as { id: string }[]).map((r) => r.id);
    let nonEmpty = 0;
    for (const me of staff) {
      for (const [from, until] of [['2026-11-25', '2026-11-28'], [null, '2026-11-24'], [null, null]] as const) {
        const page = (after: { due: string; id: string } | null, limit: number) => openDuties(s.prepare, { me, unitId, scope: 'mine', from, until, after, limit, kinds: null }).map((r) => r.id);
        const all = straightforwardMine(s, { me, unitId, from, until, after: null, limit: 500 });
        expect(page(null, 500)).toEqual(all.ids);
        nonEmpty += all.ids.length > 0 ? 1 : 0;
        // A later page too: after the third row of the first.
        const after = all.ids.length >= 3 ? { due: s.db.prepare('SELECT due_date FROM deadlines WHERE id = ?').pluck().get(all.ids[2]) as string, id: all.ids[2]! } : null;
        expect(page(after, 3)).toEqual(straightforwardMine(s, { me, unitId, from, until, after, limit: 3 }).ids);
        expect(countOpenDuties(s.prepare, { me, unitId, scope: 'mine', from, until })).toBe(all.count);
      }
      // The count on the derived table (staff_open_files) is the count from the files themselves.
      expect(countMyFiles(s.prepare, me)).toBe(
        (s.db.prepare(`SELECT count(*) AS n FROM case_files c WHERE c.status = 'open' AND c.id IN ${MY_FILE_IDS}`).get({ me }) as { n: number }).n,
      );
    }
    // The comparison is not of empty lists: some people have open duties on their desk.
    expect(nonEmpty).toBeGreaterThan(0);
  });

  it('the open urgent and collective files, their page and count, as the straightforward sort of every file', async () => {
    const t = await demoCore();
    const s = t.core.services!;
    const unitId = requireInstallation(s).unitId;
    // More flagged files than a page, some closed, some urgent and collective at once, ties on opened_at.
    const files = s.db.prepare('SELECT id FROM case_files ORDER BY seq').all() as { id: string }[];
    files.forEach((f, n) => s.db.prepare('UPDATE case_files SET urgent = ?, collective = ?, opened_at = opened_at - ? WHERE id = ?').run(n % 3 === 0 ? 1 : 0, n % 2 === 0 ? 1 : 0, n % 4 === 0 ? 0 : n, f.id));
    s.db.prepare("UPDATE case_files SET status = 'closed' WHERE seq % 5 = 0").run();
    const everyFile = s.db.prepare('SELECT id, urgent, collective, status, unit_id, opened_at FROM case_files NOT INDEXED').all() as { id: string; urgent: number; collective: number; status: string; unit_id: string; opened_at: number }[];
    const expected = everyFile
      .filter((f) => f.status === 'open' && f.unit_id === unitId && (f.urgent === 1 || f.collective === 1))
      .sort((x, y) => y.urgent - x.urgent || y.opened_at - x.opened_at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .map((f) => f.id);
    expect(expected.length).toBeGreaterThan(3);
    for (const limit of [2, 20, 500]) expect(urgentFiles(s.prepare, unitId, limit).map((f) => f.id)).toEqual(expected.slice(0, limit));
    expect(countUrgentFiles(s.prepare, unitId)).toBe(expected.length);
  });

  it('the desk’s removals from the blacklist: read from the newest events as far as the page, the whole window’s sort’s rows', async () => {
    const { core } = await testCore();
    const s = core.services!;
    const db = s.db;
    const unit = requireInstallation(s).unitId;
    const county = (db.prepare('SELECT id FROM units WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: string }).id;
    const by = (db.prepare('SELECT id FROM staff ORDER BY id LIMIT 1').get() as { id: string }).id;
    const file = db.prepare("INSERT INTO case_files (id, unit_id, title, status, opened_at, created_by, created_at, updated_at) VALUES (?, ?, ?, 'closed', 0, ?, 0, 0)");
    const proceeding = db.prepare("INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, closed_at, created_at, updated_at) VALUES (?, ?, 'blacklisting', 'removed', 0, ?, 0, 0)");
    const event = db.prepare("INSERT INTO proceeding_events (proceeding_id, kind, date, source, recorded_at, recorded_by) VALUES (?, 'delisted', '2026-11-01', ?, ?, ?)");
    const DAY = 86_400_000;
    const t0 = 1_790_000_000_000;
    // 60 removals over 60 days, in two units; recorded at their closing or up to two hours before (as the seed does),
    // some at the same instant (ties broken by the proceeding's id), ids not in time order.
    for (let n = 0; n < 60; n++) {
      const id = `p-${String((n * 37) % 60).padStart(2, '0')}`;
      const closed = t0 + Math.floor(n / 2) * DAY + (n % 3) * 3_600_000;
      file.run(`c-${id}`, n % 4 === 0 ? county : unit, `案卷${n}`, by);
      proceeding.run(id, `c-${id}`, closed);
      event.run(id, n % 2 ? '.remove' : '.expire', closed - (n % 5 === 0 ? 7_200_000 : n % 7 === 0 ? 0 : 1_000), n % 2 ? by : null);
    }
    const cases = [
      [t0 + 20 * DAY, 20], [t0 + 20 * DAY, 5], [t0 + 55 * DAY, 20], [t0 - DAY, 20], [t0 - DAY, 1], [t0 + 70 * DAY, 20], [t0 - DAY, 0],
    ] as const;
    const same = () => {
      for (const [since, limit] of cases) {
        for (const u of [unit, county]) {
          const expected = allRemovalsSince(s.prepare, u, since, limit);
          expect(newestRemovalsSince(s.prepare, u, since, limit), `${since} ${limit}`).toEqual(expected);
          expect(removalsSince(s.prepare, u, since, limit), `${since} ${limit}`).toEqual(expected);
        }
      }
    };
    same();
    expect(newestRemovalsSince(s.prepare, unit, t0 - DAY, 20)).toHaveLength(20);
    // A removal recorded long after its closing (no writer does so) finds its place either way.
    file.run('c-late', unit, '晚记的移出', by);
    proceeding.run('p-late', 'c-late', t0 + 10 * DAY);
    event.run('p-late', '.remove', t0 + 100 * DAY, by);
    same();
    expect(newestRemovalsSince(s.prepare, unit, t0 - DAY, 20)[0]!.proceeding_id).toBe('p-late');
    // A window of REMOVALS_SORTED_MAX removals or more is read from the newest events: still the whole sort's rows.
    for (let n = 0; n < REMOVALS_SORTED_MAX; n++) {
      file.run(`c-more-${n}`, n % 3 === 0 ? county : unit, `更多${n}`, by);
      proceeding.run(`q-${n}`, `c-more-${n}`, t0 + (n % 50) * DAY);
      event.run(`q-${n}`, '.expire', t0 + (n % 50) * DAY - (n % 4) * 1_000, null);
    }
    same();
  });

  it('the case list by a proceeding’s kind, state or department: from the proceedings and by the walk in list order', async () => {
    const t = await demoCore();
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
