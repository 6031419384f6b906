// The calendar the deadlines are counted on, and the deadline calculator.
import { z } from 'zod';
import { isRealDate } from '../domain/identity';
import { DEADLINE_EVENTS, RULE_IDS } from '../domain/deadline-rules';
import { CONFIDENCE } from '../domain/vocabulary';
import { dateKey, empty, instant, nullable, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const calendarDayRow = z.object({
  date: dateKey('日期'),
  kind: z.enum(['off', 'work'], { error: '请选择放假或调休上班' }),
  name: text('节日名称', 20),
});
export type CalendarDayRowOut = z.infer<typeof calendarDayRow>;

export const calendarYearInfo = z.object({
  year: z.number().int(),
  source: z.string(),
  note: z.string().nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: instant,
  offDays: z.number().int(),
  workDays: z.number().int(),
  rowVersion: z.number().int(),
});
export type CalendarYearInfo = z.infer<typeof calendarYearInfo>;

/** One day of a regional notice (藏历新年, 雪顿节). */
export const regionalDayRow = z.object({
  date: dateKey('日期'),
  name: text('节日名称', 20),
});
export type RegionalDayRowOut = z.infer<typeof regionalDayRow>;

export const regionalYearInfo = z.object({
  year: z.number().int(),
  source: z.string(),
  note: z.string().nullable(),
  enteredBy: z.string().nullable(),
  enteredAt: instant,
  rowVersion: z.number().int(),
  days: z.array(z.object({ date: z.string(), name: z.string() })),
});
export type RegionalYearInfo = z.infer<typeof regionalYearInfo>;

export const calendarView = z.object({
  version: z.string(),
  years: z.array(calendarYearInfo),
  year: z.number().int().nullable(),
  days: z.array(calendarDayRow),
  /** The regional layer (西藏自治区), every entered year, and whether the bureau counts it in deadlines. */
  regional: z.object({ region: z.string(), counted: z.boolean(), years: z.array(regionalYearInfo) }),
});
export type CalendarView = z.infer<typeof calendarView>;

const year = z.number({ error: '请填写年份' }).int('年份应为整数').min(2000, '年份应在2000–2100之间').max(2100, '年份应在2000–2100之间');

export const calendarGetInput = z.object({ year: nullable(year) });

const WEEKEND = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

/** Each day of a year's rows lies in that year and stands once. */
function dayRowsOfYear(v: { year: number; days: readonly { date: string }[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  v.days.forEach((d, i) => {
    if (!d.date.startsWith(`${v.year}-`)) ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: `日期不在${v.year}年内` });
    if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: '日期重复' });
    seen.add(d.date);
  });
}

/** One year's notice: its days off (the whole break, weekends inside it included) and its make-up working days. */
export const calendarSetYearInput = z
  .object({
    year,
    /** rowVersion of the year when it already exists, null for a new year. */
    rowVersion: nullable(z.number().int()),
    source: text('通知名称和文号', 200),
    note: optionalText('备注', 500),
    days: z.array(calendarDayRow).min(1, '请至少录入一个放假日').max(150, '一年最多录入150天'),
  })
  .superRefine((v, ctx) => {
    dayRowsOfYear(v, ctx);
    v.days.forEach((d, i) => {
      if (d.kind === 'work' && isRealDate(Number(d.date.slice(0, 4)), Number(d.date.slice(5, 7)), Number(d.date.slice(8, 10))) && !WEEKEND(d.date)) {
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: '调休上班日应为星期六或星期日（工作日本来就上班）' });
      }
    });
    if (!v.days.some((d) => d.kind === 'off')) ctx.addIssue({ code: 'custom', path: ['days'], message: '请至少录入一个放假日' });
  });
export type CalendarSetYearInput = z.input<typeof calendarSetYearInput>;

/** One year's regional days off (西藏自治区: 藏历新年, 雪顿节), with the regional notice they come from. */
export const calendarSetRegionalYearInput = z
  .object({
    year,
    /** rowVersion of the year when it already exists, null for a new year. */
    rowVersion: nullable(z.number().int()),
    source: text('来源（文件名称、文号或网址）', 300),
    note: optionalText('备注', 500),
    days: z.array(regionalDayRow).min(1, '请至少录入一个地方节日放假日').max(40, '一年最多录入40个地方节日放假日'),
  })
  .superRefine(dayRowsOfYear);
export type CalendarSetRegionalYearInput = z.input<typeof calendarSetRegionalYearInput>;

export const ruleId = z.enum(RULE_IDS as [string, ...string[]], { error: '未知的期限规则' });

export const ruleInfo = z.object({
  id: z.string(),
  label: z.string(),
  trigger: z.string(),
  length: z.number().int(),
  unit: z.enum(['workingDay', 'calendarDay', 'month']),
  direction: z.enum(['after', 'before']),
  citation: z.string(),
  confidence: z.enum(CONFIDENCE.values),
  actor: z.enum(['bureau', 'party']),
  optional: z.boolean(),
  enabled: z.boolean(),
  unitConfigurable: z.boolean(),
  /** The rule in one line ('自受理起45日'). */
  summary: z.string(),
  /** Who and what the rule applies to (an award's routes, what restarts it), when the label alone does not say. */
  note: z.string().nullable(),
});
export type RuleInfo = z.infer<typeof ruleInfo>;

export const deadlineComputeInput = z
  .object({
    rule: ruleId,
    start: dateKey('起算日期'),
    pauses: z
      .array(z.object({ from: dateKey('中止开始日期'), to: dateKey('中止结束日期') }))
      .max(10, '中止期间最多10段')
      .optional()
      .transform((v) => v ?? []),
  })
  .superRefine((v, ctx) => {
    v.pauses.forEach((p, i) => {
      if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['pauses', i, 'to'], message: '结束日期不能早于开始日期' });
    });
  });
export type DeadlineComputeInput = z.input<typeof deadlineComputeInput>;

export const deadlineResult = z.object({
  due: z.string(),
  trace: z.array(z.string()),
  calendarVersion: z.string(),
  provisional: z.boolean(),
  warnings: z.array(z.string()),
});
export type DeadlineResultOut = z.infer<typeof deadlineResult>;

export const DEADLINE_EVENT_LABELS = DEADLINE_EVENTS;

/** The working-day calendar and the deadline rules. */
export const deadlinesChannels = {
  'calendar.get': q(calendarGetInput, calendarView, 'signedIn'),
  'calendar.setYear': m(calendarSetYearInput, calendarView, 'settings.manage'),
  'calendar.setRegionalYear': m(calendarSetRegionalYearInput, calendarView, 'settings.manage'),
  'deadlines.rules': q(empty, z.array(ruleInfo), 'deadline.compute'),
  'deadlines.compute': q(deadlineComputeInput, deadlineResult, 'deadline.compute'),
} as const satisfies ChannelTable;
