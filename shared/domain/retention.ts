// How long a closed file is kept with its personal data, and when that period is over. The periods are parameters
// (retention.years.<kind>): the arbitration ones have a statutory floor (办案规则 Art. 24, via DOMAIN.md §1.3), the
// others are the bureau's own practice until a source is found. After the period the personal data may be made
// anonymous, on an administrator's explicit action — nothing is deleted and nothing runs on its own.

export const RETENTION_KINDS = ['arbitrationAward', 'arbitrationOther', 'inspection', 'intake'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export const RETENTION_KIND_LABEL: Record<RetentionKind, string> = {
  arbitrationAward: '以裁决结案的仲裁案卷',
  arbitrationOther: '以调解等其他方式结案的仲裁案卷',
  inspection: '劳动保障监察及其他案卷',
  intake: '未立卷的接待登记（咨询、当场答复、告知向他处反映）',
};

/** 《劳动人事争议仲裁办案规则》第二十四条 (DOMAIN.md §1.3, secondary): award files ≥10 years, others ≥5 years. */
export const ARBITRATION_RETENTION_CITATION = '《劳动人事争议仲裁办案规则》（人社部令第33号）第二十四条';

/** The shortest period a bureau may set: the statutory floor where there is one. */
export const RETENTION_MIN_YEARS: Record<RetentionKind, number> = {
  arbitrationAward: 10, // 办案规则 Art. 24: 裁决结案的案卷保存期不少于十年
  arbitrationOther: 5, // 办案规则 Art. 24: 调解或其他方式结案的不少于五年
  inspection: 1,
  intake: 1,
};

export const RETENTION_MAX_YEARS = 100;

export function retentionParameterKey(kind: RetentionKind): string {
  return `retention.years.${kind}`;
}

/** What replaces a name once its person can no longer be identified. */
export const ANONYMISED_NAME = '已匿名化';
/** What replaces free text (an intake's summary, the answer given) that may name or describe a person. */
export const ANONYMISED_TEXT = '（保管期限届满，个人信息已匿名化）';

/**
 * The kinds a closed case file counts as. An arbitration file counts as closed by award when an award (仲裁裁决书) was
 * issued in it and not voided; a file that holds several kinds of proceeding is kept for the longest of their periods.
 */
export function caseFileRetentionKinds(proceedingKinds: readonly string[], hasAward: boolean): RetentionKind[] {
  const kinds = new Set<RetentionKind>();
  for (const k of proceedingKinds) {
    if (k === 'arbitration') kinds.add(hasAward ? 'arbitrationAward' : 'arbitrationOther');
    else kinds.add('inspection');
  }
  // A file without any proceeding is still a file: kept like an inspection file.
  if (kinds.size === 0) kinds.add('inspection');
  return [...kinds];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * The last day of keeping: the same calendar date `years` later (民诉法 §85 via 办案规则 §19: the starting day is
 * not counted, so a period in years ends on the corresponding date). 29 February ends on 28 February.
 */
export function retentionEndDate(closedDate: string, years: number): string {
  const y = Number(closedDate.slice(0, 4)) + years;
  let md = closedDate.slice(5);
  if (md === '02-29' && !isLeap(y)) md = '02-28';
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** Whether the period is over on `today`: only from the day after its last day. */
export function retentionOver(closedDate: string, years: number, today: string): boolean {
  return today > retentionEndDate(closedDate, years);
}

/** The period that applies to a file of these kinds: the longest; null when any of them has no period set. */
export function retentionYears(kinds: readonly RetentionKind[], yearsOf: (k: RetentionKind) => number | null): number | null {
  let longest = 0;
  for (const k of kinds) {
    const y = yearsOf(k);
    if (y === null) return null;
    longest = Math.max(longest, y);
  }
  return longest;
}
