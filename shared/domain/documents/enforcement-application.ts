// 强制执行申请书 to the people's court (行政强制法 Arts. 53–55; 保障农民工工资支付条例 Art. 42): the decisions enforced
// with their service, the challenge periods run out, the 催告 and its expiry, and what remains unpaid per worker from
// the stored payments (only a worker's own receipt counts, 条例 Arts. 11, 31). Signed by the organ's head and sealed
// (Art. 55). Pure; the core reads the inspection's steps (electron/core/proceedings/enforcement-papers.ts).
import { amountInWords } from '../money';
import { dateText, labelCell, para, valueCell, whole, yuanText } from './format';
import type { DocBlock, DocumentModel } from './model';
import { PROCEEDING_PAPER_SPECS, PROCEEDING_PAPER_TEMPLATES } from './proceeding-paper-templates';
import { caseValues, officialPaper, partyBlocks, texts, type ProceedingPaperCase } from './proceeding-paper-common';
import { DocumentInputError, type DocumentTemplate } from './template-engine';

export interface EnforcementApplicationData extends ProceedingPaperCase {
  /** The day of the application (applyEnforcement) and the court it goes to. */
  date: string;
  court: string;
  /** The organ's head who signs (Art. 55), where one is recorded. */
  leader: string | null;
  filedOn: string | null;
  decisions: { kind: 'handling' | 'penalty'; date: string; number: string | null; amountFen: number; servedOn: string | null }[];
  appealEnd: string | null;
  demand: { date: string; due: string };
  /** Every worker on the file with what is owed, paid (counted) and still owed. */
  workers: { name: string; owedFen: number | null; paidFen: number; outstandingFen: number | null }[];
}

const SPEC = PROCEEDING_PAPER_SPECS.enforcementApplication;
const money = (fen: number | null) => valueCell(fen === null ? '未核定' : [whole(yuanText(fen))], { align: 'right' });

export function buildEnforcementApplication(d: EnforcementApplicationData, template: DocumentTemplate = PROCEEDING_PAPER_TEMPLATES.enforcementApplication): DocumentModel {
  if (d.decisions.length === 0) throw new DocumentInputError('本案没有作出行政处理或行政处罚决定，无可申请强制执行的决定');
  const unserved = d.decisions.find((x) => !x.servedOn);
  if (unserved) throw new DocumentInputError(`${unserved.kind === 'handling' ? '行政处理决定' : '行政处罚决定'}尚未登记送达，不能申请强制执行（《中华人民共和国行政强制法》第五十三条）`);
  if (!d.appealEnd) throw new DocumentInputError('未能算得行政复议、行政诉讼期限届满之日，请核对决定书的送达');
  const named = d.decisions.map((x) => `${x.kind === 'handling' ? '行政处理决定' : '行政处罚决定'}${x.number ? `（${x.number}）` : ''}`);
  const duties = d.decisions.map((x) => (x.kind === 'handling' ? `向劳动者支付劳动报酬和赔偿金人民币${yuanText(x.amountFen)}` : `缴纳罚款人民币${yuanText(x.amountFen)}`));
  const wagesLeft = d.workers.reduce((s, w) => s + (w.outstandingFen ?? 0), 0);
  // What the workers are still owed by the stored payments (the fines and 赔偿金 are not on the workers' ledger).
  const outstanding = wagesLeft;
  const served = [...new Set(d.decisions.map((x) => x.servedOn!))].sort();
  const values = {
    ...caseValues(d),
    // The facts were found for the employer (“你单位”); the application speaks of it to the court.
    facts: caseValues(d).facts.replaceAll('你单位', '被申请人'),
    court: d.court,
    leader: d.leader ?? '',
    decisions: named.join('和'),
    duties: duties.join('，'),
    outstanding: yuanText(outstanding),
    outstandingWords: amountInWords(outstanding),
    filedOn: d.filedOn ? dateText(d.filedOn) : '',
    decidedOn: [...new Set(d.decisions.map((x) => dateText(x.date)))].join('、'),
    servedOn: served.map(dateText).join('、'),
    appealEnd: dateText(d.appealEnd),
    demandOn: dateText(d.demand.date),
    demandDue: dateText(d.demand.due),
    today: dateText(d.issuedOn),
    workerCount: String(d.workers.filter((w) => (w.outstandingFen ?? 0) > 0).length),
  };
  const t = texts(SPEC, template, values);
  const table: DocBlock = {
    type: 'table',
    columns: [1.6, 3.0, 3.2, 3.2, 3.0],
    size: 'small',
    rows: [
      { cells: ['序号', '劳动者', '应付工资', '已付', '尚欠'].map((h) => labelCell(h, { align: 'center' })) },
      ...d.workers.map((w, i) => ({ cells: [valueCell(String(i + 1), { align: 'center' }), valueCell(w.name), money(w.owedFen), money(w.paidFen), money(w.outstandingFen)] })),
      { cells: [labelCell('合计', { colSpan: 4, align: 'center' }), money(wagesLeft)] },
    ],
  };
  const body: DocBlock[] = [
    para(t('applicant'), { indent: false }),
    ...partyBlocks(SPEC, template, values, 'respondentLabel'),
    para(t(wagesLeft > 0 ? 'request' : 'requestPaid')),
    para(t('facts')),
    para(t('decided')),
    para(t('appeal')),
    para(t('demanded')),
  ];
  if (d.workers.length > 0) body.push(para(t(wagesLeft > 0 ? 'unpaidIntro' : 'paidIntro')), table);
  body.push(para(t('law')), para(t('attachments'), { indent: false }));
  return officialPaper('enforcementApplication', d, template, {
    title: t('title'),
    date: d.date,
    addressee: t('addressee'),
    body,
    lines: [{ label: '申请人负责人（签名）', name: d.leader ?? '' }],
  });
}
