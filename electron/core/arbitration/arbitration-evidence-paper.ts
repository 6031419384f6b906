// The 证据目录 of one party from the stored items, and the 举证期限 the items are judged against.
import { causeOf } from '../../../shared/domain/arbitration-application';
import { EVIDENCE_SIDE } from '../../../shared/domain/arbitration-evidence';
import { committeeName } from '../../../shared/domain/documents/arbitration-common';
import type { EvidenceCatalogueData } from '../../../shared/domain/documents/evidence-catalogue';
import type { Prepare } from '../../../db/statements';
import type { CallContext } from '../kernel/context';
import { invalid, notFound } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { clockEvents, findProceeding } from '../proceedings/proceedings.data';
import { getUnitSummary } from '../reference/units.service';
import { claimsOf } from './arbitration.data';
import { evidenceOf, evidenceParties } from './arbitration-evidence.data';

/** The last day of the 举证期限 as the tribunal last set it (办案规则 Art. 15), or null. */
export function periodEndOf(prepare: Prepare, proceedingId: string): string | null {
  return clockEvents(prepare, proceedingId).filter((e) => e.kind === 'evidencePeriodEnds').at(-1)?.date ?? null;
}

export function evidenceCatalogueData(call: CallContext, proceedingId: string, partyId: string): { data: EvidenceCatalogueData; caseFileId: string } {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId || p.kind !== 'arbitration') throw notFound('该仲裁案件');
  const party = evidenceParties(core.prepare, p.id).find((x) => x.partyId === partyId);
  if (!party) throw invalid({ partyId: '所选当事人不是本案的当事人' });
  const items = evidenceOf(core.prepare, p.id).filter((x) => x.partyId === partyId);
  return {
    caseFileId: p.caseFileId,
    data: {
      organ: committeeName(getUnitSummary(core, inst.unitId).name),
      caseNumber: p.number,
      cause: causeOf(claimsOf(core.prepare, p.id).map((c) => c.category)),
      party: `${EVIDENCE_SIDE[party.side]}${party.name}`,
      periodEnd: periodEndOf(core.prepare, p.id),
      items: items.map((x) => ({ ...x, opinion: x.opinion })),
    },
  };
}
