// 劳动保障监察案件办理情况: the inspection table's indicators, defined once (what is counted, which date puts a file in
// the period, the unit, a rate's formula, the source or 本局口径). The counting is electron/core/statistics/inspection.ts.
// Sources: DOMAIN.md §4 (national bulletin: 追发工资 amount and workers; 安康 format: 投诉案件 closed, 办结率; clue platform:
// 办结率, 时限办结率 — their formulas not published, so 本局口径); the statutes for what each step is.
import { indicatorsOf, type IndicatorDefinition } from './model';
import { PAYER_KIND, type PayerKind } from '../payments';
import { CLOSE_METHOD } from '../proceedings/inspection-closing';

type Basis = Readonly<Record<string, string | number | boolean>>;

/**
 * 本局口径 办结率, the parameter the statistics seed (shared/domain/statistics/basis.ts, 'statistics.completionRate'):
 * closed ÷ (carried over open + accepted), or of this period's acceptances those closed in it ÷ the acceptances.
 */
export const CLOSURE_BASIS_PARAMETER = 'statistics.completionRate';
export const CLOSURE_BASES = { ofCarriedPlusReceived: '本期办结 ÷（上期未结 + 本期受理）', ofReceived: '本期受理中本期办结 ÷ 本期受理' } as const;
export type ClosureBasis = keyof typeof CLOSURE_BASES;
export const CLOSURE_BASIS_DEFAULT: ClosureBasis = 'ofCarriedPlusReceived';

/** 本局口径 时限办结率 (the seeded 'statistics.timelyRate.extendedCounts'): whether closing within an approved extension is in time. */
export const TIMELY_EXTENDED_PARAMETER = 'statistics.timelyRate.extendedCounts';
export function timelyExtendedCounts(basis: Basis): boolean {
  const v = basis[TIMELY_EXTENDED_PARAMETER];
  return typeof v === 'boolean' ? v : true;
}

/** 本局口径: an employer with repeat cases — two or more files accepted in the period, or one in it and one before. */
export const REPEAT_EMPLOYER_PARAMETER = 'statistics.inspection.repeatEmployerBasis';
export const REPEAT_EMPLOYER_BASES = { twoInPeriod: '本期受理两件以上', priorFile: '本期受理且此前受理过' } as const;
export type RepeatEmployerBasis = keyof typeof REPEAT_EMPLOYER_BASES;
export const REPEAT_EMPLOYER_DEFAULT: RepeatEmployerBasis = 'twoInPeriod';

export function closureBasis(basis: Basis): ClosureBasis {
  const v = basis[CLOSURE_BASIS_PARAMETER];
  return typeof v === 'string' && v in CLOSURE_BASES ? (v as ClosureBasis) : CLOSURE_BASIS_DEFAULT;
}

export function repeatEmployerBasis(basis: Basis): RepeatEmployerBasis {
  const v = basis[REPEAT_EMPLOYER_PARAMETER];
  return typeof v === 'string' && v in REPEAT_EMPLOYER_BASES ? (v as RepeatEmployerBasis) : REPEAT_EMPLOYER_DEFAULT;
}

export type InspectionCloseMethod = keyof typeof CLOSE_METHOD;
export const CLOSE_METHODS = Object.keys(CLOSE_METHOD) as InspectionCloseMethod[];
export const PAYER_KINDS = PAYER_KIND.values as readonly PayerKind[];

const REGULATION = '《劳动保障监察条例》';
const BULLETIN = '人力资源和社会保障事业发展统计公报（追发工资金额和人数）';
const RECEIVED_DATE = '收到投诉（举报）的日期（接待登记的接收日期）';
const ACCEPTED_DATE = '受理日期（受理步骤的日期；直接立案的，立案日期）';
const CLOSED_DATE = '结案日期（结案审批通过后记录的结案日期）';
const PAID_DATE = '支付日期（工资支付登记的支付日期）';
const COUNTED_PAYMENT =
  '有效的、支付给劳动者本人并有本人转账流水号或签名（按手印）收条的工资支付（《保障农民工工资支付条例》第十一条、第三十一条）；转交包工头的款项在劳动者本人签收后才计入，应急周转金收回的垫付款不是对劳动者的支付、不再计入';

const ind = indicatorsOf('inspection', 'caseFile');

const closedKey = (m: InspectionCloseMethod) => `inspection.closed.${m}`;
const payerKey = (k: PayerKind) => `inspection.recovered.${k}`;
export const INSPECTION_KEYS = { closedBy: closedKey, recoveredBy: payerKey } as const;

/** The inspection table's indicators in column order, as the basis in force defines the 本局口径 ones. */
export function inspectionDefinitions(basis: Basis): IndicatorDefinition[] {
  const closure = closureBasis(basis);
  const repeat = repeatEmployerBasis(basis);
  const extended = timelyExtendedCounts(basis);
  return [
    ind('inspection.received', '收到投诉举报', '投诉举报', 'count', '本期收到并转监察办理的投诉、举报案卷（同一案卷多次转办只计一次）', RECEIVED_DATE, `${REGULATION}第九条、第十四条`),
    ind('inspection.accepted', '受理', '投诉举报', 'count', '本期受理的投诉案卷（直接立案的同日受理）', ACCEPTED_DATE, '《关于实施〈劳动保障监察条例〉若干规定》第十八条'),
    ind('inspection.notAccepted', '不予受理', '投诉举报', 'count', '本期决定不予受理的投诉案卷', '不予受理决定日期', '《关于实施〈劳动保障监察条例〉若干规定》第十八条'),
    ind('inspection.filed', '立案', null, 'count', '本期立案的监察案件', '立案日期（立案审批通过后的立案日期）', `${REGULATION}第十四条`),
    ind('inspection.workers', '涉及劳动者', null, 'count', '本期受理案卷的投诉（举报）登记所载涉及劳动者人数之和', ACCEPTED_DATE, '安康市劳动保障监察工作报告格式', { unitLabel: '人' }),
    ind('inspection.closed', '结案', '结案', 'count', '本期结案的监察案件（各结案方式之和）', CLOSED_DATE, `${REGULATION}第十八条`),
    ...CLOSE_METHODS.map((m) =>
      ind(closedKey(m), CLOSE_METHOD[m], '结案方式', 'count', `本期结案且结案审批表所载结案方式为“${CLOSE_METHOD[m]}”的案件`, CLOSED_DATE, `${REGULATION}第十八条`),
    ),
    ind('inspection.recovered', '追发工资', '追发工资', 'moneyFen', `本期在监察案卷上登记的${COUNTED_PAYMENT}金额之和`, PAID_DATE, BULLETIN),
    ind('inspection.recoveredWorkers', '获得支付的劳动者', '追发工资', 'count', '本期在监察案卷上有计入的工资支付的劳动者人数（同一案卷的同一劳动者只计一次）', PAID_DATE, BULLETIN, { unitLabel: '人' }),
    ...PAYER_KINDS.map((k) =>
      ind(payerKey(k), PAYER_KIND.labels[k], '按支付主体', 'moneyFen', `追发工资中支付主体为“${PAYER_KIND.labels[k]}”的部分（每笔只按登记的支付主体计一次）`, PAID_DATE, '《保障农民工工资支付条例》第二十九条至第三十二条、第六十三条'),
    ),
    ind('inspection.compensation', '责令加付赔偿金', null, 'moneyFen', '本期作出的行政处理决定责令加付的赔偿金（责令支付工资×加付比例，按分四舍五入）', '行政处理决定作出日期', `${REGULATION}第二十六条`),
    ind('inspection.fines', '罚款', null, 'moneyFen', '本期作出的行政处罚决定的罚款金额（决定数额，不是已缴数额）', '行政处罚决定作出日期', `${REGULATION}第三十条`),
    ind('inspection.referred', '移送公安', '移送公安', 'count', '本期移送公安机关的涉嫌拒不支付劳动报酬案件', '移送公安机关日期', '《保障农民工工资支付条例》第五十条'),
    ind('inspection.referredFiled', '其中公安已立案', '移送公安', 'count', '本期移送的案件中，统计时已记录公安机关立案的', '移送公安机关日期（结果按统计时已登记的）', '《保障农民工工资支付条例》第五十条'),
    ind('inspection.referredDeclined', '其中公安不予立案', '移送公安', 'count', '本期移送的案件中，统计时已记录公安机关不予立案的', '移送公安机关日期（结果按统计时已登记的）', '《保障农民工工资支付条例》第五十条'),
    ind('inspection.listed', '列入失信名单', '失信联合惩戒', 'count', '本期作出列入失信联合惩戒对象名单决定的案卷', '列入决定日期', '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条'),
    ind('inspection.delisted', '移出失信名单', '失信联合惩戒', 'count', '本期移出失信联合惩戒对象名单的案卷（期满移出和提前移出）', '移出日期', '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》'),
    ind(
      'inspection.repeatEmployers',
      '重复被投诉用人单位',
      null,
      'count',
      repeat === 'twoInPeriod' ? '本期受理两件以上监察案卷的用人单位（按当事人登记的同一单位）' : '本期有受理的监察案卷、且此前受理过其他监察案卷的用人单位',
      ACCEPTED_DATE,
      '本局口径',
      { unitLabel: '户', bureauBasis: true },
    ),
    ind(
      'inspection.closureRate',
      '办结率',
      '办结率',
      'rate',
      '本期结案的监察案件占应办结案件的比例',
      `${CLOSED_DATE}；${ACCEPTED_DATE}`,
      '本局口径',
      { formula: closure === 'ofReceived' ? '本期受理的案件中本期结案的件数 ÷ 本期受理件数' : '本期结案件数 ÷（上期结转未结件数 ＋ 本期受理件数）', bureauBasis: true },
    ),
    ind(
      'inspection.onTimeRate',
      '时限办结率',
      '办结率',
      'rate',
      `本期结案的案件中，在调查期限（立案之日起60个工作日${extended ? '，经批准延长的再加30个工作日' : '，不计经批准延长的期限'}）内调查终结或结案的比例`,
      CLOSED_DATE,
      '本局口径',
      { formula: '本期结案且在调查期限内调查终结或结案的件数 ÷ 本期结案件数（期限依据《劳动保障监察条例》第十七条）', bureauBasis: true },
    ),
  ];
}
