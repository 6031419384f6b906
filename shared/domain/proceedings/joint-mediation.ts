// 调解（监察联调）: a mediation the bureau holds with the other departments that hold the levers. 达成调解协议
// records the agreement's instalment plan (mediation-agreement.ts; the core stores it with the step).
// 调解仲裁法 Art. 14: no agreement within 15 days of the application — either party may go to arbitration.
import { z } from 'zod';
import { dateKey, optionalText } from '../fields';
import { instalmentsInput, overOwedReasonInput, planShapeProblems } from '../mediation-agreement';
import { formatYuan } from '../money';
import { actionsOf, dateProblems, defineProceeding } from './definition';
import { reasonText } from './inputs';

const STATES = {
  received: '待受理',
  mediating: '调解中',
  agreed: '达成调解协议',
  failed: '调解不成',
  notAccepted: '不予受理',
  /** The desk moved the matter to a proceeding of another kind before any department took it (routing). */
  rerouted: '已改由其他程序办理',
} as const;
type S = keyof typeof STATES;
const action = actionsOf<S>();

export const jointMediation = defineProceeding<S>({
  kind: 'jointMediation',
  label: '调解（监察联调）',
  states: STATES,
  initial: 'received',
  closed: ['agreed', 'failed', 'notAccepted', 'rerouted'],
  numberSeries: null,
  actions: {
    accept: action({
      label: '受理调解',
      from: ['received'],
      to: 'mediating',
      input: z.object({ date: dateKey('受理日期') }).strict(),
      permission: 'proceeding.act',
      citation: '《劳动争议调解仲裁法》第十四条',
      check: (p, i) => dateProblems(p, 'date', i.date, '受理日期'),
      events: (i) => [{ kind: 'mediationApplied', date: i.date }],
      summary: (i) => `${i.date} 受理调解`,
    }),
    reject: action({
      label: '不予受理',
      from: ['received'],
      to: 'notAccepted',
      input: z.object({ date: dateKey('决定日期'), reason: reasonText('不予受理的理由') }).strict(),
      permission: 'proceeding.act',
      citation: '《劳动争议调解仲裁法》第十四条',
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
      events: () => [],
      summary: (i) => `${i.date} 不予受理调解：${i.reason}`,
    }),
    agree: action({
      label: '达成调解协议',
      from: ['mediating'],
      to: 'agreed',
      input: z
        .object({
          date: dateKey('协议生效日期'),
          note: optionalText('协议要点', 1000),
          /** 分期履行: each instalment's worker (or the group), due date, amount and payer. */
          instalments: instalmentsInput,
          /** The explicit confirmation that the plan may promise more than the workers are still owed. */
          overOwedReason: overOwedReasonInput,
        })
        .strict(),
      permission: 'proceeding.act',
      documents: ['mediationAgreement'],
      citation: '《劳动争议调解仲裁法》第十四条',
      check: (p, i) => {
        const problems = { ...dateProblems(p, 'date', i.date, '协议生效日期'), ...planShapeProblems(i.instalments, i.date) };
        return Object.keys(problems).length > 0 ? problems : null;
      },
      events: (i) => [{ kind: 'agreementEffective', date: i.date }],
      summary: (i) =>
        `${i.date} 达成调解协议，分${i.instalments.length}期履行，合计${formatYuan(i.instalments.reduce((s, x) => s + x.amountFen, 0))}${i.note ? `：${i.note}` : ''}`,
    }),
    end: action({
      label: '调解不成',
      from: ['mediating'],
      to: 'failed',
      input: z.object({ date: dateKey('终结日期'), reason: reasonText('调解不成的情况') }).strict(),
      permission: 'proceeding.act',
      citation: '《劳动争议调解仲裁法》第十四条',
      check: (p, i) => dateProblems(p, 'date', i.date, '终结日期'),
      events: (i) => [{ kind: 'mediationEnded', date: i.date }],
      summary: (i) => `${i.date} 调解不成：${i.reason}`,
    }),
  },
});
