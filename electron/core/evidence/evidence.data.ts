// Every SQL statement about a case file's evidence and its workers' amounts owed: the items with who added and
// withdrew them, the next 证据序号, the workers named at the file's complaint intakes with what each claimed, and
// the corrections of an amount owed. No rules here; evidence.service.ts and workers.service.ts hold them.
import type { Prepare } from '../../../db/statements';
import type { EvidenceForm, EvidenceKind, EvidenceMime, EvidenceStatus, EvidenceSubmitter } from '../../../shared/domain/evidence';
import { newId } from '../kernel/ids';

export interface EvidenceRow {
  id: string;
  unit_id: string;
  case_file_id: string;
  seq: number;
  proceeding_id: string | null;
  title: string;
  kind: EvidenceKind;
  submitter: EvidenceSubmitter;
  person_id: string | null;
  party_id: string | null;
  submitter_name: string | null;
  purpose: string;
  form: EvidenceForm;
  source: string | null;
  pages: number | null;
  received_date: string;
  file_name: string;
  file_sha256: string;
  mime: EvidenceMime;
  bytes: number;
  status: EvidenceStatus;
  withdrawn_reason: string | null;
  withdrawn_at: number | null;
  withdrawn_by: string | null;
  withdrawn_by_name: string | null;
  created_by: string;
  created_by_name: string;
  created_at: number;
}

const SELECT = `SELECT e.*, f.mime, f.bytes, a.name AS created_by_name, w.name AS withdrawn_by_name,
       COALESCE(pe.name, pa.name) AS submitter_name
  FROM evidence_items e
  JOIN files f ON f.sha256 = e.file_sha256
  JOIN staff a ON a.id = e.created_by
  LEFT JOIN staff w ON w.id = e.withdrawn_by
  LEFT JOIN persons pe ON pe.id = e.person_id
  LEFT JOIN parties pa ON pa.id = e.party_id`;

export function evidenceOfFile(prepare: Prepare, caseFileId: string): EvidenceRow[] {
  return prepare(`${SELECT} WHERE e.case_file_id = ? ORDER BY e.seq`).all(caseFileId) as EvidenceRow[];
}

export function findEvidence(prepare: Prepare, id: string): EvidenceRow | null {
  return (prepare(`${SELECT} WHERE e.id = ?`).get(id) as EvidenceRow | undefined) ?? null;
}

/** The same file already in this file's evidence and not withdrawn, if any. */
export function currentWithHash(prepare: Prepare, caseFileId: string, sha: string): { seq: number; title: string } | null {
  return (
    (prepare("SELECT seq, title FROM evidence_items WHERE case_file_id = ? AND file_sha256 = ? AND status = 'current'").get(caseFileId, sha) as
      | { seq: number; title: string }
      | undefined) ?? null
  );
}

export interface NewEvidence {
  unitId: string;
  caseFileId: string;
  proceedingId: string | null;
  title: string;
  kind: EvidenceKind;
  submitter: EvidenceSubmitter;
  personId: string | null;
  partyId: string | null;
  purpose: string;
  form: EvidenceForm;
  source: string | null;
  pages: number | null;
  receivedDate: string;
  fileName: string;
  sha: string;
  by: string;
  now: number;
}

/** Inserts the item with the file's next 证据序号 (inside the write transaction, so two clerks never share one). */
export function insertEvidence(prepare: Prepare, e: NewEvidence): { id: string; seq: number } {
  const id = newId(e.now);
  const seq = (prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM evidence_items WHERE case_file_id = ?').get(e.caseFileId) as { n: number }).n;
  prepare(
    `INSERT INTO evidence_items (id, unit_id, case_file_id, seq, proceeding_id, title, kind, submitter, person_id, party_id, purpose, form, source, pages,
       received_date, file_name, file_sha256, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, e.unitId, e.caseFileId, seq, e.proceedingId, e.title, e.kind, e.submitter, e.personId, e.partyId, e.purpose, e.form, e.source, e.pages, e.receivedDate, e.fileName, e.sha, e.by, e.now);
  return { id, seq };
}

/** Marks the item withdrawn; false when it was withdrawn meanwhile. */
export function markWithdrawn(prepare: Prepare, id: string, reason: string, by: string, now: number): boolean {
  return (
    prepare(
      "UPDATE evidence_items SET status = 'withdrawn', withdrawn_reason = ?, withdrawn_at = ?, withdrawn_by = ?, row_version = row_version + 1 WHERE id = ? AND status = 'current'",
    ).run(reason, now, by, id).changes === 1
  );
}

export function proceedingsOfFile(prepare: Prepare, caseFileId: string): { id: string; kind: string; number: string | null }[] {
  return prepare('SELECT id, kind, number FROM proceedings WHERE case_file_id = ? ORDER BY opened_at, id').all(caseFileId) as { id: string; kind: string; number: string | null }[];
}

/** The parties named on the file: in its proceedings and at its intakes. */
export function partiesNamedOnFile(prepare: Prepare, caseFileId: string): { id: string; name: string }[] {
  return prepare(
    `SELECT pa.id, pa.name FROM parties pa WHERE pa.id IN (
       SELECT pp.party_id FROM proceeding_parties pp JOIN proceedings p ON p.id = pp.proceeding_id WHERE p.case_file_id = ? AND pp.party_id IS NOT NULL
       UNION SELECT ip.party_id FROM intake_parties ip JOIN intakes i ON i.id = ip.intake_id WHERE i.case_file_id = ?)
     ORDER BY pa.name, pa.id`,
  ).all(caseFileId, caseFileId) as { id: string; name: string }[];
}

// ---- Workers and amounts owed ----

export interface WorkerClaimRow {
  person_id: string;
  name: string;
  is_representative: number;
  amount_claimed_fen: number | null;
  reg_year: number;
  reg_no: number;
  received_at: number;
  intake_seq: number;
  sort_order: number;
}

/**
 * The workers named at the file's complaint intakes, one row per worker and intake, oldest intake first. 举报 intakes
 * are left out: a reporter's identity is confidential (监察条例 Art. 9), and a reporter need not be a worker owed.
 */
export function workerClaimsOfFile(prepare: Prepare, caseFileId: string): WorkerClaimRow[] {
  return prepare(
    `SELECT ic.person_id, pe.name, ic.is_representative, ic.amount_claimed_fen, i.reg_year, i.reg_no, i.received_at, i.seq AS intake_seq, ic.sort_order
     FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id JOIN persons pe ON pe.id = ic.person_id
     WHERE i.case_file_id = ? AND i.kind = 'complaint'
     ORDER BY i.received_at, i.seq, ic.sort_order`,
  ).all(caseFileId) as WorkerClaimRow[];
}

/** What the file's intakes counted: complaint intakes' workers count and whether a 举报 intake is filed in it. */
export function intakeCounts(prepare: Prepare, caseFileId: string): { workers: number; reports: number } {
  const r = prepare(
    `SELECT COALESCE(MAX(CASE WHEN kind = 'complaint' THEN workers_count END), 0) AS workers, SUM(kind = 'report') AS reports
     FROM intakes WHERE case_file_id = ?`,
  ).get(caseFileId) as { workers: number; reports: number | null };
  return { workers: r.workers, reports: r.reports ?? 0 };
}

export interface CorrectionRow {
  person_id: string;
  from_fen: number | null;
  to_fen: number;
  reason: string;
  created_by: string;
  created_by_name: string;
  created_at: number;
}

/** Every correction of the file's amounts owed, oldest first. */
export function correctionsOfFile(prepare: Prepare, caseFileId: string): CorrectionRow[] {
  return prepare(
    `SELECT c.person_id, c.from_fen, c.to_fen, c.reason, c.created_by, s.name AS created_by_name, c.created_at
     FROM worker_owed_corrections c JOIN staff s ON s.id = c.created_by WHERE c.case_file_id = ? ORDER BY c.created_at, c.id`,
  ).all(caseFileId) as CorrectionRow[];
}

export function insertCorrection(prepare: Prepare, c: { caseFileId: string; personId: string; fromFen: number | null; toFen: number; reason: string; by: string; now: number }): string {
  const id = newId(c.now);
  prepare('INSERT INTO worker_owed_corrections (id, case_file_id, person_id, from_fen, to_fen, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    c.caseFileId,
    c.personId,
    c.fromFen,
    c.toFen,
    c.reason,
    c.by,
    c.now,
  );
  return id;
}
