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

/**
 * The other case files of the unit where any of these keys stands (by the row, the ID number or the credit code),
 * newest first, at most `limit`.
 */
export function filesSharing(prepare: Prepare, unitId: string, caseFileId: string, keys: readonly string[], limit: number): { caseFileId: string; label: string; kinds: string[] }[] {
  const ids = (prefix: string) => JSON.stringify(keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
  const rows = prepare(
    `SELECT cf.id AS caseFileId, COALESCE((SELECT group_concat(p2.number, '、') FROM proceedings p2 WHERE p2.case_file_id = cf.id AND p2.number IS NOT NULL), '案卷“' || cf.title || '”') AS label,
            (SELECT json_group_array(DISTINCT p3.kind) FROM proceedings p3 WHERE p3.case_file_id = cf.id) AS kinds
     FROM case_files cf WHERE cf.unit_id = ? AND cf.id <> ? AND cf.id IN (
       SELECT pr.case_file_id FROM proceeding_parties pp JOIN proceedings pr ON pr.id = pp.proceeding_id
       LEFT JOIN persons pe ON pe.id = pp.person_id LEFT JOIN parties pa ON pa.id = pp.party_id
       WHERE pp.person_id IN (SELECT value FROM json_each(?)) OR pp.party_id IN (SELECT value FROM json_each(?))
          OR pe.id_number IN (SELECT value FROM json_each(?)) OR pa.id_number IN (SELECT value FROM json_each(?))
          OR pa.credit_code IN (SELECT value FROM json_each(?)))
     ORDER BY cf.opened_at DESC, cf.id LIMIT ?`,
  ).all(unitId, caseFileId, ids('person:'), ids('party:'), ids('id:'), ids('id:'), ids('org:'), limit) as { caseFileId: string; label: string; kinds: string }[];
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
