// A file's team (领导包案、专兼参与): its 包案领导, its 承办人 and its participants, 专职 or 兼职, staff or people of
// other bodies without an account. Each change is a timeline line with its reason. 监察条例 Art. 16: an inspection
// is handled by inspectors holding a valid 执法证 — an expired one cannot be assigned.
import type { z } from 'zod';
import type { TeamMember, teamAddInput, teamConfirmLeaderInput, teamRemoveInput } from '../../../shared/contract/casework';
import { TEAM_ROLE_LABEL } from '../../../shared/contract/casework';
import { can } from '../../../shared/domain/permissions';
import { dateKeyOf } from '../../../shared/domain/time';
import { EMPLOYMENT, type StaffRole } from '../../../shared/domain/vocabulary';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { isDepartmentHead } from '../proceedings/proceedings.data';
import { findStaff } from '../reference/staff.service';
import { principalOf } from '../session/session.service';
import { tx, writeContext } from '../kernel/tx';
import {
  caseFileBasics,
  confirmLeaderRow,
  fileTakenByDepartment,
  findTeamMember,
  headsAnyDepartment,
  headsTakingDepartment,
  insertTeamMember,
  removeTeamMember,
  setFileLeader,
  teamRows,
  type TeamRow,
} from './team.data';

export function toTeamMember(r: TeamRow): TeamMember {
  return {
    id: r.id,
    role: r.role,
    staff: r.staff_id ? { id: r.staff_id, name: r.staff_name ?? '' } : null,
    name: r.staff_name ?? r.name ?? '',
    organisation: r.organisation,
    phone: r.phone,
    employment: r.employment,
    enforcementCertExpiry: r.enforcement_cert_expiry,
    arbitratorCertExpiry: r.arbitrator_cert_expiry,
    addedAt: r.added_at,
    confirmedAt: r.role === 'leader' ? r.confirmed_at : null,
  };
}

export function listTeam(core: CoreServices, caseFileId: string): TeamMember[] {
  return teamRows(core.prepare, caseFileId).map(toTeamMember);
}

/** Who may change a file's team: its 包案领导 (any leader while it has none), the head of the department that took it, or a department head of the unit. */
export function mayManageTeam(core: CoreServices, principal: Principal, file: { id: string; unit_id: string; leader_staff_id: string | null }): boolean {
  if (can(principal.roles, 'team.manage') && (file.leader_staff_id === null || file.leader_staff_id === principal.staffId)) return true;
  if (headsTakingDepartment(core.prepare, file.id, principal.staffId)) return true;
  return isDepartmentHead(core.prepare, principal.staffId, file.unit_id, 'inspection') || isDepartmentHead(core.prepare, principal.staffId, file.unit_id, 'arbitration');
}

/**
 * Whether a person works on a file: its 包案领导, a place on its team, the head of a department that handles it, or —
 * on a file no leader has taken yet — any leader of the unit.
 */
export function worksOnFile(core: CoreServices, principal: Principal, caseFileId: string): boolean {
  const file = caseFileBasics(core.prepare, caseFileId);
  if (!file) return false;
  if (file.leader_staff_id === principal.staffId) return true;
  if (file.leader_staff_id === null && principal.roles.includes('leader')) return true;
  if (teamRows(core.prepare, caseFileId).some((m) => m.staff_id === principal.staffId)) return true;
  if (headsTakingDepartment(core.prepare, caseFileId, principal.staffId)) return true;
  return isDepartmentHead(core.prepare, principal.staffId, file.unit_id, 'inspection') || isDepartmentHead(core.prepare, principal.staffId, file.unit_id, 'arbitration');
}

function requireManager(call: CallContext, file: { id: string; unit_id: string; leader_staff_id: string | null }): Principal {
  const principal = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!principal || !mayManageTeam(call.core, principal, file)) {
    throw new ServiceError('FORBIDDEN', '只有本案包案领导（尚未确定包案领导的，任一局领导）或部门负责人可以调整办案组');
  }
  return principal;
}

function rolesOf(core: CoreServices, staffId: string): StaffRole[] {
  return (core.prepare('SELECT role FROM staff_roles WHERE staff_id = ?').all(staffId) as { role: StaffRole }[]).map((r) => r.role);
}

export function addTeamMember(call: CallContext, input: z.output<typeof teamAddInput>): TeamMember {
  const core = call.core;
  return tx(writeContext(call), (w) => {
    const file = caseFileBasics(core.prepare, input.caseFileId);
    if (!file) throw notFound('该案卷');
    requireManager(call, file);
    const today = dateKeyOf(w.now);
    const current = teamRows(core.prepare, file.id);
    let label: string;
    if (input.staffId) {
      const member = findStaff(core, input.staffId);
      const inst = requireInstallation(core);
      if (!member || !member.active || member.unitId !== inst.unitId) throw invalid({ staffId: '请选择本单位在职的工作人员' });
      if (current.some((m) => m.staff_id === input.staffId && m.role === input.role)) throw invalid({ staffId: `${member.name}已是本案${TEAM_ROLE_LABEL[input.role]}` });
      if (input.role === 'leader' && !rolesOf(core, member.id).includes('leader')) throw invalid({ staffId: `${member.name}不是局领导，不能担任包案领导` });
      const inspection = (JSON.parse(file.kinds) as string[]).includes('inspection');
      if (input.role === 'handler' && inspection) {
        // 监察条例 Art. 16: the inspection's handlers show a valid 执法证.
        if (!member.enforcementCertNo || !member.enforcementCertExpiry) throw invalid({ staffId: `${member.name}没有登记执法证，不能担任监察案件承办人` });
        if (member.enforcementCertExpiry < today) throw invalid({ staffId: `${member.name}的执法证已于 ${member.enforcementCertExpiry} 过期，不能担任承办人` });
      }
      label = member.name;
    } else {
      if (input.role !== 'participant') throw invalid({ staffId: `${TEAM_ROLE_LABEL[input.role]}须为本单位工作人员` });
      if (!input.name) throw invalid({ name: '请填写参与人员的姓名' });
      if (!input.organisation) throw invalid({ organisation: '请填写参与人员所在的单位或部门（如住建局、派出所、司法所、工会、建设单位）' });
      label = `${input.name}（${input.organisation}）`;
    }
    if (input.role === 'leader') {
      // One 包案领导 at a time: the one replaced leaves with the same reason.
      for (const old of current.filter((m) => m.role === 'leader')) removeTeamMember(core.prepare, old.id, w.now, w.actorStaffId, input.reason);
      setFileLeader(core.prepare, file.id, input.staffId, w.now);
    }
    const id = insertTeamMember(core.prepare, {
      caseFileId: file.id,
      role: input.role,
      staffId: input.staffId,
      name: input.staffId ? null : input.name,
      organisation: input.organisation,
      phone: input.phone,
      employment: input.employment,
      now: w.now,
      by: w.actorStaffId,
      reason: input.reason,
    });
    const what = `${TEAM_ROLE_LABEL[input.role]}${input.role === 'participant' ? `（${EMPLOYMENT.label(input.employment)}）` : ''}`;
    w.caseEvent({ caseFileId: file.id, kind: 'team.added', summary: `${label}加入办案组，任${what}：${input.reason}`, data: { memberId: id, role: input.role, staffId: input.staffId } });
    w.audit({ action: 'teamAdd', entity: 'caseFile', entityId: file.id, change: { memberId: id, ...input } });
    w.changed('caseFile', file.id);
    return toTeamMember(findTeamMember(core.prepare, id)!);
  });
}

export function removeMember(call: CallContext, input: z.output<typeof teamRemoveInput>): void {
  const core = call.core;
  tx(writeContext(call), (w) => {
    const m = findTeamMember(core.prepare, input.memberId);
    if (!m || m.removed_at !== null) throw notFound('该办案组成员');
    const file = caseFileBasics(core.prepare, m.case_file_id)!;
    requireManager(call, file);
    if (m.role === 'leader') setFileLeader(core.prepare, file.id, null, w.now);
    removeTeamMember(core.prepare, m.id, w.now, w.actorStaffId, input.reason);
    const label = m.staff_name ?? `${m.name ?? ''}（${m.organisation ?? ''}）`;
    w.caseEvent({ caseFileId: file.id, kind: 'team.removed', summary: `${label}不再担任${TEAM_ROLE_LABEL[m.role]}：${input.reason}`, data: { memberId: m.id } });
    w.audit({ action: 'teamRemove', entity: 'caseFile', entityId: file.id, change: { memberId: m.id, reason: input.reason } });
    w.changed('caseFile', file.id);
  });
}

/**
 * Who confirms a proposed 包案领导 (the desk proposes, the department head confirms): the head of the department that
 * took the file, or — while no department has taken it — any department head of the unit; never the leader themself.
 */
export function mayConfirmLeader(core: CoreServices, staffId: string, file: { id: string; unit_id: string }): boolean {
  if (fileTakenByDepartment(core.prepare, file.id)) return headsTakingDepartment(core.prepare, file.id, staffId);
  return headsAnyDepartment(core.prepare, file.unit_id, staffId);
}

export function confirmLeader(call: CallContext, input: z.output<typeof teamConfirmLeaderInput>): TeamMember {
  const core = call.core;
  return tx(writeContext(call), (w) => {
    const m = findTeamMember(core.prepare, input.memberId);
    if (!m || m.removed_at !== null) throw notFound('该办案组成员');
    if (m.role !== 'leader') throw new ServiceError('CONFLICT', '只有包案领导需要确认');
    if (m.confirmed_at !== null) throw new ServiceError('CONFLICT', `${m.staff_name ?? ''}已确认为本案包案领导，无需再次确认`);
    const file = caseFileBasics(core.prepare, m.case_file_id)!;
    const me = w.actorStaffId!;
    if (m.staff_id === me) throw new ServiceError('FORBIDDEN', '包案领导不能确认自己，请由部门负责人确认');
    if (!mayConfirmLeader(core, me, file)) {
      throw new ServiceError('FORBIDDEN', '只有签收本案的部门的负责人（尚未签收的，本单位任一部门负责人）可以确认包案领导');
    }
    if (!confirmLeaderRow(core.prepare, m.id, w.now, me)) throw new ServiceError('CONFLICT', '该包案领导已确认或已更换，请刷新后再试');
    w.caseEvent({ caseFileId: file.id, kind: 'team.leaderConfirmed', summary: `确认${m.staff_name ?? ''}为包案领导`, data: { memberId: m.id, staffId: m.staff_id } });
    w.audit({ action: 'teamConfirmLeader', entity: 'caseFile', entityId: file.id, change: { memberId: m.id, staffId: m.staff_id } });
    w.changed('caseFile', file.id);
    return toTeamMember(findTeamMember(core.prepare, m.id)!);
  });
}
