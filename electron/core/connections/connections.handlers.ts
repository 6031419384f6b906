import { defineHandlers } from '../kernel/handler';
import { endConnection, listConnections } from './connections.service';

export const connectionsHandlers = defineHandlers({
  'connections.list': (call) => listConnections(call),
  'connections.end': (call, input) => endConnection(call, input),
});
