// 投诉（举报）登记表 / 咨询登记表: the desk's record of what arrived, as a ruled form (DOMAIN.md §1.1 若干规定
// "complaint document" fields; §2.2 投诉登记 / 举报登记). Internal: it stays in the file. A report's record names the
// reporter — the bureau must know who reported — and says on its face that the identity is confidential.
import { dateTimeOf } from '../time';
import { numberFor } from './arbitration-common';
import { ID_TYPE, INTAKE_CHANNEL, INTAKE_KIND, INTAKE_ROUTE, LANGUAGE, PARTY_ROLE, type IntakeKind } from '../vocabulary';
import { dateText, labelCell, names, para, sexText, valueCell, yuanText } from './format';
import type { DocBlock, DocCell, DocumentModel, IntakeRecordExtras, IntakeRecordSource } from './model';
import { renderText, type DocumentTemplate } from './template-engine';
import { intakeRecordTemplate, TEMPLATE_SPECS } from './templates';

/** 监察条例 Art. 9: the department keeps a reporter's identity confidential. Statutory, so not template text. */
export const REPORTER_CONFIDENTIAL_NOTE = '举报人信息依法保密（《劳动保障监察条例》第九条），不得向被举报单位透露。';

const SPEC = TEMPLATE_SPECS.intakeRecord;

const PERSON_ROLE: Record<IntakeKind, string> = { complaint: '投诉人', report: '举报人', consultation: '咨询人' };
const SUMMARY_LABEL: Record<IntakeKind, string> = { complaint: '诉求摘要', report: '举报内容', consultation: '咨询内容' };

type Person = IntakeRecordSource['complainants'][number];
type Row = { cells: DocCell[]; minHeightMm?: number };

function idText(p: { idType: Person['idType']; idNumber: string | null; idMissingReason?: string | null }): string {
  if (p.idType === 'none' || p.idNumber === null) return p.idMissingReason ? `无（${p.idMissingReason}）` : '无';
  return p.idType === 'residentId' ? p.idNumber : `${ID_TYPE.label(p.idType)} ${p.idNumber}`;
}

const pair = (l1: string, v1: string, l2: string, v2: string): Row => ({
  cells: [labelCell(l1), valueCell(v1), labelCell(l2), valueCell(v2)],
});
const wide = (label: string, value: string, minHeightMm?: number): Row => {
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
    // Long numbers get a whole row, so an ID number never breaks across lines.
    return [
      pair('姓名', p.name, '性别', sexText(p.sex)),
      wide('证件号码', idText(p)),
      pair('联系电话', names(p.phones), '交流语言', LANGUAGE.label(p.preferredLanguage)),
      wide('籍贯', p.hometown ?? ''),
    ];
  }
  const reps = people.filter((p) => p.isRepresentative);
  const rows = [wide(role, `${reps.length > 0 ? `代表${names(reps.map((p) => p.name))}` : `${people[0].name}等`}，共登记${people.length}人（名单见附表）`)];
  for (const p of reps) rows.push(wide('代表联系方式', `${p.name}：${idText(p)}；${names(p.phones) || '未登记电话'}`));
  return rows;
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
      rows.push(wide('证件号码', party.idNumber ? idText({ idType: party.idType ?? 'residentId', idNumber: party.idNumber }) : ''));
      rows.push(pair('住址', party.address ?? '', '联系电话', party.phone ?? ''));
    } else {
      rows.push(wide('统一社会信用代码', party.creditCode ?? ''));
      rows.push(pair('法定代表人（负责人）', rep, '联系电话', party.phone ?? ''));
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

function annex(template: DocumentTemplate, role: string, people: readonly Person[]): DocBlock[] {
  const head = (t: string): DocCell => labelCell(t, { align: 'center' });
  return [
    { type: 'spacer', lines: 1 },
    para(renderText(SPEC, template, 'annexTitle', { role, count: String(people.length) }), { indent: false, align: 'center', bold: true }),
    {
      type: 'table',
      columns: [1.4, 2.2, 5.6, 3.6, 3.0, 1.6],
      size: 'small',
      rows: [
        { cells: [head('序号'), head('姓名'), head('证件号码'), head('联系电话'), head('诉求金额'), head('备注')] },
        ...people.map((p, i) => ({
          cells: [
            valueCell(String(i + 1), { align: 'center' }),
            valueCell(p.name),
            valueCell(idText(p)),
            valueCell(names(p.phones)),
            valueCell(p.amountClaimedFen === null ? '' : yuanText(p.amountClaimedFen), { align: 'right' }),
            valueCell([p.isRepresentative ? '代表' : '', p.note ?? ''].filter(Boolean).join('；')),
          ],
        })),
      ],
    },
  ];
}

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
    pair('登记号', detail.regNoText, '接待时间', `${dateText(receivedDate)} ${receivedClock}`),
    pair('来源渠道', INTAKE_CHANNEL.label(detail.channel), '类型', typeText),
    ...(external ? [wide('工单（来文）编号', detail.externalNo ?? ''), wide('回复期限', detail.replyDue ? dateText(detail.replyDue) : '')] : []),
    ...personRows(kind, detail),
    ...(detail.hiddenReporters > 0 ? [wide('说明', renderText(SPEC, template, 'hiddenReporters', { count: String(detail.hiddenReporters) }))] : []),
    ...partyRows(kind, detail),
    ...(detail.project
      ? [wide('工程项目', `${detail.project.name}${[detail.project.siteUnitName, detail.project.siteAddress].some(Boolean) ? `（${[detail.project.siteUnitName, detail.project.siteAddress].filter(Boolean).join('，')}）` : ''}`)]
      : []),
    wide(SUMMARY_LABEL[kind], detail.summary, 40),
    pair('涉及人数', `${detail.workersCount}人`, '涉及金额', detail.amountClaimedFen === null ? '' : yuanText(detail.amountClaimedFen)),
    wide('处理意见', routeText(detail, extras.leaderName ?? null), 18),
    pair('接待人', recorder, '登记日期', dateText(receivedDate)),
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
