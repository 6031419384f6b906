// The department's answer to a routed file — 签收 (the file is now the department's; the proceeding is ready for its
// first step) or 退回 to the desk with a reason — and the desk's routing of a returned intake again.
import type { z } from 'zod';
import type { RoutingItem, rerouteInput, routingDecideInput, routingReturnInput } from '../../../shared/contract/routing';
import type { PartyRole } from '../../../shared/domain/vocabulary';
import { proceedingKindForRoute } from '../../../shared/domain/vocabulary';
import { dateKeyOf } from '../../../shared/domain/time';
import { openProceeding } from '../cases/case-opening';
import { openCaseForRegistered } from '../intakes/intake-case';
import type { CallContext } from '../kernel/context';
import { conflict, invalid, notFound, ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { storeProceedingDeadlines } from '../deadlines/stored-deadlines';
import { deadlineBasis } from '../proceedings/engine';
import { insertClockEvent } from '../proceedings/proceedings.data';
import {
  closeFileIfDone,
  closeProceedingAs,
  decideRouting,
  findRouting,
  intakeForRouting,
  routingsOfIntake,
  setIntakeRouting,
  setProceedingDepartment,
  standingParties,
  untakenProceeding,
} from './routing.data';
import { callerOf, recordRouting, routeProblem, ROUTING_EVENT, routingToDecide, toRoutingItem } from './routing.service';

/** 签收: the department takes the file; the person who took it is recorded; the proceeding may now take its first step. */
export function acceptRouting(call: CallContext, input: z.output<typeof routingDecideInput>): RoutingItem {
  const core = call.core;
  return tx(writeContext(call), (w) => {
    const { r, principal } = routingToDecide(call, input.routingId, input.rowVersion, '签收');
    if (!decideRouting(core.prepare, r.id, input.rowVersion, { status: 'accepted', by: principal.staffId, now: w.now, reason: null })) throw conflict('该分办记录');
    if (r.proceeding_id) setProceedingDepartment(core.prepare, r.proceeding_id, r.department_id!, w.now);
    const taken = findRouting(core.prepare, r.id)!;
    if (r.case_file_id) {
      w.caseEvent({ caseFileId: r.case_file_id, proceedingId: r.proceeding_id, kind: ROUTING_EVENT.accepted, summary: `${r.department_name}签收（签收人：${taken.decided_by_name}）`, data: { routingId: r.id, departmentId: r.department_id } });
      w.changed('caseFile', r.case_file_id);
    }
    w.audit({ action: 'routingAccept', entity: 'intake', entityId: r.intake_id, change: { routingId: r.id, departmentId: r.department_id, proceedingId: r.proceeding_id } });
    w.changed('intake', r.intake_id);
    return toRoutingItem(taken);
  });
}

/** 退回: back to the desk with the department's reason; nothing may be done on the file until it is routed again. */
export function returnRouting(call: CallContext, input: z.output<typeof routingReturnInput>): RoutingItem {
  const core = call.core;
  return tx(writeContext(call), (w) => {
    const { r, principal } = routingToDecide(call, input.routingId, input.rowVersion, '退回');
    if (!decideRouting(core.prepare, r.id, input.rowVersion, { status: 'returned', by: principal.staffId, now: w.now, reason: input.reason })) throw conflict('该分办记录');
    const intake = intakeForRouting(core.prepare, r.intake_id)!;
    setIntakeRouting(core.prepare, intake.id, { status: 'returned', route: intake.route, now: w.now });
    const returned = findRouting(core.prepare, r.id)!;
    if (r.case_file_id) {
      w.caseEvent({ caseFileId: r.case_file_id, proceedingId: r.proceeding_id, kind: ROUTING_EVENT.returned, summary: `${r.department_name}退回接待窗口（${returned.decided_by_name}）：${input.reason}`, data: { routingId: r.id } });
      w.changed('caseFile', r.case_file_id);
    }
    w.audit({ action: 'routingReturn', entity: 'intake', entityId: r.intake_id, change: { routingId: r.id, departmentId: r.department_id, reason: input.reason } });
    w.changed('intake', r.intake_id);
    return toRoutingItem(returned);
  });
}

/**
 * The desk routes a returned intake again: to another department for the same proceeding (which keeps its clocks),
 * or on another route. Another kind of proceeding replaces the untaken one, which closes as 'rerouted' (its receipt
 * duties end that day); the new one's clocks run from the bureau's original receipt, not from the re-routing — 若干规定
 * Art. 18 and 调解仲裁法 Art. 29 count from receipt, no rule restarts them on an internal transfer, and where the law
 * is unclear the bureau's duty takes the earlier date. A route that opens nothing (answered, referred, transfer)
 * closes the file.
 */
export function rerouteIntake(call: CallContext, input: z.output<typeof rerouteInput>): { intakeId: string; caseFileId: string | null } {
  const core = call.core;
  callerOf(call);
  return tx(writeContext(call), (w) => {
    const intake = intakeForRouting(core.prepare, input.intakeId);
    if (!intake || intake.unit_id !== requireInstallation(core).unitId) throw notFound('该接待登记');
    // A returned intake goes again; one registered without a route (暂不分办) goes now — every intake goes somewhere.
    const first = intake.status === 'registered';
    if (!first && intake.status !== 'returned') throw new ServiceError('STEP_BLOCKED', '只有暂不分办或被部门退回的登记可以分办');
    if (intake.row_version !== input.rowVersion) throw conflict('该接待登记');
    const problem = routeProblem(intake.kind, input.route);
    if (problem) throw invalid({ route: problem });
    const last = routingsOfIntake(core.prepare, intake.id).at(-1);
    const old = intake.case_file_id ? untakenProceeding(core.prepare, intake.case_file_id) : null;
    const kind = proceedingKindForRoute(input.route);
    let proceedingId = old?.id ?? null;
    let caseFileId = intake.case_file_id;
    if (first && kind && !caseFileId) {
      const opened = openCaseForRegistered(w, core, intake.id, input.route, kind);
      caseFileId = opened.caseFileId;
      proceedingId = opened.proceedingId;
    }
    if (old && intake.case_file_id && kind !== old.kind) {
      const today = dateKeyOf(w.now);
      insertClockEvent(core.prepare, old.id, { kind: 'rerouted', date: today }, 'routing.reroute', w.now, w.actorStaffId);
      closeProceedingAs(core.prepare, old.id, 'rerouted', w.now);
      storeProceedingDeadlines(core.prepare, w.now, { id: old.id, caseFileId: intake.case_file_id, unitId: intake.unit_id, kind: old.kind }, deadlineBasis(core));
      w.caseEvent({ caseFileId: intake.case_file_id, proceedingId: old.id, kind: ROUTING_EVENT.rerouted, summary: `退回后改为${input.route === 'transfer' ? '移送其他单位' : '其他去向'}，本程序不再办理`, data: { to: input.route } });
      proceedingId = null;
      if (kind) {
        const parties = standingParties(core.prepare, old.id).map((p) => ({ role: p.role as PartyRole | 'complainant', partyId: p.party_id, personId: p.person_id }));
        proceedingId = openProceeding(w, core, { caseFileId: intake.case_file_id, unitId: intake.unit_id, kind, receivedDate: intake.received_date, parties });
      } else if (closeFileIfDone(core.prepare, intake.case_file_id, w.now)) {
        w.caseEvent({ caseFileId: intake.case_file_id, kind: 'caseFile.closed', summary: '接待窗口重新分办，不再立案办理，案卷办结', data: { route: input.route } });
      }
      w.changed('caseFile', intake.case_file_id);
    }
    const status = recordRouting(w, core, {
      intakeId: intake.id,
      unitId: intake.unit_id,
      route: input.route,
      departmentId: input.departmentId,
      otherBody: input.otherBody,
      transferUnitId: input.transferUnitId,
      caseFileId: kind ? caseFileId : null,
      proceedingId: kind ? proceedingId : null,
      note: input.note,
      verb: first ? '分办' : '重新分办',
    });
    setIntakeRouting(core.prepare, intake.id, { status, route: input.route, answer: input.answer ?? input.otherBody, now: w.now });
    w.audit({ action: first ? 'route' : 'reroute', entity: 'intake', entityId: intake.id, change: { from: { route: intake.route, routingId: last?.id ?? null }, to: input } });
    w.changed('intake', intake.id);
    return { intakeId: intake.id, caseFileId };
  });
}
