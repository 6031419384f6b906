// In the page: what a keystroke costs until the screen shows it. A key's latency runs from its keydown's timestamp
// to the first task after the next animation frame (the frame that paints it); 'event' entries (Event Timing: the
// input's processing up to the next paint) and 'longtask' entries are collected alongside.
//
// That latency includes the wait for the display's next frame (0–16.7 ms at 60 Hz, by where in the frame the key
// came), so each key also records what tells the wait from the work: the end of its own handlers (the last of its
// keydown, keypress and input listeners, and the microtasks React flushes after them) and the frame's timestamp (the
// vsync the frame began at), from which `framesMissed` below says whether the first frame after the key showed it.
export interface KeyTiming {
  /** The keydown's timestamp (performance.now() scale). */
  t0: number;
  /** The end of the key's own handlers: keydown, keypress, input and the microtasks after each. */
  handlersEnd: number;
  /** The timestamp of the animation frame that shows the key (its vsync). */
  frame: number;
  /** The first task after that frame: its style, layout, paint and commit are done. */
  done: number;
  /** done − t0: the figure the benchmark has always reported. */
  latency: number;
}

export interface Probe {
  latencies: number[];
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number; targetId: string }[];
}

declare global {
  interface Window {
    __deskBench: Probe & {
      /** Arms the probe for the next keydown; `shown` (a test of the page) waits for it to hold before the frame is taken. */
      arm: (shown?: () => boolean) => void;
      /** The armed key's timing, once its frame has come. */
      result: Promise<KeyTiming> | null;
      /** The timestamps of `n` consecutive animation frames: the display's frame period. */
      frames: (n: number) => Promise<number[]>;
    };
  }
}

export function installProbe(): void {
  let armed: { shown?: () => boolean; resolve: (t: KeyTiming) => void } | null = null;
  // The key in flight: its handlers' end is moved on by each of its events until its frame is taken.
  let current: { t0: number; handlersEnd: number; wantsInput: boolean; inputSeen: boolean } | null = null;
  const probe: Window['__deskBench'] = {
    latencies: [],
    longTasks: [],
    events: [],
    result: null,
    arm: (shown) => {
      probe.result = new Promise<KeyTiming>((resolve) => (armed = { shown, resolve }));
    },
    frames: (n) =>
      new Promise((resolve) => {
        const ts: number[] = [];
        const next = (t: number) => (ts.push(t) < n ? requestAnimationFrame(next) : resolve(ts));
        requestAnimationFrame(next);
      }),
  };
  window.__deskBench = probe;
  document.addEventListener(
    'keydown',
    (e) => {
      const a = armed;
      armed = null;
      if (!a) return;
      const t0 = e.timeStamp;
      const key = { t0, handlersEnd: t0, wantsInput: e.key.length === 1 && !e.ctrlKey && !e.altKey && !e.metaKey, inputSeen: false };
      current = key;
      const done = (frame: number, end: number) => {
        if (current === key) current = null;
        const latency = end - t0;
        probe.latencies.push(latency);
        a.resolve({ t0, handlersEnd: key.handlersEnd, frame, done: end, latency });
      };
      // The frame after the key's task (its keydown, keypress and input handlers) is the one that paints it; with
      // `shown`, the first frame at which the page shows what the key did. A typed character is shown only once its
      // input event has run: a frame that came between its keydown and its input does not count.
      const frame = (ts: number) => {
        if ((a.shown && !a.shown()) || (key.wantsInput && !key.inputSeen)) return void requestAnimationFrame(frame);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done(ts, performance.now());
        ch.port2.postMessage(0);
      };
      requestAnimationFrame(frame);
    },
    { capture: true },
  );
  // On the window, bubbling: after the page's own listeners (React's are on its root) and the microtasks each of them
  // left (React flushes a discrete event's render in one). A microtask more catches what those queued in turn.
  const ended = (e: Event) => {
    const key = current;
    if (!key) return;
    if (e.type === 'input') key.inputSeen = true;
    key.handlersEnd = performance.now();
    queueMicrotask(() => (key.handlersEnd = Math.max(key.handlersEnd, performance.now())));
  };
  for (const type of ['keydown', 'keypress', 'input']) window.addEventListener(type, ended);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const target = (e as PerformanceEntry & { target?: Node | null }).target;
      probe.events.push({ name: e.name, start: e.startTime, duration: e.duration, targetId: target instanceof Element ? target.id : '' });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

export function stats(xs: number[]): { n: number; p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
}

/**
 * The display's frame period, from animation-frame timestamps: the median gap says roughly (some frames are skipped),
 * the span over the whole number of periods it holds says exactly — timestamps are rounded to 0.1 ms, and a period off
 * by that drifts a whole frame over the run.
 */
export function framePeriod(frames: number[]): number {
  const gaps = frames.slice(1).map((t, i) => t - frames[i]);
  const rough = stats(gaps).p50;
  const span = frames[frames.length - 1] - frames[0];
  return span / Math.round(span / rough);
}

/**
 * Frames the key missed: 0 when the frame that shows it is the first frame that began after its keydown. Frames begin
 * at vsyncs, a whole number of periods apart; the first after the key is the first vsync at or after its timestamp.
 * That frame shows the key when its main-thread work — the key's handlers, then the frame's style, layout, paint and
 * commit (`done`) — is over before the next vsync: a main-thread part that is late is drawn a frame later. (An idle
 * page that asks for a frame may get one at once, stamped with the vsync before the key: Chromium's "missed" begin
 * frame. It shows the key in time all the same if its work ends by the vsync after next.)
 */
export function framesMissed(k: KeyTiming, period: number): number {
  const slack = 0.5; // timestamps are rounded (Chromium: to 0.1 ms)
  const first = k.frame + period * Math.ceil((k.t0 - k.frame - slack) / period);
  return Math.max(0, Math.ceil((k.done - first - slack) / period) - 1);
}
