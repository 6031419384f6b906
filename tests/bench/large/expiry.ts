// The listings of the generated history whose three-year term ended before its last day ('today' of the history,
// LARGE_UNTIL) are ended as the app's daily duty ends them (electron/core/blacklist/blacklist-expiry.ts endListing:
// the 'expire' step as the system — its 'delisted' event, its timeline line, its audit row, its stored clocks, and
// the file closed where nothing else keeps it open), each on the day its term ended: the core's clock is set to that
// day for the step, as if the bureau's PC had been on that morning. A built database so holds no listing past its
// term, and the app's first start has nothing to end (tests/integration/seed-lawful.test.ts).
import { endListing } from '../../../electron/core/blacklist/blacklist-expiry';
import { listingsDue } from '../../../electron/core/blacklist/blacklist.data';
import { storeProceedingDeadlines, type DeadlineBasis } from '../../../electron/core/deadlines/stored-deadlines';
import { findProceeding } from '../../../electron/core/proceedings/proceedings.data';
import type { Clock, CoreServices } from '../../../electron/core/kernel/context';
import { instantOf } from '../../../shared/domain/time';

/** The seed's core clock: the wall clock, or a fixed instant while a step of the history is taken through the app. */
export class SeedClock implements Clock {
  private fixed: number | null = null;
  now(): number {
    return this.fixed ?? Date.now();
  }
  /** Runs fn with the clock at `at`. */
  at<T>(at: number, fn: () => T): T {
    this.fixed = at;
    try {
      return fn();
    } finally {
      this.fixed = null;
    }
  }
}

/**
 * Ends every listing whose term ended on or before `until`, in the order of their last days (the duty's own order);
 * the step's clocks are then stored again on the build's basis, as every other proceeding's (seed-large.ts). Returns
 * how many.
 */
export function endListingsAtTerm(services: CoreServices, clock: SeedClock, until: string, basis: DeadlineBasis): number {
  let n = 0;
  for (const due of listingsDue(services.prepare, until)) {
    // The duty runs when the PC starts in the morning.
    if (!clock.at(instantOf(due.dueDate, '08:30'), () => endListing(services, due))) continue;
    const p = findProceeding(services.prepare, due.proceedingId)!;
    storeProceedingDeadlines(services.prepare, instantOf(basis.today, '18:00'), p, basis);
    n++;
  }
  return n;
}
