// Keeps an intake's search terms (dictionary ids and postings) and FTS row in step with its data; called inside the
// writing transaction and by the search.rebuild job. The numbers of the intake's file (案号, 文号) are its terms too,
// so the file's intakes are indexed again when a proceeding or a document takes a number (reindexFileIntakes).
import type { Prepare } from '../../../db/statements';
import { formatRegNo } from '../../../shared/domain/registration';
import { intakeSearchTerms } from '../search/terms';
import { writePostings } from '../search/postings.data';
import { indexName } from '../search/name-postings.data';

/**
 * `deferPostings`: the term postings wait in the second tier (search/pending-postings.data.ts) — a desk's save; the
 * rebuild and the batch paths write them in place.
 */
export function indexIntake(prepare: Prepare, intakeId: string, deferPostings = false): void {
  const intake = prepare(
      `SELECT i.seq, i.received_at, i.case_file_id, i.reg_year, i.reg_no, i.external_no, i.summary, i.anonymised_at, i.project_id, p.name AS project_name
       FROM intakes i LEFT JOIN projects p ON p.id = i.project_id WHERE i.id = ?`,
    )
    .get(intakeId) as { seq: number; received_at: number; case_file_id: string | null; reg_year: number; reg_no: number; external_no: string | null; summary: string; anonymised_at: number | null; project_id: string | null; project_name: string | null } | undefined;
  if (!intake) return;
  // An intake anonymised after its retention period is found by its numbers and organisations only: a person still
  // named in a live file keeps their record, but a search by their name must not lead to this one.
  const anonymised = intake.anonymised_at !== null;
  const parties = prepare(`SELECT p.id, p.name, p.credit_code, p.id_number FROM intake_parties ip JOIN parties p ON p.id = ip.party_id WHERE ip.intake_id = ?${anonymised ? " AND p.kind = 'organisation'" : ''}`)
    .all(intakeId) as { id: string; name: string; credit_code: string | null; id_number: string | null }[];
  const complainants = anonymised ? [] : prepare(
      `SELECT pe.name, pe.id_number, pe.hometown,
              (SELECT json_group_array(phone) FROM person_phones ph WHERE ph.person_id = pe.id) AS phones
       FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id WHERE ic.intake_id = ?`,
    )
    .all(intakeId) as { name: string; id_number: string | null; hometown: string | null; phones: string }[];
  const fileNumbers = intake.case_file_id
    ? (prepare(
        `SELECT number FROM proceedings WHERE case_file_id = ? AND number IS NOT NULL
         UNION SELECT number FROM documents WHERE case_file_id = ? AND number IS NOT NULL`,
      ).all(intake.case_file_id, intake.case_file_id) as { number: string }[]).map((r) => r.number)
    : [];
  const { terms, body } = intakeSearchTerms({
    fileNumbers,
    regNoText: formatRegNo(intake.reg_year, intake.reg_no),
    externalNo: intake.external_no,
    summary: intake.summary,
    projectName: intake.project_name,
    parties: parties.map((p) => ({ name: p.name, creditCode: p.credit_code, idNumber: p.id_number })),
    complainants: complainants.map((c) => ({ name: c.name, idNumber: c.id_number, hometown: c.hometown, phones: JSON.parse(c.phones) as string[] })),
    namesApart: true,
  });
  // The parties' and project's names are found through the names dictionary: one link per name, not its ~70 terms.
  const names = parties.map((p) => indexName(prepare, 'party', p.id, p.name));
  if (intake.project_id && intake.project_name !== null) names.push(indexName(prepare, 'project', intake.project_id, intake.project_name));
  writePostings(prepare, intake.seq, intake.received_at, terms, body, names, deferPostings);
}

/** Indexes again every intake of a file (its numbers changed: a proceeding's 案号, a document's 文号). */
export function reindexFileIntakes(prepare: Prepare, caseFileId: string): void {
  const ids = prepare('SELECT id FROM intakes WHERE case_file_id = ?').all(caseFileId) as { id: string }[];
  for (const r of ids) indexIntake(prepare, r.id);
}
