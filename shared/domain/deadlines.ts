// The deadline engine: the single source of every date the application shows or enforces. Pure — imports only
// shared/ and node_modules (the bundled national calendar), runnable with plain tsx.
//
// Counting (DOMAIN.md §1, §5.4): the start day is not counted; working-day rules count Monday–Friday and make-up
// working days and skip statutory holidays and their rest days; calendar-day rules move a last day that is not a
// working day to the next working day (民事诉讼法 Art. 85 via 办案规则 Art. 19); month rules end on the corresponding
// day (or the month's last day) and roll forward likewise (民法典 Arts. 201–203); paused days (中止, 公告送达) are
// not counted (办案规则 Art. 46); "before" rules count back from the event and never land on a day off; an extended
// period runs on from the start (调解仲裁法 Art. 43: at most 15 days beyond the 45 — the other reading is a setting);
// a year without the State Council's notice is counted on its weekends and the holidays the law fixes, provisionally.
import {
  addDays,
  addMonths,
  coversYear,
  DEFAULT_CALENDAR,
  dayKind,
  dayOffReason,
  describeDay,
  isWorkingDay,
  regionalDayOff,
  regionalLabel,
  statutoryDaysOff,
  weekday,
  WEEKDAY_ZH,
  withRegionalLayer,
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
  /** What the person responsible must know beyond the date (another limit this one runs past); also in the trace. */
  warnings: string[];
}

const UNIT_ZH: Record<DayUnit, string> = { workingDay: '个工作日', calendarDay: '日', month: '个月' };

class Counter {
  readonly trace: string[] = [];
  private readonly uncovered = new Set<number>();
  /** Weekdays of years without a notice that the count treated as days off because the law fixes a holiday there. */
  private readonly assumedOff = new Map<string, string>();
  /** Years the count touched whose regional notice is not entered, while the regional layer counts. */
  private readonly regionalUncovered = new Set<number>();
  /** Regional days off a working-day count skipped (named in the trace: the layer that moved the date). */
  readonly regionalSkipped = new Set<string>();

  constructor(
    readonly cal: HolidayCalendar,
    readonly pauses: Pause[],
    readonly settings: DeadlineSettings,
  ) {}

  touch(date: string): void {
    const y = yearOfKey(date);
    if (!coversYear(this.cal, y)) this.uncovered.add(y);
    if (this.cal.regionalOff && this.cal.regional && !this.cal.regional.years.includes(y)) this.regionalUncovered.add(y);
  }

  paused(date: string): boolean {
    return this.pauses.some((p) => date >= p.from && date <= p.to);
  }

  /** Whether a day is worked; a weekday off only because of a computed holiday (no notice entered) is remembered. */
  working(date: string): boolean {
    if (isWorkingDay(this.cal, date)) return true;
    // A day worked but for the regional layer (a weekday, or a make-up working weekend day) is named in the trace.
    if (regionalDayOff(this.cal, date) && isWorkingDay({ ...this.cal, regionalOff: false }, date)) this.regionalSkipped.add(date);
    const wd = weekday(date);
    if (wd !== 0 && wd !== 6 && !coversYear(this.cal, yearOfKey(date)) && !this.cal.offDays.has(date)) {
      const name = statutoryDaysOff(yearOfKey(date)).get(date);
      if (name) this.assumedOff.set(date, name);
    }
    return false;
  }

  /** A day on which the period may end: a working day; optionally a make-up weekend day is treated as a day off. */
  endsOn(date: string): boolean {
    if (this.settings.makeUpWorkdayStopsRollForward === false && dayKind(this.cal, date) === 'makeUpWorkday') return false;
    return this.working(date);
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
      if (unit === 'workingDay' && !this.working(d)) continue;
      counted++;
    }
    if (pausedDays) this.trace.push(`中止期间共 ${pausedDays} 日不计入期限`);
    if (unit === 'workingDay') {
      this.trace.push(`按工作日计算，跳过周末和法定节假日（调休上班日计入）：第${n}个工作日为 ${describeDay(this.cal, d)}`);
      this.regionalNote();
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
        if (this.working(d)) counted++;
      }
      this.trace.push(`自 ${event} 往前数 ${n} 个工作日（不含当日），最迟为 ${describeDay(this.cal, d)}`);
      this.regionalNote();
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

  /** The regional days a working-day count skipped, by name and source: '2027-02-08 藏历新年（西藏自治区，来源：…）顺延'. */
  regionalNote(): void {
    if (this.regionalSkipped.size === 0) return;
    const days = [...this.regionalSkipped].sort().map((d) => `${d} ${regionalLabel(this.cal, regionalDayOff(this.cal, d)!)}`);
    this.trace.push(`按本单位设置，地方节日视为休息日，未计入工作日、期限相应顺延：${days.join('、')}`);
    this.regionalSkipped.clear();
  }

  /** One note per year the regional layer counts in but whose regional notice is not entered. */
  regionalNotes(): string[] {
    const region = this.cal.regional?.region ?? '';
    return [...this.regionalUncovered].sort().map((y) => `${y}年${region}地方节日安排未录入，日期为暂定（按本单位设置，地方节日计入期限）`);
  }

  /**
   * One note per year without a notice: the date is provisional, counted on ordinary weekends and the statutory
   * holidays the law fixes (放假办法 Art. 2), with every weekday so treated named — the shifted rest days and
   * make-up working days are unknown until the State Council's notice.
   */
  provisionalNotes(): string[] {
    return [...this.uncovered].sort().map((y) => {
      const days = [...this.assumedOff].filter(([d]) => yearOfKey(d) === y).sort(([a], [b]) => (a < b ? -1 : 1));
      const listed = days.map(([d, name]) => `${d}（${WEEKDAY_ZH[weekday(d)]}，${name}）`).join('、');
      return days.length === 0
        ? `${y}年放假安排未录入，日期为暂定（按普通周末计算，调休安排未知）`
        : `${y}年放假安排未录入，日期为暂定（按普通周末计算，调休安排未知）；其中按《全国年节及纪念日放假办法》推算的法定节日视为休息日、未计入的有：${listed}——这些是推算结果，不是国务院办公厅的放假通知`;
    });
  }
}

export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const settings = input.settings ?? {};
  // The regional layer (藏历新年, 雪顿节) counts only when the bureau says so: its effect on statutory periods is UNCONFIRMED.
  const cal = withRegionalLayer(input.calendar ?? DEFAULT_CALENDAR, settings.regionalHolidays === true);
  const pauses = input.pauses ?? [];
  const rule = effectiveRule(input.rule, settings);
  const counter = new Counter(cal, pauses, settings);
  const confidence = rule.confidence === 'statutory' ? '' : rule.confidence === 'local' ? '（地方做法，可在设置中调整）' : '（待核实，可在设置中调整）';
  counter.trace.push(`${rule.label}：${rule.direction === 'before' ? '至少提前' : ''}${rule.length}${UNIT_ZH[rule.unit]}。依据：${rule.citation}${confidence}`);
  if (rule.unitConfigurable) {
    counter.trace.push('按工作日还是自然日计算，以本单位设置为准（据报《劳动人事争议仲裁办案规则》附则规定“三日”“五日”“十日”指工作日，待核实）');
  }
  for (const p of pauses) counter.trace.push(`中止（或公告送达）期间 ${p.from} 至 ${p.to} 不计入`);

  let due: string;
  if (rule.direction === 'before') {
    due = counter.backward(input.start, rule.length, rule.unit);
  } else if (rule.extends) {
    due = extendedDue(counter, input.start, rule, effectiveRule(rule.extends as RuleId, settings));
  } else {
    counter.trace.push(`自 ${input.start} 起算，起算当日不计入`);
    due = counter.forward(input.start, rule.length, rule.unit);
  }
  const warnings = rule.cautionIfAfter ? caution(cal, settings, input.start, due, rule.cautionIfAfter) : [];
  const notes = [...counter.provisionalNotes(), ...counter.regionalNotes()];
  counter.trace.push(`期限届满日：${describeDay(cal, due, true)}`);
  counter.trace.push(...warnings);
  counter.trace.push(...notes);
  counter.trace.push(`日历：${cal.version}（已录入${cal.years[0]}–${cal.years[cal.years.length - 1]}年）`);
  return { due, trace: counter.trace, calendarVersion: cal.version, provisional: notes.length > 0, warnings };
}

type EffectiveRule = ReturnType<typeof effectiveRule>;

/**
 * An extended period (调解仲裁法 Art. 43, 办案规则 Art. 45: at most 15 days beyond the 45; 监察条例 Art. 17: +30
 * working days). By default it runs on from the start without a break — the base period's roll past a holiday
 * does not lengthen it — and only its own last day is rolled; the bureau may choose to count from the rolled day.
 */
function extendedDue(counter: Counter, start: string, rule: EffectiveRule, base: EffectiveRule): string {
  const total = base.length + rule.length;
  counter.trace.push(`自 ${start} 起算，起算当日不计入；原期限 ${base.length}${UNIT_ZH[base.unit]}，经批准延长不超过 ${rule.length}${UNIT_ZH[rule.unit]}`);
  if (counter.settings.extensionCountedFrom === 'rolledDue' || base.unit !== rule.unit) {
    const baseDue = counter.forward(start, base.length, base.unit);
    counter.trace.push(`按本单位设置，延长期自原期限届满日 ${baseDue}（遇节假日的，为顺延后的日期）起算`);
    return counter.forward(baseDue, rule.length, rule.unit);
  }
  const probe = new Counter(counter.cal, counter.pauses, counter.settings);
  const baseDue = probe.forward(start, base.length, base.unit);
  counter.trace.push(
    `按本单位设置，延长后的期限自 ${start} 起连续计算，共 ${total}${UNIT_ZH[rule.unit]}（原期限的届满日为 ${baseDue}${rule.unit === 'workingDay' ? '' : '；原期限因节假日顺延的日数不计入延长期限'}）`,
  );
  return counter.forward(start, total, rule.unit);
}

/** The warning when a limit runs past another one counted from the same start (行政处罚法 Art. 60 for an investigation). */
function caution(cal: HolidayCalendar, settings: DeadlineSettings, start: string, due: string, c: { rule: string; text: string }): string[] {
  const other = effectiveRule(c.rule as RuleId, settings);
  const otherDue = new Counter(cal, [], settings).forward(start, other.length, other.unit);
  return due > otherDue ? [`注意：${c.text}，即 ${otherDue} 前；本期限届满日 ${due} 晚于该日，处罚决定不能等到本期限届满才作出`] : [];
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
