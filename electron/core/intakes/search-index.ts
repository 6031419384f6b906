// Keeps an intake's search terms and FTS row in step with its data; called inside the writing transaction
// and by the search.rebuild job.
import type { Prepare } from '../../../db/statements';
import { formatRegNo } from '../../../shared/domain/registration';
import { intakeSearchTerms } from '../search/terms';

export function indexIntake(prepare: Prepare, intakeId: string): void {
  const intake = prepare(
      `SELECT i.seq, i.reg_year, i.reg_no, i.external_no, i.summary, i.anonymised_at, p.name AS project_name
       FROM intakes i LEFT JOIN projects p ON p.id = i.project_id WHERE i.id = ?`,
    )
    .get(intakeId) as { seq: number; reg_year: number; reg_no: number; external_no: string | null; summary: string; anonymised_at: number | null; project_name: string | null } | undefined;
  if (!intake) return;
  // An intake anonymised after its retention period is found by its numbers and organisations only: a person still
  // named in a live file keeps their record, but a search by their name must not lead to this one.
  const anonymised = intake.anonymised_at !== null;
  const parties = prepare(`SELECT p.name, p.credit_code, p.id_number FROM intake_parties ip JOIN parties p ON p.id = ip.party_id WHERE ip.intake_id = ?${anonymised ? " AND p.kind = 'organisation'" : ''}`)
    .all(intakeId) as { name: string; credit_code: string | null; id_number: string | null }[];
  const complainants = anonymised ? [] : prepare(
      `SELECT pe.name, pe.id_number, pe.hometown,
              (SELECT json_group_array(phone) FROM person_phones ph WHERE ph.person_id = pe.id) AS phones
       FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id WHERE ic.intake_id = ?`,
    )
    .all(intakeId) as { name: string; id_number: string | null; hometown: string | null; phones: string }[];
  const { terms, body } = intakeSearchTerms({
    regNoText: formatRegNo(intake.reg_year, intake.reg_no),
    externalNo: intake.external_no,
    summary: intake.summary,
    projectName: intake.project_name,
    parties: parties.map((p) => ({ name: p.name, creditCode: p.credit_code, idNumber: p.id_number })),
    complainants: complainants.map((c) => ({ name: c.name, idNumber: c.id_number, hometown: c.hometown, phones: JSON.parse(c.phones) as string[] })),
  });
  prepare('DELETE FROM intake_search_terms WHERE intake_seq = ?').run(intake.seq);
  const insert = prepare('INSERT OR IGNORE INTO intake_search_terms (term, intake_seq) VALUES (?, ?)');
  for (const t of terms) insert.run(t, intake.seq);
  prepare('DELETE FROM intake_fts WHERE rowid = ?').run(intake.seq);
  prepare('INSERT INTO intake_fts (rowid, body) VALUES (?, ?)').run(intake.seq, body);
}
