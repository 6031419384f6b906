// Compacting the stored traces of an older database: a clock's trace (计算过程) is dropped only where the engine,
// recomputing the proceeding from its events on the basis of the day the clock was computed, gives exactly the same
// lines; the rest keep their text (a calendar or parameter changed since, a pause still open, a provisional date).
import { statementCache, type Prepare } from '../../../db/statements';
import type { HolidayCalendar } from '../../../shared/domain/calendar';
import type { DeadlineSettings } from '../../../shared/domain/deadline-rules';
import { deadlinesFromEvents } from '../../../shared/domain/deadline-state';
import { dateKeyOf } from '../../../shared/domain/time';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import { derivedTx } from '../kernel/tx';
import type { Db } from '../../../db/open';
import { proceedingEvents } from './stored-deadlines';
import { keepsTrace, traceHash } from './trace-hash';

interface StoredRow {
  id: string;
  rule_id: string;
  party: string;
  award_finality: string;
  trace: string;
  status: string;
  provisional: number;
  computed_at: number;
}

const BATCH = 500;

/** One proceeding's rows with a stored trace: those re-derived identically lose it. Returns how many did. */
export function compactProceeding(prepare: Prepare, proceedingId: string, kind: ProceedingKind, calendar: HolidayCalendar, settings: DeadlineSettings): number {
  const rows = prepare(
    'SELECT id, rule_id, party, award_finality, trace, status, provisional, computed_at FROM deadlines WHERE proceeding_id = ? AND trace IS NOT NULL',
  ).all(proceedingId) as StoredRow[];
  if (rows.length === 0) return 0;
  const events = proceedingEvents(prepare, proceedingId);
  const byDay = new Map<string, ReturnType<typeof deadlinesFromEvents>>();
  const update = prepare('UPDATE deadlines SET trace = NULL, trace_hash = ? WHERE id = ?');
  let compacted = 0;
  for (const r of rows) {
    const today = dateKeyOf(r.computed_at);
    if (keepsTrace({ paused: r.status === 'paused', provisional: r.provisional === 1 }, today, r.computed_at)) continue;
    let states = byDay.get(today);
    if (!states) byDay.set(today, (states = deadlinesFromEvents(events, { today, calendar, settings, proceedingKind: kind })));
    const same = states.find((s) => s.rule === r.rule_id && (s.party ?? '') === r.party && (s.awardFinality ?? '') === r.award_finality);
    if (!same || JSON.stringify(same.trace) !== r.trace) continue;
    update.run(traceHash(same.trace), r.id);
    compacted++;
  }
  return compacted;
}

/** Every proceeding with a stored trace, in batches that commit one by one (a cancelled run leaves the rest as they were). */
export function compactStoredTraces(ctx: { db: Db; progress(done: number, total: number, message: string): void; cancelled(): boolean }, prepare: Prepare = statementCache(ctx.db), calendar: HolidayCalendar, settings: DeadlineSettings): { compacted: number; cancelled: boolean } {
  const todo = prepare('SELECT DISTINCT d.proceeding_id AS id, p.kind FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id WHERE d.trace IS NOT NULL ORDER BY d.proceeding_id').all() as { id: string; kind: ProceedingKind }[];
  let compacted = 0;
  for (let i = 0; i < todo.length; i += BATCH) {
    if (ctx.cancelled()) return { compacted, cancelled: true };
    derivedTx(ctx.db, () => {
      for (const p of todo.slice(i, i + BATCH)) compacted += compactProceeding(prepare, p.id, p.kind, calendar, settings);
    });
    ctx.progress(Math.min(i + BATCH, todo.length), todo.length, `已精简 ${Math.min(i + BATCH, todo.length)} / ${todo.length} 个程序的期限计算过程`);
  }
  return { compacted, cancelled: false };
}
