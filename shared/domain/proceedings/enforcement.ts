// 申请人民法院强制执行: a decision the employer neither followed nor challenged (行政强制法 Arts. 53–54: a 催告 first,
// then the court within 3 months of the challenge periods' end). The inspection issue records the 催告 and its wait.
import { z } from 'zod';
import { dateKey, optionalText } from '../fields';
import { actionsOf, dateProblems, defineProceeding } from './definition';

const STATES = { pending: '待申请', applied: '已申请强制执行', concluded: '执行终结' } as const;
type S = keyof typeof STATES;
const action = actionsOf<S>();
const CITE = '《中华人民共和国行政强制法》第五十三条、第五十四条';

export const enforcement = defineProceeding<S>({
  kind: 'enforcement',
  label: '申请强制执行',
  states: STATES,
  initial: 'pending',
  closed: ['concluded'],
  numberSeries: null,
  actions: {
    apply: action({
      label: '申请法院强制执行',
      from: ['pending'],
      to: 'applied',
      input: z.object({ date: dateKey('申请日期'), court: optionalText('受理法院', 100) }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      documents: ['enforcementApplication'],
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '申请日期'),
      events: (i) => [{ kind: 'enforcementApplied', date: i.date }],
      summary: (i) => `${i.date} 向${i.court ?? '人民法院'}申请强制执行`,
    }),
    conclude: action({
      label: '记录执行终结',
      from: ['applied'],
      to: 'concluded',
      input: z.object({ date: dateKey('终结日期'), note: optionalText('执行结果', 500) }).strict(),
      permission: 'proceeding.act',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '终结日期'),
      events: () => [],
      summary: (i) => `${i.date} 执行终结${i.note ? `：${i.note}` : ''}`,
    }),
  },
});
