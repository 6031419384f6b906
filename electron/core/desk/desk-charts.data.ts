// Every SQL statement of the leader's desk figures and of the department filter the lists share: each figure is one
// aggregate over an index range (deadlines by status and due date, intakes by received time, proceedings by kind and
// status), so the desk stays instant at 10,000 open files (docs/performance.md).
import type { Prepare } from '../../../db/statements';
import { HANDLED_BY, kindsHandledBy, type HandlingCapability } from '../../../shared/domain/handling';
import { PROCEEDINGS } from '../../../shared/domain/proceedings';
import type { ProceedingKind } from '../../../shared/domain/vocabulary';
import { ServiceError } from '../kernel/errors';

/** The handling department of a proceeding, as SQL over p.kind (from HANDLED_BY: constants, not input). */
const CAPABILITY_OF_KIND = `CASE p.kind ${Object.entries(HANDLED_BY)
  .map(([k, c]) => `WHEN '${k}' THEN '${c}'`)
  .join(' ')} END`;

/** 'kind:status' of every closed state: a proceeding in one of them no longer counts as open work. */
export const CLOSED_STATES = JSON.stringify(Object.values(PROCEEDINGS).flatMap((d) => d.closed.map((s) => `${d.kind}:${s}`)));

/** The unit's open files, as a set the proceedings' (kind, status, case_file_id) index is checked against. */
const OPEN_FILES = `(SELECT id FROM case_files WHERE status = 'open' AND unit_id = ?)`;

export interface HandlingDepartmentRow {
  id: string;
  name: string;
  capability: HandlingCapability;
}

/** The unit's active departments that handle proceedings (监察, 仲裁院), in their order. */
export function handlingDepartments(prepare: Prepare, unitId: string): HandlingDepartmentRow[] {
  return prepare(
    `SELECT id, name, capability FROM departments WHERE unit_id = ? AND active = 1 AND capability IN ('inspection', 'arbitration') ORDER BY sort_order, name, id`,
  ).all(unitId) as HandlingDepartmentRow[];
}

/** The kinds a department of the unit handles (none for reception); a department not of the unit is refused. */
export function kindsOfDepartment(prepare: Prepare, unitId: string, departmentId: string): ProceedingKind[] {
  const row = prepare('SELECT capability FROM departments WHERE id = ? AND unit_id = ?').get(departmentId, unitId) as { capability: string } | undefined;
  if (!row) throw new ServiceError('VALIDATION', '没有这个部门，请刷新后重新选择', { departmentId: '没有这个部门' });
  return kindsHandledBy(row.capability);
}

/** Open bureau duties due soon (today … soonUntil) and overdue (before today), per handling capability. */
export function dutiesByCapability(prepare: Prepare, q: { unitId: string; today: string; soonUntil: string }): Map<string, { dueSoon: number; overdue: number }> {
  const rows = prepare(
    `SELECT ${CAPABILITY_OF_KIND} AS cap, sum(d.due_date < @today) AS overdue, sum(d.due_date >= @today) AS due_soon
     FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id
     WHERE d.status = 'open' AND d.due_date <= @soonUntil AND d.nature = 'duty' AND d.unit_id = @unitId
     GROUP BY cap`,
  ).all(q) as { cap: string; overdue: number; due_soon: number }[];
  return new Map(rows.map((r) => [r.cap, { dueSoon: r.due_soon, overdue: r.overdue }]));
}

/**
 * Open files by stage — per (kind, state) of an open proceeding, the open files with one there — and by handling
 * capability (a file counted once per department however many of its proceedings that department handles), in one
 * pass over the open proceedings.
 */
export function openFileCounts(prepare: Prepare, unitId: string): { stages: { kind: ProceedingKind; status: string; files: number }[]; byCapability: Map<string, number> } {
  const rows = prepare(
    `WITH open_p AS MATERIALIZED (
       SELECT p.kind, p.status, p.case_file_id, ${CAPABILITY_OF_KIND} AS cap FROM proceedings p
       WHERE p.case_file_id IN ${OPEN_FILES} AND (p.kind || ':' || p.status) NOT IN (SELECT value FROM json_each(?)))
     SELECT kind, status, NULL AS cap, count(DISTINCT case_file_id) AS files FROM open_p GROUP BY kind, status
     UNION ALL
     SELECT NULL, NULL, cap, count(DISTINCT case_file_id) FROM open_p GROUP BY cap`,
  ).all(unitId, CLOSED_STATES) as { kind: ProceedingKind | null; status: string | null; cap: string | null; files: number }[];
  return {
    stages: rows.filter((r) => r.kind !== null).map((r) => ({ kind: r.kind!, status: r.status!, files: r.files })),
    byCapability: new Map(rows.filter((r) => r.cap !== null).map((r) => [r.cap!, r.files])),
  };
}

/** Complaints (intakes of kind 投诉) per day received since an instant, from the (received_at) index. */
export function complaintsPerDay(prepare: Prepare, unitId: string, sinceMs: number): { day: string; n: number }[] {
  return prepare(
    `SELECT received_date AS day, count(*) AS n FROM intakes
     WHERE received_at >= ? AND unit_id = ? AND kind = 'complaint' GROUP BY received_date`,
  ).all(sinceMs, unitId) as { day: string; n: number }[];
}
