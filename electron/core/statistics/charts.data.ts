// Every SQL statement of the leader's charts (统计概览) and of the files behind each bar. Each reads an index range:
// intakes by (unit, kind, received time), wage payments by (unit, paid date) — the index this feature adds —, open
// files by status. Nothing here writes.
import type { Prepare } from '../../../db/statements';

/** 条例 Arts. 11, 31 (shared/domain/payments.ts countsForWorker), as SQL over wage_payments w: a valid payment to the
 *  worker with the worker's own bank reference or signed/thumbprinted receipt. A batch to a 包工头 never counts. */
const COUNTS_FOR_WORKER = `w.kind = 'worker' AND w.status = 'valid' AND w.amount_fen > 0
  AND ((w.method = 'transfer' AND coalesce(w.bank_reference, '') <> '') OR (w.method <> 'transfer' AND w.receipt_mark IS NOT NULL))`;

/** Complaints (intakes of kind 投诉) of a unit received in [since, until), per month 'YYYY-MM'. */
export function complaintsPerMonth(prepare: Prepare, unitId: string, sinceMs: number, untilMs: number): { month: string; n: number }[] {
  return prepare(
    `SELECT substr(received_date, 1, 7) AS month, count(*) AS n FROM intakes
     WHERE unit_id = ? AND kind = 'complaint' AND received_at >= ? AND received_at < ? GROUP BY month`,
  ).all(unitId, sinceMs, untilMs) as { month: string; n: number }[];
}

/** Wages paid to workers that count for them, of a unit's files, paid from … to (date keys, inclusive), per month. */
export function recoveredPerMonth(prepare: Prepare, unitId: string, from: string, to: string): { month: string; fen: number }[] {
  return prepare(
    `SELECT substr(w.paid_on, 1, 7) AS month, sum(w.amount_fen) AS fen FROM wage_payments w
     WHERE w.unit_id = ? AND w.paid_on >= ? AND w.paid_on <= ? AND ${COUNTS_FOR_WORKER} GROUP BY month`,
  ).all(unitId, from, to) as { month: string; fen: number }[];
}

/** The units directly under a unit (the city's counties), in their order. */
export function subunits(prepare: Prepare, unitId: string): { id: string; name: string }[] {
  return prepare('SELECT id, short_name AS name FROM units WHERE parent_id = ? AND active = 1 ORDER BY sort_order, region_code').all(unitId) as { id: string; name: string }[];
}

export function unitName(prepare: Prepare, unitId: string): { name: string; shortName: string; parentId: string | null } | undefined {
  return prepare('SELECT name, short_name AS shortName, parent_id AS parentId FROM units WHERE id = ?').get(unitId) as
    | { name: string; shortName: string; parentId: string | null }
    | undefined;
}

/** Per unit: complaints received in [since, until) and files open now. */
export function perUnitCounts(prepare: Prepare, unitId: string, sinceMs: number, untilMs: number): { complaints: number; openFiles: number } {
  const complaints = prepare(`SELECT count(*) AS n FROM intakes WHERE unit_id = ? AND kind = 'complaint' AND received_at >= ? AND received_at < ?`).get(unitId, sinceMs, untilMs) as { n: number };
  const open = prepare(`SELECT count(*) AS n FROM case_files WHERE unit_id = ? AND status = 'open'`).get(unitId) as { n: number };
  return { complaints: complaints.n, openFiles: open.n };
}

export interface FileRow {
  id: string;
  title: string;
  unit_name: string;
  number: string | null;
  date: string;
  amount: number | null;
}

/** The first numbered proceeding's number (案号) of a file, as SQL over case_files cf. */
const FILE_NUMBER = `(SELECT number FROM proceedings WHERE case_file_id = cf.id AND number IS NOT NULL ORDER BY opened_at LIMIT 1)`;

/** The complaints behind a month's (or a unit's 12 months') bar: every one, oldest first. */
export function complaintRows(prepare: Prepare, unitId: string, sinceMs: number, untilMs: number) {
  return prepare(
    `SELECT i.id, i.reg_year, i.reg_no, i.summary, i.received_date AS date, u.short_name AS unit_name FROM intakes i JOIN units u ON u.id = i.unit_id
     WHERE i.unit_id = ? AND i.kind = 'complaint' AND i.received_at >= ? AND i.received_at < ? ORDER BY i.received_at, i.seq`,
  ).all(unitId, sinceMs, untilMs) as { id: string; reg_year: number; reg_no: number; summary: string; date: string; unit_name: string }[];
}

/** The files behind a month's wages recovered: each with what counted in the month (its share of the bar). */
export function recoveredFiles(prepare: Prepare, unitId: string, from: string, to: string): FileRow[] {
  return prepare(
    `SELECT cf.id, cf.title, u.short_name AS unit_name, ${FILE_NUMBER} AS number, max(w.paid_on) AS date, sum(w.amount_fen) AS amount
     FROM wage_payments w JOIN case_files cf ON cf.id = w.case_file_id JOIN units u ON u.id = cf.unit_id
     WHERE w.unit_id = ? AND w.paid_on >= ? AND w.paid_on <= ? AND ${COUNTS_FOR_WORKER}
     GROUP BY cf.id ORDER BY amount DESC, cf.seq`,
  ).all(unitId, from, to) as FileRow[];
}

/** A unit's open files, oldest first. */
export function openFilesOfUnit(prepare: Prepare, unitId: string): FileRow[] {
  return prepare(
    `SELECT cf.id, cf.title, u.short_name AS unit_name, ${FILE_NUMBER} AS number, date(cf.opened_at / 1000, 'unixepoch', '+8 hours') AS date, NULL AS amount
     FROM case_files cf JOIN units u ON u.id = cf.unit_id WHERE cf.status = 'open' AND cf.unit_id = ? ORDER BY cf.opened_at, cf.seq`,
  ).all(unitId) as FileRow[];
}

/**
 * Those who owe the workers of the unit's open files: the 用人单位 and, on a construction project, the 分包单位 that
 * hired them (条例 Art. 30: directly responsible for their pay) — file → party, one row each pair. The 总包 and the
 * 建设单位, liable only in their turn (Arts. 29–30), are not counted as owing.
 */
export function openFileEmployers(prepare: Prepare, unitId: string): { file_id: string; party_id: string; name: string }[] {
  return prepare(
    `SELECT DISTINCT p.case_file_id AS file_id, pp.party_id, pa.name
     FROM case_files cf JOIN proceedings p ON p.case_file_id = cf.id
     JOIN proceeding_parties pp ON pp.proceeding_id = p.id AND pp.role IN ('employer', 'subcontractor') AND pp.party_id IS NOT NULL
     JOIN parties pa ON pa.id = pp.party_id
     WHERE cf.status = 'open' AND cf.unit_id = ?`,
  ).all(unitId) as { file_id: string; party_id: string; name: string }[];
}

/** Files by id with what a list shows of them (opened date as their date). */
export function filesByIds(prepare: Prepare, ids: readonly string[]): FileRow[] {
  return prepare(
    `SELECT cf.id, cf.title, u.short_name AS unit_name, ${FILE_NUMBER} AS number, date(cf.opened_at / 1000, 'unixepoch', '+8 hours') AS date, NULL AS amount
     FROM case_files cf JOIN units u ON u.id = cf.unit_id WHERE cf.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as FileRow[];
}

/** What the workers of these files claimed at their complaint intakes, oldest intake first (a later stated amount
 *  replaces an earlier one, as on the case page: evidence.data.ts workerClaimsOfFile). */
export function claimsOfFiles(prepare: Prepare, fileIds: readonly string[]) {
  return prepare(
    `SELECT i.case_file_id AS file_id, ic.person_id, ic.amount_claimed_fen FROM intakes i JOIN intake_complainants ic ON ic.intake_id = i.id
     WHERE i.case_file_id IN (SELECT value FROM json_each(?)) AND i.kind = 'complaint' ORDER BY i.received_at, i.seq, ic.sort_order`,
  ).all(JSON.stringify(fileIds)) as { file_id: string; person_id: string; amount_claimed_fen: number | null }[];
}

/** The corrections of what a worker is owed on these files, oldest first (the latest stands). */
export function owedCorrectionsOfFiles(prepare: Prepare, fileIds: readonly string[]) {
  return prepare(
    `SELECT case_file_id AS file_id, person_id, to_fen FROM worker_owed_corrections
     WHERE case_file_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
  ).all(JSON.stringify(fileIds)) as { file_id: string; person_id: string; to_fen: number }[];
}

/** The payments to single workers on these files, with what decides whether each counts (payments.ts countsForWorker). */
export function workerPaymentsOfFiles(prepare: Prepare, fileIds: readonly string[]) {
  return prepare(
    `SELECT case_file_id AS file_id, person_id, amount_fen, status, method, bank_reference, receipt_mark FROM wage_payments
     WHERE case_file_id IN (SELECT value FROM json_each(?)) AND kind = 'worker' AND person_id IS NOT NULL`,
  ).all(JSON.stringify(fileIds)) as { file_id: string; person_id: string; amount_fen: number; status: 'valid' | 'void'; method: 'transfer' | 'cash'; bank_reference: string | null; receipt_mark: string | null }[];
}
