// The parties' evidence in an arbitration case. An item is added to a party's list once the case is accepted, dated
// the day it was submitted (not after today); after the 举证期限 the tribunal last set it is marked 逾期提交 and the
// warning returned — not refused (办案规则 Art. 15: the tribunal decides on late evidence). The other side's 质证意见
// is recorded at the version read (a disputed aspect needs its reasons). Each write with its timeline line and audit row.
import type { z } from 'zod';
import type { CaseEvidence, evidenceAddInput, evidenceOpinionInput, EvidenceItemView, evidencePrintInput } from '../../../shared/contract/arbitration-evidence';
import type { DocumentRecord } from '../../../shared/contract/documents';
import { EVIDENCE_SIDE, isLate, lateWarning, opinionLine, opinionProblems } from '../../../shared/domain/arbitration-evidence';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { generateDocuments } from '../documents/documents.service';
import { findProceeding } from '../proceedings/proceedings.data';
import { periodEndOf } from './arbitration-evidence-paper';
import { actingOnArbitration } from './arbitration-access';
import { evidenceById, evidenceOf, evidenceParties, insertEvidence, setOpinion, type EvidenceRow } from './arbitration-evidence.data';
import { arbitrationOfFile } from '../hearings/hearings.data';

const publicView = ({ unitId: _u, caseFileId: _c, proceedingId: _p, ...v }: EvidenceRow): EvidenceItemView => v;

export function listEvidence(call: CallContext, caseFileId: string): CaseEvidence {
  const core = call.core;
  const inst = requireInstallation(core);
  const proceedingId = arbitrationOfFile(core.prepare, caseFileId);
  if (!proceedingId) return { caseFileId, proceedingId: null, periodEnd: null, parties: [] };
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该案卷');
  const items = evidenceOf(core.prepare, proceedingId);
  return {
    caseFileId,
    proceedingId,
    periodEnd: periodEndOf(call.core.prepare, proceedingId),
    parties: evidenceParties(core.prepare, proceedingId).map((x) => ({ ...x, items: items.filter((i) => i.partyId === x.partyId).map(publicView) })),
  };
}

export function addEvidence(call: CallContext, input: z.output<typeof evidenceAddInput>): { item: EvidenceItemView; warning: string | null } {
  const p = actingOnArbitration(call, input.proceedingId, '登记证据');
  if (p.number === null) throw new ServiceError('STEP_BLOCKED', '本案受理后才能登记当事人提交的证据');
  const party = evidenceParties(call.core.prepare, p.id).find((x) => x.partyId === input.partyId);
  if (!party) throw invalid({ partyId: '所选当事人不是本案的当事人' });
  const today = dateKeyOf(call.core.clock.now());
  if (input.submittedOn > today) throw invalid({ submittedOn: '提交日期不能晚于今天' });
  const periodEnd = periodEndOf(call.core.prepare, p.id);
  const late = isLate(input.submittedOn, periodEnd);
  const id = tx(writeContext(call), (w) => {
    const itemId = newId(w.now);
    insertEvidence(w.prepare, { ...input, id: itemId, unitId: p.unitId, caseFileId: p.caseFileId, proceedingId: p.id, periodEnd, late, createdBy: w.actorStaffId!, createdAt: w.now });
    w.caseEvent({
      caseFileId: p.caseFileId,
      proceedingId: p.id,
      kind: 'arbitration.evidenceAdded',
      summary: `${EVIDENCE_SIDE[party.side]}${party.name}于 ${input.submittedOn} 提交证据“${input.title}”${late ? '（逾期提交）' : ''}`,
      data: { evidenceId: itemId },
    });
    w.audit({ action: 'arbitrationEvidenceAdd', entity: 'arbitrationEvidence', entityId: itemId, change: { partyId: party.partyId, submittedOn: input.submittedOn, late } });
    w.changed('caseFile', p.caseFileId);
    return itemId;
  });
  return { item: publicView(evidenceById(call.core.prepare, id)!), warning: late ? lateWarning(input.submittedOn, periodEnd!) : null };
}

export function recordOpinion(call: CallContext, input: z.output<typeof evidenceOpinionInput>): EvidenceItemView {
  const e = evidenceById(call.core.prepare, input.id);
  if (!e || e.unitId !== requireInstallation(call.core).unitId) throw notFound('该证据');
  const p = actingOnArbitration(call, e.proceedingId, '登记质证意见');
  const problems = opinionProblems(input);
  if (input.on < e.submittedOn) problems.on = `质证日期不能早于证据提交日期（${e.submittedOn}）`;
  else if (input.on > dateKeyOf(call.core.clock.now())) problems.on = '质证日期不能晚于今天';
  if (Object.keys(problems).length > 0) throw invalid(problems);
  tx(writeContext(call), (w) => {
    if (!setOpinion(w.prepare, e.id, input.rowVersion, input)) throw conflict('该证据');
    w.caseEvent({ caseFileId: p.caseFileId, proceedingId: p.id, kind: 'arbitration.evidenceOpinion', summary: `${input.by}对证据“${e.title}”的质证意见：${opinionLine(input)}`, data: { evidenceId: e.id } });
    w.audit({ action: 'arbitrationEvidenceOpinion', entity: 'arbitrationEvidence', entityId: e.id, change: { authenticity: input.authenticity, legality: input.legality, relevance: input.relevance } });
    w.changed('caseFile', p.caseFileId);
  });
  return publicView(evidenceById(call.core.prepare, e.id)!);
}

export async function printCatalogue(call: CallContext, input: z.output<typeof evidencePrintInput>): Promise<DocumentRecord> {
  const p = actingOnArbitration(call, input.proceedingId, '制作证据目录');
  const [record] = await generateDocuments(call, { request: { kind: 'evidenceCatalogue', proceedingId: p.id, partyId: input.partyId }, caseFileId: p.caseFileId });
  return record!;
}
