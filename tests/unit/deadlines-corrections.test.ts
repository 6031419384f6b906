// The statutory corrections (issue #9): each case below is the test that would have caught a date the engine got
// wrong. Every expected date was counted by hand on the 2025 and 2026 notices (the table at the top of
// deadlines-hand.test.ts), not copied from the engine's output; the counting is written beside each case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/calendar';
import { RULE_IDS, RULES, type RuleId } from '../../shared/domain/deadline-rules';
import { deadlinesFromEvents, type DeadlineState, type ProceedingEvent } from '../../shared/domain/deadline-state';
import { computeDeadline } from '../../shared/domain/deadlines';

const due = (rule: RuleId, start: string) => computeDeadline({ rule, start }).due;

function states(events: ProceedingEvent[], today: string, rules: RuleId[]): DeadlineState[] {
  return deadlinesFromEvents(events, { today, rules });
}

describe('1. the extended award limit counts from acceptance (调解仲裁法 Art. 43, 办案规则 Art. 45)', () => {
  it('the issue’s case: accepted 2025-08-17 → 2025-10-16 (day 60), not 10/24', () => {
    expect(due('arbitration.award.extended', '2025-08-17')).toBe('2025-10-16');
  });

  it('the trace says which reading gave the date, and the base period’s rolled date', () => {
    const { trace } = computeDeadline({ rule: 'arbitration.award.extended', start: '2025-08-17' });
    const text = trace.join('\n');
    expect(text).toContain('按本单位设置，延长后的期限自 2025-08-17 起连续计算，共 60日');
    expect(text).toContain('原期限的届满日为 2025-10-09');
  });

  it('in a case log: an approved extension shows the 60th day; a 中止 inside still pushes it on day for day', () => {
    const events: ProceedingEvent[] = [
      { kind: 'accepted', date: '2025-08-17' },
      { kind: 'extended', date: '2025-09-25', rule: 'arbitration.award' },
    ];
    const s = states(events, '2025-09-26', ['arbitration.award', 'arbitration.award.extended']);
    expect(s.find((x) => x.rule === 'arbitration.award')).toMatchObject({ due: '2025-10-09', status: 'extended' });
    expect(s.find((x) => x.rule === 'arbitration.award.extended')).toMatchObject({ due: '2025-10-16', status: 'running' });
    // 中止 9/1–9/5 (5 days): 8/18–8/31 =1–14; 9/6 =15 … 9/30 =39; 10/1 =40 … 10/21 =60 (Tue)
    const paused = states(
      [...events, { kind: 'paused', date: '2025-09-01' }, { kind: 'resumed', date: '2025-09-06' }],
      '2025-09-26',
      ['arbitration.award.extended'],
    );
    expect(paused[0].due).toBe('2025-10-21');
  });

  it('property: for every rule and start, counting from the start never gives a later date than counting from the rolled day', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULE_IDS), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 }), (rule, s, off, len) => {
        const start = addDays('2025-01-01', s);
        const pauses = len === 0 ? [] : [{ from: addDays(start, off + 1), to: addDays(start, off + len) }];
        const fromStart = computeDeadline({ rule, start, pauses }).due;
        const fromRolled = computeDeadline({ rule, start, pauses, settings: { extensionCountedFrom: 'rolledDue' } }).due;
        return fromStart <= fromRolled;
      }),
      { numRuns: 2000 },
    );
  });

  it('the working-day extension (监察条例 Art. 17, +30) is the same on both readings: nothing is rolled', () => {
    // 60 + 30 working days either way
    for (const start of ['2025-01-02', '2025-09-25', '2026-01-13']) {
      expect(computeDeadline({ rule: 'inspection.investigate.extended', start, settings: { extensionCountedFrom: 'rolledDue' } }).due).toBe(
        due('inspection.investigate.extended', start),
      );
    }
  });
});

describe('2. a 补正 restarts receipt (办案规则 Art. 46(2)); the missing items are told at once (Art. 29)', () => {
  const accept = (events: ProceedingEvent[], today: string) => states(events, today, ['arbitration.accept'])[0];

  it('received 3/2, supplemented Fri 3/20: acceptance is due 3/27, not overdue', () => {
    // 3/23 =1, 3/24 =2, 3/25 =3, 3/26 =4, 3/27 =5
    const s = accept([{ kind: 'received', date: '2026-03-02' }, { kind: 'supplemented', date: '2026-03-20' }], '2026-03-24');
    expect(s).toMatchObject({ startedOn: '2026-03-20', due: '2026-03-27', status: 'dueSoon' });
    expect(s.trace[0]).toContain('自补正之日起重新计算（《劳动人事争议仲裁办案规则》第四十六条第二项）');
    // without the 补正 it would be 3/9, and overdue by 3/24
    expect(accept([{ kind: 'received', date: '2026-03-02' }], '2026-03-24')).toMatchObject({ due: '2026-03-09', status: 'overdue' });
  });

  it('a 补正 handed in on a holiday (Fri 2025-10-03, 国庆): 10/9 =1, 10/10 =2, Sat 10/11 make-up =3, 10/13 =4, 10/14 =5', () => {
    expect(accept([{ kind: 'received', date: '2025-09-22' }, { kind: 'supplemented', date: '2025-10-03' }], '2025-10-09').due).toBe('2025-10-14');
  });

  it('a 补正 just before a holiday (Wed 2026-09-30): 10/8 =1, 10/9 =2, Sat 10/10 make-up =3, 10/12 =4, 10/13 =5', () => {
    expect(accept([{ kind: 'received', date: '2026-09-25' }, { kind: 'supplemented', date: '2026-09-30' }], '2026-10-08').due).toBe('2026-10-13');
  });

  it('a 补正 just after a holiday (Tue 2026-02-24): 2/25 =1, 2/26 =2, 2/27 =3, Sat 2/28 make-up =4, 3/2 =5', () => {
    expect(accept([{ kind: 'received', date: '2026-02-12' }, { kind: 'supplemented', date: '2026-02-24' }], '2026-02-25').due).toBe('2026-03-02');
  });

  it('as calendar days (a setting): the 补正 on 2026-09-30 + 5 = 10/5 (国庆) → 10/8', () => {
    const s = deadlinesFromEvents([{ kind: 'received', date: '2026-09-25' }, { kind: 'supplemented', date: '2026-09-30' }], {
      today: '2026-10-08',
      rules: ['arbitration.accept'],
      settings: { units: { 'arbitration.accept': 'calendarDay' } },
    });
    expect(s[0].due).toBe('2026-10-08');
  });

  it('a 补正 does not restart the award clock, which runs from acceptance; acceptance after the 补正 meets the duty', () => {
    const events: ProceedingEvent[] = [
      { kind: 'received', date: '2026-03-02' },
      { kind: 'supplementRequested', date: '2026-03-03' },
      { kind: 'supplemented', date: '2026-03-20' },
      { kind: 'accepted', date: '2026-03-25' },
    ];
    const s = states(events, '2026-03-26', ['arbitration.supplementNotice', 'arbitration.accept', 'arbitration.award']);
    expect(s.find((x) => x.rule === 'arbitration.supplementNotice')).toMatchObject({ due: '2026-03-09', status: 'met', metOn: '2026-03-03' });
    expect(s.find((x) => x.rule === 'arbitration.accept')).toMatchObject({ due: '2026-03-27', status: 'met', metOn: '2026-03-25' });
    // 3/26 =1 … 3/31 =6; 4/1 =7 … 4/30 =36; 5/1 =37 … 5/9 =45 (make-up Saturday, a working day) → 5/9
    expect(s.find((x) => x.rule === 'arbitration.award')).toMatchObject({ startedOn: '2026-03-25', due: '2026-05-09' });
  });

  it('the one-time notice of missing items: 5 working days from receipt over 劳动节 2026 (4/30 → 5/11)', () => {
    // 5/1–5/5 off; 5/6 =1, 5/7 =2, 5/8 =3, Sat 5/9 make-up =4, 5/11 =5
    expect(due('arbitration.supplementNotice', '2026-04-30')).toBe('2026-05-11');
    expect(RULES['arbitration.supplementNotice'].citation).toContain('第二十九条');
  });
});

describe('3. who may challenge which award (调解仲裁法 Arts. 48–50), per party from its own service', () => {
  const ROUTES: RuleId[] = ['award.sue', 'award.setAside'];
  const summary = (s: DeadlineState[]) => s.map((x) => `${x.rule} ${x.party} ${x.awardFinality} ${x.due}`).sort();
  const worker = (date: string, f?: 'final' | 'nonFinal'): ProceedingEvent => ({ kind: 'awardServed', date, party: '扎西', partyRole: 'worker', awardFinality: f });
  const employer = (date: string, f?: 'final' | 'nonFinal'): ProceedingEvent => ({ kind: 'awardServed', date, party: '雪域建筑', partyRole: 'employer', awardFinality: f });

  it('a final award: the worker may sue (15 days from 3/2 → 3/17); the employer may only apply to set it aside (30 days from 3/4 → 4/3)', () => {
    const s = states([worker('2026-03-02', 'final'), employer('2026-03-04', 'final')], '2026-03-05', ROUTES);
    expect(summary(s)).toEqual(['award.setAside 雪域建筑 final 2026-04-03', 'award.sue 扎西 final 2026-03-17']);
    expect(s.find((x) => x.rule === 'award.sue')?.label).toBe('不服裁决向人民法院起诉（扎西，终局裁决）');
  });

  it('a non-final award: either party may sue within 15 days of its own service (3/17 and 3/19); no set-aside route', () => {
    const s = states([worker('2026-03-02', 'nonFinal'), employer('2026-03-04', 'nonFinal')], '2026-03-05', ROUTES);
    expect(summary(s)).toEqual(['award.sue 扎西 nonFinal 2026-03-17', 'award.sue 雪域建筑 nonFinal 2026-03-19']);
  });

  it('a split award gives each part its own routes', () => {
    const s = states(
      [worker('2026-03-02', 'final'), worker('2026-03-02', 'nonFinal'), employer('2026-03-04', 'final'), employer('2026-03-04', 'nonFinal')],
      '2026-03-05',
      ROUTES,
    );
    expect(summary(s)).toEqual([
      'award.setAside 雪域建筑 final 2026-04-03',
      'award.sue 扎西 final 2026-03-17',
      'award.sue 扎西 nonFinal 2026-03-17',
      'award.sue 雪域建筑 nonFinal 2026-03-19',
    ]);
  });

  it('one party’s suit meets its own clock only', () => {
    const s = states(
      [worker('2026-03-02', 'nonFinal'), employer('2026-03-04', 'nonFinal'), { kind: 'sued', date: '2026-03-10', party: '扎西' }],
      '2026-03-20',
      ROUTES,
    );
    expect(s.find((x) => x.party === '扎西')).toMatchObject({ status: 'met', metOn: '2026-03-10' });
    expect(s.find((x) => x.party === '雪域建筑')).toMatchObject({ status: 'lapsed', metOn: null });
  });

  it('an award served with its finality or the party’s side unrecorded shows every candidate, and says so', () => {
    const s = states([{ kind: 'awardServed', date: '2026-03-02', party: '某当事人' }], '2026-03-05', ROUTES);
    expect(summary(s)).toEqual(['award.setAside 某当事人 final 2026-04-01', 'award.sue 某当事人 final 2026-03-17', 'award.sue 某当事人 nonFinal 2026-03-17']);
    expect(s[0].trace.some((l) => l.includes('未记录：列出可能适用的期限'))).toBe(true);
  });

  it('after the court sets a final award aside, a party may sue within 15 days of the ruling (2025-09-19 → 10/4 国庆 → 10/9)', () => {
    expect(due('award.sueAfterSetAside', '2025-09-19')).toBe('2025-10-09');
  });
});

describe('4. the hearing-date rules count back from the hearing itself', () => {
  it('the trigger is the hearing (its date), not the day a date was fixed', () => {
    expect(RULES['arbitration.hearingNotice'].trigger).toBe('hearingScheduled');
    expect(RULES['arbitration.postponeRequest'].trigger).toBe('hearingScheduled');
    // a hearing on Thu 2026-03-26: 3/25 =1, 3/24 =2, 3/23 =3, 3/20 =4, 3/19 =5 → the notice by 3/19
    const s = states([{ kind: 'hearingScheduled', date: '2026-03-26' }], '2026-03-10', ['arbitration.hearingNotice']);
    expect(s[0]).toMatchObject({ due: '2026-03-19', status: 'running' });
  });
});

describe('5. inspection decisions: 行政处罚法 for penalties, not for the order to pay', () => {
  it('penalty.serveDecision: 7 working days from 宣告 in the party’s absence (Arts. 61, 85); on by default', () => {
    // from Tue 2026-09-29: 9/30 =1; 10/1–7 off; 10/8 =2, 10/9 =3, Sat 10/10 make-up =4, 10/12 =5, 10/13 =6, 10/14 =7
    expect(due('penalty.serveDecision', '2026-09-29')).toBe('2026-10-14');
    const s = deadlinesFromEvents([{ kind: 'penaltyAnnouncedAbsent', date: '2026-09-29' }], { today: '2026-09-30', proceedingKind: 'inspection' });
    expect(s.map((x) => x.rule)).toContain('penalty.serveDecision');
    expect(RULES['penalty.serveDecision']).not.toHaveProperty('optional');
  });

  it('inspection.serveDecision (行政处理) stays an optional setting and no longer cites 行政处罚法 as its source', () => {
    expect(RULES['inspection.serveDecision']).toMatchObject({ optional: true, confidence: 'unconfirmed' });
    expect(RULES['inspection.serveDecision'].citation).not.toContain('行政处罚法');
  });

  it('penalty.decide: 90 days from 立案 (Art. 60), computed for a case that intends a penalty', () => {
    // from Sat 2026-01-10: 1/11 =1 … 1/31 =21; 2/28 =49; 3/31 =80; 4/10 =90 (Fri)
    expect(due('penalty.decide', '2026-01-10')).toBe('2026-04-10');
    const filed: ProceedingEvent[] = [{ kind: 'filed', date: '2026-01-10' }];
    expect(deadlinesFromEvents(filed, { today: '2026-01-12', proceedingKind: 'inspection' }).map((x) => x.rule)).not.toContain('penalty.decide');
    const penalty = deadlinesFromEvents([...filed, { kind: 'penaltyIntended', date: '2026-01-10' }], { today: '2026-01-12', proceedingKind: 'inspection' });
    expect(penalty.find((x) => x.rule === 'penalty.decide')).toMatchObject({ due: '2026-04-10', status: 'running' });
  });

  it('warns when the investigation (or its +30 extension, 监察条例 Art. 17) runs past the 90 days', () => {
    // filed Sat 2026-01-10: 60 working days end Fri 4/10 (= the 90th day): no warning; +30 → Tue 5/26: warning
    const base = computeDeadline({ rule: 'inspection.investigate', start: '2026-01-10' });
    expect(base).toMatchObject({ due: '2026-04-10', warnings: [] });
    const ext = computeDeadline({ rule: 'inspection.investigate.extended', start: '2026-01-10' });
    expect(ext.due).toBe('2026-05-26');
    expect(ext.warnings).toEqual([
      '注意：如本案拟作出行政处罚：《行政处罚法》第六十条要求自立案之日起九十日内作出处罚决定，即 2026-04-10 前；本期限届满日 2026-05-26 晚于该日，处罚决定不能等到本期限届满才作出',
    ]);
    expect(ext.trace).toContain(ext.warnings[0]);
    // filed Tue 2026-01-13: the 90th day is Mon 4/13, the 60th working day Tue 4/14 — the base period alone runs past it
    expect(computeDeadline({ rule: 'inspection.investigate', start: '2026-01-13' })).toMatchObject({ due: '2026-04-14' });
    expect(computeDeadline({ rule: 'inspection.investigate', start: '2026-01-13' }).warnings).toHaveLength(1);
  });

  it('penalty.hearingNotice: at least 7 working days before the 听证 (Art. 64(2)) — a hearing on Mon 2026-10-12 → by Thu 9/24', () => {
    // back: Sat 10/10 make-up =1, 10/9 =2, 10/8 =3, 10/1–7 off, 9/30 =4, 9/29 =5, 9/28 =6, 9/25–27 off (中秋), 9/24 =7
    expect(due('penalty.hearingNotice', '2026-10-12')).toBe('2026-09-24');
  });

  it('15 days to sue after a 复议 decision (行政诉讼法 Art. 45): received 2026-09-16 → 10/1 (国庆) → 10/8', () => {
    expect(due('decision.litigationAfterReconsideration', '2026-09-16')).toBe('2026-10-08');
  });
});

describe('12. a provisional date names every day it assumed off', () => {
  it('60 working days from 2026-12-05 → 2027-03-03, skipping 2027’s 元旦 and 春节 as computed holidays, and saying so', () => {
    // Dec 7–31 = 19; 1/1 (Fri) skipped; 1/4–2/4 = 43; 2/5 (Fri) and 2/8 (Mon) skipped; 2/9–3/3 = 60
    const r = computeDeadline({ rule: 'inspection.investigate', start: '2026-12-05' });
    expect(r).toMatchObject({ due: '2027-03-03', provisional: true });
    const note = r.trace.find((l) => l.startsWith('2027年放假安排未录入'));
    expect(note).toBe(
      '2027年放假安排未录入，日期为暂定（按普通周末计算，调休安排未知）；其中按《全国年节及纪念日放假办法》推算的法定节日视为休息日、未计入的有：2027-01-01（星期五，元旦）、2027-02-05（星期五，春节）、2027-02-08（星期一，春节）——这些是推算结果，不是国务院办公厅的放假通知',
    );
  });

  it('a calendar-day period in 2027 that only crosses holidays assumes nothing and lists nothing', () => {
    // award.sue from 2027-01-04: 1/19 (Tue) — no day was treated as off
    const r = computeDeadline({ rule: 'award.sue', start: '2027-01-04' });
    expect(r.due).toBe('2027-01-19');
    expect(r.trace).toContain('2027年放假安排未录入，日期为暂定（按普通周末计算，调休安排未知）');
  });
});

describe('2b. an inspection complaint’s 补正: the earlier date by default, the other reading a setting', () => {
  const events: ProceedingEvent[] = [
    { kind: 'received', date: '2026-03-02' },
    { kind: 'supplemented', date: '2026-03-20' },
  ];
  it('by default the 5 working days run from receipt (若干规定 Art. 18 is silent): 3/9', () => {
    expect(states(events, '2026-03-10', ['inspection.accept'])[0]).toMatchObject({ due: '2026-03-09', status: 'overdue' });
  });
  it('with the setting they run from the 补正: 3/27, and the trace says it is the bureau’s reading', () => {
    const s = deadlinesFromEvents(events, { today: '2026-03-24', rules: ['inspection.accept'], settings: { inspectionSupplementRestarts: true } })[0];
    expect(s).toMatchObject({ startedOn: '2026-03-20', due: '2026-03-27' });
    expect(s.trace[0]).toContain('按本单位设置，受理期限自补正之日起重新计算');
  });
});
