// 开庭通知书 to one party: 调解仲裁法 Art. 35 (the hearing's date and place in writing, served at least five days
// before; postponement asked at least three days before) and Art. 36 (no-show: the applicant may be deemed to
// have withdrawn, the respondent may have a default award). Each party's notice states its own consequence. A
// notice whose hearing date breaks a rule the engine knows (too late to serve five days before, or inside the
// defence period) is refused, with the earliest lawful date.
import { checkHearingDate, type HearingDateContext } from '../hearing-date';
import { caseValues, contactNotes, numberFor, organSignature, pick, tribunalText } from './arbitration-common';
import { clockText, dateText, para } from './format';
import type { ArbitrationCase, DocBlock, DocumentModel } from './model';
import { DocumentInputError, renderList, renderText, type DocumentTemplate } from './template-engine';
import { hearingNoticeTemplate, TEMPLATE_SPECS } from './templates';

const SPEC = TEMPLATE_SPECS.hearingNotice;

export interface HearingNoticeRecipient {
  role: 'applicant' | 'respondent';
  index: number;
}

/**
 * `issuedDate` ('YYYY-MM-DD') is the notice's date, against which the hearing date is checked; null leaves the date
 * for the clerk to write and checks only the defence period. `ctx` is the bureau's calendar, deadline settings and
 * service allowance (the defaults: the bundled calendar, the statutory settings, 2 days).
 */
export function buildHearingNotice(
  c: ArbitrationCase,
  recipient: HearingNoticeRecipient,
  template: DocumentTemplate = hearingNoticeTemplate,
  issuedDate: string | null = null,
  ctx: HearingDateContext = {},
  /** The parties agreed to a notice shorter than Art. 35's (recorded on the booking): only the defence period is checked. */
  shortNoticeAgreed = false,
): DocumentModel {
  const hearing = c.hearing;
  if (hearing === null) throw new DocumentInputError('尚未确定开庭日期和地点，不能制作开庭通知书');
  if (c.applicationServedOn !== null && c.applicationServedOn < c.acceptedDate) {
    throw new DocumentInputError(`申请书副本的送达日期 ${c.applicationServedOn} 早于受理日期 ${c.acceptedDate}，请核对`);
  }
  if (issuedDate !== null && c.applicationServedOn !== null && c.applicationServedOn > issuedDate) {
    throw new DocumentInputError(`申请书副本的送达日期 ${c.applicationServedOn} 晚于本通知的日期 ${issuedDate}：尚未送达的，请不填送达日期`);
  }
  const check = checkHearingDate(hearing.date, issuedDate ?? c.acceptedDate, c.applicationServedOn, ctx);
  // Without an issue date only the defence period can be checked (the notice's own timing is the clerk's date).
  const problems = issuedDate === null || shortNoticeAgreed ? check.problems.filter((p) => p.includes('答辩期内')) : check.problems;
  if (problems.length > 0) {
    throw new DocumentInputError(`开庭日期不合法，不能制作开庭通知书：${problems.join('；')}。${issuedDate === null ? '' : `按今天制作，开庭日期最早为 ${check.earliest}。`}`);
  }
  const applicant = recipient.role === 'applicant';
  const name = applicant ? pick(c.applicants, recipient.index, '申请人').name : pick(c.respondents, recipient.index, '被申请人').name;
  const values = {
    ...caseValues(c),
    recipient: name,
    you: applicant ? '你' : '你单位',
    hearingDate: dateText(hearing.date),
    hearingTime: clockText(hearing.time),
    hearingRoom: hearing.room,
    hearingAddress: hearing.address,
    tribunal: tribunalText('hearingNotice', template, c),
  };
  const t = (piece: string) => renderText(SPEC, template, piece, values);

  const bring = renderList(SPEC, template, applicant ? 'bringApplicant' : 'bringRespondent', values);
  const body: DocBlock[] = [para(t('opening')), para(t('tribunalLine'))];
  if (bring.length > 0) body.push(para(t('bringIntro')), ...bring.map((b, i) => para(`${i + 1}.${b}`)));
  body.push(para(t(applicant ? 'noShowApplicant' : 'noShowRespondent')), para(t('postponement')), para(t('receipt')));

  return {
    kind: 'hearingNotice',
    organ: c.committee.name,
    title: t('title'),
    number: numberFor(template.numbering, { caseNumber: c.caseNumber }),
    addressee: t('addressee'),
    body,
    signature: organSignature(c, issuedDate),
    notes: contactNotes('hearingNotice', template, c),
    layout: 'official',
  };
}
