// The computation (计算过程) of a stored clock, on demand: the clocks store their date, state and the hash of their
// trace; the trace itself is recomputed by the same engine from the proceeding's events on the basis of the day it was
// computed (the calendar, and the parameters in force that day), and shown as that day's only if it hashes the same.
import type { DeadlineTraceOut } from '../../../shared/contract/casework';
import { deadlineSettingsFrom } from '../../../shared/domain/parameters';
import { dateKeyOf } from '../../../shared/domain/time';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import type { Prepare } from '../../../db/statements';
import type { DeadlineSettings } from '../../../shared/domain/deadline-rules';
import type { HolidayCalendar } from '../../../shared/domain/calendar';
import type { CoreServices } from '../kernel/context';
import { notFound } from '../kernel/errors';
import { parameterLookup } from '../reference/parameters.service';
import { loadCalendar } from './calendar.service';
import { computeProceedingDeadlines } from './stored-deadlines';
import { traceHash } from './trace-hash';

interface TraceRow {
  proceeding_id: string;
  kind: ProceedingKind;
  rule_id: string;
  party: string;
  award_finality: string;
  trace: string | null;
  trace_hash: number | null;
  computed_at: number;
}

/** The engine's trace of one stored clock on the basis of its day, or null when the engine no longer has that clock. */
export function recomputedTrace(prepare: Prepare, row: TraceRow, calendar: HolidayCalendar, settings: DeadlineSettings): string[] | null {
  const states = computeProceedingDeadlines(prepare, row.proceeding_id, row.kind, { today: dateKeyOf(row.computed_at), calendar, settings });
  const same = states.find((s) => s.rule === row.rule_id && (s.party ?? '') === row.party && (s.awardFinality ?? '') === row.award_finality);
  return same ? same.trace : null;
}

export function deadlineTrace(core: CoreServices, deadlineId: string): DeadlineTraceOut {
  const row = core
    .prepare(
      `SELECT d.proceeding_id, p.kind, d.rule_id, d.party, d.award_finality, d.trace, d.trace_hash, d.computed_at
       FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id WHERE d.id = ?`,
    )
    .get(deadlineId) as TraceRow | undefined;
  if (!row) throw notFound('该期限');
  if (row.trace !== null) return { trace: JSON.parse(row.trace) as string[], source: 'stored' };
  const day = dateKeyOf(row.computed_at);
  const trace = recomputedTrace(core.prepare, row, loadCalendar(core), deadlineSettingsFrom(parameterLookup(core, day))) ?? [];
  return { trace, source: trace.length > 0 && traceHash(trace) === row.trace_hash ? 'recomputed' : 'changed' };
}
