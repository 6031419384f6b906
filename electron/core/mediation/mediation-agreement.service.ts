// The 调解协议 written with its 达成调解协议 step (a step effect, in the step's transaction): the plan checked against
// the file's workers and what they are still owed — more than owed only with a stated reason — then the agreement and
// its instalments. And the link a payment makes to an instalment: checked here, written with the payment.
import type { InstalmentInput } from '../../../shared/domain/mediation-agreement';
import { formatYuan } from '../../../shared/domain/money';
import { countsForWorker } from '../../../shared/domain/payments';
import { paymentAgainstInstalmentProblem, planOverOwed, planWorkerProblems } from '../../../shared/domain/mediation-agreement';
import { caseWorkers } from '../evidence/workers.service';
import type { CallContext } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { ProceedingRow } from '../proceedings/proceedings.data';
import { agreementsOfFile, insertAgreement, insertInstalment, instalmentById, linkedPaymentsOfInstalments, type LinkedPaymentRow } from './mediation.data';

/** jointMediation.agree's parsed input (shared/domain/proceedings/joint-mediation.ts). */
interface AgreeInput {
  date: string;
  note: string | null;
  instalments: InstalmentInput[];
  overOwedReason: string | null;
}

/** The counted money (条例 Arts. 11, 31) of the payments linked to each instalment. */
export function countedByInstalment(rows: readonly LinkedPaymentRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.kind !== 'worker') continue;
    if (!countsForWorker({ amountFen: r.amount_fen, status: r.status, method: r.method, bankReference: r.bank_reference, receiptMark: r.receipt_mark })) continue;
    out.set(r.instalment_id, (out.get(r.instalment_id) ?? 0) + r.amount_fen);
  }
  return out;
}

/** Step effect of jointMediation.agree: refuses a plan naming someone not on the file, or promising more than owed without a reason. */
export function recordAgreement(call: CallContext, p: ProceedingRow, raw: Record<string, unknown>, now: number, actorStaffId: string | null): void {
  const input = raw as unknown as AgreeInput;
  const prepare = call.core.prepare;
  if (agreementsOfFile(prepare, p.caseFileId).some((a) => a.proceeding_id === p.id)) throw new ServiceError('CONFLICT', '本程序已登记调解协议');
  const workers = caseWorkers(call, p.caseFileId).workers;
  const wrong = planWorkerProblems(input.instalments, new Set(workers.map((w) => w.personId)));
  if (Object.keys(wrong).length > 0) throw invalid(wrong);
  const over = planOverOwed(input.instalments, workers.map((w) => ({ personId: w.personId, name: w.name, outstandingFen: w.outstandingFen })), formatYuan);
  if (over.length > 0 && !input.overOwedReason) {
    throw invalid({ overOwedReason: `${over.join('；')}。如协议确实约定了更多款项（如经济补偿），请在“超出欠薪金额的理由”中写明后再确认` });
  }
  const agreementId = newId(now);
  const totalFen = input.instalments.reduce((s, i) => s + i.amountFen, 0);
  const outstandingFen = workers.reduce((s, w) => s + (w.outstandingFen ?? 0), 0);
  insertAgreement(prepare, {
    id: agreementId,
    unitId: p.unitId,
    caseFileId: p.caseFileId,
    proceedingId: p.id,
    signedOn: input.date,
    totalFen,
    outstandingFen,
    overOwedReason: over.length > 0 ? input.overOwedReason : null,
    note: input.note,
    by: actorStaffId,
    now,
  });
  input.instalments.forEach((i, n) => insertInstalment(prepare, { id: newId(now), agreementId, seq: n + 1, personId: i.personId, dueOn: i.dueOn, amountFen: i.amountFen, payerName: i.payerName }));
}

/** Why a payment cannot name this instalment, or null (read again under the write lock by the caller). */
export function instalmentLinkProblem(
  call: CallContext,
  caseFileId: string,
  instalmentId: string,
  payment: { kind: 'worker' | 'batch'; personId: string | null; amountFen: number },
): string | null {
  const prepare = call.core.prepare;
  const i = instalmentById(prepare, instalmentId);
  if (!i || i.case_file_id !== caseFileId) return '所选分期不是本案卷调解协议中的分期';
  const counted = countedByInstalment(linkedPaymentsOfInstalments(prepare, [i.id])).get(i.id) ?? 0;
  return paymentAgainstInstalmentProblem({ seq: i.seq, personId: i.person_id, personName: i.person_name, amountFen: i.amount_fen }, counted, payment, formatYuan);
}

/** The timeline's words for the instalment a payment pays ('（调解协议第2期）'), or ''. */
export function instalmentWords(call: CallContext, instalmentId: string | null): string {
  if (!instalmentId) return '';
  const i = instalmentById(call.core.prepare, instalmentId);
  return i ? `（调解协议第${i.seq}期）` : '';
}
