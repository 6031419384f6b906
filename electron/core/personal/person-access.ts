// Whether the caller may reach one natural person's personal data: the person must be known to this installation's
// unit (through one of its intakes), and someone known to the unit only as a reporter is reached only with
// 'reporter.read' (劳动保障监察条例 Art. 9) — a refusal of that is on the audit trail like any other.
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { callerCan } from '../session/session.service';
import { tx, writeContext } from '../kernel/tx';

export function requirePersonAccess(call: CallContext, personId: string): void {
  const core = call.core;
  const inst = requireInstallation(core);
  const row = core
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id WHERE ic.person_id = pe.id AND i.unit_id = ?) AS in_unit,
              EXISTS (SELECT 1 FROM intake_complainants ic JOIN intakes i ON i.id = ic.intake_id WHERE ic.person_id = pe.id AND i.unit_id = ? AND i.kind <> 'report') AS not_only_reporter
       FROM persons pe WHERE pe.id = ?`,
    )
    .get(inst.unitId, inst.unitId, personId) as { in_unit: number; not_only_reporter: number } | undefined;
  if (!row || row.in_unit !== 1) throw new ServiceError('NOT_FOUND', '该人员不存在或不属于本单位的登记');
  if (row.not_only_reporter !== 1 && !callerCan(call, 'reporter.read')) {
    tx(writeContext(call), (w) => {
      w.audit({ action: 'refused', entity: 'permission', entityId: 'reporter.read', change: { channel: call.channel, subject: 'person', id: personId } });
    });
    throw new ServiceError('FORBIDDEN', '举报人身份依法保密，您的角色没有“查看举报人身份”的权限');
  }
}
