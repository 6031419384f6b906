// The consent guard the proceedings engine asks before a collective case's representatives change the claims,
// withdraw or settle (办案规则 Art. 63): the represented workers' consent, recorded on or before the step's day, is
// required — and used up by the step — or the step is refused naming who has not consented.
import { CONSENT_FOR_STEP, consentProblem, type ConsentAct } from '../../../shared/domain/arbitration-group';
import type { Prepare } from '../../../db/statements';
import { ServiceError } from '../kernel/errors';
import { applicantsOf } from './arbitration.data';
import { openConsent, representativesOf, useConsent } from './arbitration-groups.data';

/** The applicants a collective case's representatives act for: every applicant not a representative. */
export function representedWorkers(prepare: Prepare, proceedingId: string, representativeIds: readonly string[]): { id: string; name: string }[] {
  const reps = new Set(representativeIds);
  return applicantsOf(prepare, proceedingId)
    .filter((a) => !reps.has(a.id))
    .map((a) => ({ id: a.id, name: a.name }));
}

/** Why the representatives may not take this act on `date` for want of consent, with the consent that would serve. */
export function consentCheck(prepare: Prepare, proceedingId: string, act: ConsentAct, date: string): { problem: string | null; consentId: string | null } {
  const reps = representativesOf(prepare, proceedingId);
  if (reps.length === 0) return { problem: null, consentId: null };
  const consent = openConsent(prepare, proceedingId, act, date);
  const problem = consentProblem(act, representedWorkers(prepare, proceedingId, reps.map((r) => r.id)), consent?.workerIds ?? null);
  return { problem, consentId: consent?.id ?? null };
}

/** Refuses an arbitration step the represented workers have not consented to; marks the consent used otherwise. */
export function requireStepConsent(prepare: Prepare, proceedingId: string, action: string, date: string, now: number): void {
  const act = CONSENT_FOR_STEP[action];
  if (!act) return;
  const { problem, consentId } = consentCheck(prepare, proceedingId, act, date);
  if (problem) throw new ServiceError('STEP_BLOCKED', problem);
  if (consentId) useConsent(prepare, consentId, now);
}

