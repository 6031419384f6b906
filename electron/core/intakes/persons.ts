// Complainants become persons. The same ID document is the same person: a second visit reuses the record
// (adding any new phone), and a name that does not match the ID already on file is refused for that row.
import type { z } from 'zod';
import { insertInto } from '../../../db/insert';
import type { complainantInput } from '../../../shared/contract/intakes';
import { checkPhone, checkResidentId } from '../../../shared/domain/identity';
import { initials, normalizeForSearch } from '../search/terms';
import { personPhones, persons } from '../../../db/schema';
import type { CoreServices } from '../context';
import { newId } from '../ids';
import type { TxWriter } from '../tx';

export type ComplainantRow = z.output<typeof complainantInput>;

export type PersonResult = { ok: true; personId: string } | { ok: false; field: string; message: string };

function idStatusOf(row: ComplainantRow): 'valid' | 'unverifiable' | 'pending' {
  if (row.idType === 'none') return 'pending';
  return row.idType === 'residentId' ? 'valid' : 'unverifiable';
}

export function upsertPerson(w: TxWriter, core: CoreServices, row: ComplainantRow): PersonResult {
  let personId: string | null = null;
  if (row.idNumber !== null) {
    const existing = core
      .prepare('SELECT id, name FROM persons WHERE id_type = ? AND id_number = ?')
      .get(row.idType, row.idNumber) as { id: string; name: string } | undefined;
    if (existing) {
      if (normalizeForSearch(existing.name) !== normalizeForSearch(row.name)) {
        return { ok: false, field: 'name', message: `该证件号码已登记为“${existing.name}”，与此处姓名“${row.name}”不符，请核对` };
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
    w.audit({
      action: 'create',
      entity: 'person',
      entityId: personId,
      change: { name: row.name, idType: row.idType, idNumber: row.idNumber, idMissingReason: row.idMissingReason, hometown: row.hometown, preferredLanguage: row.preferredLanguage },
    });
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
  if (added.length > 0) w.audit({ action: 'addPhones', entity: 'person', entityId: personId, change: { phones: added } });
  return { ok: true, personId };
}
