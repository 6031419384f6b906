// A case file's own records beyond its intakes, made anonymous with it (PIPL Art. 47(2)): what an incident record
// says happened and who led the crowd, what was reported up and to the police, what the handlers reported on a 督办
// and how it closed, what a meeting was for and what came of it — free text that names people, cleared whole — and
// the names of people who are not parties and hold no account here (someone sent from another body, a meeting's
// attendee, a part-time team member from 住建 or 公安) with their phones. Then the timeline's lines lose every name
// cleared in this act, and the wages paid lose their bank references, receipt signers, go-betweens and notes. The
// append-only triggers let these columns change on an anonymised file only (migrations 0016, 0022, 0026, 0031).
// Kept: times, counts, kinds, outcomes, report recipients and addressees (bodies), the organisations. The investigation's
// records (询问笔录, 询问通知书) clear as investigation.data.ts says: names, numbers, and the Q/A text whole.
import { anonymiseArbitrationOutcomeRows } from '../arbitration/arbitration-closing.data';
import { ANONYMISED_NAME, ANONYMISED_TEXT } from '../../../shared/domain/retention';
import type { TxWriter } from '../kernel/tx';
import { anonymiseInvestigationRows } from '../investigation/investigation.data';
import { clearPersonalFields, personalFieldsOfFile } from '../payments/payments.data';
import { anonymiseSiteInspectionRows } from '../investigation/site-inspection.data';
import { anonymiseEvidenceRequestRows } from '../investigation/evidence-request.data';
import { anonymiseAgreementTexts } from '../mediation/mediation.data';

const INCIDENTS_OF = 'SELECT id FROM incidents WHERE case_file_id = ?';

function count(w: TxWriter, sql: string, caseFileId: string): number {
  return (w.prepare(sql).get(caseFileId) as { n: number }).n;
}

function namesOf(w: TxWriter, sql: string, caseFileId: string): string[] {
  return (w.prepare(sql).all(caseFileId) as { name: string }[]).map((r) => r.name);
}

/** The free text about to be cleared, as the timeline's lines quoted it. */
function textsOf(w: TxWriter, caseFileId: string): { texts: string[]; crowdLeaders: string[] } {
  const all = (sql: string) => (w.prepare(sql).all(caseFileId) as { t: string | null }[]).map((r) => r.t).filter((t): t is string => !!t && t !== ANONYMISED_TEXT);
  return {
    texts: [
      ...all('SELECT description AS t FROM incidents WHERE case_file_id = ?'),
      ...all('SELECT outcome_note AS t FROM incidents WHERE case_file_id = ?'),
      ...all(`SELECT summary AS t FROM incident_reports WHERE incident_id IN (${INCIDENTS_OF})`),
      ...all('SELECT conclusion AS t FROM supervisions WHERE case_file_id = ?'),
      ...all('SELECT content AS t FROM supervision_reports WHERE supervision_id IN (SELECT id FROM supervisions WHERE case_file_id = ?)'),
      ...all('SELECT purpose AS t FROM meetings WHERE case_file_id = ?'),
      ...all('SELECT outcome AS t FROM meetings WHERE case_file_id = ?'),
    ],
    crowdLeaders: all('SELECT leaders AS t FROM incidents WHERE case_file_id = ?'),
  };
}

/** Clears the file's incident, supervision, meeting and team records; returns the fields cleared. */
export function anonymiseCaseRecords(w: TxWriter, caseFileId: string, partyNames: string[]): number {
  let fields = 0;
  const { texts, crowdLeaders } = textsOf(w, caseFileId);
  fields += count(w, 'SELECT count(description) + count(leaders) + count(outcome_note) AS n FROM incidents WHERE case_file_id = ?', caseFileId);
  w.prepare(
    `UPDATE incidents SET description = ?, leaders = CASE WHEN leaders IS NULL THEN NULL ELSE ? END,
       outcome_note = CASE WHEN outcome_note IS NULL THEN NULL ELSE ? END WHERE case_file_id = ?`,
  ).run(ANONYMISED_TEXT, ANONYMISED_TEXT, ANONYMISED_TEXT, caseFileId);
  fields += count(w, `SELECT count(*) AS n FROM incident_reports WHERE incident_id IN (${INCIDENTS_OF})`, caseFileId);
  w.prepare(`UPDATE incident_reports SET summary = ? WHERE incident_id IN (${INCIDENTS_OF})`).run(ANONYMISED_TEXT, caseFileId);

  const others = [
    ...namesOf(w, `SELECT name FROM incident_dispatches WHERE staff_id IS NULL AND name IS NOT NULL AND incident_id IN (${INCIDENTS_OF})`, caseFileId),
    ...namesOf(w, 'SELECT a.name FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id WHERE m.case_file_id = ? AND a.party_id IS NULL AND a.name IS NOT NULL', caseFileId),
    ...namesOf(w, 'SELECT name FROM case_team WHERE case_file_id = ? AND staff_id IS NULL AND name IS NOT NULL', caseFileId),
  ].filter((n) => n !== ANONYMISED_NAME);
  w.prepare(`UPDATE incident_dispatches SET name = ? WHERE staff_id IS NULL AND name IS NOT NULL AND incident_id IN (${INCIDENTS_OF})`).run(ANONYMISED_NAME, caseFileId);
  w.prepare('UPDATE meeting_attendees SET name = ? WHERE party_id IS NULL AND name IS NOT NULL AND meeting_id IN (SELECT id FROM meetings WHERE case_file_id = ?)').run(ANONYMISED_NAME, caseFileId);
  // A 联调会's commitments may name the people who made them.
  fields += count(w, 'SELECT count(a.commitment) AS n FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id WHERE m.case_file_id = ?', caseFileId);
  w.prepare('UPDATE meeting_attendees SET commitment = ? WHERE commitment IS NOT NULL AND meeting_id IN (SELECT id FROM meetings WHERE case_file_id = ?)').run(ANONYMISED_TEXT, caseFileId);
  fields += count(w, "SELECT count(phone) AS n FROM case_team WHERE case_file_id = ? AND staff_id IS NULL AND phone IS NOT NULL", caseFileId);
  w.prepare('UPDATE case_team SET name = ?, phone = NULL WHERE case_file_id = ? AND staff_id IS NULL AND name IS NOT NULL').run(ANONYMISED_NAME, caseFileId);
  fields += others.length;
  const served = anonymiseServices(w, caseFileId);
  fields += served.fields;
  others.push(...served.names);
  // The investigation's records: the people questioned and summoned, the interpreters, the answers and corrections.
  const investigated = anonymiseInvestigationRows(w.prepare, caseFileId, ANONYMISED_NAME, ANONYMISED_TEXT);
  fields += investigated.fields;
  others.push(...investigated.names);
  texts.push(...investigated.texts);
  // Wages paid (payments/): the bank references, who signed or thumbprinted a receipt, the 包工头 or 班组长 who passed
  // money on, and the notes (migration 0026's triggers allow only these, only on an anonymised file). Amounts, dates,
  // payers and the receipts' scans stay, as the services' do.
  const paid = personalFieldsOfFile(w.prepare, caseFileId);
  fields += paid.fields;
  others.push(...paid.signers, ...paid.intermediaries);
  clearPersonalFields(w.prepare, caseFileId, ANONYMISED_NAME, ANONYMISED_TEXT);
  // The site inspections: who was present for the employer, the findings, the photos' captions, the corrections.
  // The 调解协议: its note and the reason for promising more than was owed; dates, amounts and instalments stay.
  const agreed = anonymiseAgreementTexts(w.prepare, caseFileId, ANONYMISED_TEXT);
  fields += agreed.fields;
  texts.push(...agreed.texts);
  const inspected = anonymiseSiteInspectionRows(w.prepare, caseFileId, ANONYMISED_NAME, ANONYMISED_TEXT);
  fields += inspected.fields;
  others.push(...inspected.names);
  texts.push(...inspected.texts);
  // The arbitration's award items (claimants), court actions (parties) and closing note.
  const ended = anonymiseArbitrationOutcomeRows(w.prepare, caseFileId, ANONYMISED_NAME, ANONYMISED_TEXT);
  fields += ended.fields;
  others.push(...ended.names);
  texts.push(...ended.texts);
  const requested = anonymiseEvidenceRequestRows(w.prepare, caseFileId, ANONYMISED_NAME, ANONYMISED_TEXT);
  fields += requested.fields;
  others.push(...requested.names);
  texts.push(...requested.texts);

  fields += count(w, 'SELECT count(conclusion) AS n FROM supervisions WHERE case_file_id = ?', caseFileId);
  w.prepare('UPDATE supervisions SET conclusion = CASE WHEN conclusion IS NULL THEN NULL ELSE ? END WHERE case_file_id = ?').run(ANONYMISED_TEXT, caseFileId);
  fields += count(w, 'SELECT count(*) AS n FROM supervision_reports WHERE supervision_id IN (SELECT id FROM supervisions WHERE case_file_id = ?)', caseFileId);
  w.prepare('UPDATE supervision_reports SET content = ? WHERE supervision_id IN (SELECT id FROM supervisions WHERE case_file_id = ?)').run(ANONYMISED_TEXT, caseFileId);
  fields += count(w, 'SELECT count(purpose) + count(*) AS n FROM meetings WHERE case_file_id = ?', caseFileId);
  w.prepare('UPDATE meetings SET purpose = CASE WHEN purpose IS NULL THEN NULL ELSE ? END, outcome = ? WHERE case_file_id = ?').run(ANONYMISED_TEXT, ANONYMISED_TEXT, caseFileId);

  const replacements: [string, string][] = [
    ...texts.map((t): [string, string] => [t, ANONYMISED_TEXT]),
    ...[...crowdLeaders, ...partyNames, ...others].filter((n) => n.length >= 2 && n !== ANONYMISED_NAME).map((n): [string, string] => [n, ANONYMISED_NAME]),
  ];
  return fields + scrubTimeline(w, caseFileId, replacements);
}

/**
 * The file's service records (送达): who signed and the witnesses become 已匿名化, a person recipient's name too (an
 * organisation's stays), the electronic address and the note are cleared (the trigger of migration 0022 allows only
 * these, only on an anonymised file). The signed receipts' scans stay in the file store, as ID-card images do.
 */
function anonymiseServices(w: TxWriter, caseFileId: string): { fields: number; names: string[] } {
  const rows = w
    .prepare(
      `SELECT s.id, s.recipient_name, s.received_by, s.witnesses, s.electronic_address, s.note, pp.person_id
       FROM services s LEFT JOIN proceeding_parties pp ON pp.id = s.recipient_id WHERE s.case_file_id = ?`,
    )
    .all(caseFileId) as { id: string; recipient_name: string; received_by: string | null; witnesses: string; electronic_address: string | null; note: string | null; person_id: string | null }[];
  const update = w.prepare('UPDATE services SET recipient_name = ?, received_by = ?, witnesses = ?, electronic_address = NULL, note = ? WHERE id = ?');
  const names: string[] = [];
  let fields = 0;
  for (const r of rows) {
    const witnesses = JSON.parse(r.witnesses) as string[];
    const person = r.person_id !== null && r.recipient_name !== ANONYMISED_NAME;
    names.push(...witnesses, ...(r.received_by ? [r.received_by] : []), ...(person ? [r.recipient_name] : []));
    fields += witnesses.length + (r.received_by ? 1 : 0) + (person ? 1 : 0) + (r.electronic_address ? 1 : 0) + (r.note ? 1 : 0);
    update.run(person ? ANONYMISED_NAME : r.recipient_name, r.received_by ? ANONYMISED_NAME : null, JSON.stringify(witnesses.map(() => ANONYMISED_NAME)), r.note ? ANONYMISED_TEXT : null, r.id);
  }
  return { fields, names };
}

/** The timeline's lines with every text and name cleared in this act replaced; returns the lines changed. */
function scrubTimeline(w: TxWriter, caseFileId: string, replacements: [string, string][]): number {
  // Longest first: a whole sentence before a name in it, 尼玛扎西 before 尼玛, so no half of anything is left behind.
  const scrub = replacements.sort((a, b) => b[0].length - a[0].length);
  if (scrub.length === 0) return 0;
  const update = w.prepare('UPDATE case_events SET summary = ? WHERE seq = ?');
  let changed = 0;
  for (const e of w.prepare('SELECT seq, summary FROM case_events WHERE case_file_id = ?').all(caseFileId) as { seq: number; summary: string }[]) {
    let s = e.summary;
    for (const [from, to] of scrub) s = s.replaceAll(from, to);
    if (s !== e.summary) {
      update.run(s, e.seq);
      changed += 1;
    }
  }
  return changed;
}
