// Every channel's handler. The type requires one per contract channel: adding a channel to the contract
// without its handler here does not compile.
import { auditHandlers } from './audit/audit.handlers';
import { casesHandlers } from './cases/cases.handlers';
import { deadlinesHandlers } from './deadlines/deadlines.handlers';
import { documentsHandlers } from './documents/documents.handlers';
import { draftsHandlers } from './drafts/drafts.handlers';
import type { Handlers } from './kernel/handler';
import { intakesHandlers } from './intakes/intakes.handlers';
import { jobsHandlers } from './jobs/jobs.handlers';
import { maintenanceHandlers } from './durability/maintenance.handlers';
import { partiesHandlers } from './parties/parties.handlers';
import { personalHandlers } from './personal/personal.handlers';
import { referenceHandlers } from './reference/reference.handlers';
import { retentionHandlers } from './retention/retention.handlers';
import { sessionHandlers } from './session/session.handlers';
import { setupHandlers } from './setup/setup.handlers';

export const handlers: Handlers = {
  ...setupHandlers,
  ...sessionHandlers,
  ...referenceHandlers,
  ...partiesHandlers,
  ...intakesHandlers,
  ...casesHandlers,
  ...deadlinesHandlers,
  ...draftsHandlers,
  ...jobsHandlers,
  ...auditHandlers,
  ...personalHandlers,
  ...documentsHandlers,
  ...maintenanceHandlers,
  ...retentionHandlers,
};
