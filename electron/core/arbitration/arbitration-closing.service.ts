// What the arbitration's ending and after-award steps write beyond the proceeding's own rows, in the step's
// transaction (step-effects.ts): the award with each item's final/non-final verdict (final-award.ts, the monthly
// minimum wage in force on the award day), the court actions and results, the payment, the closing record — and the
// rates per arbitrator for the institute's head.
import { classifyAward } from '../../../shared/domain/final-award';
import { awardedItems, type AwardInput } from '../../../shared/domain/proceedings/arbitration-closing';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import type { ProceedingRow } from '../proceedings/proceedings.data';
import { parameterLookup } from '../reference/parameters.service';
import {
  arbitratorRates,
  awardChangedByCourt,
  awardOf,
  courtActionByNumber,
  courtCaseNumberTaken,
  insertAward,
  insertClosing,
  insertCourtAction,
  recordPayment,
  setCourtResult,
  type ArbitratorRateRow,
} from './arbitration-closing.data';

const refuse = (field: string, message: string) => new ServiceError('VALIDATION', message, { [field]: message });

/** 调解仲裁法 Art. 47, item by item against 12 × the monthly minimum wage in force on the award day. */
export function recordAward(call: CallContext, p: ProceedingRow, i: AwardInput, now: number, actorStaffId: string | null): void {
  const prepare = call.core.prepare;
  const items = awardedItems(i);
  const yuan = parameterLookup(call.core, i.date)('wage.monthlyMinimum');
  const verdict = classifyAward(
    items.map((x) => ({ ...x, text: x.category })),
    typeof yuan === 'number' ? Math.round(yuan * 100) : null,
  );
  if (!verdict.ok) throw refuse('wagesFen', verdict.reason);
  const finality = verdict.split ? 'split' : verdict.finalItems.length > 0 ? 'final' : 'nonFinal';
  const totalFen = items.reduce((s, x) => s + (x.amountFen ?? 0), 0);
  insertAward(
    prepare,
    { proceedingId: p.id, unitId: p.unitId, caseFileId: p.caseFileId, awardedOn: i.date, finality, totalFen, thresholdFen: verdict.thresholdFen, recordedBy: actorStaffId, now },
    verdict.verdicts.map((v) => ({ ...items[v.index]!, final: v.final })),
  );
}

export function recordCourtAction(call: CallContext, p: ProceedingRow, route: 'suit' | 'setAside', i: { date: string; party: string; side?: 'worker' | 'employer'; court: string; courtCaseNumber: string }, now: number): void {
  const prepare = call.core.prepare;
  if (courtCaseNumberTaken(prepare, p.id, i.courtCaseNumber)) throw refuse('courtCaseNumber', `法院案号 ${i.courtCaseNumber} 已经登记过`);
  insertCourtAction(prepare, { id: newId(now), proceedingId: p.id, route, party: i.party, partyRole: i.side ?? 'employer', court: i.court, courtCaseNumber: i.courtCaseNumber, filedOn: i.date, now });
}

export function recordCourtResult(call: CallContext, p: ProceedingRow, i: { date: string; route: 'suit' | 'setAside'; courtCaseNumber: string; result: 'upheld' | 'revoked' | 'amended' }): void {
  const prepare = call.core.prepare;
  const c = courtActionByNumber(prepare, p.id, i.courtCaseNumber);
  if (!c) throw refuse('courtCaseNumber', `本案没有登记法院案号为 ${i.courtCaseNumber} 的起诉或撤销裁决申请`);
  if (c.route !== i.route) throw refuse('route', `法院案号 ${i.courtCaseNumber} 登记的是${c.route === 'suit' ? '起诉' : '申请撤销裁决'}`);
  if (c.result !== null) throw refuse('courtCaseNumber', `法院案号 ${i.courtCaseNumber} 的处理结果已经登记`);
  if (i.date < c.filedOn) throw refuse('date', `日期不能早于起诉或申请的日期（${c.filedOn}）`);
  setCourtResult(prepare, c.id, i.result, i.date);
}

export function recordAwardPayment(call: CallContext, p: ProceedingRow, i: { date: string; status: 'paid' | 'partlyPaid' | 'unpaid'; paidFen: number }): void {
  const prepare = call.core.prepare;
  const award = awardOf(prepare, p.id);
  if (!award) throw refuse('status', '本案没有登记裁决，不能登记履行情况');
  if (i.paidFen > award.totalFen) throw refuse('paidFen', `已支付的金额不能超过裁决确定的金额（${(award.totalFen / 100).toFixed(2)}元）`);
  if (i.status === 'paid' && i.paidFen !== award.totalFen) throw refuse('paidFen', `全部履行的，已支付的金额应为裁决确定的金额（${(award.totalFen / 100).toFixed(2)}元）`);
  recordPayment(prepare, p.id, i.status, i.paidFen, i.date);
}

interface CloseInput {
  date: string;
  method: string;
  result: string;
  cause: string;
  claimedFen: number;
  resolvedFen: number;
  note: string | null;
}

/** The closing record; an award's case closes with the award's amount unless a court changed or set it aside. */
export function recordClosing(call: CallContext, p: ProceedingRow, i: CloseInput, now: number): void {
  const prepare = call.core.prepare;
  if (i.method === 'award') {
    const award = awardOf(prepare, p.id);
    if (award && !awardChangedByCourt(prepare, p.id) && i.resolvedFen !== award.totalFen) {
      throw refuse('resolvedFen', `以裁决结案的，确定金额应为裁决支持的金额（${(award.totalFen / 100).toFixed(2)}元）`);
    }
  }
  insertClosing(prepare, { proceedingId: p.id, unitId: p.unitId, closedOn: i.date, method: i.method, result: i.result, cause: i.cause, claimedFen: i.claimedFen, resolvedFen: i.resolvedFen, note: i.note, now });
}

export interface ArbitratorRate extends ArbitratorRateRow {
  /** (changed + set aside) / awards, as a percentage with one decimal. */
  ratePercent: number;
}

export function ratesPerArbitrator(call: CallContext, unitId: string, from: string, to: string): ArbitratorRate[] {
  return arbitratorRates(call.core.prepare, unitId, from, to).map((r) => ({ ...r, ratePercent: r.awards > 0 ? Math.round(((r.changed + r.setAside) * 1000) / r.awards) / 10 : 0 }));
}
