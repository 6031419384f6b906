// What the arbitration's 中止, 恢复, 延长审理期限 and 先予执行 papers read: the steps as the engine applied them (the audit chain's
// proceedingStep rows, proceedings.data), the parties and the tribunal as stored, and the award's due day as the
// deadline engine counts it from the stored events. The builders are pure (shared/domain/documents).
import { deadlinesFromEvents } from '../../../shared/domain/deadline-state';
import { committeeName, type ArbitrationStepCase, type ExtensionNoticeData, type ProvisionalRulingData, type ResumptionNoticeData, type SuspensionDecisionData } from '../../../shared/domain/documents/arbitration-change-papers';
import { PROVISIONAL_CLAIMS, SUSPENSION_GROUNDS } from '../../../shared/domain/proceedings/arbitration-changes';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { partyNames, tribunalOf } from '../hearings/hearings.data';
import { getUnitSummary } from '../reference/units.service';
import { appliedSteps, clockEvents, findProceeding, type ProceedingRow } from './proceedings.data';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export interface Loaded {
  p: ProceedingRow;
  steps: { action: string; input: Record<string, unknown> }[];
  base: ArbitrationStepCase;
}

/** The proceeding, its applied steps and what every paper says of its case; refused before 受理, saying why. */
export function loadStepCase(call: CallContext, proceedingId: string, what: string): Loaded {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'arbitration') throw new ServiceError('VALIDATION', `${what}是劳动人事争议仲裁案件的文书，该程序不是仲裁案件`);
  const acceptedOn = clockEvents(core.prepare, p.id).find((e) => e.kind === 'accepted')?.date;
  if (!acceptedOn) throw new ServiceError('CONFLICT', `本案尚未受理，不能制作${what}`);
  const parties = partyNames(core.prepare, p.id);
  const t = tribunalOf(core.prepare, p.id);
  return {
    p,
    steps: appliedSteps(core.prepare, p.id),
    base: {
      committee: committeeName(getUnitSummary(core, inst.unitId).name),
      caseNumber: p.number,
      applicants: parties.applicants,
      respondents: parties.respondents,
      acceptedOn,
      tribunal: t ? { form: t.form, arbitrators: t.arbitrators.map((a) => a.name), clerk: t.clerk.name } : null,
    },
  };
}

/** The ground of a 中止 as printed: the fixed list's wording, or the "其他" case as written. */
function groundOf(input: Record<string, unknown>): string {
  const g = str(input.ground) as keyof typeof SUSPENSION_GROUNDS;
  const detail = str(input.detail);
  if (g === 'other') return detail;
  return detail ? `${SUSPENSION_GROUNDS[g]}（${detail}）` : (SUSPENSION_GROUNDS[g] ?? detail);
}

export function suspensionDecisionData(call: CallContext, proceedingId: string): { data: SuspensionDecisionData; caseFileId: string } {
  const l = loadStepCase(call, proceedingId, '中止仲裁决定书');
  const s = l.steps.filter((x) => x.action === 'suspend').at(-1);
  if (!s) throw new ServiceError('CONFLICT', '本案没有中止仲裁，不能制作中止仲裁决定书；请先在办案步骤中办理“中止仲裁”并经领导批准');
  return { caseFileId: l.p.caseFileId, data: { ...l.base, date: str(s.input.date), ground: groundOf(s.input) } };
}

export function resumptionNoticeData(call: CallContext, proceedingId: string): { data: ResumptionNoticeData; caseFileId: string } {
  const l = loadStepCase(call, proceedingId, '恢复仲裁通知书');
  const at = l.steps.map((x) => x.action).lastIndexOf('resume');
  if (at < 0) throw new ServiceError('CONFLICT', '本案没有恢复仲裁，不能制作恢复仲裁通知书；请先在办案步骤中办理“恢复仲裁”');
  const resumed = l.steps[at]!.input;
  const suspended = l.steps.slice(0, at).filter((x) => x.action === 'suspend').at(-1);
  if (!suspended) throw new ServiceError('CONFLICT', '未找到本次恢复之前的中止决定，不能制作恢复仲裁通知书');
  const date = str(resumed.date);
  // The due day the notice announces: the engine's count on the events up to the resumption, read that day.
  const events = clockEvents(call.core.prepare, l.p.id).filter((e) => e.date <= date);
  const award = deadlinesFromEvents(
    events.map((e) => ({ kind: e.kind, date: e.date, ...(e.rule ? { rule: e.rule } : {}), ...(e.party ? { party: e.party } : {}) })),
    { today: date, calendar: loadCalendar(call.core), settings: deadlineSettings(call.core), rules: ['arbitration.award'] },
  )[0];
  if (!award) throw new ServiceError('CONFLICT', '未能算得本案的仲裁期限，请核对受理日期');
  return {
    caseFileId: l.p.caseFileId,
    data: { ...l.base, date, reason: str(resumed.reason), suspendedOn: str(suspended.input.date), ground: groundOf(suspended.input), awardDue: award.due, awardDueProvisional: award.provisional },
  };
}

/** 延长审理期限通知书 (调解仲裁法 Art. 43(1)): the latest extendAward step and both award clocks as counted that day. */
export function extensionNoticeData(call: CallContext, proceedingId: string): { data: ExtensionNoticeData; caseFileId: string } {
  const l = loadStepCase(call, proceedingId, '延长审理期限通知书');
  const s = l.steps.filter((x) => x.action === 'extendAward').at(-1);
  if (!s) throw new ServiceError('CONFLICT', '本案没有延长审理期限，不能制作延长审理期限通知书；请先在办案步骤中办理“延长审理期限”并经领导批准');
  const date = str(s.input.date);
  const events = clockEvents(call.core.prepare, l.p.id).filter((e) => e.date <= date);
  const clocks = deadlinesFromEvents(
    events.map((e) => ({ kind: e.kind, date: e.date, ...(e.rule ? { rule: e.rule } : {}), ...(e.party ? { party: e.party } : {}) })),
    { today: date, calendar: loadCalendar(call.core), settings: deadlineSettings(call.core), rules: ['arbitration.award', 'arbitration.award.extended'] },
  );
  const original = clocks.find((d) => d.rule === 'arbitration.award');
  const extended = clocks.find((d) => d.rule === 'arbitration.award.extended');
  if (!original || !extended) throw new ServiceError('CONFLICT', '未能算得本案延长后的仲裁期限，请核对受理日期和延长审理期限的批准日期');
  return {
    caseFileId: l.p.caseFileId,
    data: { ...l.base, date, reason: str(s.input.reason), originalDue: original.due, extendedDue: extended.due, extendedDueProvisional: extended.provisional },
  };
}

export function provisionalRulingData(call: CallContext, proceedingId: string): { data: ProvisionalRulingData; caseFileId: string } {
  const l = loadStepCase(call, proceedingId, '先予执行裁定书');
  const at = l.steps.map((x) => x.action).lastIndexOf('ruleProvisionalExecution');
  if (at < 0) throw new ServiceError('CONFLICT', '本案没有作出先予执行裁定，不能制作先予执行裁定书；请先在办案步骤中办理“作出先予执行裁定”');
  const ruling = l.steps[at]!.input;
  const applied = l.steps.slice(0, at).filter((x) => x.action === 'applyProvisionalExecution').at(-1);
  if (!applied) throw new ServiceError('CONFLICT', '未找到该裁定所对应的先予执行申请');
  const claim = PROVISIONAL_CLAIMS[str(applied.input.claim) as keyof typeof PROVISIONAL_CLAIMS] ?? str(applied.input.claim);
  const granted = ruling.decision === 'granted';
  return {
    caseFileId: l.p.caseFileId,
    data: {
      ...l.base,
      date: str(ruling.date),
      applicant: str(applied.input.applicant),
      appliedOn: str(applied.input.date),
      claim,
      appliedAmountFen: num(applied.input.amountFen),
      granted,
      amountFen: granted ? num(ruling.amountFen) : 0,
      facts: str(ruling.facts),
      court: granted ? str(ruling.court) || null : null,
    },
  };
}
