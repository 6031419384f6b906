// 移送公安: a refusal to pay (刑法 Art. 276-1) referred to the police on a leader's approval. The inspection issue
// adds the preconditions (a served order to pay, its deadline passed, the amount threshold — DOMAIN.md §1.4).
import { z } from 'zod';
import { dateKey, optionalText } from '../fields';
import { actionsOf, dateProblems, defineProceeding } from './definition';
import { reasonText } from './inputs';

const STATES = { proposed: '拟移送', referred: '已移送', policeFiled: '公安机关已立案', policeDeclined: '公安机关不予立案' } as const;
type S = keyof typeof STATES;
const action = actionsOf<S>();
const CITE = '《保障农民工工资支付条例》第五十条；《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》（法释〔2013〕3号）';

export const policeReferral = defineProceeding<S>({
  kind: 'policeReferral',
  label: '移送公安',
  states: STATES,
  initial: 'proposed',
  closed: ['policeFiled', 'policeDeclined'],
  numberSeries: null,
  actions: {
    refer: action({
      label: '移送',
      from: ['proposed'],
      to: 'referred',
      input: z.object({ date: dateKey('移送日期'), police: optionalText('接收的公安机关', 100) }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '移送日期'),
      events: () => [],
      summary: (i) => `${i.date} 移送${i.police ?? '公安机关'}`,
    }),
    recordFiled: action({
      label: '记录公安机关立案',
      from: ['referred'],
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
      from: ['referred'],
      to: 'policeDeclined',
      input: z.object({ date: dateKey('决定日期'), reason: reasonText('不予立案的理由') }).strict(),
      permission: 'proceeding.act',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
      events: () => [],
      summary: (i) => `${i.date} 公安机关不予立案：${i.reason}`,
    }),
  },
});
