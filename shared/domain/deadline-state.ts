// From a proceeding's event log to its open deadlines: which clocks run, from when (restarts included), what is
// paused, what was met and when, what is due soon or overdue. Pure; the workflow stores its output and recomputes
// it in one transaction whenever the calendar, a parameter or an event changes.
import { DEFAULT_CALENDAR, type HolidayCalendar } from './calendar';
import { effectiveRule, ruleAppliesTo, RULE_IDS, type DeadlineEventKind, type DeadlineSettings, type RuleId } from './deadline-rules';
import { computeDeadline, workingDaysBetween, type Pause } from './deadlines';

export interface ProceedingEvent {
  kind: DeadlineEventKind;
  date: string;
  /** For 'extended': the rule whose period was extended. */
  rule?: RuleId;
}

export type DeadlineStatus = 'running' | 'dueSoon' | 'overdue' | 'lapsed' | 'elapsed' | 'met' | 'metLate' | 'paused' | 'extended';

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  running: '进行中',
  dueSoon: '即将到期',
  overdue: '已逾期',
  lapsed: '已届满',
  elapsed: '已期满',
  met: '已按期完成',
  metLate: '逾期完成',
  paused: '中止中',
  extended: '已延长',
};

export interface DeadlineState {
  rule: RuleId;
  label: string;
  startedOn: string;
  due: string;
  status: DeadlineStatus;
  metOn: string | null;
  provisional: boolean;
  trace: string[];
  calendarVersion: string;
  actor: 'bureau' | 'party';
  nature: 'duty' | 'lapse' | 'wait';
  citation: string;
}

/** "Due within 3 working days" — the leader's warning window. */
export const DUE_SOON_WORKING_DAYS = 3;

function latest(events: ProceedingEvent[], kind: DeadlineEventKind, after = ''): ProceedingEvent | undefined {
  return events.filter((e) => e.kind === kind && e.date >= after).sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
}

/** Pause intervals from 'paused'/'resumed' pairs on or after `from`; an open pause runs to `today`. */
function pausesFrom(events: ProceedingEvent[], from: string, today: string): { pauses: Pause[]; open: boolean } {
  const sorted = events.filter((e) => (e.kind === 'paused' || e.kind === 'resumed') && e.date >= from).sort((a, b) => (a.date < b.date ? -1 : 1));
  const pauses: Pause[] = [];
  let openFrom: string | null = null;
  for (const e of sorted) {
    if (e.kind === 'paused' && openFrom === null) openFrom = e.date;
    else if (e.kind === 'resumed' && openFrom !== null) {
      // The day of resumption counts again; the pause covers the days from its start to the day before.
      if (e.date > openFrom) pauses.push({ from: openFrom, to: e.date < openFrom ? openFrom : prevDay(e.date) });
      openFrom = null;
    }
  }
  if (openFrom !== null) pauses.push({ from: openFrom, to: today < openFrom ? openFrom : today });
  return { pauses, open: openFrom !== null };
}

function prevDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export interface DeadlineOptions {
  today: string;
  calendar?: HolidayCalendar;
  settings?: DeadlineSettings;
  /** Restrict to these rules (default: every non-optional rule, plus the optional ones the settings switch on). */
  rules?: readonly RuleId[];
  /** Only the rules of this kind of proceeding (inspection, arbitration, mediation …). */
  proceedingKind?: string;
}

export function deadlinesFromEvents(events: ProceedingEvent[], options: DeadlineOptions): DeadlineState[] {
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const settings = options.settings ?? {};
  const ids = (options.rules ?? RULE_IDS.filter((id) => !effectiveRule(id, settings).optional || settings.enabledOptional?.includes(id))).filter(
    (id) => !options.proceedingKind || ruleAppliesTo(id, options.proceedingKind),
  );
  const out: DeadlineState[] = [];
  for (const id of ids) {
    const rule = effectiveRule(id, settings);
    const trigger = latest(events, rule.trigger);
    if (!trigger) continue;
    if (rule.extends && !events.some((e) => e.kind === 'extended' && e.rule === rule.extends && e.date >= trigger.date)) continue;
    let start = trigger.date;
    const trace: string[] = [];
    if (rule.restartable) {
      const restart = latest(events, 'restarted', trigger.date);
      if (restart && restart.date > start) {
        start = restart.date;
        trace.push(`因重新计算期限的事由，自 ${start} 起重新计算（《劳动人事争议仲裁办案规则》第四十六条）`);
      }
    }
    const { pauses, open } = rule.pausable ? pausesFrom(events, start, options.today) : { pauses: [], open: false };
    const result = computeDeadline({ rule: id, start, calendar, pauses, settings });
    // What meets a 'before' rule happens before its event (the notice before the hearing); otherwise after the trigger.
    const met = events
      .filter((e) => rule.metBy.includes(e.kind) && (rule.direction === 'before' ? e.date <= trigger.date : e.date >= trigger.date))
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .at(rule.direction === 'before' ? -1 : 0);
    const superseded = !rule.extends && events.some((e) => e.kind === 'extended' && e.rule === id && e.date >= trigger.date);
    const after = rule.nature === 'duty' ? 'overdue' : rule.nature === 'lapse' ? 'lapsed' : 'elapsed';
    let status: DeadlineStatus;
    if (superseded) status = 'extended';
    else if (met) status = met.date <= result.due ? 'met' : 'metLate';
    else if (open) status = 'paused';
    else if (options.today > result.due) status = after;
    else if (workingDaysBetween(calendar, options.today, result.due) <= DUE_SOON_WORKING_DAYS) status = 'dueSoon';
    else status = 'running';
    if (open) trace.push(`中止尚未结束，期限暂按 ${options.today} 计算，恢复后顺延`);
    out.push({
      rule: id,
      label: rule.label,
      startedOn: start,
      due: result.due,
      status,
      metOn: met?.date ?? null,
      provisional: result.provisional,
      trace: [...trace, ...result.trace],
      calendarVersion: result.calendarVersion,
      actor: rule.actor,
      nature: rule.nature,
      citation: rule.citation,
    });
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.rule < b.rule ? -1 : 1));
}
