// Every SQL statement of 申请劳动仲裁 from a 调解协议: the file's source intake (the routing row names it), the parties
// standing in the mediation with their register particulars, the persons' register particulars, the file's
// arbitration proceedings with who applies in each, and the standing rows of a newly opened proceeding. No rules here
// (shared/domain/mediation-arbitration.ts; mediation-arbitration.service.ts).
import type { Prepare } from '../../../db/statements';
import type { IdType } from '../../../shared/domain/vocabulary';

export function sourceIntakeOf(prepare: Prepare, caseFileId: string): string | null {
  return (prepare('SELECT source_intake_id AS id FROM case_files WHERE id = ?').get(caseFileId) as { id: string | null } | undefined)?.id ?? null;
}

export interface StandingPartyRow {
  party_id: string;
  role: string;
  name: string;
  address: string | null;
  phone: string | null;
}

/** The organisations and persons on the employer side standing in a proceeding, in its order. */
export function partiesStandingIn(prepare: Prepare, proceedingId: string): StandingPartyRow[] {
  return prepare(
    `SELECT pp.party_id, pp.role, pa.name, pa.address, pa.phone FROM proceeding_parties pp JOIN parties pa ON pa.id = pp.party_id
     WHERE pp.proceeding_id = ? ORDER BY pp.sort_order, pp.id`,
  ).all(proceedingId) as StandingPartyRow[];
}

export interface PersonParticularsRow {
  id: string;
  id_type: IdType;
  id_number: string | null;
  phone: string | null;
}

export function personParticulars(prepare: Prepare, personIds: readonly string[]): Map<string, PersonParticularsRow> {
  const rows = prepare(
    `SELECT pe.id, pe.id_type, pe.id_number, (SELECT ph.phone FROM person_phones ph WHERE ph.person_id = pe.id ORDER BY ph.sort_order, ph.id LIMIT 1) AS phone
     FROM persons pe WHERE pe.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(personIds)) as PersonParticularsRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

export interface FileArbitrationRow {
  id: string;
  number: string | null;
  status: string;
  person_ids: string | null;
  names: string | null;
}

/** The file's arbitration proceedings with the workers applying in each (ids and names, comma-joined). */
export function arbitrationsOfFile(prepare: Prepare, caseFileId: string): FileArbitrationRow[] {
  return prepare(
    `SELECT p.id, p.number, p.status,
            (SELECT group_concat(pp.person_id) FROM proceeding_parties pp WHERE pp.proceeding_id = p.id AND pp.person_id IS NOT NULL) AS person_ids,
            (SELECT group_concat(pe.name, '、') FROM proceeding_parties pp JOIN persons pe ON pe.id = pp.person_id WHERE pp.proceeding_id = p.id) AS names
     FROM proceedings p WHERE p.case_file_id = ? AND p.kind = 'arbitration' ORDER BY p.opened_at, p.id`,
  ).all(caseFileId) as FileArbitrationRow[];
}

/** The standing rows of a proceeding (their ids key the application's particulars and claims). */
export function standingRowsOf(prepare: Prepare, proceedingId: string): { id: string; person_id: string | null; party_id: string | null }[] {
  return prepare('SELECT id, person_id, party_id FROM proceeding_parties WHERE proceeding_id = ? ORDER BY sort_order, id').all(proceedingId) as {
    id: string;
    person_id: string | null;
    party_id: string | null;
  }[];
}
