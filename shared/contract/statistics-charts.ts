// The leader's charts (统计概览, issue #14 §4): complaints and wages recovered by month for the last 12 months, the city
// by county, and the employers still owing most. Every bar or point opens the files behind it (statistics.chartFiles):
// as many as it counts, or whose amounts sum to it. Open files by stage and overdue duties by department are drawn once,
// on the desk's 全单位统计 (desk.charts), whose bars open the full filtered lists (案卷, 办案期限) they count.
import { z } from 'zod';
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
