// 回避 as the core enforces it inside the step's transaction (step-effects.ts): the decider checked against the stored
// application — the chair sitting as arbitrator decided on by the committee, the 仲裁院's head only where the chair
// designated him (the committee's setting), nobody on himself (办案规则 Art. 11) — and, once a recusal is granted, the
// new tribunal refused if it seats the person again (调解仲裁法 Art. 34); a replacement named with the decision takes the
// seat at once, checked as 组庭 checks a tribunal.
import { deciderProblem, RECUSAL_DELEGATION_PARAMETER, RECUSAL_SEATS, type RecusalDecider, type RecusalSeat } from '../../../shared/domain/proceedings/arbitration-recusal';
import type { Prepare } from '../../../db/statements';
import type { CallContext } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { parameterLookup } from '../reference/parameters.service';
import { appliedSteps, viewOf, type AppliedStep, type ProceedingRow } from '../proceedings/proceedings.data';
import { tribunalProblems } from '../../../shared/domain/proceedings/arbitration';
import { dateKeyOf } from '../../../shared/domain/time';
import { tribunalOf } from '../hearings/hearings.data';
import { staffNamesOf } from './recusal.data';
import { seatTribunal } from './tribunal-seats';

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

const ART34 = '《劳动争议调解仲裁法》第三十四条';

/** The people whose recusal was granted on this proceeding before now: each grant answers the application before it. */
function recusedBefore(prepare: Prepare, proceedingId: string): string[] {
  const out: string[] = [];
  let applied: AppliedStep | null = null;
  for (const s of appliedSteps(prepare, proceedingId)) {
    if (s.action === 'applyRecusal') applied = s;
    else if (s.action === 'grantRecusal' && applied) out.push(str(applied.input.person).trim());
  }
  return out;
}

/**
 * 调解仲裁法 Art. 34: the replacement named with a granted recusal takes the challenged person's seat — the clerk's, or
 * that arbitrator's (presiding stays presiding) — in the step's own transaction. Refused at the field, nothing written:
 * the challenged person himself, anyone recused earlier on the case, and whatever 组庭 refuses (not on the team, no
 * valid 仲裁员证, account stopped, a second seat); and a replacement booked elsewhere or away at the case's hearings
 * still to come, which otherwise sit with him.
 */
export function seatReplacement(call: CallContext, p: ProceedingRow, input: { date: string; replacementStaffId: string }, now: number): void {
  const prepare = call.core.prepare;
  const applied = lastApplication(prepare, p.id);
  const t = tribunalOf(prepare, p.id);
  if (!applied || !t) throw new ServiceError('STEP_BLOCKED', '本案尚未组成仲裁庭，没有可以接替的席位');
  const person = str(applied.input.person).trim();
  const seat = seatOf(applied);
  const id = input.replacementStaffId;
  const [name] = staffNamesOf(prepare, [id]);
  const field = (message: string) => invalid({ replacementStaffId: message });
  if (name === person) throw field(`${person}正是被申请回避的人员，不能接替自己，请另行指定（${ART34}）`);
  if (name && recusedBefore(prepare, p.id).includes(name)) throw field(`${name}已在本案被决定回避，不能再担任本案的仲裁员或书记员（${ART34}）`);
  const arbitratorIds = t.arbitrators.map((a) => a.id);
  let clerkStaffId = t.clerk.id;
  if (seat === 'clerk') {
    if (t.clerk.name !== person) throw field(`${person}不是本案现任书记员，无从接替；请先核对回避申请所列的人员`);
    clerkStaffId = id;
  } else {
    const at = t.arbitrators.findIndex((a) => a.name === person);
    if (at < 0) throw field(`${person}不是本案仲裁庭的仲裁员，无从接替；请先核对回避申请所列的人员`);
    arbitratorIds[at] = id;
  }
  // The same checks as 组庭 (shared/domain/proceedings/arbitration.ts), said at this field.
  const compose = { date: input.date, form: t.form, presidingStaffId: arbitratorIds[0]!, memberStaffIds: arbitratorIds.slice(1), clerkStaffId };
  const problems = tribunalProblems(viewOf(prepare, p, dateKeyOf(now)), compose);
  if (problems) throw field(Object.values(problems)[0]!);
  seatTribunal(prepare, p, { form: t.form, arbitratorIds, clerkStaffId, composedOn: input.date }, now, { field: 'replacementStaffId', newcomers: [id] });
}
