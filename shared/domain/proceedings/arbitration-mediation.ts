// The 仲裁调解书 and its effect (调解仲裁法 Art. 42): the tribunal makes it on the parties' agreement (the claims, the
// facts found, the terms — the amount of each item, by when and how it is paid); it takes effect when the last party
// signs its receipt (送达回证, recorded as the paper's service: shared/domain/service.ts); a party who refuses to sign
// before then backs out, the paper never takes effect and the tribunal awards without delay (Art. 42(3)).
import { z } from 'zod';
import { dateKey, money, nameText, optionalText, text } from '../fields';
import { formatYuan } from '../money';
import { actionsOf, dateProblems, type ActionEvent, type FieldProblems, type ProceedingView } from './definition';
import { reasonText } from './inputs';

export const MEDIATION_STATES = {
  /** 调解仲裁法 Art. 42: made and being served; it binds nobody until every party has signed. */
  mediationPending: '调解书已制作，待当事人签收',
} as const;

type S = 'accepted' | 'composed' | 'recusalGranted' | 'defaultAward' | 'settled' | keyof typeof MEDIATION_STATES;
const action = actionsOf<S>();

const ART42 = '《劳动争议调解仲裁法》第四十二条；《劳动人事争议仲裁办案规则》第六十八条至第七十条';

/** The agreed amounts per item, as the 制作调解书 form takes them (0: nothing agreed on that item). */
export const MEDIATION_AMOUNT_FIELDS = {
  wagesFen: '劳动报酬',
  overtimeFen: '加班费',
  compensationFen: '经济补偿',
  damagesFen: '赔偿金',
  otherFen: '其他款项',
} as const;

export const mediateInput = z
  .object({
    date: dateKey('调解书制作日期'),
    claimant: nameText('调解协议的申请人', 60),
    wagesFen: money('调解确定支付的劳动报酬'),
    overtimeFen: money('调解确定支付的加班费'),
    compensationFen: money('调解确定支付的经济补偿'),
    damagesFen: money('调解确定支付的赔偿金'),
    otherFen: money('调解确定支付的其他款项'),
    payBy: dateKey('最迟支付日期'),
    payMethod: text('支付方式（如“银行转账至申请人本人账户”）', 100),
    // The facts as the tribunal found them (Art. 42: 调解书应当写明仲裁请求和当事人协议的结果); absent: the application's.
    findings: optionalText('本委查明的事实', 4000),
    otherTerms: z.array(text('其他协议内容', 300), { error: '请列出其他协议内容' }).max(10, '其他协议内容不能超过10项'),
  })
  .strict();
export type MediateInput = z.output<typeof mediateInput>;

/** The agreed items with an amount above zero, in the form's order. */
export function mediationItems(i: Pick<MediateInput, keyof typeof MEDIATION_AMOUNT_FIELDS>): { label: string; amountFen: number }[] {
  return (Object.entries(MEDIATION_AMOUNT_FIELDS) as [keyof typeof MEDIATION_AMOUNT_FIELDS, string][]).filter(([f]) => i[f] > 0).map(([f, label]) => ({ label, amountFen: i[f] }));
}

/** Every party of the arbitration: the 调解书 binds only once each of them has signed for it. */
function partiesOf(p: ProceedingView): string[] {
  return p.parties ? [...p.parties.applicants, ...p.parties.respondents] : [];
}

const made = (p: ProceedingView) => p.events.filter((e) => e.kind === 'mediationPaperMade').at(-1);

/** The receipts of the current 调解书 (recorded on or after it was made), the latest per party. */
export function mediationReceipts(p: ProceedingView): Map<string, string> {
  const since = made(p)?.date;
  const out = new Map<string, string>();
  if (!since) return out;
  for (const e of p.events) if (e.kind === 'mediationSigned' && e.party && e.date >= since) out.set(e.party, e.date);
  return out;
}

/**
 * The day the 调解书 took effect from its recorded receipts (the last party's signature), or why it cannot be said:
 * `missing` the parties with no receipt yet. Null when no receipt is recorded at all.
 */
export function effectiveFromReceipts(p: ProceedingView): { on: string; last: string } | { missing: string[] } | null {
  const receipts = mediationReceipts(p);
  if (receipts.size === 0) return null;
  const missing = partiesOf(p).filter((n) => !receipts.has(n));
  if (missing.length > 0) return { missing };
  const [last, on] = [...receipts.entries()].reduce((m, x) => (x[1] > m[1] ? x : m));
  return { on, last };
}

const settleInput = z
  .object({
    date: dateKey('调解书制作日期'),
    // Taken from the recorded receipts where every party's is recorded (then it must agree with them).
    effectiveOn: dateKey('最后一方当事人签收调解书的日期').optional(),
    amountFen: money('调解确定的金额'),
    note: optionalText('调解协议内容摘要', 500),
  })
  .strict();
type SettleInput = z.output<typeof settleInput>;

/** The day the settlement took effect: the last recorded receipt where all are recorded, else the date typed. */
function effectiveOn(p: ProceedingView, i: SettleInput): string {
  const r = effectiveFromReceipts(p);
  return r && 'on' in r ? r.on : (i.effectiveOn ?? i.date);
}

function settleProblems(p: ProceedingView, i: SettleInput): FieldProblems | null {
  const paper = made(p);
  if (paper && i.date !== paper.date) return { date: `本案的仲裁调解书于 ${paper.date} 制作，调解书制作日期应为 ${paper.date}` };
  const first = dateProblems(p, 'date', i.date, '调解书制作日期');
  if (first && !paper) return first;
  const r = effectiveFromReceipts(p);
  if (r && 'missing' in r && !i.effectiveOn) return { effectiveOn: `${r.missing.join('、')}尚未签收仲裁调解书（未登记送达回证）；全部当事人签收后调解书才发生法律效力` };
  if (r && 'on' in r) {
    if (i.effectiveOn && i.effectiveOn !== r.on) return { effectiveOn: `调解书的生效日期以送达回证为准：最后签收的${r.last}于 ${r.on} 签收，请填写 ${r.on}` };
    return null;
  }
  if (!i.effectiveOn) return { effectiveOn: '请填写最后一方当事人签收调解书的日期' };
  if (i.effectiveOn < i.date) return { effectiveOn: '签收日期不能早于调解书制作日期' };
  if (r && 'missing' in r) {
    const latest = [...mediationReceipts(p).values()].sort().at(-1)!;
    if (i.effectiveOn < latest) return { effectiveOn: `签收日期不能早于已登记的送达回证的签收日期（${latest}）` };
  }
  if (i.effectiveOn > p.today) return { effectiveOn: `签收日期不能晚于今天（${p.today}）` };
  return null;
}

const refuseInput = z
  .object({
    date: dateKey('拒绝签收的日期'),
    party: nameText('拒绝签收的当事人', 60),
    reason: reasonText('拒绝签收的理由（当事人所述）'),
  })
  .strict();

export const MEDIATION_ACTIONS = {
  // 调解仲裁法 Art. 42(1): the tribunal mediates before it awards; the 调解书 states the claims and the agreed result.
  mediate: action({
    label: '制作调解书',
    from: ['composed', 'defaultAward'],
    to: 'mediationPending',
    input: mediateInput,
    permission: 'proceeding.act',
    citation: ART42,
    documents: ['mediationPaper'],
    check: (p, i) => {
      if (mediationItems(i).length === 0) return { wagesFen: '请至少填写一项调解确定支付的金额' };
      if (p.parties && !p.parties.applicants.includes(i.claimant)) return { claimant: `${i.claimant}不是本案的申请人（申请人：${p.parties.applicants.join('、')}）` };
      if (i.payBy < i.date) return { payBy: '最迟支付日期不能早于调解书制作日期' };
      return dateProblems(p, 'date', i.date, '调解书制作日期');
    },
    events: (i) => [{ kind: 'mediationPaperMade', date: i.date }],
    summary: (i) =>
      `${i.date} 制作仲裁调解书：被申请人于 ${i.payBy} 前以${i.payMethod}支付申请人${i.claimant}${mediationItems(i)
        .map((x) => `${x.label}${formatYuan(x.amountFen)}`)
        .join('、')}；调解书经双方当事人签收后发生法律效力（《劳动争议调解仲裁法》第四十二条）`,
  }),
  settle: action({
    label: '登记调解书生效',
    from: ['accepted', 'composed', 'recusalGranted', 'defaultAward', 'mediationPending'],
    to: 'settled',
    input: settleInput,
    permission: 'proceeding.act',
    citation: ART42,
    check: settleProblems,
    // Art. 42: effective on the last signature; until then a party may back out and the tribunal awards.
    events: (i, p): ActionEvent[] => [{ kind: 'settled', date: effectiveOn(p, i) }],
    summary: (i) => `${i.date} 制作仲裁调解书（调解金额${formatYuan(i.amountFen)}），双方当事人签收，${i.effectiveOn ? `于 ${i.effectiveOn} ` : '于最后一方签收之日'}发生法律效力${i.note ? `：${i.note}` : ''}`,
  }),
  // Art. 42(3): refusing to sign before the paper takes effect is backing out of the settlement — the tribunal awards.
  refuseMediation: action({
    label: '登记当事人拒绝签收调解书',
    from: ['mediationPending'],
    to: 'composed',
    input: refuseInput,
    permission: 'proceeding.act',
    citation: `${ART42}；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百三十三条`,
    check: (p, i) => {
      const parties = partiesOf(p);
      if (parties.length > 0 && !parties.includes(i.party)) return { party: `${i.party}不是本案的当事人（当事人：${parties.join('、')}）` };
      const signed = mediationReceipts(p).get(i.party);
      if (signed) return { party: `${i.party}已于 ${signed} 签收仲裁调解书，不能再登记其拒绝签收` };
      return dateProblems(p, 'date', i.date, '拒绝签收的日期');
    },
    events: () => [],
    summary: (i) => `${i.date} ${i.party}拒绝签收仲裁调解书（${i.reason}）：调解书不发生法律效力，仲裁庭应当及时作出裁决（《劳动争议调解仲裁法》第四十二条第三款）`,
  }),
};
