// Every channel between the interface and the core: its input and output schema, and who may call it.
// The preload's window.api, the bridge, the core's handler map, the renderer's client and the test client
// are all derived from this table. Add a channel here and the core will not compile without its handler.
import { z } from 'zod';
import { caseFileDetail, caseListInput, caseListPage } from './cases';
import { actOutcome, approvalDecideInput, caseWork, deadlineListInput, deadlineListPage, deskSummary, proceedingActInput, teamAddInput, teamMember, teamRemoveInput } from './casework';
import { calendarGetInput, calendarSetYearInput, calendarView, deadlineComputeInput, deadlineResult, ruleInfo } from './deadlines';
import { draft, draftKey, draftSaveInput } from './drafts';
import {
  intakeAddComplainantsInput,
  intakeCreateInput,
  intakeDetail,
  intakeListInput,
  intakeListPage,
  rosterParseInput,
  rosterParseOutput,
} from './intakes';
import { jobInfo, jobRef, jobStartInput } from './jobs';
import { party, partyCreateInput, projectSummary, searchInput } from './parties';
import { empty, entityId } from './primitives';
import {
  department,
  departmentSaveInput,
  parameterRow,
  parameterSetInput,
  staffCreateInput,
  staffMember,
  staffResetPasswordInput,
  staffUpdateInput,
  unit,
  unitUpdateInput,
} from './reference';
import { documentTemplateResetInput, documentTemplateSaveInput, documentTemplateView, documentBatchInput, documentFile, documentFileInput, documentModel, documentModelInput, documentPreviewInput, documentGenerateInput, documentListInput, documentRecord, documentVoidInput } from './documents';
import { auditHead, auditListInput, auditPage, auditVerifyInput, auditVerifyResult, screenExportInput } from './audit';
import { revealed, revealInput } from './personal';
import { backupConfigureInput, backupOverview, backupRestoreInput, backupRunInput, backupStatus, backupSummary, backupVerifyInput, recoveryRestoreInput, recoveryStatus, recoveryStatusInput, restoreResult } from './maintenance';
import { retentionAnonymiseInput, retentionAnonymiseResult, retentionListInput, retentionOverview } from './retention';
import { idImageAddInput, idImageListInput, idImageRecord, idImageView, idImageViewInput, idImageWithdrawInput } from './id-images';
import { changePasswordInput, lockInput, loginInput, sessionCandidate, sessionInfo, setupInitializeInput, setupStatus, unlockInput } from './session';
import type { Permission as RolePermission } from '../domain/permissions';

/**
 * Who may call a channel: 'public' before anyone signs in; otherwise a permission from shared/domain/permissions
 * ('signedIn' is any signed-in person). The core checks it against the session's roles, read from the database
 * on every call — never from the payload.
 */
export type Permission = 'public' | RolePermission;

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  permission: Permission;
  /** Queries read; mutations write through the transaction helper and are audited. */
  kind: 'query' | 'mutation';
}

const q = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, permission: Permission): ChannelDef<I, O> => ({
  input,
  output,
  permission,
  kind: 'query',
});
const m = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, permission: Permission): ChannelDef<I, O> => ({
  input,
  output,
  permission,
  kind: 'mutation',
});

const byId = z.object({ id: entityId });

export const channels = {
  'setup.status': q(empty, setupStatus, 'public'),
  'setup.initialize': m(setupInitializeInput, sessionInfo, 'public'),

  'session.candidates': q(empty, z.array(sessionCandidate), 'public'),
  'session.login': m(loginInput, sessionInfo, 'public'),
  'session.current': q(empty, sessionInfo.nullable(), 'public'),
  'session.end': m(empty, empty, 'public'),
  /** "Still at work": input the interface saw without calling the core; keeps the core's idle lock in step. */
  'session.touch': q(empty, empty, 'signedIn'),
  'session.lock': m(lockInput, empty, 'signedIn'),
  'session.unlock': m(unlockInput, sessionInfo, 'signedIn'),
  'account.changePassword': m(changePasswordInput, sessionInfo, 'signedIn'),

  'units.list': q(empty, z.array(unit), 'public'),
  'units.update': m(unitUpdateInput, unit, 'settings.manage'),
  'departments.save': m(departmentSaveInput, department, 'settings.manage'),

  'staff.list': q(z.object({ includeInactive: z.boolean().optional().transform((v) => v ?? false) }), z.array(staffMember), 'signedIn'),
  'staff.create': m(staffCreateInput, staffMember, 'staff.manage'),
  'staff.update': m(staffUpdateInput, staffMember, 'staff.manage'),
  'staff.resetPassword': m(staffResetPasswordInput, staffMember, 'staff.manage'),

  'parameters.list': q(empty, z.array(parameterRow), 'signedIn'),
  'parameters.set': m(parameterSetInput, parameterRow, 'settings.manage'),

  'parties.search': q(searchInput, z.array(party), 'intake.read'),
  'parties.create': m(partyCreateInput, party, 'party.write'),
  'projects.search': q(searchInput, z.array(projectSummary), 'intake.read'),

  'intakes.create': m(intakeCreateInput, intakeDetail, 'intake.create'),
  'intakes.addComplainants': m(intakeAddComplainantsInput, intakeDetail, 'intake.create'),
  'intakes.get': q(byId, intakeDetail, 'intake.read'),
  'intakes.list': q(intakeListInput, intakeListPage, 'intake.read'),
  'intakes.parseRoster': q(rosterParseInput, rosterParseOutput, 'intake.create'),

  'personal.reveal': m(revealInput, revealed, 'personal.unmask'),
  'idImages.list': q(idImageListInput, z.array(idImageRecord), 'idImage.view'),
  'idImages.add': m(idImageAddInput, idImageRecord, 'idImage.add'),
  /** The picture, after the view and its reason are on the audit trail. */
  'idImages.view': m(idImageViewInput, idImageView, 'idImage.view'),
  'idImages.withdraw': m(idImageWithdrawInput, idImageRecord, 'idImage.add'),

  'cases.list': q(caseListInput, caseListPage, 'case.read'),
  'cases.get': q(byId, caseFileDetail, 'case.read'),
  /** The file's work panel: team, each proceeding's steps open to the caller, its stored deadlines. */
  'casework.get': q(z.object({ caseFileId: entityId }), caseWork, 'case.read'),
  'proceedings.act': m(proceedingActInput, actOutcome, 'proceeding.act'),
  'approvals.decide': m(approvalDecideInput, actOutcome, 'proceeding.approve'),
  /** Who may change a team is decided on the file (its leader, a department head) among those who take steps. */
  'team.add': m(teamAddInput, teamMember, 'proceeding.act'),
  'team.remove': m(teamRemoveInput, empty, 'proceeding.act'),
  'desk.summary': q(empty, deskSummary, 'case.read'),
  'deadlines.list': q(deadlineListInput, deadlineListPage, 'case.read'),

  'drafts.get': q(z.object({ formKey: draftKey }), draft, 'signedIn'),
  'drafts.save': m(draftSaveInput, draft, 'signedIn'),
  'drafts.discard': m(z.object({ formKey: draftKey }), empty, 'signedIn'),

  'calendar.get': q(calendarGetInput, calendarView, 'signedIn'),
  'calendar.setYear': m(calendarSetYearInput, calendarView, 'settings.manage'),
  'deadlines.rules': q(empty, z.array(ruleInfo), 'deadline.compute'),
  'deadlines.compute': q(deadlineComputeInput, deadlineResult, 'deadline.compute'),

  'documents.generate': m(documentGenerateInput, z.array(documentRecord), 'document.issue'),
  'documents.regenerate': m(z.object({ id: entityId }), documentRecord, 'document.issue'),
  'documents.list': q(documentListInput, z.array(documentRecord), 'document.read'),
  /** What a document would say, before it is issued (no number taken, nothing recorded). */
  'documents.preview': q(documentPreviewInput, z.array(documentModel), 'document.issue'),
  'documents.model': m(documentModelInput, documentModel, 'document.read'),
  'documents.file': m(documentFileInput, documentFile, 'document.read'),
  'documents.void': m(documentVoidInput, documentRecord, 'document.void'),
  'documents.batch': m(documentBatchInput, jobInfo, 'document.issue'),
  'documentTemplates.list': q(empty, z.array(documentTemplateView), 'signedIn'),
  'documentTemplates.save': m(documentTemplateSaveInput, documentTemplateView, 'settings.manage'),
  'documentTemplates.reset': m(documentTemplateResetInput, documentTemplateView, 'settings.manage'),

  'audit.list': q(auditListInput, auditPage, 'audit.read'),
  'audit.verify': m(auditVerifyInput, auditVerifyResult, 'audit.read'),
  'audit.exportHead': m(empty, auditHead, 'audit.read'),
  /** Desktop app: the window is about to be saved as PDF (main asks before it writes the file; refused, nothing is written). */
  'audit.recordScreenExport': m(screenExportInput, empty, 'signedIn'),

  /** Every desk: how old the last good backup is. */
  'backup.status': q(empty, backupStatus, 'signedIn'),
  'backup.overview': q(empty, backupOverview, 'maintenance.run'),
  'backup.configure': m(backupConfigureInput, backupOverview, 'maintenance.run'),
  'backup.run': m(backupRunInput, backupSummary, 'maintenance.run'),
  'backup.verify': m(backupVerifyInput, backupSummary, 'maintenance.run'),
  'backup.restore': m(backupRestoreInput, restoreResult, 'maintenance.run'),
  /** The startup screen: a lost or damaged database, and the backups that can replace it. */
  'recovery.status': q(recoveryStatusInput, recoveryStatus, 'public'),
  /** Restore while no one can sign in: the credentials are an administrator's in the backup itself. */
  'recovery.restore': m(recoveryRestoreInput, restoreResult, 'public'),
  /** Closed files past their retention period: numbers, dates and counts only, never names. */
  'retention.list': q(retentionListInput, retentionOverview, 'retention.anonymise'),
  /** The administrator's explicit, reasoned act; never scheduled. */
  'retention.anonymise': m(retentionAnonymiseInput, retentionAnonymiseResult, 'retention.anonymise'),

  'jobs.start': m(jobStartInput, jobInfo, 'maintenance.run'),
  /** A job's progress: the person who started it, or whoever runs maintenance (the core checks; others: 任务不存在). */
  'jobs.get': q(jobRef, jobInfo, 'signedIn'),
  'jobs.cancel': m(jobRef, jobInfo, 'signedIn'),
} as const satisfies Record<string, ChannelDef>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['output']>;
