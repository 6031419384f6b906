import { defineHandlers } from '../handler';
import { listIntakes } from './intakes.list';
import { addComplainants, createIntake, getIntakeDetail } from './intakes.service';
import { parseRoster } from './roster';

export const intakesHandlers = defineHandlers({
  'intakes.create': (call, input) => getIntakeDetail(call.core, createIntake(call, input)),
  'intakes.addComplainants': (call, input) => {
    addComplainants(call, input);
    return getIntakeDetail(call.core, input.intakeId);
  },
  'intakes.get': (call, input) => getIntakeDetail(call.core, input.id),
  'intakes.list': (call, input) => listIntakes(call.core, input),
  'intakes.parseRoster': (_call, input) => parseRoster(input.fileName, input.contentBase64),
});
