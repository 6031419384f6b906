// The SQL the two records signed on paper share — the 询问笔录 and the 现场检查笔录. Each is a draft saved at the
// version read, finalised once (then printed for signature), and afterwards corrected only by an appended note with
// its reason; its prints are the issued documents whose source names it. Their tables differ, their statements do
// not: each kind is a fixed descriptor below, never a name taken from input. No rules here.
import type { Prepare } from '../../../db/statements';
import type { InquiryRecordView } from '../../../shared/contract/investigation';

export interface SignedRecordKind {
  table: 'inquiry_records' | 'site_inspections' | 'hearing_transcripts';
  corrections: 'inquiry_corrections' | 'site_inspection_corrections' | 'hearing_transcript_corrections';
  /** The corrections' column naming the record. */
  recordColumn: 'record_id' | 'inspection_id';
  /** The document printed from the record, and the key naming the record in that document's source. */
  documentKind: 'inquiryRecord' | 'siteInspectionRecord' | 'hearingTranscript';
  sourceKey: 'recordId' | 'inspectionId';
}

export const INQUIRY_RECORD: SignedRecordKind = {
  table: 'inquiry_records',
  corrections: 'inquiry_corrections',
  recordColumn: 'record_id',
  documentKind: 'inquiryRecord',
  sourceKey: 'recordId',
};

export const SITE_INSPECTION: SignedRecordKind = {
  table: 'site_inspections',
  corrections: 'site_inspection_corrections',
  recordColumn: 'inspection_id',
  documentKind: 'siteInspectionRecord',
  sourceKey: 'inspectionId',
};

/** 庭审笔录 (electron/core/hearings/hearing-transcript.*): the same draft, 定稿 and appended corrections. */
export const HEARING_TRANSCRIPT: SignedRecordKind = {
  table: 'hearing_transcripts',
  corrections: 'hearing_transcript_corrections',
  recordColumn: 'record_id',
  documentKind: 'hearingTranscript',
  sourceKey: 'recordId',
};

/** Who made the record and when it starts: what every signed record's row holds before its own columns. */
export interface SignedHead {
  id: string;
  unitId: string;
  caseFileId: string;
  proceedingId: string;
  createdBy: string;
  createdAt: number;
}

export function insertSignedRecord(prepare: Prepare, k: SignedRecordKind, head: SignedHead, columns: readonly string[], values: readonly unknown[]): void {
  prepare(
    `INSERT INTO ${k.table} (id, unit_id, case_file_id, proceeding_id, ${columns.join(', ')}, created_by, created_at, saved_by, saved_at)
     VALUES (?, ?, ?, ?, ${columns.map(() => '?').join(', ')}, ?, ?, ?, ?)`,
  ).run(head.id, head.unitId, head.caseFileId, head.proceedingId, ...values, head.createdBy, head.createdAt, head.createdBy, head.createdAt);
}

/** Who saves a draft and when: kept on the row so a second editor's conflict screen can name them. */
export interface SavedStamp {
  by: string;
  at: number;
}

/** Saves a draft at the version read; false when it is no longer a draft at that version. */
export function updateSignedDraft(prepare: Prepare, k: SignedRecordKind, id: string, rowVersion: number, columns: readonly string[], values: readonly unknown[], saved: SavedStamp): boolean {
  const set = columns.map((c) => `${c} = ?`).join(', ');
  const sql = `UPDATE ${k.table} SET ${set}, saved_by = ?, saved_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'`;
  return prepare(sql).run(...values, saved.by, saved.at, id, rowVersion).changes === 1;
}

/** Finalises a draft at the version read; false when it is no longer a draft at that version. */
export function finaliseSignedDraft(prepare: Prepare, k: SignedRecordKind, id: string, rowVersion: number, by: string, at: number): boolean {
  const sql = `UPDATE ${k.table} SET status = 'final', finalised_by = ?, finalised_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND status = 'draft'`;
  return prepare(sql).run(by, at, id, rowVersion).changes === 1;
}

export function insertSignedCorrection(prepare: Prepare, k: SignedRecordKind, c: { id: string; recordId: string; text: string; reason: string; createdBy: string; createdAt: number }): void {
  prepare(`INSERT INTO ${k.corrections} (id, ${k.recordColumn}, text, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    c.id,
    c.recordId,
    c.text,
    c.reason,
    c.createdBy,
    c.createdAt,
  );
}

/** The row with the names of its recorder, its author and who finalised it; `alias` is the record table's. */
export function signedSelect(k: SignedRecordKind, alias: string): string {
  return `SELECT ${alias}.*, rec.name AS recorder_name, cb.name AS created_by_name, fb.name AS finalised_by_name, sb.name AS saved_by_name
          FROM ${k.table} ${alias} JOIN staff cb ON cb.id = ${alias}.created_by
          LEFT JOIN staff rec ON rec.id = ${alias}.recorder_id LEFT JOIN staff fb ON fb.id = ${alias}.finalised_by
          LEFT JOIN staff sb ON sb.id = ${alias}.saved_by`;
}

/** The columns every signed record's row has, as signedSelect reads them. */
export interface SignedDbRow {
  id: string;
  unit_id: string;
  case_file_id: string;
  proceeding_id: string;
  status: 'draft' | 'final';
  started_at: number;
  ended_at: number | null;
  place: string;
  inspectors: string;
  recorder_id: string | null;
  recorder_name: string | null;
  created_by: string;
  created_by_name: string;
  finalised_by: string | null;
  finalised_by_name: string | null;
  finalised_at: number | null;
  saved_by: string | null;
  saved_by_name: string | null;
  saved_at: number | null;
  row_version: number;
}

const staffRef = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** A signed record's appended corrections (oldest first) and its issued prints (newest last). */
export function signedTrail(prepare: Prepare, k: SignedRecordKind, id: string, caseFileId: string) {
  const corrections = prepare(
    `SELECT c.id, c.text, c.reason, c.created_at AS at, c.created_by AS byId, s.name AS byName FROM ${k.corrections} c JOIN staff s ON s.id = c.created_by
     WHERE c.${k.recordColumn} = ? ORDER BY c.created_at, c.id`,
  ).all(id) as { id: string; text: string; reason: string; at: number; byId: string; byName: string }[];
  const documents = prepare(
    `SELECT id, title, created_at AS createdAt FROM documents
     WHERE case_file_id = ? AND kind = ? AND status = 'issued' AND json_extract(source, '$.${k.sourceKey}') = ? ORDER BY created_at, id`,
  ).all(caseFileId, k.documentKind, id) as { id: string; title: string; createdAt: number }[];
  return { corrections: corrections.map((c) => ({ id: c.id, text: c.text, reason: c.reason, at: c.at, by: { id: c.byId, name: c.byName } })), documents };
}

/** What every signed record shows: its times and place, who made it, its corrections and its prints, its version. */
export function signedParts(prepare: Prepare, k: SignedRecordKind, r: SignedDbRow) {
  const { corrections, documents } = signedTrail(prepare, k, r.id, r.case_file_id);
  return {
    id: r.id,
    unitId: r.unit_id,
    caseFileId: r.case_file_id,
    proceedingId: r.proceeding_id,
    status: r.status,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    place: r.place,
    inspectors: JSON.parse(r.inspectors) as InquiryRecordView['inspectors'],
    recorder: staffRef(r.recorder_id, r.recorder_name),
    corrections,
    documents,
    createdBy: { id: r.created_by, name: r.created_by_name },
    finalisedBy: staffRef(r.finalised_by, r.finalised_by_name),
    finalisedAt: r.finalised_at,
    savedBy: staffRef(r.saved_by, r.saved_by_name),
    savedAt: r.saved_at,
    rowVersion: r.row_version,
  };
}
