// 劳动保障监察案件 from the complaint to 结案. This file: receipt, 受理 and 立案 (若干规定 Art. 18: accept within 5
// working days of receipt and open the case the same day; 监察条例 Art. 16: two or more inspectors with valid
// credentials), the investigation — its extension (Art. 17), the 限期改正（支付）指令书 (Art. 26), 调查终结 — and
// 撤销立案 (Art. 18(3)). The decisions are in inspection-decisions.ts, what follows them and 结案 in inspection-closing.ts.
import { z } from 'zod';
import { count, dateKey, money, optionalText, text } from '../fields';
import { formatYuan } from '../money';
import { certifiedInspectors, dateProblems, defineProceeding, needsLeader, type ProceedingView } from './definition';
import { CHALLENGE_ACTIONS } from './inspection-challenges';
import { CLOSING_ACTIONS } from './inspection-closing';
import { action, ART, INSPECTION_STATES, lastDue, type InspectionState } from './inspection-common';
import { DECISION_ACTIONS } from './inspection-decisions';
import { reasonText } from './inputs';

/** 监察条例 Art. 16: two or more inspectors with a 执法证 valid on the day. */
function needsTwoInspectors(p: ProceedingView, step: string): string | null {
  const n = certifiedInspectors(p, p.today).length;
  return n >= 2 ? null : `${step}前须指定两名以上持有效执法证的承办人（现有${n}名，${ART.reg16}）`;
}

export const inspection = defineProceeding<InspectionState>({
  kind: 'inspection',
  label: '劳动保障监察案件',
  states: INSPECTION_STATES,
  initial: 'received',
  closed: ['notAccepted', 'rerouted', 'closed'],
  numberSeries: { series: 'case:inspection', pattern: '{unitShort}人社监立字〔{year}〕第{n}号' },
  actions: {
    accept: action({
      label: '受理',
      from: ['received'],
      to: 'accepted',
      input: z.object({ date: dateKey('受理日期'), note: optionalText('受理意见', 500) }).strict(),
      permission: 'proceeding.act',
      documents: ['complaintAcceptanceNotice'],
      citation: ART.rules18,
      check: (p, i) => dateProblems(p, 'date', i.date, '受理日期'),
      events: (i) => [{ kind: 'accepted', date: i.date }],
      summary: (i) => `${i.date} 受理投诉${i.note ? `：${i.note}` : ''}`,
    }),
    reject: action({
      label: '不予受理',
      from: ['received'],
      to: 'notAccepted',
      input: z.object({ date: dateKey('决定日期'), reason: reasonText('不予受理的理由'), referTo: optionalText('告知向哪一机关投诉', 200) }).strict(),
      permission: 'proceeding.act',
      documents: ['complaintRejectionNotice'],
      citation: `${ART.rules18}；《劳动保障监察条例》第二十条、第二十一条`,
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
      events: (i) => [{ kind: 'rejected', date: i.date }],
      summary: (i) => `${i.date} 决定不予受理：${i.reason}${i.referTo ? `；告知向${i.referTo}反映` : ''}`,
    }),
    file: action({
      label: '立案',
      from: ['received', 'accepted'],
      to: 'filed',
      input: z.object({ date: dateKey('立案日期'), opinion: optionalText('立案意见', 500) }).strict(),
      permission: 'proceeding.act',
      // Filed straight from receipt, the case was accepted the same day (若干规定 Art. 18): its 受理通知书 follows 立案.
      documents: ['filingApproval', 'complaintAcceptanceNotice'],
      approval: 'leader',
      numbered: true,
      citation: `${ART.rules18}；${ART.reg16}`,
      guard: (p) => needsLeader(p, '立案') ?? needsTwoInspectors(p, '立案'),
      check: (p, i) => dateProblems(p, 'date', i.date, '立案日期'),
      // Accepted and filed on one day where the case went straight to 立案 (若干规定 Art. 18).
      events: (i, p) => [...(p.status === 'received' ? [{ kind: 'accepted' as const, date: i.date }] : []), { kind: 'filed', date: i.date }],
      summary: (i, p) => `${i.date} ${p.status === 'received' ? '受理并' : ''}立案${i.opinion ? `：${i.opinion}` : ''}`,
    }),
    extendInvestigation: action({
      label: '延长调查期限',
      from: ['filed'],
      to: 'filed',
      input: z.object({ date: dateKey('批准日期'), reason: reasonText('案情复杂需要延长的理由') }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      citation: ART.reg17,
      // Art. 17: one extension of 30 working days, approved while the 60 still run — after them nothing is left to extend.
      guard: (p) => {
        if (p.events.some((e) => e.kind === 'extended' && e.rule === 'inspection.investigate')) return `调查期限已经延长过一次，不能再次延长（${ART.reg17}：经批准可以延长三十个工作日）`;
        const due = lastDue(p, 'inspection.investigate');
        return due && p.today > due ? `调查期限已于${due}届满，届满后不能再批准延长（${ART.reg17}）` : null;
      },
      check: (p, i) => dateProblems(p, 'date', i.date, '批准日期'),
      events: (i) => [{ kind: 'extended', date: i.date, rule: 'inspection.investigate' }],
      summary: (i) => `${i.date} 经负责人批准，调查期限延长三十个工作日：${i.reason}`,
    }),
    issueOrder: action({
      label: '下达限期改正（支付）指令书',
      from: ['filed'],
      to: 'filed',
      input: z
        .object({
          date: dateKey('指令书作出日期'),
          deadline: dateKey('限期支付日期'),
          amountFen: money('责令支付金额', 1),
          workers: count('涉及劳动者人数', 1, 100_000, '人'),
          facts: text('违法事实', 2000),
        })
        .strict(),
      permission: 'proceeding.act',
      citation: ART.reg26,
      guard: (p) => needsTwoInspectors(p, '下达指令书'),
      check: (p, i) => dateProblems(p, 'date', i.date, '指令书作出日期') ?? (i.deadline <= i.date ? { deadline: `限期支付日期应晚于指令书作出日期（${i.date}）` } : null),
      events: (i) => [{ kind: 'orderIssued', date: i.date }],
      summary: (i) => `${i.date} 下达限期改正（支付）指令书：责令于${i.deadline}前支付${i.workers}名劳动者工资${formatYuan(i.amountFen)}；违法事实：${i.facts}`,
    }),
    // 监察联调 beside the investigation: the other departments and the 总包 at one table; the inspection stays filed, so a
    // missed instalment goes back to its order or its decision. The mediation's own clock runs from today (调解仲裁法 Art. 14).
    mediate: action({
      label: '组织监察联调',
      from: ['filed'],
      to: 'filed',
      input: z.object({ date: dateKey('联调受理日期'), note: optionalText('参加联调的部门和单位', 500) }).strict(),
      permission: 'proceeding.act',
      citation: '《劳动争议调解仲裁法》第十四条',
      check: (p, i) => dateProblems(p, 'date', i.date, '联调受理日期'),
      events: () => [],
      summary: (i) => `${i.date} 组织监察联调，另立调解（监察联调）程序${i.note ? `：${i.note}` : ''}`,
    }),
    closeInvestigation: action({
      label: '调查终结',
      from: ['filed'],
      to: 'investigationClosed',
      input: z.object({ date: dateKey('调查终结日期'), facts: text('调查认定的违法事实', 4000), opinion: text('处理意见', 2000) }).strict(),
      permission: 'proceeding.act',
      citation: `${ART.reg17}；${ART.reg18}`,
      guard: (p) => needsTwoInspectors(p, '调查终结'),
      check: (p, i) => dateProblems(p, 'date', i.date, '调查终结日期'),
      events: (i) => [{ kind: 'investigationClosed', date: i.date }],
      summary: (i) => `${i.date} 调查终结。认定：${i.facts}；处理意见：${i.opinion}`,
    }),
    revoke: action({
      label: '撤销立案',
      from: ['filed', 'investigationClosed'],
      to: 'revoked',
      input: z.object({ date: dateKey('批准日期'), reason: reasonText('撤销立案的理由') }).strict(),
      permission: 'proceeding.act',
      documents: ['revocationApproval'],
      approval: 'leader',
      citation: `${ART.reg18}第一款第三项`,
      check: (p, i) => dateProblems(p, 'date', i.date, '批准日期'),
      events: (i) => [{ kind: 'caseRevoked', date: i.date }],
      summary: (i) => `${i.date} 经负责人批准撤销立案：${i.reason}`,
    }),
    ...DECISION_ACTIONS,
    ...CLOSING_ACTIONS,
    ...CHALLENGE_ACTIONS,
  },
});
