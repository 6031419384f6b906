// What the inspection's acceptance papers, hearing notice and approval forms read: the steps as the engine applied
// them (the audit chain's proceedingStep rows, never a request), the approval that applied a leader's step (who put
// it forward, who signed, the opinion), the 承办人 on the team when the leader signed with their 执法证 numbers, the
// intakes the file grew from, and — for 结案 — each worker's money as the payments ledger counts it. The SQL is in
// proceedings.data.ts; the builders are pure (shared/domain/documents/inspection-approvals.ts).
import type {
  ApprovalCase,
  ClosingApprovalData,
  ComplaintNoticeData,
  FilingApprovalData,
  HearingNoticeData,
  RevocationApprovalData,
} from '../../../shared/domain/documents/inspection-approvals';
import { sourceWords } from '../../../shared/domain/documents/inspection-approvals';
import { formatYuan } from '../../../shared/domain/money';
import { CLOSE_METHOD } from '../../../shared/domain/proceedings/inspection-closing';
import { compensationFen } from '../../../shared/domain/proceedings/inspection-decisions';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { listPayments } from '../payments/payments.service';
import { employerOf, num, once, openPaper, str, type Opened } from './inspection-papers';
import { caseComplainants, caseIntakes, decidedApproval, handlersAt, paperParties } from './proceedings.data';

type Made<T> = { data: T; caseFileId: string };


function complaintBase(call: CallContext, o: Opened, date: string): Omit<ComplaintNoticeData, 'filedSameDay' | 'reason' | 'referTo'> {
  const prepare = call.core.prepare;
  const received = caseIntakes(prepare, o.p.caseFileId).find((i) => i.kind === 'complaint');
  if (!received) throw new ServiceError('CONFLICT', '本案不是由投诉立案的（没有投诉登记），无需制作投诉受理或者不予受理通知书；举报人的身份依法保密（《劳动保障监察条例》第九条）');
  return {
    organ: o.organ,
    caseTitle: o.p.caseTitle,
    caseNumber: o.p.number,
    complainants: caseComplainants(prepare, o.p.caseFileId).map((c) => c.name),
    receivedOn: received.receivedDate,
    employer: paperParties(prepare, o.p.id)[0]?.name ?? null,
    date,
  };
}

/** 受理 recorded by the 受理 step, or by 立案 straight from receipt (accepted and filed the same day, 若干规定 Art. 18). */
export function complaintAcceptanceData(call: CallContext, proceedingId: string, regenerating = false): Made<ComplaintNoticeData> {
  const o = openPaper(call, proceedingId, '投诉受理通知书', { action: ['accept', 'file'], label: '受理' });
  once(call.core, o.p.caseFileId, 'complaintAcceptanceNotice', '投诉受理通知书', regenerating);
  const accept = o.inputs.accept;
  const date = accept ? str(accept.date) : str(o.inputs.file!.date);
  return { caseFileId: o.p.caseFileId, data: { ...complaintBase(call, o, date), filedSameDay: o.filedOn === date, reason: null, referTo: null } };
}

export function complaintRejectionData(call: CallContext, proceedingId: string, regenerating = false): Made<ComplaintNoticeData> {
  const o = openPaper(call, proceedingId, '投诉不予受理通知书', { action: 'reject', label: '不予受理' });
  once(call.core, o.p.caseFileId, 'complaintRejectionNotice', '投诉不予受理通知书', regenerating);
  const r = o.inputs.reject!;
  return { caseFileId: o.p.caseFileId, data: { ...complaintBase(call, o, str(r.date)), filedSameDay: false, reason: str(r.reason), referTo: str(r.referTo) || null } };
}

export function penaltyHearingNoticeData(call: CallContext, proceedingId: string, regenerating = false): Made<HearingNoticeData> {
  const o = openPaper(call, proceedingId, '听证通知书', { action: 'scheduleHearing', label: '通知听证' });
  once(call.core, o.p.caseFileId, 'penaltyHearingNotice', '听证通知书', regenerating);
  const i = o.inputs.scheduleHearing!;
  return {
    caseFileId: o.p.caseFileId,
    data: {
      organ: o.organ,
      caseTitle: o.p.caseTitle,
      caseNumber: o.p.number,
      employer: employerOf(call.core, o.p.id).name,
      requestedOn: str(o.inputs.requestHearing?.date),
      date: str(i.date),
      hearingDate: str(i.hearingDate),
      time: str(i.time) || null,
      place: str(i.place),
      presiding: str(i.presiding) || null,
    },
  };
}

function proposedOn(input: string): string | null {
  const v = (JSON.parse(input) as Record<string, unknown>).date;
  return typeof v === 'string' ? v : null;
}

/** The case and the approval of a leader's step, as its form prints them. */
function approvalCase(call: CallContext, o: Opened, action: string, what: string): ApprovalCase {
  const prepare = call.core.prepare;
  const step = o.steps.findLast((s) => s.action === action);
  const approval = step?.approvalId ? decidedApproval(prepare, step.approvalId) : null;
  if (!step || !approval || approval.decidedAt === null || approval.decidedBy === null) throw new ServiceError('CONFLICT', `本案的该步骤没有负责人的批准记录，不能制作${what}`);
  const parties = paperParties(prepare, o.p.id).map((p) => ({
    role: p.role,
    name: p.name,
    creditCode: p.creditCode,
    legalRep: p.legalRepName ? `${p.legalRepName}${p.legalRepTitle ? `（${p.legalRepTitle}）` : ''}` : null,
    address: p.address,
  }));
  return {
    organ: o.organ,
    caseNumber: o.p.number,
    caseTitle: o.p.caseTitle,
    filedOn: o.filedOn,
    parties,
    // 监察条例 Art. 16: those who handled it when the leader signed, with their credentials.
    handlers: handlersAt(prepare, o.p.caseFileId, approval.decidedAt).map((h) => ({ name: h.name, certNo: h.certNo })),
    // The handler dated the proposal (its input's date); a proposal without one is dated the day it was sent.
    sign: { requestedBy: approval.requestedBy, requestedOn: proposedOn(approval.input) ?? dateKeyOf(approval.requestedAt), leader: approval.decidedBy, opinion: approval.opinion, date: str(step.input.date) },
  };
}

export function filingApprovalData(call: CallContext, proceedingId: string, regenerating = false): Made<FilingApprovalData> {
  const o = openPaper(call, proceedingId, '立案审批表', { action: 'file', label: '立案' });
  once(call.core, o.p.caseFileId, 'filingApproval', '立案审批表', regenerating);
  const prepare = call.core.prepare;
  const sources = caseIntakes(prepare, o.p.caseFileId).map((i) => ({
    ...sourceWords(i.kind, i.channel),
    receivedOn: i.receivedDate,
    summary: i.summary,
    workers: i.workersCount,
    claimedFen: i.amountClaimedFen,
  }));
  const complainants = caseComplainants(prepare, o.p.caseFileId).map((c) => c.name);
  return { caseFileId: o.p.caseFileId, data: { ...approvalCase(call, o, 'file', '立案审批表'), sources, complainants, opinion: str(o.inputs.file!.opinion) || null } };
}

export function revocationApprovalData(call: CallContext, proceedingId: string, regenerating = false): Made<RevocationApprovalData> {
  const o = openPaper(call, proceedingId, '撤销立案审批表', { action: 'revoke', label: '撤销立案' });
  once(call.core, o.p.caseFileId, 'revocationApproval', '撤销立案审批表', regenerating);
  return { caseFileId: o.p.caseFileId, data: { ...approvalCase(call, o, 'revoke', '撤销立案审批表'), reason: str(o.inputs.revoke!.reason) } };
}

export function closingApprovalData(call: CallContext, proceedingId: string, regenerating = false): Made<ClosingApprovalData> {
  const o = openPaper(call, proceedingId, '结案审批表', { action: 'close', label: '结案' });
  once(call.core, o.p.caseFileId, 'closingApproval', '结案审批表', regenerating);
  const c = o.inputs.close!;
  // The close step carries the totals the leader approved; each worker's money is the ledger's, never retyped.
  const ledger = listPayments(call, o.p.caseFileId);
  const decisions: string[] = [];
  const h = o.inputs.decideHandling;
  if (h) decisions.push(`${str(h.date)}作出行政处理决定，责令支付工资${formatYuan(num(h.wagesFen))}${num(h.compensationPercent) > 0 ? `、赔偿金${formatYuan(compensationFen(num(h.wagesFen), num(h.compensationPercent)))}` : ''}`);
  const pen = o.inputs.decidePenalty;
  if (pen) decisions.push(`${str(pen.date)}作出行政处罚决定，罚款${formatYuan(num(pen.fineFen))}`);
  return {
    caseFileId: o.p.caseFileId,
    data: {
      ...approvalCase(call, o, 'close', '结案审批表'),
      method: (CLOSE_METHOD as Record<string, string>)[str(c.method)] ?? str(c.method),
      summary: str(c.summary),
      recoveredFen: num(c.recoveredFen),
      workersPaid: num(c.workersPaid),
      decisions,
      workers: ledger.workers.map((w) => ({ name: w.name, owedFen: w.owedFen, paidFen: w.paidFen, outstandingFen: w.outstandingFen })),
      totals: { owedFen: ledger.totals.owedFen, paidFen: ledger.totals.paidFen, outstandingFen: ledger.totals.outstandingFen },
    },
  };
}
