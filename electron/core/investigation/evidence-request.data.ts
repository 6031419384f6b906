// Every SQL statement of the 调取证据通知书 rows: insert, the return set once, the file's notices with their documents
// and the evidence items they brought, and what anonymising a file clears. No rules here.
import type { Prepare } from '../../../db/statements';

export interface RequestRow {
  id: string;
  unitId: string;
  caseFileId: string;
  proceedingId: string;
  addresseeId: string | null;
  addresseeName: string;
  items: string;
  dueDate: string;
  place: string;
  contactPhone: string | null;
  createdBy: string;
  createdByName: string;
  createdAt: number;
  returnedOn: string | null;
  returnLines: string | null;
  returnNote: string | null;
  returnedBy: string | null;
  returnedByName: string | null;
  returnedAt: number | null;
  documentId: string | null;
  documentNumber: string | null;
}

const SELECT = `SELECT r.id, r.unit_id AS unitId, r.case_file_id AS caseFileId, r.proceeding_id AS proceedingId, r.addressee_id AS addresseeId,
                       r.addressee_name AS addresseeName, r.items, r.due_date AS dueDate, r.place, r.contact_phone AS contactPhone,
                       r.created_by AS createdBy, cb.name AS createdByName, r.created_at AS createdAt, r.returned_on AS returnedOn,
                       r.return_lines AS returnLines, r.return_note AS returnNote, r.returned_by AS returnedBy, rb.name AS returnedByName,
                       r.returned_at AS returnedAt,
                       (SELECT d.id FROM documents d WHERE d.case_file_id = r.case_file_id AND d.kind = 'evidenceRequestNotice' AND d.status = 'issued'
                          AND json_extract(d.source, '$.requestId') = r.id ORDER BY d.created_at DESC LIMIT 1) AS documentId,
                       (SELECT d.number FROM documents d WHERE d.case_file_id = r.case_file_id AND d.kind = 'evidenceRequestNotice' AND d.status = 'issued'
                          AND json_extract(d.source, '$.requestId') = r.id ORDER BY d.created_at DESC LIMIT 1) AS documentNumber
                FROM evidence_requests r JOIN staff cb ON cb.id = r.created_by LEFT JOIN staff rb ON rb.id = r.returned_by`;

export function insertRequest(
  prepare: Prepare,
  r: { id: string; unitId: string; caseFileId: string; proceedingId: string; addresseeId: string | null; addresseeName: string; items: string[]; dueDate: string; place: string; contactPhone: string | null; createdBy: string; createdAt: number },
): void {
  prepare(
    `INSERT INTO evidence_requests (id, unit_id, case_file_id, proceeding_id, addressee_id, addressee_name, items, due_date, place, contact_phone, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.unitId, r.caseFileId, r.proceedingId, r.addresseeId, r.addresseeName, JSON.stringify(r.items), r.dueDate, r.place, r.contactPhone, r.createdBy, r.createdAt);
}

/** Sets the return once; false when one was recorded meanwhile. */
export function setReturn(prepare: Prepare, id: string, r: { on: string; lines: { received: boolean; evidenceId: string | null }[]; note: string | null; by: string; at: number }): boolean {
  return (
    prepare('UPDATE evidence_requests SET returned_on = ?, return_lines = ?, return_note = ?, returned_by = ?, returned_at = ? WHERE id = ? AND returned_at IS NULL').run(
      r.on,
      JSON.stringify(r.lines),
      r.note,
      r.by,
      r.at,
      id,
    ).changes === 1
  );
}

export function requestById(prepare: Prepare, id: string): RequestRow | null {
  return (prepare(`${SELECT} WHERE r.id = ?`).get(id) as RequestRow | undefined) ?? null;
}

export function fileRequests(prepare: Prepare, caseFileId: string): RequestRow[] {
  return prepare(`${SELECT} WHERE r.case_file_id = ? ORDER BY r.created_at, r.id`).all(caseFileId) as RequestRow[];
}

export function evidenceSeq(prepare: Prepare, evidenceId: string): number | null {
  return (prepare('SELECT seq FROM evidence_items WHERE id = ?').get(evidenceId) as { seq: number } | undefined)?.seq ?? null;
}

/** On an anonymised file: a notice to a person (not a unit of the file) loses the name; the return note is cleared. */
export function anonymiseEvidenceRequestRows(prepare: Prepare, caseFileId: string, name: string, text: string): { fields: number; names: string[]; texts: string[] } {
  const names: string[] = [];
  const texts: string[] = [];
  let fields = 0;
  const people = prepare(
    `SELECT r.id, r.addressee_name AS n FROM evidence_requests r LEFT JOIN proceeding_parties pp ON pp.id = r.addressee_id LEFT JOIN parties pa ON pa.id = pp.party_id
     WHERE r.case_file_id = ? AND (pp.person_id IS NOT NULL OR pa.kind = 'individual') AND r.addressee_name <> ?`,
  ).all(caseFileId, name) as { id: string; n: string }[];
  for (const p of people) {
    names.push(p.n);
    fields += 1;
    prepare('UPDATE evidence_requests SET addressee_name = ? WHERE id = ?').run(name, p.id);
  }
  const notes = prepare('SELECT id, return_note AS note FROM evidence_requests WHERE case_file_id = ? AND return_note IS NOT NULL AND return_note <> ?').all(caseFileId, text) as { id: string; note: string }[];
  for (const x of notes) {
    texts.push(x.note);
    fields += 1;
    prepare('UPDATE evidence_requests SET return_note = ? WHERE id = ?').run(text, x.id);
  }
  return { fields, names, texts };
}
