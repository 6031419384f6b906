// 移送公安: a refusal to pay (刑法 Art. 276-1) referred to the police. Opened only when the preconditions hold
// (referrals.propose, shared/domain/referral-checklist.ts: 法释〔2013〕3号 Arts. 2–4); the 案件移送书 approved by a
// leader, the transfer within 24 hours of the approval with its copy to the 检察院 (国务院令第310号 Art. 8, UNCONFIRMED:
// the rule 'referral.transfer', its length a setting), 公安's decision and its date, and a refusal to file reviewed.
import { z } from 'zod';
import { dateKey, optionalText, text } from '../fields';
import { actionsOf, dateProblems, defineProceeding } from './definition';
import { lastDue } from './inspection-common';
import { reasonText } from './inputs';

const STATES = {
  proposed: '拟移送',
  approved: '已批准移送',
  referred: '已移送',
  reviewRequested: '已申请复议',
  policeFiled: '公安机关已立案',
  policeDeclined: '公安机关不予立案',
} as const;
type S = keyof typeof STATES;
const action = actionsOf<S>();
const CITE = '《保障农民工工资支付条例》第五十条；《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》（法释〔2013〕3号）';
const TRANSFER = '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第八条（待核实）';
const REVIEW = '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条（待核实）';

export const policeReferral = defineProceeding<S>({
  kind: 'policeReferral',
  label: '移送公安',
  states: STATES,
  initial: 'proposed',
  closed: ['policeFiled', 'policeDeclined'],
  numberSeries: null,
  actions: {
    refer: action({
      label: '批准移送（案件移送书）',
      from: ['proposed'],
      to: 'approved',
      input: z.object({ date: dateKey('批准日期'), police: optionalText('接收的公安机关', 100) }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      documents: ['referralLetter'],
      citation: `${CITE}；${TRANSFER}`,
      check: (p, i) => dateProblems(p, 'date', i.date, '批准日期'),
      events: (i) => [{ kind: 'referralApproved', date: i.date }],
      summary: (i) => `${i.date} 负责人批准案件移送书，移送${i.police ?? '公安机关'}`,
    }),
    transfer: action({
      label: '移送公安机关并抄送检察院',
      from: ['approved'],
      to: 'referred',
      input: z.object({ date: dateKey('移送日期'), police: text('接收的公安机关', 100), procuratorateCopyDate: dateKey('抄送人民检察院日期'), procuratorate: text('抄送的人民检察院', 100) }).strict(),
      permission: 'proceeding.act',
      citation: TRANSFER,
      check: (p, i) => dateProblems(p, 'date', i.date, '移送日期') ?? dateProblems(p, 'procuratorateCopyDate', i.procuratorateCopyDate, '抄送日期'),
      events: (i) => [{ kind: 'referralTransferred', date: i.date }],
      // A late transfer is recorded as it happened; the deadline table shows it overdue (a duty, not a bar).
      summary: (i, p) => {
        const due = lastDue(p, 'referral.transfer');
        return `${i.date} 移送${i.police}，${i.procuratorateCopyDate} 抄送${i.procuratorate}${due && i.date > due ? `（超过批准后移送期限${due}）` : ''}`;
      },
    }),
    recordFiled: action({
      label: '记录公安机关立案',
      from: ['referred', 'reviewRequested'],
      to: 'policeFiled',
      input: z.object({ date: dateKey('立案日期'), note: optionalText('说明', 500) }).strict(),
      permission: 'proceeding.act',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '立案日期'),
      events: () => [],
      summary: (i) => `${i.date} 公安机关立案${i.note ? `：${i.note}` : ''}`,
    }),
    recordDeclined: action({
      label: '记录公安机关不予立案',
      from: ['referred', 'reviewRequested'],
      to: 'policeDeclined',
      input: z.object({ date: dateKey('决定日期'), reason: reasonText('不予立案的理由') }).strict(),
      permission: 'proceeding.act',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
      events: () => [],
      summary: (i, p) => `${i.date} 公安机关${p.status === 'reviewRequested' ? '复议后维持' : ''}不予立案：${i.reason}`,
    }),
    requestReview: action({
      label: '申请复议（不予立案）',
      from: ['policeDeclined'],
      to: 'reviewRequested',
      input: z.object({ date: dateKey('申请复议日期'), reason: reasonText('申请复议的理由') }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      citation: REVIEW,
      check: (p, i) => dateProblems(p, 'date', i.date, '申请复议日期'),
      events: () => [],
      summary: (i) => `${i.date} 对公安机关不予立案决定申请复议：${i.reason}`,
    }),
  },
});
