import { defineHandlers } from '../handler';
import { getCaseFile, listCases } from './cases.service';

export const casesHandlers = defineHandlers({
  'cases.list': (call, input) => listCases(call.core, input),
  'cases.get': (call, input) => getCaseFile(call.core, input.id),
});
