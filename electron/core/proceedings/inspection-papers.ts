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
import { clockEvents, findProceeding, type ProceedingRow } from './proceedings.data';

type Inputs = Record<string, Record<string, unknown>>;

/** Every step applied to the proceeding, oldest first, with the input it was applied with. */
export function appliedSteps(core: CoreServices, proceedingId: string): { action: string; input: Record<string, unknown> }[] {
  const rows = core.prepare("SELECT change FROM audit_log WHERE entity = 'proceeding' AND entity_id = ? AND action = 'proceedingStep' ORDER BY seq").all(proceedingId) as { change: string }[];
  return rows.map((r) => JSON.parse(r.change) as { action?: string; input?: Record<string, unknown> }).flatMap((c) => (c.action && c.input ? [{ action: c.action, input: c.input }] : []));
}

/** The last applied input of each step of the proceeding, by action name. */
export function stepInputs(core: CoreServices, proceedingId: string): Inputs {
  const out: Inputs = {};
  for (const s of appliedSteps(core, proceedingId)) out[s.action] = s.input;
  return out;
}

export function employerOf(core: CoreServices, proceedingId: string): DecidedParty {
  const r = core
    .prepare(
      `SELECT pa.name, pa.credit_code AS creditCode, pa.address, pa.legal_rep_name AS legalRepName, pa.legal_rep_title AS legalRepTitle
       FROM proceeding_parties pp JOIN parties pa ON pa.id = pp.party_id
       WHERE pp.proceeding_id = ? ORDER BY CASE pp.role WHEN 'employer' THEN 0 WHEN 'respondent' THEN 1 ELSE 2 END, pp.sort_order, pp.id LIMIT 1`,
    )
    .get(proceedingId) as { name: string; creditCode: string | null; address: string | null; legalRepName: string | null; legalRepTitle: string | null } | undefined;
  if (!r) throw new ServiceError('CONFLICT', '本案没有登记用人单位，不能制作该文书；请先在案卷中登记被投诉的用人单位');
  return { name: r.name, creditCode: r.creditCode, address: r.address, legalRep: r.legalRepName ? { name: r.legalRepName, title: r.legalRepTitle } : null };
}

interface Loaded {
  p: ProceedingRow;
  inputs: Inputs;
  base: InspectionPaperCase;
  /** The last day of a rule's clock as the engine counts it on the stored events (bureau calendar and settings). */
  due(rule: RuleId): { days: number; date: string } | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

function load(call: CallContext, proceedingId: string, what: string, needs: { action: string; label: string }): Loaded {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'inspection') throw new ServiceError('VALIDATION', `${what}是劳动保障监察案件的文书，该程序不是监察案件`);
  const inputs = stepInputs(core, p.id);
  if (!inputs[needs.action]) throw new ServiceError('CONFLICT', `本案尚未${needs.label}，不能制作${what}；请先在办案步骤中完成“${needs.label}”`);
  const events = clockEvents(core.prepare, p.id);
  const today = dateKeyOf(core.clock.now());
  const settings = deadlineSettings(core);
  const calendar = loadCalendar(core);
  const closing = inputs.closeInvestigation;
  return {
    p,
    inputs,
    base: {
      organ: getUnitSummary(core, inst.unitId).name,
      caseNumber: p.number,
      caseTitle: p.caseTitle,
      filedOn: events.find((e) => e.kind === 'filed')?.date ?? null,
      employer: employerOf(core, p.id),
      facts: closing ? str(closing.facts) : '',
      issuedOn: today,
    },
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
  const issued = core.prepare("SELECT number FROM documents WHERE case_file_id = ? AND kind = ? AND status = 'issued'").get(caseFileId, kind) as { number: string | null } | undefined;
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
  const numberOf = (kind: string) =>
    (call.core.prepare("SELECT number FROM documents WHERE case_file_id = ? AND kind = ? AND status = 'issued' ORDER BY created_at DESC LIMIT 1").get(l.p.caseFileId, kind) as { number: string | null } | undefined)?.number ?? null;
  const decisions: DemandNoticeData['decisions'] = [];
  const h = l.inputs.decideHandling;
  if (h) decisions.push({ kind: 'handling', date: str(h.date), number: numberOf('handlingDecision'), amountFen: num(h.wagesFen) + compensationFen(num(h.wagesFen), num(h.compensationPercent)) });
  const pen = l.inputs.decidePenalty;
  if (pen) decisions.push({ kind: 'penalty', date: str(pen.date), number: numberOf('penaltyDecision'), amountFen: num(pen.fineFen) });
  const due = l.due('enforcement.demand');
  if (!due) throw new ServiceError('CONFLICT', '未能算得催告履行的期限，请核对催告书的送达日期');
  return { caseFileId: l.p.caseFileId, data: { ...l.base, date: str(i.date), amountFen: num(i.amountFen), decisions, due } };
}

/**
 * The services of a decision paper the proceeding's own steps recorded (SERVED_DOCUMENTS.servedByStep): 事先告知 and
 * 催告 record their day of service for the file; 送达决定书 for the recipient it names and the decision it names.
 */
export function stepServices(core: CoreServices, proceedingId: string, kind: string): { date: string; party?: string }[] {
  const out: { date: string; party?: string }[] = [];
  for (const c of appliedSteps(core, proceedingId)) {
    const i = c.input;
    if ((kind === 'priorNotice' && c.action === 'priorNotice') || (kind === 'demandNotice' && c.action === 'demand')) out.push({ date: str(i.date) });
    const which = kind === 'handlingDecision' ? 'handling' : kind === 'penaltyDecision' ? 'penalty' : null;
    if (which && c.action === 'serveDecision' && i.which === which) out.push({ date: str(i.date), party: str(i.recipient) });
  }
  return out;
}
