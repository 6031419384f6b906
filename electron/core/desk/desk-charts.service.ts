// The leader's desk in figures (领导工作台的统计): open files by stage, counts by department (open files, due within
// 3 working days, overdue), complaints per week for the last 12 weeks. The whole unit, not only one's own files: the
// leader answers for the bureau. Each figure is the count of the filtered list it links to.
import type { DeskCharts } from '../../../shared/contract/desk';
import { addDays, weekday } from '../../../shared/domain/calendar';
import { dueSoonUntil } from '../../../shared/domain/due-state';
import { proceedingDefinition, proceedingStatusLabel } from '../../../shared/domain/proceedings';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { PROCEEDING_KIND } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { requireInstallation } from '../kernel/installation';
import { readingCalendar } from '../deadlines/deadlines.service';
import { complaintsPerDay, dutiesByCapability, handlingDepartments, openFileCounts } from './desk-charts.data';

export const DESK_WEEKS = 12;

/** Monday of the week holding a date (weeks run Monday to Sunday, as the bureau's weekly reports do). */
export function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export function deskCharts(call: CallContext): DeskCharts {
  const core = call.core;
  const { unitId } = requireInstallation(core);
  const today = dateKeyOf(core.clock.now());
  const soonUntil = dueSoonUntil(today, readingCalendar(core));
  const { stages: counted, byCapability: open } = openFileCounts(core.prepare, unitId);
  const duties = dutiesByCapability(core.prepare, { unitId, today, soonUntil });
  const departments = handlingDepartments(core.prepare, unitId).map((d) => ({
    id: d.id,
    name: d.name,
    openFiles: open.get(d.capability) ?? 0,
    dueSoon: duties.get(d.capability)?.dueSoon ?? 0,
    overdue: duties.get(d.capability)?.overdue ?? 0,
  }));

  // Stages in the order the kinds and their states are defined: the chart reads like the procedure.
  const stages = PROCEEDING_KIND.values.flatMap((kind) =>
    Object.keys(proceedingDefinition(kind).states)
      .map((status) => ({ kind, status, files: counted.find((c) => c.kind === kind && c.status === status)?.files ?? 0 }))
      .filter((s) => s.files > 0)
      .map((s) => ({ ...s, label: `${PROCEEDING_KIND.label(kind)} · ${proceedingStatusLabel(kind, s.status)}` })),
  );

  const first = addDays(mondayOf(today), -7 * (DESK_WEEKS - 1));
  const perDay = complaintsPerDay(core.prepare, unitId, instantOf(first));
  const weeks = Array.from({ length: DESK_WEEKS }, (_, i) => {
    const from = addDays(first, 7 * i);
    const to = addDays(from, 6);
    return { from, to, complaints: perDay.filter((d) => d.day >= from && d.day <= to).reduce((s, d) => s + d.n, 0) };
  });
  return { today, departments, stages, weeks };
}
