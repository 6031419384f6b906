// From a proceeding's event log to its open deadlines: which clocks run, from when (restarts included), what is
// paused, what was met and when, what is due soon or overdue. Pure; the workflow stores its output and recomputes
// it in one transaction whenever the calendar, a parameter or an event changes.
import { DEFAULT_CALENDAR, type HolidayCalendar } from './calendar';
import {
  DEADLINE_EVENTS,
  effectiveRule,
  ruleAppliesTo,
  RULE_IDS,
  RULES,
  ruleDef,
  type AwardFinality,
  type AwardPartyRole,
  type DeadlineEventKind,
  type DeadlineSettings,
  type RuleId,
} from './deadline-rules';
import { computeDeadline, workingDaysBetween, type DeadlineResult, type Pause } from './deadlines';

export interface ProceedingEvent {
  kind: DeadlineEventKind;
  date: string;
  /** For 'extended': the rule whose period was extended. */
  rule?: RuleId;
  /** The party an event concerns (a service of the award, a suit): its name as the case file shows it. */
  party?: string;
  /** That party's side; unknown on an award's service → every candidate clock is shown. */
  partyRole?: AwardPartyRole;
  /** For an award's service (and what answers it): the award served — final, non-final (a split award has both). */
  awardFinality?: AwardFinality;
}

const FINALITY_ZH: Record<AwardFinality, string> = { final: '终局裁决', nonFinal: '非终局裁决' };
const ROLE_ZH: Record<AwardPartyRole, string> = { worker: '劳动者', employer: '用人单位' };

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
  /** The party whose own clock this is (an award's routes run per party), else null. */
  party: string | null;
  awardFinality: AwardFinality | null;
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
  warnings: string[];
}

/** "Due within 3 working days" — the leader's warning window. */
export const DUE_SOON_WORKING_DAYS = 3;

function latest(events: ProceedingEvent[], kind: DeadlineEventKind, after = ''): ProceedingEvent | undefined {
  return events.filter((e) => e.kind === kind && e.date >= after).sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
}

/**
 * Pause intervals from 'paused'/'resumed' pairs on or after `from`; an open pause runs to `today`. Pauses nest: a
 * 中止 and the public notices to two respondents may overlap, and the clock runs again only when the last has ended
 * (events of one day count in the order they were recorded).
 */
function pausesFrom(events: ProceedingEvent[], from: string, today: string): { pauses: Pause[]; open: boolean } {
  // A stable sort: events of one day stay in the order they were recorded.
  const sorted = events.filter((e) => (e.kind === 'paused' || e.kind === 'resumed') && e.date >= from).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const pauses: Pause[] = [];
  let openFrom: string | null = null;
  let depth = 0;
  for (const e of sorted) {
    if (e.kind === 'paused') {
      if (depth === 0) openFrom = e.date;
      depth++;
    } else if (depth > 0 && --depth === 0 && openFrom !== null) {
      // The day of resumption counts again; the pause covers the days from its start to the day before.
      if (e.date > openFrom) pauses.push({ from: openFrom, to: prevDay(e.date) });
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

/**
 * A clock's name as every screen shows it: the rule's label, with the party and the award part when the clock is
 * theirs. A pure function of the stored key (rule, party, award part), so the stored row need not repeat it; the
 * settings change a rule's length and unit, never its label or citation (effectiveRule).
 */
export function clockLabel(rule: string, party: string | null, awardFinality: AwardFinality | '' | null): string {
  const def = Object.hasOwn(RULES, rule) ? ruleDef(rule as RuleId) : null;
  const who = [party || null, awardFinality ? FINALITY_ZH[awardFinality] : null].filter(Boolean).join('，');
  const base = def?.label ?? rule;
  return who ? `${base}（${who}）` : base;
}

/** The article a stored clock's rule counts under (the rule table's citation; '' for a rule no longer known). */
export function clockCitation(rule: string): string {
  return Object.hasOwn(RULES, rule) ? ruleDef(rule as RuleId).citation : '';
}

/** The triggers a rule counts from: the latest trigger event, or for an award's routes one per party and award served. */
interface Clock {
  trigger: ProceedingEvent;
  party: string | null;
  awardFinality: AwardFinality | null;
  trace: string[];
}

function clocksOf(rule: ReturnType<typeof effectiveRule>, events: ProceedingEvent[]): Clock[] {
  if (rule.perParty) {
    // Each party's period from its own (latest) service; events naming no party keep the proceeding's one clock.
    const byParty = new Map<string | null, ProceedingEvent>();
    for (const e of events.filter((x) => x.kind === rule.trigger)) {
      const prev = byParty.get(e.party ?? null);
      if (!prev || e.date >= prev.date) byParty.set(e.party ?? null, e);
    }
    // A 'before' rule counts back from the party's own event (the hearing day): the notice is owed to each party.
    const own = (party: string, date: string) => (rule.direction === 'before' ? `${party}：${DEADLINE_EVENTS[rule.trigger]}日为 ${date}，应在此前向其送达，单独计算` : `${party}于 ${date} 被送达，期限自该日起单独计算`);
    return [...byParty].map(([party, trigger]) => ({ trigger, party, awardFinality: null, trace: party ? [own(party, trigger.date)] : [] }));
  }
  if (!rule.awardRoutes) {
    const trigger = latest(events, rule.trigger);
    return trigger ? [{ trigger, party: null, awardFinality: null, trace: [] }] : [];
  }
  const routes = rule.awardRoutes;
  const clocks: Clock[] = [];
  for (const e of events.filter((x) => x.kind === rule.trigger)) {
    // 调解仲裁法 Arts. 48–50: which route is open depends on the award and on the party; unknown → each candidate.
    const finalities = e.awardFinality ? [e.awardFinality] : (Object.keys(routes) as AwardFinality[]);
    for (const f of finalities) {
      const roles = routes[f] ?? [];
      if (e.partyRole ? !roles.includes(e.partyRole) : roles.length === 0) continue;
      const trace = [`${e.party ?? '当事人'}${e.partyRole ? `（${ROLE_ZH[e.partyRole]}）` : ''}于 ${e.date} 收到${FINALITY_ZH[f]}，期限自该日起单独计算`];
      const unknown = [e.awardFinality ? null : '裁决是否终局', e.partyRole ? null : '当事人是劳动者还是用人单位'].filter(Boolean);
      if (unknown.length > 0) trace.push(`${unknown.join('、')}未记录：列出可能适用的期限，请补记`);
      clocks.push({ trigger: e, party: e.party ?? null, awardFinality: f, trace });
    }
  }
  return clocks;
}

/** The events that meet a clock: for a per-party clock, that party's own act (on the same award part where it says). */
function metEvents(rule: ReturnType<typeof effectiveRule>, clock: Clock, events: ProceedingEvent[]): ProceedingEvent[] {
  const trigger = clock.trigger;
  return events.filter(
    (e) =>
      rule.metBy.includes(e.kind) &&
      // What meets a 'before' rule happens before its event (the notice before the hearing); otherwise after the trigger.
      (rule.direction === 'before' ? e.date <= trigger.date : e.date >= trigger.date) &&
      (clock.party === null || e.party === undefined || e.party === clock.party) &&
      (clock.awardFinality === null || e.awardFinality === undefined || e.awardFinality === clock.awardFinality),
  );
}

/** Why a clock started again, for the trace. */
function restartReason(kind: DeadlineEventKind, date: string, rule: RuleId): string {
  if (kind === 'supplemented') {
    return rule.startsWith('inspection.')
      ? `投诉人于 ${date} 补正材料，按本单位设置，受理期限自补正之日起重新计算（《关于实施〈劳动保障监察条例〉若干规定》第十八条对此未作规定）`
      : `申请人于 ${date} 补正材料，收到仲裁申请的时间自补正之日起重新计算（《劳动人事争议仲裁办案规则》第四十六条第二项）`;
  }
  if (kind === 'jurisdictionDecided') return `${date} 对管辖异议作出决定，按本单位设置，仲裁期限自该日起重新计算（《劳动人事争议仲裁办案规则》第四十六条所列事由中未见此项，待核实）`;
  return `因重新计算期限的事由，自 ${date} 起重新计算（《劳动人事争议仲裁办案规则》第四十六条）`;
}

const NO_SETTINGS: DeadlineSettings = {};

/**
 * A clock without pauses depends only on its rule, its start, the calendar and the settings: a bulk computation (the
 * recompute, seed:large) meets the same ones over and over, so each is counted once per calendar and settings object
 * (both are built anew whenever they change). Each caller gets its own arrays. Bounded: cleared past 20,000 entries.
 */
const unpausedCache = new WeakMap<HolidayCalendar, WeakMap<DeadlineSettings, Map<string, DeadlineResult>>>();

function unpausedDeadline(rule: RuleId, start: string, calendar: HolidayCalendar, settings: DeadlineSettings): DeadlineResult {
  let bySettings = unpausedCache.get(calendar);
  if (!bySettings) unpausedCache.set(calendar, (bySettings = new WeakMap()));
  let results = bySettings.get(settings);
  if (!results) bySettings.set(settings, (results = new Map()));
  const key = `${rule}|${start}`;
  let r = results.get(key);
  if (!r) {
    if (results.size >= 20_000) results.clear();
    r = computeDeadline({ rule, start, calendar, pauses: [], settings });
    results.set(key, r);
  }
  return { ...r, trace: [...r.trace], warnings: [...r.warnings] };
}

/** The effective rules per settings object and proceeding kind: a bulk recompute passes one settings object for every proceeding. */
const rulesCache = new WeakMap<DeadlineSettings, Map<string, readonly ReturnType<typeof effectiveRule>[]>>();

/** The rules a proceeding's clocks run under (optional ones only where the settings switch them on), effective under the settings. */
function rulesInForce(settings: DeadlineSettings, only: readonly RuleId[] | undefined, proceedingKind: string | undefined): readonly ReturnType<typeof effectiveRule>[] {
  const compute = () =>
    (only ?? RULE_IDS.filter((id) => !effectiveRule(id, settings).optional || settings.enabledOptional?.includes(id)))
      .filter((id) => !proceedingKind || ruleAppliesTo(id, proceedingKind))
      .map((id) => effectiveRule(id, settings));
  // An explicit rule list is a caller's one-off (the calculator, tests): not cached.
  if (only) return compute();
  let byKind = rulesCache.get(settings);
  if (!byKind) rulesCache.set(settings, (byKind = new Map()));
  const key = proceedingKind ?? '';
  let rules = byKind.get(key);
  if (!rules) byKind.set(key, (rules = compute()));
  return rules;
}

export function deadlinesFromEvents(events: ProceedingEvent[], options: DeadlineOptions): DeadlineState[] {
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const settings = options.settings ?? NO_SETTINGS;
  const out: DeadlineState[] = [];
  for (const rule of rulesInForce(settings, options.rules, options.proceedingKind)) {
    const id = rule.id;
    if (rule.onlyWith && !events.some((e) => rule.onlyWith!.includes(e.kind))) continue;
    for (const clock of clocksOf(rule, events)) {
      const trigger = clock.trigger;
      if (rule.extends && !events.some((e) => e.kind === 'extended' && e.rule === rule.extends && e.date >= trigger.date)) continue;
      let start = trigger.date;
      const trace = [...clock.trace];
      const restart = rule.restartedBy?.length
        ? events.filter((e) => rule.restartedBy!.includes(e.kind) && e.date > start).sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1)
        : undefined;
      if (restart) {
        start = restart.date;
        trace.push(restartReason(restart.kind, start, id));
      }
      const { pauses, open } = rule.pausable ? pausesFrom(events, start, options.today) : { pauses: [], open: false };
      const result = pauses.length === 0 ? unpausedDeadline(id, start, calendar, settings) : computeDeadline({ rule: id, start, calendar, pauses, settings });
      const met = metEvents(rule, clock, events)
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
        label: clockLabel(id, clock.party, clock.awardFinality),
        party: clock.party,
        awardFinality: clock.awardFinality,
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
        warnings: result.warnings,
      });
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : (a.label < b.label ? -1 : 1)));
}
