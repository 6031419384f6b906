// The background step that empties the term postings' second tier (pending-postings.data.ts) into intake_postings:
// one batch a tick, in its own short transaction, when the core has been idle a moment (or a quarter of the tier is taken), so
// a desk's save never waits behind it and a merge cut by a close goes on from the tier's rows at the next tick.
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';
import { derivedTx } from '../kernel/tx';
import { mergePending, PENDING_CAP, PENDING_SQL } from './pending-postings.data';

/** A tick merges only after this long without a call (unless a quarter of the tier is taken). */
export const MERGE_IDLE_MS = 1000;

export function waitingCount(prepare: Prepare): number {
  return (prepare(PENDING_SQL.count).get() as { n: number }).n;
}

/** One merge step; returns how many intakes it moved (0: nothing waiting, or not idle yet). */
export function mergeStep(db: Db, prepare: Prepare, idleMs: number): number {
  const waiting = waitingCount(prepare);
  if (waiting === 0 || (idleMs < MERGE_IDLE_MS && waiting < PENDING_CAP / 4)) return 0;
  return derivedTx(db, () => mergePending(prepare));
}

/**
 * The core's merge timer: a step each MERGE_IDLE_MS once writes may go ahead, skipped while `paused()` (handed over,
 * restoring, closed), its timer added to `timers` (none when null). `called()` marks a call, so a step waits for a
 * quiet moment.
 */
export function postingsMerger(
  o: { target: () => { db: Db; prepare: Prepare } | null; paused: () => boolean; writesReady: () => Promise<void>; onError: (e: unknown) => void },
  timers: NodeJS.Timeout[] | null,
) {
  let lastCallAt = performance.now();
  const step = () => {
    const t = o.target();
    if (!t || o.paused()) return;
    try {
      mergeStep(t.db, t.prepare, performance.now() - lastCallAt);
    } catch (e) {
      o.onError(e);
    }
  };
  timers?.push(setInterval(() => void o.writesReady().then(step, () => undefined), MERGE_IDLE_MS).unref());
  return { called: () => void (lastCallAt = performance.now()) };
}
