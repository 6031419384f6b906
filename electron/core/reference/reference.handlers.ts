import { defineHandlers } from '../handler';
import { requireInstallation } from '../installation';
import { tx, writeContext } from '../tx';
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
  'staff.list': (call, input) => listStaff(call.core, input.includeInactive),
  'staff.create': (call, input) => {
    const inst = requireInstallation(call.core);
    const id = tx(writeContext(call), (w) => insertStaff(w, call.core, inst.unitId, input));
    return getStaff(call.core, id);
  },
  'staff.update': (call, input) => {
    tx(writeContext(call), (w) => updateStaff(w, call, input));
    return getStaff(call.core, input.id);
  },
  'parameters.list': (call) => listParameters(call.core),
  'parameters.set': (call, input) => {
    const id = tx(writeContext(call), (w) => setParameter(w, call.core, input));
    return listParameters(call.core).find((p) => p.id === id)!;
  },
});
