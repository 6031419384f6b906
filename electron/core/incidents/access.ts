// Who may do what on a file's incidents, supervision and meetings: the channel's permission (checked by dispatch)
// and, for acting on a file, a place on it (team.worksOnFile). Reading needs only the file to be this unit's.
import { can } from '../../../shared/domain/permissions';
import type { CallContext, Principal } from '../kernel/context';
import { notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { principalOf } from '../session/session.service';
import { worksOnFile } from '../team/team.service';
import { caseFileOf, type FileRow } from './incidents.data';

/** The caller, or null for the system's own work (a daily job's step, e.g. 期满移出): it may read, never act. */
export function callerOrSystem(call: CallContext): Principal | null {
  return call.principal ?? (call.session.staffId ? callerOf(call) : null);
}

export function callerOf(call: CallContext): Principal {
  const p = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!p) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return p;
}

/** The file, if it is this installation's unit's. */
export function fileOfUnit(call: CallContext, caseFileId: string): FileRow {
  const file = caseFileOf(call.core.prepare, caseFileId);
  if (!file || file.unit_id !== requireInstallation(call.core).unitId) throw notFound('该案卷');
  return file;
}

/** Whether the caller may act on the file: the step permission and a place on it. */
export function mayActOn(call: CallContext, principal: Principal, caseFileId: string): boolean {
  return can(principal.roles, 'proceeding.act') && worksOnFile(call.core, principal, caseFileId);
}

/** Refuses whoever has no place on the file, naming what they tried. */
export function requirePlaceOnFile(call: CallContext, caseFileId: string, what: string): Principal {
  const principal = callerOf(call);
  if (!worksOnFile(call.core, principal, caseFileId)) {
    throw new ServiceError('FORBIDDEN', `您不在本案办案组中，不能${what}；请包案领导或部门负责人将您加入办案组`);
  }
  return principal;
}

/** A closed file takes no new incident, supervision or meeting. */
export function requireOpenFile(file: FileRow, what: string): void {
  if (file.status !== 'open') throw new ServiceError('STEP_BLOCKED', `本案卷已办结，不能${what}`);
}
