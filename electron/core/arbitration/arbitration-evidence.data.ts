// Every SQL statement of the parties' evidence in an arbitration case (arbitration_evidence): the items per party in
// their order, one item, the next number in a party's list, a new item, and the other side's 质证意见. No rules here
// (shared/domain/arbitration-evidence.ts).
import type { Prepare } from '../../../db/statements';
import type { EvidenceItemView } from '../../../shared/contract/arbitration-evidence';
import type { Opinion } from '../../../shared/domain/arbitration-evidence';

interface Raw {
  id: string;
  unit_id: string;
  case_file_id: string;
  proceeding_id: string;
  party_id: string;
  seq: number;
  title: string;
  source: string | null;
  purpose: string;
  copies: number | null;
  original_seen: number;
  submitted_on: string;
  period_end: string | null;
  late: number;
  authenticity: Opinion | null;
  legality: Opinion | null;
  relevance: Opinion | null;
  opinion: string | null;
  opinion_by: string | null;
  opinion_on: string | null;
  row_version: number;
}

export type EvidenceRow = EvidenceItemView & { unitId: string; caseFileId: string; proceedingId: string };

function toRow(r: Raw): EvidenceRow {
  return {
    id: r.id,
    unitId: r.unit_id,
    caseFileId: r.case_file_id,
    proceedingId: r.proceeding_id,
    partyId: r.party_id,
    seq: r.seq,
    title: r.title,
    source: r.source,
    purpose: r.purpose,
    copies: r.copies,
    originalSeen: r.original_seen === 1,
    submittedOn: r.submitted_on,
    periodEnd: r.period_end,
    late: r.late === 1,
    opinion:
      r.authenticity && r.legality && r.relevance && r.opinion_by && r.opinion_on
        ? { authenticity: r.authenticity, legality: r.legality, relevance: r.relevance, text: r.opinion, by: r.opinion_by, on: r.opinion_on }
        : null,
    rowVersion: r.row_version,
  };
}

export function evidenceOf(prepare: Prepare, proceedingId: string): EvidenceRow[] {
  return (prepare('SELECT * FROM arbitration_evidence WHERE proceeding_id = ? ORDER BY party_id, seq').all(proceedingId) as Raw[]).map(toRow);
}

export function evidenceById(prepare: Prepare, id: string): EvidenceRow | null {
  const r = prepare('SELECT * FROM arbitration_evidence WHERE id = ?').get(id) as Raw | undefined;
  return r ? toRow(r) : null;
}

export interface NewEvidence {
  id: string;
  unitId: string;
  caseFileId: string;
  proceedingId: string;
  partyId: string;
  title: string;
  source: string | null;
  purpose: string;
  copies: number | null;
  originalSeen: boolean;
  submittedOn: string;
  periodEnd: string | null;
  late: boolean;
  createdBy: string;
  createdAt: number;
}

/** Inserts the item as the next in its party's list. */
export function insertEvidence(prepare: Prepare, e: NewEvidence): void {
  const { next } = prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM arbitration_evidence WHERE proceeding_id = ? AND party_id = ?').get(e.proceedingId, e.partyId) as { next: number };
  prepare(
    `INSERT INTO arbitration_evidence (id, unit_id, case_file_id, proceeding_id, party_id, seq, title, source, purpose, copies, original_seen, submitted_on, period_end, late, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.id, e.unitId, e.caseFileId, e.proceedingId, e.partyId, next, e.title, e.source, e.purpose, e.copies, e.originalSeen ? 1 : 0, e.submittedOn, e.periodEnd, e.late ? 1 : 0, e.createdBy, e.createdAt);
}

export function setOpinion(
  prepare: Prepare,
  id: string,
  rowVersion: number,
  o: { authenticity: Opinion; legality: Opinion; relevance: Opinion; text: string | null; by: string; on: string },
): boolean {
  return (
    prepare(
      `UPDATE arbitration_evidence SET authenticity = ?, legality = ?, relevance = ?, opinion = ?, opinion_by = ?, opinion_on = ?, row_version = row_version + 1
       WHERE id = ? AND row_version = ?`,
    ).run(o.authenticity, o.legality, o.relevance, o.text, o.by, o.on, id, rowVersion).changes === 1
  );
}

/** The parties of an arbitration case who may submit evidence: the workers apply, the units respond. */
export function evidenceParties(prepare: Prepare, proceedingId: string): { partyId: string; name: string; side: 'applicant' | 'respondent' }[] {
  return prepare(
    `SELECT pp.id AS partyId, COALESCE(pe.name, pa.name) AS name, CASE WHEN pp.person_id IS NOT NULL THEN 'applicant' ELSE 'respondent' END AS side
     FROM proceeding_parties pp LEFT JOIN persons pe ON pe.id = pp.person_id LEFT JOIN parties pa ON pa.id = pp.party_id
     WHERE pp.proceeding_id = ? ORDER BY side, pp.sort_order, pp.id`,
  ).all(proceedingId) as { partyId: string; name: string; side: 'applicant' | 'respondent' }[];
}
