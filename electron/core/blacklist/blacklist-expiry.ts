// 期满移出 without anybody pressing a button: three years after the 列入决定 the listing ends (《拖欠农民工工资失信联合惩戒
// 对象名单管理暂行办法》), so every day — at each start and on the scheduler's ticks — the listings whose term has ended
// are removed as the system, each dated the day its term ended (a PC switched off for a week catches up with the
// right dates), on the timeline and in the audit chain. Idempotent: a removed listing is no longer 'listed'.
import { lastEventDate } from '../../../shared/domain/proceedings';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CoreServices } from '../kernel/context';
import { getInstallation } from '../kernel/installation';
import { systemStep, viewBasis } from '../proceedings/engine';
import { findProceeding, viewOf } from '../proceedings/proceedings.data';
import { listingsDue } from './blacklist.data';

export const EXPIRY_CHANNEL = 'system.blacklistExpiry';

/** Removes every listing whose term has ended; returns how many. A listing refused (a step pending) is left for the next run. */
export function removeExpiredListings(core: CoreServices): { removed: number; refused: { proceedingId: string; reason: string }[] } {
  if (!getInstallation(core)) return { removed: 0, refused: [] };
  const today = dateKeyOf(core.clock.now());
  const refused: { proceedingId: string; reason: string }[] = [];
  let removed = 0;
  for (const due of listingsDue(core.prepare, today)) {
    try {
      if (endListing(core, due)) removed++;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      refused.push({ proceedingId: due.proceedingId, reason });
      core.logger.warn('blacklist expiry refused', { proceedingId: due.proceedingId, reason });
    }
  }
  if (removed > 0) core.logger.info('listings removed at the end of their term', { removed });
  return { removed, refused };
}

/**
 * One listing's 期满移出 as the system, on the core clock's day (removeExpiredListings; seed:large ends the listings of
 * its generated history through it, its clock set to each term's last day). False when the proceeding is gone.
 */
export function endListing(core: CoreServices, due: { proceedingId: string; dueDate: string }): boolean {
  const p = findProceeding(core.prepare, due.proceedingId);
  if (!p) return false;
  // Dated the day the term ended — or, where a later step was recorded meanwhile, that step's day (acts happen in order).
  const last = lastEventDate(viewOf(core.prepare, p, dateKeyOf(core.clock.now()), viewBasis(core)));
  const date = last && last > due.dueDate ? last : due.dueDate;
  systemStep(core, p.id, 'expire', { date }, EXPIRY_CHANNEL);
  return true;
}
