// 调解协议的分期履行 (instalmentPlan): what the employer (or the 总包, the 建设单位 …) agreed to pay, when and to whom —
// per worker or to the group — and how each instalment stands against the payments that count for the workers
// (条例 Arts. 11, 31: only the worker's own transfer or receipt counts). A missed instalment (its due date passed, not
// met) flags the file. 调解仲裁法 Art. 14: the agreement binds once signed; Art. 16: one on wages may support a 支付令.
// Pure: no database, no clock — the caller passes `today` and the money.
import { z } from 'zod';
import { dateKey, fen, nameText, optionalText } from './fields';

/** The most instalments one agreement holds (a group plan per worker of 50 workers over a few months fits). */
export const MAX_INSTALMENTS = 200;

export const instalmentInput = z
  .object({
    /** The worker it is paid to; null: to the group, shared as the workers' outstanding amounts say. */
    personId: z.string().nullable().optional().transform((v) => v ?? null),
    dueOn: dateKey('到期日期'),
    amountFen: fen('本期金额'),
    /** Who pays it: the employer, the 总包, the 建设单位 … as named in the agreement. */
    payerName: nameText('支付义务人', 80),
  })
  .strict();
export type InstalmentInput = z.output<typeof instalmentInput>;

export const instalmentsInput = z
  .array(instalmentInput, { error: '请列出分期履行安排' })
  .min(1, '请列出分期履行安排')
  .max(MAX_INSTALMENTS, `分期最多${MAX_INSTALMENTS}期`);

/** Why the agreed total may exceed what the workers are still owed (经济补偿, 赔偿金 …): the explicit confirmation. */
export const overOwedReasonInput = optionalText('超出欠薪金额的理由', 500);

/** Problems with the plan's own shape, given the day the agreement took effect, by field ('instalments.1.dueOn' …). */
export function planShapeProblems(plan: readonly InstalmentInput[], signedOn: string): Record<string, string> {
  const out: Record<string, string> = {};
  plan.forEach((i, n) => {
    const at = `instalments.${n}`;
    if (!(i.amountFen > 0)) out[`${at}.amountFen`] = `第${n + 1}期金额必须大于0`;
    if (i.dueOn < signedOn) out[`${at}.dueOn`] = `第${n + 1}期到期日期（${i.dueOn}）不能早于协议生效日期（${signedOn}）`;
  });
  const seen = new Map<string, number>();
  plan.forEach((i, n) => {
    const key = `${i.personId ?? ''}|${i.dueOn}|${i.payerName}`;
    const first = seen.get(key);
    if (first !== undefined) out[`instalments.${n}.dueOn`] ??= `第${n + 1}期与第${first + 1}期的收款人、到期日期和支付义务人都相同，请合并为一期`;
    else seen.set(key, n);
  });
  return out;
}

export interface OwedWorker {
  personId: string;
  name: string;
  /** Still owed today (owed less what counts as paid); null when the amount owed is not known. */
  outstandingFen: number | null;
}

/**
 * Where the plan promises more than the workers are still owed: per worker (their own instalments against their
 * outstanding amount) and in total (every instalment against the known outstanding amounts). Empty when within.
 */
export function planOverOwed(plan: readonly InstalmentInput[], workers: readonly OwedWorker[], formatYuan: (fen: number) => string): string[] {
  const out: string[] = [];
  const byWorker = new Map<string, number>();
  for (const i of plan) if (i.personId) byWorker.set(i.personId, (byWorker.get(i.personId) ?? 0) + i.amountFen);
  for (const w of workers) {
    const planned = byWorker.get(w.personId) ?? 0;
    if (w.outstandingFen !== null && planned > w.outstandingFen) out.push(`${w.name}的分期合计${formatYuan(planned)}超过其尚欠工资${formatYuan(w.outstandingFen)}`);
  }
  const total = plan.reduce((s, i) => s + i.amountFen, 0);
  const known = workers.reduce((s, w) => s + (w.outstandingFen ?? 0), 0);
  const unknown = workers.filter((w) => w.outstandingFen === null).length;
  if (total > known) out.push(`分期合计${formatYuan(total)}超过劳动者尚欠工资合计${formatYuan(known)}${unknown > 0 ? `（另有${unknown}人欠薪金额未申报，未计入）` : ''}`);
  return out;
}

/** Whether a worker named in the plan belongs to the file: the problems by field. */
export function planWorkerProblems(plan: readonly InstalmentInput[], workerIds: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  plan.forEach((i, n) => {
    if (i.personId !== null && !workerIds.has(i.personId)) out[`instalments.${n}.personId`] = `第${n + 1}期的收款人不是本案的投诉人`;
  });
  return out;
}

export type InstalmentState = 'met' | 'open' | 'missed';
export const INSTALMENT_STATE_LABEL: Record<InstalmentState, string> = { met: '已履行', open: '待履行', missed: '逾期未履行' };

export interface InstalmentStanding {
  paidFen: number;
  /** Still to pay on it, never below 0. */
  leftFen: number;
  state: InstalmentState;
  /** Days past its due date while not met (0 otherwise). */
  overdueDays: number;
}

function dayNumber(key: string): number {
  return Math.round(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10))) / 86_400_000);
}

/**
 * An instalment against the counted payments linked to it: met once they reach its amount; missed once its due
 * date has passed unmet (paying on the due date is on time).
 */
export function instalmentStanding(i: { dueOn: string; amountFen: number }, countedFen: number, today: string): InstalmentStanding {
  const leftFen = Math.max(0, i.amountFen - countedFen);
  if (leftFen === 0) return { paidFen: countedFen, leftFen, state: 'met', overdueDays: 0 };
  if (today > i.dueOn) return { paidFen: countedFen, leftFen, state: 'missed', overdueDays: dayNumber(today) - dayNumber(i.dueOn) };
  return { paidFen: countedFen, leftFen, state: 'open', overdueDays: 0 };
}

/**
 * Why a payment cannot be recorded against an instalment, or null: to the instalment's worker (or, for a group
 * instalment, to any worker of the file), paid to the worker in person, not beyond what is left of it.
 */
export function paymentAgainstInstalmentProblem(
  i: { seq: number; personId: string | null; personName: string | null; amountFen: number },
  countedFen: number,
  payment: { kind: 'worker' | 'batch'; personId: string | null; amountFen: number },
  formatYuan: (fen: number) => string,
): string | null {
  if (payment.kind === 'batch') return '交由包工头、班组长转交的款项不计入分期；请在各劳动者本人签收时选择对应的分期（《保障农民工工资支付条例》第三十一条）';
  if (i.personId !== null && payment.personId !== i.personId) return `第${i.seq}期应支付给${i.personName ?? '协议约定的劳动者'}，与本次收款人不符`;
  const left = Math.max(0, i.amountFen - countedFen);
  if (left === 0) return `第${i.seq}期已经履行完毕`;
  if (payment.amountFen > left) return `第${i.seq}期尚欠${formatYuan(left)}，本次支付${formatYuan(payment.amountFen)}超出了；超出部分请另行登记，不选分期`;
  return null;
}
