import { defineHandlers } from '../kernel/handler';
import { searchScope } from '../personal/masking';
import { getCaseFile, listCases } from './cases.service';

export const casesHandlers = defineHandlers({
  'cases.list': (call, input) => listCases(call.core, input, searchScope(call, input.search)),
  'cases.get': (call, input) => getCaseFile(call, input.id),
});
