import { defineHandlers } from '../kernel/handler';
import { retentionOverview } from './retention-due';
import { anonymiseFiles } from './retention.service';

export const retentionHandlers = defineHandlers({
  'retention.list': (call, input) => retentionOverview(call.core, input.limit),
  'retention.anonymise': (call, input) => anonymiseFiles(call, input),
});
