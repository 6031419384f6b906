// 劳动争议处理情况 after the award, on fixed data built through the core's channels (tests/helpers/statistics-world-
// award.ts tells each case's story): cases closed by award with the result recorded at closing, in time and late; suits
// after the award and the court's 维持 and 改判 in a later month than the award; a 视为撤回 whose closing is recorded
// (counted under 其他方式) and one whose closing is not (not closed, still carried over). Every figure counted by hand;
// the files behind every figure equal to it.
import { describe, expect, it } from 'vitest';
import { monthPeriod } from '../../shared/domain/statistics/period';
import { ADMIN, signInAs, testCore } from '../helpers/core';
import { awardWorld } from '../helpers/statistics-world-award';
import { expectFilesEqualFigures, figures, type Report } from '../helpers/statistics-world-figures';

describe('劳动争议处理情况 after the award (DOMAIN.md §4)', () => {
  it('counts closings by award, suits and court results by their own dates, and a 视为撤回 only once its closing is recorded', async () => {
    const t = await testCore();
    const w = await awardWorld(t);
    const leader = w.leader;
    const compute = (period: ReturnType<typeof monthPeriod>) => leader.call('statistics.compute', { period, unitId: w.unitId }) as Promise<Report>;
    const files = async (period: ReturnType<typeof monthPeriod>, key: string) =>
      (await leader.call('statistics.files', { period, unitId: w.unitId, indicatorKey: `arbitration.${key}`, limit: 1000 })).items.map((x) => [x.id, x.date, x.amount]);

    // November: the eight cases accepted, none closed, no award yet.
    const nov = await compute(monthPeriod(2026, 11));
    expect(figures(nov)).toMatchObject({ carriedOver: 0, accepted: 8, acceptedByWorkers: 8, workers: 8, 'cause.other': 8, closed: 0, awards: 0, sued: 0, averageDays: [null, 0, 0] });
    await expectFilesEqualFigures(leader, nov);

    // December: F closed by award (劳动者胜诉) and W1's 视为撤回 closed; W2, deemed withdrawn on 12-15 but with no closing
    // recorded, is not a case closed (the definition: 视为撤回后未办结案手续的不计). Three awards made on 12-01 and E2's on
    // 12-28 (within the 45 days though extended on 12-20); two suits.
    const dec = await compute(monthPeriod(2026, 12));
    expect(figures(dec)).toEqual({
      carriedOver: 8,
      accepted: 0,
      acceptedCollective: 0,
      acceptedByWorkers: 0,
      workers: 0,
      workersCollective: 0,
      'cause.wages': 0,
      'cause.socialInsurance': 0,
      'cause.termination': 0,
      'cause.other': 0,
      closed: 2, // F, W1
      closedByMediation: 0,
      closedByAward: 1, // F
      closedOther: 1, // W1, 视为撤回
      resultEmployer: 0,
      resultWorker: 1, // F, as recorded at closing
      resultPartly: 0,
      claimedFen: 4_300_000, // F 35 000 + W1 8 000 元
      resolvedFen: 3_000_000, // F; a withdrawal settles nothing
      awards: 4, // F, H, I on 12-01; E2 on 12-28
      awardsFinal: 0, // each above 12 months' minimum wage: non-final (Art. 47)
      awardsSplit: 0,
      sued: 2, // I by the worker 12-05, H by the employer 12-10
      setAsideApplied: 0,
      courtUpheld: 0, // H's result comes in January
      courtAmended: 0,
      courtRevoked: 0,
      averageDays: [21.5, 43, 2], // F 11-25 → 12-17 = 22, W1 11-25 → 12-16 = 21
      timelyRate: [1, 2, 2], // F's award 12-01 and W1's withdrawal 12-15, both within the 45 days
      closureRate: [0.25, 2, 8], // 2 ÷ (8 carried over + 0 accepted)
      mediationRate: [0, 0, 2],
    });
    await expectFilesEqualFigures(leader, dec);
    expect(await files(monthPeriod(2026, 12), 'closedByAward')).toEqual([[w.f.caseFileId, '2026-12-17', null]]);
    expect(await files(monthPeriod(2026, 12), 'closedOther')).toEqual([[w.w1.caseFileId, '2026-12-16', null]]);
    expect(await files(monthPeriod(2026, 12), 'sued')).toEqual([
      [w.i.caseFileId, '2026-12-05', null],
      [w.h.caseFileId, '2026-12-10', null],
    ]);
    expect(await files(monthPeriod(2026, 12), 'averageDays')).toEqual([
      [w.w1.caseFileId, '2026-12-16', 21],
      [w.f.caseFileId, '2026-12-17', 22],
    ]);

    // January: W2 (never formally closed) is still carried over with H, I, G, E1 and E2. The court's results come in, a month
    // after the awards and suits: H upheld 01-20, I amended 01-25 — and both are then closed by award (the definition:
    // 裁决后法院改判、撤销的，仍按裁决结案计), each with its result as recorded at closing. G's late award and E1's, within its extension, are made.
    const jan = await compute(monthPeriod(2027, 1));
    expect(figures(jan)).toMatchObject({
      carriedOver: 6, // H, I, G, E1, E2, W2
      accepted: 0,
      closed: 2,
      closedByAward: 2, // H (upheld) and I (amended): closed by award though a party sued
      closedOther: 0,
      resultWorker: 1, // I
      resultPartly: 1, // H
      claimedFen: 9_000_000, // H 60 000 + I 30 000 元
      resolvedFen: 4_500_000, // H 40 000 + I 5 000 元 (the court's amount)
      awards: 2, // G, E1
      sued: 0, // the suits were filed in December
      courtUpheld: 1, // H
      courtAmended: 1, // I
      courtRevoked: 0,
      averageDays: [60, 120, 2], // H: 11-25 → 2027-01-22 = 58, I: → 2027-01-26 = 62
      timelyRate: [1, 2, 2], // both awards made 12-01, within the 45 days
      closureRate: [1 / 3, 2, 6],
    });
    await expectFilesEqualFigures(leader, jan);
    expect((await files(monthPeriod(2027, 1), 'carriedOver')).map(([id]) => id).sort()).toEqual([w.h, w.i, w.g, w.e1, w.e2, w.w2].map((x) => x.caseFileId).sort());
    expect(await files(monthPeriod(2027, 1), 'courtUpheld')).toEqual([[w.h.caseFileId, '2027-01-20', null]]);
    expect(await files(monthPeriod(2027, 1), 'courtAmended')).toEqual([[w.i.caseFileId, '2027-01-25', null]]);
    expect(await files(monthPeriod(2027, 1), 'resolvedFen')).toEqual([
      [w.h.caseFileId, '2027-01-22', 4_000_000],
      [w.i.caseFileId, '2027-01-26', 500_000],
    ]);

    // February: G, awarded after its 45 days, and E1 and E2, extended on approval, closed by award. 时限办结率 with the
    // extension counted (the default): E1 awarded within its extension and E2 within the 45 days are in time, G is not.
    const feb = await compute(monthPeriod(2027, 2));
    expect(figures(feb)).toMatchObject({
      carriedOver: 4, // G, E1, E2, W2
      closed: 3,
      closedByAward: 3,
      resultWorker: 2, // E1, E2
      resultPartly: 1, // G
      claimedFen: 13_000_000, // 50 000 + 40 000 + 40 000 元
      resolvedFen: 9_400_000, // 32 000 + 32 000 + 30 000 元
      courtUpheld: 0,
      courtAmended: 0,
      averageDays: [70, 210, 3], // each 11-25 → 2027-02-03
      timelyRate: [2 / 3, 2, 3],
      closureRate: [0.75, 3, 4],
    });
    await expectFilesEqualFigures(leader, feb);
    expect(await files(monthPeriod(2027, 2), 'timelyRate')).toEqual([
      [w.g.caseFileId, '2027-02-03', null],
      [w.e1.caseFileId, '2027-02-03', null],
      [w.e2.caseFileId, '2027-02-03', null],
    ]);

    // 本局口径: only the 45 days count — the administrator's choice changes the figure and the definitions version. E2,
    // awarded on day 33 though extended, is in time; E1, awarded in its extension, is not; G is late either way.
    const before = (await leader.call('statistics.definitions', {})).version;
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('parameters.set', { key: 'statistics.timelyRate.extendedCounts', region: '*', value: false, effectiveFrom: '2027-02-03', source: '本局口径：局务会决定', confidence: 'local', note: null });
    const after = await leader.call('statistics.definitions', {});
    expect(after.version).toBe(before + 1);
    expect(after.definitions.find((d) => d.key === 'arbitration.timelyRate')!.counts).toContain('只有在四十五日内结案的才算按时');
    const febOwn = await compute(monthPeriod(2027, 2));
    expect(figures(febOwn).timelyRate).toEqual([1 / 3, 1, 3]);
    await expectFilesEqualFigures(leader, febOwn);
    // December's two closings met the 45 days unextended: the same on either basis.
    expect(figures(await compute(monthPeriod(2026, 12))).timelyRate).toEqual([1, 2, 2]);
  }, 240_000);
});
