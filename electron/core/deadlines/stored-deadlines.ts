// Stored deadlines: every clock of every proceeding as the pure engine (shared/domain/deadline-state.ts) computes it
// from the proceeding's events, written in the same transaction as the event that moves it, so every screen reads a
// date that equals the engine. The stored status never depends on the day it is read; due soon and overdue are read
// from due_date against today.
import type { HolidayCalendar } from '../../../shared/domain/calendar';
import type { DeadlineSettings } from '../../../shared/domain/deadline-rules';
import { deadlinesFromEvents, type DeadlineState, type DeadlineStatus, type ProceedingEvent } from '../../../shared/domain/deadline-state';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import type { Prepare } from '../../../db/statements';
import { newId } from '../kernel/ids';
import { keepsTrace, traceHash } from './trace-hash';

export type StoredDeadlineStatus = 'open' | 'paused' | 'met' | 'metLate' | 'extended';

/** The stored form of the engine's status: everything still running is 'open' whatever today is. */
export function storedStatus(s: DeadlineStatus): StoredDeadlineStatus {
  switch (s) {
    case 'paused':
    case 'met':
    case 'metLate':
    case 'extended':
      return s;
    default:
      return 'open';
  }
}

export interface DeadlineBasis {
  today: string;
  calendar: HolidayCalendar;
  settings: DeadlineSettings;
}

interface EventRow {
  kind: ProceedingEvent['kind'];
  date: string;
  rule_id: string | null;
  party: string | null;
  party_role: 'worker' | 'employer' | null;
  award_finality: 'final' | 'nonFinal' | null;
}

/**
 * An event still counted: not recorded by a service (送达) that was later voided, nor belonging to a hearing that was
 * postponed (its day, and the notice served for it, gave way to the new hearing's).
 */
export const COUNTED_EVENT =
  // Correlated (a seek on each event's own service and hearing), not NOT IN (SELECT …), which read every void service
  // and every postponed hearing of the bureau for each proceeding (issue #15; tests/integration/query-plans.test.ts).
  "NOT EXISTS (SELECT 1 FROM services sv WHERE sv.id = proceeding_events.service_id AND sv.status = 'void') AND NOT EXISTS (SELECT 1 FROM hearings hg WHERE hg.id = proceeding_events.hearing_id AND hg.status = 'postponed')";

export function proceedingEvents(prepare: Prepare, proceedingId: string): ProceedingEvent[] {
  const rows = prepare(`SELECT kind, date, rule_id, party, party_role, award_finality FROM proceeding_events WHERE proceeding_id = ? AND ${COUNTED_EVENT} ORDER BY seq`).all(proceedingId) as EventRow[];
  return rows.map((r) => ({
    kind: r.kind,
    date: r.date,
    ...(r.rule_id ? { rule: r.rule_id as ProceedingEvent['rule'] } : {}),
    ...(r.party ? { party: r.party } : {}),
    ...(r.party_role ? { partyRole: r.party_role } : {}),
    ...(r.award_finality ? { awardFinality: r.award_finality } : {}),
  }));
}

/** What the engine says the proceeding's clocks are, on this basis. */
export function computeProceedingDeadlines(prepare: Prepare, proceedingId: string, kind: ProceedingKind, basis: DeadlineBasis): DeadlineState[] {
  return deadlinesFromEvents(proceedingEvents(prepare, proceedingId), { today: basis.today, calendar: basis.calendar, settings: basis.settings, proceedingKind: kind });
}

/**
 * Replaces the proceeding's stored deadlines with the engine's — call inside the transaction that changed its events,
 * the calendar or a parameter. Returns how many clocks it holds. The trace (计算过程) is stored only where it could not
 * be recomputed from the events on the basis of `now`'s day (keepsTrace); else its hash, and deadlines.trace recomputes it.
 */
export function storeProceedingDeadlines(prepare: Prepare, now: number, proceeding: { id: string; caseFileId: string; unitId: string; kind: ProceedingKind }, basis: DeadlineBasis): number {
  const states = computeProceedingDeadlines(prepare, proceeding.id, proceeding.kind, basis);
  prepare('DELETE FROM deadlines WHERE proceeding_id = ?').run(proceeding.id);
  const insert = prepare(
    `INSERT INTO deadlines (id, proceeding_id, unit_id, rule_id, party, award_finality, start_date, due_date, status, met_on,
       provisional, actor, nature, trace, trace_hash, warnings, calendar_version, computed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const d of states) {
    insert.run(
      newId(now),
      proceeding.id,
      proceeding.unitId,
      d.rule,
      d.party ?? '',
      d.awardFinality ?? '',
      d.startedOn,
      d.due,
      storedStatus(d.status),
      d.metOn,
      d.provisional ? 1 : 0,
      d.actor,
      d.nature,
      keepsTrace({ paused: d.status === 'paused', provisional: d.provisional }, basis.today, now) ? JSON.stringify(d.trace) : null,
      traceHash(d.trace),
      JSON.stringify(d.warnings),
      d.calendarVersion,
      now,
    );
  }
  return states.length;
}

/**
 * The proceedings whose stored clocks can still move: not closed, or with a clock still open or paused; by id, those
 * after `afterId` when a recompute resumes.
 */
export function proceedingsToRecompute(
  prepare: Prepare,
  closedStatuses: Record<string, readonly string[]>,
  afterId: string | null = null,
): { id: string; caseFileId: string; unitId: string; kind: ProceedingKind }[] {
  const rows = prepare(
    `SELECT p.id, p.case_file_id AS caseFileId, c.unit_id AS unitId, p.kind, p.status,
            EXISTS (SELECT 1 FROM deadlines d WHERE d.proceeding_id = p.id AND d.status IN ('open', 'paused')) AS running
     FROM proceedings p JOIN case_files c ON c.id = p.case_file_id WHERE p.id > ? ORDER BY p.id`,
  ).all(afterId ?? '') as { id: string; caseFileId: string; unitId: string; kind: ProceedingKind; status: string; running: number }[];
  return rows.filter((r) => r.running === 1 || !(closedStatuses[r.kind] ?? []).includes(r.status)).map(({ id, caseFileId, unitId, kind }) => ({ id, caseFileId, unitId, kind }));
}
