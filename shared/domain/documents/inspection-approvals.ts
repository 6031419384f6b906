// The inspection's acceptance papers (投诉受理 / 不予受理通知书, 若干规定 Art. 18), its 听证通知书 (行政处罚法 Art. 64) and
// its approval forms (立案、结案、撤销立案审批表: 监察条例 Arts. 14, 16–18). Pure: the core reads the stored steps, their
// approvals, the team and the payments (electron/core/proceedings/inspection-approvals.ts); the wording is the
// template's (inspection-approval-templates.ts).
import { INTAKE_CHANNEL, INTAKE_KIND, PARTY_ROLE } from '../vocabulary';
import { clockText, dateText, names, para, run, valueCell, labelCell, whole, yuanText } from './format';
import { INSPECTION_APPROVAL_SPECS as SPECS, INSPECTION_APPROVAL_TEMPLATES as TEMPLATES } from './inspection-approval-templates';
import { reconsiderationBody } from './inspection-papers';
import type { DocBlock, DocCell, DocRun, DocumentModel } from './model';
import { DocumentInputError, renderText, type DocumentTemplate, type TemplateSpec } from './template-engine';

/** The complainant's notices: to whom, about what, and the decision as the 受理 or 不予受理 step recorded it. */
export interface ComplaintNoticeData {
  organ: string;
  caseTitle: string;
  caseNumber: string | null;
  complainants: string[];
  receivedOn: string;
  employer: string | null;
  /** The day of the decision (受理, or 立案 straight from receipt; 不予受理). */
  date: string;
  /** Accepted and filed on the same day (若干规定 Art. 18). */
  filedSameDay: boolean;
  reason: string | null;
  referTo: string | null;
}

export interface HearingNoticeData {
  organ: string;
  caseTitle: string;
  caseNumber: string | null;
  employer: string;
  requestedOn: string;
  /** The day the step recorded the notice's service: the paper is dated on it. */
  date: string;
  hearingDate: string;
  time: string | null;
  place: string;
  presiding: string | null;
}

export interface ApprovalSign {
  /** Who put the step to the leader (承办人), and the day. */
  requestedBy: string;
  requestedOn: string;
  leader: string;
  /** The leader's opinion (审批意见); null when the leader approved without one. */
  opinion: string | null;
  /** The day the leader signed: the step's date. */
  date: string;
}

export interface ApprovalCase {
  organ: string;
  caseNumber: string | null;
  caseTitle: string;
  filedOn: string | null;
  parties: { role: string; name: string; creditCode: string | null; legalRep: string | null; address: string | null }[];
  handlers: { name: string; certNo: string | null }[];
  sign: ApprovalSign;
}

export interface FilingApprovalData extends ApprovalCase {
  sources: { kind: string; channel: string; receivedOn: string; summary: string; workers: number; claimedFen: number | null }[];
  complainants: string[];
  opinion: string | null;
}

export interface RevocationApprovalData extends ApprovalCase {
  reason: string;
}

export interface ClosingApprovalData extends ApprovalCase {
  method: string;
  summary: string;
  recoveredFen: number;
  workersPaid: number;
  decisions: string[];
  /** Each worker's money as the file's payments count it (监察条例 Art. 26; only counted payments). */
  workers: { name: string; owedFen: number | null; paidFen: number; outstandingFen: number | null }[];
  totals: { owedFen: number; paidFen: number; outstandingFen: number };
}

const mark = (text: string) => text.trim().replace(/[。；;，,\s]+$/u, '');
const texts = (spec: TemplateSpec, template: DocumentTemplate, values: Record<string, string>) => (name: string) => renderText(spec, template, name, values);

function letter(kind: DocumentModel['kind'], organ: string, title: string, addressee: string, body: DocBlock[], date: string): DocumentModel {
  return { kind, organ, title, number: null, addressee, body, signature: { lines: [], organ, date, dateStyle: 'arabic', sealed: true }, notes: [], layout: 'official' };
}

function complaintValues(n: ComplaintNoticeData): Record<string, string> {
  if (n.complainants.length === 0) throw new DocumentInputError('本案没有登记投诉人，无需制作投诉受理或者不予受理通知书');
  return {
    organ: n.organ,
    complainants: names(n.complainants),
    you: n.complainants.length > 1 ? '你们' : '你',
    receivedOn: dateText(n.receivedOn),
    employer: n.employer ?? '用人单位',
    caseTitle: n.caseTitle,
    date: dateText(n.date),
  };
}

export function buildComplaintAcceptanceNotice(n: ComplaintNoticeData, template: DocumentTemplate = TEMPLATES.complaintAcceptanceNotice): DocumentModel {
  const values = { ...complaintValues(n), filedText: n.filedSameDay ? `，并于同日立案调查${n.caseNumber ? `（案号：${n.caseNumber}）` : ''}` : '' };
  const t = texts(SPECS.complaintAcceptanceNotice, template, values);
  const body = [para(t('accepted')), para(t('investigation'))];
  const duties = t('duties');
  if (duties) body.push(para(duties));
  return letter('complaintAcceptanceNotice', n.organ, t('title'), t('addressee'), body, n.date);
}

export function buildComplaintRejectionNotice(n: ComplaintNoticeData, template: DocumentTemplate = TEMPLATES.complaintRejectionNotice): DocumentModel {
  if (!n.reason) throw new DocumentInputError('不予受理通知书须写明不予受理的理由（《关于实施〈劳动保障监察条例〉若干规定》第十八条）');
  const values = { ...complaintValues(n), reason: mark(n.reason), referTo: n.referTo ? mark(n.referTo) : '', government: reconsiderationBody(n.organ) };
  const t = texts(SPECS.complaintRejectionNotice, template, values);
  const body = [para(t('rejected'))];
  const referral = n.referTo ? t('referral') : '';
  if (referral) body.push(para(referral));
  body.push(para(t('remedy')));
  return letter('complaintRejectionNotice', n.organ, t('title'), t('addressee'), body, n.date);
}

export function buildPenaltyHearingNotice(n: HearingNoticeData, template: DocumentTemplate = TEMPLATES.penaltyHearingNotice): DocumentModel {
  if (n.hearingDate <= n.date) throw new DocumentInputError(`听证日期（${n.hearingDate}）应晚于听证通知送达日期（${n.date}）`);
  const values = {
    organ: n.organ,
    employer: n.employer,
    caseTitle: n.caseTitle,
    caseRef: n.caseNumber ? `（${n.caseNumber}）` : '',
    requestedOn: dateText(n.requestedOn),
    hearingDate: dateText(n.hearingDate),
    hearingTime: n.time ? clockText(n.time) : '',
    place: mark(n.place),
    presiding: n.presiding ?? '',
  };
  const t = texts(SPECS.penaltyHearingNotice, template, values);
  const body = [para(t('notice'))];
  const presiding = n.presiding ? t('presidingLine') : '';
  if (presiding) body.push(para(presiding));
  body.push(para(t('rights')), para(t('attend')));
  return letter('penaltyHearingNotice', n.organ, t('title'), t('addressee'), body, n.date);
}

// ---------------------------------------------------------------------------------------------------------------
// The approval forms: a table of the case and the step, the handlers' opinion and the leader's approval

type Row = { cells: DocCell[]; minHeightMm?: number };
const wide = (label: string, value: string | DocRun[], minHeightMm?: number): Row => ({
  cells: [labelCell(label), valueCell(value, { colSpan: 3, align: 'left' })],
  ...(minHeightMm ? { minHeightMm } : {}),
});
const pair = (a: string, av: string | DocRun[], b: string, bv: string | DocRun[]): Row => ({ cells: [labelCell(a), valueCell(av), labelCell(b), valueCell(bv)] });

function partyRuns(c: ApprovalCase): DocRun[] {
  if (c.parties.length === 0) throw new DocumentInputError('本案没有登记用人单位等当事人，不能制作审批表；请先在案卷中登记');
  return c.parties.flatMap((p, n) => {
    const role = (PARTY_ROLE.values as readonly string[]).includes(p.role) ? PARTY_ROLE.label(p.role as (typeof PARTY_ROLE.values)[number]) : '当事人';
    const bits: DocRun[] = [run(`${n > 0 ? '；' : ''}${role}：${p.name}`)];
    if (p.creditCode) bits.push(run('，统一社会信用代码 '), whole(p.creditCode));
    if (p.legalRep) bits.push(run(`，法定代表人（负责人）${p.legalRep}`));
    if (p.address) bits.push(run(`，住所 ${p.address}`));
    return bits;
  });
}

function handlerRuns(c: ApprovalCase): DocRun[] {
  return c.handlers.flatMap((h, n) => [run(`${n > 0 ? '、' : ''}${h.name}（执法证号 `), whole(h.certNo ?? '未登记'), run('）')]);
}

/** The handlers' opinion box and the leader's box, each with who signed and when. */
function signRows(opinionLabel: string, opinion: string, s: ApprovalSign): Row[] {
  return [
    wide(opinionLabel, [run(mark(opinion) + '。'), run(`\n承办人：${s.requestedBy}\u3000\u3000${dateText(s.requestedOn)}`)], 20),
    wide('负责人意见', [run(s.opinion ? mark(s.opinion) + '。' : '同意。'), run(`\n负责人：${s.leader}\u3000\u3000${dateText(s.date)}`)], 20),
  ];
}

function approvalForm(kind: 'filingApproval' | 'closingApproval' | 'revocationApproval', c: ApprovalCase, template: DocumentTemplate, rows: Row[], extra: DocBlock[] = []): DocumentModel {
  const t = texts(SPECS[kind], template, {});
  const basis = t('basis');
  return {
    kind,
    organ: c.organ,
    title: t('title'),
    number: template.numbering.mode === 'caseNumber' ? c.caseNumber : null,
    addressee: null,
    body: [{ type: 'table', columns: [3.6, 5, 3.6, 5], size: 'small', rows }, ...extra, ...(basis ? [para(basis, { indent: false })] : [])],
    signature: null,
    notes: [],
    layout: 'form',
  };
}

const caseRows = (c: ApprovalCase): Row[] => [
  wide('案号', c.caseNumber ? [whole(c.caseNumber)] : '（立案后编号）'),
  wide('立案日期', c.filedOn ? [whole(dateText(c.filedOn))] : ''),
  wide('案由', c.caseTitle),
  wide('当事人', partyRuns(c)),
];

export function buildFilingApproval(d: FilingApprovalData, template: DocumentTemplate = TEMPLATES.filingApproval): DocumentModel {
  // 监察条例 Art. 16: an investigation needs two or more inspectors; the form names them with their credentials.
  if (d.handlers.length < 2) throw new DocumentInputError(`立案审批表须载明两名以上承办人及其执法证号（《劳动保障监察条例》第十六条），批准立案时本案有${d.handlers.length}名承办人`);
  const source = d.sources.map((s) => `${s.kind}（${s.channel}），${dateText(s.receivedOn)}登记`).join('；') || '主动检查发现';
  const summary = d.sources.map((s) => `${mark(s.summary)}（涉及劳动者${s.workers}人${s.claimedFen ? `，反映金额${yuanText(s.claimedFen)}` : ''}）`).join('；');
  const rows = [
    ...caseRows(d),
    wide('案件来源', source),
    ...(d.complainants.length > 0 ? [wide('投诉人', names(d.complainants))] : []),
    wide('案情摘要', summary ? summary + '。' : '（未登记）', 24),
    wide('承办人', handlerRuns(d)),
    ...signRows('承办人意见', d.opinion ?? '建议立案调查', d.sign),
  ];
  return approvalForm('filingApproval', d, template, rows);
}

export function buildRevocationApproval(d: RevocationApprovalData, template: DocumentTemplate = TEMPLATES.revocationApproval): DocumentModel {
  const rows = [...caseRows(d), wide('承办人', handlerRuns(d)), ...signRows('撤销理由', d.reason, d.sign)];
  return approvalForm('revocationApproval', d, template, rows);
}

export function buildClosingApproval(d: ClosingApprovalData, template: DocumentTemplate = TEMPLATES.closingApproval): DocumentModel {
  const rows = [
    ...caseRows(d),
    pair('结案方式', d.method, '支付人数', [whole(`${d.workersPaid}人`)]),
    wide('追发工资', [whole(yuanText(d.recoveredFen))]),
    ...(d.decisions.length > 0 ? [wide('作出的决定', d.decisions.join('；'))] : []),
    wide('承办人', handlerRuns(d)),
    ...signRows('结案报告', d.summary, d.sign),
  ];
  const extra: DocBlock[] = [];
  if (d.workers.length > 0) {
    const fen = (v: number | null) => [whole(v === null ? '未登记' : yuanText(v))];
    const right = { align: 'right' as const };
    extra.push(para('劳动者支付情况（只计本人转账或者收条）：', { indent: false, bold: true }), {
      type: 'table',
      columns: [1.8, 4, 3.6, 3.6, 3.6],
      size: 'small',
      rows: [
        { cells: ['序号', '劳动者', '应付金额', '已支付', '尚欠'].map((x) => labelCell(x)) },
        ...d.workers.map((w, n) => ({ cells: [valueCell(String(n + 1)), valueCell(w.name), valueCell(fen(w.owedFen), right), valueCell(fen(w.paidFen), right), valueCell(fen(w.outstandingFen), right)] })),
        { cells: [labelCell('合计', { colSpan: 2 }), valueCell(fen(d.totals.owedFen), right), valueCell(fen(d.totals.paidFen), right), valueCell(fen(d.totals.outstandingFen), right)] },
      ],
    });
    // The approved figure and the ledger must agree; where they do not, the leader reads both.
    if (d.totals.paidFen !== d.recoveredFen) extra.push(para(`注：结案时填报的追发工资总额为${yuanText(d.recoveredFen)}，支付记录合计为${yuanText(d.totals.paidFen)}，两者不一致。`, { indent: false }));
  }
  return approvalForm('closingApproval', d, template, rows, extra);
}

/** The source kinds and channels in the words a form prints. */
export function sourceWords(kind: string, channel: string): { kind: string; channel: string } {
  const k = (INTAKE_KIND.values as readonly string[]).includes(kind) ? INTAKE_KIND.label(kind as (typeof INTAKE_KIND.values)[number]) : kind;
  const c = (INTAKE_CHANNEL.values as readonly string[]).includes(channel) ? INTAKE_CHANNEL.label(channel as (typeof INTAKE_CHANNEL.values)[number]) : channel;
  return { kind: k, channel: c };
}
