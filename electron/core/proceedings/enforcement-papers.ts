// What the 强制执行申请书 reads: the application step (the inspection's 申请法院强制执行, or the 申请强制执行
// proceeding's), the decisions of the file's inspection with their numbers and the day each was served, the day the
// challenge periods ran out, the 催告 and the last day of its ten working days as the deadline engine stored them,
// and per worker what is owed, paid (what counts, 条例 Arts. 11, 31) and still owed. The builder is pure
// (shared/domain/documents/enforcement-application.ts).
import type { EnforcementApplicationData } from '../../../shared/domain/documents/enforcement-application';
import { compensationFen } from '../../../shared/domain/proceedings/inspection-decisions';
import { caseWorkers } from '../evidence/workers.service';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { stepServices } from './inspection-papers';
import { loadPaperCase, num, str } from './paper-case';
import { approvedStep, clockEvents, fileLeaderName, issuedNumber, storedDue } from './proceedings.data';

const WHAT = '强制执行申请书';
/** The step the paper follows: the inspection's 申请法院强制执行, or the enforcement proceeding's. */
const APPLY_STEPS = { applyEnforcement: '申请法院强制执行', apply: '申请法院强制执行' };

export function enforcementApplicationData(call: CallContext, proceedingId: string, regenerating = false): { data: EnforcementApplicationData; caseFileId: string } {
  const c = loadPaperCase(
    call,
    proceedingId,
    { kind: 'enforcementApplication', what: WHAT, kinds: ['inspection', 'enforcement'], steps: APPLY_STEPS },
    regenerating,
  );
  const prepare = call.core.prepare;
  const fileId = c.p.caseFileId;
  const insp = c.inspection;
  if (!insp?.inputs.demand) throw new ServiceError('CONFLICT', `本案的监察案件尚未催告，不能制作${WHAT}；申请强制执行须先催告（《中华人民共和国行政强制法》第五十四条）`);
  const applied = c.p.kind === 'inspection' ? c.inputs.applyEnforcement! : c.inputs.apply!;
  const firstServed = (kind: 'handlingDecision' | 'penaltyDecision') =>
    stepServices(call.core, insp.p.id, kind)
      .map((s) => s.date)
      .sort()[0] ?? clockEvents(prepare, insp.p.id).find((e) => e.kind === 'decisionServed')?.date ?? null;
  const decisions: EnforcementApplicationData['decisions'] = [];
  const h = insp.inputs.decideHandling;
  if (h) decisions.push({ kind: 'handling', date: str(h.date), number: issuedNumber(prepare, fileId, 'handlingDecision'), amountFen: num(h.wagesFen) + compensationFen(num(h.wagesFen), num(h.compensationPercent)), servedOn: firstServed('handlingDecision') });
  const pen = insp.inputs.decidePenalty;
  if (pen) decisions.push({ kind: 'penalty', date: str(pen.date), number: issuedNumber(prepare, fileId, 'penaltyDecision'), amountFen: num(pen.fineFen), servedOn: firstServed('penaltyDecision') });
  const demandDue = storedDue(prepare, insp.p.id, 'enforcement.demand');
  if (!demandDue) throw new ServiceError('CONFLICT', '未能算得催告履行的期限，请核对催告书的送达日期');
  const approval = c.p.kind === 'enforcement' ? approvedStep(prepare, c.p.id, 'apply') : null;
  return {
    caseFileId: fileId,
    data: {
      ...c.base,
      date: str(applied.date),
      court: str(applied.court) || '有管辖权的人民法院',
      leader: approval?.approver ?? fileLeaderName(prepare, fileId),
      filedOn: c.filedOn,
      decisions,
      appealEnd: clockEvents(prepare, insp.p.id).find((e) => e.kind === 'appealPeriodExpired')?.date ?? null,
      demand: { date: str(insp.inputs.demand.date), due: demandDue },
      workers: caseWorkers(call, fileId).workers.map((w) => ({ name: w.name, owedFen: w.owedFen, paidFen: w.paidFen, outstandingFen: w.outstandingFen })),
    },
  };
}
