// The leader's charts (统计概览, issue #14 §4): complaints and wages recovered by month for the last 12 months, open
// files by stage, overdue deadlines by department, the city by county, and the employers still owing most. Every bar
// or point opens the files behind it (statistics.chartFiles): as many as it counts, or whose amounts sum to it.
import { z } from 'zod';
import { PROCEEDING_KIND } from '../domain/vocabulary';
import { entityId } from './primitives';
import { q, type ChannelTable } from './channel-def';
import { statFiles } from './statistics';

/** A calendar month, 'YYYY-MM' (Beijing time). */
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为“年-月”，例如 2026-11');

export const chartMonth = z.object({
  month: z.string(),
  /** First and last day of the month; the current month runs to today. */
  from: z.string(),
  to: z.string(),
  /** Complaints (投诉) received in the month, by 接待日期 (件). */
  complaints: z.number().int(),
  /** Wages paid to workers in the month that count for them (条例 Arts. 11, 31), by 支付日期, in fen. */
  recoveredFen: z.number().int(),
});

export const chartStage = z.object({
  kind: z.enum(PROCEEDING_KIND.values),
  status: z.string(),
  label: z.string(),
  /** Open files with a proceeding of this kind in this state (件). */
  files: z.number().int(),
});

export const chartDepartment = z.object({
  id: entityId,
  name: z.string(),
  /** Open bureau duties (本机关须办结的期限) whose due date has passed (项). */
  overdue: z.number().int(),
});

export const chartCounty = z.object({
  unitId: entityId,
  name: z.string(),
  /** Complaints received in the 12 months of the trend (件). */
  complaints: z.number().int(),
  /** Files open today (件). */
  openFiles: z.number().int(),
});

export const chartEmployer = z.object({
  partyId: entityId,
  name: z.string(),
  /** What the workers of its open files are still owed today, in fen (worker-amounts.ts, payments.ts). */
  outstandingFen: z.number().int(),
  /** Its open files with something still owed (件). */
  files: z.number().int(),
});

export const statisticsCharts = z.object({
  today: z.string(),
  unitName: z.string(),
  months: z.array(chartMonth),
  stages: z.array(chartStage),
  departments: z.array(chartDepartment),
  /** The city's own row (本级) and one per county with files in this database; empty when no county has any. */
  counties: z.array(chartCounty),
  /** The unit's counties (0 for a county bureau): with none of their data here the chart says so instead. */
  countyUnits: z.number().int(),
  /** At most TOP_EMPLOYERS, most owed first. */
  employers: z.array(chartEmployer),
});
export type StatisticsCharts = z.infer<typeof statisticsCharts>;

export const TOP_EMPLOYERS = 10;
export const TREND_MONTHS = 12;
/** A bar's files listed at most (its count and sum are over all of them). */
export const CHART_FILES_LISTED = 500;

/** One bar or point of one chart. */
export const chartFilesInput = z.discriminatedUnion(
  'chart',
  [
    z.object({ chart: z.literal('complaints'), month: monthKey }),
    z.object({ chart: z.literal('recovered'), month: monthKey }),
    z.object({ chart: z.literal('stage'), kind: z.enum(PROCEEDING_KIND.values, { error: '请选择程序类型' }), status: z.string().min(1, '请选择阶段') }),
    z.object({ chart: z.literal('overdue'), departmentId: entityId }),
    z.object({ chart: z.literal('countyComplaints'), unitId: entityId }),
    z.object({ chart: z.literal('countyOpenFiles'), unitId: entityId }),
    z.object({ chart: z.literal('employer'), partyId: entityId }),
  ],
  { error: '请指明要查看的图表' },
);
export type ChartFilesInput = z.input<typeof chartFilesInput>;

export const statisticsChartsChannels = {
  'statistics.charts': q(z.object({}), statisticsCharts, 'statistics.read'),
  'statistics.chartFiles': q(chartFilesInput, statFiles, 'statistics.read'),
} as const satisfies ChannelTable;
