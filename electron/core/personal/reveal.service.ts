// Unmasking: the full ID number and phones of one person or party, for someone with 'personal.unmask', with a
// reason — and the view is on the audit trail before the values leave the core.
import type { z } from 'zod';
import type { Revealed, revealInput } from '../../../shared/contract/personal';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { requirePersonAccess } from './person-access';
import { tx, writeContext, type TxWriter } from '../kernel/tx';

export function reveal(call: CallContext, input: z.output<typeof revealInput>): Revealed {
  const core = call.core;
  let out: Revealed;
  if (input.subject === 'person') {
    requirePersonAccess(call, input.id);
    const person = core
      .prepare(
        `SELECT pe.id, pe.name, pe.id_number, pe.birth_date,
                (SELECT json_group_array(phone) FROM (SELECT phone FROM person_phones ph WHERE ph.person_id = pe.id ORDER BY sort_order)) AS phones
         FROM persons pe WHERE pe.id = ?`,
      )
      .get(input.id) as { id: string; name: string; id_number: string | null; birth_date: string | null; phones: string };
    out = { subject: 'person', id: person.id, name: person.name, idNumber: person.id_number, birthDate: person.birth_date, phones: JSON.parse(person.phones) as string[] };
  } else {
    const party = core.prepare('SELECT id, name, id_number, phone FROM parties WHERE id = ?').get(input.id) as
      | { id: string; name: string; id_number: string | null; phone: string | null }
      | undefined;
    if (!party) throw new ServiceError('NOT_FOUND', '被投诉方不存在');
    out = { subject: 'party', id: party.id, name: party.name, idNumber: party.id_number, birthDate: null, phones: party.phone ? [party.phone] : [] };
  }
  tx(writeContext(call), (w) => {
    recordUnmask(w, { subject: input.subject, id: input.id, reason: input.reason, idNumber: out.idNumber !== null, phones: out.phones.length > 0 });
  });
  return out;
}

/**
 * The audit row of one unmasking — whose data, why, and which fields, never the values. personal.reveal writes it,
 * and so does every other channel that shows full numbers (a document preview with a reason).
 */
export function recordUnmask(
  w: TxWriter,
  v: { subject: 'person' | 'party' | 'document'; id: string | null; reason: string; idNumber: boolean; phones: boolean; extra?: Record<string, unknown> },
): void {
  w.audit({
    action: 'unmask',
    entity: v.subject,
    entityId: v.id,
    change: { reason: v.reason, fields: [v.idNumber ? 'idNumber' : null, v.phones ? 'phones' : null].filter(Boolean), ...v.extra },
  });
}
