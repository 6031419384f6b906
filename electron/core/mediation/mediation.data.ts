// Every SQL statement of a joint mediation's agreement: the agreement and its instalments, the payments linked to an
// instalment, the instalments past their due date on open files (the desk). No rules here
// (shared/domain/mediation-agreement.ts; mediation.service.ts).
import type { Prepare } from '../../../db/statements';
import type { PaymentMethod, ReceiptMark } from '../../../shared/domain/payments';
import { MY_FILE_IDS } from '../desk/desk.data';

export interface AgreementRow {
  id: string;
  case_file_id: string;
  proceeding_id: string;
  signed_on: string;
  total_fen: number;
  outstanding_fen: number;
  over_owed_reason: string | null;
  note: string | null;
}

export function agreementsOfFile(prepare: Prepare, caseFileId: string): AgreementRow[] {
  return prepare(
    'SELECT id, case_file_id, proceeding_id, signed_on, total_fen, outstanding_fen, over_owed_reason, note FROM mediation_agreements WHERE case_file_id = ? ORDER BY signed_on, recorded_at, id',
  ).all(caseFileId) as AgreementRow[];
}

export function insertAgreement(
  prepare: Prepare,
  a: { id: string; unitId: string; caseFileId: string; proceedingId: string; signedOn: string; totalFen: number; outstandingFen: number; overOwedReason: string | null; note: string | null; by: string | null; now: number },
): void {
  prepare(
    `INSERT INTO mediation_agreements (id, unit_id, case_file_id, proceeding_id, signed_on, total_fen, outstanding_fen, over_owed_reason, note, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.unitId, a.caseFileId, a.proceedingId, a.signedOn, a.totalFen, a.outstandingFen, a.overOwedReason, a.note, a.by, a.now);
}

export function insertInstalment(prepare: Prepare, i: { id: string; agreementId: string; seq: number; personId: string | null; dueOn: string; amountFen: number; payerName: string }): void {
  prepare('INSERT INTO mediation_instalments (id, agreement_id, seq, person_id, due_on, amount_fen, payer_name) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    i.id, i.agreementId, i.seq, i.personId, i.dueOn, i.amountFen, i.payerName,
  );
}

export interface InstalmentRow {
  id: string;
  agreement_id: string;
  case_file_id: string;
  seq: number;
  person_id: string | null;
  person_name: string | null;
  due_on: string;
  amount_fen: number;
  payer_name: string;
}

const INSTALMENT_SELECT = `SELECT i.id, i.agreement_id, a.case_file_id, i.seq, i.person_id, pe.name AS person_name, i.due_on, i.amount_fen, i.payer_name
  FROM mediation_instalments i JOIN mediation_agreements a ON a.id = i.agreement_id LEFT JOIN persons pe ON pe.id = i.person_id`;

export function instalmentsOfFile(prepare: Prepare, caseFileId: string): InstalmentRow[] {
  return prepare(`${INSTALMENT_SELECT} WHERE a.case_file_id = ? ORDER BY a.signed_on, a.id, i.seq`).all(caseFileId) as InstalmentRow[];
}

export function instalmentById(prepare: Prepare, id: string): InstalmentRow | null {
  return (prepare(`${INSTALMENT_SELECT} WHERE i.id = ?`).get(id) as InstalmentRow | undefined) ?? null;
}

/** A payment linked to an instalment, with what the worker's receipt rule reads (countsForWorker). */
export interface LinkedPaymentRow {
  payment_id: string;
  instalment_id: string;
  kind: 'worker' | 'batch';
  amount_fen: number;
  status: 'valid' | 'void';
  method: PaymentMethod;
  bank_reference: string | null;
  receipt_mark: ReceiptMark | null;
}

const LINKED_SELECT = `SELECT l.payment_id, l.instalment_id, p.kind, p.amount_fen, p.status, p.method, p.bank_reference, p.receipt_mark
  FROM wage_payment_instalments l JOIN wage_payments p ON p.id = l.payment_id`;

export function linkedPaymentsOfFile(prepare: Prepare, caseFileId: string): LinkedPaymentRow[] {
  return prepare(`${LINKED_SELECT} WHERE p.case_file_id = ?`).all(caseFileId) as LinkedPaymentRow[];
}

export function linkedPaymentsOfInstalments(prepare: Prepare, instalmentIds: readonly string[]): LinkedPaymentRow[] {
  if (instalmentIds.length === 0) return [];
  return prepare(`${LINKED_SELECT} WHERE l.instalment_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(instalmentIds)) as LinkedPaymentRow[];
}

export function insertPaymentInstalment(prepare: Prepare, paymentId: string, instalmentId: string): void {
  prepare('INSERT INTO wage_payment_instalments (payment_id, instalment_id) VALUES (?, ?)').run(paymentId, instalmentId);
}

export interface DueInstalmentRow extends InstalmentRow {
  case_title: string;
}

/**
 * Instalments due before `today` on the unit's open files — the whole unit's, or only the files `me` leads or stands
 * on — oldest due first: the candidates for 逾期未履行 (the service reads their payments).
 */
export function instalmentsDueBefore(prepare: Prepare, q: { unitId: string; today: string; me: string; scope: 'unit' | 'mine' }): DueInstalmentRow[] {
  const mine = q.scope === 'mine' ? `AND c.id IN ${MY_FILE_IDS}` : '';
  return prepare(
    `SELECT i.id, i.agreement_id, a.case_file_id, i.seq, i.person_id, pe.name AS person_name, i.due_on, i.amount_fen, i.payer_name, c.title AS case_title
     FROM mediation_instalments i JOIN mediation_agreements a ON a.id = i.agreement_id JOIN case_files c ON c.id = a.case_file_id
     LEFT JOIN persons pe ON pe.id = i.person_id
     WHERE a.unit_id = @unitId AND c.status = 'open' AND i.due_on < @today ${mine}
     ORDER BY i.due_on, i.id`,
  ).all({ unitId: q.unitId, today: q.today, me: q.me }) as DueInstalmentRow[];
}

/** The file's open proceedings of the kinds a missed instalment leads back to, oldest first. */
export function proceedingsOfFile(prepare: Prepare, caseFileId: string): { id: string; kind: string; status: string }[] {
  return prepare('SELECT id, kind, status FROM proceedings WHERE case_file_id = ? ORDER BY opened_at, id').all(caseFileId) as { id: string; kind: string; status: string }[];
}

/**
 * Retention (PIPL Art. 47(2); retention/case-records.ts): an anonymised file's agreements keep their dates, amounts
 * and instalments, and lose their two free texts — the note and the reason for promising more than was owed — which
 * can name or reach people (migration 0031 allows only these, only on an anonymised file). Returns how many were
 * cleared and the texts, for the timeline's scrub.
 */
export function anonymiseAgreementTexts(prepare: Prepare, caseFileId: string, anonymisedText: string): { fields: number; texts: string[] } {
  const rows = prepare('SELECT note, over_owed_reason AS reason FROM mediation_agreements WHERE case_file_id = ?').all(caseFileId) as { note: string | null; reason: string | null }[];
  const texts = rows.flatMap((r) => [r.note, r.reason]).filter((x): x is string => !!x && x !== anonymisedText);
  prepare(
    `UPDATE mediation_agreements SET note = CASE WHEN note IS NULL THEN NULL ELSE ? END,
       over_owed_reason = CASE WHEN over_owed_reason IS NULL THEN NULL ELSE ? END WHERE case_file_id = ?`,
  ).run(anonymisedText, anonymisedText, caseFileId);
  return { fields: texts.length, texts };
}

/** The agreement a joint mediation's 达成调解协议 step recorded, or null. */
export function agreementOfProceeding(prepare: Prepare, proceedingId: string): AgreementRow | null {
  return (
    (prepare('SELECT id, case_file_id, proceeding_id, signed_on, total_fen, outstanding_fen, over_owed_reason, note FROM mediation_agreements WHERE proceeding_id = ? ORDER BY recorded_at DESC LIMIT 1').get(
      proceedingId,
    ) as AgreementRow | undefined) ?? null
  );
}

/** The ID numbers of the given persons (a paper the law has them sign prints them; a preview masks them). */
export function idNumbersOf(prepare: Prepare, personIds: readonly string[]): Map<string, string | null> {
  const rows = prepare('SELECT id, id_number FROM persons WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(personIds)) as { id: string; id_number: string | null }[];
  return new Map(rows.map((r) => [r.id, r.id_number]));
}

/** Each person's address as their latest 投诉 intake gave it (the 支付令申请书 prints it; a blank where none). */
export function addressesOf(prepare: Prepare, caseFileId: string, personIds: readonly string[]): Map<string, string | null> {
  const rows = prepare(
    `SELECT ic.person_id, ic.address FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id
     WHERE i.case_file_id = ? AND i.kind = 'complaint' AND ic.person_id IN (SELECT value FROM json_each(?)) ORDER BY i.received_at, i.seq`,
  ).all(caseFileId, JSON.stringify(personIds)) as { person_id: string; address: string | null }[];
  const out = new Map<string, string | null>();
  for (const r of rows) if (r.address || !out.has(r.person_id)) out.set(r.person_id, r.address);
  return out;
}
