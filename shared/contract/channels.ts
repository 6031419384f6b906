// Every channel between the interface and the core: its input and output schema, and who may call it.
// The preload's window.api, the bridge, the core's handler map, the renderer's client and the test client
// are all derived from this table. Add a channel here and the core will not compile without its handler.
import { z } from 'zod';
import { caseFileDetail, caseListInput, caseListPage } from './cases';
import { calendarGetInput, calendarSetYearInput, calendarView, deadlineComputeInput, deadlineResult, ruleInfo } from './deadlines';
import { draft, draftKey, draftSaveInput } from './drafts';
import {
  intakeAddComplainantsInput,
  intakeCreateInput,
  intakeDetail,
  intakeListInput,
  intakeListPage,
  rosterParseInput,
  rosterParseOutput,
} from './intakes';
import { jobInfo, jobRef, jobStartInput } from './jobs';
import { party, partyCreateInput, projectSummary, searchInput } from './parties';
import { empty, entityId } from './primitives';
import {
  department,
  departmentSaveInput,
  parameterRow,
  parameterSetInput,
  staffCreateInput,
  staffMember,
  staffUpdateInput,
  unit,
  unitUpdateInput,
} from './reference';
import { sessionCandidate, sessionInfo, setupInitializeInput, setupStatus } from './session';

/** 'public': callable before anyone signs in; 'signedIn': any signed-in staff member (accounts come later). */
export type Permission = 'public' | 'signedIn';

export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  permission: Permission;
  /** Queries read; mutations write through the transaction helper and are audited. */
  kind: 'query' | 'mutation';
}

const q = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, permission: Permission = 'signedIn'): ChannelDef<I, O> => ({
  input,
  output,
  permission,
  kind: 'query',
});
const m = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, permission: Permission = 'signedIn'): ChannelDef<I, O> => ({
  input,
  output,
  permission,
  kind: 'mutation',
});

const byId = z.object({ id: entityId });

export const channels = {
  'setup.status': q(empty, setupStatus, 'public'),
  'setup.initialize': m(setupInitializeInput, sessionInfo, 'public'),

  'session.candidates': q(empty, z.array(sessionCandidate), 'public'),
  'session.start': m(z.object({ staffId: entityId }), sessionInfo, 'public'),
  'session.current': q(empty, sessionInfo.nullable(), 'public'),
  'session.end': m(empty, empty, 'public'),

  'units.list': q(empty, z.array(unit), 'public'),
  'units.update': m(unitUpdateInput, unit),
  'departments.save': m(departmentSaveInput, department),

  'staff.list': q(z.object({ includeInactive: z.boolean().optional().transform((v) => v ?? false) }), z.array(staffMember)),
  'staff.create': m(staffCreateInput, staffMember),
  'staff.update': m(staffUpdateInput, staffMember),

  'parameters.list': q(empty, z.array(parameterRow)),
  'parameters.set': m(parameterSetInput, parameterRow),

  'parties.search': q(searchInput, z.array(party)),
  'parties.create': m(partyCreateInput, party),
  'projects.search': q(searchInput, z.array(projectSummary)),

  'intakes.create': m(intakeCreateInput, intakeDetail),
  'intakes.addComplainants': m(intakeAddComplainantsInput, intakeDetail),
  'intakes.get': q(byId, intakeDetail),
  'intakes.list': q(intakeListInput, intakeListPage),
  'intakes.parseRoster': q(rosterParseInput, rosterParseOutput),

  'cases.list': q(caseListInput, caseListPage),
  'cases.get': q(byId, caseFileDetail),

  'drafts.get': q(z.object({ formKey: draftKey }), draft),
  'drafts.save': m(draftSaveInput, draft),
  'drafts.discard': m(z.object({ formKey: draftKey }), empty),

  'calendar.get': q(calendarGetInput, calendarView),
  'calendar.setYear': m(calendarSetYearInput, calendarView),
  'deadlines.rules': q(empty, z.array(ruleInfo)),
  'deadlines.compute': q(deadlineComputeInput, deadlineResult),

  'jobs.start': m(jobStartInput, jobInfo),
  'jobs.get': q(jobRef, jobInfo),
  'jobs.cancel': m(jobRef, jobInfo),
} as const satisfies Record<string, ChannelDef>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['output']>;
