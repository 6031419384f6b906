// 劳动保障监察案件: from the complaint the bureau received to 立案 (this issue's first steps; the inspection issue
// carries it on). 若干规定 Art. 18: accept within 5 working days of receipt and open the case (立案) the same day;
// 监察条例 Art. 16: an investigation is made by two or more inspectors holding valid credentials.
import { z } from 'zod';
import { dateKey, optionalText } from '../fields';
import { actionsOf, certifiedInspectors, dateProblems, defineProceeding, type ProceedingView } from './definition';
import { reasonText } from './inputs';

const STATES = {
  received: '待受理',
  accepted: '已受理，待立案',
  filed: '已立案，调查中',
  notAccepted: '不予受理',
} as const;
type S = keyof typeof STATES;
const action = actionsOf<S>();

const ART18 = '《关于实施〈劳动保障监察条例〉若干规定》第十八条';
const ART16 = '《劳动保障监察条例》第十六条';

/** 监察条例 Art. 16: two or more inspectors with a 执法证 valid on the day of 立案. */
function needsTwoInspectors(p: ProceedingView): string | null {
  const n = certifiedInspectors(p, p.today).length;
  return n >= 2 ? null : `立案前须指定两名以上持有效执法证的承办人（现有${n}名，${ART16}）`;
}

export const inspection = defineProceeding<S>({
  kind: 'inspection',
  label: '劳动保障监察案件',
  states: STATES,
  initial: 'received',
  closed: ['notAccepted'],
  numberSeries: { series: 'case:inspection', pattern: '{unitShort}人社监立字〔{year}〕第{n}号' },
  actions: {
    accept: action({
      label: '受理',
      from: ['received'],
      to: 'accepted',
      input: z.object({ date: dateKey('受理日期'), note: optionalText('受理意见', 500) }).strict(),
      permission: 'proceeding.act',
      citation: ART18,
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
      citation: `${ART18}；《劳动保障监察条例》第二十条、第二十一条`,
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
      approval: 'leader',
      numbered: true,
      citation: `${ART18}；${ART16}`,
      guard: needsTwoInspectors,
      check: (p, i) => dateProblems(p, 'date', i.date, '立案日期'),
      // Accepted and filed on one day where the case went straight to 立案 (若干规定 Art. 18).
      events: (i, p) => [...(p.status === 'received' ? [{ kind: 'accepted' as const, date: i.date }] : []), { kind: 'filed', date: i.date }],
      summary: (i, p) => `${i.date} ${p.status === 'received' ? '受理并' : ''}立案${i.opinion ? `：${i.opinion}` : ''}`,
    }),
  },
});
