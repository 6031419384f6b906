// 劳动保障监察案件办理情况 at its edges, on files built through the core's channels (tests/helpers/statistics-world-
// inspection.ts tells each story): an investigation extended on approval and closed within the extension, one extended
// and closed within its 60 working days, one closed after them, for 办结率 and 时限办结率 on both of the
// administrator's bases; a worker paid by the 建设单位 and from the 工资保证金, each payment counted once, for its
// payer. Every figure counted by hand; the files behind every figure equal to it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { inspectionCounter } from '../../electron/core/statistics/inspection';
import type { StatScope } from '../../electron/core/statistics/table';
import { CLOSURE_BASIS_PARAMETER, TIMELY_EXTENDED_PARAMETER } from '../../shared/domain/statistics/inspection';
import { testCore } from '../helpers/core';
import { DB_FILE_NAME } from '../helpers/data-dir';
import { expectDrillDownEqualsFigures, inspectionEdgesWorld } from '../helpers/statistics-world-inspection';

const UNIT = 'unit-540200';
const NOV: StatScope = { from: '2026-11-01', to: '2026-11-30', unitIds: [UNIT] };
const MAR: StatScope = { from: '2027-03-01', to: '2027-03-31', unitIds: [UNIT] };

describe('劳动保障监察案件办理情况 at its edges', () => {
  it('times each investigation by its own clock, with and without the approved extension, and counts each payment once by its payer', async () => {
    const t = await testCore();
    const w = await inspectionEdgesWorld(t);
    // The clocks as the deadline engine stored them: X's 60 working days superseded by the extension, met within it;
    // L's met late.
    expect(await w.due(w.x)).toEqual({ 'inspection.investigate': ['2027-02-22', 'extended'], 'inspection.investigate.extended': ['2027-04-06', 'met'] });
    expect(await w.due(w.l)).toEqual({ 'inspection.investigate': ['2027-02-22', 'metLate'] });
    expect(await w.due(w.y)).toEqual({ 'inspection.investigate': ['2027-02-22', 'extended'], 'inspection.investigate.extended': ['2027-04-06', 'met'] });
    const db = openDatabase(join(t.dataDir, DB_FILE_NAME), { readonly: true });
    try {
      const v = (scope: StatScope, basis: Record<string, string | boolean> = {}) => inspectionCounter.count(db, scope, basis);
      const ids = (scope: StatScope, key: string, basis: Record<string, string | boolean> = {}) => inspectionCounter.files(db, scope, key, basis).map((f) => [f.id, f.date, f.amount]);
      const other = { [CLOSURE_BASIS_PARAMETER]: 'ofReceived', [TIMELY_EXTENDED_PARAMETER]: false };

      // November: all three received, accepted and filed; nothing closed yet.
      const nov = v(NOV);
      expect(['received', 'accepted', 'filed', 'workers', 'closed', 'recovered'].map((k) => nov[`inspection.${k}`]!.value)).toEqual([3, 3, 3, 3, 0, 0]);
      expect(nov['inspection.closureRate']).toEqual({ value: 0, numerator: 0, denominator: 3 }); // 0 ÷ (0 carried + 3 accepted)
      expect(v(NOV, other)['inspection.closureRate']).toEqual({ value: 0, numerator: 0, denominator: 3 }); // of the 3 accepted, none closed
      expect(nov['inspection.onTimeRate']).toEqual({ value: null, numerator: 0, denominator: 0 });

      // February: Y, extended but closed 02-10 within its 60 working days, is in time on either basis. 办结率: 1 closed ÷
      // (3 carried over + 0 accepted); of February's acceptances (none) — undefined.
      const FEB: StatScope = { from: '2027-02-01', to: '2027-02-28', unitIds: [UNIT] };
      expect([v(FEB)['inspection.onTimeRate'], v(FEB, other)['inspection.onTimeRate']]).toEqual([
        { value: 1, numerator: 1, denominator: 1 },
        { value: 1, numerator: 1, denominator: 1 },
      ]);
      expect([v(FEB)['inspection.closureRate'], v(FEB, other)['inspection.closureRate']]).toEqual([
        { value: 1 / 3, numerator: 1, denominator: 3 },
        { value: null, numerator: 0, denominator: 0 },
      ]);

      // March: X and L closed, 全额支付.
      const mar = v(MAR);
      expect([mar['inspection.closed']!.value, mar['inspection.closed.paidInFull']!.value]).toEqual([2, 2]);
      // 8 000 元 to each worker: X's from the 建设单位 and the deposit, L's from the employer — each payment once, for the
      // payer recorded on it (X's are not the employer's too), so the payers' figures sum to the total.
      const payers = ['employer', 'generalContractor', 'projectOwner', 'wageDeposit', 'emergencyFund'].map((k) => mar[`inspection.recovered.${k}`]!.value);
      expect(payers).toEqual([800_000, 0, 500_000, 300_000, 0]);
      expect([mar['inspection.recovered']!.value, mar['inspection.recoveredWorkers']!.value]).toEqual([1_600_000, 2]); // 拉巴 paid twice: one worker
      expect(ids(MAR, 'inspection.recovered.projectOwner')).toEqual([[w.x, '2027-03-15', 500_000]]);
      expect(ids(MAR, 'inspection.recovered.wageDeposit')).toEqual([[w.x, '2027-03-15', 300_000]]);
      expect(ids(MAR, 'inspection.recovered.employer')).toEqual([[w.l, '2027-03-15', 800_000]]);
      expect(ids(MAR, 'inspection.recovered')).toEqual([
        [w.x, '2027-03-15', 800_000],
        [w.l, '2027-03-15', 800_000],
      ]);
      expect(ids(MAR, 'inspection.recoveredWorkers').map(([, , n]) => n)).toEqual([1, 1]);

      // 办结率, default: 2 closed ÷ (2 carried over + 0 accepted in March). 时限办结率, extension counted (default): X, closed
      // after its 60 working days (02-22) but within the approved extension (04-06), is in time; L, late, is not.
      expect(mar['inspection.closureRate']).toEqual({ value: 1, numerator: 2, denominator: 2 });
      expect(mar['inspection.onTimeRate']).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
      expect(ids(MAR, 'inspection.onTimeRate').map(([id]) => id)).toEqual([w.x, w.l]);
      // The other basis: of March's acceptances (none) those closed — undefined, never a division by zero; and only
      // a close within the 60 working days is in time — neither.
      const marOther = v(MAR, other);
      expect(marOther['inspection.closureRate']).toEqual({ value: null, numerator: 0, denominator: 0 });
      expect(marOther['inspection.onTimeRate']).toEqual({ value: 0, numerator: 0, denominator: 2 });
      expect(inspectionCounter.definitions(other).find((d) => d.key === 'inspection.onTimeRate')!.counts).toContain('不计经批准延长的期限');
      // Over the whole span the 办结率 bases agree: 3 accepted, all closed in it. 时限办结率: X and Y with the extension
      // counted; only Y (closed within the 60) without it.
      const span: StatScope = { from: '2026-11-01', to: '2027-03-31', unitIds: [UNIT] };
      expect([v(span)['inspection.closureRate'], v(span, other)['inspection.closureRate']]).toEqual([
        { value: 1, numerator: 3, denominator: 3 },
        { value: 1, numerator: 3, denominator: 3 },
      ]);
      expect([v(span)['inspection.onTimeRate'], v(span, other)['inspection.onTimeRate']]).toEqual([
        { value: 2 / 3, numerator: 2, denominator: 3 },
        { value: 1 / 3, numerator: 1, denominator: 3 },
      ]);

      for (const scope of [NOV, FEB, MAR, span]) for (const basis of [{}, other]) expectDrillDownEqualsFigures(db, scope, basis);
    } finally {
      db.close();
    }
  }, 240_000);
});
