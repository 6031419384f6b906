// The deadline engine: the single source of every date the application shows or enforces. Pure — imports only
// shared/ and node_modules (the bundled national calendar), runnable with plain tsx.
//
// Counting (DOMAIN.md §1, §5.4): the start day is not counted; working-day rules count Monday–Friday and make-up
// working days and skip statutory holidays and their rest days; calendar-day rules move a last day that is not a
// working day to the next working day (民事诉讼法 Art. 85 via 办案规则 Art. 19); month rules end on the corresponding
// day (or the month's last day) and roll forward likewise (民法典 Arts. 201–203); paused days (中止, 公告送达) are
// not counted (办案规则 Art. 46); "before" rules count back from the event and never land on a day off.
import {
  addDays,
  addMonths,
  coversYear,
  DEFAULT_CALENDAR,
  dayKind,
  dayOffReason,
  describeDay,
  isWorkingDay,
  yearOfKey,
  type HolidayCalendar,
} from './calendar';
import { effectiveRule, type DayUnit, type DeadlineSettings, type RuleId } from './deadline-rules';

export interface Pause {
  from: string;
  to: string;
}

export interface DeadlineInput {
  rule: RuleId;
  /** 'YYYY-MM-DD' (Asia/Shanghai): the trigger event's date; for a 'before' rule, the date of the event itself. */
  start: string;
  calendar?: HolidayCalendar;
  pauses?: Pause[];
  settings?: DeadlineSettings;
}

export interface DeadlineResult {
  due: string;
  trace: string[];
  calendarVersion: string;
  provisional: boolean;
}

const UNIT_ZH: Record<DayUnit, string> = { workingDay: '个工作日', calendarDay: '日', month: '个月' };

class Counter {
  readonly trace: string[] = [];
  private readonly uncovered = new Set<number>();

  constructor(
    readonly cal: HolidayCalendar,
    readonly pauses: Pause[],
    readonly settings: DeadlineSettings,
  ) {}

  touch(date: string): void {
    const y = yearOfKey(date);
    if (!coversYear(this.cal, y)) this.uncovered.add(y);
  }

  paused(date: string): boolean {
    return this.pauses.some((p) => date >= p.from && date <= p.to);
  }

  /** A day on which the period may end: a working day; optionally a make-up weekend day is treated as a day off. */
  endsOn(date: string): boolean {
    if (this.settings.makeUpWorkdayStopsRollForward === false && dayKind(this.cal, date) === 'makeUpWorkday') return false;
    return isWorkingDay(this.cal, date);
  }

  rollForward(date: string, ordinal: string): string {
    let d = date;
    while (!this.endsOn(d)) {
      this.touch(d);
      d = addDays(d, 1);
    }
    this.touch(d);
    if (d !== date) this.trace.push(`${ordinal} ${date} 为${dayOffReason(this.cal, date)}，顺延至 ${describeDay(this.cal, d)}`);
    return d;
  }

  forward(start: string, n: number, unit: DayUnit): string {
    this.touch(start);
    let pausedDays = 0;
    if (unit === 'month') {
      let due = addMonths(start, n);
      this.trace.push(`${n}个月后的对应日为 ${due}（没有对应日的，以该月最后一日为准）`);
      // Paused days inside the period push its end on, day for day.
      let counted = 0;
      for (let d = addDays(start, 1); d <= due; d = addDays(d, 1)) {
        if (this.paused(d)) {
          counted++;
          due = addDays(due, 1);
        }
      }
      if (counted) this.trace.push(`其间 ${counted} 日中止不计入，相应顺延至 ${due}`);
      for (let d = start; d <= due; d = addDays(d, 1)) this.touch(d);
      return this.rollForward(due, '最后一日');
    }
    let d = start;
    let counted = 0;
    while (counted < n) {
      d = addDays(d, 1);
      this.touch(d);
      if (this.paused(d)) {
        pausedDays++;
        continue;
      }
      if (unit === 'workingDay' && !isWorkingDay(this.cal, d)) continue;
      counted++;
    }
    if (pausedDays) this.trace.push(`中止期间共 ${pausedDays} 日不计入期限`);
    if (unit === 'workingDay') {
      this.trace.push(`按工作日计算，跳过周末和法定节假日（调休上班日计入）：第${n}个工作日为 ${describeDay(this.cal, d)}`);
      return d;
    }
    return this.rollForward(d, `第${n}日`);
  }

  backward(event: string, n: number, unit: DayUnit): string {
    this.touch(event);
    let d = event;
    if (unit === 'workingDay') {
      let counted = 0;
      while (counted < n) {
        d = addDays(d, -1);
        this.touch(d);
        if (isWorkingDay(this.cal, d)) counted++;
      }
      this.trace.push(`自 ${event} 往前数 ${n} 个工作日（不含当日），最迟为 ${describeDay(this.cal, d)}`);
      return d;
    }
    d = unit === 'month' ? addMonths(event, -n) : addDays(event, -n);
    this.trace.push(`自 ${event} 往前 ${n}${UNIT_ZH[unit]}为 ${describeDay(this.cal, d)}`);
    const latest = d;
    while (!this.endsOn(d)) {
      d = addDays(d, -1);
      this.touch(d);
    }
    if (d !== latest) this.trace.push(`该日不是工作日，提前至 ${describeDay(this.cal, d)}`);
    return d;
  }

  provisionalNotes(): string[] {
    return [...this.uncovered].sort().map((y) => `${y}年放假安排未录入，日期为暂定（按普通周末计算）`);
  }
}

export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const cal = input.calendar ?? DEFAULT_CALENDAR;
  const settings = input.settings ?? {};
  const rule = effectiveRule(input.rule, settings);
  const counter = new Counter(cal, input.pauses ?? [], settings);
  const confidence = rule.confidence === 'statutory' ? '' : rule.confidence === 'local' ? '（地方做法，可在设置中调整）' : '（待核实，可在设置中调整）';
  counter.trace.push(`${rule.label}：${rule.direction === 'before' ? '至少提前' : ''}${rule.length}${UNIT_ZH[rule.unit]}。依据：${rule.citation}${confidence}`);
  if (rule.unitConfigurable) {
    counter.trace.push('按工作日还是自然日计算，以本单位设置为准（据报《劳动人事争议仲裁办案规则》附则规定“三日”“五日”“十日”指工作日，待核实）');
  }
  for (const p of input.pauses ?? []) counter.trace.push(`中止（或公告送达）期间 ${p.from} 至 ${p.to} 不计入`);

  let due: string;
  if (rule.direction === 'before') {
    due = counter.backward(input.start, rule.length, rule.unit);
  } else if (rule.extends) {
    const base = effectiveRule(rule.extends as RuleId, settings);
    counter.trace.push(`自 ${input.start} 起算，起算当日不计入；原期限 ${base.length}${UNIT_ZH[base.unit]}`);
    const baseDue = counter.forward(input.start, base.length, base.unit);
    counter.trace.push(`原期限届满日 ${baseDue}；经批准延长 ${rule.length}${UNIT_ZH[rule.unit]}，自原届满日起算`);
    due = counter.forward(baseDue, rule.length, rule.unit);
  } else {
    counter.trace.push(`自 ${input.start} 起算，起算当日不计入`);
    due = counter.forward(input.start, rule.length, rule.unit);
  }
  const notes = counter.provisionalNotes();
  counter.trace.push(`期限届满日：${describeDay(cal, due, true)}`);
  counter.trace.push(...notes);
  counter.trace.push(`日历：${cal.version}（已录入${cal.years[0]}–${cal.years[cal.years.length - 1]}年）`);
  return { due, trace: counter.trace, calendarVersion: cal.version, provisional: notes.length > 0 };
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(cal: HolidayCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(cal, d)) n++;
  return n;
}

/** Hour periods (24-hour transfers, incident reports) on instants, apart from the date contract. */
export function computeHourDeadline(startMs: number, hours: number): number {
  return startMs + hours * 3_600_000;
}
