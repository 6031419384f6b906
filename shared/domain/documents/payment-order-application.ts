// 支付令申请书 (调解仲裁法 Art. 16): the worker's application to a people's court for a payment order, from the stored
// 调解协议 and its missed instalments — the applicants (the workers the missed instalments were owed to), the respondent
// (the payer, with the employer's particulars where the payer is the employer), the amount and the agreement, the
// request, the facts. The court and the applicants' signatures are left for the worker; the bureau prints it for them.
// Pure; the core reads the agreement and the payments (electron/core/mediation/payment-order-papers.ts).
import { amountInWords } from '../money';
import { dateText, labelCell, para, run, valueCell, whole, yuanText } from './format';
import type { DocBlock, DocCell, DocumentModel } from './model';
import { paymentOrderApplicationSpec as SPEC, paymentOrderApplicationTemplate } from './payment-order-template';
import { bareText, type ProceedingPaperCase } from './proceeding-paper-common';
import { DocumentInputError, renderText, type DocumentTemplate } from './template-engine';

export interface PaymentOrderApplicationData extends ProceedingPaperCase {
  /** The day the agreement took effect (jointMediation.agree). */
  signedOn: string;
  /** The number of the 调解协议书 issued from it, if one was. */
  agreementNumber: string | null;
  totalFen: number;
  instalmentCount: number;
  /** The workers the missed instalments are owed to (a group instalment: every worker still owed). */
  applicants: { name: string; idNumber: string | null; address: string | null }[];
  /** Each missed instalment: past its due date with money left. personName null: the group's. */
  missed: { seq: number; personName: string | null; payerName: string; dueOn: string; amountFen: number; leftFen: number }[];
}

const cell = (text: string, extra: Partial<DocCell> = {}) => valueCell(text, extra);
const amountCell = (fen: number) => valueCell([whole(yuanText(fen))], { align: 'right' });

function missedTable(d: PaymentOrderApplicationData, owedFen: number): DocBlock {
  const head = ['期次', '收款人', '付款人', '履行期限', '约定金额', '尚欠金额'].map((h) => labelCell(h, { align: 'center' }));
  const rows = d.missed.map((i) => ({
    cells: [cell(`第${i.seq}期`, { align: 'center' }), cell(i.personName ?? '全体劳动者'), cell(i.payerName), valueCell([whole(dateText(i.dueOn))]), amountCell(i.amountFen), amountCell(i.leftFen)],
  }));
  const total = { cells: [labelCell('合计', { colSpan: 5, align: 'center' }), amountCell(owedFen)] };
  return { type: 'table', columns: [1.6, 2.6, 3.2, 3.0, 2.2, 2.2], size: 'small', rows: [{ cells: head }, ...rows, total] };
}

/** One line per applicant: name, then the particulars the file holds; what it lacks, the worker writes in. */
function applicantLine(a: PaymentOrderApplicationData['applicants'][number]): string {
  const blank = '＿＿＿＿＿＿';
  return `${a.name}，公民身份号码：${a.idNumber ?? blank}，住址：${a.address ? bareText(a.address) : blank}，联系电话：${blank}。`;
}

export function buildPaymentOrderApplication(d: PaymentOrderApplicationData, template: DocumentTemplate = paymentOrderApplicationTemplate): DocumentModel {
  if (d.missed.length === 0) throw new DocumentInputError('调解协议没有逾期未履行的分期，不能制作支付令申请书（《劳动争议调解仲裁法》第十六条）');
  if (d.applicants.length === 0) throw new DocumentInputError('逾期未履行的分期没有尚欠工资的劳动者，不能制作支付令申请书');
  const owedFen = d.missed.reduce((s, i) => s + i.leftFen, 0);
  const respondents = [...new Set(d.missed.map((i) => i.payerName))];
  const values = {
    organ: d.organ,
    caseTitle: d.caseTitle,
    signedOn: dateText(d.signedOn),
    agreementRef: d.agreementNumber ? `（${d.agreementNumber}）` : '',
    respondents: respondents.join('、'),
    applicantCount: String(d.applicants.length),
    owed: yuanText(owedFen),
    owedWords: amountInWords(owedFen),
    total: yuanText(d.totalFen),
    totalWords: amountInWords(d.totalFen),
    instalmentCount: String(d.instalmentCount),
    missedCount: String(d.missed.length),
    today: dateText(d.issuedOn),
  };
  const t = (name: string, extra: Record<string, string> = {}) => renderText(SPEC, template, name, { ...values, ...extra });
  const flat = (text: string) => para(text, { indent: false });
  const body: DocBlock[] = [flat(t('applicantsLabel')), ...d.applicants.map((a) => flat(applicantLine(a)))];
  for (const r of respondents) {
    body.push(flat(t('respondentLabel', { respondent: r })));
    // The employer's particulars as the parties register holds them; another payer (总包、建设单位) only by name.
    if (r === d.employer.name) {
      if (d.employer.creditCode) body.push(flat(`统一社会信用代码：${d.employer.creditCode}`));
      if (d.employer.address) body.push(flat(`住所：${bareText(d.employer.address)}`));
      if (d.employer.legalRep) body.push(flat(`法定代表人（负责人）：${d.employer.legalRep.name}${d.employer.legalRep.title ? `（${d.employer.legalRep.title}）` : ''}`));
    } else {
      body.push(flat('住所：＿＿＿＿＿＿＿＿＿＿　法定代表人（负责人）：＿＿＿＿＿＿'));
    }
  }
  body.push(para(t('request')), para(t('agreement')), para(t('breach')), missedTable(d, owedFen), para(t('basis')));
  body.push(flat('此致'), flat(t('addressee')), para(t('annex')));
  return {
    kind: 'paymentOrderApplication',
    organ: null,
    title: t('title'),
    number: null,
    addressee: null,
    body,
    // Each applicant signs (or thumbprints) and dates it when filing it with the court.
    signature: { lines: d.applicants.map((a) => ({ label: '申请人（签名或者捺印）', name: a.name })), organ: null, date: null, dateStyle: 'chinese', sealed: false },
    notes: [[run('本申请书由劳动者本人向有管辖权的基层人民法院提交；法院名称、提交日期由申请人填写。')]],
    layout: 'official',
  };
}
