// Where a start's time goes (issue #15 item 5): each step of createCore on the way to the first screen, and the work
// done after the start-up integrity verdict (which, for a large file, comes from a worker after the first screen).
// Logged once the core is open; read by the start-up benchmark (tests/bench/startup.ts).
export interface StartupTimings {
  /** Milliseconds per step on the critical path, in order: open (file and pragmas), inspect, migrationsCheck, quickCheck, migrate, services, afterCheck. */
  readonly phases: Record<string, number>;
  /** Milliseconds of the work after a verdict that came from the worker (calendar, stored-files sweep, index and deadline checks, daily duties). */
  readonly afterCheck: Record<string, number>;
  /** Whether quick_check ran in place (a small file, or one about to be migrated) or in a worker, off the critical path. */
  /** 'background': in a worker while writes already go ahead (a clean close, durability/clean-close.ts). */
  quickCheck: 'inPlace' | 'worker' | 'background' | 'none';
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export function startupClock(): StartupTimings & { mark(phase: string): void; time<T>(into: Record<string, number>, name: string, fn: () => T): T } {
  let last = performance.now();
  const phases: Record<string, number> = {};
  const afterCheck: Record<string, number> = {};
  return {
    phases,
    afterCheck,
    quickCheck: 'none',
    mark(phase) {
      const now = performance.now();
      phases[phase] = round((phases[phase] ?? 0) + now - last);
      last = now;
    },
    time(into, name, fn) {
      const t = performance.now();
      try {
        return fn();
      } finally {
        into[name] = round((into[name] ?? 0) + performance.now() - t);
      }
    },
  };
}
