// 受理通知书 to one applicant: 调解仲裁法 Art. 29 (accept within five days and notify the applicant); 办案规则
// Arts. 30–31; DOMAIN.md §2.1 (addressee, 案号, "已收悉…决定立案受理", the tribunal and next steps, the rights and
// duties, the evidence still to supply, the date and seal).
import { caseValues, contactNotes, numberFor, organSignature, pick, tribunalText } from './arbitration-common';
import { chineseNumber, dateText, para } from './format';
import type { ArbitrationCase, DocBlock, DocumentModel } from './model';
import { DocumentInputError, renderList, renderText, type DocumentTemplate } from './template-engine';
import { acceptanceNoticeTemplate, TEMPLATE_SPECS } from './templates';

const SPEC = TEMPLATE_SPECS.acceptanceNotice;
const TRIBUNAL_LATER = '仲裁庭的组成情况，本委将自受理之日起五日内另行书面通知（《中华人民共和国劳动争议调解仲裁法》第三十二条）。';

export function buildAcceptanceNotice(
  c: ArbitrationCase,
  applicantIndex: number,
  template: DocumentTemplate = acceptanceNoticeTemplate,
  /** The tribunal is not yet composed: its composition is notified in writing later (调解仲裁法 Art. 32). */
  opts: { tribunalLater?: boolean } = {},
): DocumentModel {
  const applicant = pick(c.applicants, applicantIndex, '申请人');
  // 办案规则 Arts. 15, 44: the notice states the evidence period, before whose end claims may be added or changed.
  if (c.evidenceDeadline === null) throw new DocumentInputError('尚未确定举证期限，不能制作受理通知书：请填写本委指定的举证期限（《劳动人事争议仲裁办案规则》第十五条）');
  if (c.evidenceDeadline <= c.acceptedDate) throw new DocumentInputError(`举证期限 ${c.evidenceDeadline} 应当晚于受理日期 ${c.acceptedDate}`);
  const values = {
    ...caseValues(c),
    applicant: applicant.name,
    tribunal: tribunalText('acceptanceNotice', template, c),
    evidenceDeadline: dateText(c.evidenceDeadline),
  };
  const t = (name: string) => renderText(SPEC, template, name, values);

  const rights = renderList(SPEC, template, 'rights', values);
  const evidence = renderList(SPEC, template, 'evidence', values);
  const body: DocBlock[] = [
    para(t('opening')),
    para(opts.tribunalLater ? TRIBUNAL_LATER : t('tribunalLine')),
    para(t('nextSteps')),
    para(t('evidencePeriod')),
    para(t('rightsIntro')),
    ...rights.map((r, i) => para(`（${chineseNumber(i + 1)}）${r}`)),
  ];
  if (evidence.length > 0) body.push(para(t('evidenceIntro')), ...evidence.map((e, i) => para(`${i + 1}.${e}`)));
  body.push(para(t('receipt')));

  return {
    kind: 'acceptanceNotice',
    organ: c.committee.name,
    title: t('title'),
    number: numberFor(template.numbering, { caseNumber: c.caseNumber }),
    addressee: t('addressee'),
    body,
    // The notice is issued on the day the case is accepted (调解仲裁法 Art. 29).
    signature: organSignature(c, c.acceptedDate),
    notes: contactNotes('acceptanceNotice', template, c),
    layout: 'official',
  };
}
