// 列入失信联合惩戒名单: proposed by the handlers, decided by a leader, 3 years on the list, early removal on request
// (拖欠农民工工资失信联合惩戒对象名单管理暂行办法, DOMAIN.md §1.5). The inspection issue adds the criteria, the prior
// notice and the 陈述申辩 period (UNCONFIRMED: settings).
import { z } from 'zod';
import { dateKey } from '../fields';
import { actionsOf, dateProblems, defineProceeding } from './definition';
import { reasonText } from './inputs';

const STATES = { proposed: '拟列入', listed: '已列入', notListed: '决定不列入', removed: '已移出' } as const;
type S = keyof typeof STATES;
const action = actionsOf<S>();
const CITE = '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》';

export const blacklisting = defineProceeding<S>({
  kind: 'blacklisting',
  label: '列入失信联合惩戒名单',
  states: STATES,
  initial: 'proposed',
  closed: ['notListed', 'removed'],
  numberSeries: null,
  actions: {
    list: action({
      label: '决定列入',
      from: ['proposed'],
      to: 'listed',
      input: z.object({ date: dateKey('列入日期') }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '列入日期'),
      events: () => [],
      summary: (i) => `${i.date} 决定列入失信联合惩戒名单`,
    }),
    decline: action({
      label: '决定不列入',
      from: ['proposed'],
      to: 'notListed',
      input: z.object({ date: dateKey('决定日期'), reason: reasonText('不列入的理由') }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
      events: () => [],
      summary: (i) => `${i.date} 决定不列入：${i.reason}`,
    }),
    remove: action({
      label: '移出名单',
      from: ['listed'],
      to: 'removed',
      input: z.object({ date: dateKey('移出日期'), reason: reasonText('移出的理由') }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '移出日期'),
      events: () => [],
      summary: (i) => `${i.date} 移出名单：${i.reason}`,
    }),
  },
});
