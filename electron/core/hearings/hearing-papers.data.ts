// Every SQL statement the hearing papers read: the parties of a booked case as the papers name them (a worker by
// the person register, the employer's side by the parties register) and the 开庭通知书 already issued for a hearing.
// No rules here (hearing-papers.ts assembles; shared/domain/documents builds).
import type { Prepare } from '../../../db/statements';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { Request } from '../documents/document-source';
import { storedSource } from '../documents/document-source';
import { COUNTED_EVENT } from '../deadlines/stored-deadlines';

export interface PaperParty {
  /** The proceeding_parties row: the recipient a service is recorded for. */
  recipientId: string;
  side: 'applicant' | 'respondent';
  name: string;
  address: string | null;
  phone: string | null;
  legalRepName: string | null;
  legalRepTitle: string | null;
  creditCode: string | null;
}

/** The parties of the proceeding in the file's order: a person (worker) applies, a party (employer's side) responds. */
export function paperParties(prepare: Prepare, proceedingId: string): PaperParty[] {
  const rows = prepare(
    `SELECT pp.id AS recipientId, pp.person_id IS NOT NULL AS worker, COALESCE(pe.name, pa.name) AS name, pa.address, pa.phone,
            pa.legal_rep_name AS legalRepName, pa.legal_rep_title AS legalRepTitle, pa.credit_code AS creditCode
     FROM proceeding_parties pp LEFT JOIN persons pe ON pe.id = pp.person_id LEFT JOIN parties pa ON pa.id = pp.party_id
     WHERE pp.proceeding_id = ? ORDER BY pp.person_id IS NULL, pp.sort_order, pp.id`,
  ).all(proceedingId) as (Omit<PaperParty, 'side'> & { worker: number; name: string | null })[];
  return rows.flatMap(({ worker, name, ...r }) => (name ? [{ ...r, name, side: worker === 1 ? ('applicant' as const) : ('respondent' as const) }] : []));
}

/** The first (or the last) day an event of this kind counts on the proceeding, or null. */
export function eventDate(prepare: Prepare, proceedingId: string, kind: string, which: 'first' | 'last'): string | null {
  const r = prepare(`SELECT ${which === 'first' ? 'min' : 'max'}(date) AS d FROM proceeding_events WHERE proceeding_id = ? AND kind = ? AND ${COUNTED_EVENT}`).get(proceedingId, kind) as { d: string | null };
  return r.d;
}

/** The issued 开庭通知书 of this hearing to this recipient (its request names both), or null. */
export function issuedHearingNotice(prepare: Prepare, request: Request): { id: string; number: string | null } | null {
  return issuedHearingPaper(prepare, 'hearingNotice', request);
}

/**
 * The issued paper of this kind made from this request (its request names the hearing and the party), or null. The
 * source is matched as stored now (without the kind, document-source.ts) and as a row before 0060 held it (whole).
 */
export function issuedHearingPaper(prepare: Prepare, kind: 'hearingNotice' | 'postponementNotice', request: Request): { id: string; number: string | null } | null {
  const stored = storedSource(request, { kind, intakeId: null });
  return (prepare("SELECT id, number FROM documents WHERE kind = ? AND status = 'issued' AND source IN (?, ?) ORDER BY created_at LIMIT 1").get(kind, stored, canonicalJson(request)) as { id: string; number: string | null } | undefined) ?? null;
}

/** The hearing booked in place of a postponed one (hearings.replaces_id), or null. */
export function replacementOf(prepare: Prepare, hearingId: string): string | null {
  const r = prepare('SELECT id FROM hearings WHERE replaces_id = ? ORDER BY scheduled_at DESC, id LIMIT 1').get(hearingId) as { id: string } | undefined;
  return r?.id ?? null;
}
