// Tunable facts (thresholds, regional amounts, locally-set periods, unsettled readings of the law) live in the
// parameters table, one value per key, region and effective date. Every reader goes through resolveParameter, so
// "which value applies here, on that day" is answered in one place. Later issues add keys to PARAMETER_DEFS.
import { COLLECTIVE_CITATION, COLLECTIVE_MIN_WORKERS } from './collective';
import { FEEDBACK_DAYS_DEFAULT, FEEDBACK_DAYS_PARAMETER, REPEAT_RECENT_DEFAULT, REPEAT_RECENT_PARAMETER } from './followup';
import { INCIDENT_HOURS_HELP, REPORT_CLOCK_PARAMETER } from './incidents';
import { RULE_IDS, ruleDef, type DayUnit, type DeadlineSettings, type RuleId } from './deadline-rules';
import { provincialGovernment } from './regions';
import { EMERGENCY_CAP_PARAMETER } from './payments';
import { AVERAGE_WAGE_PARAMETER } from './proceedings/arbitration-changes';
import { RECUSAL_DELEGATION_PARAMETER } from './proceedings/arbitration-recusal';
import { PUBLIC_NOTICE_PARAMETER } from './service';
import { SEATS_PER_PARTY_PARAMETER } from './hearings';
import { REFERRAL_SINGLE_PARAMETER, REFERRAL_SINGLE_RANGE, REFERRAL_TOTAL_PARAMETER, REFERRAL_TOTAL_RANGE } from './referral-checklist';
import { ARBITRATION_RETENTION_CITATION, RETENTION_KIND_LABEL, RETENTION_KINDS, RETENTION_MAX_YEARS, RETENTION_MIN_YEARS, retentionParameterKey } from './retention';
import { STAT_BASIS_PARAMETER_DEFS } from './statistics/basis';
import type { Confidence } from './vocabulary';

/** 行政处罚法 Art. 63(1): the province's 较大数额 of a fine on an organisation (元), below which no hearing is due. */
export const HEARING_FINE_PARAMETER = 'inspection.hearingFineThreshold';
export const HEARING_FINE_DEFAULT_YUAN = 10_000;

interface BaseDef {
  label: string;
  /** What the value means, shown on the settings screen; {provincialGovernment} names the unit's own (parameterHelp). */
  help: string;
  /** Why a bureau may not set it (a statutory figure shown for reference); no value can be added. */
  fixed?: string;
}

export type ParameterDef =
  | (BaseDef & { type: 'integer'; min: number; max: number; unit: string })
  | (BaseDef & { type: 'boolean'; trueLabel: string; falseLabel: string })
  | (BaseDef & { type: 'enum'; options: readonly { value: string; label: string }[] });

export type ParameterScalar = number | boolean | string;

const UNIT_OPTIONS = [
  { value: 'workingDay', label: '工作日' },
  { value: 'calendarDay', label: '自然日' },
] as const satisfies readonly { value: DayUnit; label: string }[];

/** The deadline settings the bureau may change: units of short arbitration periods, unsettled lengths, optional rules. */
function deadlineDefs(): Record<string, ParameterDef> {
  const defs: Record<string, ParameterDef> = {
    'deadline.extensionCountedFrom': {
      label: '延长审理期限的起算',
      help: '《劳动争议调解仲裁法》第四十三条、《劳动人事争议仲裁办案规则》第四十五条：经批准延长的，延长期限不得超过十五日。四十五日的最后一日遇节假日顺延后，延长期从哪天起算，实践中理解不一。默认自受理之日起连续计算六十日（日期较早，本机关的办理期限从早）；也可选按顺延后的原届满日起算。',
      type: 'enum',
      options: [
        { value: 'start', label: '自受理之日起连续计算' },
        { value: 'rolledDue', label: '自顺延后的原届满日起算' },
      ],
    },
    'deadline.inspectionSupplementRestarts': {
      label: '投诉材料补正后受理期限是否重新计算',
      help: '《关于实施〈劳动保障监察条例〉若干规定》第十八条：投诉材料不齐的，告知投诉人补正；补正后五个工作日的受理期限是否自补正之日起重新计算，规定未明。默认不重新计算（日期较早）。',
      type: 'boolean',
      trueLabel: '自补正之日起重新计算',
      falseLabel: '不重新计算（自收到投诉之日起）',
    },
    'deadline.jurisdictionDecisionRestarts': {
      label: '管辖异议作出决定后仲裁期限是否重新计算',
      help: '《劳动人事争议仲裁办案规则》第四十六条列明的重新计算事由中，未见“对管辖异议作出决定”（原文待核实）。默认不重新计算，四十五日的仲裁期限仍自受理（或上一重新计算事由）之日起算（日期较早，本机关的办理期限从早）；可改为自作出管辖异议决定之日起重新计算。',
      type: 'boolean',
      trueLabel: '自作出决定之日起重新计算',
      falseLabel: '不重新计算',
    },
    'deadline.regionalHolidays': {
      label: '地方节日（如藏历新年、雪顿节）是否影响法定期限',
      help: '地方节日（如西藏的藏历新年、雪顿节）的放假安排每年由{provincialGovernment}公布，由管理员在“设置 → 节假日”中逐年录入并注明来源。地方节日放假能否延长、顺延法律规定的办案期限和当事人期限，规定未明（待核实）。默认不影响（日期较早，本机关的办理期限从早）；开启后，期限计算把已录入的地方节日视为休息日，并在计算过程中注明。',
      type: 'boolean',
      trueLabel: '视为休息日（期限顺延）',
      falseLabel: '不影响期限',
    },
    'deadline.makeUpWorkdayStopsRollForward': {
      label: '调休上班日是否视为工作日（期限顺延时）',
      help: '以自然日计算的期限最后一日遇节假日顺延；最后一日恰为周末调休上班日时，是否视为工作日而不再顺延。多数做法视为工作日。',
      type: 'boolean',
      trueLabel: '视为工作日（不顺延）',
      falseLabel: '视为休息日（继续顺延）',
    },
  };
  for (const id of RULE_IDS) {
    const r = ruleDef(id);
    if (r.unitConfigurable) {
      defs[`deadline.unit.${id}`] = {
        label: `期限单位：${r.label}（${r.length}日）`,
        help: `${r.citation}。据报《劳动人事争议仲裁办案规则》附则规定“三日”“五日”“十日”指工作日，原文待核实。`,
        type: 'enum',
        options: UNIT_OPTIONS,
      };
    }
    if (r.confidence !== 'statutory') {
      defs[`deadline.length.${id}`] = {
        label: `期限长度：${r.label}`,
        help: `${r.citation}。默认 ${r.length}${r.unit === 'workingDay' ? '个工作日' : r.unit === 'month' ? '个月' : '日'}。`,
        type: 'integer',
        min: 1,
        max: 365,
        unit: r.unit === 'workingDay' ? '个工作日' : r.unit === 'month' ? '个月' : '日',
      };
    }
    if (r.optional) {
      defs[`deadline.optional.${id}`] = {
        label: `是否计算：${r.label}`,
        help: `${r.citation}。该期限出处待核实，默认不计算；本地有规定的可以开启。`,
        type: 'boolean',
        trueLabel: '计算',
        falseLabel: '不计算',
      };
    }
  }
  return defs;
}

const RETENTION_HELP: Record<(typeof RETENTION_KINDS)[number], string> = {
  arbitrationAward: `${ARBITRATION_RETENTION_CITATION}：以裁决方式结案的案卷，保存期不少于十年。期满后，管理员可以在“设置 → 保管期限”中确认将其中的个人信息匿名化；案卷本身不删除。只能延长，不能短于十年。`,
  arbitrationOther: `${ARBITRATION_RETENTION_CITATION}：以调解或其他方式结案的案卷，保存期不少于五年。期满后可由管理员确认匿名化个人信息；案卷不删除。只能延长，不能短于五年。`,
  inspection: '劳动保障监察案件、调解、移送等案卷的保管期限，出处待核实，按本局档案管理规定设置（默认从长）。自结案之日起计算，期满后可由管理员确认匿名化个人信息；案卷不删除。',
  intake: '未立卷的接待登记（咨询、当场答复、告知向他处反映）的保管期限，出处待核实，按本局口径设置。自接待之日起计算，期满后可由管理员确认匿名化个人信息；登记不删除。',
};

/** Retention periods per kind of closed file (shared/domain/retention.ts). */
function retentionDefs(): Record<string, ParameterDef> {
  const defs: Record<string, ParameterDef> = {};
  for (const kind of RETENTION_KINDS) {
    defs[retentionParameterKey(kind)] = {
      label: `保管期限：${RETENTION_KIND_LABEL[kind]}`,
      help: RETENTION_HELP[kind],
      type: 'integer',
      min: RETENTION_MIN_YEARS[kind],
      max: RETENTION_MAX_YEARS,
      unit: '年',
    };
  }
  return defs;
}

/** The hours an incident's reports may take, from the local 应急预案 (shared/domain/incidents.ts). */
function incidentDefs(): Record<string, ParameterDef> {
  const label = { up: '群体性事件向上级报告时限', police: '群体性事件通报公安机关时限', housing: '群体性事件通报住建部门时限' } as const;
  const defs: Record<string, ParameterDef> = {};
  for (const [recipient, key] of Object.entries(REPORT_CLOCK_PARAMETER) as [keyof typeof REPORT_CLOCK_PARAMETER, string][]) {
    defs[key] = { label: label[recipient], help: INCIDENT_HOURS_HELP[recipient], type: 'integer', min: 1, max: 24, unit: '小时' };
  }
  return defs;
}

export const PARAMETER_DEFS: Record<string, ParameterDef> = {
  'collective.minWorkers': {
    label: '集体争议最少人数',
    help: `劳动者一方在${COLLECTIVE_MIN_WORKERS}人以上并有共同请求的，为集体争议，登记为集体案件，优先立案、优先审理（${COLLECTIVE_CITATION}）。`,
    fixed: '法定人数，本单位不能修改',
    type: 'integer',
    min: COLLECTIVE_MIN_WORKERS,
    max: COLLECTIVE_MIN_WORKERS,
    unit: '人',
  },
  'intake.representativesMax': {
    label: '群体投诉代表人数上限',
    help: '群体来访时推选代表的人数上限；超过时接待登记会提示。',
    type: 'integer',
    min: 1,
    max: 20,
    unit: '人',
  },
  'intake.amountConfirmAbove': {
    label: '诉求金额核对上限（每人）',
    help: '登记时，某名劳动者的诉求金额（或诉求金额合计平均到每人）超过此数额的，提示接待人员核对、确认后才保存，以发现多输、错位的数字（如把 12345.6 输成 123456）。不是对诉求金额的限制：确认无误的照常登记。未设置取值时按每人 100 万元核对。',
    type: 'integer',
    min: 10_000,
    max: 100_000_000,
    unit: '元',
  },
  [REPEAT_RECENT_PARAMETER]: {
    label: '重复投诉的查重范围',
    help: '登记时，与已登记事项的投诉人身份证号、电话、被投诉单位统一社会信用代码或工程项目相同的，提示可能是重复投诉。办理中的案卷总会提示；已办结或未立卷的，接待日期在此日数以内的才提示。未设置取值时按180日。',
    type: 'integer',
    min: 7,
    max: 1_095,
    unit: '日',
  },
  [FEEDBACK_DAYS_PARAMETER]: {
    label: '投诉人答复期限（首问负责）',
    help: '接待登记后，须在此期限内回访或答复投诉人（自接待之日起算，当日不计入，按工作日计算）。本局口径，待核实；《关于实施〈劳动保障监察条例〉若干规定》第十八条规定五个工作日内决定是否受理并告知，未设置取值时按5个工作日。',
    type: 'integer',
    min: 1,
    max: 60,
    unit: '个工作日',
  },
  'wage.monthlyMinimum': {
    label: '月最低工资标准',
    help: '当地月最低工资标准。仲裁裁决的单项金额不超过其十二倍的，为终局裁决（《劳动争议调解仲裁法》第四十七条）。请按{provincialGovernment}公布的标准和实施日期录入。',
    type: 'integer',
    min: 500,
    max: 10_000,
    unit: '元',
  },
  'hearingNotice.serviceAllowanceDays': {
    label: '开庭通知书送达在途日数',
    help: '制作开庭通知书时，以制作日期加上此日数推定送达日期，据此检查能否在开庭五日前送达（《劳动争议调解仲裁法》第三十五条），以及申请书副本尚未送达时答辩期是否届满。当天直接送达的，可设为0。',
    type: 'integer',
    min: 0,
    max: 30,
    unit: '日',
  },
  [SEATS_PER_PARTY_PARAMETER]: {
    label: '开庭每方当事人占用席位数',
    help: '安排开庭（包括系列案合并开庭）时，按到庭当事人的方数乘以此数计算所需席位，超过仲裁庭室可容纳人数的不能安排。默认每方2人（当事人本人及其代理人或法定代表人）；本委有其他惯例的，请调整。',
    type: 'integer',
    min: 1,
    max: 5,
    unit: '人',
  },
  [PUBLIC_NOTICE_PARAMETER]: {
    label: '公告送达期间',
    help: '公告送达的，自发出公告之日起经过此日数，即视为送达；仲裁案件公告期间不计入审理期限（《劳动人事争议仲裁办案规则》第四十六条）。1993年仲裁规则为三十日，民事诉讼法2021年修改后为三十日（此前六十日），现行仲裁实践采用何者未经核实：默认三十日，可改为六十日。改动只影响此后登记的公告送达。',
    type: 'integer',
    min: 30,
    max: 60,
    unit: '日',
  },
  // 办案规则 Art. 56(2): the province publishes the figure each year; no value is preset (a made-up one would decide cases).
  [AVERAGE_WAGE_PARAMETER]: {
    label: '上年度职工年平均工资（简易处理标的额上限）',
    help: '《劳动人事争议仲裁办案规则》第五十六条：标的额不超过本省（自治区、直辖市）上年度职工年平均工资的，可以简易处理。该数额由{provincialGovernment}所在省（自治区、直辖市）统计部门每年公布，系统不预置：请按公布的数额和适用日期录入。以“标的额较小”为条件决定简易处理时，标的额超过此数额或未录入此数额的，不予办理。',
    type: 'integer',
    min: 1000,
    max: 10_000_000,
    unit: '元',
  },
  // 办案规则 Art. 11 (secondary sources; UNCONFIRMED): the chair, or the 仲裁院's head he designates, decides on recusal.
  [RECUSAL_DELEGATION_PARAMETER]: {
    label: '回避由仲裁院负责人决定',
    help: '《劳动人事争议仲裁办案规则》第十一条（据二手资料，原文待核实）：仲裁员、书记员是否回避，由仲裁委员会主任或者其指定的仲裁院负责人决定；仲裁委员会主任担任案件仲裁员的，其是否回避由仲裁委员会决定。本委主任是否已指定仲裁院负责人决定回避，由本委登记：未指定的（默认），回避决定须由仲裁委员会主任作出。',
    type: 'boolean',
    trueLabel: '主任已指定仲裁院负责人决定',
    falseLabel: '由仲裁委员会主任决定',
  },
  [EMERGENCY_CAP_PARAMETER]: {
    label: '应急周转金每人垫付上限',
    help: '《保障农民工工资支付条例》第六十三条：应急周转金可先行垫付劳动者的部分工资或基本生活费，再向用人单位追回。每人垫付上限由当地应急周转金管理办法规定（待核实）：系统预置的10000元是未经核实的占位数额，请按本地办法核实修改。登记应急周转金支付时，同一劳动者累计垫付超过此数额的，不予登记。',
    type: 'integer',
    min: 100,
    max: 1_000_000,
    unit: '元',
  },
  // 法释〔2013〕3号 Art. 3: each province fixes its figures within the ranges; the chosen figures are UNCONFIRMED.
  [REFERRAL_SINGLE_PARAMETER]: {
    label: '拒不支付劳动报酬“数额较大”：一名劳动者',
    help: '《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》（法释〔2013〕3号）第三条：拒不支付一名劳动者三个月以上的劳动报酬且数额在五千元至二万元以上的，为“数额较大”，具体标准由{provincialGovernment}所在省（自治区、直辖市）高级人民法院会同检察院确定。本省采用的数额未经核实：系统预置下限5000元，请按本省公布的标准和施行日期录入。用于移送公安和列入失信联合惩戒名单的条件检查。',
    type: 'integer',
    min: REFERRAL_SINGLE_RANGE.min,
    max: REFERRAL_SINGLE_RANGE.max,
    unit: '元',
  },
  [REFERRAL_TOTAL_PARAMETER]: {
    label: '拒不支付劳动报酬“数额较大”：十名以上劳动者合计',
    help: '法释〔2013〕3号第三条：拒不支付十名以上劳动者的劳动报酬且数额累计在三万元至十万元以上的，为“数额较大”，具体标准由本省确定。本省采用的数额未经核实：系统预置下限30000元，请按本省公布的标准和施行日期录入。',
    type: 'integer',
    min: REFERRAL_TOTAL_RANGE.min,
    max: REFERRAL_TOTAL_RANGE.max,
    unit: '元',
  },
  // 行政处罚法 Art. 63(1): 较大数额罚款 — a hearing right — is set by each province; the figure here is UNCONFIRMED.
  [HEARING_FINE_PARAMETER]: {
    label: '行政处罚听证“较大数额罚款”标准（单位）',
    help: '《中华人民共和国行政处罚法》第六十三条：拟作出较大数额罚款的，应当告知当事人有要求听证的权利；“较大数额”由{provincialGovernment}所在省（自治区、直辖市）规定（例如湖南省对法人或者其他组织为二万元以上）。本省标准未经核实：未设置时系统按10000元处理（数额较低，听证从宽）。拟罚款金额达到此数额的，事先告知书告知听证权利，当事人可要求听证；低于此数额的，不适用听证程序。请按本省规定的数额和施行日期录入。',
    type: 'integer',
    min: 1_000,
    max: 1_000_000,
    unit: '元',
  },
  'security.idleLockMinutes': {
    label: '无操作自动锁屏时间',
    help: '超过此时间没有操作，屏幕自动锁定，须输入密码解锁；正在填写的内容保留。填 0 表示不自动锁屏（不建议）。',
    type: 'integer',
    min: 0,
    max: 240,
    unit: '分钟',
  },
  'security.lockoutAttempts': {
    label: '连续密码错误锁定次数',
    help: '连续输错密码达到此次数，账户锁定；锁定期满或管理员重置密码后方可登录。',
    type: 'integer',
    min: 3,
    max: 10,
    unit: '次',
  },
  'security.lockoutMinutes': {
    label: '账户锁定时长',
    help: '连续输错密码后账户锁定的时长。',
    type: 'integer',
    min: 5,
    max: 1440,
    unit: '分钟',
  },
  ...deadlineDefs(),
  ...retentionDefs(),
  ...incidentDefs(),
  // The statistics' 本局口径 choices (shared/domain/statistics/basis.ts).
  ...STAT_BASIS_PARAMETER_DEFS,
};

/**
 * A value for a key that has none seeded yet, with its source and confidence as a row would carry them: readers use it
 * only while no row applies (a row seeded by migration 0014 normally does; a region's own row may start later).
 */
export const PARAMETER_FALLBACKS: Record<string, { value: ParameterScalar; source: string; confidence: Confidence }> = {
  'intake.amountConfirmAbove': {
    value: 1_000_000,
    source: '本系统默认：每人100万元，远高于一般欠薪诉求（含经济补偿），超过时多为多输或错位的数字，请核对后确认',
    confidence: 'local',
  },
  [HEARING_FINE_PARAMETER]: { value: HEARING_FINE_DEFAULT_YUAN, source: '本系统默认：10000元（本省标准待核实，数额从低，听证从宽）', confidence: 'unconfirmed' },
  [REPEAT_RECENT_PARAMETER]: { value: REPEAT_RECENT_DEFAULT, source: '本系统默认：180日', confidence: 'local' },
  [FEEDBACK_DAYS_PARAMETER]: {
    value: FEEDBACK_DAYS_DEFAULT,
    source: '本系统默认：5个工作日（参照《关于实施〈劳动保障监察条例〉若干规定》第十八条的受理告知期限；本局答复期限待核实）',
    confidence: 'unconfirmed',
  },
};

/** The value in force, or the key's built-in fallback while none is set. */
export function parameterOrFallback(key: string, inForce: unknown): unknown {
  return inForce ?? PARAMETER_FALLBACKS[key]?.value ?? null;
}

export type ParameterKey = string;

export const PARAMETER_KEYS = Object.keys(PARAMETER_DEFS) as [string, ...string[]];

export interface ParameterValue {
  key: string;
  /** '*' for national, else a GB/T 2260 code (province 540000, city 540200, county 540202). */
  region: string;
  value: unknown;
  effectiveFrom: string;
  source: string;
  confidence: Confidence;
}

/** The regions a unit's parameters may come from, most specific first: county → city → province → national. */
export function regionChain(regionCode: string): string[] {
  const chain = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`, '*'];
  return chain.filter((r, i) => chain.indexOf(r) === i);
}

/**
 * The value in force for `key` in `regionCode` on `onDate` ('YYYY-MM-DD'): the most specific region that has
 * one, and within it the latest effective_from not after the date. Null when nothing applies.
 */
export function resolveParameter<T extends ParameterValue>(
  rows: readonly T[],
  key: string,
  regionCode: string,
  onDate: string,
): T | null {
  for (const region of regionChain(regionCode)) {
    let best: T | null = null;
    for (const row of rows) {
      if (row.key !== key || row.region !== region || row.effectiveFrom > onDate) continue;
      if (!best || row.effectiveFrom > best.effectiveFrom) best = row;
    }
    if (best) return best;
  }
  return null;
}

/** Checks a value typed on the settings screen against the key's definition; returns a Chinese reason. */
export function checkParameterValue(key: string, value: unknown): { ok: true; value: ParameterScalar } | { ok: false; reason: string } {
  const def = PARAMETER_DEFS[key];
  if (!def) return { ok: false, reason: `未知的参数：${key}` };
  if (def.fixed) return { ok: false, reason: `${def.label}为${def.fixed}` };
  switch (def.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, reason: `${def.label}应为整数` };
      if (value < def.min || value > def.max) return { ok: false, reason: `${def.label}应在 ${def.min}–${def.max}${def.unit} 之间` };
      return { ok: true, value };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, reason: `${def.label}应为“${def.trueLabel}”或“${def.falseLabel}”` };
    case 'enum':
      return def.options.some((o) => o.value === value)
        ? { ok: true, value: value as string }
        : { ok: false, reason: `${def.label}应为：${def.options.map((o) => o.label).join('、')}` };
  }
}

/** A parameter's help with the unit's own provincial government named ('请按西藏自治区人民政府公布的…'). */
export function parameterHelp(key: string, regionCode: string): string {
  return (PARAMETER_DEFS[key]?.help ?? '').replaceAll('{provincialGovernment}', provincialGovernment(regionCode));
}

/** How a value reads on screen: '10人', '工作日', '视为工作日（不顺延）'. */
export function formatParameterValue(key: string, value: unknown): string {
  const def = PARAMETER_DEFS[key];
  if (!def) return String(value);
  switch (def.type) {
    case 'integer':
      return `${String(value)}${def.unit}`;
    case 'boolean':
      return value ? def.trueLabel : def.falseLabel;
    case 'enum':
      return def.options.find((o) => o.value === value)?.label ?? String(value);
  }
}

/** The deadline settings in force, read from the parameters through one lookup. */
export function deadlineSettingsFrom(lookup: (key: string) => unknown): DeadlineSettings {
  const units: Partial<Record<RuleId, DayUnit>> = {};
  const lengths: Partial<Record<RuleId, number>> = {};
  const enabledOptional: RuleId[] = [];
  for (const id of RULE_IDS) {
    const u = lookup(`deadline.unit.${id}`);
    if (u === 'workingDay' || u === 'calendarDay') units[id] = u;
    const l = lookup(`deadline.length.${id}`);
    if (typeof l === 'number') lengths[id] = l;
    if (lookup(`deadline.optional.${id}`) === true) enabledOptional.push(id);
  }
  const stops = lookup('deadline.makeUpWorkdayStopsRollForward');
  const from = lookup('deadline.extensionCountedFrom');
  return {
    units,
    lengths,
    enabledOptional,
    makeUpWorkdayStopsRollForward: stops === false ? false : true,
    extensionCountedFrom: from === 'rolledDue' ? 'rolledDue' : 'start',
    inspectionSupplementRestarts: lookup('deadline.inspectionSupplementRestarts') === true,
    jurisdictionDecisionRestarts: lookup('deadline.jurisdictionDecisionRestarts') === true,
    regionalHolidays: lookup('deadline.regionalHolidays') === true,
  };
}
