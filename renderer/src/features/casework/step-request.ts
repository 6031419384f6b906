// A step asked for from elsewhere on the case page — the missed instalment's way back (调解协议履行情况) — opens in its
// proceeding's card, in one click: the card's steps listen for a request naming their proceeding.
import { useSyncExternalStore } from 'react';

export interface StepRequest {
  proceedingId: string;
  action: string;
}

let current: StepRequest | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** Asks the proceeding's card to open this step's dialog. */
export function requestStep(proceedingId: string, action: string): void {
  current = { proceedingId, action };
  emit();
}

/** Called by the card once it has taken the request (opened the dialog, or found the step gone). */
export function clearStepRequest(): void {
  if (current === null) return;
  current = null;
  emit();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The pending request for this proceeding, if any. */
export function useStepRequest(proceedingId: string): StepRequest | null {
  const r = useSyncExternalStore(subscribe, () => current);
  return r && r.proceedingId === proceedingId ? r : null;
}
