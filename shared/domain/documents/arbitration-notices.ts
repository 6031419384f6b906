// 回避决定书, 应诉通知书 and 举证通知书 from the stored arbitration (templates: arbitration-notice-templates.ts). Pure:
// the core reads the steps as applied, the parties, the tribunal and the 举证期限 the 指定举证期限 step set
// (electron/core/arbitration/notice-papers.ts); each paper checks its dates against the case's before printing.
import { chineseNumber, dateText, names, para } from './format';
import type { ArbitrationStepCase } from './arbitration-change-papers';
import { ARBITRATION_NOTICE_SPECS, ARBITRATION_NOTICE_TEMPLATES } from './arbitration-notice-templates';
import type { DocumentModel } from './model';
import { DocumentInputError, renderList, renderText, type DocumentTemplate, type TemplateSpec } from './template-engine';

/** 回避决定书: the application (the latest) and its decision. */
export interface RecusalDecisionData extends ArbitrationStepCase {
  applicant: string;
  person: string;
  /** '仲裁员', '书记员', '仲裁员（仲裁委员会主任）'. */
  seatLabel: string;
  /** Who takes the person's place: '仲裁员' or '书记员'. */
  replacementSeat: string;
  appliedOn: string;
  grounds: string;
  granted: boolean;
  reason: string;
  /** '仲裁委员会主任', '仲裁院负责人（受主任指定）', '仲裁委员会'. */
  deciderLabel: string;
  deciderName: string;
  /** Whether the decider is the committee itself (no person's signature line). */
  byCommittee: boolean;
  date: string;
}

/** One party's paper: its name, side, and whether it is an organisation (你单位) or a person (你). */
export interface PaperRecipient {
  name: string;
  side: 'applicant' | 'respondent';
  organisation: boolean;
}

/** 应诉通知书 to one respondent, with the application's copy. */
export interface RespondentNoticeData extends ArbitrationStepCase {
  recipient: PaperRecipient;
  applicationDate: string;
  claims: readonly string[];
  /** The 举证期限 the tribunal set, or null (the 举证通知书 follows). */
  evidenceDeadline: string | null;
  date: string;
}

/** 举证通知书 to one party. */
export interface EvidenceNoticeData extends ArbitrationStepCase {
  recipient: PaperRecipient;
  /** The day the 举证期限 was set, and its last day. */
  setOn: string;
  evidenceDeadline: string;
  date: string;
}

const mark = (text: string) => text.replace(/[。；;，,\s]+$/u, '');
const texts = (spec: TemplateSpec, template: DocumentTemplate, values: Record<string, string>) => (name: string) => renderText(spec, template, name, values);
const lines = (text: string) => text.split('\n').map((line) => para(line, { indent: false }));

function caseValues(c: ArbitrationStepCase): Record<string, string> {
  if (c.applicants.length === 0 || c.respondents.length === 0) throw new DocumentInputError('本案没有登记申请人或被申请人，不能制作该文书；请先在案卷中登记当事人');
  if (!c.caseNumber) throw new DocumentInputError('本案尚未编立案号（受理时编号），不能制作该文书');
  return { committee: c.committee, caseNumber: c.caseNumber, applicants: names(c.applicants), respondents: names(c.respondents), acceptedOn: dateText(c.acceptedOn) };
}

function model(kind: DocumentModel['kind'], c: ArbitrationStepCase, template: DocumentTemplate, title: string, addressee: string | null, body: DocumentModel['body'], date: string, signers: { label: string; name: string }[] = []): DocumentModel {
  return {
    kind,
    organ: c.committee,
    title,
    number: template.numbering.mode === 'caseNumber' ? c.caseNumber : null,
    addressee,
    body,
    signature: { lines: signers, organ: c.committee, date, dateStyle: 'chinese', sealed: true },
    notes: [],
    layout: 'official',
  };
}

/** The 回避决定书 (调解仲裁法 Arts. 33–34; 办案规则 Art. 11): decided after the application, signed by who decided, sealed. */
export function buildRecusalDecision(d: RecusalDecisionData, template: DocumentTemplate = ARBITRATION_NOTICE_TEMPLATES.recusalDecision): DocumentModel {
  if (d.date < d.appliedOn) throw new DocumentInputError(`回避决定的日期 ${d.date} 早于回避申请的日期 ${d.appliedOn}，请核对`);
  const decidedBy = d.byCommittee ? '仲裁委员会' : `${d.deciderLabel}${d.deciderName}`;
  const values = {
    ...caseValues(d),
    recusalApplicant: d.applicant,
    recusalPerson: d.person,
    recusalSeat: d.seatLabel,
    recusalAppliedOn: dateText(d.appliedOn),
    recusalGrounds: mark(d.grounds),
    decisionReason: mark(d.reason),
    decidedBy,
    decidedOn: dateText(d.date),
    replacementSeat: d.replacementSeat,
  };
  const t = texts(ARBITRATION_NOTICE_SPECS.recusalDecision, template, values);
  const body = [...lines(t('parties')), para(t('application')), para(t('findings')), para(t(d.granted ? 'granted' : 'refused')), para(t('effect'))];
  const signers = d.byCommittee ? [] : [{ label: d.deciderLabel.replace(/（.*）$/u, ''), name: d.deciderName }];
  return model('recusalDecision', d, template, t('title'), null, body, d.date, signers);
}

const you = (r: PaperRecipient) => (r.organisation ? '你单位' : '你');

/** '由仲裁员王芳担任首席仲裁员，仲裁员李明、罗布组成合议仲裁庭审理，书记员央金担任记录'. */
function tribunalText(t: NonNullable<ArbitrationStepCase['tribunal']>): string {
  const [chief, ...members] = t.arbitrators;
  const seat = t.form === 'panel' ? `由仲裁员${chief}担任首席仲裁员，仲裁员${names(members)}组成合议仲裁庭审理` : `由仲裁员${chief}独任审理`;
  return `${seat}，书记员${t.clerk}担任记录`;
}

/** The 应诉通知书 to one respondent (调解仲裁法 Art. 30): the claims, the 10 days to answer, the tribunal, the 举证期限, rights. */
export function buildRespondentNotice(d: RespondentNoticeData, template: DocumentTemplate = ARBITRATION_NOTICE_TEMPLATES.respondentNotice): DocumentModel {
  if (d.recipient.side !== 'respondent') throw new DocumentInputError('应诉通知书送达被申请人，受通知人不是本案的被申请人');
  if (d.date < d.acceptedOn) throw new DocumentInputError(`通知日期 ${d.date} 早于受理日期 ${d.acceptedOn}，请核对`);
  if (d.evidenceDeadline !== null && d.evidenceDeadline <= d.acceptedOn) throw new DocumentInputError(`举证期限 ${d.evidenceDeadline} 应当晚于受理日期 ${d.acceptedOn}`);
  const values = { ...caseValues(d), you: you(d.recipient), recipient: d.recipient.name, applicationDate: dateText(d.applicationDate) };
  const t = texts(ARBITRATION_NOTICE_SPECS.respondentNotice, template, {
    ...values,
    tribunal: d.tribunal ? tribunalText(d.tribunal) : '',
    evidenceDeadline: d.evidenceDeadline ? dateText(d.evidenceDeadline) : '',
  });
  const intro = t('claimsIntro');
  const rights = renderList(ARBITRATION_NOTICE_SPECS.respondentNotice, template, 'rights', values);
  const receipt = t('receipt');
  const body = [
    para(t('opening')),
    ...(intro && d.claims.length > 0 ? [para(intro), ...d.claims.map((c, i) => para(`${i + 1}.${mark(c)}；`))] : []),
    para(t('defence')),
    para(t('papers')),
    para(d.tribunal ? t('tribunalComposed') : t('tribunalLater')),
    para(d.evidenceDeadline ? t('evidenceSet') : t('evidenceLater')),
    para(t('rightsIntro')),
    ...rights.map((r, i) => para(`（${chineseNumber(i + 1)}）${r}`)),
    ...(receipt ? [para(receipt)] : []),
    para(t('enclosure'), { indent: false }),
  ];
  return model('respondentNotice', d, template, t('title'), t('addressee'), body, d.date);
}

/** The 举证通知书 to one party (办案规则 Arts. 13, 15, 44; 调解仲裁法 Arts. 6, 39): the 举证期限 as a date, the burden by side. */
export function buildEvidenceNotice(d: EvidenceNoticeData, template: DocumentTemplate = ARBITRATION_NOTICE_TEMPLATES.evidenceNotice): DocumentModel {
  if (d.evidenceDeadline <= d.setOn) throw new DocumentInputError(`举证期限 ${d.evidenceDeadline} 应当晚于指定举证期限的日期 ${d.setOn}`);
  if (d.date < d.acceptedOn) throw new DocumentInputError(`通知日期 ${d.date} 早于受理日期 ${d.acceptedOn}，请核对`);
  const values = { ...caseValues(d), you: you(d.recipient), recipient: d.recipient.name, applicationDate: '', setOn: dateText(d.setOn), evidenceDeadline: dateText(d.evidenceDeadline) };
  const t = texts(ARBITRATION_NOTICE_SPECS.evidenceNotice, template, values);
  const employer = d.recipient.side === 'respondent';
  const list = employer ? renderList(ARBITRATION_NOTICE_SPECS.evidenceNotice, template, 'employerEvidence', values) : [];
  const intro = t('employerIntro');
  const receipt = t('receipt');
  const body = [
    para(t('opening')),
    para(t('deadline')),
    para(t('burden')),
    para(t(employer ? 'employerBurden' : 'workerHelp')),
    ...(intro && list.length > 0 ? [para(intro), ...list.map((e, i) => para(`${i + 1}.${e}`))] : []),
    para(t('late')),
    ...(employer ? [] : [para(t('claimChanges'))]),
    ...(receipt ? [para(receipt)] : []),
  ];
  return model('evidenceNotice', d, template, t('title'), t('addressee'), body, d.date);
}
