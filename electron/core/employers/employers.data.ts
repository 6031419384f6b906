// Every SQL statement of the employer view. Each starts from a key — the parties' or projects' ids (found through the
// name index, search/names.ts), or the listed files' ids — and reads through an index: proceeding_parties_party_idx,
// intake_parties_party_idx, intakes_project_idx, intakes_case_file_idx, proceedings_case_file_idx (checked by EXPLAIN
// QUERY PLAN in tests/integration/employers.test.ts and printed by `npm run bench:employers`). The unit is a filter,
// never the way in (`+unit_id`): the unit's index would read every intake of the unit (SCALE-MEASUREMENTS.md). No rules.
import type { Prepare } from '../../../db/statements';
import type { CaseStatus, IntakeKind, IntakeStatus, ProceedingKind } from '../../../shared/domain/vocabulary';
import type { PaymentMethod, ReceiptMark } from '../../../shared/domain/payments';


// Each lookup starts from the ids passed in and reads its index by name (CROSS JOIN fixes the order, INDEXED BY the
// index): with skewed statistics — most intakes without a project, say — the planner would otherwise walk every
// intake and probe each (tests/integration/employers.test.ts runs the plans after ANALYZE on such data).

/**
 * The case files in which these parties stand — in a proceeding or at an intake filed in it (each file once or more:
 * the statements take DISTINCT, which streams, so a count stops at its cap instead of sorting every file first).
 */
const FILES_OF_PARTIES = `SELECT p.case_file_id AS id FROM json_each(?) k CROSS JOIN proceeding_parties pp INDEXED BY proceeding_parties_party_idx ON pp.party_id = k.value
    CROSS JOIN proceedings p ON p.id = pp.proceeding_id
  UNION ALL SELECT i.case_file_id FROM json_each(?) k CROSS JOIN intake_parties ip INDEXED BY intake_parties_party_idx ON ip.party_id = k.value
    CROSS JOIN intakes i ON i.id = ip.intake_id WHERE +i.case_file_id IS NOT NULL`;

/** The case files whose intakes are about these projects. */
const FILES_OF_PROJECTS = `SELECT i.case_file_id AS id FROM json_each(?) k CROSS JOIN intakes i INDEXED BY intakes_project_idx ON i.project_id = k.value WHERE +i.case_file_id IS NOT NULL`;

export const EMPLOYER_SQL = {
  filesOfParties: `SELECT cf.id FROM (SELECT DISTINCT id FROM (${FILES_OF_PARTIES})) f CROSS JOIN case_files cf ON cf.id = f.id WHERE +cf.unit_id = ?
    ORDER BY cf.opened_at DESC, cf.seq DESC LIMIT ?`,
  filesOfProjects: `SELECT cf.id FROM (SELECT DISTINCT id FROM (${FILES_OF_PROJECTS})) f CROSS JOIN case_files cf ON cf.id = f.id WHERE +cf.unit_id = ?
    ORDER BY cf.opened_at DESC, cf.seq DESC LIMIT ?`,
  /**
   * The same files for an employer in a large share of them: the unit's files newest first (case_files_opened_idx),
   * each probed for the parties — it stops at the limit instead of gathering and sorting thousands (filesOf chooses).
   */
  filesOfPartiesByDate: `SELECT cf.id FROM case_files cf INDEXED BY case_files_opened_idx WHERE +cf.unit_id = ? AND (
      EXISTS (SELECT 1 FROM proceedings p INDEXED BY proceedings_case_file_idx CROSS JOIN proceeding_parties pp INDEXED BY proceeding_parties_proceeding_idx
        ON pp.proceeding_id = p.id WHERE p.case_file_id = cf.id AND pp.party_id IN (SELECT value FROM json_each(?)))
      OR EXISTS (SELECT 1 FROM intakes i INDEXED BY intakes_case_file_idx CROSS JOIN intake_parties ip ON ip.intake_id = i.id
        WHERE i.case_file_id = cf.id AND ip.party_id IN (SELECT value FROM json_each(?))))
    ORDER BY cf.opened_at DESC, cf.seq DESC LIMIT ?`,
  /** How often the parties stand in a proceeding, counted no further than the cap: the share that picks the plan. */
  standingsOfParties: `SELECT count(*) AS n FROM (SELECT 1 FROM json_each(?) k
    CROSS JOIN proceeding_parties pp INDEXED BY proceeding_parties_party_idx ON pp.party_id = k.value LIMIT ?)`,
  /** How many files there are, near enough (the last seq; read from the end of the primary key). */
  fileTotal: `SELECT coalesce(max(seq), 0) AS n FROM case_files`,
  /** How many files a search hit stands in, counted no further than the cap. */
  fileCountOfParty: `SELECT count(*) AS n FROM (SELECT cf.id FROM (SELECT DISTINCT id FROM (${FILES_OF_PARTIES})) f CROSS JOIN case_files cf ON cf.id = f.id WHERE +cf.unit_id = ? LIMIT ?)`,
  fileCountOfProject: `SELECT count(*) AS n FROM (SELECT cf.id FROM (SELECT DISTINCT id FROM (${FILES_OF_PROJECTS})) f CROSS JOIN case_files cf ON cf.id = f.id WHERE +cf.unit_id = ? LIMIT ?)`,
  intakesWithoutFileOfParties: `SELECT DISTINCT i.id, i.seq, i.reg_year, i.reg_no, i.kind, i.status, i.received_date, i.received_at, i.workers_count, i.amount_claimed_fen
    FROM json_each(?) k CROSS JOIN intake_parties ip INDEXED BY intake_parties_party_idx ON ip.party_id = k.value CROSS JOIN intakes i ON i.id = ip.intake_id
    WHERE +i.case_file_id IS NULL AND +i.unit_id = ? ORDER BY i.received_at DESC, i.seq DESC LIMIT ?`,
  intakesWithoutFileOfProjects: `SELECT i.id, i.seq, i.reg_year, i.reg_no, i.kind, i.status, i.received_date, i.received_at, i.workers_count, i.amount_claimed_fen
    FROM json_each(?) k CROSS JOIN intakes i INDEXED BY intakes_project_idx ON i.project_id = k.value
    WHERE +i.case_file_id IS NULL AND +i.unit_id = ? ORDER BY i.received_at DESC, i.seq DESC LIMIT ?`,
  files: `SELECT cf.id, cf.title, cf.status, cf.collective, cf.opened_at, cf.closed_at FROM json_each(?) k CROSS JOIN case_files cf ON cf.id = k.value`,
  proceedingsOfFiles: `SELECT p.id, p.case_file_id, p.kind, p.number, p.status, p.opened_at FROM json_each(?) k
    CROSS JOIN proceedings p INDEXED BY proceedings_case_file_idx ON p.case_file_id = k.value ORDER BY p.opened_at, p.id`,
  intakesOfFiles: `SELECT i.id, i.case_file_id, i.reg_year, i.reg_no, i.kind, i.status, i.received_date, i.workers_count, i.amount_claimed_fen,
      i.project_id, pr.name AS project_name, u.short_name AS site_unit_name
    FROM json_each(?) k CROSS JOIN intakes i INDEXED BY intakes_case_file_idx ON i.case_file_id = k.value
    LEFT JOIN projects pr ON pr.id = i.project_id LEFT JOIN units u ON u.id = pr.site_unit_id ORDER BY i.received_at, i.seq`,
  /** Who is complained about in the files, and as what: in a proceeding, or at an intake filed in it. */
  partiesOfFiles: `SELECT pr.case_file_id, pp.party_id, pp.role, pp.sort_order AS ord FROM json_each(?) k
      CROSS JOIN proceedings pr INDEXED BY proceedings_case_file_idx ON pr.case_file_id = k.value
      CROSS JOIN proceeding_parties pp INDEXED BY proceeding_parties_proceeding_idx ON pp.proceeding_id = pr.id WHERE pp.party_id IS NOT NULL
    UNION SELECT i.case_file_id, ip.party_id, ip.role, ip.sort_order FROM json_each(?) k
      CROSS JOIN intakes i INDEXED BY intakes_case_file_idx ON i.case_file_id = k.value CROSS JOIN intake_parties ip ON ip.intake_id = i.id`,
  /** The 限期改正（支付）指令书 issued in the files, as issued (orders_to_pay_case_file_idx). */
  ordersOfFiles: `SELECT o.case_file_id, o.proceeding_id, o.issued_on, o.deadline, o.amount_fen, o.workers FROM json_each(?) k
    CROSS JOIN orders_to_pay o INDEXED BY orders_to_pay_case_file_idx ON o.case_file_id = k.value ORDER BY o.issued_on, o.id`,
  /**
   * The enforcement events of the files' proceedings — order served, referral transferred, listed, removed — by
   * each proceeding's (proceeding, kind, date) index; a service since voided does not count (as COUNTED_EVENT, read by the service's key).
   */
  enforcementEventsOfFiles: `SELECT p.case_file_id, p.id AS proceeding_id, p.kind AS proceeding_kind, p.status, e.kind, e.date FROM json_each(?) k
    CROSS JOIN proceedings p INDEXED BY proceedings_case_file_idx ON p.case_file_id = k.value
    CROSS JOIN proceeding_events e INDEXED BY proceeding_events_proceeding_kind_date_idx ON e.proceeding_id = p.id
    LEFT JOIN services s ON s.id = e.service_id
    WHERE e.kind IN ('orderServed', 'referralTransferred', 'listed', 'delisted') AND (e.service_id IS NULL OR s.status <> 'void')
    ORDER BY e.date, e.seq`,
  /** The decisions' amounts as the steps were applied (the audit chain holds each applied step's input, engine.ts). */
  decisionStepsOfFiles: `SELECT p.case_file_id, json_extract(a.change, '$.action') AS action, json_extract(a.change, '$.input') AS input FROM json_each(?) k
    CROSS JOIN proceedings p INDEXED BY proceedings_case_file_idx ON p.case_file_id = k.value
    CROSS JOIN audit_log a ON a.entity = 'proceeding' AND a.entity_key = audit_id_bytes(p.id)
    WHERE p.kind = 'inspection' AND a.action = 'proceedingStep' AND json_extract(a.change, '$.action') IN ('decideHandling', 'decidePenalty') ORDER BY a.seq`,
  /** The police referrals and listings of the files, with their state. */
  enforcementProceedingsOfFiles: `SELECT p.case_file_id, p.id, p.kind, p.status FROM json_each(?) k
    CROSS JOIN proceedings p INDEXED BY proceedings_case_file_idx ON p.case_file_id = k.value WHERE p.kind IN ('policeReferral', 'blacklisting') ORDER BY p.opened_at, p.id`,
  /** The payments to each worker in the files (wage_payments_case_file_idx): what counts is the payments rule's to say. */
  workerPaymentsOfFiles: `SELECT w.case_file_id, w.person_id, w.amount_fen, w.status, w.method, w.bank_reference, w.receipt_mark FROM json_each(?) k
    CROSS JOIN wage_payments w INDEXED BY wage_payments_case_file_idx ON w.case_file_id = k.value WHERE w.kind = 'worker' AND w.person_id IS NOT NULL`,
  /** Other party records with this ID number (parties_id_number_idx): one 包工头 entered twice. */
  partiesWithIdNumber: `SELECT id FROM parties WHERE id_number = ? LIMIT 50`,
  projectsByIds: `SELECT p.id, p.name, p.site_unit_id, u.short_name AS site_unit_name, p.site_address FROM json_each(?) k
    CROSS JOIN projects p ON p.id = k.value LEFT JOIN units u ON u.id = p.site_unit_id`,
} as const;

export type EmployerStatement = keyof typeof EMPLOYER_SQL;

export type FilesPlan = 'gather' | 'byDate';

/**
 * Which way to the newest `limit` files of parties standing in n of N files: gathering reads each of the n (two
 * index entries, a file, then a sort of all); walking the files newest first probes about limit × N / n of them.
 * Measured (bench:employers), one probe costs about what one gathered file does, so walking wins when n² > limit × N:
 * at 20,000 files and a page of 101 from about 1,420 (the busiest builder, in 1,562: 20 ms gathered, 4 ms walked);
 * at 100,000 from about 3,180 (in 7,902: 69 ms gathered, 10 ms walked).
 */
export function filesPlan(prepare: Prepare, keyIds: string[], limit: number): FilesPlan {
  const total = (prepare(EMPLOYER_SQL.fileTotal).get() as { n: number }).n;
  const threshold = Math.ceil(Math.sqrt(limit * total));
  const n = (prepare(EMPLOYER_SQL.standingsOfParties).get(JSON.stringify(keyIds), threshold) as { n: number }).n;
  return n >= threshold && threshold > 0 ? 'byDate' : 'gather';
}

export function filesOf(prepare: Prepare, type: 'party' | 'project', keyIds: string[], unitId: string, limit: number, plan?: FilesPlan): string[] {
  const json = JSON.stringify(keyIds);
  let rows: { id: string }[];
  if (type === 'project') rows = prepare(EMPLOYER_SQL.filesOfProjects).all(json, unitId, limit) as { id: string }[];
  else if ((plan ?? filesPlan(prepare, keyIds, limit)) === 'byDate') rows = prepare(EMPLOYER_SQL.filesOfPartiesByDate).all(unitId, json, json, limit) as { id: string }[];
  else rows = prepare(EMPLOYER_SQL.filesOfParties).all(json, json, unitId, limit) as { id: string }[];
  return rows.map((r) => r.id);
}

export function fileCountOf(prepare: Prepare, type: 'party' | 'project', keyIds: string[], unitId: string, cap: number): number {
  const json = JSON.stringify(keyIds);
  const r = (type === 'party' ? prepare(EMPLOYER_SQL.fileCountOfParty).get(json, json, unitId, cap) : prepare(EMPLOYER_SQL.fileCountOfProject).get(json, unitId, cap)) as { n: number };
  return r.n;
}

export interface IntakeRow {
  id: string;
  reg_year: number;
  reg_no: number;
  kind: IntakeKind;
  status: IntakeStatus;
  received_date: string;
  workers_count: number;
  amount_claimed_fen: number | null;
}

export function intakesWithoutFile(prepare: Prepare, type: 'party' | 'project', keyIds: string[], unitId: string, limit: number): IntakeRow[] {
  const sql = type === 'party' ? EMPLOYER_SQL.intakesWithoutFileOfParties : EMPLOYER_SQL.intakesWithoutFileOfProjects;
  return prepare(sql).all(JSON.stringify(keyIds), unitId, limit) as IntakeRow[];
}

export interface FileRow {
  id: string;
  title: string;
  status: CaseStatus;
  collective: number;
  opened_at: number;
  closed_at: number | null;
}

export interface ProceedingRow {
  id: string;
  case_file_id: string;
  kind: ProceedingKind;
  number: string | null;
  status: string;
  opened_at: number;
}

export interface FileIntakeRow extends IntakeRow {
  case_file_id: string;
  project_id: string | null;
  project_name: string | null;
  site_unit_name: string | null;
}

export interface StandingRow {
  case_file_id: string;
  party_id: string;
  role: string;
  ord: number;
}

/** The listed files with their proceedings, intakes and the parties standing in them. */
export function fileDetails(prepare: Prepare, fileIds: string[]) {
  const json = JSON.stringify(fileIds);
  return {
    files: prepare(EMPLOYER_SQL.files).all(json) as FileRow[],
    proceedings: prepare(EMPLOYER_SQL.proceedingsOfFiles).all(json) as ProceedingRow[],
    intakes: prepare(EMPLOYER_SQL.intakesOfFiles).all(json) as FileIntakeRow[],
    parties: prepare(EMPLOYER_SQL.partiesOfFiles).all(json, json) as StandingRow[],
  };
}

export interface ProjectRow {
  id: string;
  name: string;
  site_unit_id: string | null;
  site_unit_name: string | null;
  site_address: string | null;
}

export function projectsByIds(prepare: Prepare, projectIds: string[]): ProjectRow[] {
  if (projectIds.length === 0) return [];
  return prepare(EMPLOYER_SQL.projectsByIds).all(JSON.stringify(projectIds)) as ProjectRow[];
}

export function partiesWithIdNumber(prepare: Prepare, idNumber: string): string[] {
  return (prepare(EMPLOYER_SQL.partiesWithIdNumber).all(idNumber) as { id: string }[]).map((r) => r.id);
}

export interface OrderRow {
  case_file_id: string;
  proceeding_id: string;
  issued_on: string;
  deadline: string;
  amount_fen: number;
  workers: number;
}

export interface EnforcementEventRow {
  case_file_id: string;
  proceeding_id: string;
  proceeding_kind: ProceedingKind;
  status: string;
  kind: string;
  date: string;
}

export interface WorkerPaymentRow {
  case_file_id: string;
  person_id: string;
  amount_fen: number;
  status: 'valid' | 'void';
  method: PaymentMethod;
  bank_reference: string | null;
  receipt_mark: ReceiptMark | null;
}

/** The listed files' orders, decisions, referrals, listings and worker payments: the enforcement record of the page. */
export function enforcementOf(prepare: Prepare, fileIds: string[]) {
  const json = JSON.stringify(fileIds);
  return {
    orders: prepare(EMPLOYER_SQL.ordersOfFiles).all(json) as OrderRow[],
    events: prepare(EMPLOYER_SQL.enforcementEventsOfFiles).all(json) as EnforcementEventRow[],
    decisions: prepare(EMPLOYER_SQL.decisionStepsOfFiles).all(json) as { case_file_id: string; action: 'decideHandling' | 'decidePenalty'; input: string }[],
    proceedings: prepare(EMPLOYER_SQL.enforcementProceedingsOfFiles).all(json) as { case_file_id: string; id: string; kind: ProceedingKind; status: string }[],
    payments: prepare(EMPLOYER_SQL.workerPaymentsOfFiles).all(json) as WorkerPaymentRow[],
  };
}
