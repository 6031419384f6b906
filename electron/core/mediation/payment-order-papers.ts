// What the 支付令申请书 reads (调解仲裁法 Art. 16): the agreement as the 达成调解协议 step stored it, its instalments
// against the counted payments linked to them (only the worker's own receipt counts, 条例 Arts. 11, 31) — the missed
// ones, past their due date with money left — the workers they are owed to with their ID numbers and addresses, the
// employer as the parties register holds it, and the 调解协议书's number if one was issued. Refused, in Chinese, while
// no instalment is missed. The builder is pure (shared/domain/documents/payment-order-application.ts).
import type { PaymentOrderApplicationData } from '../../../shared/domain/documents/payment-order-application';
import { instalmentStanding } from '../../../shared/domain/mediation-agreement';
import { caseWorkers } from '../evidence/workers.service';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { loadPaperCase } from '../proceedings/paper-case';
import { issuedNumber } from '../proceedings/proceedings.data';
import { countedByInstalment } from './mediation-agreement.service';
import { addressesOf, agreementOfProceeding, idNumbersOf, instalmentsOfFile, linkedPaymentsOfFile } from './mediation.data';

const WHAT = '支付令申请书';

export function paymentOrderApplicationData(call: CallContext, proceedingId: string, regenerating = false): { data: PaymentOrderApplicationData; caseFileId: string } {
  const c = loadPaperCase(call, proceedingId, { kind: 'paymentOrderApplication', what: WHAT, kinds: ['jointMediation'], steps: { agree: '达成调解协议' } }, regenerating);
  const prepare = call.core.prepare;
  const fileId = c.p.caseFileId;
  const a = agreementOfProceeding(prepare, c.p.id);
  if (!a) throw new ServiceError('CONFLICT', `本程序没有登记调解协议，不能制作${WHAT}`);
  const counted = countedByInstalment(linkedPaymentsOfFile(prepare, fileId));
  const plan = instalmentsOfFile(prepare, fileId).filter((i) => i.agreement_id === a.id);
  const missed = plan
    .map((i) => ({ i, s: instalmentStanding({ dueOn: i.due_on, amountFen: i.amount_fen }, counted.get(i.id) ?? 0, c.today) }))
    .filter((x) => x.s.state === 'missed');
  if (missed.length === 0) throw new ServiceError('CONFLICT', `调解协议没有逾期未履行的分期，不能制作${WHAT}（《劳动争议调解仲裁法》第十六条：用人单位在协议约定期限内不履行的，劳动者可以申请支付令）`);
  // A group instalment is owed to every worker still owed; a worker's own, to that worker.
  const group = missed.some((x) => x.i.person_id === null);
  const named = new Set(missed.map((x) => x.i.person_id).filter((id): id is string => id !== null));
  const workers = caseWorkers(call, fileId).workers.filter((w) => named.has(w.personId) || (group && (w.outstandingFen ?? 0) > 0));
  const ids = idNumbersOf(prepare, workers.map((w) => w.personId));
  const addresses = addressesOf(prepare, fileId, workers.map((w) => w.personId));
  return {
    caseFileId: fileId,
    data: {
      ...c.base,
      signedOn: a.signed_on,
      agreementNumber: issuedNumber(prepare, fileId, 'mediationAgreement'),
      totalFen: a.total_fen,
      instalmentCount: plan.length,
      applicants: workers.map((w) => ({ name: w.name, idNumber: ids.get(w.personId) ?? null, address: addresses.get(w.personId) ?? null })),
      missed: missed.map(({ i, s }) => ({ seq: i.seq, personName: i.person_name, payerName: i.payer_name, dueOn: i.due_on, amountFen: i.amount_fen, leftFen: s.leftFen })),
    },
  };
}

/** Whose numbers the paper prints, for a revealed preview's audit row. */
export function paymentOrderPersons(call: CallContext, proceedingId: string): { idNumbers: boolean } {
  const { data } = paymentOrderApplicationData(call, proceedingId, true);
  return { idNumbers: data.applicants.some((a) => a.idNumber !== null) };
}
