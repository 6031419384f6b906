import type { CallContext } from '../kernel/context';
import { defineHandlers } from '../kernel/handler';
import { searchScope, shapeIntakeDetail } from '../personal/masking';
import { callerCan } from '../session/session.service';
import { listIntakes } from './intakes.list';
import { addComplainants, createIntake, getIntakeDetail } from './intakes.service';
import { parseRoster } from './roster-thread';

/** An intake as this caller may see it: personal data masked, a reporter hidden unless they may know. */
const detailFor = (call: CallContext, id: string) => shapeIntakeDetail(getIntakeDetail(call.core, id), { reporterRead: callerCan(call, 'reporter.read') });

export const intakesHandlers = defineHandlers({
  'intakes.create': (call, input) => detailFor(call, createIntake(call, input)),
  'intakes.addComplainants': (call, input) => {
    addComplainants(call, input);
    return detailFor(call, input.intakeId);
  },
  'intakes.get': (call, input) => detailFor(call, input.id),
  'intakes.list': (call, input) => listIntakes(call.core, input, searchScope(call, input.search)),
  'intakes.parseRoster': (_call, input) => parseRoster(input.fileName, input.contentBase64),
});
