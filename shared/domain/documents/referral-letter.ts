// 涉嫌犯罪案件移送书 for the 移送公安 proceeding (刑法 Art. 276-1): the facts, the order to pay served (or posted and
// recorded, 法释〔2013〕3号 Art. 4) and unpaid after its deadline, the workers and what each is still owed from the
// stored payments, the facts of evasion or ability to pay with their evidence (Art. 2), the leader's approval, the
// evidence list of the file (国务院令第310号), addressed to the 公安机关 with the copy to the 检察院. Pure; the core
// reads the proceeding, its file and the inspection (electron/core/referrals/referral-papers.ts).
import { amountInWords } from '../money';
import { dateText, labelCell, para, valueCell, whole, yuanText } from './format';
import type { DocBlock, DocumentModel } from './model';
import { PROCEEDING_PAPER_SPECS, PROCEEDING_PAPER_TEMPLATES } from './proceeding-paper-templates';
import { bareText, caseValues, officialPaper, texts, type ProceedingPaperCase } from './proceeding-paper-common';
import { DocumentInputError, type DocumentTemplate } from './template-engine';

export interface ReferralLetterData extends ProceedingPaperCase {
  filedOn: string | null;
  /** The day the leader approved the referral (policeReferral.refer) and who approved it. */
  approvedOn: string;
  approver: string | null;
  police: string;
  procuratorate: string;
  order: { date: string; deadline: string; servedOn: string | null; posted: boolean } | null;
  /** Every worker still owed, with the months unpaid where recorded. */
  workers: { name: string; outstandingFen: number; months: number | null }[];
  /** The facts recorded for 法释〔2013〕3号 Art. 2, with their evidence. */
  grounds: { fact: string; evidenceTitle: string | null }[];
  evidence: { seq: number; title: string; purpose: string; pages: number | null }[];
}

const SPEC = PROCEEDING_PAPER_SPECS.referralLetter;

export function buildReferralLetter(d: ReferralLetterData, template: DocumentTemplate = PROCEEDING_PAPER_TEMPLATES.referralLetter): DocumentModel {
  // 法释〔2013〕3号 Art. 4: without an order served (or posted) and unpaid there is no 经责令支付仍不支付.
  if (!d.order || !d.order.servedOn) throw new DocumentInputError('移送以限期改正（支付）指令书已送达（或张贴）为前提（法释〔2013〕3号第四条），本案未登记指令书的送达');
  if (d.workers.length === 0) throw new DocumentInputError('本案劳动者的工资已无拖欠，不能制作涉嫌犯罪案件移送书');
  const outstandingFen = d.workers.reduce((s, w) => s + w.outstandingFen, 0);
  const values = {
    ...caseValues(d),
    // The facts were found for the employer (“你单位”); this letter speaks of it to the police.
    facts: caseValues(d).facts.replaceAll('你单位', '该单位'),
    filedOn: d.filedOn ? dateText(d.filedOn) : '',
    police: d.police,
    procuratorate: d.procuratorate,
    orderDate: dateText(d.order.date),
    orderDeadline: dateText(d.order.deadline),
    orderServedOn: dateText(d.order.servedOn),
    servedHow: d.order.posted ? '在该单位经营场所或者施工现场张贴并拍照记录，视为送达' : '送达该单位',
    workerCount: String(d.workers.length),
    outstanding: yuanText(outstandingFen),
    outstandingWords: amountInWords(outstandingFen),
    today: dateText(d.issuedOn),
    approvedOn: dateText(d.approvedOn),
    approver: d.approver ?? '',
    evidenceCount: String(d.evidence.length),
  };
  const t = texts(SPEC, template, values);
  const workers: DocBlock = {
    type: 'table',
    columns: [1.2, 3.4, 3.0, 3.4],
    size: 'small',
    rows: [
      { cells: ['序号', '劳动者', '拖欠月数', '尚欠劳动报酬'].map((h) => labelCell(h, { align: 'center' })) },
      ...d.workers.map((w, i) => ({
        cells: [valueCell(String(i + 1), { align: 'center' }), valueCell(w.name), valueCell(w.months ? `${w.months}个月` : '—', { align: 'center' }), valueCell([whole(yuanText(w.outstandingFen))], { align: 'right' })],
      })),
    ],
  };
  const body: DocBlock[] = [para(t('opening'))];
  if (d.facts.trim()) body.push(para(t('found')));
  body.push(para(t('order')), para(t('unpaid')), workers);
  if (d.grounds.length > 0) {
    body.push(para(t('groundsIntro')));
    d.grounds.forEach((g, i) => body.push(para(`${i + 1}. ${bareText(g.fact)}${g.evidenceTitle ? `（证据：${g.evidenceTitle}）` : ''}。`)));
  }
  body.push(para(t('law')));
  if (d.approver) body.push(para(t('approval')));
  if (d.evidence.length > 0) {
    body.push(para(t('evidenceIntro')), {
      type: 'table',
      columns: [1.2, 4.6, 6.4, 1.6],
      size: 'small',
      rows: [
        { cells: ['序号', '证据名称', '证明目的', '页数'].map((h) => labelCell(h, { align: 'center' })) },
        ...d.evidence.map((e) => ({ cells: [valueCell(String(e.seq), { align: 'center' }), valueCell(e.title), valueCell(e.purpose), valueCell(e.pages === null ? '' : String(e.pages), { align: 'center' })] })),
      ],
    });
  } else body.push(para(t('noEvidence')));
  body.push(para(t('reply')), para(t('copyTo'), { indent: false }));
  return officialPaper('referralLetter', d, template, { title: t('title'), date: d.approvedOn, addressee: t('addressee'), body });
}
