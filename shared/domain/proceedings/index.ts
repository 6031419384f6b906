// Every kind of proceeding, one definition each: a kind without one does not compile.
import type { ProceedingKind } from '../vocabulary';
import { arbitration } from './arbitration';
import { blacklisting } from './blacklisting';
import type { ProceedingDefinition } from './definition';
import { enforcement } from './enforcement';
import { inspection } from './inspection';
import { jointMediation } from './joint-mediation';
import { policeReferral } from './police-referral';

export const PROCEEDINGS = {
  inspection,
  jointMediation,
  arbitration,
  policeReferral,
  blacklisting,
  enforcement,
} satisfies Record<ProceedingKind, ProceedingDefinition<string>>;

export function proceedingDefinition(kind: ProceedingKind): ProceedingDefinition {
  return PROCEEDINGS[kind] as unknown as ProceedingDefinition;
}

/** Every status any kind uses, with its label: the contract's enum and the chips read it. */
export function proceedingStatusLabel(kind: ProceedingKind, status: string): string {
  return (proceedingDefinition(kind).states as Record<string, string>)[status] ?? status;
}

export * from './definition';
