import type { CallContext } from '../context';
import { defineHandlers } from '../handler';
import { shapeIntakeDetail, shapeIntakeListItem } from '../personal/masking';
import { callerCan } from '../session/session.service';
import { listIntakes } from './intakes.list';
import { addComplainants, createIntake, getIntakeDetail } from './intakes.service';
import { parseRoster } from './roster';

/** An intake as this caller may see it: personal data masked, a reporter hidden unless they may know. */
const detailFor = (call: CallContext, id: string) => shapeIntakeDetail(getIntakeDetail(call.core, id), { reporterRead: callerCan(call, 'reporter.read') });

export const intakesHandlers = defineHandlers({
  'intakes.create': (call, input) => detailFor(call, createIntake(call, input)),
  'intakes.addComplainants': (call, input) => {
    addComplainants(call, input);
    return detailFor(call, input.intakeId);
  },
  'intakes.get': (call, input) => detailFor(call, input.id),
  'intakes.list': (call, input) => {
    // A name search must not tell someone who may not know reporters that a person reported: without
    // 'reporter.read', text search leaves reports out (they are still listed, and filtered by kind, without names).
    const page = listIntakes(call.core, input, { searchReports: input.search === '' || callerCan(call, 'reporter.read') });
    return { ...page, items: page.items.map(shapeIntakeListItem) };
  },
  'intakes.parseRoster': (_call, input) => parseRoster(input.fileName, input.contentBase64),
});
