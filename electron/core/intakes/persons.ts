// Complainants become persons. The same ID document is the same person: a second visit reuses the record
// (adding any new phone), and a name that does not match the ID already on file is refused for that row. A person
// known only to another unit's registrations is not linked.
import type { z } from 'zod';
import { insertInto } from '../../../db/insert';
import type { complainantInput } from '../../../shared/contract/intakes';
import { checkPhone, checkResidentId } from '../../../shared/domain/identity';
import { initials, normalizeForSearch } from '../search/terms';
import { personPhones, persons } from '../../../db/schema';
import type { CoreServices } from '../kernel/context';
import { requireInstallation } from '../kernel/installation';
import { newId } from '../kernel/ids';
import type { TxWriter } from '../kernel/tx';

export type ComplainantRow = z.output<typeof complainantInput>;

export type PersonResult = { ok: true; personId: string } | { ok: false; field: string; message: string };

function idStatusOf(row: ComplainantRow): 'valid' | 'unverifiable' | 'pending' {
  if (row.idType === 'none') return 'pending';
  return row.idType === 'residentId' ? 'valid' : 'unverifiable';
}

export function upsertPerson(w: TxWriter, core: CoreServices, row: ComplainantRow): PersonResult {
  let personId: string | null = null;
  let created: Record<string, unknown> | null = null;
  if (row.idNumber !== null) {
    const existing = core
      .prepare(
        `SELECT pe.id, pe.name,
                EXISTS (SELECT 1 FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id WHERE ic.person_id = pe.id AND i.unit_id = ?) AS in_unit,
                EXISTS (SELECT 1 FROM intake_complainants ic WHERE ic.person_id = pe.id) AS registered
         FROM persons pe WHERE pe.id_type = ? AND pe.id_number = ?`,
      )
      .get(requireInstallation(core).unitId, row.idType, row.idNumber) as { id: string; name: string; in_unit: number; registered: number } | undefined;
    if (existing) {
      // Another unit's person is never linked: the link would open their phones and history to this unit. The
      // answer is the same whatever name was typed, so it does not confirm whom the other unit registered.
      if (existing.in_unit !== 1 && existing.registered === 1) {
        return { ok: false, field: 'idNumber', message: '该证件号码不能在本单位直接登记，请核对号码；确属本人的，请联系管理员处理' };
      }
      // The stored name is not repeated: typing a number must not turn it into a name (security review, issue #10).
      if (normalizeForSearch(existing.name) !== normalizeForSearch(row.name)) {
        return { ok: false, field: 'name', message: `本单位已登记过该证件号码，但登记的姓名与此处姓名“${row.name}”不符，请核对证件上的姓名和号码` };
      }
      personId = existing.id;
    }
  }
  if (personId === null) {
    const id = checkResidentId(row.idType === 'residentId' && row.idNumber ? row.idNumber : '');
    personId = newId(w.now);
    insertInto(core.prepare, persons, {
        id: personId,
        name: row.name,
        nameInitials: initials(row.name, true),
        idType: row.idType,
        idNumber: row.idNumber,
        idStatus: idStatusOf(row),
        idMissingReason: row.idMissingReason,
        sex: id.ok ? id.sex : null,
        birthDate: id.ok ? id.birthDate : null,
        hometown: row.hometown,
        preferredLanguage: row.preferredLanguage,
        note: null,
        createdBy: w.actorStaffId,
        createdAt: w.now,
        updatedAt: w.now,
      });
    created = { name: row.name, idType: row.idType, idNumber: row.idNumber, idMissingReason: row.idMissingReason, hometown: row.hometown, preferredLanguage: row.preferredLanguage };
  }
  const known = new Set(
    (core.prepare('SELECT phone FROM person_phones WHERE person_id = ?').all(personId) as { phone: string }[]).map((p) => p.phone),
  );
  let order = known.size;
  const added: string[] = [];
  for (const raw of row.phones) {
    const phone = checkPhone(raw);
    if (!phone.ok || known.has(phone.normalized)) continue;
    known.add(phone.normalized);
    insertInto(core.prepare, personPhones, { id: newId(w.now), personId, phone: phone.normalized, kind: phone.kind, label: null, sortOrder: order++, createdAt: w.now });
    added.push(phone.normalized);
  }
  // A new person's phones are part of the record made: one row, not a create row and an addPhones row.
  if (created) w.audit({ action: 'create', entity: 'person', entityId: personId, change: { ...created, phones: added } });
  else if (added.length > 0) w.audit({ action: 'addPhones', entity: 'person', entityId: personId, change: { phones: added } });
  return { ok: true, personId };
}
