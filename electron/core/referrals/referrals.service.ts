// The referral and blacklist checks of a case file: the facts gathered from the order to pay, its service, what each
// worker is still owed (payments: what counts as paid) and the facts recorded with their evidence; each checklist as
// shared/domain/referral-checklist.ts computes it; the proposal that opens the proceeding only when every item holds.
import type { z } from 'zod';
import type { groundRecordInput, ReferralChecklists, referralProposeInput } from '../../../shared/contract/referrals';
import { can } from '../../../shared/domain/permissions';
import {
  blacklistChecklist,
  policeReferralChecklist,
  REFERRAL_SINGLE_PARAMETER,
  REFERRAL_TOTAL_PARAMETER,
  unmetProblem,
  type ChecklistFacts,
} from '../../../shared/domain/referral-checklist';
import { dateKeyOf } from '../../../shared/domain/time';
import { PROCEEDING_KIND } from '../../../shared/domain/vocabulary';
import { openProceeding } from '../cases/case-opening';
import { callerOf, fileOfUnit, requireOpenFile, requirePlaceOnFile } from '../incidents/access';
import type { CallContext } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { tx, writeContext } from '../kernel/tx';
import { listPayments, requireTakenIn } from '../payments/payments.service';
import { parameterLookup } from '../reference/parameters.service';
import { worksOnFile } from '../team/team.service';
import { caseWorkers } from '../evidence/workers.service';
import { currentEvidenceOfFile, employerSideOf, groundsOfFile, insertGround, latestOrder, openProceedingOfKind, orderServedOn } from './referrals.data';

const yuanParameter = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function factsOf(call: CallContext, caseFileId: string, today: string): { facts: ChecklistFacts; order: ReferralChecklists['order'] } {
  const prepare = call.core.prepare;
  const order = latestOrder(prepare, caseFileId);
  const servedOn = order ? orderServedOn(prepare, order.proceeding_id, order.issued_on) : null;
  const lookup = parameterLookup(call.core, today);
  const workers = listPayments(call, caseFileId).workers.map((w) => ({ personId: w.personId, name: w.name, outstandingFen: w.outstandingFen }));
  const grounds = groundsOfFile(prepare, caseFileId).map((g) => ({ kind: g.kind, fact: g.fact, evidenceTitle: g.evidence_title, personId: g.person_id, months: g.months }));
  return {
    facts: {
      today,
      order: order ? { issuedOn: order.issued_on, deadline: order.deadline, servedOn } : null,
      workers,
      grounds,
      singleThresholdYuan: yuanParameter(lookup(REFERRAL_SINGLE_PARAMETER)),
      totalThresholdYuan: yuanParameter(lookup(REFERRAL_TOTAL_PARAMETER)),
    },
    order: order ? { issuedOn: order.issued_on, deadline: order.deadline, servedOn, amountFen: order.amount_fen } : null,
  };
}

/** referrals.checklist: both checklists as they stand today, the facts recorded, and whether the caller may act. */
export function referralChecklists(call: CallContext, caseFileId: string): ReferralChecklists {
  const file = fileOfUnit(call, caseFileId);
  const prepare = call.core.prepare;
  const principal = callerOf(call);
  const today = dateKeyOf(call.core.clock.now());
  const { facts, order } = factsOf(call, file.id, today);
  return {
    caseFileId: file.id,
    today,
    order,
    thresholds: { singleYuan: facts.singleThresholdYuan, totalYuan: facts.totalThresholdYuan },
    police: { items: policeReferralChecklist(facts), proceedingId: openProceedingOfKind(prepare, file.id, 'policeReferral') },
    blacklist: { items: blacklistChecklist(facts), proceedingId: openProceedingOfKind(prepare, file.id, 'blacklisting') },
    grounds: groundsOfFile(prepare, file.id).map((g) => ({
      id: g.id,
      kind: g.kind,
      fact: g.fact,
      evidenceId: g.evidence_id,
      evidenceTitle: g.evidence_title,
      personId: g.person_id,
      personName: g.person_name,
      months: g.months,
      recordedBy: { id: g.recorded_by, name: g.recorded_by_name },
      recordedAt: g.recorded_at,
    })),
    mayAct: file.status === 'open' && can(principal.roles, 'proceeding.act') && worksOnFile(call.core, principal, file.id),
  };
}

/** referrals.recordGround: a fact for the checklists, with the evidence item of this file it rests on. */
export function recordGround(call: CallContext, input: z.output<typeof groundRecordInput>): ReferralChecklists {
  const file = fileOfUnit(call, input.caseFileId);
  requireOpenFile(file, '登记移送、列入条件的事实');
  requirePlaceOnFile(call, file.id, '登记移送、列入条件的事实');
  const prepare = call.core.prepare;
  // 法释〔2013〕3号 Art. 3(1) counts months per worker: the months need the worker, and only they carry months.
  if (input.kind === 'unpaidMonths') {
    if (!input.personId) throw invalid({ personId: '请选择被拖欠工资的劳动者' });
    if (input.months === null) throw invalid({ months: '请填写被拖欠工资的月数' });
    if (!caseWorkers(call, file.id).workers.some((w) => w.personId === input.personId)) throw invalid({ personId: '该劳动者不在本案劳动者名单中' });
  } else if (input.months !== null) {
    throw invalid({ months: '只有“劳动者被拖欠工资的月数”需要填写月数' });
  }
  if (input.evidenceId && !currentEvidenceOfFile(prepare, file.id, input.evidenceId)) throw invalid({ evidenceId: '该证据不在本案证据清单中或已撤回' });
  tx(writeContext(call), (w) => {
    const id = newId(w.now);
    insertGround(prepare, { id, unitId: file.unit_id, caseFileId: file.id, kind: input.kind, fact: input.fact, evidenceId: input.evidenceId, personId: input.personId, months: input.months, by: w.actorStaffId!, now: w.now });
    w.caseEvent({ caseFileId: file.id, proceedingId: null, kind: 'referral.ground', summary: `登记移送、列入条件的事实：${input.fact}`, data: { groundId: id, kind: input.kind } });
    w.audit({ action: 'referralGroundRecord', entity: 'caseFile', entityId: file.id, change: { groundId: id, ...input } });
    w.changed('caseFile', file.id);
  });
  return referralChecklists(call, file.id);
}

/**
 * referrals.propose: opens the 移送公安 or 列入名单 proceeding on the file, from its inspection, only when every item of
 * its checklist holds; otherwise refused, listing each unmet item with its article.
 */
export function propose(call: CallContext, input: z.output<typeof referralProposeInput>): ReferralChecklists {
  const file = fileOfUnit(call, input.caseFileId);
  const label = PROCEEDING_KIND.label(input.kind);
  requireOpenFile(file, `提请${label}`);
  requirePlaceOnFile(call, file.id, `提请${label}`);
  requireTakenIn(call, file.id, `提请${label}`);
  const prepare = call.core.prepare;
  tx(writeContext(call), (w) => {
    const today = dateKeyOf(w.now);
    if (openProceedingOfKind(prepare, file.id, input.kind)) throw new ServiceError('STEP_BLOCKED', `本案已有办理中的${label}程序`);
    const { facts } = factsOf(call, file.id, today);
    const items = input.kind === 'policeReferral' ? policeReferralChecklist(facts) : blacklistChecklist(facts);
    const problem = unmetProblem(items, `提请${label}`);
    if (problem) throw new ServiceError('STEP_BLOCKED', problem);
    const order = latestOrder(prepare, file.id)!;
    const proceedingId = openProceeding(w, call.core, { caseFileId: file.id, unitId: file.unit_id, kind: input.kind, receivedDate: today, parties: employerSideOf(prepare, order.proceeding_id) });
    w.caseEvent({ caseFileId: file.id, proceedingId, kind: 'referral.proposed', summary: `提请${label}：${items.map((i) => `${i.label}（${i.why}）`).join('；')}`, data: { items: items.map((i) => ({ id: i.id, why: i.why })) } });
    w.audit({ action: 'referralPropose', entity: 'proceeding', entityId: proceedingId, change: { kind: input.kind, items } });
    w.changed('caseFile', file.id);
  });
  return referralChecklists(call, file.id);
}
