// Every SQL statement of 回避 and the conflict check: staff names by id, and the other case files that share a party
// or a person with a proceeding — with their number, title, the team there and the roles the shared people held.
// No rules here (shared/domain/conflicts.ts holds them).
import type { Prepare } from '../../../db/statements';

/** The staff names of these ids, in the order given ('' for an unknown id). */
export function staffNamesOf(prepare: Prepare, ids: readonly string[]): string[] {
  const q = prepare('SELECT name FROM staff WHERE id = ?');
  return ids.map((id) => (q.get(id) as { name: string } | undefined)?.name ?? '');
}

/** The register's identity of a row: an ID number or credit code where recorded (a 包工头 who is also a worker), else the row. */
const KEY = `CASE WHEN pe.id IS NOT NULL THEN (CASE WHEN COALESCE(pe.id_number, '') <> '' THEN 'id:' || pe.id_number ELSE 'person:' || pe.id END)
  ELSE (CASE WHEN COALESCE(pa.id_number, '') <> '' THEN 'id:' || pa.id_number WHEN COALESCE(pa.credit_code, '') <> '' THEN 'org:' || pa.credit_code ELSE 'party:' || pa.id END) END`;

export interface PartyRow {
  caseFileId: string;
  key: string;
  name: string;
  role: string;
  legalRep: string | null;
}

const PARTY_COLUMNS = `pr.case_file_id AS caseFileId, ${KEY} AS key, COALESCE(pe.name, pa.name) AS name, pp.role, pa.legal_rep_name AS legalRep
  FROM proceeding_parties pp JOIN proceedings pr ON pr.id = pp.proceeding_id
  LEFT JOIN persons pe ON pe.id = pp.person_id LEFT JOIN parties pa ON pa.id = pp.party_id`;

/** The parties and persons of a proceeding, with their register key. */
export function partiesOfProceeding(prepare: Prepare, proceedingId: string): PartyRow[] {
  return prepare(`SELECT ${PARTY_COLUMNS} WHERE pp.proceeding_id = ? ORDER BY pp.sort_order, pp.id`).all(proceedingId) as PartyRow[];
}

/** What finds a party elsewhere: the register's rows, and the ID numbers and credit codes recorded on them. */
export interface PartyLookup {
  personIds: string[];
  partyIds: string[];
  idNumbers: string[];
  creditCodes: string[];
}

/** The register rows and numbers of a proceeding's parties. */
export function lookupOf(prepare: Prepare, proceedingId: string): PartyLookup {
  const rows = prepare(
    `SELECT pp.person_id AS personId, pp.party_id AS partyId, COALESCE(pe.id_number, pa.id_number) AS idNumber, pa.credit_code AS creditCode
     FROM proceeding_parties pp LEFT JOIN persons pe ON pe.id = pp.person_id LEFT JOIN parties pa ON pa.id = pp.party_id WHERE pp.proceeding_id = ?`,
  ).all(proceedingId) as { personId: string | null; partyId: string | null; idNumber: string | null; creditCode: string | null }[];
  const of = (pick: (r: (typeof rows)[number]) => string | null) => [...new Set(rows.map(pick).filter((v): v is string => !!v))];
  return { personIds: of((r) => r.personId), partyIds: of((r) => r.partyId), idNumbers: of((r) => r.idNumber), creditCodes: of((r) => r.creditCode) };
}

/**
 * The other case files of the unit where one of these parties stands — the same register row, or a row with the same
 * ID number or credit code (a 包工头 registered as a party who is also a worker) — newest first, at most `limit`. Each
 * branch starts from the few values and looks each up by an index (CROSS JOIN keeps that order).
 */
export function filesSharing(prepare: Prepare, unitId: string, caseFileId: string, l: PartyLookup, limit: number): { caseFileId: string; label: string; kinds: string[] }[] {
  const rows = prepare(
    `WITH hits(case_file_id) AS (
       SELECT pr.case_file_id FROM json_each(@personIds) j CROSS JOIN proceeding_parties pp ON pp.person_id = j.value JOIN proceedings pr ON pr.id = pp.proceeding_id
       UNION SELECT pr.case_file_id FROM json_each(@partyIds) j CROSS JOIN proceeding_parties pp ON pp.party_id = j.value JOIN proceedings pr ON pr.id = pp.proceeding_id
       UNION SELECT pr.case_file_id FROM json_each(@idNumbers) j CROSS JOIN parties pa ON pa.id_number = j.value JOIN proceeding_parties pp ON pp.party_id = pa.id JOIN proceedings pr ON pr.id = pp.proceeding_id
       UNION SELECT pr.case_file_id FROM json_each(@creditCodes) j CROSS JOIN parties pa ON pa.credit_code = j.value JOIN proceeding_parties pp ON pp.party_id = pa.id JOIN proceedings pr ON pr.id = pp.proceeding_id
       UNION SELECT pr.case_file_id FROM json_each(@idNumbers) j CROSS JOIN persons pe ON pe.id_type = 'residentId' AND pe.id_number = j.value
             JOIN proceeding_parties pp ON pp.person_id = pe.id JOIN proceedings pr ON pr.id = pp.proceeding_id)
     SELECT cf.id AS caseFileId,
            COALESCE((SELECT group_concat(p2.number, '、') FROM proceedings p2 WHERE p2.case_file_id = cf.id AND p2.number IS NOT NULL), '案卷“' || cf.title || '”') AS label,
            (SELECT json_group_array(DISTINCT p3.kind) FROM proceedings p3 WHERE p3.case_file_id = cf.id) AS kinds
     FROM case_files cf WHERE cf.id IN (SELECT case_file_id FROM hits) AND cf.unit_id = @unitId AND cf.id <> @caseFileId
     ORDER BY cf.opened_at DESC, cf.id LIMIT @limit`,
  ).all({
    personIds: JSON.stringify(l.personIds),
    partyIds: JSON.stringify(l.partyIds),
    idNumbers: JSON.stringify(l.idNumbers),
    creditCodes: JSON.stringify(l.creditCodes),
    unitId,
    caseFileId,
    limit,
  }) as {
    caseFileId: string;
    label: string;
    kinds: string;
  }[];
  return rows.map((r) => ({ ...r, kinds: JSON.parse(r.kinds) as string[] }));
}

/** The parties of every proceeding of a case file. */
export function partiesOfFile(prepare: Prepare, caseFileId: string): PartyRow[] {
  return prepare(`SELECT ${PARTY_COLUMNS} WHERE pr.case_file_id = ? ORDER BY pr.opened_at, pp.sort_order, pp.id`).all(caseFileId) as PartyRow[];
}

/** The staff on a file's team (present or past: a role held then is a role held), and who sat on its tribunals. */
export function staffOfFile(prepare: Prepare, caseFileId: string): { team: { staffId: string; role: string }[]; sat: string[] } {
  const team = prepare('SELECT staff_id AS staffId, role FROM case_team WHERE case_file_id = ? AND staff_id IS NOT NULL ORDER BY added_at, id').all(caseFileId) as { staffId: string; role: string }[];
  const sat = prepare(
    `SELECT a.staff_id AS id FROM tribunal_arbitrators a JOIN proceedings pr ON pr.id = a.proceeding_id WHERE pr.case_file_id = ?
     UNION SELECT t.clerk_staff_id FROM tribunals t JOIN proceedings pr ON pr.id = t.proceeding_id WHERE pr.case_file_id = ?`,
  ).all(caseFileId, caseFileId) as { id: string }[];
  return { team, sat: sat.map((r) => r.id) };
}
