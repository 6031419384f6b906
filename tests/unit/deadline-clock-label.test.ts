// A stored clock keeps no label or citation (migration 0046): both are read back from the rule table by the clock's
// key. These tests hold the derived names to what the engine itself names each clock, for every kind of clock.
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, type DeadlineSettings, type RuleId } from '../../shared/domain/deadline-rules';
import { clockCitation, clockLabel, deadlinesFromEvents, type ProceedingEvent } from '../../shared/domain/deadline-state';

describe('a clock named from its stored key', () => {
  it('names a per-party clock and an award route as the engine does', () => {
    const events: ProceedingEvent[] = [
      { kind: 'received', date: '2026-03-02' },
      { kind: 'hearingScheduled', date: '2026-04-20', party: '扎西' },
      { kind: 'hearingScheduled', date: '2026-04-20', party: '拉萨某建筑公司' },
      { kind: 'awardServed', date: '2026-05-11', party: '扎西', partyRole: 'worker', awardFinality: 'final' },
      // Unknown finality and role: every candidate route is listed, each its own clock.
      { kind: 'awardServed', date: '2026-05-12', party: '拉萨某建筑公司' },
    ];
    const states = deadlinesFromEvents(events, { today: '2026-05-15', proceedingKind: 'arbitration' });
    const named = states.filter((s) => s.party !== null);
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const s of states) {
      expect(clockLabel(s.rule, s.party ?? '', s.awardFinality ?? '')).toBe(s.label);
      expect(clockCitation(s.rule)).toBe(s.citation);
    }
    expect(states.map((s) => s.label)).toContain(`${RULES['arbitration.hearingNotice'].label}（扎西）`);
    expect(states.some((s) => s.label.endsWith('（扎西，终局裁决）'))).toBe(true);
    expect(states.some((s) => s.label.endsWith('（拉萨某建筑公司，非终局裁决）'))).toBe(true);
  });

  it('gives every rule its own label and article, and a rule no longer known its id and no article', () => {
    for (const id of RULE_IDS) {
      expect(clockLabel(id, '', '')).toBe(RULES[id as RuleId].label);
      expect(clockCitation(id)).toBe(RULES[id as RuleId].citation);
      expect(clockCitation(id).length).toBeGreaterThan(3);
    }
    expect(clockLabel('arbitration.retired', '', '')).toBe('arbitration.retired');
    expect(clockCitation('arbitration.retired')).toBe('');
    // A prototype key is not a rule.
    expect(clockLabel('toString', '', '')).toBe('toString');
  });

  it('is not changed by the settings (they set lengths and units, not names)', () => {
    const events: ProceedingEvent[] = [{ kind: 'received', date: '2026-03-02' }];
    const plain = deadlinesFromEvents(events, { today: '2026-03-03', proceedingKind: 'arbitration' });
    const set = deadlinesFromEvents(events, { today: '2026-03-03', proceedingKind: 'arbitration', settings: { units: { 'arbitration.accept': 'calendarDay' } } });
    expect(set.map((s) => [s.rule, s.label, s.citation])).toEqual(plain.map((s) => [s.rule, s.label, s.citation]));
    for (const s of set) expect(s.label).toBe(clockLabel(s.rule, '', ''));
  });
});

describe('the engine computing many proceedings on one basis (recompute, seed:large)', () => {
  const events: ProceedingEvent[] = [
    { kind: 'received', date: '2026-03-02' },
    { kind: 'accepted', date: '2026-03-04' },
  ];

  it('gives each call its own arrays: one caller changing its trace changes nothing for the next', () => {
    const settings = {};
    const first = deadlinesFromEvents(events, { today: '2026-03-05', proceedingKind: 'arbitration', settings });
    const again = () => deadlinesFromEvents(events, { today: '2026-03-05', proceedingKind: 'arbitration', settings });
    const before = JSON.stringify(again());
    for (const s of first) {
      s.trace.push('被调用方改动');
      s.warnings.push('被调用方改动');
    }
    expect(JSON.stringify(again())).toBe(before);
  });

  it('follows a new settings object (a changed parameter) at once', () => {
    const received: ProceedingEvent[] = [{ kind: 'received', date: '2026-03-04' }];
    const due = (settings: DeadlineSettings) => deadlinesFromEvents(received, { today: '2026-03-04', proceedingKind: 'arbitration', settings }).find((s) => s.rule === 'arbitration.accept')!.due;
    // From Wednesday 4 March 2026: the fifth working day is Wednesday 11 March; the fifth day is Monday 9 March.
    expect(due({ units: { 'arbitration.accept': 'workingDay' } })).toBe('2026-03-11');
    expect(due({ units: { 'arbitration.accept': 'calendarDay' } })).toBe('2026-03-09');
    expect(due({ units: { 'arbitration.accept': 'workingDay' } })).toBe('2026-03-11');
  });

  it('runs an optional rule only under the settings object that switches it on', () => {
    const closed: ProceedingEvent[] = [
      { kind: 'received', date: '2026-03-02' },
      { kind: 'investigationClosed', date: '2026-04-01' },
    ];
    const rules = (settings: DeadlineSettings) => deadlinesFromEvents(closed, { today: '2026-04-02', proceedingKind: 'inspection', settings }).map((s) => s.rule);
    expect(rules({})).not.toContain('inspection.decide');
    expect(rules({ enabledOptional: ['inspection.decide'] })).toContain('inspection.decide');
    expect(rules({})).not.toContain('inspection.decide');
  });
});
