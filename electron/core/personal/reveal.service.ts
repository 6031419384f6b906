// Unmasking: the full ID number and phones of one person or party, for someone with 'personal.unmask', with a
// reason — and the view is on the audit trail before the values leave the core.
import type { z } from 'zod';
import type { Revealed, revealInput } from '../../../shared/contract/personal';
import type { CallContext } from '../context';
import { ServiceError } from '../errors';
import { requireInstallation } from '../installation';
import { callerCan } from '../session/session.service';
import { tx, writeContext } from '../tx';

export function reveal(call: CallContext, input: z.output<typeof revealInput>): Revealed {
  const core = call.core;
  const inst = requireInstallation(core);
  let out: Revealed;
  if (input.subject === 'person') {
    const person = core
      .prepare(
        `SELECT pe.id, pe.name, pe.id_number, pe.birth_date,
                (SELECT json_group_array(phone) FROM (SELECT phone FROM person_phones ph WHERE ph.person_id = pe.id ORDER BY sort_order)) AS phones,
                EXISTS (SELECT 1 FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id WHERE ic.person_id = pe.id AND i.unit_id = ?) AS in_unit,
                EXISTS (SELECT 1 FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id WHERE ic.person_id = pe.id AND i.unit_id = ? AND i.kind <> 'report') AS not_only_reporter
         FROM persons pe WHERE pe.id = ?`,
      )
      .get(inst.unitId, inst.unitId, input.id) as { id: string; name: string; id_number: string | null; birth_date: string | null; phones: string; in_unit: number; not_only_reporter: number } | undefined;
    if (!person || person.in_unit !== 1) throw new ServiceError('NOT_FOUND', '该人员不存在或不属于本单位的登记');
    // Someone known to this unit only as a reporter: revealing them is revealing the reporter.
    if (person.not_only_reporter !== 1 && !callerCan(call, 'reporter.read')) {
      tx(writeContext(call), (w) => {
        w.audit({ action: 'refused', entity: 'permission', entityId: 'reporter.read', change: { channel: call.channel, subject: 'person', id: input.id } });
      });
      throw new ServiceError('FORBIDDEN', '举报人身份依法保密，您的角色没有“查看举报人身份”的权限');
    }
    out = { subject: 'person', id: person.id, name: person.name, idNumber: person.id_number, birthDate: person.birth_date, phones: JSON.parse(person.phones) as string[] };
  } else {
    const party = core.prepare('SELECT id, name, id_number, phone FROM parties WHERE id = ?').get(input.id) as
      | { id: string; name: string; id_number: string | null; phone: string | null }
      | undefined;
    if (!party) throw new ServiceError('NOT_FOUND', '被投诉方不存在');
    out = { subject: 'party', id: party.id, name: party.name, idNumber: party.id_number, birthDate: null, phones: party.phone ? [party.phone] : [] };
  }
  tx(writeContext(call), (w) => {
    w.audit({
      action: 'unmask',
      entity: input.subject,
      entityId: input.id,
      change: { reason: input.reason, fields: [out.idNumber !== null ? 'idNumber' : null, out.phones.length ? 'phones' : null].filter(Boolean) },
    });
  });
  return out;
}
