// The conflict check of the tribunal as composed (shared/domain/conflicts.ts): the case file shows its warnings beside
// the clocks once the tribunal sits, and again after a recusal's replacement is seated — never a refusal.
import { conflictWarnings, type OtherCase, type TribunalSeat } from '../../../shared/domain/conflicts';
import type { Prepare } from '../../../db/statements';
import { tribunalOf } from '../hearings/hearings.data';
import { filesSharing, lookupOf, partiesOfFile, partiesOfProceeding, staffOfFile } from './recusal.data';

/** The other files looked at: the newest that share a party (a repeat employer's long history is not read whole). */
const OTHER_FILES = 50;

export function tribunalConflicts(prepare: Prepare, p: { id: string; unitId: string; caseFileId: string }): string[] {
  const t = tribunalOf(prepare, p.id);
  if (!t) return [];
  const seats: TribunalSeat[] = [
    ...t.arbitrators.map((a) => ({ staffId: a.id, name: a.name, seat: t.form === 'sole' ? '独任仲裁员' : a.presiding ? '首席仲裁员' : '仲裁员' })),
    { staffId: t.clerk.id, name: t.clerk.name, seat: '书记员' },
  ];
  const parties = partiesOfProceeding(prepare, p.id);
  if (parties.length === 0) return [];
  const others: OtherCase[] = filesSharing(prepare, p.unitId, p.caseFileId, lookupOf(prepare, p.id), OTHER_FILES).map((f) => ({
    caseFileId: f.caseFileId,
    label: f.label,
    kinds: f.kinds,
    parties: partiesOfFile(prepare, f.caseFileId),
    ...staffOfFile(prepare, f.caseFileId),
  }));
  return conflictWarnings(seats, parties, others);
}
