// Opening a case file from an intake: the file, its first proceeding (awaiting acceptance), the parties
// standing in it, and the first lines of its timeline.
import { caseFiles, proceedingParties, proceedings } from '../../../db/schema';
import { insertInto } from '../../../db/insert';
import type { PartyRole, ProceedingKind } from '../../../shared/domain/vocabulary';
import { INTAKE_ROUTE, PROCEEDING_KIND, type IntakeRoute } from '../../../shared/domain/vocabulary';
import type { CoreServices } from '../context';
import { newId } from '../ids';
import type { TxWriter } from '../tx';

export interface OpenCaseArgs {
  unitId: string;
  intakeId: string;
  regNoText: string;
  route: IntakeRoute;
  proceedingKind: ProceedingKind;
  title: string;
  leader: { id: string; name: string } | null;
  collective: boolean;
  urgent: boolean;
  parties: { partyId: string; role: PartyRole }[];
  /** Complainants who stand in the proceeding; empty for a report, whose reporter stays confidential. */
  complainantPersonIds: string[];
}

export function openCaseFromIntake(w: TxWriter, core: CoreServices, a: OpenCaseArgs): string {
  const caseFileId = newId(w.now);
  insertInto(core.prepare, caseFiles, {
      id: caseFileId,
      unitId: a.unitId,
      title: a.title,
      leaderStaffId: a.leader?.id ?? null,
      collective: a.collective,
      urgent: a.urgent,
      status: 'open',
      openedAt: w.now,
      sourceIntakeId: a.intakeId,
      createdBy: w.actorStaffId!,
      createdAt: w.now,
      updatedAt: w.now,
    });
  const proceedingId = newId(w.now);
  insertInto(core.prepare, proceedings, { id: proceedingId, caseFileId, kind: a.proceedingKind, number: null, status: 'pending', openedAt: w.now, createdAt: w.now, updatedAt: w.now });
  let order = 0;
  for (const p of a.parties) {
    insertInto(core.prepare, proceedingParties, { id: newId(w.now), proceedingId, role: p.role, partyId: p.partyId, personId: null, sortOrder: order++ });
  }
  for (const personId of a.complainantPersonIds) {
    insertInto(core.prepare, proceedingParties, { id: newId(w.now), proceedingId, role: 'complainant', partyId: null, personId, sortOrder: order++ });
  }
  w.caseEvent({
    caseFileId,
    kind: 'caseFile.opened',
    summary: `接待登记 ${a.regNoText} ${INTAKE_ROUTE.label(a.route)}，立卷${a.collective ? '（集体案件）' : ''}${a.urgent ? '（紧急）' : ''}`,
    data: { intakeId: a.intakeId },
  });
  w.caseEvent({
    caseFileId,
    proceedingId,
    kind: 'proceeding.created',
    summary: `新建${PROCEEDING_KIND.label(a.proceedingKind)}，待受理`,
    data: { kind: a.proceedingKind },
  });
  if (a.leader) {
    w.caseEvent({ caseFileId, kind: 'caseFile.leaderAssigned', summary: `包案领导：${a.leader.name}`, data: { staffId: a.leader.id } });
  }
  w.audit({
    action: 'create',
    entity: 'caseFile',
    entityId: caseFileId,
    change: { intakeId: a.intakeId, title: a.title, proceedingId, proceedingKind: a.proceedingKind, leaderStaffId: a.leader?.id ?? null, collective: a.collective, urgent: a.urgent },
  });
  w.changed('caseFile', caseFileId);
  return caseFileId;
}

/**
 * Gives a case file the title its intake now calls for (case-title.ts), when its complainants changed after it was
 * opened: on its timeline and its audit trail. A file whose personal data was anonymised keeps its scrubbed title.
 */
export function retitleCase(w: TxWriter, core: CoreServices, caseFileId: string, title: string): void {
  const file = core.prepare('SELECT title, anonymised_at FROM case_files WHERE id = ?').get(caseFileId) as { title: string; anonymised_at: number | null } | undefined;
  if (!file || file.anonymised_at !== null || file.title === title) return;
  core.prepare('UPDATE case_files SET title = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?').run(title, w.now, caseFileId);
  w.caseEvent({ caseFileId, kind: 'caseFile.retitled', summary: `案卷名称随投诉人变化改为“${title}”`, data: { from: file.title, to: title } });
  w.audit({ action: 'update', entity: 'caseFile', entityId: caseFileId, change: { title: { from: file.title, to: title } } });
  w.changed('caseFile', caseFileId);
}
