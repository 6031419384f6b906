// What the papers of mediation, referral, listing and enforcement read first: the proceeding (of this unit and of the
// kind the paper belongs to), its applied steps (the audit chain's proceedingStep rows, inspection-papers.ts), the
// step the paper follows (refused, in Chinese, before it), the employer as the parties register holds it, and the
// case as the file's inspection found it — its 立案 number, 立案 day and facts.
import type { ProceedingPaperCase } from '../../../shared/domain/documents/proceeding-paper-common';
import { dateKeyOf } from '../../../shared/domain/time';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import { PROCEEDING_KIND } from '../../../shared/domain/vocabulary';
import type { CallContext } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { getUnitSummary } from '../reference/units.service';
import { employerOf, once } from './inspection-papers';
import { appliedSteps, clockEvents, findProceeding, inspectionOfFile, type ProceedingRow } from './proceedings.data';

type Inputs = Record<string, Record<string, unknown>>;

/** The last applied input of each step of the proceeding, by action name. */
function stepInputs(call: CallContext['core'], proceedingId: string): Inputs {
  const out: Inputs = {};
  for (const s of appliedSteps(call.prepare, proceedingId)) out[s.action] = s.input;
  return out;
}

export interface PaperCase {
  p: ProceedingRow;
  inputs: Inputs;
  /** The file's inspection and its steps, where the file has one. */
  inspection: { p: ProceedingRow; inputs: Inputs } | null;
  base: ProceedingPaperCase;
  filedOn: string | null;
  today: string;
}

export const str = (v: unknown) => (typeof v === 'string' ? v : '');
export const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/**
 * Loads the proceeding for a paper: refused when it is not this unit's, not of `kinds`, or none of the `steps` (action →
 * label) has been taken; and one valid paper per file unless regenerating.
 */
export function loadPaperCase(
  call: CallContext,
  proceedingId: string,
  paper: { kind: string; what: string; kinds: readonly ProceedingKind[]; steps: Readonly<Record<string, string>> },
  regenerating: boolean,
): PaperCase {
  const core = call.core;
  const inst = requireInstallation(core);
  const p = findProceeding(core.prepare, proceedingId);
  if (!p || p.unitId !== inst.unitId) throw notFound('该程序');
  if (!paper.kinds.includes(p.kind as ProceedingKind)) {
    throw new ServiceError('VALIDATION', `${paper.what}是${paper.kinds.map((k) => `“${PROCEEDING_KIND.label(k)}”`).join('或')}程序的文书，该程序不是`);
  }
  const inputs = stepInputs(core, p.id);
  if (!Object.keys(paper.steps).some((action) => inputs[action])) {
    const labels = [...new Set(Object.values(paper.steps))];
    throw new ServiceError('CONFLICT', `本程序尚未${labels.join('或')}，不能制作${paper.what}；请先在办案步骤中完成${labels.map((l) => `“${l}”`).join('或')}`);
  }
  once(core, p.caseFileId, paper.kind, paper.what, regenerating);
  const insp = p.kind === 'inspection' ? p : inspectionOfFile(core.prepare, p.caseFileId);
  const inspInputs = insp ? (insp.id === p.id ? inputs : stepInputs(core, insp.id)) : null;
  const facts = inspInputs ? str(inspInputs.closeInvestigation?.facts) || str(inspInputs.issueOrder?.facts) : '';
  return {
    p,
    inputs,
    inspection: insp && inspInputs ? { p: insp, inputs: inspInputs } : null,
    filedOn: insp ? (clockEvents(core.prepare, insp.id).find((e) => e.kind === 'filed')?.date ?? null) : null,
    today: dateKeyOf(core.clock.now()),
    base: {
      organ: getUnitSummary(core, inst.unitId).name,
      caseNumber: insp?.number ?? p.number,
      caseTitle: p.caseTitle,
      employer: employerOf(core, p.id),
      facts,
      issuedOn: dateKeyOf(core.clock.now()),
    },
  };
}
