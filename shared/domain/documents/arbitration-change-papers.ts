// 中止仲裁决定书, 恢复仲裁通知书, 延长审理期限通知书 and 先予执行裁定书 from the stored arbitration (办案规则 Arts.
// 46–47; 调解仲裁法 Arts. 43(1), 44). Pure: the core reads the steps as applied and the award's due day as the engine counts it
// (electron/core/proceedings/arbitration-papers.ts); the wording is the template's (arbitration-change-templates.ts).
import { amountInWords } from '../money';
import { dateText, para, yuanText } from './format';
import { ARBITRATION_CHANGE_SPECS, ARBITRATION_CHANGE_TEMPLATES } from './arbitration-change-templates';
import type { DocBlock, DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate, type TemplateSpec } from './template-engine';

/** What every one of these papers says about its case, read from the stored proceeding. */
export interface ArbitrationStepCase {
  /** 劳动人事争议仲裁委员会 of the unit. */
  committee: string;
  caseNumber: string | null;
  applicants: readonly string[];
  respondents: readonly string[];
  acceptedOn: string;
  /** The tribunal as composed (presiding first), or none before 组庭. */
  tribunal: { form: 'panel' | 'sole'; arbitrators: readonly string[]; clerk: string } | null;
}

/** 中止仲裁决定书: the 中止 step as approved. */
export interface SuspensionDecisionData extends ArbitrationStepCase {
  date: string;
  /** The ground as printed: the fixed list's wording, or the "其他" text. */
  ground: string;
}

/** 恢复仲裁通知书: the 恢复 step, the 中止 it ends and the award's due day as the engine counts it after it. */
export interface ResumptionNoticeData extends ArbitrationStepCase {
  date: string;
  reason: string;
  suspendedOn: string;
  ground: string;
  awardDue: string;
  /** The count runs into a year whose holiday notice is not entered: the date is 暂定 and the paper says so. */
  awardDueProvisional: boolean;
}

/** 延长审理期限通知书: the extendAward step as approved and the award's last day as the engine counts it after it. */
export interface ExtensionNoticeData extends ArbitrationStepCase {
  /** The chair's (a leader's) approval day, the step's day. */
  date: string;
  reason: string;
  /** The 45 days' due day before the extension (arbitration.award). */
  originalDue: string;
  /** The new last day (arbitration.award.extended). */
  extendedDue: string;
  /** The count runs into a year whose holiday notice is not entered: the date is 暂定 and the paper says so. */
  extendedDueProvisional: boolean;
}

/** 先予执行裁定书: the application and the ruling on it. */
export interface ProvisionalRulingData extends ArbitrationStepCase {
  date: string;
  applicant: string;
  appliedOn: string;
  claim: string;
  appliedAmountFen: number;
  granted: boolean;
  amountFen: number;
  facts: string;
  court: string | null;
}

/** 调解仲裁法 Art. 17 names the committee after its place: '日喀则市人力资源和社会保障局' → '日喀则市劳动人事争议仲裁委员会'. */
export function committeeName(organ: string): string {
  const m = /^(.+?)(人力资源和社会保障局|人力资源社会保障局|人社局)$/u.exec(organ);
  if (!m) throw new DocumentInputError(`无法从本机关名称“${organ}”确定劳动人事争议仲裁委员会的名称；请在“设置 → 单位信息”中核对本机关的全称`);
  return `${m[1]}劳动人事争议仲裁委员会`;
}

const mark = (text: string) => text.replace(/[。；;，,\s]+$/u, '');

function caseValues(c: ArbitrationStepCase): Record<string, string> {
  if (c.applicants.length === 0 || c.respondents.length === 0) throw new DocumentInputError('本案没有登记申请人或被申请人，不能制作该文书；请先在案卷中登记当事人');
  return { committee: c.committee, caseNumber: c.caseNumber ?? '', applicants: c.applicants.join('、'), respondents: c.respondents.join('、'), acceptedOn: dateText(c.acceptedOn) };
}

/** 办案规则 Art. 53's signers where a tribunal sits; a decision before 组庭 goes out under the committee's seal alone. */
function signers(c: ArbitrationStepCase): { label: string; name: string; afterDate?: boolean }[] {
  if (!c.tribunal) return [];
  const [first, ...rest] = c.tribunal.arbitrators;
  return [
    ...(first ? [{ label: c.tribunal.form === 'panel' ? '首席仲裁员' : '仲裁员', name: first }] : []),
    ...rest.map((name) => ({ label: '仲裁员', name })),
    { label: '书记员', name: c.tribunal.clerk, afterDate: true },
  ];
}

function paper(kind: DocumentModel['kind'], c: ArbitrationStepCase, template: DocumentTemplate, date: string, title: string, addressee: string | null, body: DocBlock[]): DocumentModel {
  return {
    kind,
    organ: c.committee,
    title,
    // The case's number (the policy is the template's); a series policy numbers it when issued.
    number: template.numbering.mode === 'caseNumber' ? c.caseNumber : null,
    addressee,
    body,
    signature: { lines: signers(c), organ: c.committee, date, dateStyle: 'chinese', sealed: true },
    notes: [],
    layout: 'official',
  };
}

const texts = (spec: TemplateSpec, template: DocumentTemplate, values: Record<string, string>) => (name: string) => renderText(spec, template, name, values);
const lines = (text: string) => text.split('\n').map((line) => para(line, { indent: false }));

export function buildSuspensionDecision(d: SuspensionDecisionData, template: DocumentTemplate = ARBITRATION_CHANGE_TEMPLATES.suspensionDecision): DocumentModel {
  const t = texts(ARBITRATION_CHANGE_SPECS.suspensionDecision, template, { ...caseValues(d), ground: mark(d.ground), date: dateText(d.date) });
  const body = [...lines(t('parties')), para(t('facts')), para(t('ground')), para(t('decision')), para(t('clock')), para(t('effect'))];
  return paper('suspensionDecision', d, template, d.date, t('title'), null, body);
}

/** Whole days from `from` to the day before `to` (the 中止's days not counted). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function buildResumptionNotice(n: ResumptionNoticeData, template: DocumentTemplate = ARBITRATION_CHANGE_TEMPLATES.resumptionNotice): DocumentModel {
  if (n.date < n.suspendedOn) throw new DocumentInputError(`恢复日期${n.date}早于中止日期${n.suspendedOn}，请核对`);
  const values = { ...caseValues(n), date: dateText(n.date), reason: mark(n.reason), suspendedOn: dateText(n.suspendedOn), ground: mark(n.ground), pausedDays: String(daysBetween(n.suspendedOn, n.date)), awardDue: dateText(n.awardDue) };
  const t = texts(ARBITRATION_CHANGE_SPECS.resumptionNotice, template, values);
  const provisional = n.awardDueProvisional ? t('provisional') : '';
  const body = [para(t('suspended')), para(t('resumed')), para(t('clock')), ...(provisional ? [para(provisional)] : [])];
  return paper('resumptionNotice', n, template, n.date, t('title'), t('addressee'), body);
}

/** 调解仲裁法 Art. 43(1): the approved extension, notified to the parties in writing, with the period's new last day. */
export function buildExtensionNotice(n: ExtensionNoticeData, template: DocumentTemplate = ARBITRATION_CHANGE_TEMPLATES.extensionNotice): DocumentModel {
  if (!n.caseNumber) throw new DocumentInputError('本案尚未编立案号，不能制作延长审理期限通知书；请先核对本案的受理登记');
  if (n.extendedDue <= n.originalDue) throw new DocumentInputError(`延长后的届满日${n.extendedDue}不晚于原届满日${n.originalDue}，请核对`);
  const values = { ...caseValues(n), date: dateText(n.date), extensionReason: mark(n.reason), originalDue: dateText(n.originalDue), extendedDue: dateText(n.extendedDue) };
  const t = texts(ARBITRATION_CHANGE_SPECS.extensionNotice, template, values);
  const provisional = n.extendedDueProvisional ? t('provisional') : '';
  const body = [para(t('facts')), para(t('extended')), para(t('clock')), ...(provisional ? [para(provisional)] : [])];
  return paper('extensionNotice', n, template, n.date, t('title'), t('addressee'), body);
}

export function buildProvisionalRuling(r: ProvisionalRulingData, template: DocumentTemplate = ARBITRATION_CHANGE_TEMPLATES.provisionalExecutionRuling): DocumentModel {
  if (r.granted && (!r.court || r.amountFen <= 0)) throw new DocumentInputError('准予先予执行的裁定须写明金额和移送执行的人民法院（《劳动争议调解仲裁法》第四十四条）');
  const values = {
    ...caseValues(r),
    applicant: r.applicant,
    appliedOn: dateText(r.appliedOn),
    claim: r.claim,
    appliedAmount: yuanText(r.appliedAmountFen),
    facts: mark(r.facts),
    amount: yuanText(r.amountFen),
    amountWords: amountInWords(r.amountFen),
    court: r.court ?? '',
  };
  const t = texts(ARBITRATION_CHANGE_SPECS.provisionalExecutionRuling, template, values);
  const ruled = r.granted ? [para(t('granted')), para(t('security')), para(t('transfer'))] : [para(t('refused'))];
  const body = [...lines(t('parties')), para(t('application')), para(t('findings')), ...ruled, para(t('effect'))];
  return paper('provisionalExecutionRuling', r, template, r.date, t('title'), null, body);
}
