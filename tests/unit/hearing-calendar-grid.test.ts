// The calendar page's grid: the week starts on Monday, shows Monday–Friday and a weekend day only when booked, each
// cell in time order, and a deactivated room only while a hearing this week is in it.
import { describe, expect, it } from 'vitest';
import type { HearingRecord } from '../../shared/contract/hearings';
import { cell, mondayOf, shownRooms, weekDays } from '../../renderer/src/features/hearings/calendar-grid';
import { partiesLine, tribunalLine } from '../../renderer/src/features/hearings/format';

const h = (over: Partial<HearingRecord>) => ({ id: 'h', roomId: 'r1', date: '2026-12-21', start: '09:30', sittingId: null, status: 'scheduled', ...over }) as HearingRecord;

describe('the week grid', () => {
  it('a week runs from its Monday: a Sunday belongs to the week before', () => {
    expect(mondayOf('2026-12-21')).toBe('2026-12-21');
    expect(mondayOf('2026-12-25')).toBe('2026-12-21');
    expect(mondayOf('2026-12-27')).toBe('2026-12-21');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('shows Monday to Friday, and Saturday only when something is booked on it', () => {
    expect(weekDays('2026-12-21', [])).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25']);
    expect(weekDays('2026-12-21', [h({ date: '2026-12-26' })])).toHaveLength(6);
    expect(weekDays('2026-12-21', [h({ date: '2026-12-26' })])[5]).toBe('2026-12-26');
  });

  it('a cell holds its room and day only, earliest first; an inactive room shows only when used', () => {
    const list = [h({ id: 'b', start: '14:30' }), h({ id: 'a', start: '09:00' }), h({ id: 'c', roomId: 'r2' }), h({ id: 'd', date: '2026-12-22' })];
    expect(cell(list, 'r1', '2026-12-21').map((x) => x.id)).toEqual(['a', 'b']);
    const rooms = [{ id: 'r1', active: true }, { id: 'r2', active: false }, { id: 'r3', active: false }];
    expect(shownRooms(rooms, list).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('reads a tribunal and the parties in a line', () => {
    const clerk = { staffId: 'c', name: '央金' };
    expect(tribunalLine({ arbitrators: [{ staffId: 'a', name: '王芳', presiding: true }], clerk })).toBe('独任仲裁员王芳，书记员央金');
    expect(tribunalLine({ arbitrators: [{ staffId: 'a', name: '王芳', presiding: true }, { staffId: 'b', name: '李明', presiding: false }, { staffId: 'd', name: '次旦', presiding: false }], clerk })).toBe('首席仲裁员王芳，仲裁员李明、次旦，书记员央金');
    expect(partiesLine({ applicants: ['扎西', '次仁', '达瓦'], respondents: ['华建公司'] })).toBe('扎西、次仁等3人 诉 华建公司');
  });
});

describe('a sitting of several cases', () => {
  it('is one block in its cell, whichever of its cases is listed first; a case that left it stands alone', () => {
    const list = [h({ id: 's2', sittingId: 's', start: '09:30' }), h({ id: 's1', sittingId: 's', start: '09:30' }), h({ id: 'alone', start: '10:00' }), h({ id: 's3', sittingId: 's', status: 'postponed', start: '09:30' })];
    expect(cell(list, 'r1', '2026-12-21').map((x) => x.id)).toEqual(['s2', 's3', 'alone']);
  });
});
