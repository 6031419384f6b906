// 列入失信联合惩戒名单 (拖欠农民工工资失信联合惩戒对象名单管理暂行办法, DOMAIN.md §1.5): opened only when Art. 5's
// criteria hold (referrals.propose, shared/domain/referral-checklist.ts); prior notice of the reasons, basis and
// rights, then 陈述申辩 before any listing (国办发〔2020〕49号; the period is the rule 'blacklist.statement', a setting,
// UNCONFIRMED); the 列入决定 with the responsible persons; three years on the list (the rule 'blacklist.term' — its
// date on the deadline table; the daily job records 期满移出 on that day as the system, electron/core/blacklist); early
// removal ≥ 6 months after the correction, with the arrears paid (the stored payments) and a 守信承诺 recorded.
import { z } from 'zod';
import { addMonths } from '../calendar';
import { dateKey, text } from '../fields';
import { formatYuan } from '../money';
import { actionsOf, dateProblems, defineProceeding, firstEvent, unpaidWorkers, type ProceedingView } from './definition';
import { has, lastDue } from './inspection-common';
import { reasonText } from './inputs';

const STATES = { proposed: '拟列入', noticed: '已事先告知', listed: '已列入', notListed: '决定不列入', removed: '已移出' } as const;
type S = keyof typeof STATES;
const action = actionsOf<S>();
const CITE = '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》';
const NOTICE = '《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）';
/** 办法: early removal may be applied for six months after the correction. */
export const EARLY_REMOVAL_MONTHS = 6;

/** 陈述申辩 first: the statement made, or its period over (国办发〔2020〕49号). */
function statementProblem(p: ProceedingView): string | null {
  if (has(p, 'listingStatementMade')) return null;
  const due = lastDue(p, 'blacklist.statement');
  if (due && p.today > due) return null;
  return `当事人陈述申辩期限至${due ?? '（未告知）'}，期满或陈述申辩后方可决定列入（${NOTICE}）`;
}

/** 提前移出 first needs the arrears paid — every worker's outstanding amount zero by the stored payments — then a 守信承诺. */
function earlyRemovalProblem(p: ProceedingView): string | null {
  if (!p.money) return '未能读取本案的工资支付记录，暂不能办理提前移出';
  if (p.money.workers.length === 0) return `本案没有登记被拖欠工资的劳动者，无法核实拖欠工资已支付，不能提前移出（${CITE}）`;
  const unpaid = unpaidWorkers(p.money, formatYuan);
  if (unpaid) return `拖欠的工资尚未全部支付（${unpaid}），不能提前移出；请先登记支付（${CITE}）`;
  if (!has(p, 'pledgeMade')) return `当事人尚未作出书面守信承诺，不能提前移出；请先“记录守信承诺”（${CITE}）`;
  return null;
}

export const blacklisting = defineProceeding<S>({
  kind: 'blacklisting',
  label: '列入失信联合惩戒名单',
  states: STATES,
  initial: 'proposed',
  closed: ['notListed', 'removed'],
  numberSeries: null,
  actions: {
    notice: action({
      label: '事先告知（列入理由、依据和权利）',
      from: ['proposed'],
      to: 'noticed',
      input: z.object({ date: dateKey('告知书送达日期'), reasons: text('拟列入的事实、理由和依据', 1000) }).strict(),
      permission: 'proceeding.act',
      citation: NOTICE,
      check: (p, i) => dateProblems(p, 'date', i.date, '告知书送达日期'),
      events: (i) => [{ kind: 'listingNoticed', date: i.date }],
      summary: (i) => `${i.date} 送达拟列入失信联合惩戒名单事先告知书，告知陈述申辩的权利：${i.reasons}`,
    }),
    recordStatement: action({
      label: '记录陈述申辩',
      from: ['noticed'],
      to: 'noticed',
      input: z.object({ date: dateKey('陈述申辩日期'), content: text('陈述申辩的内容及复核意见', 2000) }).strict(),
      permission: 'proceeding.act',
      citation: NOTICE,
      check: (p, i) => dateProblems(p, 'date', i.date, '陈述申辩日期'),
      events: (i) => [{ kind: 'listingStatementMade', date: i.date }],
      summary: (i) => `${i.date} 当事人陈述申辩：${i.content}`,
    }),
    list: action({
      label: '决定列入（列入决定书）',
      from: ['noticed'],
      to: 'listed',
      input: z.object({ date: dateKey('列入日期'), persons: text('一并列入的法定代表人或主要负责人、负有直接责任的有关人员', 500) }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      documents: ['blacklistDecision'],
      citation: `${CITE}第五条`,
      guard: statementProblem,
      check: (p, i) => dateProblems(p, 'date', i.date, '列入日期'),
      events: (i) => [{ kind: 'listed', date: i.date }],
      summary: (i) => `${i.date} 决定列入失信联合惩戒名单，列入期限三年（至${addMonths(i.date, 36)}）；一并列入：${i.persons}`,
    }),
    decline: action({
      label: '决定不列入',
      from: ['proposed', 'noticed'],
      to: 'notListed',
      input: z.object({ date: dateKey('决定日期'), reason: reasonText('不列入的理由') }).strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      citation: CITE,
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
      events: () => [],
      summary: (i) => `${i.date} 决定不列入：${i.reason}`,
    }),
    expire: action({
      label: '期满移出',
      from: ['listed'],
      to: 'removed',
      input: z.object({ date: dateKey('移出日期') }).strict(),
      permission: 'proceeding.act',
      documents: ['delistingDecision'],
      citation: `${CITE}（列入期限三年）`,
      guard: (p) => {
        const due = lastDue(p, 'blacklist.term');
        return due && p.today >= due ? null : `列入期限三年，${due ?? '期满之日'}起方可期满移出`;
      },
      check: (p, i) => {
        const due = lastDue(p, 'blacklist.term');
        if (due && i.date < due) return { date: `列入期限三年，移出日期不能早于期满之日（${due}）` };
        return dateProblems(p, 'date', i.date, '移出日期');
      },
      events: (i) => [{ kind: 'delisted', date: i.date }],
      summary: (i) => `${i.date} 列入期满三年，移出失信联合惩戒名单`,
    }),
    recordPledge: action({
      label: '记录守信承诺',
      from: ['listed'],
      to: 'listed',
      input: z.object({ date: dateKey('书面守信承诺日期'), content: text('守信承诺的内容', 1000) }).strict(),
      permission: 'proceeding.act',
      citation: `${CITE}（提前移出）`,
      check: (p, i) => dateProblems(p, 'date', i.date, '书面守信承诺日期'),
      events: (i) => [{ kind: 'pledgeMade', date: i.date }],
      summary: (i) => `${i.date} 当事人作出书面守信承诺：${i.content}`,
    }),
    removeEarly: action({
      label: '提前移出（移出决定书）',
      from: ['listed'],
      to: 'removed',
      input: z
        .object({
          date: dateKey('移出日期'),
          correctionDate: dateKey('改正（支付完毕）日期'),
          reason: reasonText('已支付拖欠工资的情况'),
        })
        .strict(),
      permission: 'proceeding.act',
      approval: 'leader',
      documents: ['delistingDecision'],
      citation: `${CITE}（提前移出）`,
      guard: earlyRemovalProblem,
      check: (p, i) => {
        const listedOn = firstEvent(p, 'listed')?.date;
        if (listedOn && i.correctionDate < listedOn) return { correctionDate: `改正日期不能早于列入日期（${listedOn}）` };
        if (i.correctionDate > p.today) return { correctionDate: `改正日期不能晚于今天（${p.today}）` };
        const from = addMonths(i.correctionDate, EARLY_REMOVAL_MONTHS);
        if (i.date < from) return { date: `改正之日起满六个月（${from}）方可提前移出` };
        return dateProblems(p, 'date', i.date, '移出日期');
      },
      events: (i) => [{ kind: 'delisted', date: i.date }],
      summary: (i, p) => `${i.date} 提前移出失信联合惩戒名单：${i.correctionDate} 改正，${p.events.findLast((e) => e.kind === 'pledgeMade')?.date ?? ''} 作出书面守信承诺；${i.reason}`,
    }),
  },
});
