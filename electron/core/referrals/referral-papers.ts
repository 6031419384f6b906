// What the 涉嫌犯罪案件移送书 and the 列入 / 移出 失信名单决定书 read: the proceeding's stored steps (the approval of the
// referral, the notice, statement and listing, the removal), the file's order to pay as issued and served (posted or
// not), what each worker is still owed after what counts as paid, the facts recorded for the checklists with their
// evidence, the file's evidence list, and the three-year term as the deadline engine stored it. Builders are pure
// (shared/domain/documents/referral-letter.ts, blacklist-decisions.ts).
import { addMonths } from '../../../shared/domain/calendar';
import type { BlacklistDecisionData, DelistingDecisionData } from '../../../shared/domain/documents/blacklist-decisions';
import type { ReferralLetterData } from '../../../shared/domain/documents/referral-letter';
import { EARLY_REMOVAL_MONTHS } from '../../../shared/domain/proceedings/blacklisting';
import { caseWorkers } from '../evidence/workers.service';
import type { CallContext } from '../kernel/context';
import { loadPaperCase, str } from '../proceedings/paper-case';
import { approvedStep, issuedNumber, storedDue } from '../proceedings/proceedings.data';
import { currentEvidenceList, groundsOfFile, latestOrder, orderPostedOn, orderServedOn } from './referrals.data';

type Made<T> = { data: T; caseFileId: string };

export function referralLetterData(call: CallContext, proceedingId: string, regenerating = false): Made<ReferralLetterData> {
  const c = loadPaperCase(call, proceedingId, { kind: 'referralLetter', what: '涉嫌犯罪案件移送书', kinds: ['policeReferral'], steps: { refer: '批准移送（案件移送书）' } }, regenerating);
  const prepare = call.core.prepare;
  const fileId = c.p.caseFileId;
  const refer = c.inputs.refer!;
  const transfer = c.inputs.transfer;
  const order = latestOrder(prepare, fileId);
  const servedOn = order ? orderServedOn(prepare, order.proceeding_id, order.issued_on) : null;
  const grounds = groundsOfFile(prepare, fileId);
  const months = new Map(grounds.filter((g) => g.kind === 'unpaidMonths' && g.person_id).map((g) => [g.person_id!, g.months]));
  const approval = approvedStep(prepare, c.p.id, 'refer');
  return {
    caseFileId: fileId,
    data: {
      ...c.base,
      filedOn: c.filedOn,
      approvedOn: str(refer.date),
      approver: approval?.approver ?? null,
      police: str(transfer?.police) || str(refer.police) || '公安机关',
      procuratorate: str(transfer?.procuratorate) || '同级人民检察院',
      order: order ? { date: order.issued_on, deadline: order.deadline, servedOn, posted: servedOn ? orderPostedOn(prepare, fileId, servedOn) : false } : null,
      workers: caseWorkers(call, fileId)
        .workers.filter((w) => (w.outstandingFen ?? 0) > 0)
        .map((w) => ({ name: w.name, outstandingFen: w.outstandingFen!, months: months.get(w.personId) ?? null })),
      grounds: grounds.filter((g) => g.kind === 'evasion' || g.kind === 'abilityToPay').map((g) => ({ fact: g.fact, evidenceTitle: g.evidence_title })),
      evidence: currentEvidenceList(prepare, fileId),
    },
  };
}

const LIST = { kind: 'blacklistDecision', what: '列入失信联合惩戒对象名单决定书', kinds: ['blacklisting'] as const };

/** The term's last day as stored (rule blacklist.term), or three years from the listing where the rule stored none. */
function termEnd(call: CallContext, proceedingId: string, listedOn: string): string {
  return storedDue(call.core.prepare, proceedingId, 'blacklist.term') ?? addMonths(listedOn, 36);
}

export function blacklistDecisionData(call: CallContext, proceedingId: string, regenerating = false): Made<BlacklistDecisionData> {
  const c = loadPaperCase(call, proceedingId, { ...LIST, steps: { list: '决定列入（列入决定书）' } }, regenerating);
  const list = c.inputs.list!;
  const notice = c.inputs.notice;
  const statement = c.inputs.recordStatement;
  const order = latestOrder(call.core.prepare, c.p.caseFileId);
  return {
    caseFileId: c.p.caseFileId,
    data: {
      ...c.base,
      listedOn: str(list.date),
      termEnd: termEnd(call, c.p.id, str(list.date)),
      persons: str(list.persons),
      reasons: str(notice?.reasons),
      order: order ? { date: order.issued_on, deadline: order.deadline } : null,
      noticeDate: str(notice?.date),
      statement: statement ? { date: str(statement.date), content: str(statement.content) } : null,
    },
  };
}

export function delistingDecisionData(call: CallContext, proceedingId: string, regenerating = false): Made<DelistingDecisionData> {
  const c = loadPaperCase(
    call,
    proceedingId,
    { kind: 'delistingDecision', what: '移出失信联合惩戒对象名单决定书', kinds: ['blacklisting'], steps: { expire: '期满移出', removeEarly: '提前移出（移出决定书）' } },
    regenerating,
  );
  const list = c.inputs.list ?? {};
  const early = c.inputs.removeEarly;
  const removedOn = str((early ?? c.inputs.expire)!.date);
  const listedOn = str(list.date);
  return {
    caseFileId: c.p.caseFileId,
    data: {
      ...c.base,
      removedOn,
      listedOn,
      listNumber: issuedNumber(call.core.prepare, c.p.caseFileId, 'blacklistDecision'),
      termEnd: termEnd(call, c.p.id, listedOn),
      persons: str(list.persons),
      // The pledge is its own step (记录守信承诺); a removal recorded before it carried the date in its own input.
      early: early
        ? { correctionDate: str(early.correctionDate), eligibleOn: addMonths(str(early.correctionDate), EARLY_REMOVAL_MONTHS), pledgeDate: str(c.inputs.recordPledge?.date ?? early.pledgeDate), paid: str(early.reason) }
        : null,
    },
  };
}
