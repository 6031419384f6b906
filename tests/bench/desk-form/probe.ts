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
    __deskBench: Probe & {
      /** Arms the probe for the next keydown; `shown` (a test of the page) waits for it to hold before the frame is taken. */
      arm: (shown?: () => boolean) => void;
      /** The armed key's latency, in ms, once its frame has come. */
      result: Promise<number> | null;
    };
  }
}

export function installProbe(): void {
  let armed: { shown?: () => boolean; resolve: (ms: number) => void } | null = null;
  const probe: Window['__deskBench'] = {
    latencies: [],
    longTasks: [],
    events: [],
    result: null,
    arm: (shown) => {
      probe.result = new Promise<number>((resolve) => (armed = { shown, resolve }));
    },
  };
  window.__deskBench = probe;
  document.addEventListener(
    'keydown',
    (e) => {
      const a = armed;
      armed = null;
      if (!a) return;
      const t0 = e.timeStamp;
      const done = (ms: number) => {
        probe.latencies.push(ms);
        a.resolve(ms);
      };
      // The frame after the key's task (its keydown, keypress and input handlers) is the one that paints it; with
      // `shown`, the first frame at which the page shows what the key did.
      const frame = () => {
        if (a.shown && !a.shown()) return void requestAnimationFrame(frame);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done(performance.now() - t0);
        ch.port2.postMessage(0);
      };
      requestAnimationFrame(frame);
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
