// Every SQL statement of the 系列案 and of the collective case: splitting a group application into one proceeding
// per worker, the series and its cases, the representatives in force and the workers' consents. No rules here
// (shared/domain/arbitration-group.ts holds them).
import type { Prepare } from '../../../db/statements';
import type { ConsentAct, ConsentMethod } from '../../../shared/domain/arbitration-group';

/** Moves one applicant, their particulars and their claims from the group proceeding to their own. */
export function moveApplicant(prepare: Prepare, applicantRowId: string, toProceedingId: string): void {
  prepare('UPDATE proceeding_parties SET proceeding_id = ?, sort_order = 0 WHERE id = ?').run(toProceedingId, applicantRowId);
  prepare('UPDATE arbitration_application_parties SET proceeding_id = ? WHERE proceeding_party_id = ?').run(toProceedingId, applicantRowId);
  prepare('UPDATE arbitration_claims SET proceeding_id = ? WHERE applicant_id = ?').run(toProceedingId, applicantRowId);
}

/** The application's facts, the respondents (and third parties) and their particulars, copied onto a worker's own case. */
export function copyApplication(prepare: Prepare, fromProceedingId: string, toProceedingId: string, departmentId: string | null, newIds: () => string): void {
  prepare('UPDATE proceedings SET department_id = ? WHERE id = ?').run(departmentId, toProceedingId);
  prepare(
    `INSERT INTO arbitration_applications (proceeding_id, form, facts_and_reasons, evidence, witnesses, known_on, employment_ended_on, updated_by, row_version, created_at, updated_at)
     SELECT ?, form, facts_and_reasons, evidence, witnesses, known_on, employment_ended_on, updated_by, 1, created_at, updated_at FROM arbitration_applications WHERE proceeding_id = ?`,
  ).run(toProceedingId, fromProceedingId);
  const others = prepare('SELECT id, role, party_id AS partyId, sort_order AS sortOrder FROM proceeding_parties WHERE proceeding_id = ? AND party_id IS NOT NULL ORDER BY sort_order, id').all(fromProceedingId) as {
    id: string;
    role: string;
    partyId: string;
    sortOrder: number;
  }[];
  const insertParty = prepare('INSERT INTO proceeding_parties (id, proceeding_id, role, party_id, person_id, sort_order) VALUES (?, ?, ?, ?, NULL, ?)');
  const copyParticulars = prepare(
    `INSERT INTO arbitration_application_parties (proceeding_party_id, proceeding_id, address, mailing_address, phone)
     SELECT ?, ?, address, mailing_address, phone FROM arbitration_application_parties WHERE proceeding_party_id = ?`,
  );
  for (const o of others) {
    const id = newIds();
    insertParty.run(id, toProceedingId, o.role, o.partyId, o.sortOrder);
    copyParticulars.run(id, toProceedingId, o.id);
  }
}

/** The applicant rows that have at least one claim. */
export function claimApplicantIds(prepare: Prepare, proceedingId: string): string[] {
  return (prepare('SELECT DISTINCT applicant_id AS id FROM arbitration_claims WHERE proceeding_id = ?').all(proceedingId) as { id: string }[]).map((r) => r.id);
}

export function insertSeries(prepare: Prepare, s: { id: string; unitId: string; caseFileId: string; label: string; acceptedOn: string; by: string | null; now: number; proceedingIds: readonly string[] }): void {
  prepare('INSERT INTO arbitration_series (id, unit_id, case_file_id, label, accepted_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(s.id, s.unitId, s.caseFileId, s.label, s.acceptedOn, s.by, s.now);
  const ins = prepare('INSERT INTO arbitration_series_cases (proceeding_id, series_id, position) VALUES (?, ?, ?)');
  s.proceedingIds.forEach((p, i) => ins.run(p, s.id, i));
}

export interface SeriesRow {
  id: string;
  label: string;
  cases: { proceedingId: string; number: string | null; status: string; applicant: string }[];
}

/** The series the proceeding belongs to, with its cases in number order, or null. */
export function seriesOf(prepare: Prepare, proceedingId: string): SeriesRow | null {
  const s = prepare('SELECT s.id, s.label FROM arbitration_series_cases c JOIN arbitration_series s ON s.id = c.series_id WHERE c.proceeding_id = ?').get(proceedingId) as { id: string; label: string } | undefined;
  if (!s) return null;
  const cases = prepare(
    `SELECT c.proceeding_id AS proceedingId, p.number, p.status,
            COALESCE((SELECT group_concat(pe.name, '、') FROM proceeding_parties pp JOIN persons pe ON pe.id = pp.person_id WHERE pp.proceeding_id = p.id), '') AS applicant
     FROM arbitration_series_cases c JOIN proceedings p ON p.id = c.proceeding_id WHERE c.series_id = ? ORDER BY c.position`,
  ).all(s.id) as SeriesRow['cases'];
  return { ...s, cases };
}

/** The representatives in force: the applicant rows with their names, in the order elected. */
export function representativesOf(prepare: Prepare, proceedingId: string): { id: string; name: string; fromOn: string }[] {
  return prepare(
    `SELECT r.proceeding_party_id AS id, pe.name, r.from_on AS fromOn FROM arbitration_representatives r
     JOIN proceeding_parties pp ON pp.id = r.proceeding_party_id JOIN persons pe ON pe.id = pp.person_id
     WHERE r.proceeding_id = ? AND r.until_on IS NULL ORDER BY r.recorded_at, pp.sort_order, pp.id`,
  ).all(proceedingId) as { id: string; name: string; fromOn: string }[];
}

/** Ends the representatives in force on `on` and elects these. */
export function replaceRepresentatives(prepare: Prepare, proceedingId: string, on: string, rowIds: readonly string[], by: string | null, now: number, newIds: () => string): void {
  prepare('UPDATE arbitration_representatives SET until_on = ? WHERE proceeding_id = ? AND until_on IS NULL').run(on, proceedingId);
  const ins = prepare('INSERT INTO arbitration_representatives (id, proceeding_id, proceeding_party_id, from_on, until_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, NULL, ?, ?)');
  for (const id of rowIds) ins.run(newIds(), proceedingId, id, on, by, now);
}

export function insertConsent(prepare: Prepare, c: { id: string; proceedingId: string; act: ConsentAct; consentedOn: string; method: ConsentMethod; note: string | null; by: string | null; now: number; rowIds: readonly string[] }): void {
  prepare('INSERT INTO arbitration_consents (id, proceeding_id, act, consented_on, method, note, used_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)').run(
    c.id,
    c.proceedingId,
    c.act,
    c.consentedOn,
    c.method,
    c.note,
    c.by,
    c.now,
  );
  const ins = prepare('INSERT INTO arbitration_consent_workers (consent_id, proceeding_party_id) VALUES (?, ?)');
  for (const id of c.rowIds) ins.run(c.id, id);
}

export interface ConsentRow {
  id: string;
  act: ConsentAct;
  consentedOn: string;
  method: ConsentMethod;
  note: string | null;
  usedAt: number | null;
  workerIds: string[];
  workers: string[];
}

export function consentsOf(prepare: Prepare, proceedingId: string): ConsentRow[] {
  const rows = prepare(
    'SELECT id, act, consented_on AS consentedOn, method, note, used_at AS usedAt FROM arbitration_consents WHERE proceeding_id = ? ORDER BY recorded_at, id',
  ).all(proceedingId) as Omit<ConsentRow, 'workerIds' | 'workers'>[];
  const who = prepare(
    `SELECT w.proceeding_party_id AS id, pe.name FROM arbitration_consent_workers w JOIN proceeding_parties pp ON pp.id = w.proceeding_party_id
     JOIN persons pe ON pe.id = pp.person_id WHERE w.consent_id = ? ORDER BY pp.sort_order, pp.id`,
  );
  return rows.map((r) => {
    const ws = who.all(r.id) as { id: string; name: string }[];
    return { ...r, workerIds: ws.map((w) => w.id), workers: ws.map((w) => w.name) };
  });
}

/** The latest unused consent to this act given on or before the day, or null. */
export function openConsent(prepare: Prepare, proceedingId: string, act: ConsentAct, onOrBefore: string): ConsentRow | null {
  return consentsOf(prepare, proceedingId).filter((c) => c.act === act && c.usedAt === null && c.consentedOn <= onOrBefore).at(-1) ?? null;
}

export function useConsent(prepare: Prepare, consentId: string, now: number): void {
  prepare('UPDATE arbitration_consents SET used_at = ? WHERE id = ? AND used_at IS NULL').run(now, consentId);
}
