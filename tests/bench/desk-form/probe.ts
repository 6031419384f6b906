// In the page: what a keystroke costs until the screen shows it. A key's latency runs from its keydown's timestamp
// to the first task after the next animation frame (the frame that paints it); 'event' entries (Event Timing: the
// input's processing up to the next paint) and 'longtask' entries are collected alongside.
export interface Probe {
  latencies: number[];
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number }[];
}

declare global {
  interface Window {
    __deskBench: Probe & { pending: ((ms: number) => void) | null; nextKey: () => Promise<number>; until: (test: () => boolean) => Promise<number> };
  }
}

export function installProbe(): void {
  const afterPaint = (t0: number, done: (ms: number) => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  const probe: Window['__deskBench'] = {
    latencies: [],
    longTasks: [],
    events: [],
    pending: null,
    // Resolves with the latency of the next key pressed.
    nextKey: () => new Promise<number>((resolve) => (probe.pending = resolve)),
    // Resolves when `test` holds (checked each frame), with the time since the last keydown.
    until: (test) =>
      new Promise<number>((resolve) => {
        const t0 = lastKeyDown;
        const check = () => (test() ? afterPaint(t0, resolve) : requestAnimationFrame(check));
        check();
      }),
  };
  let lastKeyDown = 0;
  window.__deskBench = probe;
  document.addEventListener(
    'keydown',
    (e) => {
      lastKeyDown = e.timeStamp;
      const done = probe.pending;
      probe.pending = null;
      if (done) afterPaint(e.timeStamp, (ms) => { probe.latencies.push(ms); done(ms); });
    },
    { capture: true },
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

export function stats(xs: number[]): { n: number; p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
}
