// 收件回执, 补正通知书 and 不予受理通知书 from the stored application (办案规则 Arts. 29, 31, 46; 调解仲裁法 Art. 29).
// Pure: the core reads the application, the proceeding's steps and the clock the engine counts (arbitration-papers);
// the wording is the template's (arbitration-application-templates.ts).
import { APPLICATION_PAPER_SPECS, APPLICATION_PAPER_TEMPLATES } from './arbitration-application-templates';
import { dateText, names, para } from './format';
import type { DocBlock, DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';

/** What the application's papers read of the stored case. */
export interface ApplicationPaperData {
  committee: string;
  caseTitle: string;
  applicants: readonly string[];
  respondents: readonly string[];
  /** The day the application was received (the last 补正 restarts it: 办案规则 Art. 46(2)). */
  receivedOn: string;
  claims: readonly string[];
  /** 证据和证据来源, as the application lists them. */
  evidence: string | null;
  /** The day the committee must decide on acceptance (调解仲裁法 Art. 29), as the engine counts it. */
  decideBy: string | null;
  /** The stored requestSupplement step: its date and every item. */
  supplement: { date: string; items: readonly string[] } | null;
  /** The stored reject step. */
  rejection: { date: string; reason: string } | null;
}

function values(d: ApplicationPaperData): Record<string, string> {
  return {
    committee: d.committee,
    caseTitle: d.caseTitle,
    applicants: names(d.applicants),
    respondents: names(d.respondents),
    receivedOn: dateText(d.receivedOn),
    claimCount: String(d.claims.length),
  };
}

function paper(kind: DocumentModel['kind'], d: ApplicationPaperData, date: string, title: string, addressee: string, body: DocBlock[]): DocumentModel {
  return {
    kind,
    organ: d.committee,
    title,
    number: null,
    addressee,
    body,
    signature: { lines: [], organ: d.committee, date, dateStyle: 'arabic', sealed: true },
    notes: [],
    layout: 'official',
  };
}

const stop = (s: string) => s.trim().replace(/[。；;，,\s]+$/u, '');

/** 收件回执 (办案规则 Art. 29): what was received, on which day, and by when acceptance is decided. */
export function buildApplicationReceipt(d: ApplicationPaperData, template: DocumentTemplate = APPLICATION_PAPER_TEMPLATES.applicationReceipt): DocumentModel {
  if (d.applicants.length === 0) throw new DocumentInputError('本案没有申请人，不能制作收件回执');
  const spec = APPLICATION_PAPER_SPECS.applicationReceipt;
  const v = { ...values(d), decideBy: d.decideBy ? dateText(d.decideBy) : '' };
  const t = (name: string) => renderText(spec, template, name, v);
  const materials = ['仲裁申请书（含仲裁请求' + d.claims.length + '项）', ...(d.evidence ? [`证据材料：${stop(d.evidence)}`] : [])];
  const body = [para(t('opening')), para(t('materialsIntro')), ...materials.map((m, i) => para(`${i + 1}.${m}。`)), para(t('next'))];
  return paper('applicationReceipt', d, d.receivedOn, t('title'), t('addressee'), body);
}

/** 补正通知书 (办案规则 Art. 29): every missing item of the stored step, at once; Art. 46(2) the restart. */
export function buildSupplementNotice(d: ApplicationPaperData, template: DocumentTemplate = APPLICATION_PAPER_TEMPLATES.supplementNotice): DocumentModel {
  if (!d.supplement || d.supplement.items.length === 0) throw new DocumentInputError('本案尚未一次性告知补正，不能制作补正通知书；请先在办案步骤中办理“一次性告知补正”');
  const spec = APPLICATION_PAPER_SPECS.supplementNotice;
  const v = { ...values(d), supplementDate: dateText(d.supplement.date) };
  const t = (name: string) => renderText(spec, template, name, v);
  const body = [para(t('opening')), para(t('itemsIntro')), ...d.supplement.items.map((m, i, all) => para(`${i + 1}.${stop(m)}${i === all.length - 1 ? '。' : '；'}`)), para(t('restart'))];
  const how = t('how');
  if (how) body.push(para(how));
  return paper('supplementNotice', d, d.supplement.date, t('title'), t('addressee'), body);
}

/** 不予受理通知书 (调解仲裁法 Art. 29; 办案规则 Art. 31): the reasons and the route to court. */
export function buildRejectionNotice(d: ApplicationPaperData, template: DocumentTemplate = APPLICATION_PAPER_TEMPLATES.rejectionNotice): DocumentModel {
  if (!d.rejection) throw new DocumentInputError('本案尚未决定不予受理，不能制作不予受理通知书；请先在办案步骤中办理“不予受理”');
  const spec = APPLICATION_PAPER_SPECS.rejectionNotice;
  const v = { ...values(d), reason: stop(d.rejection.reason), decisionDate: dateText(d.rejection.date) };
  const t = (name: string) => renderText(spec, template, name, v);
  return paper('rejectionNotice', d, d.rejection.date, t('title'), t('addressee'), [para(t('decision')), para(t('court'))]);
}
