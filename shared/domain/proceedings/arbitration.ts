// 劳动人事争议仲裁案件: from the application received (收件) to 受理 or 不予受理 — this issue's first steps; the
// arbitration issue carries it on. 调解仲裁法 Art. 29: decide within 5 days of receipt; 办案规则 Art. 29: tell the
// applicant every missing item at once, on the spot or within 5 days; Art. 46(2): the receipt date restarts on 补正.
import { z } from 'zod';
import { dateKey, optionalText, text } from '../fields';
import { actionsOf, dateProblems, defineProceeding, firstEvent } from './definition';
import { reasonText } from './inputs';

const STATES = {
  received: '已收件，待审查',
  supplementRequested: '待补正',
  accepted: '已受理',
  notAccepted: '不予受理',
} as const;
type S = keyof typeof STATES;
const action = actionsOf<S>();

const ART29 = '《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》第三十条';

export const arbitration = defineProceeding<S>({
  kind: 'arbitration',
  label: '劳动人事争议仲裁案件',
  states: STATES,
  initial: 'received',
  closed: ['notAccepted'],
  numberSeries: { series: 'case:arbitration', pattern: '{unitShort}劳人仲案字〔{year}〕第{n}号' },
  actions: {
    requestSupplement: action({
      label: '一次性告知补正',
      from: ['received'],
      to: 'supplementRequested',
      input: z
        .object({
          date: dateKey('告知日期'),
          items: z.array(text('需补正的材料', 200), { error: '请列出需补正的材料' }).min(1, '请至少列出一项需补正的材料').max(30, '需补正的材料不能超过30项'),
        })
        .strict(),
      permission: 'proceeding.act',
      citation: '《劳动人事争议仲裁办案规则》第二十九条',
      // "一次性告知": every missing item at once — a second request would be the piecemeal notice the rule forbids.
      guard: (p) => (firstEvent(p, 'supplementRequested') ? '已经一次性告知过需补正的材料，不能再次要求补正（办案规则第二十九条）；材料仍不齐的，可决定不予受理' : null),
      check: (p, i) => dateProblems(p, 'date', i.date, '告知日期'),
      events: (i) => [{ kind: 'supplementRequested', date: i.date }],
      summary: (i) => `${i.date} 一次性告知申请人补正：${i.items.join('；')}`,
    }),
    supplement: action({
      label: '收到补正材料',
      from: ['supplementRequested'],
      to: 'received',
      input: z.object({ date: dateKey('补正日期'), note: optionalText('补正情况', 500) }).strict(),
      permission: 'proceeding.act',
      citation: '《劳动人事争议仲裁办案规则》第四十六条第二项',
      check: (p, i) => dateProblems(p, 'date', i.date, '补正日期'),
      events: (i) => [{ kind: 'supplemented', date: i.date }],
      summary: (i) => `${i.date} 申请人补正材料，收到仲裁申请的时间自该日起重新计算${i.note ? `：${i.note}` : ''}`,
    }),
    accept: action({
      label: '受理',
      from: ['received'],
      to: 'accepted',
      input: z.object({ date: dateKey('受理日期') }).strict(),
      permission: 'proceeding.act',
      numbered: true,
      documents: ['acceptanceNotice'],
      citation: ART29,
      check: (p, i) => dateProblems(p, 'date', i.date, '受理日期'),
      events: (i) => [{ kind: 'accepted', date: i.date }],
      summary: (i) => `${i.date} 决定受理`,
    }),
    reject: action({
      label: '不予受理',
      from: ['received', 'supplementRequested'],
      to: 'notAccepted',
      input: z.object({ date: dateKey('决定日期'), reason: reasonText('不予受理的理由') }).strict(),
      permission: 'proceeding.act',
      citation: `${ART29}；《劳动人事争议仲裁办案规则》第三十一条`,
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
      events: (i) => [{ kind: 'rejected', date: i.date }],
      summary: (i) => `${i.date} 决定不予受理：${i.reason}`,
    }),
  },
});
