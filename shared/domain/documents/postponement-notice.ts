// 延期开庭通知书 to one party, from a stored postponement: 调解仲裁法 Art. 35 (postponement asked by a party with good
// cause and decided by the committee, or decided by the tribunal itself; the new day and place told in writing) and
// Art. 36 (the consequences of not coming, the recipient's own). It carries the new hearing's day, time and room, so
// it is that hearing's notice: its service meets the new hearing's notice clock (shared/domain/service.ts). Pure; the
// core reads the postponed hearing, its replacement and the parties (electron/core/hearings/hearing-papers.ts).
import { clockText, dateText, names, para } from './format';
import type { DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';
import { postponementNoticeSpec, postponementNoticeTemplate } from './postponement-notice-template';

export interface PostponementNoticeData {
  committee: string;
  caseNumber: string;
  applicants: string[];
  respondents: string[];
  recipient: { role: 'applicant' | 'respondent'; name: string };
  /** The hearing postponed, as it was booked. */
  original: { date: string; time: string };
  /** Who asked: a party (with the day it asked), or the tribunal's own decision. */
  requestedBy: 'applicant' | 'respondent' | 'tribunal';
  requestedOn: string | null;
  reason: string;
  /** The hearing booked in its place. */
  next: { date: string; time: string; room: string; address: string };
  /** The day the notice is made. */
  date: string;
}

export function buildPostponementNotice(d: PostponementNoticeData, template: DocumentTemplate = postponementNoticeTemplate): DocumentModel {
  if (!d.reason.trim()) throw new DocumentInputError('未登记延期开庭的理由，不能制作延期开庭通知书');
  if (d.requestedBy !== 'tribunal' && !d.requestedOn) throw new DocumentInputError('未登记当事人申请延期的日期，不能制作延期开庭通知书');
  if (d.next.date < d.date) throw new DocumentInputError(`新的开庭日期 ${d.next.date} 已过，不能再制作延期开庭通知书`);
  const applicant = d.recipient.role === 'applicant';
  const values = {
    committee: d.committee,
    caseNumber: d.caseNumber,
    applicants: names(d.applicants),
    respondents: names(d.respondents),
    originalDate: dateText(d.original.date),
    originalTime: clockText(d.original.time),
    requester: d.requestedBy === 'applicant' ? `申请人${names(d.applicants)}` : `被申请人${names(d.respondents)}`,
    postponeRequestedOn: d.requestedOn ? dateText(d.requestedOn) : '',
    postponeReason: d.reason.trim(),
    recipient: d.recipient.name,
    you: applicant ? '你' : '你单位',
    hearingDate: dateText(d.next.date),
    hearingTime: clockText(d.next.time),
    hearingRoom: d.next.room,
    hearingAddress: d.next.address,
  };
  const t = (piece: string) => renderText(postponementNoticeSpec, template, piece, values);
  const receipt = t('receipt');
  return {
    kind: 'postponementNotice',
    organ: d.committee,
    title: t('title'),
    number: template.numbering.mode === 'caseNumber' ? d.caseNumber : null,
    addressee: t('addressee'),
    body: [
      para(t('opening')),
      para(t(d.requestedBy === 'tribunal' ? 'byTribunal' : 'byParty')),
      para(t('newHearing')),
      para(t(applicant ? 'noShowApplicant' : 'noShowRespondent')),
      ...(receipt ? [para(receipt)] : []),
    ],
    signature: { lines: [], organ: d.committee, date: d.date, dateStyle: 'arabic', sealed: true },
    notes: [],
    layout: 'official',
  };
}
