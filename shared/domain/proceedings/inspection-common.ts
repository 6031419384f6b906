// What the inspection proceeding's step files share: its states, the action builder for them, the articles its
// steps cite, and the one way a guard reads a clock of the proceeding — the deadline engine on its own events with
// the bureau's calendar and settings, so a refusal names the very date the deadline table shows.
import { deadlinesFromEvents, type ProceedingEvent } from '../deadline-state';
import type { RuleId } from '../deadline-rules';
import { actionsOf, type ActionEvent, type ProceedingView } from './definition';

export const INSPECTION_STATES = {
  received: '待受理',
  accepted: '已受理，待立案',
  filed: '已立案，调查中',
  investigationClosed: '调查终结，待事先告知',
  noticed: '已事先告知，待决定',
  hearing: '当事人要求听证，待通知',
  hearingScheduled: '已通知听证',
  decided: '已作出决定',
  effective: '复议诉讼期限届满，待履行',
  demanded: '已催告',
  enforcementApplied: '已申请法院强制执行',
  revoked: '已撤销立案，待结案',
  closed: '已结案',
  notAccepted: '不予受理',
  /** The desk moved the matter to a proceeding of another kind before any department took it (routing). */
  rerouted: '已改由其他程序办理',
} as const;
export type InspectionState = keyof typeof INSPECTION_STATES;
export const action = actionsOf<InspectionState>();

export const ART = {
  rules18: '《关于实施〈劳动保障监察条例〉若干规定》第十八条',
  reg16: '《劳动保障监察条例》第十六条',
  reg17: '《劳动保障监察条例》第十七条',
  reg18: '《劳动保障监察条例》第十八条',
  reg19: '《劳动保障监察条例》第十九条',
  reg26: '《劳动保障监察条例》第二十六条',
  penalty44: '《行政处罚法》第四十四条、第四十五条',
  penalty57: '《行政处罚法》第五十七条',
  penalty58: '《行政处罚法》第五十八条',
  penalty64: '《行政处罚法》第六十三条、第六十四条',
  penalty61: '《行政处罚法》第六十一条',
  coercion53: '《行政强制法》第五十三条',
  coercion54: '《行政强制法》第五十四条',
  wage42: '《保障农民工工资支付条例》第四十二条',
} as const;

/** Whether the log holds an event of this kind. */
export const has = (p: ProceedingView, kind: ActionEvent['kind']) => p.events.some((e) => e.kind === kind);

/**
 * The due dates of a rule for this proceeding (one per party where the rule runs per party), as the deadline engine
 * computes them from the events so far plus any the step is about to record; empty when the rule does not run.
 */
export function dueDates(p: ProceedingView, rule: RuleId, extra: readonly ActionEvent[] = []): string[] {
  const events: ProceedingEvent[] = [...p.events, ...extra].map((e) => ({ kind: e.kind, date: e.date, ...(e.rule ? { rule: e.rule } : {}), ...(e.party ? { party: e.party } : {}) }));
  return deadlinesFromEvents(events, { today: p.today, calendar: p.basis?.calendar, settings: p.basis?.settings, rules: [rule] }).map((d) => d.due);
}

/** The latest of a rule's due dates, or null. */
export function lastDue(p: ProceedingView, rule: RuleId, extra: readonly ActionEvent[] = []): string | null {
  return dueDates(p, rule, extra).reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);
}
