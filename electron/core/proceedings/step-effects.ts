// What a step writes beyond the proceeding's own rows, in the same transaction: the tribunal a 组庭 names (the
// hearing calendar books its arbitrators and clerk), the 调解协议 a 达成调解协议 records. Keyed by '<kind>.<action>'; the joint mediation 组织监察联调 opens. An effect may refuse (the step
// then writes nothing).
import type { ComposeInput } from '../../../shared/domain/proceedings/arbitration';
import type { Prepare } from '../../../db/statements';
import { ServiceError } from '../kernel/errors';
import type { CallContext } from '../kernel/context';
import { recordAgreement } from '../mediation/mediation-agreement.service';
import { openJointMediation } from '../mediation/mediation-opening.service';
import type { TxWriter } from '../kernel/tx';
import type { ProceedingRow } from './proceedings.data';
import { insertOrderToPay } from '../referrals/referrals.data';
import { newId } from '../kernel/ids';
import { AVERAGE_WAGE_PARAMETER, type SIMPLIFIED_GROUNDS } from '../../../shared/domain/proceedings/arbitration-changes';
import { formatFen } from '../../../shared/domain/money';
import { parameterLookup } from '../reference/parameters.service';
import type { AwardInput } from '../../../shared/domain/proceedings/arbitration-closing';
import { checkNotRecused, checkRecusalDecider, seatReplacement } from '../arbitration/recusal.service';
import { seatTribunal } from '../arbitration/tribunal-seats';
import { recordAward, recordAwardPayment, recordClosing, recordCourtAction, recordCourtResult } from '../arbitration/arbitration-closing.service';

type Effect = (prepare: Prepare, p: ProceedingRow, input: Record<string, unknown>, now: number, call: CallContext, actorStaffId: string | null, w: TxWriter) => void;

const EFFECTS: Record<string, Effect> = {
  // 法释〔2013〕3号 Art. 4: the order's deadline is what a referral (and a listing, 办法 Art. 5) waits out — kept as issued.
  'inspection.issueOrder': (prepare, p, raw, now) => {
    const i = raw as { date: string; deadline: string; amountFen: number; workers: number };
    insertOrderToPay(prepare, { id: newId(now), caseFileId: p.caseFileId, proceedingId: p.id, issuedOn: i.date, deadline: i.deadline, amountFen: i.amountFen, workers: i.workers, now });
  },
  // 调解仲裁法 Art. 31: the presiding (or sole) arbitrator first, then the members; the clerk records. Composed again
  // after a recusal (Art. 34), the hearings still to come sit with the new tribunal — unless one of its people is
  // booked elsewhere at that time, which is refused naming the clash (postpone that hearing first).
  'arbitration.compose': (prepare, p, raw, now) => {
    const i = raw as ComposeInput;
    const arbitratorIds = [i.presidingStaffId, ...i.memberStaffIds];
    checkNotRecused(prepare, p, arbitratorIds, i.clerkStaffId);
    seatTribunal(prepare, p, { form: i.form, arbitratorIds, clerkStaffId: i.clerkStaffId, composedOn: i.date }, now, { field: 'presidingStaffId' });
  },
  // 办案规则 Art. 11: who decides on the person the stored application names (recusal.service.ts).
  'arbitration.refuseRecusal': (_prepare, p, input, _now, call) => checkRecusalDecider(call, p, input),
  // Art. 34: the replacement named with the decision takes the seat in the same transaction (recusal.service.ts).
  'arbitration.grantRecusal': (_prepare, p, input, now, call) => {
    checkRecusalDecider(call, p, input);
    if (typeof input.replacementStaffId === 'string') seatReplacement(call, p, { date: String(input.date), replacementStaffId: input.replacementStaffId }, now);
  },
  // One truth per party's 复议 and 诉讼 windows (shared/domain/service.ts): a decision whose paper's 送达 to this party
  // is already recorded was served then; the step would start the windows a second time.
  'inspection.serveDecision': (prepare, p, raw) => {
    const i = raw as { which: 'handling' | 'penalty'; recipient: string };
    const kind = i.which === 'handling' ? 'handlingDecision' : 'penaltyDecision';
    const served = prepare(
      "SELECT s.served_on AS servedOn FROM services s JOIN documents d ON d.id = s.document_id WHERE s.proceeding_id = ? AND d.kind = ? AND s.recipient_name = ? AND s.status = 'valid' ORDER BY s.served_on LIMIT 1",
    ).get(p.id, kind, i.recipient.trim()) as { servedOn: string } | undefined;
    if (served) {
      throw new ServiceError('VALIDATION', `该决定书已于 ${served.servedOn} 向${i.recipient}送达并登记（送达记录），复议、诉讼期限已自该日起算，不能再以本步骤登记送达`, {
        recipient: `已于 ${served.servedOn} 登记向${i.recipient}送达该决定书`,
      });
    }
  },
  // 办案规则 Art. 56(2): a small amount is one not above the province's previous-year average annual wage in force that day.
  'arbitration.simplify': (_prepare, _p, raw, _now, call) => {
    const i = raw as { date: string; ground: keyof typeof SIMPLIFIED_GROUNDS; amountFen: number };
    if (i.ground !== 'smallAmount') return;
    const yuan = parameterLookup(call.core, i.date)(AVERAGE_WAGE_PARAMETER);
    if (typeof yuan !== 'number') {
      throw new ServiceError('VALIDATION', '尚未录入本省上年度职工年平均工资，不能以“标的额较小”为条件决定简易处理；请管理员在“设置 → 参数”中录入', { ground: '尚未录入本省上年度职工年平均工资（设置 → 参数）' });
    }
    if (i.amountFen > yuan * 100) {
      throw new ServiceError('VALIDATION', `争议标的额${formatFen(i.amountFen)}元超过本省上年度职工年平均工资${formatFen(yuan * 100)}元，不能以“标的额较小”为条件简易处理（《劳动人事争议仲裁办案规则》第五十六条）`, {
        amountFen: `超过本省上年度职工年平均工资${formatFen(yuan * 100)}元`,
      });
    }
  },
  // 组织监察联调: the file's joint mediation opens beside the inspection, which stays filed (调解仲裁法 Art. 14 clocks it).
  'inspection.mediate': (_prepare, p, input, _now, call, _actor, w) => openJointMediation(w, call, p, input),
  // 调解仲裁法 Art. 14: the signed agreement, with its instalment plan checked against what the workers are owed.
  'jointMediation.agree': (_prepare, p, input, now, call, actorStaffId) => recordAgreement(call, p, input, now, actorStaffId),
  // 裁审衔接 (arbitration-closing.ts): the award with its per-item verdicts, the court actions, the payment, 结案.
  'arbitration.award': (_prepare, p, input, now, call, actorStaffId) => recordAward(call, p, input as AwardInput, now, actorStaffId),
  'arbitration.recordSuit': (_prepare, p, input, now, call) => recordCourtAction(call, p, 'suit', input as Parameters<typeof recordCourtAction>[3], now),
  'arbitration.applySetAside': (_prepare, p, input, now, call) => recordCourtAction(call, p, 'setAside', input as Parameters<typeof recordCourtAction>[3], now),
  'arbitration.recordCourtResult': (_prepare, p, input, _now, call) => recordCourtResult(call, p, input as Parameters<typeof recordCourtResult>[2]),
  'arbitration.recordPayment': (_prepare, p, input, _now, call) => recordAwardPayment(call, p, input as Parameters<typeof recordAwardPayment>[2]),
  'arbitration.close': (_prepare, p, input, now, call) => recordClosing(call, p, input as unknown as Parameters<typeof recordClosing>[2], now),
};

export function applyStepEffect(prepare: Prepare, p: ProceedingRow, action: string, input: Record<string, unknown>, now: number, call: CallContext, actorStaffId: string | null, w: TxWriter): void {
  EFFECTS[`${p.kind}.${action}`]?.(prepare, p, input, now, call, actorStaffId, w);
}
