// The channel names as plain strings, with no zod, for the sandboxed preload. A test keeps this list equal
// to the keys of `channels`.
export const CHANNEL_NAMES = [
  'setup.status',
  'setup.initialize',
  'session.candidates',
  'session.login',
  'session.current',
  'session.end',
  'session.touch',
  'session.lock',
  'session.unlock',
  'account.changePassword',
  'units.list',
  'units.update',
  'departments.save',
  'staff.list',
  'staff.create',
  'staff.update',
  'staff.resetPassword',
  'parameters.list',
  'parameters.set',
  'parties.search',
  'parties.create',
  'projects.search',
  'intakes.create',
  'intakes.addComplainants',
  'intakes.get',
  'intakes.list',
  'intakes.parseRoster',
  'personal.reveal',
  'cases.list',
  'cases.get',
  'drafts.get',
  'drafts.save',
  'drafts.discard',
  'calendar.get',
  'calendar.setYear',
  'deadlines.rules',
  'deadlines.compute',
  'audit.list',
  'audit.verify',
  'audit.exportHead',
  'jobs.start',
  'jobs.get',
  'jobs.cancel',
] as const;

export type ChannelNameString = (typeof CHANNEL_NAMES)[number];

export function isChannelName(name: unknown): name is ChannelNameString {
  return typeof name === 'string' && (CHANNEL_NAMES as readonly string[]).includes(name);
}
