// The arbitrators' and clerks' unavailable days: recorded by those who schedule (a person, the days, leave or
// training and why), withdrawn with a reason, never deleted. Recording one tells which hearings already booked with
// that person fall in it (to postpone or re-seat); booking a hearing on such a day is refused (hearings.service.ts).
import type { z } from 'zod';
import type { UnavailabilityRecord, unavailabilityAddInput, unavailabilityListInput, unavailabilityWithdrawInput } from '../../../shared/contract/hearings';
import { periodProblems, UNAVAILABILITY_KIND } from '../../../shared/domain/unavailability';
import type { CallContext } from '../kernel/context';
import { invalid, notFound, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { hearingsBetween } from './hearings.data';
import { findUnavailability, insertUnavailability, sittingStaff, unavailableBetween, withdrawUnavailabilityRow, type UnavailabilityRow } from './unavailability.data';

const record = ({ unitId: _u, withdrawn: _w, ...r }: UnavailabilityRow): UnavailabilityRecord => r;

export function listUnavailability(call: CallContext, input: z.output<typeof unavailabilityListInput>): UnavailabilityRecord[] {
  const problems = periodProblems(input.from, input.to);
  if (problems.toDate) throw invalid({ to: problems.toDate });
  return unavailableBetween(call.core.prepare, requireInstallation(call.core).unitId, input.from, input.to).map(record);
}

export function addUnavailability(call: CallContext, input: z.output<typeof unavailabilityAddInput>): { entry: UnavailabilityRecord; affected: string[] } {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  const problems = periodProblems(input.fromDate, input.toDate);
  if (Object.keys(problems).length > 0) throw invalid(problems);
  const person = sittingStaff(core.prepare, unitId, input.staffId);
  if (!person) throw invalid({ staffId: '只能为本单位在职的仲裁员或书记员登记不可安排开庭的日期' });
  const overlapping = unavailableBetween(core.prepare, unitId, input.fromDate, input.toDate).find((u) => u.staffId === input.staffId);
  if (overlapping) throw invalid({ fromDate: `${person.name}已登记 ${overlapping.fromDate} 至 ${overlapping.toDate} ${UNAVAILABILITY_KIND[overlapping.kind]}，与本次登记的日期重叠；请先撤销原登记或调整日期` });
  return tx(writeContext(call), (w) => {
    const id = newId(w.now);
    insertUnavailability(core.prepare, { id, unitId, staffId: input.staffId, fromDate: input.fromDate, toDate: input.toDate, kind: input.kind, reason: input.reason, by: w.actorStaffId!, now: w.now });
    w.audit({ action: 'unavailabilityAdded', entity: 'staff', entityId: input.staffId, change: { id, ...input } });
    w.changed('unit', unitId);
    const affected = hearingsBetween(core.prepare, unitId, input.fromDate, input.toDate, input.staffId, false)
      .filter((h) => h.status === 'scheduled')
      .map((h) => `${h.date} ${h.start}—${h.end} ${h.roomName}：${h.caseNumber ?? h.caseTitle}`);
    return { entry: record(findUnavailability(core.prepare, id)!), affected };
  });
}

export function withdrawUnavailability(call: CallContext, input: z.output<typeof unavailabilityWithdrawInput>): UnavailabilityRecord {
  const core = call.core;
  const unitId = requireInstallation(core).unitId;
  const u = findUnavailability(core.prepare, input.id);
  if (!u || u.unitId !== unitId) throw notFound('该不可安排开庭的登记');
  if (u.withdrawn) throw new ServiceError('CONFLICT', '该登记已经撤销');
  return tx(writeContext(call), (w) => {
    if (!withdrawUnavailabilityRow(core.prepare, u.id, w.actorStaffId!, input.reason, w.now)) throw new ServiceError('CONFLICT', '该登记已经撤销');
    w.audit({ action: 'unavailabilityWithdrawn', entity: 'staff', entityId: u.staffId, change: { id: u.id, reason: input.reason } });
    w.changed('unit', unitId);
    return record(u);
  });
}
