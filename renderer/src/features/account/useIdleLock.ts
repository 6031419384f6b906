// Locks the screen after the minutes set in 参数 (security.idleLockMinutes) without keyboard, mouse or touch input.
// Only real input counts: a list refreshing itself does not keep the desk open.
import { useEffect } from 'react';
import { touchSession } from '../../app/queries';

const INPUT_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'pointerdown'] as const;
/** How often activity is reported to the core, which locks a session it has not heard from itself. */
const KEEPALIVE_MS = 60_000;

export function useIdleLock(minutes: number, active: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!active || minutes <= 0) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let reported = last;
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) onIdle();
      else timer = setTimeout(check, limit - idle);
    };
    const seen = () => {
      last = Date.now();
      if (last - reported >= Math.min(KEEPALIVE_MS, limit / 2)) {
        reported = last;
        keepAlive();
      }
    };
    for (const e of INPUT_EVENTS) window.addEventListener(e, seen, { capture: true, passive: true });
    timer = setTimeout(check, limit);
    return () => {
      clearTimeout(timer);
      for (const e of INPUT_EVENTS) window.removeEventListener(e, seen, { capture: true });
    };
  }, [minutes, active, onIdle]);
}

/** Tells the core the person is still at work (it locks a session after the same idle time counted from the last call). */
function keepAlive(): void {
  void touchSession().catch(() => {});
}
