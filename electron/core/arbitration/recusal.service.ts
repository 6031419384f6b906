// 回避 as the core enforces it inside the step's transaction (step-effects.ts): the decider checked against the stored
// application — the chair sitting as arbitrator decided on by the committee, the 仲裁院's head only where the chair
// designated him (the committee's setting), nobody on himself (办案规则 Art. 11) — and, once a recusal is granted, the
// new tribunal refused if it seats the person again (调解仲裁法 Art. 34).
import { deciderProblem, RECUSAL_DELEGATION_PARAMETER, RECUSAL_SEATS, type RecusalDecider, type RecusalSeat } from '../../../shared/domain/proceedings/arbitration-recusal';
import type { Prepare } from '../../../db/statements';
import type { CallContext } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { parameterLookup } from '../reference/parameters.service';
import { appliedSteps, type AppliedStep, type ProceedingRow } from '../proceedings/proceedings.data';
import { staffNamesOf } from './recusal.data';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The seat of an application; one stored before seats were asked is an arbitrator's (the only seat then named). */
export function seatOf(applied: Pick<AppliedStep, 'input'>): RecusalSeat {
  const s = str(applied.input.seat);
  return s in RECUSAL_SEATS ? (s as RecusalSeat) : 'arbitrator';
}

/** The application a decision answers: the latest one. */
export function lastApplication(prepare: Prepare, proceedingId: string): AppliedStep | null {
  return appliedSteps(prepare, proceedingId).filter((s) => s.action === 'applyRecusal').at(-1) ?? null;
}

export function checkRecusalDecider(call: CallContext, p: ProceedingRow, input: Record<string, unknown>): void {
  const applied = lastApplication(call.core.prepare, p.id);
  if (!applied) throw new ServiceError('STEP_BLOCKED', '没有待决定的回避申请');
  const delegated = parameterLookup(call.core, str(input.date))(RECUSAL_DELEGATION_PARAMETER) === true;
  const problems = deciderProblem(seatOf(applied), str(applied.input.person), input.decider as RecusalDecider, str(input.deciderName), delegated);
  if (problems) throw invalid(problems);
}

/** 调解仲裁法 Art. 34: after a granted recusal the person takes no further part — the new tribunal may not seat him. */
export function checkNotRecused(prepare: Prepare, p: ProceedingRow, arbitratorIds: readonly string[], clerkId: string): void {
  if (p.status !== 'recusalGranted') return;
  const applied = lastApplication(prepare, p.id);
  const person = applied ? str(applied.input.person).trim() : '';
  if (!person) return;
  const names = staffNamesOf(prepare, [...arbitratorIds, clerkId]);
  const at = names.findIndex((n) => n === person);
  if (at < 0) return;
  const field = at === 0 ? 'presidingStaffId' : at === names.length - 1 ? 'clerkStaffId' : 'memberStaffIds';
  throw invalid({ [field]: `${person}已被决定回避，不能再担任本案的仲裁员或书记员，请另行指定（《劳动争议调解仲裁法》第三十四条）` });
}
