// The inspection's decision stage: 事先告知 → 陈述申辩 → 听证 when the party asks for it → 法制审核 and 负责人集体讨论
// where the law requires them → 行政处理决定 (pay the wages and 赔偿金, 监察条例 Art. 26) or 行政处罚决定, each on a
// leader's approval → service of the decision, from which each party's 复议 and 诉讼 windows run.
import { z } from 'zod';
import { choice, count, dateKey, money, nameText, optionalNameText, optionalText, text, type FieldMeta } from '../fields';
import { formatYuan } from '../money';
import { dateProblems, type FieldProblems, type ProceedingView } from './definition';
import { action, ART, has, lastDue } from './inspection-common';

/** 行政处罚法 Art. 58(1)–(3): the cases a decision must pass 法制审核 for, besides a heard one (see `heardUnreviewed`). */
const REVIEW_CASE = {
  none: '不属于须法制审核的情形',
  majorInterest: '涉及重大公共利益或者当事人重大权益',
  complex: '案件情况疑难复杂、涉及多个法律关系',
} as const;
const SERIOUS = { no: '否', yes: '是（情节复杂或者重大违法）' } as const;

/** Whether the last hearing held is not followed by a 法制审核 (行政处罚法 Art. 58(2): a heard case is reviewed after it). */
function heardUnreviewed(p: ProceedingView): boolean {
  const heard = p.events.findLastIndex((e) => e.kind === 'penaltyHearingHeld');
  return heard >= 0 && p.events.findLastIndex((e) => e.kind === 'legalReviewed') < heard;
}

/** What must be behind a decision: the party heard (or its time gone by), a heard case reviewed. */
function readyToDecide(p: ProceedingView): string | null {
  if (!has(p, 'statementMade')) {
    const due = lastDue(p, 'penalty.statement');
    if (due && p.today <= due) return `当事人陈述、申辩的期限至${due}届满；当事人已陈述、申辩或者期限届满之后才能作出决定（${ART.penalty44}；${ART.reg19}）`;
  }
  if (heardUnreviewed(p)) return `本案经过听证程序，作出决定前须经法制审核（${ART.penalty58}第二项）；请先登记法制审核`;
  return null;
}

/** The decision's own flags: a case Art. 58 names needs its review on file, a serious one its collective discussion (Art. 57). */
function reviewProblems(p: ProceedingView, i: { reviewCase: keyof typeof REVIEW_CASE; serious: keyof typeof SERIOUS }): FieldProblems | null {
  const out: FieldProblems = {};
  if (i.reviewCase !== 'none' && !has(p, 'legalReviewed')) out.reviewCase = `${REVIEW_CASE[i.reviewCase]}的，作出决定前须经法制审核（${ART.penalty58}）；请先登记法制审核`;
  if (i.serious === 'yes' && !has(p, 'collectivelyDiscussed')) out.serious = `情节复杂或者重大违法的，应当由负责人集体讨论决定（${ART.penalty57}）；请先登记集体讨论`;
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * 行政处罚法 Art. 63(1): a fine of a 较大数额 — the province's figure in force on the notice's day (a regional, dated
 * parameter, UNCONFIRMED) — gives the right to a hearing. An amount not stated, or no figure known, gives it: a hearing
 * held where none was due harms nobody, one refused where it was due voids the penalty.
 */
export function hearingRight(p: ProceedingView, date: string, fineFen: number | undefined): boolean {
  const line = p.basis?.hearingFineThresholdFen?.(date) ?? null;
  return fineFen === undefined || line === null || fineFen >= line;
}

/** 赔偿金 = 应付金额 × 比例, rounded half up to the fen (integer arithmetic; money.ts). */
export function compensationFen(wagesFen: number, percent: number): number {
  return Math.floor((wagesFen * percent + 50) / 100);
}

const FINE_LABEL = '拟罚款金额';
const decisionFlags = { reviewCase: choice('法制审核情形', REVIEW_CASE), serious: choice('是否须集体讨论', SERIOUS) };

export const DECISION_ACTIONS = {
  priorNotice: action({
    label: '事先告知',
    from: ['investigationClosed'],
    to: 'noticed',
    input: z
      .object({
        date: dateKey('事先告知书送达日期'),
        intended: choice('拟作出的决定', { handling: '行政处理决定（责令支付）', penalty: '行政处罚决定', both: '行政处理决定和行政处罚决定' }),
        content: text('告知的事实、理由、依据和拟作出的决定', 2000),
        fineFen: money(FINE_LABEL).optional().meta({ field: 'money', label: FINE_LABEL } satisfies FieldMeta),
      })
      .strict(),
    permission: 'proceeding.act',
    documents: ['priorNotice'],
    citation: `${ART.penalty44}；${ART.reg19}`,
    check: (p, i) => {
      if (i.intended === 'handling' && (i.fineFen ?? 0) > 0) return { fineFen: '只拟作出行政处理决定的，不罚款；拟罚款金额应为空或填0' };
      if (i.intended !== 'handling' && i.fineFen === 0) return { fineFen: '拟作出行政处罚的，请填写拟罚款金额（据以确定当事人是否有权要求听证）' };
      return dateProblems(p, 'date', i.date, '事先告知书送达日期');
    },
    // 行政处罚法 Art. 60 counts a penalty's 90 days from 立案 once one is intended (deadline rule 'penalty.decide');
    // Art. 63: a hearing right only for a fine of the province's 较大数额 or more (its clock, 'penalty.hearingRequest').
    events: (i, p) => [
      { kind: 'priorNoticeServed', date: i.date },
      ...(i.intended === 'handling' ? [] : [{ kind: 'penaltyIntended' as const, date: i.date }]),
      ...(i.intended !== 'handling' && hearingRight(p, i.date, i.fineFen) ? [{ kind: 'hearingRightNoticed' as const, date: i.date }] : []),
    ],
    summary: (i, p) =>
      `${i.date} 送达事先告知书（拟作出${i.intended === 'handling' ? '行政处理决定' : i.intended === 'penalty' ? '行政处罚决定' : '行政处理决定和行政处罚决定'}）：${i.content}` +
      (i.intended !== 'handling' && i.fineFen !== undefined ? `；拟罚款${formatYuan(i.fineFen)}，${hearingRight(p, i.date, i.fineFen) ? '告知当事人有权要求听证' : `低于较大数额${formatYuan(p.basis?.hearingFineThresholdFen?.(i.date) ?? 0)}，不适用听证程序`}` : ''),
  }),
  recordStatement: action({
    label: '记录陈述申辩',
    from: ['noticed'],
    to: 'noticed',
    input: z.object({ date: dateKey('陈述申辩日期'), statement: text('当事人陈述、申辩的意见', 4000), review: text('复核意见', 2000) }).strict(),
    permission: 'proceeding.act',
    citation: `${ART.penalty44}；${ART.reg19}`,
    check: (p, i) => dateProblems(p, 'date', i.date, '陈述申辩日期'),
    events: (i) => [{ kind: 'statementMade', date: i.date }],
    summary: (i) => `${i.date} 当事人陈述、申辩：${i.statement}；复核意见：${i.review}`,
  }),
  requestHearing: action({
    label: '当事人要求听证',
    from: ['noticed'],
    to: 'hearing',
    input: z.object({ date: dateKey('要求听证日期'), note: optionalText('要求听证的情况', 500) }).strict(),
    permission: 'proceeding.act',
    citation: ART.penalty64,
    guard: (p) => {
      if (!has(p, 'penaltyIntended')) return `听证适用于拟作出的行政处罚（${ART.penalty64}）；本案事先告知的是行政处理决定，不组织听证`;
      if (!has(p, 'hearingRightNoticed')) {
        const notice = p.events.findLast((e) => e.kind === 'priorNoticeServed')?.date;
        const line = notice ? p.basis?.hearingFineThresholdFen?.(notice) : null;
        return `事先告知的拟罚款数额低于本省规定的较大数额${line ? `（${formatYuan(line)}）` : ''}，当事人无权要求听证（${ART.penalty64}）`;
      }
      return has(p, 'hearingRequested') ? '当事人已经要求过听证，本案已组织听证' : null;
    },
    check: (p, i) => {
      const due = lastDue(p, 'penalty.hearingRequest');
      if (due && i.date > due) return { date: `当事人应当在事先告知后五个工作日内（${due}前）要求听证，逾期提出的不再组织听证（${ART.penalty64}）` };
      return dateProblems(p, 'date', i.date, '要求听证日期');
    },
    events: (i) => [{ kind: 'hearingRequested', date: i.date }],
    summary: (i) => `${i.date} 当事人要求听证${i.note ? `：${i.note}` : ''}`,
  }),
  scheduleHearing: action({
    label: '通知听证',
    from: ['hearing'],
    to: 'hearingScheduled',
    input: z
      .object({
        date: dateKey('听证通知送达日期'),
        hearingDate: dateKey('听证日期'),
        // Art. 64(2): the notice names the time as well as the day; the paper prints it as typed (上午9时30分).
        time: optionalText('听证开始时间', 20),
        place: text('听证地点', 200),
        presiding: optionalNameText('听证主持人', 40),
      })
      .strict(),
    permission: 'proceeding.act',
    documents: ['penaltyHearingNotice'],
    citation: `${ART.penalty64}第二项`,
    check: (p, i) => {
      const when = dateProblems(p, 'date', i.date, '听证通知送达日期');
      if (when) return when;
      // Art. 64(4): the hearing is presided over by someone the organ designates who did not investigate the case.
      if (i.presiding && p.team.some((m) => m.role === 'handler' && m.name === i.presiding)) {
        return { presiding: `${i.presiding}是本案承办人；听证应由本机关指定的非本案调查人员主持（《行政处罚法》第六十四条第四项）` };
      }
      if (i.hearingDate <= i.date) return { hearingDate: `听证日期应晚于听证通知送达日期（${i.date}）` };
      // Art. 64(2): notified at least 7 days before; Art. 85: 7 days are working days — the deadline table's own count.
      const due = lastDue(p, 'penalty.hearingNotice', [{ kind: 'penaltyHearingScheduled', date: i.hearingDate }]);
      if (due && i.date > due) return { hearingDate: `听证定于${i.hearingDate}的，通知最迟应于${due}送达（听证的七个工作日前，${ART.penalty64}第二项）；请另定听证日期` };
      return null;
    },
    events: (i) => [
      { kind: 'penaltyHearingNoticeServed', date: i.date },
      { kind: 'penaltyHearingScheduled', date: i.hearingDate },
    ],
    summary: (i) => `${i.date} 送达听证通知：定于${i.hearingDate}${i.time ?? ''}在${i.place}举行听证${i.presiding ? `，由${i.presiding}主持` : ''}`,
  }),
  holdHearing: action({
    label: '记录听证',
    from: ['hearingScheduled'],
    to: 'noticed',
    input: z.object({ date: dateKey('听证日期'), record: text('听证情况', 4000) }).strict(),
    permission: 'proceeding.act',
    citation: '《行政处罚法》第六十四条、第六十五条',
    check: (p, i) => {
      const set = p.events.findLast((e) => e.kind === 'penaltyHearingScheduled');
      if (set && i.date < set.date) return { date: `听证已通知于${set.date}举行，听证日期不能早于该日` };
      return dateProblems(p, 'date', i.date, '听证日期');
    },
    events: (i) => [{ kind: 'penaltyHearingHeld', date: i.date }],
    summary: (i) => `${i.date} 举行听证：${i.record}`,
  }),
  legalReview: action({
    label: '法制审核',
    from: ['noticed'],
    to: 'noticed',
    input: z.object({ date: dateKey('审核日期'), reviewer: nameText('法制审核人员', 50), opinion: text('审核意见', 2000) }).strict(),
    permission: 'proceeding.act',
    citation: ART.penalty58,
    check: (p, i) => dateProblems(p, 'date', i.date, '审核日期'),
    events: (i) => [{ kind: 'legalReviewed', date: i.date }],
    summary: (i) => `${i.date} 法制审核（${i.reviewer}）：${i.opinion}`,
  }),
  collectiveDiscussion: action({
    label: '负责人集体讨论',
    from: ['noticed'],
    to: 'noticed',
    input: z
      .object({
        date: dateKey('讨论日期'),
        participants: z.array(nameText('参加讨论的负责人', 50), { error: '请列出参加讨论的负责人' }).min(2, '集体讨论须有两名以上负责人参加').max(30, '参加人员不能超过30名'),
        minutes: text('讨论记录', 4000),
      })
      .strict(),
    permission: 'proceeding.act',
    citation: ART.penalty57,
    check: (p, i) => dateProblems(p, 'date', i.date, '讨论日期'),
    events: (i) => [{ kind: 'collectivelyDiscussed', date: i.date }],
    summary: (i) => `${i.date} 负责人集体讨论（${i.participants.join('、')}）：${i.minutes}`,
  }),
  decideHandling: action({
    label: '作出行政处理决定',
    from: ['noticed', 'decided'],
    to: 'decided',
    input: z
      .object({
        date: dateKey('决定日期'),
        wagesFen: money('责令支付的工资', 1),
        compensationPercent: count('加付赔偿金比例', 0, 100, '%'),
        ...decisionFlags,
      })
      .strict(),
    permission: 'proceeding.act',
    approval: 'leader',
    documents: ['handlingDecision'],
    citation: `${ART.reg26}；${ART.reg19}`,
    guard: (p) => (has(p, 'decisionMade') ? '本案已作出行政处理决定' : readyToDecide(p)),
    check: (p, i) => {
      // Art. 26: 赔偿金 of 50%–100% of the amount, ordered only where the employer let an order's deadline pass unpaid.
      if (i.compensationPercent > 0 && i.compensationPercent < 50) return { compensationPercent: `赔偿金为应付金额的50%至100%（${ART.reg26}）；不责令加付赔偿金的填0` };
      if (i.compensationPercent > 0 && !has(p, 'orderIssued')) return { compensationPercent: `加付赔偿金以逾期不支付限期支付指令为前提（${ART.reg26}），本案未下达限期改正（支付）指令书` };
      return dateProblems(p, 'date', i.date, '决定日期') ?? reviewProblems(p, i);
    },
    events: (i) => [{ kind: 'decisionMade', date: i.date }],
    summary: (i) =>
      `${i.date} 作出行政处理决定：责令支付工资${formatYuan(i.wagesFen)}` +
      (i.compensationPercent > 0 ? `，加付赔偿金${formatYuan(compensationFen(i.wagesFen, i.compensationPercent))}（应付金额的${i.compensationPercent}%）` : ''),
  }),
  decidePenalty: action({
    label: '作出行政处罚决定',
    from: ['noticed', 'decided'],
    to: 'decided',
    input: z
      .object({
        date: dateKey('决定日期'),
        fineFen: money('罚款金额', 1),
        basis: text('处罚依据', 500),
        // 行政处罚法 Art. 61: handed over on announcement; a party absent then is served within 7 (working, Art. 85) days.
        announced: choice('宣告时当事人是否在场', { present: '在场，当场交付决定书', absent: '不在场，七日内送达' }),
        ...decisionFlags,
      })
      .strict(),
    permission: 'proceeding.act',
    approval: 'leader',
    documents: ['penaltyDecision'],
    citation: `${ART.penalty44}；${ART.penalty57}；${ART.penalty58}；${ART.penalty61}`,
    guard: (p) => {
      if (!has(p, 'penaltyIntended')) return `事先告知书未告知拟作出行政处罚，不能作出行政处罚决定（${ART.penalty44}）`;
      if (has(p, 'penaltyDecided')) return '本案已作出行政处罚决定';
      if (!has(p, 'hearingRequested')) {
        const due = lastDue(p, 'penalty.hearingRequest');
        if (due && p.today <= due) return `当事人要求听证的期限至${due}届满，届满之前不能作出行政处罚决定（${ART.penalty64}）`;
      }
      return readyToDecide(p);
    },
    check: (p, i) => dateProblems(p, 'date', i.date, '决定日期') ?? reviewProblems(p, i),
    // Absent at the announcement: penalty.serveDecision's 7 working days run from the decision's date.
    events: (i) => [{ kind: 'penaltyDecided', date: i.date }, ...(i.announced === 'absent' ? [{ kind: 'penaltyAnnouncedAbsent' as const, date: i.date }] : [])],
    summary: (i) => `${i.date} 作出行政处罚决定：罚款${formatYuan(i.fineFen)}（依据：${i.basis}）；宣告时当事人${i.announced === 'absent' ? '不在场，应于七个工作日内送达' : '在场，当场交付'}`,
  }),
  serveDecision: action({
    label: '送达决定书',
    from: ['decided'],
    to: 'decided',
    input: z
      .object({
        date: dateKey('送达日期'),
        which: choice('送达的决定书', { handling: '行政处理决定书', penalty: '行政处罚决定书' }),
        recipient: nameText('受送达人', 100),
      })
      .strict(),
    permission: 'proceeding.act',
    citation: `${ART.reg19}；${ART.penalty61}`,
    check: (p, i) => {
      if (i.which === 'handling' && !has(p, 'decisionMade')) return { which: '本案未作出行政处理决定' };
      if (i.which === 'penalty' && !has(p, 'penaltyDecided')) return { which: '本案未作出行政处罚决定' };
      return dateProblems(p, 'date', i.date, '送达日期');
    },
    // Each party's 复议 (60 days) and 诉讼 (6 months) run from its own service (行政复议法 Art. 20; 行政诉讼法 Art. 46).
    events: (i) => [{ kind: 'decisionServed', date: i.date, party: i.recipient }],
    summary: (i) => `${i.date} 向${i.recipient}送达${i.which === 'handling' ? '行政处理决定书' : '行政处罚决定书'}，告知其可自收到之日起六十日内申请行政复议或者六个月内提起行政诉讼`,
  }),
};
