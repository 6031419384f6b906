// Every SQL statement of the arbitration's ending and after-award steps: the award and its items, the payment, the
// court actions and their results, the closing record, and the rates per arbitrator the institute's head reads.
import type { Prepare } from '../../../db/statements';
import type { AwardedItem } from '../../../shared/domain/proceedings/arbitration-closing';

export interface AwardRow {
  proceedingId: string;
  unitId: string;
  caseFileId: string;
  awardedOn: string;
  finality: 'final' | 'nonFinal' | 'split';
  totalFen: number;
  thresholdFen: number | null;
  recordedBy: string | null;
  now: number;
}

export function insertAward(prepare: Prepare, a: AwardRow, items: readonly (AwardedItem & { final: boolean })[]): void {
  prepare(
    `INSERT INTO arbitration_awards (proceeding_id, unit_id, case_file_id, awarded_on, finality, total_fen, threshold_fen, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.proceedingId, a.unitId, a.caseFileId, a.awardedOn, a.finality, a.totalFen, a.thresholdFen, a.recordedBy, a.now);
  const insert = prepare('INSERT INTO arbitration_award_items (proceeding_id, seq, claimant, category, amount_fen, final, basis) VALUES (?, ?, ?, ?, ?, ?, ?)');
  items.forEach((x, k) => insert.run(a.proceedingId, k + 1, x.claimant, x.category, x.amountFen, x.final ? 1 : 0, x.basis));
}

export interface StoredAward {
  awardedOn: string;
  finality: 'final' | 'nonFinal' | 'split';
  totalFen: number;
  paymentStatus: 'paid' | 'partlyPaid' | 'unpaid' | null;
  paidFen: number | null;
}

export function awardOf(prepare: Prepare, proceedingId: string): StoredAward | null {
  const r = prepare(
    'SELECT awarded_on AS awardedOn, finality, total_fen AS totalFen, payment_status AS paymentStatus, paid_fen AS paidFen FROM arbitration_awards WHERE proceeding_id = ?',
  ).get(proceedingId) as StoredAward | undefined;
  return r ?? null;
}

export interface StoredAwardItem {
  seq: number;
  claimant: string;
  category: AwardedItem['category'];
  amountFen: number | null;
  final: boolean;
  basis: string | null;
}

/** The award's items in the order the step recorded them, each with the final/non-final verdict stored with it. */
export function awardItemsOf(prepare: Prepare, proceedingId: string): StoredAwardItem[] {
  const rows = prepare('SELECT seq, claimant, category, amount_fen AS amountFen, final, basis FROM arbitration_award_items WHERE proceeding_id = ? ORDER BY seq').all(proceedingId) as (Omit<StoredAwardItem, 'final'> & {
    final: number;
  })[];
  return rows.map((r) => ({ ...r, final: r.final === 1 }));
}

export function recordPayment(prepare: Prepare, proceedingId: string, status: 'paid' | 'partlyPaid' | 'unpaid', paidFen: number, on: string): boolean {
  return prepare('UPDATE arbitration_awards SET payment_status = ?, paid_fen = ?, payment_recorded_on = ? WHERE proceeding_id = ?').run(status, paidFen, on, proceedingId).changes === 1;
}

export interface CourtActionRow {
  id: string;
  proceedingId: string;
  route: 'suit' | 'setAside';
  party: string;
  partyRole: 'worker' | 'employer';
  court: string;
  courtCaseNumber: string;
  filedOn: string;
  now: number;
}

export function courtCaseNumberTaken(prepare: Prepare, proceedingId: string, courtCaseNumber: string): boolean {
  return prepare('SELECT 1 FROM arbitration_court_actions WHERE proceeding_id = ? AND court_case_number = ?').get(proceedingId, courtCaseNumber) !== undefined;
}

export function insertCourtAction(prepare: Prepare, c: CourtActionRow): void {
  prepare(
    `INSERT INTO arbitration_court_actions (id, proceeding_id, route, party, party_role, court, court_case_number, filed_on, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.id, c.proceedingId, c.route, c.party, c.partyRole, c.court, c.courtCaseNumber, c.filedOn, c.now);
}

export interface OpenCourtAction {
  id: string;
  route: 'suit' | 'setAside';
  filedOn: string;
  result: string | null;
}

export function courtActionByNumber(prepare: Prepare, proceedingId: string, courtCaseNumber: string): OpenCourtAction | null {
  const r = prepare('SELECT id, route, filed_on AS filedOn, result FROM arbitration_court_actions WHERE proceeding_id = ? AND court_case_number = ?').get(proceedingId, courtCaseNumber) as
    | OpenCourtAction
    | undefined;
  return r ?? null;
}

export function setCourtResult(prepare: Prepare, id: string, result: 'upheld' | 'revoked' | 'amended', on: string): boolean {
  return prepare('UPDATE arbitration_court_actions SET result = ?, result_on = ? WHERE id = ? AND result IS NULL').run(result, on, id).changes === 1;
}

/** Whether a court changed or set aside the award (its amounts are then the court's, not the award's). */
export function awardChangedByCourt(prepare: Prepare, proceedingId: string): boolean {
  return prepare("SELECT 1 FROM arbitration_court_actions WHERE proceeding_id = ? AND result IN ('revoked', 'amended')").get(proceedingId) !== undefined;
}

export interface ClosingRow {
  proceedingId: string;
  unitId: string;
  closedOn: string;
  method: string;
  result: string;
  cause: string;
  claimedFen: number;
  resolvedFen: number;
  note: string | null;
  now: number;
}

export function insertClosing(prepare: Prepare, c: ClosingRow): void {
  prepare(
    `INSERT INTO arbitration_closings (proceeding_id, unit_id, closed_on, method, result, cause, claimed_fen, resolved_fen, note, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.proceedingId, c.unitId, c.closedOn, c.method, c.result, c.cause, c.claimedFen, c.resolvedFen, c.note, c.now);
}

export interface ArbitratorRateRow {
  staffId: string;
  name: string;
  awards: number;
  changed: number;
  setAside: number;
}

/**
 * Per arbitrator of the unit, the awards made from `from` to `to` (by award date) by a tribunal they sat on, and how
 * many of them a court changed (改判) or set aside (撤销).
 */
export function arbitratorRates(prepare: Prepare, unitId: string, from: string, to: string): ArbitratorRateRow[] {
  return prepare(
    `SELECT s.id AS staffId, s.name AS name, COUNT(*) AS awards,
            SUM(CASE WHEN EXISTS (SELECT 1 FROM arbitration_court_actions c WHERE c.proceeding_id = a.proceeding_id AND c.result = 'amended') THEN 1 ELSE 0 END) AS changed,
            SUM(CASE WHEN EXISTS (SELECT 1 FROM arbitration_court_actions c WHERE c.proceeding_id = a.proceeding_id AND c.result = 'revoked') THEN 1 ELSE 0 END) AS setAside
     FROM arbitration_awards a
     JOIN tribunal_arbitrators ta ON ta.proceeding_id = a.proceeding_id
     JOIN staff s ON s.id = ta.staff_id
     WHERE a.unit_id = ? AND a.awarded_on BETWEEN ? AND ?
     GROUP BY s.id, s.name
     ORDER BY awards DESC, s.name`,
  ).all(unitId, from, to) as ArbitratorRateRow[];
}

/**
 * Retention (办案规则 Art. 24; PIPL Art. 47): the names an anonymised file's award items and court actions hold, and
 * the closing note, replaced; amounts, dates, results and court numbers stay for the statistics. Returns the names
 * and texts removed, for the timeline's scrub.
 */
export function anonymiseArbitrationOutcomeRows(prepare: Prepare, caseFileId: string, name: string, text: string): { fields: number; names: string[]; texts: string[] } {
  const items = prepare('SELECT DISTINCT claimant AS n FROM arbitration_award_items WHERE proceeding_id IN (SELECT proceeding_id FROM arbitration_awards WHERE case_file_id = ?) AND claimant <> ?').all(caseFileId, name) as { n: string }[];
  const parties = prepare('SELECT DISTINCT party AS n FROM arbitration_court_actions WHERE proceeding_id IN (SELECT id FROM proceedings WHERE case_file_id = ?) AND party <> ?').all(caseFileId, name) as { n: string }[];
  const notes = prepare('SELECT note AS n FROM arbitration_closings WHERE proceeding_id IN (SELECT id FROM proceedings WHERE case_file_id = ?) AND note IS NOT NULL AND note <> ?').all(caseFileId, text) as { n: string }[];
  const a = prepare('UPDATE arbitration_award_items SET claimant = ? WHERE proceeding_id IN (SELECT proceeding_id FROM arbitration_awards WHERE case_file_id = ?) AND claimant <> ?').run(name, caseFileId, name).changes;
  const b = prepare('UPDATE arbitration_court_actions SET party = ? WHERE proceeding_id IN (SELECT id FROM proceedings WHERE case_file_id = ?) AND party <> ?').run(name, caseFileId, name).changes;
  const c = prepare('UPDATE arbitration_closings SET note = ? WHERE proceeding_id IN (SELECT id FROM proceedings WHERE case_file_id = ?) AND note IS NOT NULL AND note <> ?').run(text, caseFileId, text).changes;
  return { fields: a + b + c, names: [...items, ...parties].map((r) => r.n), texts: notes.map((r) => r.n) };
}
