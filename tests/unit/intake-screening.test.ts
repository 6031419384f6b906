import { describe, expect, it } from 'vitest';
import { screenIntake, type ScreeningInput } from '../../shared/domain/intake-screening';

const base: ScreeningInput = { receivedDate: '2026-03-15', violationEndDate: null, pendingElsewhere: null, route: 'inspection' };
const screen = (over: Partial<ScreeningInput>) => screenIntake({ ...base, ...over });

describe('screening at the desk (监察条例 Arts. 20, 21)', () => {
  it('gives no cut-off and no warning when the end of the violation and other proceedings were not asked', () => {
    expect(screen({})).toEqual({ cutoff: null, warnings: [] });
  });

  it('ends the two years on the corresponding day: a complaint on that day is in time, the next day it is not', () => {
    const inTime = screen({ violationEndDate: '2024-03-15' });
    expect(inTime.cutoff).toEqual({ date: '2026-03-15', passed: false, text: '查处时效（参考）：至2026年3月15日届满（违法行为终止之日起两年）' });
    expect(inTime.warnings).toEqual([]);
    const late = screen({ violationEndDate: '2024-03-15', receivedDate: '2026-03-16' });
    expect(late.cutoff).toMatchObject({ date: '2026-03-15', passed: true, text: '查处时效（参考）：已于2026年3月15日届满，接待时已超过两年' });
    expect(late.warnings).toHaveLength(1);
    expect(late.warnings[0].code).toBe('timeBarred');
    expect(late.warnings[0].message).toBe(
      '违法行为终止于2024年3月15日，至接待之日已超过两年（2026年3月15日届满）。依照《劳动保障监察条例》第二十条，劳动保障行政部门不再查处。可照常登记，是否受理由劳动保障监察机构决定。',
    );
  });

  it('takes the month’s last day where the corresponding day does not exist (29 February)', () => {
    expect(screen({ violationEndDate: '2024-02-29', receivedDate: '2026-02-28' }).cutoff).toMatchObject({ date: '2026-02-28', passed: false });
    expect(screen({ violationEndDate: '2024-02-29', receivedDate: '2026-03-01' }).cutoff).toMatchObject({ date: '2026-02-28', passed: true });
  });

  it('warns about the cut-off only when the matter goes to inspection; the date is still given', () => {
    for (const route of ['arbitration', 'mediation', 'answered', 'referredElsewhere', null] as const) {
      const s = screen({ violationEndDate: '2020-01-01', route });
      expect(s.cutoff?.passed).toBe(true);
      expect(s.warnings).toEqual([]);
    }
  });

  it('warns that a matter already before mediation, arbitration or a court goes on there (Art. 21)', () => {
    const labels = { mediation: '已申请调解', arbitration: '已申请仲裁', court: '已向人民法院起诉' } as const;
    for (const [pending, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
      const s = screen({ pendingElsewhere: pending });
      expect(s.warnings.map((w) => w.code)).toEqual(['pendingElsewhere']);
      expect(s.warnings[0].message).toContain(`该事项${label}。`);
      expect(s.warnings[0].message).toContain('第二十一条');
      expect(screen({ pendingElsewhere: pending, route: 'arbitration' }).warnings).toEqual([]);
    }
    expect(screen({ pendingElsewhere: 'none' }).warnings).toEqual([]);
  });

  it('gives both warnings, cut-off first, when both apply', () => {
    const s = screen({ violationEndDate: '2021-06-30', pendingElsewhere: 'court' });
    expect(s.warnings.map((w) => w.code)).toEqual(['timeBarred', 'pendingElsewhere']);
  });
});
