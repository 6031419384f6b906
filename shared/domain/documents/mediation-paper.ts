// 仲裁调解书 from the stored 制作调解书 step (调解仲裁法 Art. 42): the parties, the claims as applied, the facts found,
// the agreed items with their amounts, by when and how they are paid, the other terms, the statement that it takes
// effect on the parties' signature; signed by the arbitrators (首席仲裁员, 仲裁员) and the clerk, under the committee's
// seal. Pure; the core reads the case (electron/core/arbitration/mediation-paper.ts).
import { chineseNumber, dateText, names, para, sexText, yuanText } from './format';
import type { DocBlock, DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';
import { mediationPaperSpec, mediationPaperTemplate } from './mediation-paper-template';

export interface MediationPaperData {
  committee: string;
  caseNumber: string;
  cause: string;
  applicants: { name: string; sex: 'M' | 'F' | null; birthDate: string | null; idNumber: string | null; address: string | null }[];
  respondents: { name: string; address: string | null; legalRep: { name: string; title: string } | null }[];
  applicationDate: string;
  acceptedDate: string;
  tribunal: { chief: string; members: string[]; clerk: string };
  /** The claims as the application stated them, with their amounts (null: no amount). */
  claims: { text: string; amountFen: number | null }[];
  facts: string[];
  claimant: string;
  items: { label: string; amountFen: number }[];
  payBy: string;
  payMethod: string;
  otherTerms: string[];
  /** The day the 调解书 is made (the step's date). */
  date: string;
}

const end = (s: string, last: boolean) => `${s.replace(/[。；;，,\s]+$/u, '')}${last ? '。' : '；'}`;

export function buildMediationPaper(d: MediationPaperData, template: DocumentTemplate = mediationPaperTemplate): DocumentModel {
  if (d.items.length === 0) throw new DocumentInputError('调解协议没有确定支付的款项，不能制作仲裁调解书');
  if (!d.tribunal.chief || !d.tribunal.clerk) throw new DocumentInputError('本案仲裁庭的组成不完整，不能制作仲裁调解书（调解书由仲裁员署名）');
  if (d.payBy < d.date) throw new DocumentInputError(`最迟支付日期 ${d.payBy} 早于调解书制作日期 ${d.date}，请核对`);
  const tribunalValues = { chief: d.tribunal.chief, members: names(d.tribunal.members), clerk: d.tribunal.clerk };
  const t = (piece: string, v: Record<string, string> = {}) => renderText(mediationPaperSpec, template, piece, v);
  const tribunal = t(d.tribunal.members.length > 0 ? 'tribunalPanel' : 'tribunalSole', tribunalValues);
  const caseValues = {
    committee: d.committee,
    caseNumber: d.caseNumber,
    cause: d.cause,
    applicants: names(d.applicants.map((a) => a.name)),
    respondents: names(d.respondents.map((r) => r.name)),
    applicationDate: dateText(d.applicationDate),
    acceptedDate: dateText(d.acceptedDate),
  };
  const body: DocBlock[] = [];
  for (const a of d.applicants) {
    const parts = [sexText(a.sex), a.birthDate ? `${dateText(a.birthDate)}出生` : '', a.idNumber ? `公民身份号码${a.idNumber}` : '', a.address ? `住${a.address}` : ''].filter(Boolean);
    body.push(para(`${t('applicantLabel')}：${a.name}${parts.length ? `，${parts.join('，')}` : ''}。`));
  }
  for (const r of d.respondents) {
    body.push(para(`${t('respondentLabel')}：${r.name}${r.address ? `，住所地${r.address}` : ''}。`));
    if (r.legalRep) body.push(para(t('legalRep', { legalRepName: r.legalRep.name, legalRepTitle: r.legalRep.title })));
  }
  body.push(para(t('procedure', { ...caseValues, tribunal })));
  body.push(para(t('claimsIntro', caseValues)));
  d.claims.forEach((c, i) => body.push(para(end(`${i + 1}.${c.text}${c.amountFen !== null ? `${yuanText(c.amountFen)}` : ''}`, i === d.claims.length - 1))));
  if (d.facts.length > 0) body.push(para(t('factsIntro')), ...d.facts.map((f) => para(f)));
  body.push(para(t('agreementIntro')));
  const total = d.items.reduce((s, x) => s + x.amountFen, 0);
  const terms = [
    ...d.items.map((x) => t('item', { claimant: d.claimant, what: x.label, amount: yuanText(x.amountFen) })),
    t('payment', { payBy: dateText(d.payBy), payMethod: d.payMethod, totalAmount: yuanText(total) }),
    ...d.otherTerms,
  ];
  terms.forEach((x, i) => body.push(para(end(`${chineseNumber(i + 1)}、${x}`, i === terms.length - 1))));
  body.push(para(t('effect')));
  return {
    kind: 'mediationPaper',
    organ: d.committee,
    title: t('title'),
    number: template.numbering.mode === 'caseNumber' ? d.caseNumber : null,
    addressee: null,
    body,
    // 调解仲裁法 Art. 42(2): signed by the arbitrators, sealed by the committee; the clerk under the date, by custom.
    signature: {
      lines: [
        { label: d.tribunal.members.length > 0 ? '首席仲裁员' : '仲裁员', name: d.tribunal.chief },
        ...d.tribunal.members.map((m) => ({ label: '仲裁员', name: m })),
        { label: '书记员', name: d.tribunal.clerk, afterDate: true },
      ],
      organ: d.committee,
      date: d.date,
      dateStyle: 'chinese',
      sealed: true,
    },
    notes: [],
    layout: 'official',
  };
}
