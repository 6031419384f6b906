// 仲裁申请 (the arbitration application) as stored on an arbitration proceeding: what 办案规则 Art. 29 asks of it
// (调解仲裁法 Art. 28 in the statute's shorter words), the claims as items per applicant, the items still missing
// (told all at once, 办案规则 Art. 29 — the 补正通知书 lists them), the 1-year limitation as advice only
// (调解仲裁法 Art. 27: it is the respondent's defence, not a ground to refuse), and the bar a deemed withdrawal puts
// on a new application on the same matter. Pure: the core stores and enforces, the screen shows.
import { addMonths } from './calendar';
import type { AwardCategory } from './final-award';
import { formatYuan } from './money';

/** The categories of a claim (仲裁请求), as the institute's statistics count them. */
export const CLAIM_CATEGORY = {
  wages: '工资',
  overtime: '加班费',
  severance: '经济补偿',
  doubleWages: '二倍工资',
  damages: '赔偿金',
  workInjury: '工伤待遇',
  socialInsurance: '社会保险',
  other: '其他',
} as const;
export type ClaimCategory = keyof typeof CLAIM_CATEGORY;
export const CLAIM_CATEGORIES = Object.keys(CLAIM_CATEGORY) as [ClaimCategory, ...ClaimCategory[]];

/** 书面申请, or an oral one the committee writes down and the applicant signs (办案规则 Art. 29). */
export const APPLICATION_FORM = { written: '书面申请', oral: '口头申请（记入笔录，由申请人签名、盖章或者捺印）' } as const;
export type ApplicationForm = keyof typeof APPLICATION_FORM;

/** The states in which the application may still be entered or corrected: before 受理 or 不予受理. */
export const APPLICATION_EDITABLE_STATES = ['received', 'supplementRequested'] as const;

export interface ApplicantParticulars {
  /** The proceeding_parties row. */
  id: string;
  personId: string;
  name: string;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  idTypeLabel: string | null;
  idNumber: string | null;
  address: string | null;
  mailingAddress: string | null;
  phone: string | null;
}

export interface RespondentParticulars {
  id: string;
  partyId: string;
  name: string;
  organisation: boolean;
  address: string | null;
  mailingAddress: string | null;
  phone: string | null;
  legalRepName: string | null;
  legalRepTitle: string | null;
}

export interface ClaimItem {
  /** The applicant (proceeding_parties id) who makes the claim. */
  applicantId: string;
  category: ClaimCategory;
  /** What is asked, in the applicant's words: 支付2026年3月至6月工资. */
  request: string;
  /** The amount claimed in fen; null for a claim without money (补缴社会保险, 出具解除劳动合同证明 …). */
  amountFen: number | null;
  /** The basis the applicant gives (the statute, the contract, the pay slips …). */
  basis: string | null;
}

export interface ApplicationFacts {
  form: ApplicationForm;
  factsAndReasons: string | null;
  evidence: string | null;
  witnesses: string | null;
  /** The day the applicant knew or should have known of the infringement (调解仲裁法 Art. 27). */
  knownOn: string | null;
  /** The day employment ended, or null while it continues (wage arrears run from it, Art. 27 ¶4). */
  employmentEndedOn: string | null;
}

export interface ApplicationData extends ApplicationFacts {
  applicants: readonly ApplicantParticulars[];
  respondents: readonly RespondentParticulars[];
  claims: readonly ClaimItem[];
}

const SEX = { M: '男', F: '女' } as const;

/**
 * Every item the application still lacks, each a sentence the 补正通知书 can print (办案规则 Art. 29: all of them at
 * once). Empty when the application is complete.
 */
export function missingItems(a: ApplicationData): string[] {
  const out: string[] = [];
  if (a.applicants.length === 0) out.push('申请人（劳动者）的基本情况');
  for (const p of a.applicants) {
    const lacks: string[] = [];
    if (!p.sex) lacks.push('性别');
    if (!p.birthDate) lacks.push('出生日期');
    if (!p.idNumber) lacks.push('身份证件号码');
    if (!p.address) lacks.push('住所');
    if (!p.mailingAddress) lacks.push('通讯地址');
    if (!p.phone) lacks.push('联系电话');
    if (lacks.length > 0) out.push(`申请人${p.name}的${lacks.join('、')}`);
    if (!a.claims.some((c) => c.applicantId === p.id)) out.push(`申请人${p.name}的仲裁请求`);
  }
  if (a.respondents.length === 0) out.push('被申请人（用人单位）的名称和基本情况');
  for (const r of a.respondents) {
    const lacks: string[] = [];
    if (!r.address) lacks.push('住所');
    if (!r.mailingAddress) lacks.push('通讯地址');
    if (!r.phone) lacks.push('联系电话');
    if (r.organisation && !r.legalRepName) lacks.push('法定代表人或者主要负责人的姓名');
    if (r.organisation && !r.legalRepTitle) lacks.push('法定代表人或者主要负责人的职务');
    if (lacks.length > 0) out.push(`被申请人${r.name}的${lacks.join('、')}`);
  }
  if (!a.factsAndReasons) out.push('仲裁请求所根据的事实、理由');
  if (!a.evidence) out.push('证据和证据来源');
  return out;
}

/** The line a particulars row reads on the screen and on paper: 扎西，男，1990年5月1日出生，居民身份证 5402…，住… */
export function applicantLine(p: ApplicantParticulars): string {
  const parts = [p.name];
  if (p.sex) parts.push(SEX[p.sex]);
  if (p.birthDate) parts.push(`${Number(p.birthDate.slice(0, 4))}年${Number(p.birthDate.slice(5, 7))}月${Number(p.birthDate.slice(8))}日出生`);
  if (p.idNumber) parts.push(`${p.idTypeLabel ?? '身份证件'}号码${p.idNumber}`);
  if (p.address) parts.push(`住${p.address}`);
  if (p.mailingAddress && p.mailingAddress !== p.address) parts.push(`通讯地址${p.mailingAddress}`);
  if (p.phone) parts.push(`联系电话${p.phone}`);
  return parts.join('，');
}

export function respondentLine(r: RespondentParticulars): string {
  const parts = [r.name];
  if (r.address) parts.push(`住所${r.address}`);
  if (r.mailingAddress && r.mailingAddress !== r.address) parts.push(`通讯地址${r.mailingAddress}`);
  if (r.legalRepName) parts.push(`${r.organisation ? '法定代表人' : '负责人'}${r.legalRepName}${r.legalRepTitle ? `（${r.legalRepTitle}）` : ''}`);
  if (r.phone) parts.push(`联系电话${r.phone}`);
  return parts.join('，');
}

/** 请求事项 with its amount: 支付2026年3月至6月工资 12,000.00 元. */
export function claimLine(c: Pick<ClaimItem, 'category' | 'request' | 'amountFen'>): string {
  return `${c.request}${c.amountFen === null ? '' : `（${formatYuan(c.amountFen)}元）`}`;
}

export interface LimitationAdvice {
  /** 'ok' within the year; 'late' past it; 'open' when the year has not started (wages during employment); 'unknown' without the date. */
  state: 'ok' | 'late' | 'open' | 'unknown';
  text: string;
}

const ART27 = '《劳动争议调解仲裁法》第二十七条';
const DEFENCE = '仲裁时效是被申请人的抗辩事由，本委不主动适用，也不因此不予受理；时效有中断、中止情形的另行计算';

/**
 * The 1-year limitation for one category, as ADVICE (调解仲裁法 Art. 27): from the day the applicant knew or should have
 * known of the infringement; for wages owed during employment, not limited while it lasts and due within a year of
 * its end (Art. 27 ¶4). `appliedOn` is the day the application was received.
 */
export function limitationAdvice(f: Pick<ApplicationFacts, 'knownOn' | 'employmentEndedOn'>, category: ClaimCategory, appliedOn: string): LimitationAdvice {
  if (category === 'wages') {
    if (f.employmentEndedOn === null) {
      return { state: 'open', text: `拖欠劳动报酬：劳动关系存续期间不受一年仲裁时效限制（${ART27}第四款）；如劳动关系已终止，请填写终止日期` };
    }
    return judged(addMonths(f.employmentEndedOn, 12), appliedOn, `拖欠劳动报酬：自劳动关系终止之日（${f.employmentEndedOn}）起一年`);
  }
  if (f.knownOn === null) return { state: 'unknown', text: `${CLAIM_CATEGORY[category]}：未填写知道或者应当知道权利被侵害之日，无法提示仲裁时效（${ART27}）` };
  return judged(addMonths(f.knownOn, 12), appliedOn, `${CLAIM_CATEGORY[category]}：自知道或者应当知道权利被侵害之日（${f.knownOn}）起一年`);
}

function judged(ends: string, appliedOn: string, what: string): LimitationAdvice {
  if (appliedOn <= ends) return { state: 'ok', text: `${what}，至 ${ends} 届满；本申请于 ${appliedOn} 收到，未超过（${ART27}）` };
  return { state: 'late', text: `${what}，已于 ${ends} 届满；本申请于 ${appliedOn} 收到，可能已超过仲裁时效。${DEFENCE}（${ART27}）` };
}

/** One advice line per claimed category, in the categories' order. */
export function limitationAdvices(a: Pick<ApplicationData, 'knownOn' | 'employmentEndedOn' | 'claims'>, appliedOn: string): LimitationAdvice[] {
  const used = CLAIM_CATEGORIES.filter((c) => a.claims.some((x) => x.category === c));
  return used.map((c) => limitationAdvice(a, c, appliedOn));
}

/** What an application is about, to compare with an earlier case: who against whom, claiming what. */
export interface MatterKey {
  applicantPersonIds: readonly string[];
  respondentPartyIds: readonly string[];
  categories: readonly ClaimCategory[];
}

/**
 * Whether a new application is on the same matter as an earlier one: an applicant and a respondent in common, and a
 * claim of the same category (an earlier case with no stored claims: the parties alone decide). The facts
 * themselves are the arbitrator's to compare; this finds the case to compare with.
 */
export function sameMatter(now: MatterKey, earlier: MatterKey): boolean {
  const common = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));
  if (!common(now.applicantPersonIds, earlier.applicantPersonIds) || !common(now.respondentPartyIds, earlier.respondentPartyIds)) return false;
  return earlier.categories.length === 0 || now.categories.length === 0 || common(now.categories, earlier.categories);
}

/**
 * The refusal when an earlier case on the same matter was deemed withdrawn (调解仲裁法 Art. 36 ¶1; the rules: a new
 * application on the same facts is not accepted — DOMAIN.md §1.3 "No-show under the rules").
 */
export function deemedWithdrawnBar(earlier: { number: string | null; withdrawnOn: string | null }): string {
  const which = earlier.number ? `${earlier.number}案` : '此前的仲裁案件';
  const when = earlier.withdrawnOn ? `于 ${earlier.withdrawnOn} ` : '';
  return `同一申请人与被申请人之间就同一事项的${which}已${when}因申请人无正当理由拒不到庭被视为撤回仲裁申请，申请人再次以相同事实和理由申请仲裁的，不予受理（《劳动争议调解仲裁法》第三十六条；《劳动人事争议仲裁办案规则》）`;
}

/**
 * The award's category for a claim, for the final-award test item by item (调解仲裁法 Art. 47). Where it is unclear
 * whether a category is within Art. 47(1) — 二倍工资 (courts differ on whether it is 劳动报酬), 工伤待遇 beyond 工伤医疗费 —
 * it is 'other': the award is then non-final, which leaves both parties their route to court.
 */
export const AWARD_CATEGORY_OF: Record<ClaimCategory, AwardCategory> = {
  wages: 'wages',
  overtime: 'wages',
  severance: 'compensation',
  damages: 'damages',
  doubleWages: 'other',
  workInjury: 'other',
  socialInsurance: 'standards',
  other: 'other',
};

/** The 案由 a notice prints from the claims' categories (the yearbook's headings: 劳动报酬, 社会保险, 解除终止劳动合同, 其他). */
export function causeOf(categories: readonly ClaimCategory[]): string {
  const heads: string[] = [];
  const add = (h: string) => heads.includes(h) || heads.push(h);
  for (const c of CLAIM_CATEGORIES.filter((x) => categories.includes(x))) {
    if (c === 'wages' || c === 'overtime' || c === 'doubleWages') add('劳动报酬');
    else if (c === 'socialInsurance' || c === 'workInjury') add('社会保险');
    else if (c === 'severance' || c === 'damages') add('解除劳动合同');
  }
  return heads.length > 0 ? `${heads.join('、')}争议` : '劳动争议';
}
