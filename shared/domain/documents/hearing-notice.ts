// 开庭通知书 to one party: 调解仲裁法 Art. 35 (the hearing's date and place in writing, served at least five days
// before; postponement asked at least three days before) and Art. 36 (no-show: the applicant may be deemed to
// have withdrawn, the respondent may have a default award). Each party's notice states its own consequence.
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
 * `issuedDate` ('YYYY-MM-DD') is the notice's date; null leaves the date for the clerk to write. Whether it is
 * served in time (≥ 5 days before the hearing, Art. 35) is the deadline engine's question, not the builder's.
 */
export function buildHearingNotice(
  c: ArbitrationCase,
  recipient: HearingNoticeRecipient,
  template: DocumentTemplate = hearingNoticeTemplate,
  issuedDate: string | null = null,
): DocumentModel {
  const hearing = c.hearing;
  if (hearing === null) throw new DocumentInputError('尚未确定开庭日期和地点，不能制作开庭通知书');
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
