// The investigation's records (调查取证) of an inspection. Who acts: proceeding.act and a place on the file, on an
// inspection that has been filed (立案: 监察条例 Arts. 14, 17 — the investigation runs from it). A 询问通知书 is kept
// as a row and issued as a document of the file; a 询问笔录 is a draft until finalised, then read-only (trigger),
// corrected only by an appended 更正 with its reason; each write, its timeline line and its audit row commit together.
import type { z } from 'zod';
import type { signedRecordCorrectInput } from '../../../shared/contract/signed-record';
import type {
  FileInvestigation,
  InquiryRecordView,
  inquiryNoticeInput,
  inquiryRecordCreateInput,
  inquiryRecordFinaliseInput,
  inquiryRecordPrintInput,
  inquiryRecordSaveInput,
} from '../../../shared/contract/investigation';
import type { DocumentRecord } from '../../../shared/contract/documents';
import { can, maskIdNumber, maskNumbersInText, maskPhone } from '../../../shared/domain/permissions';
import { finaliseProblems, inspectorProblem, languageProblems, timeProblems, type NamedInspector } from '../../../shared/domain/investigation';
import { dateKeyOf, dateTimeOf } from '../../../shared/domain/time';
import { PARTY_ROLE, PROCEEDING_KIND } from '../../../shared/domain/vocabulary';
import type { CallContext, Principal } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { generateDocuments } from '../documents/documents.service';
import { placeOnFile } from '../proceedings/engine';
import { findProceeding, type ProceedingRow } from '../proceedings/proceedings.data';
import { principalOf } from '../session/session.service';
import {
  caseFileRow,
  certifiedStaff,
  fileInspections,
  fileNotices,
  fileRecords,
  insertNotice,
  insertRecord,
  inspectionParties,
  partyById,
  recordById,
  staffCerts,
  updateDraft,
  type NoticeRow,
  type RecordColumns,
  type RecordRow,
} from './investigation.data';
import { INQUIRY_RECORD } from './signed-record.data';
import { correctSigned, finaliseSigned } from './signed-record.service';

const ART14_17 = '《劳动保障监察条例》第十四条、第十七条';

export function callerOf(call: CallContext): Principal {
  const p = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!p) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return p;
}

function requireActor(call: CallContext, p: ProceedingRow, what: string): Principal {
  const principal = callerOf(call);
  if (!can(principal.roles, 'proceeding.act')) throw new ServiceError('FORBIDDEN', `您的角色不能${what}`);
  if (!placeOnFile(call.core, principal.staffId, p)) throw new ServiceError('FORBIDDEN', `您不在本案办案组中，不能${what}；请包案领导或部门负责人将您加入办案组`);
  return principal;
}

/** The filed inspection a record belongs to, in the caller's unit, on an open file. */
export function inspectionFor(call: CallContext, proceedingId: string, what: string): ProceedingRow {
  const inst = requireInstallation(call.core);
  const p = findProceeding(call.core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (p.kind !== 'inspection') throw invalid({ proceedingId: `只有劳动保障监察案件才能${what}` });
  requireActor(call, p, what);
  const file = caseFileRow(call.core.prepare, p.caseFileId)!;
  if (file.status !== 'open') throw new ServiceError('CONFLICT', `案卷已${file.anonymisedAt ? '匿名化' : '办结'}，不能${what}`);
  if (p.number === null) throw new ServiceError('STEP_BLOCKED', `该监察案件尚未立案，立案后才能${what}（${ART14_17}）`);
  return p;
}

/** A natural person: a complainant, or an individual party (a 包工头, an 个体). */
const isPerson = (x: { personId: string | null; partyKind: string | null }) => x.personId !== null || x.partyKind === 'individual';

const roleLabel = (role: string) =>
  ({ complainant: '投诉人', ...Object.fromEntries(PARTY_ROLE.values.map((v) => [v, PARTY_ROLE.label(v)])) })[role] ?? role;

// ---------------------------------------------------------------------------------------------------------------
// 询问通知书

function noticeView(n: NoticeRow) {
  return {
    id: n.id,
    proceedingId: n.proceedingId,
    addresseeName: n.addresseeName,
    appearAt: n.appearAt,
    place: n.place,
    bring: JSON.parse(n.bring) as string[],
    documentId: n.documentId,
    documentNumber: n.documentNumber,
    createdBy: { id: n.createdBy, name: n.createdByName },
    createdAt: n.createdAt,
  };
}

export async function issueInquiryNotice(call: CallContext, input: z.output<typeof inquiryNoticeInput>): Promise<DocumentRecord> {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = inspectionFor(call, input.proceedingId, '发出询问通知书');
  let addresseeName = input.addresseeName;
  if (input.addresseeId) {
    const party = partyById(core.prepare, input.addresseeId);
    if (!party || party.proceedingId !== p.id) throw invalid({ addresseeId: '被通知人不是这一监察案件的当事人' });
    addresseeName = party.name;
  }
  const now = core.clock.now();
  if (input.appearAt <= now) throw invalid({ appearAt: '到场时间应当晚于现在' });
  const id = tx(writeContext(call), (w) => {
    const noticeId = newId(w.now);
    insertNotice(w.prepare, { id: noticeId, unitId: inst.unitId, caseFileId: p.caseFileId, proceedingId: p.id, addresseeId: input.addresseeId, addresseeName, appearAt: input.appearAt, place: input.place, bring: input.bring, contactPhone: input.contactPhone, createdBy: w.actorStaffId!, createdAt: w.now });
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'investigation.notice', summary: `通知${addresseeName}于${dateTimeOf(input.appearAt)}到${input.place}接受询问`, data: { noticeId } });
    w.audit({ action: 'inquiryNotice', entity: 'caseFile', entityId: p.caseFileId, change: { noticeId, proceedingId: p.id, addresseeId: input.addresseeId, appearAt: input.appearAt } });
    w.changed('caseFile', p.caseFileId);
    return noticeId;
  });
  // The notice row stands before its document is rendered (the builder reads it); a failed render leaves the row
  // without a document, shown as such on the panel, to be issued again from it.
  const [record] = await generateDocuments(call, { request: { kind: 'inquiryNotice', noticeId: id }, caseFileId: p.caseFileId });
  return record!;
}

// ---------------------------------------------------------------------------------------------------------------
// 询问笔录

type RecordInput = Omit<z.output<typeof inquiryRecordCreateInput>, 'proceedingId'>;

/** Checks what an interview needs from its first save: the inspectors (Art. 16), the interpreter, the times. */
function checkedColumns(call: CallContext, p: ProceedingRow, input: RecordInput): RecordColumns {
  const core = call.core;
  const inst = requireInstallation(core);
  const problems: Record<string, string> = { ...timeProblems(input, core.clock.now()) };
  const found = staffCerts(core.prepare, inst.unitId, input.inspectorIds);
  const missing = found.findIndex((s) => s === null);
  const named: NamedInspector[] = found.filter((s): s is NonNullable<typeof s> => s !== null);
  const inspectors = missing >= 0 ? '所选询问人不是本单位在职工作人员' : inspectorProblem(named, dateKeyOf(input.startedAt));
  if (inspectors) problems.inspectorIds = inspectors;
  Object.assign(problems, languageProblems(input));
  if (input.recorderId && staffCerts(core.prepare, inst.unitId, [input.recorderId])[0] === null) problems.recorderId = '记录人须是本单位在职工作人员';
  let interviewee = input.interviewee;
  if (interviewee.partyId) {
    const party = partyById(core.prepare, interviewee.partyId);
    if (!party || party.proceedingId !== p.id) problems['interviewee.partyId'] = '被询问人不是这一监察案件的当事人';
    // A unit's record is a person's answers: the unit stays the party, the person questioned is named here.
    else if (isPerson(party)) interviewee = { ...interviewee, name: party.name };
  }
  if (Object.keys(problems).length > 0) throw invalid(problems);
  return {
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    place: input.place,
    inspectors: named.map((i) => ({ staffId: i.staffId, name: i.name, certNo: i.certNo!, certExpiry: i.certExpiry! })),
    recorderId: input.recorderId,
    interviewee,
    language: input.language,
    languageOther: input.language === 'other' ? input.languageOther : null,
    interpreterName: input.interpreterName,
    interpreterDutyTold: input.interpreterName ? input.interpreterDutyTold : false,
    qa: input.qa,
  };
}

/**
 * A record as someone off the file reads it (the desk, a colleague with document.read): the interviewee's ID number
 * and phone masked, as lists show them, and numbers typed into the answers too. The handlers see it whole.
 */
function maskedView(r: InquiryRecordView): InquiryRecordView {
  const m = maskNumbersInText;
  return {
    ...r,
    interviewee: { ...r.interviewee, idNumber: maskIdNumber(r.interviewee.idNumber), phone: r.interviewee.phone === null ? null : maskPhone(r.interviewee.phone) },
    qa: r.qa.map((x) => ({ q: m(x.q), a: m(x.a) })),
    corrections: r.corrections.map((c) => ({ ...c, text: m(c.text), reason: m(c.reason) })),
  };
}

function publicView(r: RecordRow): InquiryRecordView {
  const { unitId: _u, caseFileId: _c, ...view } = r;
  return view;
}

export function createInquiryRecord(call: CallContext, input: z.output<typeof inquiryRecordCreateInput>): InquiryRecordView {
  const inst = requireInstallation(call.core);
  const p = inspectionFor(call, input.proceedingId, '制作询问笔录');
  const cols = checkedColumns(call, p, input);
  const id = tx(writeContext(call), (w) => {
    const recordId = newId(w.now);
    insertRecord(w.prepare, { ...cols, id: recordId, unitId: inst.unitId, caseFileId: p.caseFileId, proceedingId: p.id, createdBy: w.actorStaffId!, createdAt: w.now });
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'investigation.recordStarted', summary: `询问${cols.interviewee.name}（${cols.inspectors.map((i) => i.name).join('、')}），笔录草稿`, data: { recordId } });
    w.audit({ action: 'inquiryRecordCreate', entity: 'inquiryRecord', entityId: recordId, change: { proceedingId: p.id, inspectors: cols.inspectors.map((i) => i.staffId), language: cols.language, qa: cols.qa.length } });
    w.changed('caseFile', p.caseFileId);
    return recordId;
  });
  return publicView(recordById(call.core.prepare, id)!);
}

function storedRecord(call: CallContext, id: string, what: string): { r: RecordRow; p: ProceedingRow } {
  const inst = requireInstallation(call.core);
  const r = recordById(call.core.prepare, id);
  if (!r || r.unitId !== inst.unitId) throw notFound('该询问笔录');
  const p = inspectionFor(call, r.proceedingId, what);
  return { r, p };
}

const FINAL_READ_ONLY = '该询问笔录已定稿，不能修改；如有错误，请使用“追加更正”并写明理由';

export function saveInquiryRecord(call: CallContext, input: z.output<typeof inquiryRecordSaveInput>): InquiryRecordView {
  const { r, p } = storedRecord(call, input.id, '修改询问笔录');
  if (r.status === 'final') throw new ServiceError('CONFLICT', FINAL_READ_ONLY);
  const cols = checkedColumns(call, p, input);
  tx(writeContext(call), (w) => {
    if (!updateDraft(w.prepare, r.id, input.rowVersion, cols, { by: w.actorStaffId!, at: w.now })) {
      if (recordById(w.prepare, r.id)?.status === 'final') throw new ServiceError('CONFLICT', FINAL_READ_ONLY);
      throw conflict('该询问笔录');
    }
    w.audit({ action: 'inquiryRecordSave', entity: 'inquiryRecord', entityId: r.id, change: { qa: cols.qa.length, endedAt: cols.endedAt } });
    w.changed('caseFile', p.caseFileId);
  });
  return publicView(recordById(call.core.prepare, r.id)!);
}

export function finaliseInquiryRecord(call: CallContext, input: z.output<typeof inquiryRecordFinaliseInput>): InquiryRecordView {
  const { r, p } = storedRecord(call, input.id, '询问笔录定稿');
  if (r.status === 'final') throw new ServiceError('CONFLICT', '该询问笔录已经定稿');
  // The stored draft is checked again as it stands: certificates may have lapsed since it was saved.
  const again = checkedColumns(call, p, { ...r, inspectorIds: r.inspectors.map((i) => i.staffId), recorderId: r.recorder?.id ?? null });
  const problems = finaliseProblems(again);
  if (Object.keys(problems).length > 0) throw invalid(problems);
  finaliseSigned(call, INQUIRY_RECORD, { ...r, label: '询问笔录' }, p, input.rowVersion, {
    event: {
      kind: 'investigation.recordFinalised',
      summary: `询问笔录定稿：被询问人${r.interviewee.name}，${dateTimeOf(r.startedAt)}至${dateTimeOf(r.endedAt!).slice(11)}，问答${r.qa.length}组`,
      data: { recordId: r.id },
    },
    audit: { action: 'inquiryRecordFinalise', entity: 'inquiryRecord', change: { qa: r.qa.length } },
  });
  return publicView(recordById(call.core.prepare, r.id)!);
}

export function correctInquiryRecord(call: CallContext, input: z.output<typeof signedRecordCorrectInput>): InquiryRecordView {
  const { r, p } = storedRecord(call, input.id, '更正询问笔录');
  correctSigned(call, INQUIRY_RECORD, { ...r, label: '询问笔录' }, p, input, (correctionId) => ({
    event: { kind: 'investigation.recordCorrected', summary: `更正询问笔录（被询问人${r.interviewee.name}）：${input.reason}`, data: { recordId: r.id, correctionId } },
    audit: { action: 'inquiryRecordCorrect', entity: 'inquiryRecord', change: { correctionId, reason: input.reason } },
  }));
  return publicView(recordById(call.core.prepare, r.id)!);
}

export async function printInquiryRecord(call: CallContext, input: z.output<typeof inquiryRecordPrintInput>): Promise<DocumentRecord> {
  const { r } = storedRecord(call, input.id, '打印询问笔录');
  if (r.status !== 'final') throw new ServiceError('CONFLICT', '笔录定稿后才能打印交被询问人签名；请先核对并定稿');
  const [record] = await generateDocuments(call, { request: { kind: 'inquiryRecord', recordId: r.id }, caseFileId: r.caseFileId });
  return record!;
}

/**
 * The file of this unit, and whether the caller may record its investigation: the file open, the permission, and a
 * place on a filed (numbered) inspection of it — the interviews' and the site inspections' lists both ask.
 */
export function investigationAccess(call: CallContext, caseFileId: string): { inspections: ReturnType<typeof fileInspections>; mayAct: boolean } {
  const core = call.core;
  const inst = requireInstallation(core);
  const file = caseFileRow(core.prepare, caseFileId);
  if (!file || file.unitId !== inst.unitId) throw notFound('该案卷');
  const principal = callerOf(call);
  const inspections = fileInspections(core.prepare, caseFileId);
  const mayAct =
    file.status === 'open' &&
    can(principal.roles, 'proceeding.act') &&
    inspections.some((x) => {
      const p = findProceeding(core.prepare, x.id);
      return !!p && p.number !== null && placeOnFile(core, principal.staffId, p);
    });
  return { inspections, mayAct };
}

export function listFileInvestigation(call: CallContext, caseFileId: string): FileInvestigation {
  const core = call.core;
  const inst = requireInstallation(core);
  const { inspections, mayAct } = investigationAccess(call, caseFileId);
  const today = dateKeyOf(core.clock.now());
  return {
    caseFileId,
    mayAct,
    proceedings: inspections.map((x) => ({ proceedingId: x.id, label: PROCEEDING_KIND.label('inspection'), number: x.number, filed: x.number !== null })),
    parties: inspectionParties(core.prepare, caseFileId).map((x) => ({ id: x.id, proceedingId: x.proceedingId, name: x.name, role: roleLabel(x.role), person: isPerson(x) })),
    inspectors: certifiedStaff(core.prepare, inst.unitId, today).map((i) => ({ staffId: i.staffId, name: i.name, certNo: i.certNo!, certExpiry: i.certExpiry! })),
    notices: fileNotices(core.prepare, caseFileId).map(noticeView),
    records: fileRecords(core.prepare, caseFileId).map((r) => (mayAct ? publicView(r) : maskedView(publicView(r)))),
  };
}
