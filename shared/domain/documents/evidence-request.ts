// 调取证据通知书 (监察条例 Art. 15(3)(4)): to the employer or another unit — the case, the evidence to provide as a
// numbered list, by when and where, the duty to provide it truly and the consequence of refusing (Art. 30), whom to
// contact, the bureau's seal and the date. Numbered from its own series; served through 送达.
import { numberFor } from './arbitration-common';
import { evidenceRequestSpec as SPEC, evidenceRequestTemplate } from './evidence-request-template';
import { dateText, para, run } from './format';
import type { DocBlock, DocumentModel } from './model';
import { DocumentInputError, renderList, renderText, type DocumentTemplate } from './template-engine';

export interface EvidenceRequestData {
  organ: string;
  caseNumber: string | null;
  caseTitle: string;
  addressee: string;
  items: string[];
  /** 'YYYY-MM-DD' */
  dueDate: string;
  place: string;
  contactNames: string[];
  contactPhone: string | null;
  issuedOn: string;
}

export function buildEvidenceRequest(n: EvidenceRequestData, template: DocumentTemplate = evidenceRequestTemplate): DocumentModel {
  if (n.items.length === 0) throw new DocumentInputError('调取证据通知书须列明要提供的证据材料');
  if (n.dueDate < n.issuedOn) throw new DocumentInputError(`提供期限 ${n.dueDate} 早于通知日期 ${n.issuedOn}，请改正提供期限`);
  const values = {
    addressee: n.addressee,
    caseTitle: n.caseTitle,
    caseRef: n.caseNumber ? `（${n.caseNumber}）` : '',
    dueDate: dateText(n.dueDate),
    place: n.place,
    contactNames: n.contactNames.join('、'),
    contactPhone: n.contactPhone ?? '',
  };
  const t = (name: string) => renderText(SPEC, template, name, values);
  const items = n.items.map((x) => x.replace(/[。；;，,、\s]+$/u, ''));
  const body: DocBlock[] = [para(t('opening')), ...items.map((x, i) => para(`${i + 1}.${x}${i === items.length - 1 ? '。' : '；'}`))];
  for (const piece of ['duty', 'refusal']) {
    const text = t(piece);
    if (text) body.push(para(text));
  }
  return {
    kind: 'evidenceRequestNotice',
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
