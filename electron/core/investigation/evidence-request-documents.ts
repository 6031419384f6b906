// What the 调取证据通知书 builder reads: the stored notice, the case's 立案 number and title, the bureau's name, the
// issuing inspector as contact. The builder itself is pure (shared/domain/documents/evidence-request.ts).
import type { EvidenceRequestData } from '../../../shared/domain/documents/evidence-request';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { notFound } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { requestById } from './evidence-request.data';
import { staffCerts } from './investigation.data';

export function evidenceRequestData(call: CallContext, requestId: string): { data: EvidenceRequestData; caseFileId: string; issued: string | null } {
  const core = call.core;
  const inst = requireInstallation(core);
  const r = requestById(core.prepare, requestId);
  if (!r || r.unitId !== inst.unitId) throw notFound('该调取证据通知书');
  const p = findProceeding(core.prepare, r.proceedingId)!;
  const creator = staffCerts(core.prepare, inst.unitId, [r.createdBy])[0];
  return {
    caseFileId: r.caseFileId,
    issued: r.documentId ? (r.documentNumber ?? '已有文书') : null,
    data: {
      organ: getUnitSummary(core, inst.unitId).name,
      caseNumber: p.number,
      caseTitle: p.caseTitle,
      addressee: r.addresseeName,
      items: JSON.parse(r.items) as string[],
      dueDate: r.dueDate,
      place: r.place,
      contactNames: [r.createdByName],
      contactPhone: r.contactPhone ?? creator?.phone ?? null,
      issuedOn: dateKeyOf(core.clock.now()),
    },
  };
}
