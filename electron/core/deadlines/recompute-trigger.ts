// When the stored deadlines must be recomputed: after the calendar or a parameter changed, and at a start that
// finds them computed on another basis (an upgrade of the engine, a restored older database). A bureau's few
// hundred open files are recomputed at once, in the caller's time; more run as a job with progress.
import { dateKeyOf } from '../../../shared/domain/time';
import type { CoreServices } from '../kernel/context';
import { getInstallation } from '../kernel/installation';
import { loadCalendar } from './calendar.service';
import { deadlineSettings } from './deadlines.service';
import { basisKey, recomputeDeadlines, storedBasis, type RecomputeParams } from './recompute';

/** Up to this many proceedings are recomputed synchronously (about 1 ms each); beyond it, a job. */
export const SYNC_RECOMPUTE_LIMIT = 500;

export function currentBasis(core: CoreServices): { key: string; params: RecomputeParams } {
  const settings = deadlineSettings(core);
  return { key: basisKey(loadCalendar(core).version, settings), params: { today: dateKeyOf(core.clock.now()), settings } };
}

/**
 * Recomputes when the stored basis is not today's: at once for a few hundred proceedings, else as a job.
 * Returns what it did: null when already up to date.
 */
export function recomputeIfStale(core: CoreServices, actor: { staffId: string | null; sessionId: string | null }): { job: string | null; recomputed: number } | null {
  if (!getInstallation(core)) return null;
  const { key, params } = currentBasis(core);
  if (storedBasis(core.prepare) === key) return null;
  const count = (core.prepare('SELECT count(*) AS n FROM proceedings').get() as { n: number }).n;
  if (count > SYNC_RECOMPUTE_LIMIT) return { job: core.jobs.start('deadlines.recompute', params, actor).id, recomputed: 0 };
  const result = recomputeDeadlines({ db: core.db, now: () => core.clock.now(), progress: () => undefined, cancelled: () => false }, params);
  return { job: null, recomputed: result.recomputed };
}
