import { defineHandlers } from '../kernel/handler';
import { maskParty, searchScope } from '../personal/masking';
import { tx, writeContext } from '../kernel/tx';
import { createParty, searchParties, searchProjects } from './parties.service';

export const partiesHandlers = defineHandlers({
  'parties.search': (call, input) => searchParties(call.core, input.query, input.limit, searchScope(call, input.query).numbers).map(maskParty),
  'parties.create': (call, input) => maskParty(tx(writeContext(call), (w) => createParty(w, call.core, input))),
  'projects.search': (call, input) => searchProjects(call.core, input.query, input.limit),
});
