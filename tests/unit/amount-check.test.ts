import { describe, expect, it } from 'vitest';
import { amountsToConfirm } from '../../shared/domain/amount-check';
import { checkParameterValue, parameterOrFallback, PARAMETER_DEFS, PARAMETER_FALLBACKS } from '../../shared/domain/parameters';

const rows = (...fen: (number | null)[]) => fen.map((amountClaimedFen, i) => ({ name: ['扎西', '次仁', '格桑'][i], amountClaimedFen }));

describe('amounts far above what a worker is owed are confirmed, never refused', () => {
  it('asks about one worker’s claim over the per-worker ceiling, naming the worker and both amounts', () => {
    expect(amountsToConfirm({ workersCount: 2, amountClaimedFen: null, complainants: rows(1_280_000, 123_456_000_00) }, 1_000_000)).toEqual({
      'complainants.1.amountClaimedFen': '次仁的诉求金额 ¥123,456,000.00 超过每人 ¥1,000,000.00，请核对',
    });
  });

  it('compares a total with the ceiling times the workers it covers: a large group’s large total passes', () => {
    expect(amountsToConfirm({ workersCount: 35, amountClaimedFen: 6_120_000_00, complainants: [] }, 1_000_000)).toEqual({});
    expect(amountsToConfirm({ workersCount: 2, amountClaimedFen: 2_000_000_01, complainants: [] }, 1_000_000)).toEqual({
      amountClaimedFen: '诉求金额合计 ¥2,000,000.01，涉及 2 人，平均每人超过 ¥1,000,000.00，请核对',
    });
  });

  it('asks about a total over only because a row is once, at the row', () => {
    expect(Object.keys(amountsToConfirm({ workersCount: 1, amountClaimedFen: 123_456_000_00, complainants: rows(123_456_000_00) }, 1_000_000))).toEqual([
      'complainants.0.amountClaimedFen',
    ]);
  });

  it('takes the ceiling itself, and no amount, as nothing to confirm', () => {
    expect(amountsToConfirm({ workersCount: 1, amountClaimedFen: 1_000_000_00, complainants: rows(1_000_000_00, null) }, 1_000_000)).toEqual({});
    expect(amountsToConfirm({ workersCount: null, amountClaimedFen: 9_000_000_00, complainants: [] }, 1_000_000)).toEqual({});
  });

  it('is a parameter the bureau may set, ¥1,000,000 per worker until it does (confidence: local)', () => {
    expect(PARAMETER_DEFS['intake.amountConfirmAbove']).toMatchObject({ label: '诉求金额核对上限（每人）', type: 'integer', unit: '元' });
    expect(checkParameterValue('intake.amountConfirmAbove', 500_000)).toEqual({ ok: true, value: 500_000 });
    expect(checkParameterValue('intake.amountConfirmAbove', 0)).toMatchObject({ ok: false, reason: '诉求金额核对上限（每人）应在 10000–100000000元 之间' });
    expect(PARAMETER_FALLBACKS['intake.amountConfirmAbove']).toMatchObject({ value: 1_000_000, confidence: 'local' });
    expect(parameterOrFallback('intake.amountConfirmAbove', null)).toBe(1_000_000);
    expect(parameterOrFallback('intake.amountConfirmAbove', 300_000)).toBe(300_000);
  });
});
