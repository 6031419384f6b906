// What the 调解协议书 reads: the agreement and its instalments as the 达成调解协议 step stored them (never a request's
// JSON), the workers on the file with their ID numbers and what each is still owed (payments: what counts as paid),
// the file's 联调会 with who took part and what each committed to, and the joint 仲裁审查 window as the deadline
// engine stored it (办案规则 Art. 74). The builder is pure (shared/domain/documents/mediation-agreement-paper.ts).
import type { MediationAgreementData } from '../../../shared/domain/documents/mediation-agreement-paper';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { caseWorkers } from '../evidence/workers.service';
import { attendeesOf, meetingsOfFile } from '../incidents/supervision.data';
import { loadPaperCase } from '../proceedings/paper-case';
import { storedDue } from '../proceedings/proceedings.data';
import { agreementOfProceeding, idNumbersOf, instalmentsOfFile } from './mediation.data';

const WHAT = '调解协议书';

export function mediationAgreementData(call: CallContext, proceedingId: string, regenerating = false): { data: MediationAgreementData; caseFileId: string } {
  const c = loadPaperCase(call, proceedingId, { kind: 'mediationAgreement', what: WHAT, kinds: ['jointMediation'], steps: { agree: '达成调解协议' } }, regenerating);
  const prepare = call.core.prepare;
  const a = agreementOfProceeding(prepare, c.p.id);
  if (!a) throw new ServiceError('CONFLICT', '本程序没有登记调解协议，不能制作调解协议书');
  const reviewDue = storedDue(prepare, c.p.id, 'mediation.arbReview');
  if (!reviewDue) throw new ServiceError('CONFLICT', '未能算得共同申请仲裁审查的期限，请核对调解协议的生效日期');
  const workers = caseWorkers(call, c.p.caseFileId).workers;
  const ids = idNumbersOf(prepare, workers.map((w) => w.personId));
  const meetings = meetingsOfFile(prepare, c.p.caseFileId)
    .filter((m) => m.kind === 'jointMediation' && m.date <= a.signed_on)
    .reverse();
  const attendees = attendeesOf(prepare, meetings.map((m) => m.id));
  const who = (x: (typeof attendees)[number]) => {
    const org = x.party_name ?? x.organisation;
    return org ? (x.name ? `${org}（${x.name}）` : org) : (x.name ?? '');
  };
  return {
    caseFileId: c.p.caseFileId,
    data: {
      ...c.base,
      signedOn: a.signed_on,
      reviewDue,
      workers: workers.map((w) => ({ name: w.name, idNumber: ids.get(w.personId) ?? null, outstandingFen: w.outstandingFen })),
      instalments: instalmentsOfFile(prepare, c.p.caseFileId)
        .filter((i) => i.agreement_id === a.id)
        .map((i) => ({ seq: i.seq, personName: i.person_name, dueOn: i.due_on, amountFen: i.amount_fen, payerName: i.payer_name })),
      totalFen: a.total_fen,
      outstandingFen: a.outstanding_fen,
      overOwedReason: a.over_owed_reason,
      note: a.note,
      sessions: meetings.map((m) => ({ date: m.date, attendees: attendees.filter((x) => x.meeting_id === m.id).map((x) => ({ who: who(x), commitment: x.commitment })) })),
    },
  };
}

/** Whose numbers the paper prints, for a revealed preview's audit row. */
export function mediationAgreementPersons(call: CallContext, proceedingId: string): { idNumbers: boolean } {
  const { data } = mediationAgreementData(call, proceedingId, true);
  return { idNumbers: data.workers.some((w) => w.idNumber !== null) };
}
