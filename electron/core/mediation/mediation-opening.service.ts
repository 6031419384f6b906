// 组织监察联调 from a filed inspection (a step effect, in the step's transaction): opens the file's 调解（监察联调）
// proceeding, received the day of the step, with everyone standing in the inspection — one open mediation per file.
// The inspection stays as it is, so a missed instalment can go back to it (its order, its decision).
import type { PartyRole } from '../../../shared/domain/vocabulary';
import { proceedingDefinition } from '../../../shared/domain/proceedings';
import { openProceeding } from '../cases/case-opening';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import type { TxWriter } from '../kernel/tx';
import type { ProceedingRow } from '../proceedings/proceedings.data';
import { standingParties } from '../routing/routing.data';
import { proceedingsOfFile } from './mediation.data';

/** Step effect of inspection.mediate: refused while the file already has an open joint mediation. */
export function openJointMediation(w: TxWriter, call: CallContext, p: ProceedingRow, raw: Record<string, unknown>): void {
  const input = raw as { date: string };
  const prepare = call.core.prepare;
  const closed = proceedingDefinition('jointMediation').closed as readonly string[];
  if (proceedingsOfFile(prepare, p.caseFileId).some((r) => r.kind === 'jointMediation' && !closed.includes(r.status))) {
    throw new ServiceError('STEP_BLOCKED', '本案卷已有办理中的调解（监察联调）程序，请在该程序中继续调解');
  }
  const parties = standingParties(prepare, p.id).map((s) => ({ role: s.role as PartyRole | 'complainant', partyId: s.party_id, personId: s.person_id }));
  openProceeding(w, call.core, { caseFileId: p.caseFileId, unitId: p.unitId, kind: 'jointMediation', receivedDate: input.date, parties });
}
