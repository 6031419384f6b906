// The arbitration table 劳动争议处理情况 on fixed data built through the core's channels (tests/helpers/
// statistics-world.ts tells each case's story): every figure counted by hand, the edges (a case accepted in one month
// and closed in the next, a split award, a transferred case counted once, a 系列案 of three against one collective case
// of ten), the files behind every figure equal to it, a 本局口径 choice changing the figure and the definitions
// version, and the counting on the statistics' own read-only connection.
import { describe, expect, it } from 'vitest';
import { monthPeriod, quarterPeriod } from '../../shared/domain/statistics/period';
import { ADMIN, signInAs, testCore } from '../helpers/core';
import { statisticsWorld } from '../helpers/statistics-world';
import { expectFilesEqualFigures, figures, type Report } from '../helpers/statistics-world-figures';

describe('劳动争议处理情况 (DOMAIN.md §4)', () => {
  it('counts each indicator by its definition, month by month, with the files behind each figure', async () => {
    const t = await testCore();
    const w = await statisticsWorld(t);
    const leader = w.leader;
    const compute = (period: ReturnType<typeof monthPeriod>, includeSubunits = false) => leader.call('statistics.compute', { period, unitId: w.unitId, includeSubunits }) as Promise<Report>;

    // November: eight cases accepted (A, B, C, D, the series' three, the collective one); A withdrawn and closed.
    const nov = await compute(monthPeriod(2026, 11));
    expect(nov.period.label).toBe('2026年11月');
    expect(nov.definitionsVersion).toBe(6);
    expect(figures(nov)).toEqual({
      carriedOver: 0,
      accepted: 8,
      acceptedCollective: 1, // E; the 系列案 is three cases of one worker each, none collective
      acceptedByWorkers: 8,
      workers: 18, // A 2 + B, C, D 1 each + S 3 + E 10
      workersCollective: 10,
      'cause.wages': 5, // A (its first cause of two), S ×3, E
      'cause.socialInsurance': 0,
      'cause.termination': 0,
      'cause.other': 3, // B, C, D have no claims entered
      closed: 1,
      closedByMediation: 0,
      closedByAward: 0,
      closedOther: 1, // A, withdrawn
      resultEmployer: 0,
      resultWorker: 0,
      resultPartly: 0,
      claimedFen: 4_430_000,
      resolvedFen: 0,
      awards: 0,
      awardsFinal: 0,
      awardsSplit: 0,
      sued: 0,
      setAsideApplied: 0,
      courtUpheld: 0,
      courtAmended: 0,
      courtRevoked: 0,
      averageDays: [2, 2, 1], // A: 11-25 → 11-27
      timelyRate: [1, 1, 1], // the withdrawal met the award clock
      closureRate: [0.125, 1, 8], // 1 ÷ (0 + 8)
      mediationRate: [0, 0, 1], // 0 ÷ 1 closed
    });
    await expectFilesEqualFigures(leader, nov);
    const collective = await leader.call('statistics.files', { period: monthPeriod(2026, 11), unitId: w.unitId, indicatorKey: 'arbitration.acceptedCollective' });
    expect(collective.items.map((f) => [f.id, f.amount, f.date])).toEqual([[w.e.caseFileId, null, '2026-11-25']]);
    const seriesWorkers = await leader.call('statistics.files', { period: monthPeriod(2026, 11), unitId: w.unitId, indicatorKey: 'arbitration.workers' });
    expect(seriesWorkers.items.filter((f) => w.series.cases.some((c) => c.number === f.number)).map((f) => f.amount)).toEqual([1, 1, 1]);

    // December: C, accepted in November, is closed in December — counted there as closed, in November as accepted.
    const dec = await compute(monthPeriod(2026, 12));
    expect(figures(dec)).toMatchObject({
      carriedOver: 7, // all but A
      accepted: 0, // B, received on transfer on 12-02, was accepted once, in November
      workers: 0,
      closed: 1,
      closedByMediation: 1,
      resultPartly: 1,
      claimedFen: 2_000_000,
      resolvedFen: 1_500_000,
      awards: 2, // D final (12-01), B split (12-15)
      awardsFinal: 1,
      awardsSplit: 1, // B once, though two kinds of items
      setAsideApplied: 1,
      courtRevoked: 1,
      averageDays: [10, 10, 1], // C: 11-25 → 12-05
      timelyRate: [1, 1, 1],
      closureRate: [1 / 7, 1, 7],
      mediationRate: [1, 1, 1],
    });
    await expectFilesEqualFigures(leader, dec);

    // The quarter holds both months' events once each (B, transferred, is one case accepted).
    const q4 = await leader.call('statistics.compute', { period: quarterPeriod(2026, 4), unitId: w.unitId });
    expect(q4.period.label).toBe('2026年第四季度');
    expect(figures(q4 as Report)).toMatchObject({ carriedOver: 0, accepted: 8, closed: 2, awards: 2, averageDays: [6, 12, 2], closureRate: [0.25, 2, 8] });

    // The city over its counties: a row for the unit with files (the city's own), then the total; no empty county rows.
    const city = await compute(monthPeriod(2026, 11), true);
    const rows = city.tables.find((x) => x.kind === 'arbitration')!.rows;
    expect(rows.map((r) => [r.unitId, r.isTotal])).toEqual([
      [w.unitId, false],
      [w.unitId, true],
    ]);
    expect(rows[1]!.unitName).toBe('合计');
    expect(rows[0]!.values).toEqual(rows[1]!.values);

    // 本局口径: counting every cause of a case — the administrator's choice — changes the figure and the version.
    const before = await leader.call('statistics.definitions', {});
    expect(before.version).toBe(6);
    expect(before.definitions.filter((d) => d.bureauBasis && d.table === 'arbitration').map((d) => d.key)).toEqual([
      'arbitration.cause.wages',
      'arbitration.cause.socialInsurance',
      'arbitration.cause.termination',
      'arbitration.cause.other',
      'arbitration.timelyRate',
      'arbitration.closureRate',
      'arbitration.mediationRate',
    ]);
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('parameters.set', { key: 'statistics.arbitration.causeOfSeveral', region: '*', value: 'each', effectiveFrom: '2026-12-20', source: '本局口径：局务会决定', confidence: 'local', note: null });
    const after = await leader.call('statistics.definitions', {});
    expect(after.version).toBe(7);
    expect(after.definitions.find((d) => d.key === 'arbitration.cause.wages')!.counts).toContain('每个原因各计一次');
    const novEach = figures(await compute(monthPeriod(2026, 11)));
    expect([novEach['cause.wages'], novEach['cause.socialInsurance'], novEach['cause.other']]).toEqual([5, 1, 3]);
  }, 180_000);

  it('refuses a period that is not of its kind, or an indicator that does not exist, in Chinese', async () => {
    const t = await testCore();
    const leader = await signInAs(t.core, '李强');
    const unitId = (t.core.services!.db.prepare('SELECT unit_id AS u FROM installation').get() as { u: string }).u;
    expect(await leader.invoke('statistics.compute', { period: { kind: 'month', from: '2026-11-01', to: '2026-11-29' }, unitId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { period: '按一个自然月统计的，期间应为2026-11-01至2026-11-30' } },
    });
    expect(await leader.invoke('statistics.compute', { period: monthPeriod(2026, 11), unitId: 'unit-000000' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { unitId: '请选择统计单位（所选单位不存在）' } } });
    expect(await leader.invoke('statistics.files', { period: monthPeriod(2026, 11), unitId, indicatorKey: 'arbitration.nothing' })).toMatchObject({ ok: false, error: { fields: { indicatorKey: '没有这个统计指标：arbitration.nothing' } } });
    // An empty month: every count 0, every rate and average undefined (never a division by zero).
    const empty = figures((await leader.call('statistics.compute', { period: monthPeriod(2026, 11), unitId })) as Report);
    expect([empty.accepted, empty.closureRate, empty.averageDays]).toEqual([0, [null, 0, 0], [null, 0, 0]]);
  }, 120_000);

  it('counts on its own read-only connection: a write transaction held on the core’s connection does not stop it', async () => {
    const t = await testCore();
    const leader = await signInAs(t.core, '李强');
    const unitId = (t.core.services!.db.prepare('SELECT unit_id AS u FROM installation').get() as { u: string }).u;
    const db = t.core.services!.db;
    db.prepare('BEGIN IMMEDIATE').run();
    try {
      // The core's connection holds the write lock and a change not yet committed: counted on the core's own connection
      // the report would see it (version 15); on the statistics' read-only connection it sees the committed state.
      db.prepare("UPDATE parameters SET row_version = row_version + 10 WHERE key = 'statistics.completionRate'").run();
      const r = await leader.call('statistics.compute', { period: monthPeriod(2026, 11), unitId });
      expect(r.definitionsVersion).toBe(6);
      expect(r.tables.find((x) => x.kind === 'arbitration')!.rows[0]!.values['arbitration.accepted']).toEqual({ value: 0 });
    } finally {
      db.prepare('ROLLBACK').run();
    }
  }, 120_000);
});
