// 劳动争议处理情况 after the award, on fixed data built through the core's channels (tests/helpers/statistics-world-
// award.ts tells each case's story): cases closed by award with the result recorded at closing, in time and late; suits
// after the award and the court's 维持 and 改判 in a later month than the award; a 视为撤回 whose closing is recorded
// (counted under 其他方式) and one whose closing is not (not closed, still carried over). Every figure counted by hand;
// the files behind every figure equal to it.
import { describe, expect, it } from 'vitest';
import { monthPeriod } from '../../shared/domain/statistics/period';
import { testCore } from '../helpers/core';
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

    // November: the six cases accepted, none closed, no award yet.
    const nov = await compute(monthPeriod(2026, 11));
    expect(figures(nov)).toMatchObject({ carriedOver: 0, accepted: 6, acceptedByWorkers: 6, workers: 6, 'cause.other': 6, closed: 0, awards: 0, sued: 0, averageDays: [null, 0, 0] });
    await expectFilesEqualFigures(leader, nov);

    // December: F closed by award (劳动者胜诉) and W1's 视为撤回 closed; W2, deemed withdrawn on 12-15 but with no closing
    // recorded, is not a case closed (the definition: 视为撤回后未办结案手续的不计). Three awards made on 12-01; two suits.
    const dec = await compute(monthPeriod(2026, 12));
    expect(figures(dec)).toEqual({
      carriedOver: 6,
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
      awards: 3, // F, H, I on 12-01
      awardsFinal: 0, // each above 12 months' minimum wage: non-final (Art. 47)
      awardsSplit: 0,
      sued: 2, // I by the worker 12-05, H by the employer 12-10
      setAsideApplied: 0,
      courtUpheld: 0, // H's result comes in January
      courtAmended: 0,
      courtRevoked: 0,
      averageDays: [21.5, 43, 2], // F 11-25 → 12-17 = 22, W1 11-25 → 12-16 = 21
      timelyRate: [1, 2, 2], // F's award 12-01 and W1's withdrawal 12-15, both within the 45 days
      closureRate: [1 / 3, 2, 6], // 2 ÷ (6 carried over + 0 accepted)
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

    // January: W2 (never formally closed) is still carried over with H, I and G. The court's results come in, a month
    // after the awards and suits: H upheld 01-20 (and then closed by award, 双方部分胜诉), I amended 01-25 (still open).
    // G's late award is made.
    const jan = await compute(monthPeriod(2027, 1));
    expect(figures(jan)).toMatchObject({
      carriedOver: 4, // H, I, G, W2
      accepted: 0,
      closed: 1,
      closedByAward: 1, // H: closed by award though a party sued — the court upheld the award
      closedOther: 0,
      resultWorker: 0,
      resultPartly: 1,
      claimedFen: 6_000_000,
      resolvedFen: 4_000_000,
      awards: 1, // G
      sued: 0, // the suits were filed in December
      courtUpheld: 1, // H
      courtAmended: 1, // I
      courtRevoked: 0,
      averageDays: [58, 58, 1], // H: 11-25 → 2027-01-22
      timelyRate: [1, 1, 1],
      closureRate: [0.25, 1, 4],
    });
    await expectFilesEqualFigures(leader, jan);
    expect((await files(monthPeriod(2027, 1), 'carriedOver')).map(([id]) => id).sort()).toEqual([w.h, w.i, w.g, w.w2].map((x) => x.caseFileId).sort());
    expect(await files(monthPeriod(2027, 1), 'courtUpheld')).toEqual([[w.h.caseFileId, '2027-01-20', null]]);
    expect(await files(monthPeriod(2027, 1), 'courtAmended')).toEqual([[w.i.caseFileId, '2027-01-25', null]]);

    // February: G, awarded after its 45 days, closed by award — not within the time limit.
    const feb = await compute(monthPeriod(2027, 2));
    expect(figures(feb)).toMatchObject({
      carriedOver: 3, // I, G, W2
      closed: 1,
      closedByAward: 1,
      resultPartly: 1,
      claimedFen: 5_000_000,
      resolvedFen: 3_200_000,
      courtUpheld: 0,
      courtAmended: 0,
      averageDays: [70, 70, 1], // G: 11-25 → 2027-02-03
      timelyRate: [0, 0, 1], // its award clock met late
      closureRate: [1 / 3, 1, 3],
    });
    await expectFilesEqualFigures(leader, feb);
    expect(await files(monthPeriod(2027, 2), 'timelyRate')).toEqual([[w.g.caseFileId, '2027-02-03', null]]);
  }, 240_000);
});
