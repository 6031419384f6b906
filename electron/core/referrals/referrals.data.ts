// Every SQL statement of the referral and blacklist checks: the orders to pay as issued (written by the inspection's
// issueOrder step), the day each was served on the employer, the facts recorded for the checklists with their
// evidence, the proceedings already opened, and who stands in the inspection. No rules here
// (shared/domain/referral-checklist.ts; referrals.service.ts).
import type { Prepare } from '../../../db/statements';
import type { GroundKind } from '../../../shared/domain/referral-checklist';
import type { PartyRole } from '../../../shared/domain/vocabulary';
import { COUNTED_EVENT } from '../deadlines/stored-deadlines';

export interface OrderRow {
  id: string;
  proceeding_id: string;
  issued_on: string;
  deadline: string;
  amount_fen: number;
}

export function insertOrderToPay(prepare: Prepare, o: { id: string; caseFileId: string; proceedingId: string; issuedOn: string; deadline: string; amountFen: number; workers: number; now: number }): void {
  prepare('INSERT INTO orders_to_pay (id, case_file_id, proceeding_id, issued_on, deadline, amount_fen, workers, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    o.id,
    o.caseFileId,
    o.proceedingId,
    o.issuedOn,
    o.deadline,
    o.amountFen,
    o.workers,
    o.now,
  );
}

/** The file's latest order to pay (the one whose deadline now runs). */
export function latestOrder(prepare: Prepare, caseFileId: string): OrderRow | null {
  return (
    (prepare('SELECT id, proceeding_id, issued_on, deadline, amount_fen FROM orders_to_pay WHERE case_file_id = ? ORDER BY issued_on DESC, created_at DESC LIMIT 1').get(caseFileId) as
      | OrderRow
      | undefined) ?? null
  );
}

/**
 * The first day the order was served on the employer on or after its issue: the orderServed clock event a recorded
 * service (直接送达, 留置, 张贴 …) writes; a voided service's event is not counted (proceedings.data COUNTED_EVENT).
 */
export function orderServedOn(prepare: Prepare, proceedingId: string, issuedOn: string): string | null {
  const row = prepare(
    `SELECT min(date) AS d FROM proceeding_events WHERE proceeding_id = ? AND kind = 'orderServed' AND date >= ? AND ${COUNTED_EVENT}`,
  ).get(proceedingId, issuedOn) as { d: string | null };
  return row.d;
}

export interface GroundRow {
  id: string;
  kind: GroundKind;
  fact: string;
  evidence_id: string | null;
  evidence_title: string | null;
  person_id: string | null;
  person_name: string | null;
  months: number | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: number;
}

/** The facts recorded on the file; one whose evidence item was withdrawn keeps its fact but no longer its evidence. */
export function groundsOfFile(prepare: Prepare, caseFileId: string): GroundRow[] {
  return prepare(
    `SELECT g.id, g.kind, g.fact, g.evidence_id, CASE WHEN ev.status = 'current' THEN ev.title END AS evidence_title, g.person_id, pe.name AS person_name, g.months,
       g.recorded_by, st.name AS recorded_by_name, g.recorded_at
     FROM referral_grounds g JOIN staff st ON st.id = g.recorded_by LEFT JOIN evidence_items ev ON ev.id = g.evidence_id LEFT JOIN persons pe ON pe.id = g.person_id
     WHERE g.case_file_id = ? ORDER BY g.recorded_at, g.id`,
  ).all(caseFileId) as GroundRow[];
}

export function insertGround(
  prepare: Prepare,
  g: { id: string; unitId: string; caseFileId: string; kind: GroundKind; fact: string; evidenceId: string | null; personId: string | null; months: number | null; by: string; now: number },
): void {
  prepare(
    'INSERT INTO referral_grounds (id, unit_id, case_file_id, kind, fact, evidence_id, person_id, months, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(g.id, g.unitId, g.caseFileId, g.kind, g.fact, g.evidenceId, g.personId, g.months, g.by, g.now);
}

/** An evidence item of this file still on its list, or null. */
export function currentEvidenceOfFile(prepare: Prepare, caseFileId: string, evidenceId: string): { id: string; title: string } | null {
  return (prepare(`SELECT id, title FROM evidence_items WHERE id = ? AND case_file_id = ? AND status = 'current'`).get(evidenceId, caseFileId) as { id: string; title: string } | undefined) ?? null;
}

/** The file's proceeding of a kind still open (not closed), or null. */
export function openProceedingOfKind(prepare: Prepare, caseFileId: string, kind: string): string | null {
  const row = prepare('SELECT id FROM proceedings WHERE case_file_id = ? AND kind = ? AND closed_at IS NULL ORDER BY opened_at DESC LIMIT 1').get(caseFileId, kind) as { id: string } | undefined;
  return row?.id ?? null;
}

/** A party as openProceeding takes it (cases/case-opening StandingParty; not imported: the opening imports the engine). */
export interface SidePartyRow {
  role: PartyRole | 'complainant';
  partyId: string | null;
  personId: string | null;
}

/** Who stands on the employer's side of a proceeding (the workers' side stays in the inspection). */
export function employerSideOf(prepare: Prepare, proceedingId: string): SidePartyRow[] {
  const rows = prepare(`SELECT role, party_id, person_id FROM proceeding_parties WHERE proceeding_id = ? AND party_id IS NOT NULL ORDER BY sort_order`).all(proceedingId) as {
    role: SidePartyRow['role'];
    party_id: string | null;
    person_id: string | null;
  }[];
  return rows.map((r) => ({ role: r.role, partyId: r.party_id, personId: r.person_id }));
}

/** Whether the order's counted service on `servedOn` was by posting at the premises or the site (张贴, 法释〔2013〕3号 Art. 4). */
export function orderPostedOn(prepare: Prepare, caseFileId: string, servedOn: string): boolean {
  const row = prepare(
    `SELECT count(*) AS n FROM services s JOIN documents d ON d.id = s.document_id
     WHERE s.case_file_id = ? AND d.kind = 'orderToPay' AND s.status = 'valid' AND s.served_on = ? AND s.method = 'posted'`,
  ).get(caseFileId, servedOn) as { n: number };
  return row.n > 0;
}

/** The file's evidence list as it stands (withdrawn items left out), in its order. */
export function currentEvidenceList(prepare: Prepare, caseFileId: string): { seq: number; title: string; purpose: string; pages: number | null }[] {
  return prepare(`SELECT seq, title, purpose, pages FROM evidence_items WHERE case_file_id = ? AND status = 'current' ORDER BY seq`).all(caseFileId) as {
    seq: number;
    title: string;
    purpose: string;
    pages: number | null;
  }[];
}
