// The hearing as a clock, pure: the booking's per-party events give each party its own notice clock, counted back
// from the hearing day and met only by that party's service (调解仲裁法 Art. 35); a notice met late reads as
// 通知送达不足5日; the absence steps of Art. 36 need a served notice for every party of the absent side (办案规则
// Arts. 39, 60); a hearing's day, booked ahead, does not hold back the date of the next act.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { deadlinesFromEvents, type ProceedingEvent } from '../../shared/domain/deadline-state';
import { absenceStepProblem, noticeShortText } from '../../shared/domain/hearings';
import { lastEventDate, type HearingAttendance, type ProceedingView } from '../../shared/domain/proceedings';

const notice = (events: ProceedingEvent[], today = '2026-12-01') =>
  deadlinesFromEvents(events, { today, calendar: DEFAULT_CALENDAR, rules: ['arbitration.hearingNotice'] }).map((d) => [d.label, d.due, d.status, d.metOn]);

describe("each party's notice clock (调解仲裁法 Art. 35)", () => {
  const day = (party: string, date = '2026-12-15'): ProceedingEvent => ({ kind: 'hearingScheduled', date, party });
  it('counts back 5 working days from the hearing per party; one party served meets only its own', () => {
    // 2026-12-15 (Tue): 12-14, 12-11, 12-10, 12-09, 12-08.
    expect(notice([day('扎西'), day('华建公司')])).toEqual([
      ['开庭通知送达（开庭前）（华建公司）', '2026-12-08', 'running', null],
      ['开庭通知送达（开庭前）（扎西）', '2026-12-08', 'running', null],
    ]);
    expect(notice([day('扎西'), day('华建公司'), { kind: 'hearingNoticeServed', date: '2026-12-01', party: '扎西' }])).toEqual([
      ['开庭通知送达（开庭前）（华建公司）', '2026-12-08', 'running', null],
      ['开庭通知送达（开庭前）（扎西）', '2026-12-08', 'met', '2026-12-01'],
    ]);
  });
  it('a service after the last day is met late; one after the hearing meets nothing (overdue)', () => {
    const served = (date: string): ProceedingEvent => ({ kind: 'hearingNoticeServed', date, party: '扎西' });
    expect(notice([day('扎西'), served('2026-12-10')], '2026-12-10')).toEqual([['开庭通知送达（开庭前）（扎西）', '2026-12-08', 'metLate', '2026-12-10']]);
    expect(notice([day('扎西'), served('2026-12-16')], '2026-12-16')).toEqual([['开庭通知送达（开庭前）（扎西）', '2026-12-08', 'overdue', null]]);
  });
  it('across 元旦 2027: a hearing on 2027-01-05 (Tue) needs the notice by 2026-12-28 (1-4, 12-31, 12-30, 12-29, 12-28)', () => {
    expect(notice([day('扎西', '2027-01-05')])[0]![1]).toBe('2026-12-28');
  });
});

describe('通知送达不足5日', () => {
  it('names each party served late, the day served and the last lawful day; none late, nothing', () => {
    expect(noticeShortText([], {})).toBeNull();
    expect(noticeShortText([{ party: '华建公司', due: '2026-12-08', metOn: '2026-12-10' }], {})).toBe(
      '通知送达不足5日：华建公司于 2026-12-10 才收到（最迟应于 2026-12-08 送达）。不足开庭前5个工作日（《劳动争议调解仲裁法》第三十五条），可决定延期开庭',
    );
    expect(noticeShortText([{ party: '华建公司', due: '2026-12-10', metOn: '2026-12-11' }], { units: { 'arbitration.hearingNotice': 'calendarDay' } })).toContain('不足开庭前5日（');
  });
});

describe('视为撤回 and 缺席裁决 (调解仲裁法 Art. 36; 办案规则 Arts. 39, 60)', () => {
  const h = (over: Partial<HearingAttendance> = {}): HearingAttendance => ({
    date: '2026-12-15',
    applicantAppeared: false,
    respondentAppeared: false,
    absentWithoutCause: true,
    applicants: ['扎西', '次仁'],
    respondents: ['华建公司'],
    noticeServedOn: { 扎西: '2026-12-01', 次仁: '2026-12-02', 华建公司: '2026-12-02' },
    ...over,
  });
  it('are open when the absent side was served, every party of it', () => {
    expect(absenceStepProblem(h(), 'applicant')).toBeNull();
    expect(absenceStepProblem(h(), 'respondent')).toBeNull();
    expect(absenceStepProblem(h({ noticeServedOn: { 扎西: '2026-12-01', 华建公司: '2026-12-02' } }), 'applicant')).toBe(
      '次仁的开庭通知书没有送达回证（电子送达未经其确认的不算），不能认定经书面通知，不能按撤回仲裁申请处理（视为撤回）（《劳动争议调解仲裁法》第三十六条第一款；《劳动人事争议仲裁办案规则》第三十九条、第六十条）',
    );
  });
  it('are refused before a hearing is held, for a party who came, and for an absence with good cause', () => {
    expect(absenceStepProblem(null, 'respondent')).toBe('尚未登记开庭情况：开庭后登记被申请人无正当理由未到庭，才能缺席裁决');
    expect(absenceStepProblem(h({ respondentAppeared: true }), 'respondent')).toBe('2026-12-15 开庭时被申请人到庭，不能缺席裁决');
    expect(absenceStepProblem(h({ absentWithoutCause: false }), 'applicant')).toBe('2026-12-15 开庭时申请人未到庭有正当理由，不能按撤回仲裁申请处理（视为撤回）；可延期开庭');
  });
});

describe('a hearing booked ahead', () => {
  it('does not hold back the date of the next act (its day is appointed, not done)', () => {
    const view = { events: [{ kind: 'composed', date: '2026-11-25' }, { kind: 'hearingScheduled', date: '2026-12-15' }] } as unknown as ProceedingView;
    expect(lastEventDate(view)).toBe('2026-11-25');
  });
});
