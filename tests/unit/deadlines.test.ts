import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarFromRows, DEFAULT_CALENDAR, dayKind, defaultCalendarRows, isWorkingDay, shiftWorkingDays } from '../../shared/domain/calendar';
import { RULE_IDS, RULES, ruleDef, type RuleId } from '../../shared/domain/deadline-rules';
import { computeDeadline } from '../../shared/domain/deadlines';

const dates2025to2026 = fc.integer({ min: 0, max: 729 }).map((n) => addDays('2025-01-01', n));
const afterRules = RULE_IDS.filter((id) => ruleDef(id).direction === 'after');

describe('the bundled national calendar', () => {
  it('covers 2004–2026 and knows the 2025 make-up working days of DOMAIN.md §5.4', () => {
    expect(DEFAULT_CALENDAR.years[0]).toBe(2004);
    expect(DEFAULT_CALENDAR.years.at(-1)).toBe(2026);
    for (const d of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) expect(dayKind(DEFAULT_CALENDAR, d)).toBe('makeUpWorkday');
    expect(dayKind(DEFAULT_CALENDAR, '2026-02-17')).toBe('holiday');
    expect(isWorkingDay(DEFAULT_CALENDAR, '2026-02-24')).toBe(true);
  });
});

describe('shiftWorkingDays', () => {
  it('counts working days forward and back, skipping weekends and the National Day break, never counting the date itself', () => {
    // 2026-09-30 (Wed) → 10-01…10-07 off (10-10 a make-up Saturday): the 1st working day after is 10-08.
    expect(shiftWorkingDays(DEFAULT_CALENDAR, '2026-09-30', 1)).toBe('2026-10-08');
    expect(shiftWorkingDays(DEFAULT_CALENDAR, '2026-10-08', -1)).toBe('2026-09-30');
    expect(shiftWorkingDays(DEFAULT_CALENDAR, '2026-12-05', -3)).toBe('2026-12-02');
    expect(shiftWorkingDays(DEFAULT_CALENDAR, '2026-12-02', 0)).toBe('2026-12-02');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const d = addDays('2026-01-01', offset);
        const there = shiftWorkingDays(DEFAULT_CALENDAR, d, n);
        return isWorkingDay(DEFAULT_CALENDAR, there) && (!isWorkingDay(DEFAULT_CALENDAR, d) || shiftWorkingDays(DEFAULT_CALENDAR, there, -n) === d);
      }),
    );
  });
});

describe('computeDeadline', () => {
  it('rolls the 45th day of an award period off the Spring Festival, as the issue’s example says', () => {
    const r = computeDeadline({ rule: 'arbitration.award', start: '2026-01-01' });
    expect(r.due).toBe('2026-02-24');
    expect(r.trace).toContain('第45日 2026-02-15 为春节假期，顺延至 2026-02-24（星期二）'.replace('（星期二）', ''));
    expect(r.provisional).toBe(false);
    expect(r.calendarVersion).toBe('chinese-days@1.5.7');
  });

  it('flags a date in a year whose notice is not entered, and says so', () => {
    const r = computeDeadline({ rule: 'inspection.investigate', start: '2026-11-25' });
    expect(r.provisional).toBe(true);
    // 11/26 … 12/31 = 26 working days; 2027: 1/1 (元旦), 2/5 and 2/8 (春节) are weekdays the law makes holidays → 2/22
    expect(r.due).toBe('2027-02-22');
    expect(r.trace.find((l) => l.startsWith('2027年放假安排未录入，日期为暂定（按普通周末计算，调休安排未知）'))).toContain(
      '2027-01-01（星期五，元旦）、2027-02-05（星期五，春节）、2027-02-08（星期一，春节）',
    );
  });

  it('uses a calendar entered by the bureau: a 2027 notice removes the provisional flag and moves the date', () => {
    const { rows, years } = defaultCalendarRows();
    // An invented 2027 arrangement for the test: 2027-02-05 … 2027-02-11 off, 2027-02-14 (Sunday) worked.
    const extra = [...Array(7)].map((_, i) => ({ date: addDays('2027-02-05', i), kind: 'off' as const, name: '春节' }));
    const cal = calendarFromRows([...rows, ...extra, { date: '2027-02-14', kind: 'work', name: '春节' }], [...years, 2027], 'test#1');
    const plain = computeDeadline({ rule: 'inspection.investigate', start: '2026-11-25' });
    const entered = computeDeadline({ rule: 'inspection.investigate', start: '2026-11-25', calendar: cal });
    expect(entered.provisional).toBe(false);
    expect(entered.due > plain.due).toBe(true);
    expect(entered.calendarVersion).toBe('test#1');
  });

  it('lets the bureau set the unit of the short arbitration periods', () => {
    const working = computeDeadline({ rule: 'arbitration.accept', start: '2026-09-30' });
    const calendar = computeDeadline({ rule: 'arbitration.accept', start: '2026-09-30', settings: { units: { 'arbitration.accept': 'calendarDay' } } });
    expect(working.due).toBe('2026-10-13');
    expect(calendar.due).toBe('2026-10-08');
    // The statutory 45-day period cannot be switched to working days.
    expect(computeDeadline({ rule: 'arbitration.award', start: '2026-01-01', settings: { units: { 'arbitration.award': 'workingDay' } } }).due).toBe('2026-02-24');
  });

  it('treats a make-up Saturday as a working day for roll-forward unless the bureau says otherwise', () => {
    // 2026-02-13 + 15 days = 2026-02-28, a make-up working Saturday.
    expect(computeDeadline({ rule: 'award.sue', start: '2026-02-13' }).due).toBe('2026-02-28');
    expect(computeDeadline({ rule: 'award.sue', start: '2026-02-13', settings: { makeUpWorkdayStopsRollForward: false } }).due).toBe('2026-03-02');
  });

  it('ends a month period on the corresponding day, or the month’s last day', () => {
    expect(computeDeadline({ rule: 'decision.litigation', start: '2026-01-31' }).due).toBe('2026-07-31');
    // 2025-11-30 + 3 months: no 30 February, so the month's last day, 2026-02-28 — a make-up working Saturday.
    expect(computeDeadline({ rule: 'enforcement.court', start: '2025-11-30' }).due).toBe('2026-02-28');
  });

  it('all rules: the due date is never a day off', () => {
    fc.assert(
      fc.property(dates2025to2026, fc.constantFrom(...RULE_IDS), (start, rule) => {
        const { due } = computeDeadline({ rule, start });
        expect(isWorkingDay(DEFAULT_CALENDAR, due)).toBe(true);
      }),
    );
  });

  it('all rules: counting is monotone — a later start never gives an earlier date', () => {
    fc.assert(
      fc.property(dates2025to2026, fc.constantFrom(...afterRules), (start, rule) => {
        expect(computeDeadline({ rule, start: addDays(start, 1) }).due >= computeDeadline({ rule, start }).due).toBe(true);
      }),
    );
  });

  it('adding a pause never makes a deadline earlier', () => {
    fc.assert(
      fc.property(dates2025to2026, fc.constantFrom<RuleId>('arbitration.award', 'arbitration.award.extended', 'decision.litigation', 'inspection.accept'), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20 }), (start, rule, offset, length) => {
        const pause = { from: addDays(start, offset), to: addDays(start, offset + length) };
        expect(computeDeadline({ rule, start, pauses: [pause] }).due >= computeDeadline({ rule, start }).due).toBe(true);
      }),
    );
  });

  it('a "before" rule never lands after the event', () => {
    fc.assert(
      fc.property(dates2025to2026, fc.constantFrom<RuleId>('arbitration.hearingNotice', 'arbitration.postponeRequest'), (event, rule) => {
        expect(computeDeadline({ rule, start: event }).due < event).toBe(true);
      }),
    );
  });

  it('every rule cites its source and says whether it is settled', () => {
    for (const id of RULE_IDS) {
      const def = RULES[id];
      expect(def.citation.length).toBeGreaterThan(3);
      const { trace } = computeDeadline({ rule: id, start: '2026-03-02' });
      expect(trace[0]).toContain(def.citation);
      if (def.confidence === 'unconfirmed') expect(trace[0]).toContain('待核实');
    }
  });
});

describe('a year whose notice is not entered', () => {
  it('still keeps the statutory days the law fixes (放假办法 Art. 2), computing the lunar ones', async () => {
    const { statutoryDaysOff } = await import('../../shared/domain/calendar');
    const days = statutoryDaysOff(2027);
    expect([...days.entries()].filter(([, n]) => n === '春节').map(([d]) => d)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(days.get('2027-10-03')).toBe('国庆节');
    expect(days.size).toBe(13);
    // A 15-day period ending on 2027-10-01 rolls past 国庆 — provisional, and the trace says why.
    const r = computeDeadline({ rule: 'award.sue', start: '2027-09-16' });
    expect(r.due).toBe('2027-10-04');
    expect(r.provisional).toBe(true);
    expect(r.trace.join('\n')).toContain('国庆节假期（法定节日，当年放假安排未录入）');
  });
});

describe('what happens after a date depends on what kind of period it is', () => {
  it('a bureau duty is overdue, a party’s right lapses, a waiting period simply ends', async () => {
    const { deadlinesFromEvents } = await import('../../shared/domain/deadline-state');
    const states = deadlinesFromEvents(
      [
        { kind: 'received', date: '2026-03-02' },
        { kind: 'awardServed', date: '2026-03-02' },
        { kind: 'demandServed', date: '2026-03-02' },
      ],
      { today: '2026-06-01', rules: ['inspection.accept', 'award.sue', 'enforcement.demand'] },
    );
    expect(Object.fromEntries(states.map((s) => [s.rule, s.status]))).toEqual({ 'inspection.accept': 'overdue', 'award.sue': 'lapsed', 'enforcement.demand': 'elapsed' });
  });
});
