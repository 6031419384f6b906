// The leader's desk in figures: open files by stage, counts and overdue deadlines by department, complaints per
// week. Every figure is computed in SQL for the whole unit and links to the filtered list behind it.
import { z } from 'zod';
import { PROCEEDING_KIND } from '../domain/vocabulary';
import { empty, entityId } from './primitives';
import { q, type ChannelTable } from './channel-def';

export const deskDepartmentCounts = z.object({
  id: entityId,
  name: z.string(),
  /** Open files with an open proceeding this department handles (分级负责，归口办理). */
  openFiles: z.number().int(),
  /** Open bureau duties of those proceedings due within 3 working days, and overdue. */
  dueSoon: z.number().int(),
  overdue: z.number().int(),
});
export type DeskDepartmentCounts = z.infer<typeof deskDepartmentCounts>;

export const deskStageCount = z.object({
  kind: z.enum(PROCEEDING_KIND.values),
  /** A state of the kind's definition. */
  status: z.string(),
  /** '劳动保障监察案件 · 已立案' */
  label: z.string(),
  /** Open files with a proceeding of this kind in this state. */
  files: z.number().int(),
});
export type DeskStageCount = z.infer<typeof deskStageCount>;

export const deskWeekCount = z.object({
  /** Monday 'YYYY-MM-DD' (Asia/Shanghai) … Sunday. */
  from: z.string(),
  to: z.string(),
  complaints: z.number().int(),
});
export type DeskWeekCount = z.infer<typeof deskWeekCount>;

export const deskCharts = z.object({
  today: z.string(),
  departments: z.array(deskDepartmentCounts),
  stages: z.array(deskStageCount),
  /** The last 12 weeks, oldest first, this week last (so far). */
  weeks: z.array(deskWeekCount),
});
export type DeskCharts = z.infer<typeof deskCharts>;

export const deskChannels = {
  'desk.charts': q(empty, deskCharts, 'case.read'),
} as const satisfies ChannelTable;
