// The hearing calendar's pure rules: clashes of a room, an arbitrator or a clerk (edges touching are no clash); the
// notice day of a hearing counted by hand across the 2025–2026 holiday notices; the postponement request's limit.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, dayKind } from '../../shared/domain/calendar';
import { bookingClashes, capacityProblem, nextStepAfter, overlaps, postponeRequestProblem, reviewHearingDate, seatsNeeded, slotProblems, type BookedHearing, type Booking } from '../../shared/domain/hearings';

const ctx = { calendar: DEFAULT_CALENDAR, settings: {}, serviceAllowanceDays: 2 };

const booked = (over: Partial<BookedHearing> = {}): BookedHearing => ({
  id: 'h1',
  caseLabel: '日劳人仲案字〔2026〕第7号（扎西诉华建公司）',
  date: '2026-12-21',
  start: '09:00',
  end: '10:00',
  roomId: 'r1',
  roomName: '第一仲裁庭',
  arbitrators: [
    { staffId: 'a1', name: '王芳' },
    { staffId: 'a2', name: '李明' },
  ],
  clerk: { staffId: 'c1', name: '央金' },
  ...over,
});
const booking = (over: Partial<Booking> = {}): Booking => ({ date: '2026-12-21', start: '10:00', end: '11:00', roomId: 'r2', arbitratorIds: ['a9'], clerkId: 'c9', ...over });

describe('overlaps', () => {
  it('09:00–10:00 and 10:00–11:00 do not clash; a minute inside does; another day never', () => {
    const a = { date: '2026-12-21', start: '09:00', end: '10:00' };
    expect(overlaps(a, { date: '2026-12-21', start: '10:00', end: '11:00' })).toBe(false);
    expect(overlaps({ date: '2026-12-21', start: '10:00', end: '11:00' }, a)).toBe(false);
    expect(overlaps(a, { date: '2026-12-21', start: '08:00', end: '09:00' })).toBe(false);
    expect(overlaps(a, { date: '2026-12-21', start: '09:59', end: '11:00' })).toBe(true);
    expect(overlaps(a, { date: '2026-12-21', start: '08:00', end: '09:01' })).toBe(true);
    expect(overlaps(a, { date: '2026-12-21', start: '09:15', end: '09:45' })).toBe(true);
    expect(overlaps(a, { date: '2026-12-21', start: '08:00', end: '12:00' })).toBe(true);
    expect(overlaps(a, { date: '2026-12-22', start: '09:00', end: '10:00' })).toBe(false);
  });
});

describe('bookingClashes', () => {
  it('the same room in an overlapping slot: refused, naming the other case and its time', () => {
    expect(bookingClashes(booking({ start: '09:30', roomId: 'r1' }), [booked()]).map((c) => c.message)).toEqual([
      '第一仲裁庭已安排日劳人仲案字〔2026〕第7号（扎西诉华建公司）于 2026-12-21 09:00—10:00 开庭，同一时段不能再安排',
    ]);
  });

  it('the same room right after the other hearing ends: no clash', () => {
    expect(bookingClashes(booking({ roomId: 'r1', arbitratorIds: ['a1', 'a2'], clerkId: 'c1' }), [booked()])).toEqual([]);
  });

  it('an arbitrator of the other tribunal, in another room: refused by name', () => {
    const clashes = bookingClashes(booking({ start: '09:30', arbitratorIds: ['a5', 'a2'] }), [booked()]);
    expect(clashes.map((c) => [c.resource, c.message])).toEqual([['arbitrator', '仲裁员李明已安排日劳人仲案字〔2026〕第7号（扎西诉华建公司）于 2026-12-21 09:00—10:00 开庭（第一仲裁庭），同一时段不能再安排']]);
  });

  it('the same clerk, or a clerk sitting as an arbitrator elsewhere: refused', () => {
    expect(bookingClashes(booking({ start: '09:30', clerkId: 'c1' }), [booked()]).map((c) => c.resource)).toEqual(['clerk']);
    expect(bookingClashes(booking({ start: '09:30', clerkId: 'a1' }), [booked()])[0]!.message).toContain('书记员王芳已安排');
  });

  it('every resource at once, and never the hearing being moved itself', () => {
    const all = booking({ start: '09:00', end: '12:00', roomId: 'r1', arbitratorIds: ['a1'], clerkId: 'c1' });
    expect(bookingClashes(all, [booked()]).map((c) => c.resource)).toEqual(['room', 'arbitrator', 'clerk']);
    expect(bookingClashes({ ...all, id: 'h1' }, [booked()])).toEqual([]);
  });

  it('a slot whose end is not after its start, or a malformed time, is refused', () => {
    expect(slotProblems({ start: '10:00', end: '10:00' })).toEqual({ end: '结束时间应晚于开始时间' });
    expect(slotProblems({ start: '9:00', end: '24:00' })).toEqual({ start: '开始时间应为“时:分”，如 09:30', end: '结束时间应为“时:分”，如 11:30' });
    expect(slotProblems({ start: '09:00', end: '11:30' })).toEqual({});
  });
});

describe('the notice day of a hearing (调解仲裁法 Art. 35: served five working days before; the day itself not counted)', () => {
  it('the premises: 2026 国庆 is 10-01…10-07 with 09-20 and 10-10 (Saturday) worked; 2025 国庆 10-01…10-08 with 10-11 worked', () => {
    for (const d of ['2026-10-01', '2026-10-07', '2025-10-01', '2025-10-08']) expect(dayKind(DEFAULT_CALENDAR, d)).toBe('holiday');
    for (const d of ['2026-09-20', '2026-10-10', '2025-09-28', '2025-10-11']) expect(dayKind(DEFAULT_CALENDAR, d)).toBe('makeUpWorkday');
    expect(dayKind(DEFAULT_CALENDAR, '2026-02-23')).toBe('holiday');
    expect(dayKind(DEFAULT_CALENDAR, '2026-02-14')).toBe('makeUpWorkday');
  });

  it('a hearing on Monday 2026-10-12: back 10-10 (Sat, worked), 10-09, 10-08, then over the holiday 09-30, 09-29 — served by Tuesday 2026-09-29', () => {
    expect(reviewHearingDate('2026-10-12', '2026-09-21', null, ctx).noticeBy).toBe('2026-09-29');
  });

  it('a hearing on Monday 2025-10-13: 10-11 (Sat, worked), 10-10, 10-09, 09-30, 09-29 — served by Monday 2025-09-29', () => {
    expect(reviewHearingDate('2025-10-13', '2025-09-15', null, ctx).noticeBy).toBe('2025-09-29');
  });

  it('a hearing on Tuesday 2026-02-24, the day after 春节: 02-14 (Sat, worked), 02-13, 02-12, 02-11, 02-10 — served by 2026-02-10', () => {
    expect(reviewHearingDate('2026-02-24', '2026-01-26', null, ctx).noticeBy).toBe('2026-02-10');
  });

  it('with the bureau counting calendar days: 10-12 less five is 10-07, a holiday, so the notice must be out on the working day before, 09-30', () => {
    const calendarDays = { ...ctx, settings: { units: { 'arbitration.hearingNotice': 'calendarDay' as const } } };
    expect(reviewHearingDate('2026-10-12', '2026-09-21', null, calendarDays).noticeBy).toBe('2026-09-30');
  });

  it('booked on 2026-09-30 with two days in transit (10-02), the 10-12 hearing cannot be noticed in time: the problem names 09-29', () => {
    const r = reviewHearingDate('2026-10-12', '2026-09-30', '2026-09-01', ctx);
    expect(r.noticeServedBy).toBe('2026-10-02');
    expect(r.noticeProblem).toContain('最迟应于 2026-09-29 送达');
    expect(r.defenceProblem).toBeNull();
    // A notice handed over the same day (allowance 0) would still be a day late.
    expect(reviewHearingDate('2026-10-12', '2026-09-30', '2026-09-01', { ...ctx, serviceAllowanceDays: 0 }).noticeProblem).not.toBeNull();
    expect(reviewHearingDate('2026-10-12', '2026-09-29', '2026-09-01', { ...ctx, serviceAllowanceDays: 0 }).noticeProblem).toBeNull();
  });

  it('a hearing inside the defence period is refused; a weekend or a holiday is a warning to confirm', () => {
    // Served Monday 2026-12-07: 10 working days run to Monday 2026-12-21.
    const inside = reviewHearingDate('2026-12-21', '2026-12-01', '2026-12-07', ctx);
    expect(inside.defenceEnds).toBe('2026-12-21');
    expect(inside.defenceProblem).toContain('答辩期至 2026-12-21');
    expect(reviewHearingDate('2026-12-22', '2026-12-01', '2026-12-07', ctx).defenceProblem).toBeNull();
    expect(reviewHearingDate('2026-12-26', '2026-12-01', '2026-12-07', ctx).dayOffWarning).toContain('2026-12-26（星期六）不是工作日');
    expect(reviewHearingDate('2026-10-08', '2026-09-01', '2026-09-02', ctx).dayOffWarning).toBeNull();
    expect(reviewHearingDate('2026-10-10', '2026-09-01', '2026-09-02', ctx).dayOffWarning).toBeNull();
  });
});

describe('postponement and attendance', () => {
  it('a party asks at least three working days before: a Monday 2026-12-21 hearing — by Wednesday 12-16; Thursday is late', () => {
    expect(postponeRequestProblem('2026-12-21', '2026-12-16', ctx)).toBeNull();
    expect(postponeRequestProblem('2026-12-21', '2026-12-17', ctx)).toContain('最迟应于 2026-12-16 提出');
    // Across 国庆 2026: a Monday 10-12 hearing — 10-10 (Sat, worked), 10-09, 10-08: by Thursday 10-08.
    expect(postponeRequestProblem('2026-10-12', '2026-10-08', ctx)).toBeNull();
    expect(postponeRequestProblem('2026-10-12', '2026-10-09', ctx)).not.toBeNull();
  });

  it('an absent applicant may be deemed to withdraw, an absent respondent may have a default award — only without good cause', () => {
    expect(nextStepAfter(false, true, true)).toContain('视为撤回');
    expect(nextStepAfter(true, false, true)).toContain('缺席裁决');
    expect(nextStepAfter(true, false, false)).toBeNull();
    expect(nextStepAfter(true, true, false)).toBeNull();
  });
});

describe('room seats for a sitting', () => {
  // Six workers each with their own case against the same employer: the employer sits once.
  const series = Array.from({ length: 6 }, (_, k) => ({ applicantIds: [`w${k}`], respondentIds: ['employer'] }));
  it('counts every distinct party of every case, each with its representatives', () => {
    expect(seatsNeeded(series, 2)).toEqual({ parties: 7, seats: 14 });
    expect(seatsNeeded(series, 1)).toEqual({ parties: 7, seats: 7 });
    expect(seatsNeeded([{ applicantIds: ['a', 'b'], respondentIds: ['e', 'f'] }], 2)).toEqual({ parties: 4, seats: 8 });
  });
  it('refuses a room too small, naming the count and the capacity; a room just large enough takes it', () => {
    expect(capacityProblem({ name: '第二仲裁庭', capacity: 12 }, series, 2)).toBe('第二仲裁庭可容纳12人，本庭次6件案件的当事人7方（每方按2人计，含代理人）共14人，容纳不下；请选择更大的仲裁庭室');
    expect(capacityProblem({ name: '第二仲裁庭', capacity: 14 }, series, 2)).toBeNull();
    expect(capacityProblem({ name: '调解室', capacity: 3 }, [series[0]!], 2)).toBe('调解室可容纳3人，本案当事人2方（每方按2人计，含代理人）共4人，容纳不下；请选择更大的仲裁庭室');
  });
});
