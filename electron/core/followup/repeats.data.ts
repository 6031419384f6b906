// Every SQL statement of repeat detection at the desk. Each is an index lookup from what the clerk typed to the
// intakes that hold it (checked by EXPLAIN QUERY PLAN in tests/integration/repeats.test.ts): never a scan.
import type { Prepare } from '../../../db/statements';
import type { CaseStatus, IntakeKind, IntakeStatus } from '../../../shared/domain/vocabulary';

/**
 * Only this unit's intakes whose file is open or that came in on or after the given day, at most 50 per value (a
 * builder with thousands of intakes must not cost thousands of reads): each statement takes the value, the unit and
 * that day, and ends in the intake and its file found by their keys.
 */
const OPEN_OR_RECENT = `JOIN intakes i ON i.id = hit.intake_id LEFT JOIN case_files cf ON cf.id = i.case_file_id
  WHERE i.unit_id = ? AND (cf.status = 'open' OR i.received_date >= ?) LIMIT 50`;
const lookup = (hits: string) => `SELECT hit.intake_id, hit.name FROM (${hits}) hit ${OPEN_OR_RECENT}`;

export const REPEAT_SQL = {
  /** Complainants with this resident ID (persons_id_document_uq). */
  byIdNumber: lookup(`SELECT ic.intake_id, pe.name FROM persons pe JOIN intake_complainants ic ON ic.person_id = pe.id
    WHERE pe.id_type = 'residentId' AND pe.id_number = ?`),
  /** Complainants with this phone (person_phones_phone_idx). */
  byPhone: lookup(`SELECT ic.intake_id, pe.name FROM person_phones ph JOIN persons pe ON pe.id = ph.person_id
    JOIN intake_complainants ic ON ic.person_id = pe.id WHERE ph.phone = ?`),
  /** Complainants of this name (persons_name_idx): a weak hint. */
  byName: lookup(`SELECT ic.intake_id, pe.name FROM persons pe JOIN intake_complainants ic ON ic.person_id = pe.id WHERE pe.name = ?`),
  /** Intakes against the party with this credit code (parties_credit_code_uq). */
  byCreditCode: lookup(`SELECT ip.intake_id, p.name FROM parties p JOIN intake_parties ip ON ip.party_id = p.id WHERE p.credit_code = ?`),
  /** Intakes against this party, picked from the register (intake_parties_party_idx). */
  byParty: lookup(`SELECT ip.intake_id, p.name FROM intake_parties ip JOIN parties p ON p.id = ip.party_id WHERE ip.party_id = ?`),
  /** Intakes about this project (intakes_project_idx). */
  byProjectId: lookup(`SELECT x.id AS intake_id, pr.name FROM intakes x JOIN projects pr ON pr.id = x.project_id WHERE x.project_id = ?`),
  /** Intakes about a project of this name (projects_name_idx). */
  byProjectName: lookup(`SELECT x.id AS intake_id, pr.name FROM projects pr JOIN intakes x ON x.project_id = pr.id WHERE pr.name = ?`),
  /** Intakes about a project at this address (projects_site_address_idx). */
  byProjectAddress: lookup(`SELECT x.id AS intake_id, pr.site_address AS name FROM projects pr JOIN intakes x ON x.project_id = pr.id WHERE pr.site_address = ?`),
  /** A matched intake, with its file (intakes.id unique; case_files.id unique). */
  intake: `SELECT i.id, i.unit_id, i.reg_year, i.reg_no, i.kind, i.status, i.received_date, i.summary, i.case_file_id,
      cf.title AS case_title, cf.status AS case_status
    FROM intakes i LEFT JOIN case_files cf ON cf.id = i.case_file_id WHERE i.id = ?`,
} as const;

export type RepeatLookup = Exclude<keyof typeof REPEAT_SQL, 'intake'>;

export interface Hit {
  intake_id: string;
  /** The matched person's, party's or project's name (an address for byProjectAddress). */
  name: string | null;
}

/** The open or recent intakes of the unit that hold the value. */
export function lookUp(prepare: Prepare, how: RepeatLookup, value: string, unitId: string, since: string): Hit[] {
  return prepare(REPEAT_SQL[how]).all(value, unitId, since) as Hit[];
}

export interface MatchedIntakeRow {
  id: string;
  unit_id: string;
  reg_year: number;
  reg_no: number;
  kind: IntakeKind;
  status: IntakeStatus;
  received_date: string;
  summary: string;
  case_file_id: string | null;
  case_title: string | null;
  case_status: CaseStatus | null;
}

export function matchedIntake(prepare: Prepare, id: string): MatchedIntakeRow | undefined {
  return prepare(REPEAT_SQL.intake).get(id) as MatchedIntakeRow | undefined;
}
