// 投诉（举报）登记表 / 咨询登记表: the desk's record of what arrived, as a ruled form (DOMAIN.md §1.1 若干规定
// "complaint document" fields; §2.2 投诉登记 / 举报登记). Internal: it stays in the file. A report's record names the
// reporter — the bureau must know who reported — and says on its face that the identity is confidential. Numbers
// (IDs, phones, amounts, dates) are printed whole: a number on a signed paper never breaks across lines.
import { dateTimeOf } from '../time';
import { numberFor } from './arbitration-common';
import { ID_TYPE, INTAKE_CHANNEL, INTAKE_KIND, INTAKE_ROUTE, LANGUAGE, PARTY_ROLE, PENDING_ELSEWHERE, type IntakeKind } from '../vocabulary';
import { dateText, labelCell, names, para, phoneRuns, run, sexText, valueCell, whole, yuanText } from './format';
import type { DocBlock, DocCell, DocRun, DocumentModel, IntakeRecordExtras, IntakeRecordSource } from './model';
import { renderText, type DocumentTemplate } from './template-engine';
import { intakeRecordTemplate, TEMPLATE_SPECS } from './templates';

/** 监察条例 Art. 9: the department keeps a reporter's identity confidential. Statutory, so not template text. */
export const REPORTER_CONFIDENTIAL_NOTE = '举报人信息依法保密（《劳动保障监察条例》第九条），不得向被举报单位透露。';

const SPEC = TEMPLATE_SPECS.intakeRecord;

const PERSON_ROLE: Record<IntakeKind, string> = { complaint: '投诉人', report: '举报人', consultation: '咨询人' };
const SUMMARY_LABEL: Record<IntakeKind, string> = { complaint: '诉求摘要', report: '举报内容', consultation: '咨询内容' };

type Person = IntakeRecordSource['complainants'][number];
type Row = { cells: DocCell[]; minHeightMm?: number };

/** The ID as printed: the number whole, after the document's name where it is not a resident ID card. */
function idRuns(p: { idType: Person['idType']; idNumber: string | null; idMissingReason?: string | null }): DocRun[] {
  if (p.idType === 'none' || p.idNumber === null) return [run(p.idMissingReason ? `无（${p.idMissingReason}）` : '无')];
  return p.idType === 'residentId' ? [whole(p.idNumber)] : [run(`${ID_TYPE.label(p.idType)} `), whole(p.idNumber)];
}

const amountRuns = (fen: number | null): DocRun[] => (fen === null ? [] : [whole(yuanText(fen))]);

const pair = (l1: string, v1: string | DocRun[], l2: string, v2: string | DocRun[]): Row => ({
  cells: [labelCell(l1), valueCell(v1), labelCell(l2), valueCell(v2)],
});
/** A question and its answer, each over two columns (labels too long for the label column). */
const halves = (label: string, value: string | DocRun[]): Row => ({ cells: [labelCell(label, { colSpan: 2 }), valueCell(value, { colSpan: 2 })] });
const wide = (label: string, value: string | DocRun[], minHeightMm?: number): Row => {
  const row: Row = { cells: [labelCell(label), valueCell(value, { colSpan: 3, valign: minHeightMm ? 'top' : 'middle' })] };
  if (minHeightMm) row.minHeightMm = minHeightMm;
  return row;
};

function personRows(kind: IntakeKind, d: IntakeRecordSource): Row[] {
  const role = PERSON_ROLE[kind];
  const people = d.complainants;
  if (people.length === 0) return [wide(role, kind === 'report' ? '匿名' : '未登记')];
  if (people.length === 1) {
    const p = people[0];
    // What a complaint states of the complainant (若干规定): name, sex, occupation, workplace, address, contact.
    return [
      pair('姓名', p.name, '性别', sexText(p.sex)),
      wide('证件号码', idRuns(p)),
      pair('联系电话', phoneRuns(p.phones, '\n'), '交流语言', LANGUAGE.label(p.preferredLanguage)),
      pair('职业', p.occupation ?? '', '籍贯', p.hometown ?? ''),
      wide('工作单位', p.workplace ?? ''),
      wide('住所', p.address ?? ''),
    ];
  }
  const reps = people.filter((p) => p.isRepresentative);
  const rows = [wide(role, `${reps.length > 0 ? `代表${names(reps.map((p) => p.name))}` : `${people[0].name}等`}，共登记${people.length}人（名单见附表）`)];
  // How to reach each representative: the phones (their IDs are in the annex), and where they live.
  for (const p of reps) {
    rows.push(wide('代表联系方式', [run(`${p.name}：`), ...phoneRuns(p.phones, '、', '未登记电话'), ...(p.address ? [run(`；住所：${p.address}`)] : [])]));
  }
  return rows;
}

/** 监察条例 Arts. 20, 21: when the violation ended, and whether the matter is already before another body. */
function screeningRows(d: IntakeRecordSource): Row[] {
  if (d.kind === 'consultation' && d.violationEndDate === null && d.pendingElsewhere === null) return [];
  return [
    halves('违法行为终止日期', d.violationEndDate ? [whole(dateText(d.violationEndDate))] : ''),
    halves('是否已申请调解、仲裁或者起诉', d.pendingElsewhere ? PENDING_ELSEWHERE.label(d.pendingElsewhere) : ''),
  ];
}

function partyRows(kind: IntakeKind, d: IntakeRecordSource): Row[] {
  const base = kind === 'report' ? '被举报' : kind === 'complaint' ? '被投诉' : '所涉';
  if (d.parties.length === 0) return [wide(`${base}单位`, '待查')];
  const rows: Row[] = [];
  for (const { role, party } of d.parties) {
    const individual = party.kind === 'individual';
    const label = individual ? (kind === 'consultation' ? '所涉个人' : `${base}人`) : `${base}单位`;
    rows.push(wide(label, role === 'employer' ? party.name : `${party.name}（${PARTY_ROLE.label(role)}）`));
    const rep = party.legalRepName ? `${party.legalRepName}${party.legalRepTitle ? `（${party.legalRepTitle}）` : ''}` : '';
    if (individual) {
      rows.push(wide('证件号码', party.idNumber ? idRuns({ idType: party.idType ?? 'residentId', idNumber: party.idNumber }) : ''));
      rows.push(pair('住址', party.address ?? '', '联系电话', party.phone ? [whole(party.phone)] : ''));
    } else {
      rows.push(wide('统一社会信用代码', party.creditCode ? [whole(party.creditCode)] : ''));
      rows.push(pair('法定代表人（负责人）', rep, '联系电话', party.phone ? [whole(party.phone)] : ''));
      rows.push(wide('地址', party.address ?? ''));
    }
  }
  return rows;
}

function routeText(d: IntakeRecordSource, leaderName: string | null): string {
  const parts = [d.route === null ? '待分办' : INTAKE_ROUTE.label(d.route)];
  if (d.answer) parts[0] += `：${d.answer}`;
  if (leaderName) parts.push(`包案领导：${leaderName}`);
  return parts.join('；');
}

/**
 * The annex roster, in 4号 like the form. Its columns are sized so that the widest numbers stay whole on one line: an
 * 18-digit ID, an 11-digit mobile and a landline with a 4-digit area code (one phone a line). What a person stated
 * besides — 职业, 工作单位, 住所, 备注 — goes on a second row under theirs, only when there is something to say.
 */
function annex(template: DocumentTemplate, role: string, people: readonly Person[]): DocBlock[] {
  const head = (t: string): DocCell => labelCell(t, { align: 'center' });
  const rows: { cells: DocCell[] }[] = [{ cells: [head('序号'), head('姓名'), head('证件号码'), head('联系电话'), head('诉求金额')] }];
  people.forEach((p, i) => {
    // Another document's name does not fit beside its number: it goes under it, with what else the person stated.
    const otherDocument = p.idType !== 'residentId' && p.idType !== 'none' && p.idNumber !== null;
    const details = [
      otherDocument ? `证件类型：${ID_TYPE.label(p.idType)}` : '',
      p.occupation ? `职业：${p.occupation}` : '',
      p.workplace ? `工作单位：${p.workplace}` : '',
      p.address ? `住所：${p.address}` : '',
      p.note ? `备注：${p.note}` : '',
    ].filter(Boolean);
    const span = details.length > 0 ? { rowSpan: 2 } : {};
    rows.push({
      cells: [
        valueCell([whole(String(i + 1))], { align: 'center', ...span }),
        valueCell(p.isRepresentative ? `${p.name}\n（代表）` : p.name, span),
        valueCell(otherDocument ? [whole(p.idNumber!)] : idRuns(p)),
        valueCell(phoneRuns(p.phones, '\n')),
        valueCell(amountRuns(p.amountClaimedFen), { align: 'right' }),
      ],
    });
    if (details.length > 0) rows.push({ cells: [valueCell(details.join('；'), { colSpan: 3 })] });
  });
  return [
    { type: 'spacer', lines: 1 },
    para(renderText(SPEC, template, 'annexTitle', { role, count: String(people.length) }), { indent: false, align: 'center', bold: true }),
    { type: 'table', columns: ANNEX_COLUMNS_MM, size: 'small', rows },
  ];
}

/** 序号, 姓名 (four characters), 证件号码 (18 digits), 联系电话 (0892-88888888), 诉求金额: millimetres of the 156 mm block. */
export const ANNEX_COLUMNS_MM = [13.9, 23.8, 54.5, 38.8, 25];

/** Builds the desk's registration form for an intake of any kind (audience: internal). */
export function buildIntakeRecord(
  detail: IntakeRecordSource,
  extras: IntakeRecordExtras = {},
  template: DocumentTemplate = intakeRecordTemplate,
): DocumentModel {
  const kind = detail.kind;
  const role = PERSON_ROLE[kind];
  const title = renderText(SPEC, template, kind === 'complaint' ? 'titleComplaint' : kind === 'report' ? 'titleReport' : 'titleConsultation');
  const unitName = extras.unitName ?? detail.unit.name;
  const recorder = extras.recorderName ?? detail.recordedBy.name;
  const [receivedDate, receivedClock] = dateTimeOf(detail.receivedAt).split(' ');
  const external = detail.externalNo !== null || detail.replyDue !== null;

  const marks = [detail.collective ? '集体' : null, detail.urgent ? '紧急' : null].filter(Boolean);
  const typeText = `${INTAKE_KIND.label(kind)}${marks.length ? `（${marks.join('、')}）` : ''}`;
  const rows: Row[] = [
    pair('登记号', [whole(detail.regNoText)], '接待时间', [whole(dateText(receivedDate)), run(' '), whole(receivedClock)]),
    pair('来源渠道', INTAKE_CHANNEL.label(detail.channel), '类型', typeText),
    ...(external
      ? [wide('工单（来文）编号', detail.externalNo ? [whole(detail.externalNo)] : ''), wide('回复期限', detail.replyDue ? [whole(dateText(detail.replyDue))] : '')]
      : []),
    ...personRows(kind, detail),
    ...(detail.hiddenReporters > 0 ? [wide('说明', renderText(SPEC, template, 'hiddenReporters', { count: String(detail.hiddenReporters) }))] : []),
    ...partyRows(kind, detail),
    ...(detail.project
      ? [wide('工程项目', `${detail.project.name}${[detail.project.siteUnitName, detail.project.siteAddress].some(Boolean) ? `（${[detail.project.siteUnitName, detail.project.siteAddress].filter(Boolean).join('，')}）` : ''}`)]
      : []),
    wide(SUMMARY_LABEL[kind], detail.summary, 40),
    pair('涉及人数', [whole(`${detail.workersCount}人`)], '涉及金额', amountRuns(detail.amountClaimedFen)),
    ...screeningRows(detail),
    wide('处理意见', routeText(detail, extras.leaderName ?? null), 18),
    pair('接待人', recorder, '登记日期', [whole(dateText(receivedDate))]),
    { cells: [valueCell(renderText(SPEC, template, 'confirmation', { role }), { colSpan: 4 })] },
    { cells: [labelCell(`${role}签名`), valueCell(''), labelCell('日期'), valueCell('年　　月　　日', { align: 'right' })], minHeightMm: 18 },
  ];

  const body: DocBlock[] = [
    para(renderText(SPEC, template, 'header', { unitName, department: extras.departmentName ? `（${extras.departmentName}）` : '' }), { indent: false }),
  ];
  if (kind === 'report') body.push(para(REPORTER_CONFIDENTIAL_NOTE, { indent: false, bold: true }));
  body.push({ type: 'table', columns: [3, 4, 3, 4], size: 'small', rows });
  if (detail.complainants.length > 1) body.push(...annex(template, role, detail.complainants));

  return {
    kind: 'intakeRecord',
    organ: null,
    title,
    number: numberFor(template.numbering, { regNo: detail.regNoText }),
    addressee: null,
    body,
    signature: null,
    notes: [],
    layout: 'form',
  };
}
