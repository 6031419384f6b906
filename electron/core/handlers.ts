// Every channel's handler. The type requires one per contract channel: adding a channel to the contract
// without its handler here does not compile; a channel handled by two features throws when the core loads.
import { auditHandlers } from './audit/audit.handlers';
import { casesHandlers } from './cases/cases.handlers';
import { caseworkHandlers } from './desk/casework.handlers';
import { deskHandlers } from './desk/desk.handlers';
import { deadlinesHandlers } from './deadlines/deadlines.handlers';
import { documentsHandlers } from './documents/documents.handlers';
import { statisticsExportHandlers } from './statistics/statistics-export.handlers';
import { draftsHandlers } from './drafts/drafts.handlers';
import { employersHandlers } from './employers/employers.handlers';
import { evidenceHandlers } from './evidence/evidence.handlers';
import { followupHandlers } from './followup/followup.handlers';
import { incidentsHandlers } from './incidents/incidents.handlers';
import { joinHandlers, type Handlers } from './kernel/handler';
import { intakesHandlers } from './intakes/intakes.handlers';
import { hearingsHandlers } from './hearings/hearings.handlers';
import { arbitrationHandlers } from './arbitration/arbitration.handlers';
import { arbitrationOutcomeHandlers } from './arbitration/arbitration-outcomes.handlers';
import { arbitrationGroupHandlers } from './arbitration/arbitration-groups.handlers';
import { jobsHandlers } from './jobs/jobs.handlers';
import { maintenanceHandlers } from './durability/maintenance.handlers';
import { partiesHandlers } from './parties/parties.handlers';
import { personalHandlers } from './personal/personal.handlers';
import { referenceHandlers } from './reference/reference.handlers';
import { retentionHandlers } from './retention/retention.handlers';
import { connectionsHandlers } from './connections/connections.handlers';
import { routingHandlers } from './routing/routing.handlers';
import { paymentsHandlers } from './payments/payments.handlers';
import { mediationHandlers } from './mediation/mediation.handlers';
import { mediationArbitrationHandlers } from './mediation/mediation-arbitration.handlers';
import { referralsHandlers } from './referrals/referrals.handlers';
import { servicesHandlers } from './services/services.handlers';
import { investigationHandlers } from './investigation/investigation.handlers';
import { siteInspectionHandlers } from './investigation/site-inspection.handlers';
import { hearingTranscriptHandlers } from './hearings/hearing-transcript.handlers';
import { arbitrationEvidenceHandlers } from './arbitration/arbitration-evidence.handlers';
import { evidenceRequestHandlers } from './investigation/evidence-request.handlers';
import { sessionHandlers } from './session/session.handlers';
import { setupHandlers } from './setup/setup.handlers';
import { statisticsHandlers } from './statistics/statistics.handlers';
import { statisticsChartsHandlers } from './statistics/charts.handlers';

export const handlers = joinHandlers({
  setup: setupHandlers,
  session: sessionHandlers,
  reference: referenceHandlers,
  parties: partiesHandlers,
  intakes: intakesHandlers,
  cases: casesHandlers,
  casework: caseworkHandlers,
  desk: deskHandlers,
  incidents: incidentsHandlers,
  routing: routingHandlers,
  evidence: evidenceHandlers,
  followup: followupHandlers,
  employers: employersHandlers,
  deadlines: deadlinesHandlers,
  drafts: draftsHandlers,
  jobs: jobsHandlers,
  audit: auditHandlers,
  personal: personalHandlers,
  documents: documentsHandlers,
  services: servicesHandlers,
  hearings: hearingsHandlers,
  arbitration: arbitrationHandlers,
  arbitrationOutcomes: arbitrationOutcomeHandlers,
  arbitrationGroups: arbitrationGroupHandlers,
  investigation: investigationHandlers,
  payments: paymentsHandlers,
  mediation: mediationHandlers,
  mediationArbitration: mediationArbitrationHandlers,
  referrals: referralsHandlers,
  siteInspection: siteInspectionHandlers,
  hearingTranscript: hearingTranscriptHandlers,
  arbitrationEvidence: arbitrationEvidenceHandlers,
  evidenceRequest: evidenceRequestHandlers,
  maintenance: maintenanceHandlers,
  retention: retentionHandlers,
  connections: connectionsHandlers,
  statistics: statisticsHandlers,
  statisticsCharts: statisticsChartsHandlers,
  statisticsExport: statisticsExportHandlers,
}) satisfies Handlers;
