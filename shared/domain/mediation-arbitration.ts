// 申请劳动仲裁 from a 调解协议 whose instalment was missed (the way back of 监察联调): who is still owed under the
// agreement and how much — the agreed amount less the counted payments (条例 Arts. 11, 31) — and the words the
// prefilled application offers. Pure: the caller passes each instalment's standing and each worker's outstanding amount.
import { formatYuan } from './money';

export interface InstalmentLeft {
  seq: number;
  /** The worker it is paid to; null: to the group. */
  personId: string | null;
  leftFen: number;
  missed: boolean;
}

export interface WorkerOnFile {
  personId: string;
  /** Still owed on the file (owed less what counts as paid); null when the amount owed is not known. */
  outstandingFen: number | null;
}

export interface OwedUnderAgreement {
  /** Per worker still owed under the agreement (only amounts above 0), in the file's order of workers. */
  perWorker: { personId: string; owedFen: number; paymentOrderOpen: boolean }[];
  /** What the group instalments still owe that no worker's outstanding amount can carry (0 normally). */
  unattributedFen: number;
}

/**
 * A worker's own instalments count for them in full (what is left of each). What is left of the group's instalments is
 * shared as the workers' outstanding amounts say (the agreement's own rule for a group plan): each worker's share is
 * what the file says they are still owed beyond their own instalments; where the group's remainder is smaller, the
 * shares shrink in proportion (whole fen, the largest remainders first) so that the total never exceeds what the
 * agreement promised. A worker is on the 支付令 path (调解仲裁法 Art. 16) when an instalment owed to them was missed.
 */
export function owedUnderAgreement(instalments: readonly InstalmentLeft[], workers: readonly WorkerOnFile[]): OwedUnderAgreement {
  const own = new Map<string, number>();
  const ownMissed = new Set<string>();
  let groupLeft = 0;
  let groupMissed = false;
  for (const i of instalments) {
    const left = Math.max(0, i.leftFen);
    if (i.personId === null) {
      groupLeft += left;
      groupMissed ||= i.missed && left > 0;
    } else {
      own.set(i.personId, (own.get(i.personId) ?? 0) + left);
      if (i.missed && left > 0) ownMissed.add(i.personId);
    }
  }
  const base = workers.map((w) => (groupLeft > 0 ? Math.max(0, (w.outstandingFen ?? 0) - (own.get(w.personId) ?? 0)) : 0));
  const baseTotal = base.reduce((s, b) => s + b, 0);
  let shares = base;
  if (baseTotal > groupLeft) {
    const exact = base.map((b) => (b * groupLeft) / baseTotal);
    shares = exact.map(Math.floor);
    let rest = groupLeft - shares.reduce((s, b) => s + b, 0);
    const order = exact.map((x, k) => ({ k, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.k - b.k);
    for (const o of order) {
      if (rest <= 0) break;
      shares[o.k]! += 1;
      rest -= 1;
    }
  }
  const perWorker = workers
    .map((w, k) => {
      const share = shares[k] ?? 0;
      return { personId: w.personId, owedFen: (own.get(w.personId) ?? 0) + share, paymentOrderOpen: ownMissed.has(w.personId) || (groupMissed && share > 0) };
    })
    .filter((x) => x.owedFen > 0);
  return { perWorker, unattributedFen: Math.max(0, groupLeft - shares.reduce((s, b) => s + b, 0)) };
}

export interface AgreementRef {
  /** The 调解协议书's number, if one was issued. */
  number: string | null;
  signedOn: string;
}

function agreementWords(a: AgreementRef): string {
  return `调解协议书（${a.number ? `${a.number}，` : ''}${a.signedOn}达成）`;
}

/** The basis a worker's 工资 claim cites: the agreement, and Art. 16 where the 支付令 path is also open. */
export function wageClaimBasis(a: AgreementRef, missedSeqs: readonly number[], paymentOrderOpen: boolean): string {
  const missed = missedSeqs.length > 0 ? `第${missedSeqs.join('、')}期逾期未履行` : '约定的工资未付清';
  return `${agreementWords(a)}${missed}${paymentOrderOpen ? '；该协议亦可依《劳动争议调解仲裁法》第十六条申请支付令' : ''}`;
}

/** The 工资 claim's request line. */
export function wageClaimRequest(owedFen: number): string {
  return `裁决被申请人支付调解协议约定而尚未支付的工资${formatYuan(owedFen)}`;
}

/** The prefilled 事实和理由: the agreement, its plan, the missed instalments and what is still owed. */
export function agreementFacts(a: AgreementRef & { totalFen: number; instalmentCount: number }, missedSeqs: readonly number[], today: string, owedTotalFen: number): string {
  return (
    `${a.signedOn}，申请人与被申请人在劳动保障监察联合调解中达成调解协议${a.number ? `（调解协议书${a.number}）` : ''}，约定拖欠的工资分${a.instalmentCount}期支付，合计${formatYuan(a.totalFen)}。` +
    `被申请人未按约定履行第${missedSeqs.join('、')}期付款义务，截至${today}，申请人尚欠工资合计${formatYuan(owedTotalFen)}。申请人请求仲裁委员会依法裁决。`
  );
}

/** The prefilled 证据和证据来源. */
export const AGREEMENT_EVIDENCE = '调解协议书（监察联调达成，案卷存档）；已支付部分的转账凭证或劳动者签收单；劳动者欠薪金额登记';

/** Refusals, in the words the screen shows. */
export const NO_MISSED_INSTALMENT = '调解协议没有逾期未履行的分期，暂不能据此申请劳动仲裁；分期逾期未履行后再申请';
export const NOBODY_OWED = '调解协议约定的款项已经全部付清，没有尚欠工资的劳动者，不能据此申请劳动仲裁';
