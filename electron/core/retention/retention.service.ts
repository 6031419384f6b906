// Making a closed file's personal data anonymous once its retention period is over (办案规则 Art. 24 sets the floor;
// PIPL Art. 47(2): when the retention period ends, delete or anonymise). Only on the administrator's explicit act with a
// reason, never on a schedule; nothing is deleted. Names become 已匿名化; ID numbers, phones, addresses, birth dates,
// hometowns, notes and free text are cleared; ID-card images are withdrawn; the search index is rebuilt from what is
// left. Dates, amounts, counts, kinds, outcomes and numbers stay for the statistics. A person or individual party also
// named in a file that is open, or still within its period, is left as they are.
import type { z } from 'zod';
import type { retentionAnonymiseInput, RetentionAnonymiseResult, RetentionRef } from '../../../shared/contract/retention';
import { ANONYMISED_NAME, ANONYMISED_TEXT } from '../../../shared/domain/retention';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext, CoreServices } from '../kernel/context';
import { invalid } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { indexIntake } from '../intakes/search-index';
import { writeNameTerms } from '../search/names';
import { indexName } from '../search/name-postings.data';
import { tx, writeContext, type TxWriter } from '../kernel/tx';
import { anonymiseCaseRecords } from './case-records';
import { dueFiles, dueOf, factsOf, individualPartiesOf, intakesOf, personsOf, retentionPeriods, type DueFacts, type FileFacts } from './retention-due';

const refKey = (r: RetentionRef) => `${r.type}:${r.id}`;
const ID_IMAGE_REASON = '保管期限届满，个人信息已匿名化';

/** Values that are set (not null, not empty) among these: each is one field cleared. */
function setCount(...values: unknown[]): number {
  return values.filter((v) => v !== null && v !== undefined && v !== '').length;
}

/**
 * Whether a person (or party) may be made anonymous now: every file naming them is anonymised already, is being
 * anonymised in this act, or is past its period. An open file, or one within its period, keeps them.
 */
function settledEverywhere(core: CoreServices, refs: RetentionRef[], chosen: Set<string>, judge: (f: FileFacts) => boolean): boolean {
  for (const ref of refs) {
    const f = factsOf(core, ref);
    if (!f) continue;
    if (f.anonymised || chosen.has(refKey(f.ref)) || judge(f)) continue;
    return false;
  }
  return true;
}

function filesNamingPerson(core: CoreServices, personId: string): RetentionRef[] {
  const intakes = core.prepare('SELECT DISTINCT intake_id AS id FROM intake_complainants WHERE person_id = ?').all(personId) as { id: string }[];
  const cases = core
    .prepare('SELECT DISTINCT p.case_file_id AS id FROM proceeding_parties pp JOIN proceedings p ON p.id = pp.proceeding_id WHERE pp.person_id = ?')
    .all(personId) as { id: string }[];
  return [...intakes.map((r) => ({ type: 'intake' as const, id: r.id })), ...cases.map((r) => ({ type: 'caseFile' as const, id: r.id }))];
}

function filesNamingParty(core: CoreServices, partyId: string): RetentionRef[] {
  const intakes = core.prepare('SELECT DISTINCT intake_id AS id FROM intake_parties WHERE party_id = ?').all(partyId) as { id: string }[];
  const cases = core
    .prepare('SELECT DISTINCT p.case_file_id AS id FROM proceeding_parties pp JOIN proceedings p ON p.id = pp.proceeding_id WHERE pp.party_id = ?')
    .all(partyId) as { id: string }[];
  return [...intakes.map((r) => ({ type: 'intake' as const, id: r.id })), ...cases.map((r) => ({ type: 'caseFile' as const, id: r.id }))];
}

interface PersonRow {
  name: string;
  id_number: string | null;
  id_missing_reason: string | null;
  birth_date: string | null;
  hometown: string | null;
  note: string | null;
}

/** Clears one person; returns the fields cleared and the intakes whose search terms named them. */
function anonymisePerson(w: TxWriter, personId: string): { fields: number; intakes: string[] } {
  const p = w.prepare('SELECT name, id_number, id_missing_reason, birth_date, hometown, note FROM persons WHERE id = ?').get(personId) as PersonRow;
  const phones = (w.prepare("SELECT count(*) AS n FROM person_phones WHERE person_id = ? AND (phone <> '' OR label IS NOT NULL)").get(personId) as { n: number }).n;
  const images = w
    .prepare("UPDATE person_id_images SET status = 'withdrawn', withdrawn_reason = ?, withdrawn_at = ?, withdrawn_by = ?, row_version = row_version + 1 WHERE person_id = ? AND status = 'current'")
    .run(ID_IMAGE_REASON, w.now, w.actorStaffId, personId).changes;
  w.prepare(
    `UPDATE persons SET name = ?, name_initials = '', id_number = NULL, id_missing_reason = NULL, birth_date = NULL, hometown = NULL, note = NULL,
       anonymised_at = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?`,
  ).run(ANONYMISED_NAME, w.now, w.now, personId);
  w.prepare("UPDATE person_phones SET phone = '', label = NULL WHERE person_id = ?").run(personId);
  const intakes = (w.prepare('SELECT DISTINCT intake_id AS id FROM intake_complainants WHERE person_id = ?').all(personId) as { id: string }[]).map((r) => r.id);
  return { fields: 1 + setCount(p.id_number, p.id_missing_reason, p.birth_date, p.hometown, p.note) + phones + images, intakes };
}

function anonymiseParty(w: TxWriter, partyId: string): { fields: number; intakes: string[] } {
  const p = w.prepare('SELECT credit_code, id_number, legal_rep_name, address, phone, note FROM parties WHERE id = ?').get(partyId) as Record<string, string | null>;
  w.prepare(
    `UPDATE parties SET name = ?, name_initials = '', credit_code = NULL, id_number = NULL, legal_rep_name = NULL, address = NULL, phone = NULL, note = NULL,
       anonymised_at = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?`,
  ).run(ANONYMISED_NAME, w.now, w.now, partyId);
  // Derived index: a desk search must no longer find (or offer for reuse) what was this party.
  writeNameTerms(w.prepare, 'party', partyId, []);
  // The names dictionary: the intakes still linked to this party are found by what it is called now, not before.
  indexName(w.prepare, 'party', partyId, ANONYMISED_NAME);
  const intakes = (w.prepare('SELECT DISTINCT intake_id AS id FROM intake_parties WHERE party_id = ?').all(partyId) as { id: string }[]).map((r) => r.id);
  return { fields: 1 + setCount(p.credit_code, p.id_number, p.legal_rep_name, p.address, p.phone, p.note), intakes };
}

/** What the complainants were told and said on call-backs (首问负责): free text that may name them. */
function anonymiseFollowup(w: TxWriter, intakeId: string): number {
  const told = w.prepare('UPDATE intake_notices SET content = ? WHERE intake_id = ? AND content IS NOT NULL').run(ANONYMISED_TEXT, intakeId).changes;
  const said = w.prepare('UPDATE intake_callbacks SET content = ? WHERE intake_id = ?').run(ANONYMISED_TEXT, intakeId).changes;
  return told + said;
}

/** The file's own records: free text at its intakes, what each complainant stated there, a title that names people. */
function anonymiseFileRecords(w: TxWriter, core: CoreServices, f: DueFacts, names: string[]): number {
  let fields = 0;
  for (const intakeId of intakesOf(core, f.ref)) {
    const i = w.prepare('SELECT answer FROM intakes WHERE id = ?').get(intakeId) as { answer: string | null };
    w.prepare('UPDATE intakes SET summary = ?, answer = CASE WHEN answer IS NULL THEN NULL ELSE ? END, anonymised_at = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?').run(
      ANONYMISED_TEXT,
      ANONYMISED_TEXT,
      w.now,
      w.now,
      intakeId,
    );
    fields += 1 + setCount(i.answer);
    const stated = w
      .prepare('SELECT count(address) + count(workplace) + count(note) AS n FROM intake_complainants WHERE intake_id = ?')
      .get(intakeId) as { n: number };
    w.prepare('UPDATE intake_complainants SET address = NULL, workplace = NULL, note = NULL WHERE intake_id = ?').run(intakeId);
    fields += stated.n;
    fields += anonymiseFollowup(w, intakeId);
  }
  if (f.ref.type === 'caseFile') {
    const { title } = w.prepare('SELECT title FROM case_files WHERE id = ?').get(f.ref.id) as { title: string };
    let scrubbed = title;
    for (const n of names) if (n.length >= 2 && n !== ANONYMISED_NAME) scrubbed = scrubbed.replaceAll(n, ANONYMISED_NAME);
    if (scrubbed !== title) fields += 1;
    w.prepare('UPDATE case_files SET title = ?, anonymised_at = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?').run(scrubbed, w.now, w.now, f.ref.id);
    // Marked first: the append-only records of a file may change only once it is marked anonymised.
    fields += anonymiseCaseRecords(w, f.ref.id, names);
  }
  return fields;
}

export function anonymiseFiles(call: CallContext, input: z.output<typeof retentionAnonymiseInput>): RetentionAnonymiseResult {
  const core = call.core;
  const inst = requireInstallation(core);
  return tx(writeContext(call), (w) => {
    // Judged inside the write transaction, so what is anonymised is exactly what is due at this moment.
    const today = dateKeyOf(w.now);
    const periods = retentionPeriods(core);
    const due = new Map(dueFiles(core, periods, today).map((f) => [refKey(f.ref), f]));
    const chosen: DueFacts[] = [];
    const errors: Record<string, string> = {};
    input.items.forEach((ref, i) => {
      const f = due.get(refKey(ref));
      if (f) {
        if (!chosen.includes(f)) chosen.push(f);
        return;
      }
      const facts = factsOf(core, ref);
      errors[`items.${i}`] =
        !facts || facts.unitId !== inst.unitId
          ? '所选案卷或接待登记不存在'
          : facts.ref.type !== ref.type
            ? '该接待登记已立卷，请选择其案卷'
            : facts.anonymised
            ? '该案卷已经匿名化'
            : !facts.closed
              ? '该案卷尚未办结，不能匿名化'
              : '该案卷尚在保管期限内，不能匿名化';
    });
    if (Object.keys(errors).length > 0) throw invalid(errors, `有${Object.keys(errors).length}件不能匿名化：${Object.values(errors)[0]}；本次未作任何修改`);

    const chosenKeys = new Set(chosen.map((f) => refKey(f.ref)));
    const judge = (f: FileFacts) => dueOf(f, periods, today) !== null;
    const done = new Set<string>();
    const reindex = new Set<string>();
    let totalFields = 0;
    let totalPersons = 0;
    let totalKept = 0;
    for (const f of chosen) {
      let fields = 0;
      let persons = 0;
      let kept = 0;
      let parties = 0;
      const names: string[] = [];
      for (const personId of personsOf(core, f.ref)) {
        const person = w.prepare('SELECT name, anonymised_at FROM persons WHERE id = ?').get(personId) as { name: string; anonymised_at: number | null };
        if (person.anonymised_at !== null || done.has(`person:${personId}`)) continue;
        if (!settledEverywhere(core, filesNamingPerson(core, personId), chosenKeys, judge)) {
          kept += 1;
          continue;
        }
        names.push(person.name);
        const r = anonymisePerson(w, personId);
        done.add(`person:${personId}`);
        r.intakes.forEach((id) => reindex.add(id));
        fields += r.fields;
        persons += 1;
      }
      for (const partyId of individualPartiesOf(core, f.ref)) {
        const row = w.prepare('SELECT name, anonymised_at FROM parties WHERE id = ?').get(partyId) as { name: string; anonymised_at: number | null };
        if (row.anonymised_at !== null || done.has(`party:${partyId}`)) continue;
        if (!settledEverywhere(core, filesNamingParty(core, partyId), chosenKeys, judge)) continue;
        names.push(row.name);
        const r = anonymiseParty(w, partyId);
        w.changed('party', partyId);
        done.add(`party:${partyId}`);
        r.intakes.forEach((id) => reindex.add(id));
        fields += r.fields;
        parties += 1;
      }
      fields += anonymiseFileRecords(w, core, f, names);
      intakesOf(core, f.ref).forEach((id) => reindex.add(id));
      const summary = { kinds: f.kinds, closedDate: f.closedDate, retentionYears: f.years, endDate: f.endDate, reason: input.reason, fieldsCleared: fields, personsAnonymised: persons, personsKept: kept, partiesAnonymised: parties };
      if (f.ref.type === 'caseFile') {
        w.caseEvent({
          caseFileId: f.ref.id,
          kind: 'caseFile.anonymised',
          summary: `保管期限（${f.years}年，至${f.endDate}）届满，个人信息已匿名化：清除${fields}项${kept > 0 ? `；${kept}人仍在其他未满期限的案卷中，未作处理` : ''}`,
          data: summary,
        });
      }
      // The numbers and counts only: the trail must not itself keep what was cleared.
      w.audit({ action: 'anonymise', entity: f.ref.type, entityId: f.ref.id, change: summary });
      w.changed(f.ref.type, f.ref.id);
      totalFields += fields;
      totalPersons += persons;
      totalKept += kept;
    }
    for (const intakeId of reindex) indexIntake(w.prepare, intakeId);
    if (reindex.size > 0) w.changed('search', null);
    return { files: chosen.length, fieldsCleared: totalFields, personsAnonymised: totalPersons, personsKept: totalKept };
  });
}
