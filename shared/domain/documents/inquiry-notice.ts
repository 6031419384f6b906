// 询问通知书 to a person or unit (监察条例 Art. 15(2)(3)): the case, the time and place to come, what to bring, the
// inspectors' credentials and the right to ask them to stand aside (Art. 16), the consequence of refusing (Art. 30),
// whom to contact, the bureau's seal and the date. Elements beyond the statute follow a bureau's standard notice
// (DOMAIN.md §2.2: no national form found, UNCONFIRMED) and are template data.
import { numberFor } from './arbitration-common';
import { clockText, dateText, para, run } from './format';
import type { DocBlock, DocumentModel, InquiryNoticeData } from './model';
import { DocumentInputError, renderList, renderText, type DocumentTemplate } from './template-engine';
import { inquiryNoticeTemplate, TEMPLATE_SPECS } from './templates';

const SPEC = TEMPLATE_SPECS.inquiryNotice;

export function buildInquiryNotice(n: InquiryNoticeData, template: DocumentTemplate = inquiryNoticeTemplate): DocumentModel {
  if (n.appearDate < n.issuedOn) throw new DocumentInputError(`到场日期 ${n.appearDate} 早于通知日期 ${n.issuedOn}，请改正到场时间`);
  const values = {
    addressee: n.addressee,
    caseTitle: n.caseTitle,
    caseRef: n.caseNumber ? `（${n.caseNumber}）` : '',
    appearDate: dateText(n.appearDate),
    appearTime: clockText(n.appearTime),
    place: n.place,
    contactNames: n.contactNames.join('、'),
    contactPhone: n.contactPhone ?? '',
  };
  const t = (name: string) => renderText(SPEC, template, name, values);
  const bring = [...n.bring.map((b) => b.replace(/[。；;，,、\s]+$/u, '') + '；'), ...renderList(SPEC, template, 'bringAlways', values)];
  const body: DocBlock[] = [para(t('opening'))];
  if (bring.length > 0) body.push(para(t('bringIntro')), ...bring.map((b, i) => para(`${i + 1}.${i === bring.length - 1 ? b.replace(/；$/u, '。') : b}`)));
  for (const piece of ['unitRepresentative', 'rights', 'refusal', 'receipt']) {
    const text = t(piece);
    if (text) body.push(para(text));
  }
  return {
    kind: 'inquiryNotice',
    organ: n.organ,
    title: t('title'),
    number: numberFor(template.numbering, n.caseNumber ? { caseNumber: n.caseNumber } : {}),
    addressee: t('addressee'),
    body,
    signature: { lines: [], organ: n.organ, date: n.issuedOn, dateStyle: 'arabic', sealed: true },
    notes: renderList(SPEC, template, 'contact', values).map((line) => [run(line)]),
    layout: 'official',
  };
}
