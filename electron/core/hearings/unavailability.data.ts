// Every SQL statement of the arbitrators' and clerks' unavailable days (staff_unavailability). No rules here
// (shared/domain/unavailability.ts holds them).
import type { Prepare } from '../../../db/statements';
import type { UnavailabilityKind } from '../../../shared/domain/unavailability';

export interface UnavailabilityRow {
  id: string;
  unitId: string;
  staffId: string;
  name: string;
  fromDate: string;
  toDate: string;
  kind: UnavailabilityKind;
  reason: string;
  recordedBy: string;
  recordedAt: number;
  withdrawn: boolean;
}

const SELECT = `SELECT u.id, u.unit_id AS unitId, u.staff_id AS staffId, s.name, u.from_date AS fromDate, u.to_date AS toDate, u.kind, u.reason,
  r.name AS recordedBy, u.recorded_at AS recordedAt, u.withdrawn_at IS NOT NULL AS withdrawn
  FROM staff_unavailability u JOIN staff s ON s.id = u.staff_id JOIN staff r ON r.id = u.recorded_by`;

const shape = (r: Omit<UnavailabilityRow, 'withdrawn'> & { withdrawn: number }): UnavailabilityRow => ({ ...r, withdrawn: r.withdrawn === 1 });

/** The unit's standing absences that touch the days from..to (inclusive), by first day and name. */
export function unavailableBetween(prepare: Prepare, unitId: string, from: string, to: string): UnavailabilityRow[] {
  return (prepare(`${SELECT} WHERE u.unit_id = ? AND u.withdrawn_at IS NULL AND u.from_date <= ? AND u.to_date >= ? ORDER BY u.from_date, s.name, u.id`).all(unitId, to, from) as Parameters<typeof shape>[0][]).map(shape);
}

export function findUnavailability(prepare: Prepare, id: string): UnavailabilityRow | null {
  const r = prepare(`${SELECT} WHERE u.id = ?`).get(id) as Parameters<typeof shape>[0] | undefined;
  return r ? shape(r) : null;
}

export function insertUnavailability(prepare: Prepare, u: { id: string; unitId: string; staffId: string; fromDate: string; toDate: string; kind: UnavailabilityKind; reason: string; by: string; now: number }): void {
  prepare('INSERT INTO staff_unavailability (id, unit_id, staff_id, from_date, to_date, kind, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    u.id,
    u.unitId,
    u.staffId,
    u.fromDate,
    u.toDate,
    u.kind,
    u.reason,
    u.by,
    u.now,
  );
}

export function withdrawUnavailabilityRow(prepare: Prepare, id: string, by: string, reason: string, now: number): boolean {
  return prepare('UPDATE staff_unavailability SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? WHERE id = ? AND withdrawn_at IS NULL').run(now, by, reason, id).changes === 1;
}

/** Whether the person is active staff of the unit who may sit or record: an arbitrator or a clerk. */
export function sittingStaff(prepare: Prepare, unitId: string, staffId: string): { name: string } | null {
  return (
    (prepare(
      "SELECT s.name FROM staff s WHERE s.id = ? AND s.unit_id = ? AND s.active = 1 AND EXISTS (SELECT 1 FROM staff_roles r WHERE r.staff_id = s.id AND r.role IN ('arbitrator', 'clerk'))",
    ).get(staffId, unitId) as { name: string } | undefined) ?? null
  );
}
