// 统一咨询接待情况: the desk table's indicators, defined once. The counting is electron/core/statistics/desk.ts.
// What arrives is counted by the day it was received (接待登记的接收日期); where it went by the route recorded last (a
// matter sent back and routed again is counted once, where it went in the end); the answers by the day they were due.
import { indicatorsOf, type IndicatorDefinition } from './model';
import { FEEDBACK_DAYS_PARAMETER, REPEAT_RECENT_DEFAULT, REPEAT_RECENT_PARAMETER } from '../followup';
import { INTAKE_CHANNEL, INTAKE_KIND, INTAKE_ROUTE, type IntakeChannel, type IntakeKind, type IntakeRoute } from '../vocabulary';

type Basis = Readonly<Record<string, string | number | boolean>>;

/** How far back an earlier intake of the same complainant makes this one a repeat (本局口径, the desk's own setting). */
export function repeatWindowDays(basis: Basis): number {
  const v = basis[REPEAT_RECENT_PARAMETER];
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : REPEAT_RECENT_DEFAULT;
}

export const INTAKE_KINDS = INTAKE_KIND.values as readonly IntakeKind[];
export const INTAKE_CHANNELS = INTAKE_CHANNEL.values as readonly IntakeChannel[];
export const INTAKE_ROUTES = INTAKE_ROUTE.values as readonly IntakeRoute[];

/** Where each route sends a matter: a department of this unit, another body, another unit (the level), or nowhere. */
const ROUTE_WHERE: Record<IntakeRoute, string> = {
  inspection: '本单位劳动保障监察部门',
  arbitration: '本单位劳动人事争议仲裁院',
  mediation: '本单位调解（监察联调）',
  answered: '接待窗口当场答复',
  referredElsewhere: '其他部门或机关（告知其反映）',
  transfer: '其他单位（移送有管辖权的县区或市人社部门）',
};

export const DESK_KEYS = {
  kind: (k: IntakeKind) => `desk.kind.${k}`,
  channel: (c: IntakeChannel) => `desk.channel.${c}`,
  route: (r: IntakeRoute) => `desk.route.${r}`,
} as const;

const RECEIVED = '接收日期（接待登记所载收到的日期）';
const DESK_SOURCE = '《保障农民工工资支付条例》第十条（首问负责）；《劳动保障监察条例》第九条、第十四条';
const ind = indicatorsOf('desk', 'intake');

/** The desk table's indicators in column order. */
export function deskDefinitions(basis: Basis): IndicatorDefinition[] {
  const days = repeatWindowDays(basis);
  return [
    ind('desk.total', '接待登记', null, 'count', '本期登记的咨询、投诉、举报（每份接待登记计一件）', RECEIVED, DESK_SOURCE),
    ...INTAKE_KINDS.map((k) => ind(DESK_KEYS.kind(k), INTAKE_KIND.labels[k], '按类型', 'count', `本期登记类型为“${INTAKE_KIND.labels[k]}”的接待登记`, RECEIVED, DESK_SOURCE)),
    ...INTAKE_CHANNELS.map((c) => ind(DESK_KEYS.channel(c), INTAKE_CHANNEL.labels[c], '按来源渠道', 'count', `本期经“${INTAKE_CHANNEL.labels[c]}”渠道登记的咨询、投诉、举报`, RECEIVED, DESK_SOURCE)),
    ind('desk.workers', '投诉举报涉及劳动者', null, 'count', '本期登记的投诉、举报所载涉及劳动者人数之和（咨询不计）', RECEIVED, '安康市劳动保障监察工作报告格式', { unitLabel: '人' }),
    ...INTAKE_ROUTES.map((r) =>
      ind(DESK_KEYS.route(r), INTAKE_ROUTE.labels[r], '分办去向', 'count', `本期登记、最后一次分办去向为${ROUTE_WHERE[r]}的接待登记（退回后重新分办的只按最后去向计一次）`, RECEIVED, '《劳动保障监察条例》第二十一条；《保障农民工工资支付条例》第十条'),
    ),
    ind('desk.route.pending', '尚未分办', '分办去向', 'count', '本期登记、统计时尚未分办的接待登记', RECEIVED, DESK_SOURCE),
    ind('desk.feedbackDue', '应答复', '按时答复', 'count', '答复期限在本期届满的告知（首问负责：告知投诉人何时得到答复）', '答复期限届满日', `本局口径（答复期限为设置“${FEEDBACK_DAYS_PARAMETER}”的工作日数）`, {
      bureauBasis: true,
    }),
    ind('desk.feedbackInTime', '按时答复', '按时答复', 'count', '答复期限在本期届满、且在期限届满之日或之前已回访联系到投诉人的', '答复期限届满日', '本局口径', { bureauBasis: true }),
    ind('desk.feedbackRate', '按时答复率', '按时答复', 'rate', '按时答复占应答复的比例', '答复期限届满日', '本局口径', { formula: '按时答复件数 ÷ 应答复件数', bureauBasis: true }),
    ind(
      'desk.repeat',
      '重复投诉',
      null,
      'count',
      `本期登记、且同一投诉人此前${days}日内已有接待登记的投诉、举报或咨询（按投诉人身份记录）`,
      RECEIVED,
      `本局口径（期间为设置“${REPEAT_RECENT_PARAMETER}”的天数）`,
      { bureauBasis: true },
    ),
    ind('desk.incidents', '群体性事件', '群体性事件', 'count', '本期发生的因拖欠工资引发的群体性事件（每起计一件，列其案卷）', '事件发生日期', '《劳动保障监察条例》第十四条；安康市劳动保障监察工作报告格式', {
      unitLabel: '起',
      files: 'caseFile',
    }),
    ind('desk.incidentWorkers', '群体性事件涉及人数', '群体性事件', 'count', '本期发生的群体性事件登记的参与人数之和', '事件发生日期', '安康市劳动保障监察工作报告格式', {
      unitLabel: '人',
      files: 'caseFile',
    }),
  ];
}
