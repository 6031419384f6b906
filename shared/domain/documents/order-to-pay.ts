// 劳动保障监察限期改正（支付）指令书 (DOMAIN.md §2.2): the violation found, its scope (the workers and the amount),
// the basis (监察条例 Art. 26), the date to pay by and what follows if the employer does not pay; the organ's seal and
// the date it is made. Its service to the employer — posted at the site where the employer absconded — counts for a
// later referral (法释〔2013〕3号 Art. 4).
import { dateText, para, yuanText } from './format';
import type { DocumentModel, OrderToPay } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';
import { orderToPayTemplate, TEMPLATE_SPECS } from './templates';
import { numberFor } from './arbitration-common';

const SPEC = TEMPLATE_SPECS.orderToPay;

export function buildOrderToPay(o: OrderToPay, template: DocumentTemplate = orderToPayTemplate): DocumentModel {
  if (o.deadline <= o.date) throw new DocumentInputError(`限期支付日期 ${o.deadline} 应当晚于指令书作出日期 ${o.date}`);
  const values = {
    employer: o.employer,
    facts: o.facts,
    workers: String(o.workers),
    amount: yuanText(o.amountFen),
    date: dateText(o.date),
    deadline: dateText(o.deadline),
    caseNumber: o.caseNumber,
  };
  const t = (name: string) => renderText(SPEC, template, name, values);
  const reportBack = t('reportBack');
  return {
    kind: 'orderToPay',
    organ: o.organ,
    title: t('title'),
    number: numberFor(template.numbering, { caseNumber: o.caseNumber }),
    addressee: t('addressee'),
    body: [para(t('finding')), para(t('order')), para(t('consequence')), ...(reportBack ? [para(reportBack)] : [])],
    signature: { lines: [], organ: o.organ, date: o.date, dateStyle: 'arabic', sealed: true },
    notes: [],
    layout: 'official',
  };
}
