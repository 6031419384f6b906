// The leader's desk: the removals from the 失信联合惩戒名单 of the last 30 days — those the system made at the end of a
// three-year term (期满移出, recorded as 系统) and the early removals a leader approved — so nobody is surprised by one.
import type { DeskSummary } from '../../../shared/contract/casework';
import type { CoreServices } from '../kernel/context';
import { removalsSince } from './blacklist.data';

const WINDOW_MS = 30 * 86_400_000;
const LISTED = 20;

export function deskDelistings(core: CoreServices, unitId: string): DeskSummary['delistings'] {
  return removalsSince(core.prepare, unitId, core.clock.now() - WINDOW_MS, LISTED).map((r) => ({
    proceedingId: r.proceeding_id,
    caseFileId: r.case_file_id,
    caseTitle: r.case_title,
    removedOn: r.removed_on,
    early: r.source === 'blacklisting.removeEarly',
    by: r.recorded_by ? { id: r.recorded_by, name: r.recorded_by_name ?? '' } : null,
    recordedAt: r.recorded_at,
  }));
}
