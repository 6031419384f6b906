// Which stored clocks keep their trace (计算过程) as text, and the short hash that proves an on-demand trace is the one
// computed then. Everything else in a trace follows from the proceeding's events, the calendar and the parameters in
// force on the day it was computed, which the database keeps.
import { createHash } from 'node:crypto';
import { dateKeyOf } from '../../../shared/domain/time';

/** 48 bits of SHA-256 of the trace's JSON, as a plain integer (SQLite stores it in 6 bytes). */
export function traceHash(trace: readonly string[]): number {
  return Number.parseInt(createHash('sha256').update(JSON.stringify(trace)).digest('hex').slice(0, 12), 16);
}

/**
 * A clock whose trace cannot be recomputed later from what is stored keeps it: a pause still open counts to the day it
 * was computed (the engine's today), and a provisional date names years the calendar will have entered by then — both
 * rare. So does a clock computed on a day other than its computed_at's (a bulk load with a fixed today).
 */
export function keepsTrace(d: { paused: boolean; provisional: boolean }, today: string, computedAt: number): boolean {
  return d.paused || d.provisional || dateKeyOf(computedAt) !== today;
}
