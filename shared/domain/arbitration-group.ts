// A group application (several workers against one employer) goes on as a 系列案 — one case per worker, accepted
// together with consecutive 案号 and heard together — or, when ten or more workers share a claim, as one collective
// case whose workers elect 3–5 representatives (调解仲裁法 Art. 7; 办案规则 Arts. 62–63). The representatives' acts
// bind the workers, but changing them, changing or waiving claims, withdrawing and settling need the represented
// workers' consent, recorded before the act.
import { COLLECTIVE_MIN_WORKERS } from './collective';

/** 办案规则 Art. 63: the workers of a collective case may elect three to five representatives. */
export const REPRESENTATIVES_MIN = 3;
export const REPRESENTATIVES_MAX = 5;
export const REPRESENTATIVES_CITATION = '《劳动争议调解仲裁法》第七条；《劳动人事争议仲裁办案规则》第六十三条';

/** What the represented workers consent to (办案规则 Art. 63). */
export const CONSENT_ACT = {
  representatives: '变更代表人',
  claims: '变更、放弃仲裁请求或者承认对方请求',
  withdrawal: '撤回仲裁申请',
  settlement: '达成和解或者调解',
} as const;
export type ConsentAct = keyof typeof CONSENT_ACT;
export const CONSENT_ACTS = Object.keys(CONSENT_ACT) as [ConsentAct, ...ConsentAct[]];

/** How the consent was given and recorded. */
export const CONSENT_METHOD = {
  signed: '书面签名',
  fingerprint: '按指印',
  meeting: '全体会议记录',
  other: '其他方式（见说明）',
} as const;
export type ConsentMethod = keyof typeof CONSENT_METHOD;
export const CONSENT_METHODS = Object.keys(CONSENT_METHOD) as [ConsentMethod, ...ConsentMethod[]];

/** The steps of an arbitration case a collective case's representatives take only with the workers' consent. */
export const CONSENT_FOR_STEP: Readonly<Record<string, ConsentAct>> = { changeClaims: 'claims', withdraw: 'withdrawal', settle: 'settlement' };

/** Why a case of this many workers cannot go on as a collective case with representatives, or null. */
export function collectiveProblem(workers: number): string | null {
  if (workers < COLLECTIVE_MIN_WORKERS) return `集体争议须有${COLLECTIVE_MIN_WORKERS}名以上劳动者并有共同请求，本案只有${workers}名申请人，不能推举代表人（${REPRESENTATIVES_CITATION}）`;
  return null;
}

/** Why this many representatives cannot be elected for this many workers, or null. */
export function representativesProblem(chosen: number, workers: number): string | null {
  const collective = collectiveProblem(workers);
  if (collective) return collective;
  if (chosen < REPRESENTATIVES_MIN) return `集体争议的代表人应为${REPRESENTATIVES_MIN}至${REPRESENTATIVES_MAX}名，现只选择了${chosen}名（${REPRESENTATIVES_CITATION}）`;
  if (chosen > REPRESENTATIVES_MAX) return `集体争议的代表人应为${REPRESENTATIVES_MIN}至${REPRESENTATIVES_MAX}名，现选择了${chosen}名（${REPRESENTATIVES_CITATION}）`;
  return null;
}

/**
 * Why the consent on record does not cover the act: the represented workers (every applicant who is not a
 * representative) who have not consented, named; null when all have.
 */
export function consentProblem(act: ConsentAct, represented: readonly { id: string; name: string }[], consented: readonly string[] | null): string | null {
  const what = CONSENT_ACT[act];
  if (consented === null) return `集体案件的代表人${what}，应当经被代表的劳动者同意；请先登记被代表劳动者的同意（${REPRESENTATIVES_CITATION}）`;
  const have = new Set(consented);
  const missing = represented.filter((w) => !have.has(w.id));
  if (missing.length === 0) return null;
  const names = missing.slice(0, 5).map((w) => w.name).join('、') + (missing.length > 5 ? `等${missing.length}人` : '');
  return `集体案件的代表人${what}，应当经被代表的劳动者同意；${names}尚未同意（${REPRESENTATIVES_CITATION}）`;
}

/** Why a group application cannot be accepted as a 系列案 (one case per worker), or null. */
export function seriesProblem(a: { status: string; applicants: readonly { id: string; name: string }[]; claimApplicantIds: readonly string[]; hasRepresentatives: boolean; saved: boolean }): string | null {
  if (a.status !== 'received') return '只有已收件、待审查的仲裁申请才能作为系列案受理';
  if (a.hasRepresentatives) return '本案已推举代表人，作为一件集体争议案件办理，不能再拆分为系列案';
  if (a.applicants.length < 2) return '系列案须有两名以上申请人：本案只有一名申请人，请按一般案件受理';
  if (!a.saved) return '请先登记仲裁申请，再作为系列案受理';
  const claims = new Set(a.claimApplicantIds);
  const none = a.applicants.filter((x) => !claims.has(x.id));
  if (none.length > 0) return `申请人${none.map((x) => x.name).join('、')}没有仲裁请求：系列案每名劳动者一案，请先为其登记仲裁请求`;
  return null;
}

/** '系列案 甲〔2026〕第3号至第8号（共6件）'. */
export function seriesLabel(numbers: readonly string[]): string {
  const first = numbers[0] ?? '';
  const last = numbers.at(-1) ?? '';
  const tail = /第\d+号$/.exec(last)?.[0] ?? last;
  return `系列案 ${first}至${tail}（共${numbers.length}件）`;
}
