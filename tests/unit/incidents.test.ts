// An incident's report clocks run by the hour from when the bureau learned of it; a supervision's report-by date reads
// like a stored deadline but is only a date the leader set.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { describeReportClock, formatMinutes, reportClockState, reportDueAt, supervisionDueState } from '../../shared/domain/incidents';
import { checkParameterValue } from '../../shared/domain/parameters';
import { instantOf } from '../../shared/domain/time';

const learned = instantOf('2026-11-25', '09:40');
const due = reportDueAt(learned, 1);
const at = (hhmm: string) => instantOf('2026-11-25', hhmm);

describe('report clocks', () => {
  it('fall due the given hours after the bureau learned of the incident', () => {
    expect(due).toBe(at('10:40'));
    expect(reportDueAt(learned, 2)).toBe(at('11:40'));
  });

  it('run with the minutes left, then are overdue by the minute', () => {
    expect(reportClockState(due, null, at('10:05'))).toEqual({ state: 'running', minutes: 35 });
    expect(reportClockState(due, null, at('10:40'))).toEqual({ state: 'running', minutes: 0 });
    expect(reportClockState(due, null, at('10:41'))).toEqual({ state: 'overdue', minutes: 1 });
    expect(reportClockState(due, null, at('11:45'))).toEqual({ state: 'overdue', minutes: 65 });
  });

  it('are met by the first report, in time or late', () => {
    expect(reportClockState(due, at('10:30'), at('15:00'))).toEqual({ state: 'met', minutes: 0 });
    expect(reportClockState(due, at('11:00'), at('15:00'))).toEqual({ state: 'metLate', minutes: 20 });
  });

  it('read in hours and minutes', () => {
    expect(formatMinutes(95)).toBe('1小时35分钟');
    expect(formatMinutes(120)).toBe('2小时');
    expect(formatMinutes(5)).toBe('5分钟');
    expect(formatMinutes(0)).toBe('不到1分钟');
    expect(describeReportClock({ state: 'running', minutes: 35 })).toBe('剩余35分钟');
    expect(describeReportClock({ state: 'overdue', minutes: 65 })).toBe('已超时1小时5分钟');
    expect(describeReportClock({ state: 'metLate', minutes: 20 })).toBe('超时20分钟报告');
  });

  it('take whole hours between 1 and 24 as the bureau sets them', () => {
    expect(checkParameterValue('incident.reportUpHours', 2)).toEqual({ ok: true, value: 2 });
    expect(checkParameterValue('incident.reportPoliceHours', 0)).toEqual({ ok: false, reason: '群体性事件通报公安机关时限应在 1–24小时 之间' });
    expect(checkParameterValue('incident.reportHousingHours', 1.5)).toMatchObject({ ok: false });
  });
});

describe('a supervision’s report-by date', () => {
  const cal = DEFAULT_CALENDAR;
  it('is due soon within 3 working days and overdue after, by days', () => {
    expect(supervisionDueState('2026-11-27', null, '2026-11-25', cal)).toEqual({ dueState: 'dueSoon', overdueDays: 0 });
    expect(supervisionDueState('2026-12-10', null, '2026-11-25', cal)).toEqual({ dueState: 'running', overdueDays: 0 });
    expect(supervisionDueState('2026-11-20', null, '2026-11-25', cal)).toEqual({ dueState: 'overdue', overdueDays: 5 });
  });

  it('is met by the handlers’ first report, late when dated after it', () => {
    expect(supervisionDueState('2026-11-27', '2026-11-26', '2026-12-25', cal)).toEqual({ dueState: 'met', overdueDays: 0 });
    expect(supervisionDueState('2026-11-20', '2026-11-24', '2026-11-25', cal)).toEqual({ dueState: 'metLate', overdueDays: 0 });
  });
});
