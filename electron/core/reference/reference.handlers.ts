import { recomputeIfStale } from '../deadlines/recompute-trigger';
import { checkNewPassword, insertAccount, resetPassword } from '../accounts/accounts.service';
import { hashPassword } from '../accounts/passwords';
import { defineHandlers } from '../kernel/handler';
import { callerCan } from '../session/session.service';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import { listParameters, setParameter } from './parameters.service';
import { getStaff, insertStaff, listStaff, updateStaff } from './staff.service';
import { getDepartment, getUnit, listUnits, saveDepartment, updateUnit } from './units.service';

export const referenceHandlers = defineHandlers({
  'units.list': (call) => listUnits(call.core),
  'units.update': (call, input) => {
    tx(writeContext(call), (w) => updateUnit(w, call.core, input));
    return getUnit(call.core, input.id);
  },
  'departments.save': (call, input) => getDepartment(call.core, tx(writeContext(call), (w) => saveDepartment(w, call.core, input))),
  'staff.list': (call, input) => {
    const list = listStaff(call.core, input.includeInactive);
    // Account state (locks, last sign-in) is for those who manage accounts.
    return callerCan(call, 'staff.manage') ? list : list.map((m) => ({ ...m, account: null }));
  },
  'staff.create': async (call, input) => {
    const inst = requireInstallation(call.core);
    const { initialPassword, ...fields } = input;
    checkNewPassword(initialPassword, fields.name, 'initialPassword');
    const hashed = await hashPassword(initialPassword, call.core.config.passwordCost);
    const id = tx(writeContext(call), (w) => {
      const staffId = insertStaff(w, call.core, inst.unitId, fields);
      insertAccount(w, staffId, hashed, true);
      return staffId;
    });
    return getStaff(call.core, id);
  },
  'staff.resetPassword': async (call, input) => {
    await resetPassword(call, input);
    return getStaff(call.core, input.id);
  },
  'staff.update': (call, input) => {
    tx(writeContext(call), (w) => updateStaff(w, call, input));
    return getStaff(call.core, input.id);
  },
  'parameters.list': (call) => listParameters(call.core),
  'parameters.set': (call, input) => {
    const id = tx(writeContext(call), (w) => setParameter(w, call.core, input));
    // A deadline setting in force today moves open files' dates (a job); any other parameter leaves the basis as it is.
    recomputeIfStale(call.core, { staffId: call.session.staffId, sessionId: call.session.id });
    return listParameters(call.core).find((p) => p.id === id)!;
  },
});
