// Every SQL statement a sitting (庭次) of several cases needs beyond the calendar's own: who the parties of a case are
// (the room's seats count each party once across the sitting), and the 系列案 a file holds. No rules here
// (shared/domain/hearings.ts capacityProblem holds the seat count).
import type { Prepare } from '../../../db/statements';
import type { CaseInRoom } from '../../../shared/domain/hearings';
import { seriesOf, type SeriesRow } from '../arbitration/arbitration-groups.data';

/** The parties of a case by identity: a worker by the person register, the employer's side by the parties register. */
export function partiesInRoom(prepare: Prepare, proceedingId: string): CaseInRoom {
  const rows = prepare('SELECT person_id AS personId, party_id AS partyId FROM proceeding_parties WHERE proceeding_id = ? ORDER BY sort_order, id').all(proceedingId) as {
    personId: string | null;
    partyId: string | null;
  }[];
  return {
    applicantIds: rows.flatMap((r) => (r.personId ? [`person:${r.personId}`] : [])),
    respondentIds: rows.flatMap((r) => (r.partyId ? [`party:${r.partyId}`] : [])),
  };
}

/** The 系列案 the file's cases form (all its cases sit on one file), or null. */
export function seriesOfFile(prepare: Prepare, caseFileId: string): SeriesRow | null {
  const r = prepare('SELECT c.proceeding_id AS id FROM arbitration_series s JOIN arbitration_series_cases c ON c.series_id = s.id WHERE s.case_file_id = ? ORDER BY s.created_at, c.position LIMIT 1').get(caseFileId) as
    | { id: string }
    | undefined;
  return r ? seriesOf(prepare, r.id) : null;
}
