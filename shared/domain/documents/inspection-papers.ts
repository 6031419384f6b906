// The inspection's decision papers from the stored proceeding: 事先告知书 (行政处罚法 Arts. 44–45, 64; 监察条例
// Art. 19), 行政处理决定书 (监察条例 Art. 26: the wages and 赔偿金, paid to the workers), 行政处罚决定书 (行政处罚法
// Art. 59's six elements) and 催告书 (行政强制法 Art. 35). Pure: the core reads the steps (inspection-papers data)
// and the periods the engine counted; the wording is the template's (inspection-templates.ts).
import { amountInWords } from '../money';
import { chineseNumber, dateText, para, yuanText } from './format';
import { INSPECTION_PAPER_SPECS, INSPECTION_PAPER_TEMPLATES } from './inspection-templates';
import type { DemandNoticeData, DocBlock, DocumentModel, HandlingDecisionData, InspectionPaperCase, PartyHeard, PenaltyDecisionData, PriorNoticeData } from './model';
import { DocumentInputError, renderList, renderText, type DocumentTemplate, type TemplateSpec } from './template-engine';

const DECISION_KIND = { handling: '行政处理决定', penalty: '行政处罚决定', both: '行政处理决定和行政处罚决定' } as const;

/** The values every paper can print about its case. */
function caseValues(c: InspectionPaperCase): Record<string, string> {
  return {
    organ: c.organ,
    employer: c.employer.name,
    caseTitle: c.caseTitle,
    caseNumber: c.caseNumber ?? '',
    caseRef: c.caseNumber ? `（${c.caseNumber}）` : '',
    filedOn: c.filedOn ? dateText(c.filedOn) : '',
    facts: c.facts.trim().replace(/[。；;，,\s]+$/u, '') + '。',
    creditCode: c.employer.creditCode ?? '',
    address: c.employer.address ?? '',
    legalRepName: c.employer.legalRep?.name ?? '',
    legalRepTitle: c.employer.legalRep?.title ? `（${c.employer.legalRep.title}）` : '',
  };
}

/** 行政复议法 (2023) Art. 24(1)(1): a county-or-above government hears the reconsideration of its own departments. */
export function reconsiderationBody(organ: string): string {
  const m = /^(.+?)(人力资源和社会保障局|人力资源社会保障局|人社局)$/u.exec(organ);
  if (!m) throw new DocumentInputError(`无法从本机关名称“${organ}”确定行政复议机关（本级人民政府）；请在“设置 → 单位信息”中核对本机关的全称`);
  return `${m[1]}人民政府`;
}

const mark = (text: string) => text.replace(/[。；;，,\s]+$/u, '');

function heardValues(h: PartyHeard): Record<string, string> {
  return {
    noticeDate: dateText(h.noticeDate),
    statementDate: h.statement ? dateText(h.statement.date) : '',
    statement: h.statement ? mark(h.statement.text) : '',
    review: h.statement ? mark(h.statement.review) : '',
    hearingHeldOn: h.hearing ? dateText(h.hearing.date) : '',
    hearingRecord: h.hearing ? mark(h.hearing.record) : '',
  };
}

/** The paragraphs telling how the party was heard: the notice, the statement and its review or its silence, a hearing. */
function heardBlocks(t: (name: string) => string, h: PartyHeard): DocBlock[] {
  const out = [para(t('heardNotice') + (h.statement ? t('heardStatement') : t('heardSilent')))];
  if (h.hearing) {
    const held = t('heardHearing');
    if (held) out.push(para(held));
  }
  return out;
}

function official(kind: DocumentModel['kind'], c: InspectionPaperCase, date: string, title: string, addressee: string | null, body: DocBlock[]): DocumentModel {
  return {
    kind,
    organ: c.organ,
    title,
    // Numbered by the paper's own series when issued (the policy is the template's); a case-number policy prints the 立案 number.
    number: null,
    addressee,
    body,
    signature: { lines: [], organ: c.organ, date, dateStyle: 'arabic', sealed: true },
    notes: [],
    layout: 'official',
  };
}

function numbered(model: DocumentModel, template: DocumentTemplate, c: InspectionPaperCase): DocumentModel {
  return template.numbering.mode === 'caseNumber' ? { ...model, number: c.caseNumber } : model;
}

const texts = (spec: TemplateSpec, template: DocumentTemplate, values: Record<string, string>) => (name: string) => renderText(spec, template, name, values);

export function buildPriorNotice(n: PriorNoticeData, template: DocumentTemplate = INSPECTION_PAPER_TEMPLATES.priorNotice): DocumentModel {
  // 行政处罚法 Art. 63: the hearing sentence only where the intended fine reaches the province's 较大数额 (the step
  // recorded the right; its clock 'penalty.hearingRequest' runs only then).
  const penalty = n.intended !== 'handling' && n.hearing !== null;
  const values = {
    ...caseValues(n),
    decisionKind: DECISION_KIND[n.intended],
    content: mark(n.content) + '。',
    statementDays: String(n.statement.days),
    statementDue: dateText(n.statement.date),
    hearingDays: n.hearing ? String(n.hearing.days) : '',
    hearingDue: n.hearing ? dateText(n.hearing.date) : '',
    orHearing: penalty ? '或者要求听证' : '',
  };
  const t = texts(INSPECTION_PAPER_SPECS.priorNotice, template, values);
  const body = [para(t('finding')), para(t('intended')), para(t('statement'))];
  if (penalty) body.push(para(t('hearing')));
  const how = t('how');
  if (how) body.push(para(how));
  const title = t(n.intended === 'handling' ? 'titleHandling' : n.intended === 'penalty' ? 'titlePenalty' : 'titleBoth');
  // Dated the day of service the step recorded: the periods it states run from that day.
  return numbered(official('priorNotice', n, n.date, title, t('addressee'), body), template, n);
}

function partyBlocks(spec: TemplateSpec, template: DocumentTemplate, values: Record<string, string>): DocBlock[] {
  const t = texts(spec, template, values);
  return [para(t('partyLabel'), { indent: false }), ...renderList(spec, template, 'party', values).map((line) => para(line, { indent: false }))];
}

export function buildHandlingDecision(d: HandlingDecisionData, template: DocumentTemplate = INSPECTION_PAPER_TEMPLATES.handlingDecision): DocumentModel {
  if (d.compensationPercent > 0 && !d.order) throw new DocumentInputError('加付赔偿金以逾期不支付限期改正（支付）指令为前提（《劳动保障监察条例》第二十六条），本案未下达指令书');
  // The paper says the order went unpaid past its date: before that date it would say what is not so.
  if (d.compensationPercent > 0 && d.order && d.date <= d.order.deadline) {
    throw new DocumentInputError(`限期改正（支付）指令书限期至${d.order.deadline}，决定日期${d.date}尚未逾期，不能责令加付赔偿金（《劳动保障监察条例》第二十六条）；请核对决定`);
  }
  const spec = INSPECTION_PAPER_SPECS.handlingDecision;
  const values = {
    ...caseValues(d),
    ...heardValues(d.heard),
    government: reconsiderationBody(d.organ),
    orderDate: d.order ? dateText(d.order.date) : '',
    orderDeadline: d.order ? dateText(d.order.deadline) : '',
    payees: d.workers ? `${d.workers}名劳动者` : '有关劳动者',
    wages: yuanText(d.wagesFen),
    wagesWords: amountInWords(d.wagesFen),
    percent: String(d.compensationPercent),
    compensation: yuanText(d.compensationFen),
    compensationWords: amountInWords(d.compensationFen),
  };
  const t = texts(spec, template, values);
  const items = [t('wagesItem'), ...(d.compensationPercent > 0 ? [t('compensationItem')] : [])];
  const body: DocBlock[] = [
    ...partyBlocks(spec, template, values),
    para(t('finding')),
    ...(d.order && d.compensationPercent > 0 ? [para(t('orderUnpaid'))] : []),
    ...heardBlocks(t, d.heard),
    para(t('decisionIntro')),
    ...items.map((item, i) => para(`${chineseNumber(i + 1)}、${i === items.length - 1 ? mark(item) + '。' : item}`)),
    para(t('perform')),
    para(t('consequence')),
    para(t('remedy')),
  ];
  return numbered(official('handlingDecision', d, d.date, t('title'), null, body), template, d);
}

export function buildPenaltyDecision(d: PenaltyDecisionData, template: DocumentTemplate = INSPECTION_PAPER_TEMPLATES.penaltyDecision): DocumentModel {
  const spec = INSPECTION_PAPER_SPECS.penaltyDecision;
  const values = {
    ...caseValues(d),
    ...heardValues(d.heard),
    government: reconsiderationBody(d.organ),
    basis: mark(d.basis),
    fine: yuanText(d.fineFen),
    fineWords: amountInWords(d.fineFen),
  };
  const t = texts(spec, template, values);
  const body: DocBlock[] = [
    ...partyBlocks(spec, template, values),
    para(t('finding')),
    ...heardBlocks(t, d.heard),
    para(t('decision')),
    para(t('perform')),
    para(t('consequence')),
    para(t('remedy')),
  ];
  return numbered(official('penaltyDecision', d, d.date, t('title'), null, body), template, d);
}

export function buildDemandNotice(n: DemandNoticeData, template: DocumentTemplate = INSPECTION_PAPER_TEMPLATES.demandNotice): DocumentModel {
  if (n.decisions.length === 0) throw new DocumentInputError('本案没有作出行政处理或行政处罚决定，无可催告履行的义务');
  const named = n.decisions.map((x) => `${x.kind === 'handling' ? '行政处理决定' : '行政处罚决定'}${x.number ? `（${x.number}）` : `（${dateText(x.date)}作出）`}`);
  const duties = n.decisions.map((x) => (x.kind === 'handling' ? `支付行政处理决定确定的劳动报酬和赔偿金人民币${yuanText(x.amountFen)}` : `缴纳行政处罚决定的罚款人民币${yuanText(x.amountFen)}`));
  const values = {
    ...caseValues(n),
    decisions: named.join('和'),
    dueDays: String(n.due.days),
    due: dateText(n.due.date),
    amount: yuanText(n.amountFen),
    amountWords: amountInWords(n.amountFen),
    duties: duties.join('；'),
  };
  const t = texts(INSPECTION_PAPER_SPECS.demandNotice, template, values);
  const body = [para(t('decided')), para(t('demand')), para(t('how')), para(t('statement')), para(t('consequence'))];
  return numbered(official('demandNotice', n, n.date, t('title'), t('addressee'), body), template, n);
}
