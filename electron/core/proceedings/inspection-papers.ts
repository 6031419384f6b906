// What the inspection's decision papers read: the proceeding's steps as the engine applied them, the employer as the
// parties register holds it, and the periods the deadline engine counts from the stored events. The step inputs are
// read from the audit chain's proceedingStep rows — the engine writes each applied step's input there, in the same
// transaction as its events (engine.ts apply), and the chain is append-only and hash-checked, so a paper says what
// was decided and approved, never what a request claims. The builders are pure (shared/domain/documents).
import { effectiveRule, type RuleId } from '../../../shared/domain/deadline-rules';
import { deadlinesFromEvents } from '../../../shared/domain/deadline-state';
import type { DecidedParty, DemandNoticeData, HandlingDecisionData, InspectionPaperCase, PartyHeard, PenaltyDecisionData, PriorNoticeData } from '../../../shared/domain/documents/model';
import { compensationFen } from '../../../shared/domain/proceedings/inspection-decisions';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { loadCalendar } from '../deadlines/calendar.service';
import { deadlineSettings } from '../deadlines/deadlines.service';
import { getUnitSummary } from '../reference/units.service';
import { appliedSteps, clockEvents, findProceeding, issuedPaper, paperParties, type AppliedStep, type ProceedingRow } from './proceedings.data';

type Inputs = Record<string, Record<string, unknown>>;

export function employerOf(core: CoreServices, proceedingId: string): DecidedParty {
  const r = paperParties(core.prepare, proceedingId)[0];
  if (!r) throw new ServiceError('CONFLICT', '本案没有登记用人单位，不能制作该文书；请先在案卷中登记被投诉的用人单位');
  return { name: r.name, creditCode: r.creditCode, address: r.address, legalRep: r.legalRepName ? { name: r.legalRepName, title: r.legalRepTitle } : null };
}

export interface Opened {
  p: ProceedingRow;
  /** Every applied step, oldest first (with the approval that applied it). */
  steps: AppliedStep[];
  inputs: Inputs;
  organ: string;
  today: string;
  filedOn: string | null;
  /** The last day of a rule's clock as the engine counts it on the stored events (bureau calendar and settings). */
  due(rule: RuleId): { days: number; date: string } | null;
}

export interface Loaded extends Opened {
  base: InspectionPaperCase;
}

export const str = (v: unknown) => (typeof v === 'string' ? v : '');
export const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/**
 * The inspection proceeding as its papers read it; refused in Chinese when it is not one, or when none of the steps
 * the paper is made from has been taken.
 */
export function openPaper(call: CallContext, proceedingId: string, what: string, needs: { action: string | readonly string[]; label: string }): Opened {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'inspection') throw new ServiceError('VALIDATION', `${what}是劳动保障监察案件的文书，该程序不是监察案件`);
  const steps = appliedSteps(core.prepare, p.id);
  const inputs: Inputs = {};
  for (const s of steps) inputs[s.action] = s.input;
  if (!(typeof needs.action === 'string' ? [needs.action] : needs.action).some((a) => inputs[a])) {
    throw new ServiceError('CONFLICT', `本案尚未${needs.label}，不能制作${what}；请先在办案步骤中完成“${needs.label}”`);
  }
  const events = clockEvents(core.prepare, p.id);
  const today = dateKeyOf(core.clock.now());
  const settings = deadlineSettings(core);
  const calendar = loadCalendar(core);
  return {
    p,
    steps,
    inputs,
    organ: getUnitSummary(core, inst.unitId).name,
    today,
    filedOn: events.find((e) => e.kind === 'filed')?.date ?? null,
    due: (rule) => {
      const found = deadlinesFromEvents(
        events.map((e) => ({ kind: e.kind, date: e.date, ...(e.rule ? { rule: e.rule } : {}), ...(e.party ? { party: e.party } : {}) })),
        { today, calendar, settings, rules: [rule] },
      );
      const last = found.reduce<string | null>((m, d) => (m === null || d.due > m ? d.due : m), null);
      return last ? { days: effectiveRule(rule, settings).length, date: last } : null;
    },
  };
}

/** openPaper, with what every decision paper prints about its case (the employer it is addressed to among them). */
export function load(call: CallContext, proceedingId: string, what: string, needs: { action: string; label: string }): Loaded {
  const o = openPaper(call, proceedingId, what, needs);
  const closing = o.inputs.closeInvestigation;
  return {
    ...o,
    base: {
      organ: o.organ,
      caseNumber: o.p.number,
      caseTitle: o.p.caseTitle,
      filedOn: o.filedOn,
      employer: employerOf(call.core, o.p.id),
      facts: closing ? str(closing.facts) : '',
      issuedOn: o.today,
    },
  };
}

function heardOf(l: Loaded): PartyHeard {
  const notice = l.inputs.priorNotice!;
  const s = l.inputs.recordStatement;
  const h = l.inputs.holdHearing;
  return {
    noticeDate: str(notice.date),
    statement: s ? { date: str(s.date), text: str(s.statement), review: str(s.review) } : null,
    hearing: h ? { date: str(h.date), record: str(h.record) } : null,
  };
}

/** One valid paper per step: a second would be a second decision under another number. */
export function once(core: CoreServices, caseFileId: string, kind: string, what: string, regenerating: boolean): void {
  if (regenerating) return;
  const issued = issuedPaper(core.prepare, caseFileId, kind);
  if (issued) throw new ServiceError('CONFLICT', `本案已制作${what}（${issued.number ?? '未编号'}）；内容有误的，请先作废该文书再重新制作`);
}

export function priorNoticeData(call: CallContext, proceedingId: string, regenerating = false): { data: PriorNoticeData; caseFileId: string } {
  const l = load(call, proceedingId, '事先告知书', { action: 'priorNotice', label: '事先告知' });
  once(call.core, l.p.caseFileId, 'priorNotice', '事先告知书', regenerating);
  const i = l.inputs.priorNotice!;
  const intended = str(i.intended) as PriorNoticeData['intended'];
  const statement = l.due('penalty.statement');
  if (!statement) throw new ServiceError('CONFLICT', '未能算得陈述、申辩的期限，请核对事先告知的送达日期');
  return {
    caseFileId: l.p.caseFileId,
    data: { ...l.base, date: str(i.date), intended, content: str(i.content), statement, hearing: intended === 'handling' ? null : l.due('penalty.hearingRequest') },
  };
}

export function handlingDecisionData(call: CallContext, proceedingId: string, regenerating = false): { data: HandlingDecisionData; caseFileId: string } {
  const l = load(call, proceedingId, '行政处理决定书', { action: 'decideHandling', label: '作出行政处理决定' });
  once(call.core, l.p.caseFileId, 'handlingDecision', '行政处理决定书', regenerating);
  const i = l.inputs.decideHandling!;
  const order = l.inputs.issueOrder;
  const wagesFen = num(i.wagesFen);
  const percent = num(i.compensationPercent);
  return {
    caseFileId: l.p.caseFileId,
    data: {
      ...l.base,
      date: str(i.date),
      wagesFen,
      compensationPercent: percent,
      compensationFen: compensationFen(wagesFen, percent),
      workers: order ? num(order.workers) : null,
      order: order ? { date: str(order.date), deadline: str(order.deadline) } : null,
      heard: heardOf(l),
    },
  };
}

export function penaltyDecisionData(call: CallContext, proceedingId: string, regenerating = false): { data: PenaltyDecisionData; caseFileId: string } {
  const l = load(call, proceedingId, '行政处罚决定书', { action: 'decidePenalty', label: '作出行政处罚决定' });
  once(call.core, l.p.caseFileId, 'penaltyDecision', '行政处罚决定书', regenerating);
  const i = l.inputs.decidePenalty!;
  return { caseFileId: l.p.caseFileId, data: { ...l.base, date: str(i.date), fineFen: num(i.fineFen), basis: str(i.basis), heard: heardOf(l) } };
}

export function demandNoticeData(call: CallContext, proceedingId: string, regenerating = false): { data: DemandNoticeData; caseFileId: string } {
  const l = load(call, proceedingId, '催告书', { action: 'demand', label: '催告' });
  once(call.core, l.p.caseFileId, 'demandNotice', '催告书', regenerating);
  const i = l.inputs.demand!;
  const numberOf = (kind: string) => issuedPaper(call.core.prepare, l.p.caseFileId, kind)?.number ?? null;
  const decisions: DemandNoticeData['decisions'] = [];
  const h = l.inputs.decideHandling;
  if (h) decisions.push({ kind: 'handling', date: str(h.date), number: numberOf('handlingDecision'), amountFen: num(h.wagesFen) + compensationFen(num(h.wagesFen), num(h.compensationPercent)) });
  const pen = l.inputs.decidePenalty;
  if (pen) decisions.push({ kind: 'penalty', date: str(pen.date), number: numberOf('penaltyDecision'), amountFen: num(pen.fineFen) });
  const due = l.due('enforcement.demand');
  if (!due) throw new ServiceError('CONFLICT', '未能算得催告履行的期限，请核对催告书的送达日期');
  return { caseFileId: l.p.caseFileId, data: { ...l.base, date: str(i.date), amountFen: num(i.amountFen), decisions, due } };
}

/** The papers whose step records their day of service for the file (the step's date). */
const SERVED_BY_STEP: Readonly<Record<string, string>> = { priorNotice: 'priorNotice', demandNotice: 'demand', penaltyHearingNotice: 'scheduleHearing' };

/**
 * The services of a decision paper the proceeding's own steps recorded (SERVED_DOCUMENTS.servedByStep): 事先告知,
 * 通知听证 and 催告 record their day of service for the file; 送达决定书 for the recipient it names and the decision it names.
 */
export function stepServices(core: CoreServices, proceedingId: string, kind: string): { date: string; party?: string }[] {
  const out: { date: string; party?: string }[] = [];
  for (const c of appliedSteps(core.prepare, proceedingId)) {
    const i = c.input;
    if (SERVED_BY_STEP[kind] === c.action) out.push({ date: str(i.date) });
    const which = kind === 'handlingDecision' ? 'handling' : kind === 'penaltyDecision' ? 'penalty' : null;
    if (which && c.action === 'serveDecision' && i.which === which) out.push({ date: str(i.date), party: str(i.recipient) });
  }
  return out;
}
