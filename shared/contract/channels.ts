// Every channel between the interface and the core: its input and output schema, and who may call it. Each feature
// declares its own table beside its schemas (shared/contract/<feature>.ts); this file joins them. The preload's
// window.api, the bridge, the core's handler map, the renderer's client and the test client are all derived from
// the join. A channel missing from a table, a table naming a channel CHANNEL_NAMES lacks, or a channel without a
// handler in the core does not compile; a channel in two tables stops the contract loading.
import type { z } from 'zod';
import { arbitrationChannels } from './arbitration';
import { auditChannels } from './audit';
import { casesChannels } from './cases';
import { caseworkChannels } from './casework';
import { connectionsChannels } from './connections';
import type { ChannelDef } from './channel-def';
import type { CHANNEL_KINDS, ChannelName, PUBLIC_CHANNELS } from './channel-names';
import { deadlinesChannels } from './deadlines';
import { deskChannels } from './desk';
import { documentsChannels } from './documents';
import { followupChannels } from './followup';
import { hearingsChannels } from './hearings';
import { arbitrationOutcomeChannels } from './arbitration-outcomes';
import { arbitrationGroupChannels } from './arbitration-groups';
import { draftsChannels } from './drafts';
import { employersChannels } from './employers';
import { evidenceChannels } from './evidence';
import { idImagesChannels } from './id-images';
import { incidentsChannels } from './incidents';
import { intakesChannels } from './intakes';
import { jobsChannels } from './jobs';
import { joinTables } from './join';
import { maintenanceChannels } from './maintenance';
import { partiesChannels } from './parties';
import { personalChannels } from './personal';
import { referenceChannels } from './reference';
import { retentionChannels } from './retention';
import { routingChannels } from './routing';
import { paymentsChannels } from './payments';
import { mediationChannels } from './mediation';
import { mediationArbitrationChannels } from './mediation-arbitration';
import { referralsChannels } from './referrals';
import { servicesChannels } from './services';
import { investigationChannels } from './investigation';
import { siteInspectionChannels } from './site-inspection';
import { hearingTranscriptChannels } from './hearing-transcripts';
import { arbitrationEvidenceChannels } from './arbitration-evidence';
import { evidenceRequestChannels } from './evidence-request';
import { sessionChannels } from './session';
import { statisticsChannels } from './statistics';
import { statisticsChartsChannels } from './statistics-charts';
import { statisticsExportChannels } from './statistics-export';

export type { ChannelDef, Permission } from './channel-def';
export type { ChannelName } from './channel-names';

export const channels = joinTables('channel', {
  session: sessionChannels,
  reference: referenceChannels,
  parties: partiesChannels,
  intakes: intakesChannels,
  personal: personalChannels,
  idImages: idImagesChannels,
  cases: casesChannels,
  casework: caseworkChannels,
  desk: deskChannels,
  incidents: incidentsChannels,
  routing: routingChannels,
  evidence: evidenceChannels,
  followup: followupChannels,
  employers: employersChannels,
  hearings: hearingsChannels,
  arbitration: arbitrationChannels,
  arbitrationOutcomes: arbitrationOutcomeChannels,
  arbitrationGroups: arbitrationGroupChannels,
  drafts: draftsChannels,
  deadlines: deadlinesChannels,
  documents: documentsChannels,
  services: servicesChannels,
  investigation: investigationChannels,
  payments: paymentsChannels,
  mediation: mediationChannels,
  mediationArbitration: mediationArbitrationChannels,
  referrals: referralsChannels,
  siteInspection: siteInspectionChannels,
  hearingTranscript: hearingTranscriptChannels,
  arbitrationEvidence: arbitrationEvidenceChannels,
  evidenceRequest: evidenceRequestChannels,
  audit: auditChannels,
  maintenance: maintenanceChannels,
  retention: retentionChannels,
  connections: connectionsChannels,
  jobs: jobsChannels,
  statistics: statisticsChannels,
  statisticsCharts: statisticsChartsChannels,
  statisticsExport: statisticsExportChannels,
}) satisfies Record<ChannelName, ChannelDef>;

export type Channels = typeof channels;

// The zod-free kinds (channel-names.ts: what the renderer's first screen and the preload read) agree with the
// definitions: a channel named there with another kind, or a public channel missing from PUBLIC_CHANNELS or listed
// there without being public, is named in the error here.
type KindDiffers = { [K in ChannelName]: [Channels[K]['kind']] extends [(typeof CHANNEL_KINDS)[K]] ? never : K }[ChannelName];
type PublicDefined = { [K in ChannelName]: Channels[K]['permission'] extends 'public' ? K : never }[ChannelName];
type PublicDiffers = Exclude<PublicDefined, (typeof PUBLIC_CHANNELS)[number]> | Exclude<(typeof PUBLIC_CHANNELS)[number], PublicDefined>;
export const kindsAgree: [KindDiffers | PublicDiffers] extends [never] ? true : { differs: KindDiffers | PublicDiffers } = true;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['output']>;
