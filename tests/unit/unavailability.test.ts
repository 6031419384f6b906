// The unavailable-days rule, pure: a booking clashes with an absence of one of its arbitrators or its clerk on its
// day (the first and last days included), never with someone else's or another day's; a period is well formed.
import { describe, expect, it } from 'vitest';
import { periodProblems, unavailabilityClashes, unavailabilityText, type Unavailability } from '../../shared/domain/unavailability';

const training: Unavailability = { id: 'u1', staffId: 'li', name: '李明', fromDate: '2026-12-14', toDate: '2026-12-16', kind: 'training', reason: '参加全区仲裁员业务培训' };
const leave: Unavailability = { id: 'u2', staffId: 'yang', name: '央金', fromDate: '2026-12-17', toDate: '2026-12-17', kind: 'leave', reason: '家中有事请事假' };
const booking = (date: string) => ({ date, arbitratorIds: ['wang', 'li', 'luo'], clerkId: 'yang' });

describe('unavailabilityClashes', () => {
  it('names the arbitrator or clerk away on the day, with the days and the reason, first and last days included', () => {
    for (const d of ['2026-12-14', '2026-12-16']) {
      expect(unavailabilityClashes(booking(d), [training, leave])).toEqual([
        { resource: 'arbitrator', hearingId: 'u1', message: `仲裁员李明 2026-12-14 至 2026-12-16 培训（参加全区仲裁员业务培训），${d} 不能安排其开庭` },
      ]);
    }
    expect(unavailabilityClashes(booking('2026-12-17'), [training, leave])).toEqual([{ resource: 'clerk', hearingId: 'u2', message: '书记员央金 2026-12-17 请假（家中有事请事假），2026-12-17 不能安排其开庭' }]);
  });

  it('ignores other days and people who do not sit on the booking', () => {
    expect(unavailabilityClashes(booking('2026-12-13'), [training, leave])).toEqual([]);
    expect(unavailabilityClashes(booking('2026-12-18'), [training, leave])).toEqual([]);
    expect(unavailabilityClashes({ date: '2026-12-15', arbitratorIds: ['wang'], clerkId: 'de' }, [training, leave])).toEqual([]);
  });

  it('reads as one line, and refuses a period backwards or longer than a year', () => {
    expect(unavailabilityText(leave)).toBe('央金 2026-12-17 请假（家中有事请事假）');
    expect(periodProblems('2026-12-10', '2026-12-09')).toEqual({ toDate: '结束日期不能早于开始日期' });
    expect(periodProblems('2026-01-01', '2027-06-01')).toEqual({ toDate: '一次登记的不可安排期间不能超过一年' });
    expect(periodProblems('2026-12-10', '2026-12-10')).toEqual({});
  });
});
