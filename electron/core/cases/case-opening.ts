// Opening a case file from an intake: the file, its first proceeding (awaiting acceptance), the parties
// standing in it, and the first lines of its timeline.
import { caseFiles, proceedingParties, proceedings } from '../../../db/schema';
import { insertInto } from '../../../db/insert';
import { COLLECTIVE_CITATION } from '../../../shared/domain/collective';
import type { PartyRole, ProceedingKind } from '../../../shared/domain/vocabulary';
import { INTAKE_ROUTE, PROCEEDING_KIND, type IntakeRoute } from '../../../shared/domain/vocabulary';
import type { CoreServices } from '../kernel/context';
import { newId } from '../kernel/ids';
import type { TxWriter } from '../kernel/tx';
import { proceedingDefinition } from '../../../shared/domain/proceedings';
import { storeProceedingDeadlines } from '../deadlines/stored-deadlines';
import { deadlineBasis } from '../deadlines/deadline-basis';
import { insertClockEvent } from '../proceedings/proceedings.data';
import { insertTeamMember } from '../team/team.data';
import { reopenIfTakenUp } from './file-closing';

export interface OpenCaseArgs {
  /** The file's id when the caller named it already (the intake row carries it); a new one otherwise. */
  caseFileId?: string;
  unitId: string;
  intakeId: string;
  /** The day the desk received the matter: the proceeding's clocks run from it (若干规定 Art. 18; 调解仲裁法 Art. 29). */
  receivedDate: string;
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

export interface StandingParty {
  role: PartyRole | 'complainant';
  partyId: string | null;
  personId: string | null;
}

/**
 * Opens a proceeding in a file, awaiting acceptance, its clocks running from the day the bureau received the matter
 * (若干规定 Art. 18; 调解仲裁法 Art. 29), with who stands in it, its timeline line and its stored deadlines.
 */
export function openProceeding(w: TxWriter, core: CoreServices, a: { caseFileId: string; unitId: string; kind: ProceedingKind; receivedDate: string; parties: StandingParty[] }): string {
  const proceedingId = newId(w.now);
  const definition = proceedingDefinition(a.kind);
  insertInto(core.prepare, proceedings, { id: proceedingId, caseFileId: a.caseFileId, kind: a.kind, number: null, status: definition.initial, openedAt: w.now, createdAt: w.now, updatedAt: w.now });
  insertClockEvent(core.prepare, proceedingId, { kind: 'received', date: a.receivedDate }, 'intake', w.now, w.actorStaffId);
  a.parties.forEach((p, order) => {
    insertInto(core.prepare, proceedingParties, { id: newId(w.now), proceedingId, role: p.role, partyId: p.partyId, personId: p.personId, sortOrder: order });
  });
  w.caseEvent({
    caseFileId: a.caseFileId,
    proceedingId,
    kind: 'proceeding.created',
    summary: `新建${PROCEEDING_KIND.label(a.kind)}，${(definition.states as Record<string, string>)[definition.initial]}`,
    data: { kind: a.kind },
  });
  storeProceedingDeadlines(core.prepare, w.now, { id: proceedingId, caseFileId: a.caseFileId, unitId: a.unitId, kind: a.kind }, deadlineBasis(core));
  reopenIfTakenUp(w, a.caseFileId);
  return proceedingId;
}

/** Opens the case file of an intake and its first proceeding; returns both ids. */
export function openCaseFromIntake(w: TxWriter, core: CoreServices, a: OpenCaseArgs): { caseFileId: string; proceedingId: string } {
  const caseFileId = a.caseFileId ?? newId(w.now);
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
  const parties = [
    ...a.parties.map((p) => ({ role: p.role, partyId: p.partyId, personId: null })),
    ...a.complainantPersonIds.map((personId) => ({ role: 'complainant' as const, partyId: null, personId })),
  ];
  w.caseEvent({
    caseFileId,
    kind: 'caseFile.opened',
    summary: `接待登记 ${a.regNoText} ${INTAKE_ROUTE.label(a.route)}，立卷${a.collective ? '（集体案件）' : ''}${a.urgent ? '（紧急）' : ''}`,
    data: { intakeId: a.intakeId },
  });
  const proceedingId = openProceeding(w, core, { caseFileId, unitId: a.unitId, kind: a.proceedingKind, receivedDate: a.receivedDate, parties });
  if (a.leader) {
    insertTeamMember(core.prepare, { caseFileId, role: 'leader', staffId: a.leader.id, now: w.now, by: w.actorStaffId, reason: '接待登记时提议', proposed: true });
    w.caseEvent({ caseFileId, kind: 'caseFile.leaderAssigned', summary: `包案领导：${a.leader.name}`, data: { staffId: a.leader.id } });
  }
  w.audit({
    action: 'create',
    entity: 'caseFile',
    entityId: caseFileId,
    change: { intakeId: a.intakeId, title: a.title, proceedingId, proceedingKind: a.proceedingKind, leaderStaffId: a.leader?.id ?? null, collective: a.collective, urgent: a.urgent },
  });
  w.changed('caseFile', caseFileId);
  return { caseFileId, proceedingId };
}

/**
 * Gives a case file the title its intake now calls for (case-title.ts), when its complainants changed after it was
 * opened: on its timeline and its audit trail. A file whose personal data was anonymised keeps its scrubbed title.
 */
/**
 * A file whose workers reach ten as complainants are added becomes collective (调解仲裁法 Art. 7; 办案规则 Arts. 5, 62):
 * priority, representatives, and a 包案领导 required. Never the other way: a file once collective stays so.
 */
export function markCollective(w: TxWriter, core: CoreServices, caseFileId: string, workers: number): void {
  const file = core.prepare('SELECT collective FROM case_files WHERE id = ?').get(caseFileId) as { collective: number } | undefined;
  if (!file || file.collective === 1) return;
  core.prepare('UPDATE case_files SET collective = 1, row_version = row_version + 1, updated_at = ? WHERE id = ?').run(w.now, caseFileId);
  w.caseEvent({ caseFileId, kind: 'caseFile.collective', summary: `投诉人增至${workers}人，按集体争议办理（${COLLECTIVE_CITATION}）`, data: { workers } });
  w.audit({ action: 'update', entity: 'caseFile', entityId: caseFileId, change: { collective: { from: false, to: true } } });
  w.changed('caseFile', caseFileId);
}

export function retitleCase(w: TxWriter, core: CoreServices, caseFileId: string, title: string): void {
  const file = core.prepare('SELECT title, anonymised_at FROM case_files WHERE id = ?').get(caseFileId) as { title: string; anonymised_at: number | null } | undefined;
  if (!file || file.anonymised_at !== null || file.title === title) return;
  core.prepare('UPDATE case_files SET title = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?').run(title, w.now, caseFileId);
  w.caseEvent({ caseFileId, kind: 'caseFile.retitled', summary: `案卷名称随投诉人变化改为“${title}”`, data: { from: file.title, to: title } });
  w.audit({ action: 'update', entity: 'caseFile', entityId: caseFileId, change: { title: { from: file.title, to: title } } });
  w.changed('caseFile', caseFileId);
}
