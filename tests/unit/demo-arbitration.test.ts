// The demo arbitration cases are lawful on the engine's own rules, whatever day they are made on: the samples a
// bureau is shown (npm run export:samples) must be papers it could sign.
import { describe, expect, it } from 'vitest';
import { addDays, DEFAULT_CALENDAR, isWorkingDay } from '../../shared/domain/calendar';
import { computeDeadline } from '../../shared/domain/deadlines';
import { buildAcceptanceNotice } from '../../shared/domain/documents/acceptance-notice';
import { buildAwards } from '../../shared/domain/documents/award';
import { buildHearingNotice } from '../../shared/domain/documents/hearing-notice';
import { checkHearingDate } from '../../shared/domain/hearing-date';
import { demoArbitrationCase, demoSampleCases, lastWorkingDay } from '../../db/seed/demo-arbitration';

const due = (rule: Parameters<typeof computeDeadline>[0]['rule'], start: string) => computeDeadline({ rule, start }).due;

/** Every rule the engine knows that the case's dates must keep. */
function breaches(noticeDay: string, worker: 0 | 1 = 0): string[] {
  const c = demoArbitrationCase(noticeDay, { worker });
  const out: string[] = [];
  if (c.acceptedDate > due('arbitration.accept', c.applicationDate)) out.push('受理超过五日');
  if (c.acceptedDate < c.applicationDate) out.push('受理早于申请');
  const hearing = c.hearing!;
  const check = checkHearingDate(hearing.date, noticeDay, c.applicationServedOn);
  out.push(...check.problems);
  // The copy goes with the notice (issue day + 2): within five days of acceptance (调解仲裁法 Art. 30).
  if (check.noticeServedBy > due('arbitration.serve', c.acceptedDate)) out.push('申请书副本送达超过五日');
  if (!c.evidenceDeadline || c.evidenceDeadline <= c.acceptedDate || c.evidenceDeadline >= hearing.date) out.push('举证期限不在受理与开庭之间');
  if (!isWorkingDay(DEFAULT_CALENDAR, hearing.date)) out.push('开庭日不是工作日');
  const award = c.award!;
  if (award.date <= hearing.date) out.push('裁决早于开庭');
  if (award.date > due('arbitration.award', c.acceptedDate)) out.push('裁决超过四十五日');
  return out;
}

describe('the demo arbitration case', () => {
  it('is lawful for a notice issued on any day of 2025 and 2026, for either worker', () => {
    const bad: string[] = [];
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      for (const w of [0, 1] as const) {
        const b = breaches(d, w);
        if (b.length) bad.push(`${d} #${w}: ${b.join('；')}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('the tests’ fixture day: received 11-23, accepted 11-25, evidence and defence to 12-11, hearing 12-18, award 12-29', () => {
    const c = demoArbitrationCase('2026-11-25');
    expect([c.applicationDate, c.acceptedDate, c.applicationServedOn, c.evidenceDeadline, c.hearing?.date, c.award?.date]).toEqual([
      '2026-11-23', '2026-11-25', null, '2026-12-11', '2026-12-18', '2026-12-29',
    ]);
    expect(c.claims[0].text).toBe('请求裁决被申请人支付申请人2026年8月至10月工资');
    expect(c.facts[1]).toMatch(/^2026年10月31日，申请人/);
  });
});

describe('the sample cases (npm run export:samples)', () => {
  it('every paper is dated no later than the last working day on or before the day they are made, and builds', () => {
    for (let today = '2026-01-01'; today <= '2026-12-31'; today = addDays(today, 7)) {
      const sign = lastWorkingDay(today);
      const { pending, awarded } = demoSampleCases(today);
      expect(pending.acceptedDate).toBe(sign);
      expect(awarded.award!.date <= sign, `${today}: award ${awarded.award!.date}`).toBe(true);
      expect(awarded.caseNumber).not.toBe(pending.caseNumber);
      expect(breaches(sign)).toEqual([]);
      expect(buildAcceptanceNotice(pending, 0).signature?.date).toBe(sign);
      expect(buildHearingNotice(pending, { role: 'respondent', index: 0 }, undefined, sign).signature?.date).toBe(sign);
      expect(buildAwards(awarded).length).toBe(2);
    }
  });
});
