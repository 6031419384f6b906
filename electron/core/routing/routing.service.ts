// Routing (分级负责，归口办理; 保障农民工工资支付条例 Art. 10 首问负责): the desk sends each intake to a department of
// its unit — by default the unit's department with the capability for the route — or names another body, or records
// it as awaiting transfer to another unit. The department takes it (签收: the file is now that department's) or
// returns it to the desk with a reason; the desk routes a returned intake again. The proceeding's clocks run from
// the bureau's receipt throughout (若干规定 Art. 18; 调解仲裁法 Art. 29 count from receipt, not from 签收).
import type { RoutingItem } from '../../../shared/contract/routing';
import { can } from '../../../shared/domain/permissions';
import { CAPABILITY, INTAKE_ROUTE, proceedingKindForRoute, ROUTE_CAPABILITIES, type IntakeKind, type IntakeRoute, type IntakeStatus } from '../../../shared/domain/vocabulary';
import type { CallContext, CoreServices, Principal } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { principalOf } from '../session/session.service';
import type { TxWriter } from '../kernel/tx';
import { departmentsWith, findDepartment, findRouting, insertRouting, staffDepartmentId, unitExists, type DepartmentRow, type RoutingRow } from './routing.data';

/** The timeline lines routing writes on a file. */
export const ROUTING_EVENT = {
  routed: 'routing.routed',
  accepted: 'routing.accepted',
  returned: 'routing.returned',
  rerouted: 'routing.rerouted',
} as const;

export function toRoutingItem(r: RoutingRow): RoutingItem {
  return {
    id: r.id,
    intakeId: r.intake_id,
    target: r.target,
    status: r.status,
    department: r.department_id ? { id: r.department_id, name: r.department_name ?? '' } : null,
    otherBody: r.other_body,
    otherUnit: r.other_unit_id ? { id: r.other_unit_id, name: r.other_unit_name ?? '' } : null,
    caseFileId: r.case_file_id,
    proceedingId: r.proceeding_id,
    note: r.note,
    routedAt: r.routed_at,
    routedBy: { id: r.routed_by, name: r.routed_by_name },
    decidedAt: r.decided_at,
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
    returnReason: r.return_reason,
    rowVersion: r.row_version,
  };
}

export function callerOf(call: CallContext): Principal {
  const p = call.principal ?? principalOf(call.core, call.session.staffId!);
  if (!p) throw new ServiceError('UNAUTHENTICATED', '请先登录');
  return p;
}

/**
 * The department a route goes to: the one the desk chose, if it is this unit's, in use and able to take the route;
 * else the unit's first department with the route's capability. A refusal names the field.
 */
export function departmentForRoute(core: CoreServices, unitId: string, route: IntakeRoute, departmentId: string | null): DepartmentRow {
  const caps = ROUTE_CAPABILITIES[route] ?? [];
  const what = caps.map((c) => CAPABILITY.label(c)).join('或');
  if (departmentId !== null) {
    const d = findDepartment(core.prepare, departmentId);
    if (!d || d.unit_id !== unitId || d.active !== 1) throw invalid({ departmentId: '请选择本单位在用的部门' });
    if (!caps.includes(d.capability)) throw invalid({ departmentId: `${d.name}不办理“${INTAKE_ROUTE.label(route)}”，请选择${what}部门` });
    return d;
  }
  const d = departmentsWith(core.prepare, unitId, caps)[0];
  if (!d) throw invalid({ route: `本单位没有${what}部门，不能${INTAKE_ROUTE.label(route)}；请在“设置—单位和部门”中添加，或选择其他去向` });
  return d;
}

export interface RouteArgs {
  intakeId: string;
  unitId: string;
  route: IntakeRoute;
  departmentId: string | null;
  otherBody: string | null;
  transferUnitId: string | null;
  caseFileId: string | null;
  proceedingId: string | null;
  note: string | null;
  /** The timeline line's opening words: 分办 at the desk, 重新分办 after a return. */
  verb: string;
}

/** Checks a transfer's target unit: another unit on the list, in use. */
export function checkTransferUnit(core: CoreServices, unitId: string, transferUnitId: string | null): { id: string; name: string } {
  const u = transferUnitId ? unitExists(core.prepare, transferUnitId) : null;
  if (!u || u.active !== 1) throw invalid({ transferUnitId: '请选择移送的单位' });
  if (u.id === unitId) throw invalid({ transferUnitId: '移送的单位不能是本单位；本单位办理的，请选择转监察、仲裁或调解' });
  return u;
}

/**
 * Records where an intake went, inside the caller's transaction, and returns the intake's status. A route that opens a
 * proceeding goes to a department, awaiting its 签收; referredElsewhere names the body; transfer awaits transfer.
 */
export function recordRouting(w: TxWriter, core: CoreServices, a: RouteArgs): IntakeStatus {
  const base = { id: newId(w.now), intakeId: a.intakeId, unitId: a.unitId, caseFileId: a.caseFileId, proceedingId: a.proceedingId, note: a.note, now: w.now, by: w.actorStaffId! };
  if (proceedingKindForRoute(a.route) !== null) {
    const d = departmentForRoute(core, a.unitId, a.route, a.departmentId);
    insertRouting(core.prepare, { ...base, target: 'department', departmentId: d.id, otherBody: null, otherUnitId: null, status: 'awaiting' });
    if (a.caseFileId) {
      w.caseEvent({ caseFileId: a.caseFileId, proceedingId: a.proceedingId, kind: ROUTING_EVENT.routed, summary: `${a.verb}至${d.name}，待签收${a.note ? `：${a.note}` : ''}`, data: { routingId: base.id, departmentId: d.id } });
    }
    w.audit({ action: 'route', entity: 'intake', entityId: a.intakeId, change: { routingId: base.id, route: a.route, departmentId: d.id, caseFileId: a.caseFileId, proceedingId: a.proceedingId, note: a.note } });
    return 'routed';
  }
  if (a.route === 'transfer') {
    const u = checkTransferUnit(core, a.unitId, a.transferUnitId);
    insertRouting(core.prepare, { ...base, target: 'otherUnit', departmentId: null, otherBody: null, otherUnitId: u.id, status: 'awaitingTransfer' });
    w.audit({ action: 'route', entity: 'intake', entityId: a.intakeId, change: { routingId: base.id, route: a.route, otherUnitId: u.id, note: a.note } });
    return 'awaitingTransfer';
  }
  if (a.route === 'referredElsewhere') {
    insertRouting(core.prepare, { ...base, target: 'otherBody', departmentId: null, otherBody: a.otherBody, otherUnitId: null, status: 'referred' });
    w.audit({ action: 'route', entity: 'intake', entityId: a.intakeId, change: { routingId: base.id, route: a.route, otherBody: a.otherBody, note: a.note } });
  }
  return 'answered';
}

/** What a route may not be for this kind of intake (as intakes.create refuses it). */
export function routeProblem(kind: IntakeKind, route: IntakeRoute): string | null {
  if (kind === 'consultation' && (proceedingKindForRoute(route) !== null || route === 'transfer')) return '咨询不立案；需要办理的，请将类型改为投诉或举报';
  if (kind === 'report' && (route === 'arbitration' || route === 'mediation')) return '举报转劳动保障监察处理；仲裁和调解须由劳动者本人申请';
  return null;
}

/** Who may 签收 or return a department's files: its staff and its head, with the step permission. */
export function mayDecideFor(core: CoreServices, principal: Principal, departmentId: string): boolean {
  if (!can(principal.roles, 'proceeding.act')) return false;
  const d = findDepartment(core.prepare, departmentId);
  return !!d && (staffDepartmentId(core.prepare, principal.staffId) === d.id || d.head_staff_id === principal.staffId);
}

/** The routing, if it is this unit's and still waits for its department; refuses whoever is not of that department. */
export function routingToDecide(call: CallContext, routingId: string, rowVersion: number, verb: string): { r: RoutingRow; principal: Principal } {
  const principal = callerOf(call);
  const r = findRouting(call.core.prepare, routingId);
  if (!r || r.unit_id !== requireInstallation(call.core).unitId || r.target !== 'department' || !r.department_id) throw notFound('该分办记录');
  if (!mayDecideFor(call.core, principal, r.department_id)) throw new ServiceError('FORBIDDEN', `只有${r.department_name ?? '承办部门'}的工作人员或负责人可以${verb}`);
  if (r.status !== 'awaiting') throw new ServiceError('CONFLICT', `该案卷已${r.status === 'accepted' ? '签收' : '退回'}，不能再${verb}；请刷新收件箱`);
  if (r.row_version !== rowVersion) throw conflict('该分办记录');
  return { r, principal };
}

