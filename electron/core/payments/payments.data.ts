// Every SQL statement of the wages paid on a case file: payments and their pay-sheet splits and scans, money held for
// a worker who cannot be found, the 应急周转金's recoveries, the unit's leaders who may approve an advance. No rules
// here (shared/domain/payments.ts; payments.service.ts).
import type { Prepare } from '../../../db/statements';
import type { IntermediaryRole, PayerKind, PaymentMethod, ReceiptMark } from '../../../shared/domain/payments';
import { awaitingReceipt } from '../proceedings/proceedings.data';

export interface PaymentRow {
  id: string;
  unit_id: string;
  case_file_id: string;
  kind: 'worker' | 'batch';
  person_id: string | null;
  person_name: string | null;
  batch_id: string | null;
  holding_id: string | null;
  payer_kind: PayerKind;
  payer_name: string;
  method: PaymentMethod;
  bank_reference: string | null;
  receipt_mark: ReceiptMark | null;
  receipt_signer: string | null;
  intermediary_name: string | null;
  intermediary_role: IntermediaryRole | null;
  paid_on: string;
  amount_fen: number;
  approved_by: string | null;
  approved_by_name: string | null;
  approved_on: string | null;
  note: string | null;
  status: 'valid' | 'void';
  void_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: number;
}

const PAYMENT_SELECT = `SELECT p.*, pe.name AS person_name, ap.name AS approved_by_name, rb.name AS recorded_by_name
  FROM wage_payments p JOIN staff rb ON rb.id = p.recorded_by LEFT JOIN persons pe ON pe.id = p.person_id LEFT JOIN staff ap ON ap.id = p.approved_by`;

export function paymentsOfFile(prepare: Prepare, caseFileId: string): PaymentRow[] {
  return prepare(`${PAYMENT_SELECT} WHERE p.case_file_id = ? ORDER BY p.paid_on, p.recorded_at, p.id`).all(caseFileId) as PaymentRow[];
}

export function paymentById(prepare: Prepare, id: string): PaymentRow | null {
  return (prepare(`${PAYMENT_SELECT} WHERE p.id = ?`).get(id) as PaymentRow | undefined) ?? null;
}

export interface AllocationRow {
  payment_id: string;
  person_id: string;
  name: string;
  amount_fen: number;
}

export function allocationsOfFile(prepare: Prepare, caseFileId: string): AllocationRow[] {
  return prepare(
    `SELECT a.payment_id, a.person_id, pe.name, a.amount_fen FROM wage_payment_allocations a JOIN wage_payments p ON p.id = a.payment_id JOIN persons pe ON pe.id = a.person_id
     WHERE p.case_file_id = ? ORDER BY a.rowid`,
  ).all(caseFileId) as AllocationRow[];
}

export interface ScanRow {
  id: string;
  payment_id: string;
  mime: string;
  bytes: number;
  file_name: string | null;
}

export function scansOfFile(prepare: Prepare, caseFileId: string): ScanRow[] {
  return prepare(
    `SELECT s.id, s.payment_id, f.mime, f.bytes, s.file_name FROM wage_payment_scans s JOIN files f ON f.sha256 = s.file_sha256 JOIN wage_payments p ON p.id = s.payment_id
     WHERE p.case_file_id = ? ORDER BY s.created_at, s.id`,
  ).all(caseFileId) as ScanRow[];
}

export interface NewPayment {
  id: string;
  unitId: string;
  caseFileId: string;
  kind: 'worker' | 'batch';
  personId: string | null;
  batchId: string | null;
  holdingId: string | null;
  payerKind: PayerKind;
  payerName: string;
  method: PaymentMethod;
  bankReference: string | null;
  receiptMark: ReceiptMark | null;
  receiptSigner: string | null;
  intermediaryName: string | null;
  intermediaryRole: IntermediaryRole | null;
  paidOn: string;
  amountFen: number;
  approvedBy: string | null;
  approvedOn: string | null;
  note: string | null;
  recordedBy: string;
  recordedAt: number;
}

export function insertPayment(prepare: Prepare, p: NewPayment): void {
  prepare(
    `INSERT INTO wage_payments (id, unit_id, case_file_id, kind, person_id, batch_id, holding_id, payer_kind, payer_name, method, bank_reference, receipt_mark, receipt_signer,
       intermediary_name, intermediary_role, paid_on, amount_fen, approved_by, approved_on, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    p.id, p.unitId, p.caseFileId, p.kind, p.personId, p.batchId, p.holdingId, p.payerKind, p.payerName, p.method, p.bankReference, p.receiptMark, p.receiptSigner,
    p.intermediaryName, p.intermediaryRole, p.paidOn, p.amountFen, p.approvedBy, p.approvedOn, p.note, p.recordedBy, p.recordedAt,
  );
}

export function insertAllocation(prepare: Prepare, a: { id: string; paymentId: string; personId: string; amountFen: number }): void {
  prepare('INSERT INTO wage_payment_allocations (id, payment_id, person_id, amount_fen) VALUES (?, ?, ?, ?)').run(a.id, a.paymentId, a.personId, a.amountFen);
}

export function insertScan(prepare: Prepare, s: { id: string; paymentId: string; sha256: string; fileName: string | null; now: number }): void {
  prepare('INSERT INTO wage_payment_scans (id, payment_id, file_sha256, file_name, created_at) VALUES (?, ?, ?, ?, ?)').run(s.id, s.paymentId, s.sha256, s.fileName, s.now);
}

/** Voids a valid row of one of the three voidable tables; false when it is no longer valid. */
export function voidRow(prepare: Prepare, table: 'wage_payments' | 'wage_holdings' | 'advance_recoveries', id: string, reason: string, by: string, now: number): boolean {
  return (
    prepare(`UPDATE ${table} SET status = 'void', void_reason = ?, voided_at = ?, voided_by = ?, row_version = row_version + 1 WHERE id = ? AND status = 'valid'`).run(reason, now, by, id)
      .changes === 1
  );
}

/** Valid receipts recorded against a batch. */
export function validReceiptsOfBatch(prepare: Prepare, batchId: string): number {
  return (prepare("SELECT count(*) AS n FROM wage_payments WHERE batch_id = ? AND status = 'valid'").get(batchId) as { n: number }).n;
}

export interface HoldingRow {
  id: string;
  unit_id: string;
  case_file_id: string;
  person_id: string;
  person_name: string;
  amount_fen: number;
  payer_kind: PayerKind;
  payer_name: string;
  holder: string;
  held_since: string;
  note: string | null;
  paid_out_by: string | null;
  status: 'valid' | 'void';
  void_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: number;
}

const HOLDING_SELECT = `SELECT h.*, pe.name AS person_name, rb.name AS recorded_by_name,
    (SELECT p.id FROM wage_payments p WHERE p.holding_id = h.id AND p.status = 'valid' LIMIT 1) AS paid_out_by
  FROM wage_holdings h JOIN persons pe ON pe.id = h.person_id JOIN staff rb ON rb.id = h.recorded_by`;

export function holdingsOfFile(prepare: Prepare, caseFileId: string): HoldingRow[] {
  return prepare(`${HOLDING_SELECT} WHERE h.case_file_id = ? ORDER BY h.held_since, h.recorded_at, h.id`).all(caseFileId) as HoldingRow[];
}

export function holdingById(prepare: Prepare, id: string): HoldingRow | null {
  return (prepare(`${HOLDING_SELECT} WHERE h.id = ?`).get(id) as HoldingRow | undefined) ?? null;
}

export function insertHolding(
  prepare: Prepare,
  h: { id: string; unitId: string; caseFileId: string; personId: string; amountFen: number; payerKind: PayerKind; payerName: string; holder: string; heldSince: string; note: string | null; by: string; now: number },
): void {
  prepare(
    `INSERT INTO wage_holdings (id, unit_id, case_file_id, person_id, amount_fen, payer_kind, payer_name, holder, held_since, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(h.id, h.unitId, h.caseFileId, h.personId, h.amountFen, h.payerKind, h.payerName, h.holder, h.heldSince, h.note, h.by, h.now);
}

export interface RecoveryRow {
  id: string;
  unit_id: string;
  case_file_id: string;
  amount_fen: number;
  recovered_on: string;
  from_name: string;
  note: string | null;
  status: 'valid' | 'void';
  void_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: number;
}

const RECOVERY_SELECT = 'SELECT r.*, rb.name AS recorded_by_name FROM advance_recoveries r JOIN staff rb ON rb.id = r.recorded_by';

export function recoveriesOfFile(prepare: Prepare, caseFileId: string): RecoveryRow[] {
  return prepare(`${RECOVERY_SELECT} WHERE r.case_file_id = ? ORDER BY r.recovered_on, r.recorded_at, r.id`).all(caseFileId) as RecoveryRow[];
}

export function recoveryById(prepare: Prepare, id: string): RecoveryRow | null {
  return (prepare(`${RECOVERY_SELECT} WHERE r.id = ?`).get(id) as RecoveryRow | undefined) ?? null;
}

export function insertRecovery(
  prepare: Prepare,
  r: { id: string; unitId: string; caseFileId: string; amountFen: number; recoveredOn: string; fromName: string; note: string | null; by: string; now: number },
): void {
  prepare(
    'INSERT INTO advance_recoveries (id, unit_id, case_file_id, amount_fen, recovered_on, from_name, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(r.id, r.unitId, r.caseFileId, r.amountFen, r.recoveredOn, r.fromName, r.note, r.by, r.now);
}

/** The unit's active leaders (who may approve an 应急周转金 advance). */
export function activeLeaders(prepare: Prepare, unitId: string): { id: string; name: string }[] {
  return prepare(
    "SELECT s.id, s.name FROM staff s WHERE s.unit_id = ? AND s.active = 1 AND EXISTS (SELECT 1 FROM staff_roles r WHERE r.staff_id = s.id AND r.role = 'leader') ORDER BY s.name, s.id",
  ).all(unitId) as { id: string; name: string }[];
}

export function scanFile(prepare: Prepare, scanId: string): { sha256: string; mime: string; fileName: string | null; paymentId: string; caseFileId: string; unitId: string } | null {
  return (
    (prepare(
      `SELECT s.file_sha256 AS sha256, f.mime, s.file_name AS fileName, s.payment_id AS paymentId, p.case_file_id AS caseFileId, p.unit_id AS unitId
       FROM wage_payment_scans s JOIN files f ON f.sha256 = s.file_sha256 JOIN wage_payments p ON p.id = s.payment_id WHERE s.id = ?`,
    ).get(scanId) as { sha256: string; mime: string; fileName: string | null; paymentId: string; caseFileId: string; unitId: string } | undefined) ?? null
  );
}

/** The counted payments to each worker of a file, for the workers' table (caseWorkers.get). */
export function workerPaymentRows(prepare: Prepare, caseFileId: string): PaymentRow[] {
  return paymentsOfFile(prepare, caseFileId).filter((p) => p.kind === 'worker');
}

// ---- Anonymising an expired file (retention/case-records.ts) ----

export function personalFieldsOfFile(prepare: Prepare, caseFileId: string): { signers: string[]; intermediaries: string[]; fields: number } {
  const rows = prepare('SELECT bank_reference, receipt_signer, intermediary_name, note FROM wage_payments WHERE case_file_id = ?').all(caseFileId) as {
    bank_reference: string | null;
    receipt_signer: string | null;
    intermediary_name: string | null;
    note: string | null;
  }[];
  const notes = prepare('SELECT (SELECT count(note) FROM wage_holdings WHERE case_file_id = ?) + (SELECT count(note) FROM advance_recoveries WHERE case_file_id = ?) AS n').get(caseFileId, caseFileId) as { n: number };
  let fields = notes.n;
  for (const r of rows) fields += (r.bank_reference ? 1 : 0) + (r.receipt_signer ? 1 : 0) + (r.intermediary_name ? 1 : 0) + (r.note ? 1 : 0);
  return {
    signers: rows.map((r) => r.receipt_signer).filter((x): x is string => !!x),
    intermediaries: rows.map((r) => r.intermediary_name).filter((x): x is string => !!x),
    fields,
  };
}

/** Clears the personal columns (the triggers of migration 0026 allow only these, only on an anonymised file). */
export function clearPersonalFields(prepare: Prepare, caseFileId: string, anonymisedName: string, anonymisedText: string): void {
  prepare(
    `UPDATE wage_payments SET bank_reference = NULL,
       receipt_signer = CASE WHEN receipt_signer IS NULL THEN NULL ELSE ? END,
       intermediary_name = CASE WHEN intermediary_name IS NULL THEN NULL ELSE ? END,
       note = CASE WHEN note IS NULL THEN NULL ELSE ? END WHERE case_file_id = ?`,
  ).run(anonymisedName, anonymisedName, anonymisedText, caseFileId);
  prepare('UPDATE wage_holdings SET note = CASE WHEN note IS NULL THEN NULL ELSE ? END WHERE case_file_id = ?').run(anonymisedText, caseFileId);
  prepare('UPDATE advance_recoveries SET note = CASE WHEN note IS NULL THEN NULL ELSE ? END WHERE case_file_id = ?').run(anonymisedText, caseFileId);
}

/** The department whose 签收 the file still waits for (归口办理: every proceeding of it awaits one), or null. */
export function fileAwaitingReceipt(prepare: Prepare, caseFileId: string): { department: string; returned: boolean } | null {
  const ids = (prepare('SELECT id FROM proceedings WHERE case_file_id = ? ORDER BY opened_at, id').all(caseFileId) as { id: string }[]).map((r) => r.id);
  const waits = ids.map((id) => awaitingReceipt(prepare, id));
  return waits.length > 0 && waits.every((x) => x !== null) ? waits[0]! : null;
}
