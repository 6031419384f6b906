// A year's notice as the State Council writes it — per holiday, the days off from … to, and the make-up working
// days — and back to the per-day rows the core stores. Pure.
import type { CalendarDayRowOut } from '../../../../shared/contract/deadlines';
import { addDays } from '../../../../shared/domain/calendar';

export interface HolidayGroup {
  name: string;
  offFrom: string;
  offTo: string;
  /** Make-up working days as typed: '2026-02-14、2026-02-28' or '2-14 2-28'. */
  workDays: string;
}

/** Groups stored days by holiday: one group per contiguous run of days off, with that holiday's make-up days. */
export function groupsFromDays(days: readonly CalendarDayRowOut[]): HolidayGroup[] {
  const groups: HolidayGroup[] = [];
  const off = days.filter((d) => d.kind === 'off').sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const d of off) {
    const last = groups.at(-1);
    if (last && last.name === d.name && addDays(last.offTo, 1) === d.date) last.offTo = d.date;
    else groups.push({ name: d.name, offFrom: d.date, offTo: d.date, workDays: '' });
  }
  for (const w of days.filter((d) => d.kind === 'work')) {
    const g = groups.find((x) => x.name === w.name) ?? groups.at(-1);
    if (g) g.workDays = g.workDays ? `${g.workDays}、${w.date}` : w.date;
    else groups.push({ name: w.name, offFrom: '', offTo: '', workDays: w.date });
  }
  return groups;
}

/** Per-day rows from the groups, with the group each row came from; errors keyed by group field. */
export function daysFromGroups(year: number, groups: readonly HolidayGroup[]): { days: CalendarDayRowOut[]; groupOf: number[]; errors: Record<string, string> } {
  const days: CalendarDayRowOut[] = [];
  const groupOf: number[] = [];
  const errors: Record<string, string> = {};
  groups.forEach((g, i) => {
    if (!g.name.trim()) errors[`${i}.name`] = '请填写节日名称';
    if (g.offFrom || g.offTo) {
      if (!g.offFrom || !g.offTo) errors[`${i}.offTo`] = '请填写放假起止日期';
      else if (g.offTo < g.offFrom) errors[`${i}.offTo`] = '结束日期不能早于开始日期';
      else if (g.offFrom.slice(0, 4) !== String(year) && g.offTo.slice(0, 4) !== String(year)) errors[`${i}.offFrom`] = `不在${year}年内`;
      else {
        for (let d = g.offFrom; d <= g.offTo; d = addDays(d, 1)) {
          days.push({ date: d, kind: 'off', name: g.name.trim() });
          groupOf.push(i);
        }
      }
    }
    for (const token of g.workDays.split(/[\s,，、;；]+/).filter(Boolean)) {
      const m = /^(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?$/.exec(token);
      if (!m) {
        errors[`${i}.workDays`] = `“${token}”不是日期，请写成 ${year}-02-14 或 2-14`;
        continue;
      }
      const date = `${m[1] ?? year}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
      days.push({ date, kind: 'work', name: g.name.trim() });
      groupOf.push(i);
    }
  });
  return { days, groupOf, errors };
}
