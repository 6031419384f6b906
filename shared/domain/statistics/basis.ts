// The bureau's own formulas (本局口径) where the official one is not known (DOMAIN.md §4: 仲裁结案率, 调解成功率, 办结率,
// 时限办结率 are commonly reported, their formulas were not found). Each choice is a parameter the administrator may
// change on the settings screen (seeded with the source '本局口径'); the report prints the choice beside the figure and
// the definitions version counts every change to them.
import type { ParameterDef, ParameterScalar } from '../parameters';

export const STAT_BASIS_PREFIX = 'statistics.';

export const STAT_BASIS = {
  closureRate: 'statistics.arbitration.closureRate',
  mediationRate: 'statistics.arbitration.mediationRate',
  causeOfSeveral: 'statistics.arbitration.causeOfSeveral',
  completionRate: 'statistics.completionRate',
  timelyExtended: 'statistics.timelyRate.extendedCounts',
  repeatEmployer: 'statistics.inspection.repeatEmployerBasis',
} as const;

export type ClosureRateBasis = 'carriedPlusAccepted' | 'accepted';
export type MediationRateBasis = 'ofClosed' | 'ofDecided';
export type CauseOfSeveralBasis = 'first' | 'each';
export type CompletionRateBasis = 'ofCarriedPlusReceived' | 'ofReceived';

const SOURCE_NOTE = '官方计算公式未见公开，按本局口径计算，报表中注明';

/** The settings' definitions, joined into PARAMETER_DEFS. */
export const STAT_BASIS_PARAMETER_DEFS: Record<string, ParameterDef> = {
  [STAT_BASIS.closureRate]: {
    label: '统计口径：仲裁结案率',
    help: `仲裁结案率常见于统计公报（如“仲裁结案率94.7%”），${SOURCE_NOTE}。默认：本期结案数 ÷（上期未结数 + 本期受理数）；也可选：本期结案数 ÷ 本期受理数。改动后统计口径版本号随之变化，已报送的报表不受影响。`,
    type: 'enum',
    options: [
      { value: 'carriedPlusAccepted', label: '本期结案 ÷（上期未结 + 本期受理）' },
      { value: 'accepted', label: '本期结案 ÷ 本期受理' },
    ],
  },
  [STAT_BASIS.mediationRate]: {
    label: '统计口径：调解成功率',
    help: `调解成功率，${SOURCE_NOTE}。默认：本期以仲裁调解方式结案数 ÷ 本期结案数；也可选：仲裁调解结案数 ÷（仲裁调解结案数 + 仲裁裁决结案数），即不计撤回等其他方式结案的案件。`,
    type: 'enum',
    options: [
      { value: 'ofClosed', label: '调解结案 ÷ 本期结案' },
      { value: 'ofDecided', label: '调解结案 ÷（调解结案 + 裁决结案）' },
    ],
  },
  [STAT_BASIS.causeOfSeveral]: {
    label: '统计口径：一案多个争议原因的计数',
    help: '劳动争议处理情况表按争议原因（劳动报酬、社会保险、变更解除终止劳动合同、其他）分列受理案件，一件案件的仲裁请求涉及几个原因时如何计数，统计制度原文未见。默认：按主要原因计一次（依次取劳动报酬、社会保险、变更解除终止劳动合同、其他中的第一个），各原因之和等于受理数；也可选：每个原因各计一次（之和可大于受理数）。',
    type: 'enum',
    options: [
      { value: 'first', label: '按主要原因计一次' },
      { value: 'each', label: '每个原因各计一次' },
    ],
  },
  [STAT_BASIS.completionRate]: {
    label: '统计口径：办结率',
    help: `办结率（如投诉案件办结率），${SOURCE_NOTE}。默认：本期办结数 ÷（上期未结数 + 本期受理数）；也可选：本期受理的案件中已在本期办结的数 ÷ 本期受理数。`,
    type: 'enum',
    options: [
      { value: 'ofCarriedPlusReceived', label: '本期办结 ÷（上期未结 + 本期受理）' },
      { value: 'ofReceived', label: '本期受理中本期办结 ÷ 本期受理' },
    ],
  },
  [STAT_BASIS.timelyExtended]: {
    label: '统计口径：时限办结率是否计入经批准延长的期限',
    help: `时限办结率，${SOURCE_NOTE}：本期结案的案件中在办案期限内结案的比例。仲裁案件的期限为《劳动争议调解仲裁法》第四十三条的四十五日，经批准可延长不超过十五日。默认：在延长后的期限内结案的也算按时；也可选：只有在四十五日内结案的才算按时。`,
    type: 'boolean',
    trueLabel: '延长期限内结案也算按时',
    falseLabel: '只计四十五日内结案',
  },
  [STAT_BASIS.repeatEmployer]: {
    label: '统计口径：重复被投诉的用人单位',
    help: '劳动保障监察表中“重复发案的用人单位”户数，统计制度原文未见，按本局口径计算，报表中注明。默认：本期受理该单位的监察案件两件以上；也可选：本期受理过该单位的案件、且此前也受理过该单位的案件。',
    type: 'enum',
    options: [
      { value: 'twoInPeriod', label: '本期受理两件以上' },
      { value: 'priorFile', label: '本期受理且此前受理过' },
    ],
  },
};

/** The seeded values (the first option of each), also the value while none is in force. */
export const STAT_BASIS_DEFAULTS: Record<string, ParameterScalar> = {
  [STAT_BASIS.closureRate]: 'carriedPlusAccepted',
  [STAT_BASIS.mediationRate]: 'ofClosed',
  [STAT_BASIS.causeOfSeveral]: 'first',
  [STAT_BASIS.completionRate]: 'ofCarriedPlusReceived',
  [STAT_BASIS.timelyExtended]: true,
  [STAT_BASIS.repeatEmployer]: 'twoInPeriod',
};

export const STAT_BASIS_KEYS = Object.keys(STAT_BASIS_DEFAULTS);

/** The label of the option in force, to print beside a figure: '本期结案 ÷（上期未结 + 本期受理）'. */
export function basisChoiceLabel(key: string, value: unknown): string {
  const def = STAT_BASIS_PARAMETER_DEFS[key];
  if (!def) return String(value);
  if (def.type === 'enum') return def.options.find((o) => o.value === value)?.label ?? String(value);
  if (def.type === 'boolean') return value ? def.trueLabel : def.falseLabel;
  return String(value);
}
