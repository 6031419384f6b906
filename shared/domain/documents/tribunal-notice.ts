// 仲裁庭组成通知书 to the parties, from the stored 组庭 step: 调解仲裁法 Art. 31 (a panel with a presiding arbitrator, or a
// sole arbitrator), Art. 32 (the parties told in writing within five days of 受理 — dated the day it is made), Art. 33
// (the right to ask for recusal). Pure; the core reads the tribunal and the parties (electron/core/hearings).
import { dateText, names, para } from './format';
import type { DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';
import { tribunalNoticeSpec, tribunalNoticeTemplate } from './tribunal-notice-template';

export interface TribunalNoticeData {
  committee: string;
  caseNumber: string;
  applicants: string[];
  respondents: string[];
  acceptedDate: string;
  /** The 组庭 step's day. */
  composedOn: string;
  form: 'panel' | 'sole';
  /** Presiding (or sole) first. */
  arbitrators: string[];
  clerk: string;
  /** The day the notice is made. */
  date: string;
}

export function buildTribunalNotice(d: TribunalNoticeData, template: DocumentTemplate = tribunalNoticeTemplate): DocumentModel {
  if (d.form === 'panel' && d.arbitrators.length !== 3) throw new DocumentInputError('合议仲裁庭应由三名仲裁员组成（《劳动争议调解仲裁法》第三十一条），本案的仲裁庭组成不完整');
  if (d.form === 'sole' && d.arbitrators.length !== 1) throw new DocumentInputError('独任仲裁只由一名仲裁员审理，本案的仲裁庭组成有误');
  if (d.date < d.composedOn) throw new DocumentInputError(`通知日期 ${d.date} 早于组庭日期 ${d.composedOn}，请核对`);
  const values = {
    committee: d.committee,
    caseNumber: d.caseNumber,
    applicants: names(d.applicants),
    respondents: names(d.respondents),
    acceptedDate: dateText(d.acceptedDate),
    chief: d.arbitrators[0]!,
    members: names(d.arbitrators.slice(1)),
    clerk: d.clerk,
    // Addressed to every party: each is served its copy, recorded per party.
    recipient: names([...d.applicants, ...d.respondents]),
  };
  const t = (piece: string) => renderText(tribunalNoticeSpec, template, piece, values);
  const receipt = t('receipt');
  return {
    kind: 'tribunalNotice',
    organ: d.committee,
    title: t('title'),
    number: template.numbering.mode === 'caseNumber' ? d.caseNumber : null,
    addressee: t('addressee'),
    body: [para(t('opening')), para(t(d.form === 'panel' ? 'tribunalPanel' : 'tribunalSole')), para(t('recusal')), ...(receipt ? [para(receipt)] : [])],
    signature: { lines: [], organ: d.committee, date: d.date, dateStyle: 'arabic', sealed: true },
    notes: [],
    layout: 'official',
  };
}
