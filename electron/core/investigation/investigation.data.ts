// Every SQL statement of the investigation's records (调查取证): the file's inspections and their parties, the unit's
// inspectors and their credentials, the 询问通知书 rows and their documents, the 询问笔录 drafts, finals and
// corrections. No rules here (shared/domain/investigation.ts).
import type { InquiryRecordView } from '../../../shared/contract/investigation';
import type { Language } from '../../../shared/domain/vocabulary';
import type { NamedInspector } from '../../../shared/domain/investigation';
import type { Prepare } from '../../../db/statements';
import { INQUIRY_RECORD, insertSignedRecord, signedParts, signedSelect, updateSignedDraft, type SavedStamp, type SignedDbRow, type SignedHead } from './signed-record.data';

export interface FileRow {
  id: string;
  unitId: string;
  title: string;
  status: string;
  anonymisedAt: number | null;
}

export function caseFileRow(prepare: Prepare, id: string): FileRow | null {
  return (prepare('SELECT id, unit_id AS unitId, title, status, anonymised_at AS anonymisedAt FROM case_files WHERE id = ?').get(id) as FileRow | undefined) ?? null;
}

export interface InspectionRow {
  id: string;
  status: string;
  number: string | null;
}

export function fileInspections(prepare: Prepare, caseFileId: string): InspectionRow[] {
  return prepare("SELECT id, status, number FROM proceedings WHERE case_file_id = ? AND kind = 'inspection' ORDER BY opened_at, id").all(caseFileId) as InspectionRow[];
}

export interface PartyRow {
  id: string;
  proceedingId: string;
  role: string;
  personId: string | null;
  /** The party's kind (organisation / individual …); null for a person (a complainant). */
  partyKind: string | null;
  name: string;
  address: string | null;
  phone: string | null;
  idNumber: string | null;
  sex: 'M' | 'F' | null;
}

const PARTY_SELECT = `SELECT pp.id, pp.proceeding_id AS proceedingId, pp.role, pp.person_id AS personId, pa.kind AS partyKind, coalesce(pa.name, pe.name) AS name,
                             pa.address AS address, pa.phone AS phone, pe.id_number AS idNumber, pe.sex AS sex
                      FROM proceeding_parties pp JOIN proceedings pr ON pr.id = pp.proceeding_id
                      LEFT JOIN parties pa ON pa.id = pp.party_id LEFT JOIN persons pe ON pe.id = pp.person_id`;

export function inspectionParties(prepare: Prepare, caseFileId: string): PartyRow[] {
  return prepare(`${PARTY_SELECT} WHERE pr.case_file_id = ? AND pr.kind = 'inspection' ORDER BY pr.opened_at, pp.sort_order, pp.id`).all(caseFileId) as PartyRow[];
}

export function partyById(prepare: Prepare, id: string): PartyRow | null {
  return (prepare(`${PARTY_SELECT} WHERE pp.id = ?`).get(id) as PartyRow | undefined) ?? null;
}

interface StaffCertRow {
  staffId: string;
  name: string;
  certNo: string | null;
  certExpiry: string | null;
  phone: string | null;
}

const STAFF_CERT = 'SELECT id AS staffId, name, enforcement_cert_no AS certNo, enforcement_cert_expiry AS certExpiry, phone FROM staff';

/** The named staff of this unit, active, in the order named; an id not found is left out (the caller says so). */
export function staffCerts(prepare: Prepare, unitId: string, ids: readonly string[]): (StaffCertRow | null)[] {
  const stmt = prepare(`${STAFF_CERT} WHERE id = ? AND unit_id = ? AND active = 1`);
  return ids.map((id) => (stmt.get(id, unitId) as StaffCertRow | undefined) ?? null);
}

/** The unit's active staff holding a 执法证 valid on `day`. */
export function certifiedStaff(prepare: Prepare, unitId: string, day: string): NamedInspector[] {
  return prepare(`${STAFF_CERT} WHERE unit_id = ? AND active = 1 AND enforcement_cert_no IS NOT NULL AND enforcement_cert_expiry >= ? ORDER BY name, id`).all(unitId, day) as NamedInspector[];
}

export function staffName(prepare: Prepare, id: string): string | null {
  return (prepare('SELECT name FROM staff WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// 询问通知书

export interface NewNotice {
  id: string;
  unitId: string;
  caseFileId: string;
  proceedingId: string;
  addresseeId: string | null;
  addresseeName: string;
  appearAt: number;
  place: string;
  bring: string[];
  contactPhone: string | null;
  createdBy: string;
  createdAt: number;
}

export function insertNotice(prepare: Prepare, n: NewNotice): void {
  prepare(
    `INSERT INTO inquiry_notices (id, unit_id, case_file_id, proceeding_id, addressee_id, addressee_name, appear_at, place, bring, contact_phone, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(n.id, n.unitId, n.caseFileId, n.proceedingId, n.addresseeId, n.addresseeName, n.appearAt, n.place, JSON.stringify(n.bring), n.contactPhone, n.createdBy, n.createdAt);
}

export interface NoticeRow {
  id: string;
  unitId: string;
  caseFileId: string;
  proceedingId: string;
  addresseeName: string;
  appearAt: number;
  place: string;
  bring: string;
  contactPhone: string | null;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  documentId: string | null;
  documentNumber: string | null;
}

const NOTICE_SELECT = `SELECT n.id, n.unit_id AS unitId, n.case_file_id AS caseFileId, n.proceeding_id AS proceedingId, n.addressee_name AS addresseeName,
                              n.appear_at AS appearAt, n.place, n.bring, n.contact_phone AS contactPhone, n.created_by AS createdBy, s.name AS createdByName,
                              n.created_at AS createdAt,
                              (SELECT d.id FROM documents d WHERE d.case_file_id = n.case_file_id AND d.kind = 'inquiryNotice' AND d.status = 'issued'
                                 AND json_extract(d.source, '$.noticeId') = n.id ORDER BY d.created_at DESC LIMIT 1) AS documentId,
                              (SELECT d.number FROM documents d WHERE d.case_file_id = n.case_file_id AND d.kind = 'inquiryNotice' AND d.status = 'issued'
                                 AND json_extract(d.source, '$.noticeId') = n.id ORDER BY d.created_at DESC LIMIT 1) AS documentNumber
                       FROM inquiry_notices n JOIN staff s ON s.id = n.created_by`;

export function noticeById(prepare: Prepare, id: string): NoticeRow | null {
  return (prepare(`${NOTICE_SELECT} WHERE n.id = ?`).get(id) as NoticeRow | undefined) ?? null;
}

export function fileNotices(prepare: Prepare, caseFileId: string): NoticeRow[] {
  return prepare(`${NOTICE_SELECT} WHERE n.case_file_id = ? ORDER BY n.created_at, n.id`).all(caseFileId) as NoticeRow[];
}

// ---------------------------------------------------------------------------------------------------------------
// 询问笔录

export interface RecordColumns {
  startedAt: number;
  endedAt: number | null;
  place: string;
  inspectors: NamedInspector[];
  recorderId: string | null;
  interviewee: InquiryRecordView['interviewee'];
  language: Language;
  languageOther: string | null;
  interpreterName: string | null;
  interpreterDutyTold: boolean;
  qa: { q: string; a: string }[];
}

const columnValues = (r: RecordColumns) => [
  r.startedAt,
  r.endedAt,
  r.place,
  JSON.stringify(r.inspectors),
  r.recorderId,
  r.interviewee.partyId,
  r.interviewee.name,
  r.interviewee.sex,
  r.interviewee.idNumber,
  r.interviewee.workplace,
  r.interviewee.post,
  r.interviewee.phone,
  r.interviewee.address,
  r.language,
  r.languageOther,
  r.interpreterName,
  r.interpreterDutyTold ? 1 : 0,
  JSON.stringify(r.qa),
];

const COLUMN_NAMES = [
  'started_at',
  'ended_at',
  'place',
  'inspectors',
  'recorder_id',
  'interviewee_party_id',
  'interviewee_name',
  'interviewee_sex',
  'interviewee_id_number',
  'interviewee_workplace',
  'interviewee_post',
  'interviewee_phone',
  'interviewee_address',
  'language',
  'language_other',
  'interpreter_name',
  'interpreter_duty_told',
  'qa',
];

export function insertRecord(prepare: Prepare, r: RecordColumns & SignedHead): void {
  insertSignedRecord(prepare, INQUIRY_RECORD, r, COLUMN_NAMES, columnValues(r));
}

/** Saves a draft at the version read; false when it is no longer a draft at that version. */
export function updateDraft(prepare: Prepare, id: string, rowVersion: number, r: RecordColumns, saved: SavedStamp): boolean {
  return updateSignedDraft(prepare, INQUIRY_RECORD, id, rowVersion, COLUMN_NAMES, columnValues(r), saved);
}

interface RecordDbRow extends SignedDbRow {
  interviewee_party_id: string | null;
  interviewee_name: string;
  interviewee_sex: 'M' | 'F' | null;
  interviewee_id_number: string | null;
  interviewee_workplace: string | null;
  interviewee_post: string | null;
  interviewee_phone: string | null;
  interviewee_address: string | null;
  language: Language;
  language_other: string | null;
  interpreter_name: string | null;
  interpreter_duty_told: number;
  qa: string;
}

export type RecordRow = InquiryRecordView & { unitId: string; caseFileId: string };

const RECORD_SELECT = signedSelect(INQUIRY_RECORD, 'r');

function shape(prepare: Prepare, r: RecordDbRow): RecordRow {
  return {
    ...signedParts(prepare, INQUIRY_RECORD, r),
    interviewee: {
      partyId: r.interviewee_party_id,
      name: r.interviewee_name,
      sex: r.interviewee_sex,
      idNumber: r.interviewee_id_number,
      workplace: r.interviewee_workplace,
      post: r.interviewee_post,
      phone: r.interviewee_phone,
      address: r.interviewee_address,
    },
    language: r.language,
    languageOther: r.language_other,
    interpreterName: r.interpreter_name,
    interpreterDutyTold: r.interpreter_duty_told === 1,
    qa: JSON.parse(r.qa) as { q: string; a: string }[],
  };
}

export function recordById(prepare: Prepare, id: string): RecordRow | null {
  const r = prepare(`${RECORD_SELECT} WHERE r.id = ?`).get(id) as RecordDbRow | undefined;
  return r ? shape(prepare, r) : null;
}

export function fileRecords(prepare: Prepare, caseFileId: string): RecordRow[] {
  return (prepare(`${RECORD_SELECT} WHERE r.case_file_id = ? ORDER BY r.started_at, r.id`).all(caseFileId) as RecordDbRow[]).map((r) => shape(prepare, r));
}

// ---------------------------------------------------------------------------------------------------------------
// Retention (PIPL Art. 47(2); retention/case-records.ts): what anonymising an expired file clears here.

/**
 * Clears the people in the file's investigation records; returns the fields cleared, the names (for the timeline's
 * scrub) and the free texts the timeline quoted. A 询问笔录 is the record of a legal proceeding, but its answers are
 * a person's own account — where they lived, whom they worked for, what they were paid — as a meeting's outcome or an
 * incident's description is; so, as those are (cleared whole, not redacted word by word), each question and answer
 * and each correction becomes 已匿名化 text, keeping how many there were. Kept: times, place, the inspectors (staff,
 * acting in office), the language, status and the interviewee's post. An addressee that is a unit keeps its name.
 * The printed PDFs stay in the document store as the other documents of the file do.
 */
export function anonymiseInvestigationRows(prepare: Prepare, caseFileId: string, name: string, text: string): { fields: number; names: string[]; texts: string[] } {
  const names: string[] = [];
  const texts: string[] = [];
  let fields = 0;
  const records = prepare('SELECT id, interviewee_name, interviewee_id_number, interviewee_phone, interviewee_address, interviewee_workplace, interpreter_name, qa FROM inquiry_records WHERE case_file_id = ?').all(caseFileId) as {
    id: string;
    interviewee_name: string;
    interviewee_id_number: string | null;
    interviewee_phone: string | null;
    interviewee_address: string | null;
    interviewee_workplace: string | null;
    interpreter_name: string | null;
    qa: string;
  }[];
  const updateRecord = prepare(
    'UPDATE inquiry_records SET interviewee_name = ?, interviewee_id_number = NULL, interviewee_phone = NULL, interviewee_address = NULL, interviewee_sex = NULL, interpreter_name = ?, qa = ? WHERE id = ?',
  );
  for (const r of records) {
    if (r.interviewee_name !== name) names.push(r.interviewee_name);
    if (r.interpreter_name && r.interpreter_name !== name) names.push(r.interpreter_name);
    const qa = JSON.parse(r.qa) as { q: string; a: string }[];
    fields += 1 + (r.interviewee_id_number ? 1 : 0) + (r.interviewee_phone ? 1 : 0) + (r.interviewee_address ? 1 : 0) + (r.interpreter_name ? 1 : 0) + qa.length * 2;
    updateRecord.run(name, r.interpreter_name ? name : null, JSON.stringify(qa.map(() => ({ q: text, a: text }))), r.id);
  }
  const corrections = prepare('SELECT c.id, c.text, c.reason FROM inquiry_corrections c JOIN inquiry_records r ON r.id = c.record_id WHERE r.case_file_id = ?').all(caseFileId) as { id: string; text: string; reason: string }[];
  const updateCorrection = prepare('UPDATE inquiry_corrections SET text = ?, reason = ? WHERE id = ?');
  for (const c of corrections) {
    texts.push(...[c.text, c.reason].filter((t) => t !== text));
    fields += 2;
    updateCorrection.run(text, text, c.id);
  }
  // A notice to a person (a witness named here, a complainant, an individual party such as a 包工头) loses the name; a unit's stays.
  const people = prepare(
    `SELECT n.id, n.addressee_name FROM inquiry_notices n LEFT JOIN proceeding_parties pp ON pp.id = n.addressee_id LEFT JOIN parties pa ON pa.id = pp.party_id
     WHERE n.case_file_id = ? AND (n.addressee_id IS NULL OR pp.person_id IS NOT NULL OR pa.kind = 'individual') AND n.addressee_name <> ?`,
  ).all(caseFileId, name) as { id: string; addressee_name: string }[];
  const updateNotice = prepare('UPDATE inquiry_notices SET addressee_name = ? WHERE id = ?');
  for (const n of people) {
    names.push(n.addressee_name);
    fields += 1;
    updateNotice.run(name, n.id);
  }
  return { fields, names, texts };
}
