import { describe, expect, it } from 'vitest';
import { caseFileRetentionKinds, retentionEndDate, retentionOver, retentionYears } from '../../shared/domain/retention';

describe('retention periods', () => {
  it('ends on the same date N years on; 29 February ends on 28 February in a common year', () => {
    expect(retentionEndDate('2016-11-25', 10)).toBe('2026-11-25');
    expect(retentionEndDate('2016-02-29', 10)).toBe('2026-02-28');
    expect(retentionEndDate('2016-02-29', 8)).toBe('2024-02-29');
  });

  it('is over only from the day after its last day', () => {
    expect(retentionOver('2016-11-25', 10, '2026-11-25')).toBe(false);
    expect(retentionOver('2016-11-25', 10, '2026-11-26')).toBe(true);
  });

  it('keeps an arbitration file closed by award as such, and a mixed file for the longest period', () => {
    expect(caseFileRetentionKinds(['arbitration'], true)).toEqual(['arbitrationAward']);
    expect(caseFileRetentionKinds(['arbitration'], false)).toEqual(['arbitrationOther']);
    expect(caseFileRetentionKinds(['inspection', 'mediation'], false)).toEqual(['inspection']);
    expect(caseFileRetentionKinds([], false)).toEqual(['inspection']);
    const years = { arbitrationAward: 10, arbitrationOther: 5, inspection: 30, intake: 3 } as const;
    expect(retentionYears(caseFileRetentionKinds(['arbitration', 'inspection'], true), (k) => years[k])).toBe(30);
    // No period set for one of its kinds: never due.
    expect(retentionYears(['arbitrationAward', 'inspection'], (k) => (k === 'inspection' ? null : 10))).toBeNull();
  });
});
