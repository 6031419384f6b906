// 劳动人事争议仲裁案件: from the application received (收件) to 受理 or 不予受理 — this issue's first steps; the
// arbitration issue carries it on. 调解仲裁法 Art. 29: decide within 5 days of receipt; 办案规则 Art. 29: tell the
// applicant every missing item at once, on the spot or within 5 days; Art. 46(2): the receipt date restarts on 补正.
import { z } from 'zod';
import { dateKey, optionalText, text } from '../fields';
import { actionsOf, dateProblems, defineProceeding, firstEvent, needsLeader, type FieldProblems, type ProceedingView } from './definition';
import { reasonText } from './inputs';
import { absenceStepProblem } from '../hearings';
import { ARBITRATION_CHANGES, soleArbitratorProblem } from './arbitration-changes';
import { CLOSING_ACTIONS, CLOSING_STATES } from './arbitration-closing';
import { RECUSAL_ACTIONS } from './arbitration-recusal';
import { MEDIATION_ACTIONS, MEDIATION_STATES } from './arbitration-mediation';

const STATES = {
  received: '已收件，待审查',
  supplementRequested: '待补正',
  accepted: '已受理',
  composed: '仲裁庭已组成',
  /** 办案规则 Art. 47: suspended; 恢复 returns to the stage it interrupted (arbitration-changes.ts). */
  suspended: '仲裁中止',
  /** A recusal was granted: the tribunal is composed again with the replacement (调解仲裁法 Art. 34). */
  recusalGranted: '已决定回避，待重新组成仲裁庭',
  /** 调解仲裁法 Art. 36(1): the applicant, served the notice, stayed away without cause — deemed to have withdrawn. */
  deemedWithdrawn: '视为撤回仲裁申请',
  /** Art. 36(2): the respondent, served the notice, stayed away without cause — the award is made by default. */
  defaultAward: '被申请人缺席，待缺席裁决',
  notAccepted: '不予受理',
  /** The desk moved the matter to a proceeding of another kind before any department took it (routing). */
  rerouted: '已改由其他程序办理',
  ...CLOSING_STATES,
  ...MEDIATION_STATES,
} as const;
type S = keyof typeof STATES;
export type ArbitrationState = S;
const action = actionsOf<S>();

const staffId = (label: string) => z.string({ error: `请选择${label}` }).trim().min(1, `请选择${label}`).max(64, `${label}无效`);

/** 调解仲裁法 Art. 31: a tribunal of three (one presiding) or, for a simple dispute, a sole arbitrator; a clerk records. */
export const TRIBUNAL_FORM = { panel: '合议庭（三名仲裁员）', sole: '独任仲裁' } as const;

export const composeInput = z
  .object({
    date: dateKey('组庭日期'),
    form: z.enum(['panel', 'sole'], { error: '请选择仲裁庭的组成形式' }),
    presidingStaffId: staffId('首席仲裁员（独任仲裁员）'),
    memberStaffIds: z.array(staffId('仲裁员'), { error: '请选择仲裁员' }).max(2, '合议庭除首席仲裁员外为两名仲裁员'),
    clerkStaffId: staffId('书记员'),
  })
  .strict();
export type ComposeInput = z.output<typeof composeInput>;

/**
 * Who may sit on this tribunal on `date`: each arbitrator on the file's team, active, holding a 仲裁员证 valid that
 * day (调解仲裁法 Art. 20; 办案规则 Art. 37 the composition); the clerk on the team and active; nobody twice.
 */
export function tribunalProblems(p: ProceedingView, i: ComposeInput): FieldProblems | null {
  const out: FieldProblems = {};
  const need = i.form === 'panel' ? 2 : 0;
  if (i.memberStaffIds.length !== need) {
    out.memberStaffIds = i.form === 'panel' ? '合议庭由三名仲裁员组成：除首席仲裁员外，请再选择两名仲裁员（《劳动争议调解仲裁法》第三十一条）' : '独任仲裁只由一名仲裁员审理，不再选择其他仲裁员';
  }
  const all = [i.presidingStaffId, ...i.memberStaffIds];
  if (new Set(all).size !== all.length) out.memberStaffIds = '同一名仲裁员不能在仲裁庭中担任两个席位';
  else if (all.includes(i.clerkStaffId)) out.clerkStaffId = '书记员不能同时担任本案仲裁员';
  const arbitratorProblem = (id: string): string | null => {
    const m = p.team.find((t) => t.staffId === id);
    if (!m) return '该仲裁员不在本案办案组中，请先将其加入办案组';
    const who = m.name ?? '该仲裁员';
    if (m.active === false) return `${who}的账户已停用，不能担任本案仲裁员`;
    if (m.arbitratorCertExpiry === null) return `${who}没有登记仲裁员证，不能担任仲裁员（《劳动争议调解仲裁法》第二十条）`;
    if (m.arbitratorCertExpiry < i.date) return `${who}的仲裁员证已于 ${m.arbitratorCertExpiry} 到期，${i.date} 不能担任仲裁员（《劳动争议调解仲裁法》第二十条）`;
    return null;
  };
  const presiding = arbitratorProblem(i.presidingStaffId);
  if (presiding) out.presidingStaffId = presiding;
  i.memberStaffIds.forEach((id, k) => {
    const x = arbitratorProblem(id);
    if (x && !out.memberStaffIds) out.memberStaffIds = `第${k + 1}名仲裁员：${x}`;
  });
  const clerk = p.team.find((t) => t.staffId === i.clerkStaffId);
  if (!out.clerkStaffId) {
    if (!clerk) out.clerkStaffId = '该书记员不在本案办案组中，请先将其加入办案组';
    else if (clerk.active === false) out.clerkStaffId = `${clerk.name ?? '该书记员'}的账户已停用，不能担任书记员`;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** '扎西 2026-12-08 签收': who on a side was served the hearing's notice, and when, for the timeline. */
function servedLine(p: ProceedingView, side: 'applicant' | 'respondent'): string {
  const h = p.lastHearing!;
  return (side === 'applicant' ? h.applicants : h.respondents).map((n) => `${n} ${h.noticeServedOn[n]} 送达`).join('，');
}

const ART29 = '《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》第三十条';

export const arbitration = defineProceeding<S>({
  kind: 'arbitration',
  label: '劳动人事争议仲裁案件',
  states: STATES,
  initial: 'received',
  closed: ['notAccepted', 'rerouted', 'deemedWithdrawn', 'closed'],
  numberSeries: { series: 'case:arbitration', pattern: '{unitShort}劳人仲案字〔{year}〕第{n}号' },
  actions: {
    ...CLOSING_ACTIONS,
    ...MEDIATION_ACTIONS,
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
      documents: ['supplementNotice'],
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
      documents: ['acceptanceNotice', 'respondentNotice'],
      citation: ART29,
      guard: (p) => needsLeader(p, '受理'),
      check: (p, i) => dateProblems(p, 'date', i.date, '受理日期'),
      events: (i) => [{ kind: 'accepted', date: i.date }],
      summary: (i) => `${i.date} 决定受理`,
    }),
    compose: action({
      label: '组成仲裁庭',
      from: ['accepted', 'recusalGranted'],
      to: 'composed',
      input: composeInput,
      permission: 'proceeding.act',
      documents: ['tribunalNotice'],
      // 调解仲裁法 Art. 32: the parties are told in writing within 5 days of 受理 (arbitration.compose).
      citation: '《劳动争议调解仲裁法》第三十一条、第三十二条；《劳动人事争议仲裁办案规则》第三十七条',
      check: (p, i) => {
        const dated = dateProblems(p, 'date', i.date, '组庭日期');
        if (dated) return dated;
        const sole = i.form === 'sole' ? soleArbitratorProblem(p) : null;
        const problems = { ...tribunalProblems(p, i), ...(sole ? { form: sole } : {}) };
        return Object.keys(problems).length > 0 ? problems : null;
      },
      events: (i) => [{ kind: 'composed', date: i.date }],
      summary: (i, p) => {
        const name = (id: string) => p.team.find((t) => t.staffId === id)?.name ?? id;
        const who = i.form === 'panel' ? `首席仲裁员${name(i.presidingStaffId)}，仲裁员${i.memberStaffIds.map(name).join('、')}` : `独任仲裁员${name(i.presidingStaffId)}`;
        return `${i.date} 组成仲裁庭（${TRIBUNAL_FORM[i.form]}）：${who}，书记员${name(i.clerkStaffId)}；书面通知当事人`;
      },
    }),
    ...RECUSAL_ACTIONS,
    deemWithdrawn: action({
      label: '按撤回仲裁申请处理（视为撤回）',
      from: ['composed'],
      to: 'deemedWithdrawn',
      input: z.object({ date: dateKey('决定日期'), note: optionalText('说明', 500) }).strict(),
      permission: 'proceeding.act',
      citation: '《劳动争议调解仲裁法》第三十六条第一款；《劳动人事争议仲裁办案规则》第三十九条、第六十条',
      guard: (p) => absenceStepProblem(p.lastHearing, 'applicant'),
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期') ?? (p.lastHearing && i.date < p.lastHearing.date ? { date: `决定日期不能早于开庭日期（${p.lastHearing.date}）` } : null),
      // The case ends: the 45-day award clock is met by the withdrawal (arbitration.award).
      events: (i) => [{ kind: 'withdrawn', date: i.date }],
      summary: (i, p) => `${i.date} 申请人经书面通知（${servedLine(p, 'applicant')}），于 ${p.lastHearing!.date} 无正当理由拒不到庭，按撤回仲裁申请处理${i.note ? `：${i.note}` : ''}`,
    }),
    defaultAward: action({
      label: '决定缺席裁决',
      from: ['composed'],
      to: 'defaultAward',
      input: z.object({ date: dateKey('决定日期'), note: optionalText('说明', 500) }).strict(),
      permission: 'proceeding.act',
      citation: '《劳动争议调解仲裁法》第三十六条第二款；《劳动人事争议仲裁办案规则》第三十九条、第六十条',
      guard: (p) => absenceStepProblem(p.lastHearing, 'respondent'),
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期') ?? (p.lastHearing && i.date < p.lastHearing.date ? { date: `决定日期不能早于开庭日期（${p.lastHearing.date}）` } : null),
      // No clock moves: the award itself (arbitration.award) is still due within the 45 days.
      events: () => [],
      summary: (i, p) => `${i.date} 被申请人经书面通知（${servedLine(p, 'respondent')}），于 ${p.lastHearing!.date} 无正当理由拒不到庭，决定缺席裁决${i.note ? `：${i.note}` : ''}`,
    }),
    reject: action({
      label: '不予受理',
      from: ['received', 'supplementRequested'],
      to: 'notAccepted',
      input: z.object({ date: dateKey('决定日期'), reason: reasonText('不予受理的理由') }).strict(),
      permission: 'proceeding.act',
      documents: ['rejectionNotice'],
      citation: `${ART29}；《劳动人事争议仲裁办案规则》第三十一条`,
      check: (p, i) => dateProblems(p, 'date', i.date, '决定日期'),
      events: (i) => [{ kind: 'rejected', date: i.date }],
      summary: (i) => `${i.date} 决定不予受理：${i.reason}`,
    }),
    ...ARBITRATION_CHANGES,
  },
});
