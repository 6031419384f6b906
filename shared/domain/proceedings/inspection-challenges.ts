// A party's challenge to an inspection decision, recorded as steps so its clocks run from what happened: the
// application for 行政复议 (meets that party's 60 days, 行政复议法 Art. 20), the 复议决定 served (starts the 15 days to
// sue, 行政诉讼法 Art. 45), and the 行政诉讼 filed (meets the windows to sue, Arts. 45–46).
import { z } from 'zod';
import { dateKey, nameText } from '../fields';
import { dateProblems, type ProceedingView } from './definition';
import { action, has } from './inspection-common';

// While the decision's windows run (before 确认期限届满): a challenge keeps the file where the decision left it.
const AFTER_DECISION = ['decided'] as const;
const served = (p: ProceedingView) => (has(p, 'decisionServed') ? null : '决定书尚未送达，当事人尚不能申请复议或提起诉讼');

export const CHALLENGE_ACTIONS = {
  recordReconsideration: action({
    label: '登记当事人申请行政复议',
    from: [...AFTER_DECISION],
    to: 'decided',
    input: z.object({ date: dateKey('申请复议日期'), party: nameText('申请复议的当事人', 60), body: nameText('复议机关', 60) }).strict(),
    permission: 'proceeding.act',
    citation: '《行政复议法》第二十条',
    guard: served,
    check: (p, i) => dateProblems(p, 'date', i.date, '申请复议日期'),
    events: (i) => [{ kind: 'reconsiderationApplied', date: i.date, party: i.party }],
    summary: (i) => `${i.date} ${i.party}向${i.body}申请行政复议`,
  }),
  recordReconsiderationDecision: action({
    label: '登记复议决定送达',
    from: ['decided'],
    to: 'decided',
    input: z.object({ date: dateKey('复议决定书送达日期'), party: nameText('收到复议决定书的当事人', 60) }).strict(),
    permission: 'proceeding.act',
    citation: '《行政诉讼法》第四十五条',
    guard: (p) => (has(p, 'reconsiderationApplied') ? null : '没有登记当事人申请行政复议'),
    check: (p, i) => dateProblems(p, 'date', i.date, '复议决定书送达日期'),
    events: (i) => [{ kind: 'reconsiderationDecisionServed', date: i.date, party: i.party }],
    summary: (i) => `${i.date} 复议决定书送达${i.party}；不服的，可以在十五日内提起行政诉讼`,
  }),
  recordLitigation: action({
    label: '登记当事人提起行政诉讼',
    from: [...AFTER_DECISION],
    to: 'decided',
    input: z.object({ date: dateKey('起诉日期'), party: nameText('起诉的当事人', 60), court: nameText('受理的人民法院', 60) }).strict(),
    permission: 'proceeding.act',
    citation: '《行政诉讼法》第四十五条、第四十六条',
    guard: served,
    check: (p, i) => dateProblems(p, 'date', i.date, '起诉日期'),
    events: (i) => [{ kind: 'litigationFiled', date: i.date, party: i.party }],
    summary: (i) => `${i.date} ${i.party}向${i.court}提起行政诉讼`,
  }),
};
