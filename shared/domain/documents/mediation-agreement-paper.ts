// 调解协议书 of a joint mediation (监察联调), from the stored agreement: the workers with their ID numbers and what each
// is still owed, the employer and the other payers, the 联调会 with the departments and parties who took part and what
// each committed to, the instalment plan per worker or for the group, the breach routes (调解仲裁法 Arts. 15–16), the
// joint 仲裁审查 within 15 days (办案规则 Art. 74) or 司法确认, and the parties' signatures. Pure; the core reads the
// agreement (electron/core/mediation/mediation-papers.ts). A preview masks the ID numbers (documents-preview.ts).
import { amountInWords } from '../money';
import { dateText, para, run, valueCell, labelCell, whole, yuanText } from './format';
import type { DocBlock, DocCell, DocumentModel } from './model';
import { PROCEEDING_PAPER_SPECS, PROCEEDING_PAPER_TEMPLATES } from './proceeding-paper-templates';
import { bareText, caseValues, officialPaper, texts, type ProceedingPaperCase } from './proceeding-paper-common';
import { DocumentInputError, type DocumentTemplate } from './template-engine';

export interface MediationAgreementData extends ProceedingPaperCase {
  /** The day the agreement took effect (jointMediation.agree). */
  signedOn: string;
  /** The last day of the joint 仲裁审查 window as the deadline engine stored it (rule mediation.arbReview). */
  reviewDue: string;
  workers: { name: string; idNumber: string | null; outstandingFen: number | null }[];
  /** The plan; personName null: for the group of workers. */
  instalments: { seq: number; personName: string | null; dueOn: string; amountFen: number; payerName: string }[];
  totalFen: number;
  /** What the workers were still owed when it was signed. */
  outstandingFen: number;
  overOwedReason: string | null;
  note: string | null;
  /** The file's 联调会, oldest first, with who took part and what each committed to. */
  sessions: { date: string; attendees: { who: string; commitment: string | null }[] }[];
}

const SPEC = PROCEEDING_PAPER_SPECS.mediationAgreement;
const cell = (text: string, extra: Partial<DocCell> = {}) => valueCell(text, extra);
const amountCell = (fen: number | null) => valueCell(fen === null ? '未核定' : [whole(yuanText(fen))], { align: 'right' });

function workersTable(d: MediationAgreementData): DocBlock {
  const head = ['序号', '姓名', '公民身份号码', '尚欠工资'].map((h) => labelCell(h, { align: 'center' }));
  const rows = d.workers.map((w, i) => ({
    cells: [cell(String(i + 1), { align: 'center' }), cell(w.name), valueCell(w.idNumber ? [whole(w.idNumber)] : '无'), amountCell(w.outstandingFen)],
  }));
  return { type: 'table', columns: [1.2, 2.6, 4.6, 3.0], size: 'small', rows: [{ cells: head }, ...rows] };
}

function planTable(d: MediationAgreementData): DocBlock {
  const head = ['期次', '收款人', '付款人', '履行期限', '金额'].map((h) => labelCell(h, { align: 'center' }));
  const rows = d.instalments.map((i) => ({
    cells: [
      cell(String(i.seq), { align: 'center' }),
      cell(i.personName ?? '上列全体劳动者'),
      cell(i.payerName),
      valueCell([whole(dateText(i.dueOn))]),
      amountCell(i.amountFen),
    ],
  }));
  const total = { cells: [labelCell('合计', { colSpan: 4, align: 'center' }), amountCell(d.totalFen)] };
  return { type: 'table', columns: [1.5, 3.0, 3.7, 3.6, 2.6], size: 'small', rows: [{ cells: head }, ...rows, total] };
}

/** Where each party signs: every worker, the employer, every other payer, the mediator. */
function signaturesTable(d: MediationAgreementData): DocBlock {
  const payers = [...new Set(d.instalments.map((i) => i.payerName))].filter((p) => p !== d.employer.name);
  const lines: [string, string][] = [
    ...d.workers.map((w): [string, string] => [`劳动者：${w.name}`, '签名或者捺印：']),
    ...[d.employer.name, ...payers].map((p): [string, string] => [`${p}（盖章）`, '法定代表人或者委托代理人：']),
    ['调解员', '签名：'],
  ];
  return {
    type: 'table',
    columns: [5.6, 8.8],
    rows: lines.map(([who, sign]) => ({ cells: [labelCell(who, { valign: 'middle' }), { runs: [run(sign)], align: 'left', valign: 'top' }], minHeightMm: 12 })),
  };
}

export function buildMediationAgreement(d: MediationAgreementData, template: DocumentTemplate = PROCEEDING_PAPER_TEMPLATES.mediationAgreement): DocumentModel {
  if (d.instalments.length === 0) throw new DocumentInputError('调解协议没有分期履行安排，不能制作调解协议书');
  if (d.workers.length === 0) throw new DocumentInputError('本案没有登记劳动者，不能制作调解协议书；请先在案卷中登记投诉的劳动者');
  const payers = [...new Set(d.instalments.map((i) => i.payerName))].filter((p) => p !== d.employer.name);
  const values = {
    ...caseValues(d),
    workerCount: String(d.workers.length),
    outstanding: yuanText(d.outstandingFen),
    outstandingWords: amountInWords(d.outstandingFen),
    sessionDates: d.sessions.map((s) => dateText(s.date)).join('、'),
    signedOn: dateText(d.signedOn),
    total: yuanText(d.totalFen),
    totalWords: amountInWords(d.totalFen),
    instalmentCount: String(d.instalments.length),
    overOwedReason: d.overOwedReason ? bareText(d.overOwedReason) : '',
    note: d.note ? bareText(d.note) : '',
    reviewDue: dateText(d.reviewDue),
    copies: String(2 + payers.length + 1),
  };
  const t = texts(SPEC, template, values);
  const flat = (text: string) => para(text, { indent: false });
  const body: DocBlock[] = [flat(t('workersLabel')), workersTable(d), flat(t('employerLabel'))];
  if (d.employer.creditCode) body.push(flat(`统一社会信用代码：${d.employer.creditCode}`));
  if (d.employer.legalRep) body.push(flat(`法定代表人（负责人）：${d.employer.legalRep.name}${d.employer.legalRep.title ? `（${d.employer.legalRep.title}）` : ''}`));
  if (payers.length > 0) body.push(flat(`${t('othersLabel')}${payers.join('、')}`));
  body.push(flat(t('presided')), para(t('dispute')));
  if (d.sessions.length > 0) {
    body.push(para(t('sessions')));
    for (const a of d.sessions.flatMap((s) => s.attendees)) body.push(para(`${a.who}：${a.commitment ? `承诺${bareText(a.commitment)}。` : '参加调解。'}`));
  } else {
    const none = t('noSessions');
    if (none) body.push(para(none));
  }
  body.push(para(t('planIntro')), planTable(d));
  if (d.overOwedReason) body.push(para(t('overOwed')));
  if (d.note) body.push(para(t('note')));
  body.push(para(t('payDirect')), para(t('breach')), para(t('review')), para(t('copies')), signaturesTable(d));
  return officialPaper('mediationAgreement', d, template, { title: t('title'), date: d.signedOn, addressee: null, body });
}
