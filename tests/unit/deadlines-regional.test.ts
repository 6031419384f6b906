// The regional layer (西藏自治区: 藏历新年, 雪顿节) on top of the national calendar: counted only when the bureau's
// setting says so (deadline.regionalHolidays, UNCONFIRMED, default off), and named in the trace when it moves a date.
// The dates below are test dates, not the region's real holidays.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, type HolidayCalendar } from '../../shared/domain/calendar';
import { computeDeadline } from '../../shared/domain/deadlines';

const TIBET: HolidayCalendar = {
  ...DEFAULT_CALENDAR,
  regional: { region: '西藏自治区', years: [2026], days: new Map([['2026-12-02', { name: '测试节', source: '测试用地方通知' }]]) },
};
const ON = { regionalHolidays: true };

describe('the regional holiday layer', () => {
  it('leaves every date alone by default: without a calendar or settings, and with the layer entered but the setting off', () => {
    const plain = computeDeadline({ rule: 'inspection.accept', start: '2026-11-25' });
    expect(plain.due).toBe('2026-12-02');
    expect(plain.provisional).toBe(false);
    const off = computeDeadline({ rule: 'inspection.accept', start: '2026-11-25', calendar: TIBET });
    expect(off.due).toBe('2026-12-02');
    expect(off.trace.join('\n')).not.toContain('测试节');
    expect(off.calendarVersion).toBe(DEFAULT_CALENDAR.version);
  });

  it('skips a regional day in a working-day count when the setting is on, and names the layer and its source', () => {
    const r = computeDeadline({ rule: 'inspection.accept', start: '2026-11-25', calendar: TIBET, settings: ON });
    expect(r.due).toBe('2026-12-03');
    expect(r.trace.join('\n')).toContain('2026-12-02 测试节（西藏自治区，来源：测试用地方通知）');
    expect(r.calendarVersion).not.toBe(DEFAULT_CALENDAR.version);
    expect(r.calendarVersion).toContain('西藏自治区节日计入期限');
    expect(r.provisional).toBe(false);
  });

  it('rolls a calendar-day period whose last day is a regional day on to the next working day, saying why', () => {
    // 45 days from 2026-10-18 end on Wednesday 2026-12-02.
    expect(computeDeadline({ rule: 'arbitration.award', start: '2026-10-18', calendar: TIBET }).due).toBe('2026-12-02');
    const r = computeDeadline({ rule: 'arbitration.award', start: '2026-10-18', calendar: TIBET, settings: ON });
    expect(r.due).toBe('2026-12-03');
    expect(r.trace).toContain('第45日 2026-12-02 为测试节（西藏自治区，来源：测试用地方通知），顺延至 2026-12-03');
  });

  it('marks a date provisional when the layer counts and a year it runs through has no regional notice entered', () => {
    const r = computeDeadline({ rule: 'inspection.accept', start: '2025-12-29', calendar: TIBET, settings: ON });
    expect(r.provisional).toBe(true);
    expect(r.trace.join('\n')).toContain('2025年西藏自治区地方节日安排未录入');
    expect(computeDeadline({ rule: 'inspection.accept', start: '2025-12-29', calendar: TIBET }).provisional).toBe(false);
  });

  it('takes a make-up working day off when the region rests on it, and says so', () => {
    // 2026-02-14 (Saturday) is a national make-up working day (春节调休上班).
    const onMakeUp: HolidayCalendar = { ...TIBET, regional: { ...TIBET.regional!, days: new Map([['2026-02-14', { name: '测试节', source: '测试用地方通知' }]]) } };
    expect(computeDeadline({ rule: 'inspection.accept', start: '2026-02-12', calendar: onMakeUp }).due).toBe('2026-02-26');
    const r = computeDeadline({ rule: 'inspection.accept', start: '2026-02-12', calendar: onMakeUp, settings: ON });
    expect(r.due).toBe('2026-02-27');
    expect(r.trace.join('\n')).toContain('2026-02-14 测试节（西藏自治区，来源：测试用地方通知）');
  });

  it('lets a national holiday keep its own name where a regional day falls on it', () => {
    const both: HolidayCalendar = { ...TIBET, regional: { ...TIBET.regional!, days: new Map([['2026-10-01', { name: '测试节', source: '测试用地方通知' }]]) } };
    const r = computeDeadline({ rule: 'arbitration.award', start: '2026-08-17', calendar: both, settings: ON });
    expect(r.due).toBe(computeDeadline({ rule: 'arbitration.award', start: '2026-08-17' }).due);
    expect(r.trace.join('\n')).not.toContain('测试节');
  });
});
