// Main's side of keeping the core's utilityProcess alive. What main and the core host say to each other is defined
// once, for both, in shared/contract/host-protocol.ts.

/** How many unexpected core exits in how long before main stops restarting it and explains instead. */
export const CORE_RESTART_LIMIT = { count: 3, windowMs: 60_000 } as const;

/** Whether to restart after an unexpected exit, given the times of recent exits (including this one). */
export function shouldRestartCore(exitTimes: readonly number[], now: number): boolean {
  return exitTimes.filter((t) => now - t <= CORE_RESTART_LIMIT.windowMs).length < CORE_RESTART_LIMIT.count;
}
