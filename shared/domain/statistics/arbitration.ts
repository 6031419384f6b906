// The yearbook table 劳动争议处理情况 (Labour Disputes Accepted and Settled; DOMAIN.md §4, from the national statistical
// yearbook and the Tianjin yearbook 20-5) and the after-award figures issue #14 asks for, each defined once: what is
// counted, which date puts a case in the period, the unit, the formula, the source — or 本局口径 where the official
// formula is not known, the choice then being the administrator's setting (./basis.ts). One arbitration case = one
// proceeding with its own 案号: a 系列案 of N workers is N cases; a collective case (≥10 workers, one 案号) is one.
import type { ClaimCategory } from '../arbitration-application';
import { COLLECTIVE_CITATION, COLLECTIVE_MIN_WORKERS } from '../collective';
import { basisChoiceLabel, STAT_BASIS, type CauseOfSeveralBasis } from './basis';
import type { IndicatorDefinition } from './model';

const YEARBOOK = '统计年鉴“劳动争议处理情况”表';
const BULLETIN = '人力资源和社会保障事业发展统计公报、劳动人事争议处理统计分析报告';
const ISSUE = '本局管理需要（裁审衔接、审理期限）';

/** The yearbook's causes (争议原因), in the order a case with several takes its principal one. */
export const ARBITRATION_CAUSES = ['wages', 'socialInsurance', 'termination', 'other'] as const;
export type ArbitrationCause = (typeof ARBITRATION_CAUSES)[number];
export const ARBITRATION_CAUSE_LABEL: Record<ArbitrationCause, string> = {
  wages: '劳动报酬',
  socialInsurance: '社会保险',
  termination: '变更、解除、终止劳动合同',
  other: '其他',
};

/** A claim's category → the yearbook's cause (the same grouping the notices' 案由 uses, arbitration-application.ts). */
export const CAUSE_OF_CLAIM: Record<ClaimCategory, ArbitrationCause> = {
  wages: 'wages',
  overtime: 'wages',
  doubleWages: 'wages',
  socialInsurance: 'socialInsurance',
  workInjury: 'socialInsurance',
  severance: 'termination',
  damages: 'termination',
  other: 'other',
};

/** The causes a case is counted under, from its claims' categories (a case without claims: 其他). */
export function causesCounted(categories: readonly ClaimCategory[], basis: CauseOfSeveralBasis): ArbitrationCause[] {
  const own = ARBITRATION_CAUSES.filter((c) => categories.some((x) => CAUSE_OF_CLAIM[x] === c));
  if (own.length === 0) return ['other'];
  return basis === 'each' ? own : [own[0]!];
}

/** 结案方式 as the yearbook groups them: 仲裁调解, 仲裁裁决, and 其他方式 (撤回, 视为撤回, 其他; a 不予受理 was never a case accepted). */
export const CLOSED_BY: Record<string, 'mediation' | 'award' | 'other'> = {
  mediation: 'mediation',
  award: 'award',
  withdrawal: 'other',
  deemedWithdrawal: 'other',
  other: 'other',
};

type Def = Omit<IndicatorDefinition, 'table' | 'files' | 'bureauBasis' | 'group' | 'formula'> &
  Partial<Pick<IndicatorDefinition, 'group' | 'formula' | 'bureauBasis' | 'files'>>;

const ACCEPTED_ON = '受理日期（登记受理的日期，一案多次登记的取最早一次）';
const CLOSED_ON = '结案日期（结案审批表登记的结案日期）';

function def(d: Def): IndicatorDefinition {
  return { table: 'arbitration', group: null, formula: null, bureauBasis: false, files: 'caseFile', ...d };
}

const count = (key: string, label: string, counts: string, periodBy: string, source: string, group: string | null = null): IndicatorDefinition =>
  def({ key, label, group, unitLabel: '件', valueKind: 'count', counts, periodBy, source });

/** The table's indicators in column order, as the basis in force defines them. */
export function arbitrationDefinitions(basis: Readonly<Record<string, unknown>>): IndicatorDefinition[] {
  const closure = basis[STAT_BASIS.closureRate];
  const mediation = basis[STAT_BASIS.mediationRate];
  const causeBasis = basis[STAT_BASIS.causeOfSeveral] === 'each' ? 'each' : 'first';
  const timelyExtended = basis[STAT_BASIS.timelyExtended] !== false;
  const causeRule =
    causeBasis === 'each'
      ? '一案涉及几个原因的，每个原因各计一次（本局口径），各原因之和可大于受理数'
      : '一案涉及几个原因的，按主要原因计一次（依次取劳动报酬、社会保险、变更解除终止劳动合同、其他中的第一个，本局口径），各原因之和等于受理数';
  const cause = (c: ArbitrationCause) =>
    def({
      key: `arbitration.cause.${c}`,
      label: ARBITRATION_CAUSE_LABEL[c],
      group: '受理案件按争议原因',
      unitLabel: '件',
      valueKind: 'count',
      counts: `本期受理的案件中，仲裁请求属于${ARBITRATION_CAUSE_LABEL[c]}的（工资、加班费、二倍工资计劳动报酬；社会保险、工伤待遇计社会保险；经济补偿、赔偿金计变更解除终止劳动合同；其余计其他）。${causeRule}`,
      periodBy: ACCEPTED_ON,
      source: `${YEARBOOK}；一案多原因的计数为本局口径（${basisChoiceLabel(STAT_BASIS.causeOfSeveral, causeBasis)}）`,
      bureauBasis: true,
    });
  return [
    count('arbitration.carriedOver', '上期未结', '本期开始前已受理、到本期第一天仍未结案的案件', '受理日期早于本期第一天，且结案日期不早于本期第一天（或尚未结案）', YEARBOOK),
    count('arbitration.accepted', '本期受理', '本期受理的仲裁案件，每个案号计一件：系列案每名劳动者一件，集体争议一件；改由其他程序办理、不予受理的不计', ACCEPTED_ON, YEARBOOK, '受理'),
    count(
      'arbitration.acceptedCollective',
      '其中：集体争议',
      `本期受理的案件中，劳动者一方在${COLLECTIVE_MIN_WORKERS}人以上的（${COLLECTIVE_CITATION}）；系列案按每案的申请人数计，不因同批受理而计为集体争议`,
      ACCEPTED_ON,
      YEARBOOK,
      '受理',
    ),
    count(
      'arbitration.acceptedByWorkers',
      '其中：劳动者申请',
      '本期受理的案件中，申请人为劳动者的。本系统的仲裁案件均由劳动者申请立卷，用人单位作为申请人的案件没有登记途径（未记录），因此本项等于本期受理数',
      ACCEPTED_ON,
      YEARBOOK,
      '受理',
    ),
    def({
      key: 'arbitration.workers',
      label: '涉及劳动者',
      group: '涉及劳动者',
      unitLabel: '人',
      valueKind: 'count',
      counts: '本期受理的案件的劳动者（申请人）人数；每件案卷的人数即其份额，系列案每案一人',
      periodBy: ACCEPTED_ON,
      source: YEARBOOK,
    }),
    def({
      key: 'arbitration.workersCollective',
      label: '其中：集体争议',
      group: '涉及劳动者',
      unitLabel: '人',
      valueKind: 'count',
      counts: `本期受理的集体争议案件（劳动者${COLLECTIVE_MIN_WORKERS}人以上）涉及的劳动者人数`,
      periodBy: ACCEPTED_ON,
      source: YEARBOOK,
    }),
    ...ARBITRATION_CAUSES.map(cause),
    count('arbitration.closed', '本期结案', '本期结案的受理案件（以结案审批表登记的结案为准；不予受理的申请不是受理案件，不计；视为撤回后未办结案手续的不计）', CLOSED_ON, YEARBOOK, '结案'),
    count('arbitration.closedByMediation', '仲裁调解', '本期以仲裁调解（调解书生效）结案的案件', CLOSED_ON, YEARBOOK, '结案方式'),
    count('arbitration.closedByAward', '仲裁裁决', '本期以仲裁裁决结案的受理案件（裁决后法院改判、撤销的，仍按裁决结案计）', CLOSED_ON, YEARBOOK, '结案方式'),
    count('arbitration.closedOther', '其他方式', '本期以撤回、视为撤回或其他方式结案的受理案件', CLOSED_ON, YEARBOOK, '结案方式'),
    count('arbitration.resultEmployer', '用人单位胜诉', '本期经调解或裁决结案、结案时登记为用人单位胜诉的案件（仲裁请求均未获支持）', CLOSED_ON, YEARBOOK, '结案结果'),
    count('arbitration.resultWorker', '劳动者胜诉', '本期经调解或裁决结案、结案时登记为劳动者胜诉的案件（仲裁请求全部获支持）', CLOSED_ON, YEARBOOK, '结案结果'),
    count('arbitration.resultPartly', '双方部分胜诉', '本期经调解或裁决结案、结案时登记为双方部分胜诉的案件（仲裁请求部分获支持）', CLOSED_ON, YEARBOOK, '结案结果'),
    def({
      key: 'arbitration.claimedFen',
      label: '结案涉及金额',
      group: '金额',
      unitLabel: '元',
      valueKind: 'moneyFen',
      counts: '本期结案的案件结案时登记的请求金额之和（每件案卷的请求金额为其份额）',
      periodBy: CLOSED_ON,
      source: BULLETIN,
    }),
    def({
      key: 'arbitration.resolvedFen',
      label: '调解、裁决确定金额',
      group: '金额',
      unitLabel: '元',
      valueKind: 'moneyFen',
      counts: '本期结案的案件经调解书或裁决确定（法院改判、撤销的按法院结果）支付的金额之和',
      periodBy: CLOSED_ON,
      source: BULLETIN,
    }),
    count('arbitration.awards', '本期裁决', '本期作出仲裁裁决的案件（一案一份裁决，计一件）', '裁决日期', ISSUE, '裁决'),
    count('arbitration.awardsFinal', '其中：终局裁决', '本期作出的裁决中，各项均为终局的（《劳动争议调解仲裁法》第四十七条）', '裁决日期', `${ISSUE}；《劳动争议调解仲裁法》第四十七条`, '裁决'),
    count(
      'arbitration.awardsSplit',
      '其中：部分终局',
      '本期作出的裁决中，终局事项与非终局事项并存、分别作出的（同一案件计一件）',
      '裁决日期',
      `${ISSUE}；《劳动争议调解仲裁法》第四十七条`,
      '裁决',
    ),
    count('arbitration.sued', '裁决后起诉', '本期有当事人就裁决向人民法院起诉的案件（同一案件多方起诉计一件）', '起诉日期（登记的起诉日期）', `${ISSUE}；《劳动争议调解仲裁法》第四十八条、第五十条`, '裁审衔接'),
    count('arbitration.setAsideApplied', '申请撤销裁决', '本期有用人单位向中级人民法院申请撤销终局裁决的案件', '申请日期', `${ISSUE}；《劳动争议调解仲裁法》第四十九条`, '裁审衔接'),
    count('arbitration.courtUpheld', '法院维持', '本期登记法院处理结果为维持仲裁裁决的案件', '法院结果日期', ISSUE, '裁审衔接'),
    count('arbitration.courtAmended', '法院改判', '本期登记法院处理结果为改判的案件', '法院结果日期', ISSUE, '裁审衔接'),
    count('arbitration.courtRevoked', '法院撤销', '本期登记法院撤销仲裁裁决的案件', '法院结果日期', ISSUE, '裁审衔接'),
    def({
      key: 'arbitration.averageDays',
      label: '平均结案天数',
      group: '办案效率',
      unitLabel: '天',
      valueKind: 'days',
      counts: '本期结案且有受理日期的案件，自受理之日到结案之日的自然日数的平均数（保留一位小数）',
      periodBy: CLOSED_ON,
      formula: '各案（结案日期 − 受理日期）天数之和 ÷ 本期结案且有受理日期的案件数',
      source: ISSUE,
    }),
    def({
      key: 'arbitration.timelyRate',
      label: '时限办结率',
      group: '办案效率',
      unitLabel: '%',
      valueKind: 'rate',
      counts: `本期结案的受理案件中，在《劳动争议调解仲裁法》第四十三条的审理期限内结案的比例（期限按期限引擎登记的“作出仲裁裁决”期限是否按时完成判断）；${timelyExtended ? '经批准延长的，在延长后的期限内结案的也算按时' : '只有在四十五日内结案的才算按时：经批准延长的，在四十五日内结案的仍算按时，在延长的期限内结案的不算'}`,
      periodBy: CLOSED_ON,
      formula: '按时结案数 ÷ 本期结案且登记了审理期限的案件数',
      source: `本局口径（${basisChoiceLabel(STAT_BASIS.timelyExtended, timelyExtended)}）；全国根治欠薪线索反映平台“时限办结率”`,
      bureauBasis: true,
    }),
    def({
      key: 'arbitration.closureRate',
      label: '仲裁结案率',
      group: '办案效率',
      unitLabel: '%',
      valueKind: 'rate',
      counts: '本期结案的案件占应结案件的比例',
      periodBy: `${CLOSED_ON}；${ACCEPTED_ON}`,
      formula: closure === 'accepted' ? '本期结案数 ÷ 本期受理数' : '本期结案数 ÷（上期未结数 + 本期受理数）',
      source: `本局口径（${basisChoiceLabel(STAT_BASIS.closureRate, closure)}）；官方计算公式未见公开`,
      bureauBasis: true,
    }),
    def({
      key: 'arbitration.mediationRate',
      label: '调解成功率',
      group: '办案效率',
      unitLabel: '%',
      valueKind: 'rate',
      counts: '本期结案的案件中以仲裁调解结案的比例',
      periodBy: CLOSED_ON,
      formula: mediation === 'ofDecided' ? '仲裁调解结案数 ÷（仲裁调解结案数 + 仲裁裁决结案数）' : '仲裁调解结案数 ÷ 本期结案数',
      source: `本局口径（${basisChoiceLabel(STAT_BASIS.mediationRate, mediation)}）；官方计算公式未见公开`,
      bureauBasis: true,
    }),
  ];
}
