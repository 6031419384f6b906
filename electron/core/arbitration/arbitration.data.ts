// Every SQL statement of the arbitration application: the stored application, the particulars it adds to the
// parties register, its claims, and the earlier cases on the same parties a deemed withdrawal may bar. No rules here
// (shared/domain/arbitration-application.ts holds them).
import type { Prepare } from '../../../db/statements';
import { auditIdKey } from '../../../db/audit-rows';
import type { ApplicantParticulars, ApplicationFacts, ClaimCategory, ClaimItem, RespondentParticulars } from '../../../shared/domain/arbitration-application';
import { ID_TYPE, type IdType } from '../../../shared/domain/vocabulary';

export interface ApplicationRow extends ApplicationFacts {
  proceedingId: string;
  rowVersion: number;
}

export function findApplication(prepare: Prepare, proceedingId: string): ApplicationRow | null {
  const r = prepare(
    `SELECT proceeding_id AS proceedingId, form, facts_and_reasons AS factsAndReasons, evidence, witnesses, known_on AS knownOn,
            employment_ended_on AS employmentEndedOn, row_version AS rowVersion FROM arbitration_applications WHERE proceeding_id = ?`,
  ).get(proceedingId) as ApplicationRow | undefined;
  return r ?? null;
}

/** The workers on the proceeding (its applicants), with the register's particulars and the application's own (住所 defaults to what the intake recorded). */
export function applicantsOf(prepare: Prepare, proceedingId: string): ApplicantParticulars[] {
  const rows = prepare(
    `SELECT pp.id, pe.id AS personId, pe.name, pe.sex, pe.birth_date AS birthDate, pe.id_type AS idType, pe.id_number AS idNumber,
            COALESCE(ap.address, (SELECT ic.address FROM intake_complainants ic JOIN case_files cf ON cf.source_intake_id = ic.intake_id
                                   JOIN proceedings pr ON pr.case_file_id = cf.id WHERE pr.id = pp.proceeding_id AND ic.person_id = pe.id)) AS address,
            ap.mailing_address AS mailingAddress,
            COALESCE(ap.phone, (SELECT ph.phone FROM person_phones ph WHERE ph.person_id = pe.id ORDER BY ph.sort_order, ph.id LIMIT 1)) AS phone
     FROM proceeding_parties pp JOIN persons pe ON pe.id = pp.person_id
     LEFT JOIN arbitration_application_parties ap ON ap.proceeding_party_id = pp.id
     WHERE pp.proceeding_id = ? ORDER BY pp.sort_order, pp.id`,
  ).all(proceedingId) as (Omit<ApplicantParticulars, 'idTypeLabel'> & { idType: IdType })[];
  return rows.map(({ idType, ...r }) => ({ ...r, idTypeLabel: idType === 'none' ? null : ID_TYPE.label(idType) }));
}

/** The employers on the proceeding (its respondents), likewise. */
export function respondentsOf(prepare: Prepare, proceedingId: string): RespondentParticulars[] {
  const rows = prepare(
    `SELECT pp.id, pa.id AS partyId, pa.name, pa.kind, COALESCE(ap.address, pa.address) AS address, ap.mailing_address AS mailingAddress,
            COALESCE(ap.phone, pa.phone) AS phone, pa.legal_rep_name AS legalRepName, pa.legal_rep_title AS legalRepTitle
     FROM proceeding_parties pp JOIN parties pa ON pa.id = pp.party_id
     LEFT JOIN arbitration_application_parties ap ON ap.proceeding_party_id = pp.id
     WHERE pp.proceeding_id = ? ORDER BY pp.sort_order, pp.id`,
  ).all(proceedingId) as (Omit<RespondentParticulars, 'organisation'> & { kind: string })[];
  return rows.map(({ kind, ...r }) => ({ ...r, organisation: kind === 'organisation' }));
}

export function claimsOf(prepare: Prepare, proceedingId: string): (ClaimItem & { id: string })[] {
  return prepare(
    `SELECT id, applicant_id AS applicantId, category, request, amount_fen AS amountFen, basis FROM arbitration_claims
     WHERE proceeding_id = ? ORDER BY sort_order, id`,
  ).all(proceedingId) as (ClaimItem & { id: string })[];
}

export function insertApplication(prepare: Prepare, proceedingId: string, f: ApplicationFacts, by: string | null, now: number): void {
  prepare(
    `INSERT INTO arbitration_applications (proceeding_id, form, facts_and_reasons, evidence, witnesses, known_on, employment_ended_on, updated_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(proceedingId, f.form, f.factsAndReasons, f.evidence, f.witnesses, f.knownOn, f.employmentEndedOn, by, now, now);
}

/** False when someone saved it meanwhile (its row version is no longer the one read). */
export function updateApplication(prepare: Prepare, proceedingId: string, expectedRowVersion: number, f: ApplicationFacts, by: string | null, now: number): boolean {
  return (
    prepare(
      `UPDATE arbitration_applications SET form = ?, facts_and_reasons = ?, evidence = ?, witnesses = ?, known_on = ?, employment_ended_on = ?,
              updated_by = ?, updated_at = ?, row_version = row_version + 1 WHERE proceeding_id = ? AND row_version = ?`,
    ).run(f.form, f.factsAndReasons, f.evidence, f.witnesses, f.knownOn, f.employmentEndedOn, by, now, proceedingId, expectedRowVersion).changes === 1
  );
}

export function saveParticulars(prepare: Prepare, proceedingId: string, p: { id: string; address: string | null; mailingAddress: string | null; phone: string | null }): void {
  prepare(
    `INSERT INTO arbitration_application_parties (proceeding_party_id, proceeding_id, address, mailing_address, phone) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (proceeding_party_id) DO UPDATE SET address = excluded.address, mailing_address = excluded.mailing_address, phone = excluded.phone`,
  ).run(p.id, proceedingId, p.address, p.mailingAddress, p.phone);
}

/** The claims as now entered replace the earlier list (the audit row keeps both). */
export function replaceClaims(prepare: Prepare, proceedingId: string, claims: readonly (ClaimItem & { id: string })[]): void {
  prepare('DELETE FROM arbitration_claims WHERE proceeding_id = ?').run(proceedingId);
  const ins = prepare('INSERT INTO arbitration_claims (id, proceeding_id, applicant_id, category, request, amount_fen, basis, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  claims.forEach((c, i) => ins.run(c.id, proceedingId, c.applicantId, c.category, c.request, c.amountFen, c.basis, i));
}

export interface EarlierCase {
  proceedingId: string;
  number: string | null;
  withdrawnOn: string | null;
  applicantPersonIds: string[];
  respondentPartyIds: string[];
  categories: ClaimCategory[];
}

/** Other arbitration proceedings deemed withdrawn that share a worker and an employer with this one. */
export function deemedWithdrawnBetween(prepare: Prepare, proceedingId: string, personIds: readonly string[], partyIds: readonly string[]): EarlierCase[] {
  if (personIds.length === 0 || partyIds.length === 0) return [];
  const ids = prepare(
    `SELECT DISTINCT p.id, p.number FROM proceedings p
     JOIN proceeding_parties a ON a.proceeding_id = p.id AND a.person_id IN (SELECT value FROM json_each(?))
     JOIN proceeding_parties r ON r.proceeding_id = p.id AND r.party_id IN (SELECT value FROM json_each(?))
     WHERE p.kind = 'arbitration' AND p.status = 'deemedWithdrawn' AND p.id <> ? ORDER BY p.created_at, p.id`,
  ).all(JSON.stringify(personIds), JSON.stringify(partyIds), proceedingId) as { id: string; number: string | null }[];
  return ids.map((p) => {
    const parties = prepare('SELECT person_id AS personId, party_id AS partyId FROM proceeding_parties WHERE proceeding_id = ?').all(p.id) as { personId: string | null; partyId: string | null }[];
    const withdrawn = prepare("SELECT date FROM proceeding_events WHERE proceeding_id = ? AND kind = 'withdrawn' ORDER BY seq DESC LIMIT 1").get(p.id) as { date: string } | undefined;
    const categories = prepare('SELECT DISTINCT category FROM arbitration_claims WHERE proceeding_id = ?').all(p.id) as { category: ClaimCategory }[];
    return {
      proceedingId: p.id,
      number: p.number,
      withdrawnOn: withdrawn?.date ?? null,
      applicantPersonIds: parties.flatMap((x) => (x.personId ? [x.personId] : [])),
      respondentPartyIds: parties.flatMap((x) => (x.partyId ? [x.partyId] : [])),
      categories: categories.map((c) => c.category),
    };
  });
}

/** The last applied input of each step of the proceeding, by action (the engine writes it to the audit chain). */
export function appliedStepInputs(prepare: Prepare, proceedingId: string): Record<string, Record<string, unknown>> {
  const rows = prepare("SELECT change FROM audit_log WHERE entity = 'proceeding' AND entity_key = ? AND action = 'proceedingStep' ORDER BY seq").all(auditIdKey(proceedingId)) as { change: string }[];
  const out: Record<string, Record<string, unknown>> = {};
  for (const r of rows) {
    const c = JSON.parse(r.change) as { action?: string; input?: Record<string, unknown> };
    if (c.action && c.input) out[c.action] = c.input;
  }
  return out;
}

/** The number of the valid paper of this kind already issued on the file, or undefined. */
export function issuedPaper(prepare: Prepare, caseFileId: string, kind: string): { number: string | null } | undefined {
  return prepare("SELECT number FROM documents WHERE case_file_id = ? AND kind = ? AND status = 'issued'").get(caseFileId, kind) as { number: string | null } | undefined;
}
