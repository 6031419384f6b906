// After the decision: the windows for 复议 and 诉讼 run out (each party's from its own service), the 催告 and, 10
// working days on, the application to the court (行政强制法 Arts. 53–54; 保障农民工工资支付条例 Art. 42); and 结案 on a
// leader's approval with the method and the amounts the statistics count.
import { z } from 'zod';
import { choice, count, dateKey, money, nameText, optionalText, text } from '../fields';
import { formatYuan } from '../money';
import { dateProblems, unpaidWorkers, type ProceedingView } from './definition';
import { action, ART, has, lastDue } from './inspection-common';

/** The last day any party could still apply for 复议 or sue (the later of the two windows, over every party served). */
export function appealWindowsEnd(p: ProceedingView): string | null {
  const ends = [lastDue(p, 'decision.reconsideration'), lastDue(p, 'decision.litigation')].filter((d): d is string => d !== null);
  return ends.length > 0 ? ends.reduce((m, d) => (d > m ? d : m)) : null;
}

/** What counted as paid, by payer, as the stored payments hold it ('（其中用人单位¥…、总包先行清偿¥…）'). */
const byPayer = (p: ProceedingView) => (p.money?.paidByPayer.length ? `（按登记的支付：${p.money.paidByPayer.map((x) => `${x.label}${formatYuan(x.fen)}`).join('、')}）` : '');

export const CLOSE_METHOD = { paidInFull: '全额支付', decided: '作出决定', transferred: '移送', revoked: '撤销立案' } as const;

export const CLOSING_ACTIONS = {
  expireAppeal: action({
    label: '确认复议、诉讼期限届满',
    from: ['decided'],
    to: 'effective',
    input: z.object({ date: dateKey('确认日期'), note: optionalText('说明', 500) }).strict(),
    permission: 'proceeding.act',
    citation: `${ART.coercion53}；《行政复议法》第二十条；《行政诉讼法》第四十六条`,
    guard: (p) => {
      if (!has(p, 'decisionServed')) return '决定书尚未送达，复议、诉讼期限尚未起算';
      const end = appealWindowsEnd(p);
      return end && p.today <= end ? `当事人申请行政复议或者提起行政诉讼的期限至${end}届满，届满之后才能确认` : null;
    },
    check: (p, i) => dateProblems(p, 'date', i.date, '确认日期'),
    // Art. 53 counts the three months to apply to the court from the day the periods expired — the engine's last day.
    events: (i, p) => [{ kind: 'appealPeriodExpired', date: appealWindowsEnd(p) ?? i.date }],
    summary: (i, p) => `${i.date} 确认：当事人在法定期限内（至${appealWindowsEnd(p) ?? i.date}）未申请行政复议、未提起行政诉讼${i.note ? `；${i.note}` : ''}`,
  }),
  demand: action({
    label: '催告',
    from: ['effective'],
    to: 'demanded',
    input: z.object({ date: dateKey('催告书送达日期'), amountFen: money('催告履行的金额', 1) }).strict(),
    permission: 'proceeding.act',
    documents: ['demandNotice'],
    citation: ART.coercion54,
    check: (p, i) => dateProblems(p, 'date', i.date, '催告书送达日期'),
    events: (i) => [{ kind: 'demandServed', date: i.date }],
    summary: (i) => `${i.date} 送达催告书，催告履行${formatYuan(i.amountFen)}`,
  }),
  applyEnforcement: action({
    label: '申请法院强制执行',
    from: ['demanded'],
    to: 'enforcementApplied',
    input: z.object({ date: dateKey('申请日期'), court: nameText('受理申请的人民法院', 100) }).strict(),
    permission: 'proceeding.act',
    documents: ['enforcementApplication'],
    citation: `${ART.coercion53}、第五十四条；${ART.wage42}`,
    guard: (p) => {
      const due = lastDue(p, 'enforcement.demand');
      return due && p.today <= due ? `催告书送达后十个工作日（至${due}）届满仍未履行的，才能申请人民法院强制执行（${ART.coercion54}）` : null;
    },
    check: (p, i) => {
      const due = lastDue(p, 'enforcement.demand');
      if (due && i.date <= due) return { date: `申请日期应在催告期满（${due}）之后（${ART.coercion54}）` };
      return dateProblems(p, 'date', i.date, '申请日期');
    },
    events: (i) => [{ kind: 'enforcementApplied', date: i.date }],
    summary: (i) => `${i.date} 向${i.court}申请强制执行`,
  }),
  close: action({
    label: '结案',
    from: ['filed', 'investigationClosed', 'noticed', 'decided', 'effective', 'demanded', 'enforcementApplied', 'revoked'],
    to: 'closed',
    input: z
      .object({
        date: dateKey('结案日期'),
        method: choice('结案方式', CLOSE_METHOD),
        recoveredFen: money('追发工资总额'),
        workersPaid: count('获得支付的劳动者人数', 0, 100_000, '人'),
        summary: text('结案报告', 2000),
      })
      .strict(),
    permission: 'proceeding.act',
    approval: 'leader',
    documents: ['closingApproval', 'fileCover', 'fileIndex'],
    citation: `${ART.reg18}；${ART.reg17}`,
    check: (p, i) => {
      const revoked = has(p, 'caseRevoked');
      if (revoked && i.method !== 'revoked') return { method: '本案已撤销立案，结案方式应为“撤销立案”' };
      if (!revoked && i.method === 'revoked') return { method: '本案未经批准撤销立案，不能以“撤销立案”结案' };
      if (i.method === 'decided' && !has(p, 'decisionMade') && !has(p, 'penaltyDecided')) return { method: '本案尚未作出行政处理或行政处罚决定，不能以“作出决定”结案' };
      if (i.method === 'paidInFull' && i.recoveredFen === 0) return { recoveredFen: '以“全额支付”结案的，请填写追发的工资总额' };
      // A complaint is closed when each worker has the money: the stored payments say who is still owed (issue #12);
      // a worker whose amount owed was never recorded is the closing report's to explain, not a refusal.
      const unpaid = i.method === 'paidInFull' && p.money ? unpaidWorkers(p.money, formatYuan, false) : null;
      if (unpaid) return { method: `按已登记的支付，尚有劳动者未足额获得支付（${unpaid}），不能以“全额支付”结案` };
      if (i.recoveredFen > 0 && i.workersPaid === 0) return { workersPaid: '追发了工资的，请填写获得支付的劳动者人数' };
      if (i.recoveredFen === 0 && i.workersPaid > 0) return { recoveredFen: '有劳动者获得支付的，请填写追发的工资总额' };
      return dateProblems(p, 'date', i.date, '结案日期');
    },
    events: (i) => [{ kind: 'caseClosed', date: i.date }],
    summary: (i, p) => `${i.date} 结案（${CLOSE_METHOD[i.method]}）：追发工资${formatYuan(i.recoveredFen)}，${i.workersPaid}名劳动者获得支付${byPayer(p)}；${i.summary}`,
  }),
};
