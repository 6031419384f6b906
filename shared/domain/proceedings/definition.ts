// The shape every kind of proceeding is written in: its states, its actions (what each needs first, who may take it,
// whether a leader must approve it, which clocks it starts or stops, which documents it may issue) and its number
// series. One engine in the core applies an action; the interface lists the same actions and explains a disabled one
// with the same sentence the core refuses with. Pure: no database, no clock — the caller passes `today`.
import type { z } from 'zod';
import type { HolidayCalendar } from '../calendar';
import type { DeadlineEventKind, DeadlineSettings, RuleId } from '../deadline-rules';
import type { Permission } from '../permissions';
import type { DocumentKind, ProceedingKind } from '../vocabulary';

/** A clock event an action records, dated as the person acting said (a 受理 dated the day the head signed). */
export interface ActionEvent {
  kind: DeadlineEventKind;
  date: string;
  /** For 'extended': the rule whose period the approval extends (监察条例 Art. 17). */
  rule?: RuleId;
  /** The party an event concerns (a decision served on the employer): its own clock runs from it. */
  party?: string;
  /** That party's side (a service of the award, a suit): the award's routes depend on it (调解仲裁法 Arts. 48–50). */
  partyRole?: 'worker' | 'employer';
  /** The award part an event concerns (a final award's service, an application to set it aside). */
  awardFinality?: 'final' | 'nonFinal';
}

/** Who stands on the file's team, as a guard sees it. */
export interface TeamMemberView {
  staffId: string | null;
  role: TeamRole;
  /** 执法证 expiry ('YYYY-MM-DD'), null when the person holds none (监察条例 Art. 16). */
  enforcementCertExpiry: string | null;
  /** 仲裁员证 expiry. */
  arbitratorCertExpiry: string | null;
  /** The person's name, for a guard's sentence (absent for a member from outside the bureau's staff list). */
  name?: string | null;
  /** Whether the account is active (a person who left the bureau stays on old files but takes no new part). */
  active?: boolean;
}

/** 包案领导, 承办人 (the handlers who investigate or try the case), 参与人员 (专职 or 兼职, possibly from another body). */
export type TeamRole = 'leader' | 'handler' | 'participant';

/** What a guard and an input check see of a proceeding and its case file. */
export interface ProceedingView {
  kind: ProceedingKind;
  status: string;
  number: string | null;
  /** The day the action is taken (Asia/Shanghai). */
  today: string;
  /** Its clock events so far, oldest first. */
  events: readonly ActionEvent[];
  caseFile: { collective: boolean; urgent: boolean; leaderStaffId: string | null };
  team: readonly TeamMemberView[];
  /** An action sent to a leader and not yet approved or returned: nothing else moves meanwhile. */
  pendingApproval: { action: string } | null;
  /**
   * The desk routed the file to a department that has not yet taken it (签收), or the department returned it to the
   * desk: no step until a department takes it (归口办理). Null once taken, and for files routed before routing existed.
   */
  awaitingReceipt: { department: string; returned: boolean } | null;
  /**
   * The bureau's counting calendar and deadline settings, for a guard that asks when a clock of this proceeding ends
   * (催告期满, 听证通知七日) — the very dates the deadline table shows. Absent: the national calendar and defaults.
   */
  basis?: { calendar: HolidayCalendar; settings: DeadlineSettings; hearingFineThresholdFen?: (date: string) => number | null };
  /**
   * The file's money as its stored payments count it (what counts as paid: shared/domain/payments.ts), for a step that
   * turns on it (提前移出, 全额支付结案); absent where the caller did not gather it.
   */
  money?: FileMoneyView;
  /** An arbitration's parties by name (the 调解书 binds once each has signed it, 调解仲裁法 Art. 42); absent elsewhere. */
  parties?: { applicants: readonly string[]; respondents: readonly string[] };
  /** An arbitration's last hearing held, who came, and who was served its notice (调解仲裁法 Art. 36); absent elsewhere. */
  lastHearing?: HearingAttendance | null;
}

/** Each worker of the file and what is still owed (null: amount owed not known), and what counted as paid, by payer. */
export interface FileMoneyView {
  workers: readonly { name: string; paidFen: number; outstandingFen: number | null }[];
  paidByPayer: readonly { payerKind: string; label: string; fen: number }[];
}

/**
 * The workers still owed money in a sentence ('扎西尚欠¥8,000.00、…'), or null; with `unknownUnpaid`, also those whose
 * amount owed is not recorded (nobody can say they were paid in full).
 */
export function unpaidWorkers(m: FileMoneyView, formatYuan: (fen: number) => string, unknownUnpaid = true): string | null {
  const left = m.workers.filter((w) => (w.outstandingFen === null ? unknownUnpaid : w.outstandingFen > 0));
  if (left.length === 0) return null;
  return left.map((w) => (w.outstandingFen === null ? `${w.name}（应付数额未登记）` : `${w.name}尚欠${formatYuan(w.outstandingFen)}`)).join('、');
}

/** A hearing held, as the absence steps see it. */
export interface HearingAttendance {
  date: string;
  applicantAppeared: boolean;
  respondentAppeared: boolean;
  absentWithoutCause: boolean;
  applicants: readonly string[];
  respondents: readonly string[];
  /**
   * The parties whose 开庭通知书 for this hearing has a recorded 送达回证: a counted service (an electronic one the party
   * never confirmed records none, 办案规则 Art. 60; a voided one stops counting), by party name, with its day.
   */
  noticeServedOn: Readonly<Record<string, string>>;
}

/** Field-level problems with an action's input that only the proceeding can reveal (a date before receipt …). */
export type FieldProblems = Record<string, string>;

export interface ActionDef<S extends string = string, I extends z.ZodType = z.ZodType> {
  /** What the button says: 受理, 不予受理, 立案 … */
  label: string;
  /** The states it may be taken in. */
  from: readonly S[];
  /**
   * The state it leaves the proceeding in; a function for a step whose next state depends on the file (a 中止 lifted
   * returns to the stage it interrupted, a change of claims leaves the stage as it was) or on what was filled in (a
   * recusal granted with the replacement named leaves the tribunal composed).
   */
  to: S | ((p: ProceedingView, input: z.output<I>) => S);
  /** What the person fills in; parsed by the core before anything else. */
  input: I;
  permission: Permission;
  /** Taken only on a leader's approval (立案审批表 …): asking records a request; approving applies it. */
  approval?: 'leader';
  /** Takes the next number of the kind's series (案号), inside the same transaction. */
  numbered?: boolean;
  /** The documents this step may issue. */
  documents?: readonly DocumentKind[];
  /** The statute the step follows, for the timeline and the refusal messages. */
  citation: string;
  /** What must happen first, in a sentence, or null when the action may be taken now (the input aside). */
  guard?(p: ProceedingView): string | null;
  /**
   * Whether the step is offered at all: a step that only follows another (the counter-claim's service after a
   * counter-claim) is not listed until then. Its guard still says why, should it be asked for.
   */
  offered?(p: ProceedingView): boolean;
  /** Problems with the input given this proceeding (a date before receipt, after today …), by field. */
  check?(p: ProceedingView, input: z.output<I>): FieldProblems | null;
  /** The clock events it records. */
  events(input: z.output<I>, p: ProceedingView): ActionEvent[];
  /** The timeline line. */
  summary(input: z.output<I>, p: ProceedingView): string;
}

export interface NumberSeries {
  /** The series key in number_series (one per unit and year). */
  series: string;
  /** The default pattern; {unitShort} {year} {n}. */
  pattern: string;
}

export interface ProceedingDefinition<S extends string = string> {
  kind: ProceedingKind;
  label: string;
  states: Record<S, string>;
  /** The state a new proceeding starts in. */
  initial: S;
  /** States in which the proceeding is over: its open clocks stop counting as due. */
  closed: readonly S[];
  actions: Record<string, ActionDef<S>>;
  numberSeries: NumberSeries | null;
}

/**
 * The action builder for a kind's states: each action keeps its own input type for its guard, check and events
 * while the table holds them side by side (`const action = actionsOf<S>(); accept: action({ … })`).
 */
export function actionsOf<S extends string>() {
  return <I extends z.ZodType>(def: ActionDef<S, I>): ActionDef<S> => def as unknown as ActionDef<S>;
}

export function defineProceeding<const S extends string>(def: ProceedingDefinition<S>): ProceedingDefinition<S> {
  if (!(def.initial in def.states)) throw new Error(`${def.kind}: 初始状态 ${def.initial} 未定义`);
  for (const [name, a] of Object.entries(def.actions)) {
    for (const s of [...a.from, ...(typeof a.to === 'function' ? [] : [a.to])]) if (!(s in def.states)) throw new Error(`${def.kind}.${name}: 状态 ${s} 未定义`);
  }
  return def;
}

/** The state a step leaves the proceeding in, on this proceeding. */
export function stateAfter(a: Pick<ActionDef, 'to'>, p: ProceedingView, input: unknown = {}): string {
  return typeof a.to === 'function' ? a.to(p, input) : a.to;
}

export interface AvailableAction {
  action: string;
  label: string;
  /** Why it cannot be taken now, in the words the core refuses with; null when it can. */
  blockedBy: string | null;
  approval: 'leader' | null;
}

/**
 * Why an action cannot be taken on this proceeding now — its state, a pending approval, what must happen first —
 * or null. The permission and the team are the caller's to check (they depend on who asks, not on the file).
 */
export function blockedBy(def: ProceedingDefinition, p: ProceedingView, action: string): string | null {
  const a = def.actions[action];
  if (!a) return `${def.label}没有“${action}”这一步骤`;
  if (p.awaitingReceipt) {
    return p.awaitingReceipt.returned
      ? `本案已由${p.awaitingReceipt.department}退回接待窗口重新分办，部门签收之前不能${a.label}`
      : `本案尚待${p.awaitingReceipt.department}签收，签收之后才能${a.label}`;
  }
  if (p.pendingApproval) {
    const pending = def.actions[p.pendingApproval.action]?.label ?? p.pendingApproval.action;
    return `“${pending}”正在等待领导审批，审批或退回之前不能办理其他步骤`;
  }
  if (!a.from.includes(p.status)) {
    const state = (def.states as Record<string, string>)[p.status] ?? p.status;
    const allowed = a.from.map((s) => (def.states as Record<string, string>)[s]).join('、');
    return `${def.label}当前为“${state}”，不能${a.label}（仅在${allowed}时可以）`;
  }
  return a.guard?.(p) ?? null;
}

/** The actions the proceeding's state offers, each with why it is blocked (or null). */
export function availableActions(def: ProceedingDefinition, p: ProceedingView): AvailableAction[] {
  return Object.entries(def.actions)
    .filter(([, a]) => a.from.includes(p.status) && (a.offered?.(p) ?? true))
    .map(([action, a]) => ({ action, label: a.label, blockedBy: blockedBy(def, p, action), approval: a.approval ?? null }));
}

/** Events dated the day appointed, not the day done: a hearing's day is booked ahead (the notice counts back from it). */
const APPOINTED: readonly DeadlineEventKind[] = ['hearingScheduled', 'evidencePeriodEnds'];

/** The day before which an event cannot be dated: the last clock event so far (acts happen in order). */
export function lastEventDate(p: ProceedingView): string | null {
  return p.events.reduce<string | null>((m, e) => (APPOINTED.includes(e.kind) ? m : m === null || e.date > m ? e.date : m), null);
}

/** The usual date checks for an act: not in the future, not before what came before it. */
export function dateProblems(p: ProceedingView, field: string, date: string, what: string): FieldProblems | null {
  if (date > p.today) return { [field]: `${what}不能晚于今天（${p.today}）` };
  const last = lastEventDate(p);
  if (last && date < last) return { [field]: `${what}不能早于本程序上一步骤的日期（${last}）` };
  return null;
}

/** The first event of a kind in the log, or undefined. */
export function firstEvent(p: ProceedingView, kind: DeadlineEventKind): ActionEvent | undefined {
  return p.events.find((e) => e.kind === kind);
}

/**
 * 领导包案: a collective file, an urgent one (an incident makes a file urgent) must have its 包案领导 before the
 * bureau takes it on — 立案, 受理 — so that someone answers for it. The bureau's working method (TERMS.md), not a
 * statute: the sentence names no article.
 */
export function needsLeader(p: ProceedingView, step: string): string | null {
  const f = p.caseFile;
  if (f.leaderStaffId !== null || (!f.collective && !f.urgent)) return null;
  return `${f.collective ? '集体' : '紧急'}案卷须先确定包案领导，再${step}；请局领导在“办案组”中担任包案领导`;
}

/** Handlers whose 执法证 is valid on `day` (监察条例 Art. 16: investigations by two or more inspectors with credentials). */
export function certifiedInspectors(p: ProceedingView, day: string): TeamMemberView[] {
  return p.team.filter((m) => m.role === 'handler' && m.enforcementCertExpiry !== null && m.enforcementCertExpiry >= day);
}
