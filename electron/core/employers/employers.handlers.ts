import { defineHandlers } from '../kernel/handler';
import { searchEmployers } from './employers.search';
import { employerView } from './employers.service';

export const employersHandlers = defineHandlers({
  'employers.search': (call, input) => searchEmployers(call, input),
  'employers.get': (call, input) => employerView(call, input),
});
