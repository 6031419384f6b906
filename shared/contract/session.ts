import { z } from 'zod';

import { PERMISSION, type Permission } from '../domain/permissions';
import { empty, entityId } from './primitives';
import { newPassword, staffFields, staffSummary, typedPassword, unitSummary } from './reference';
import { m, q, type ChannelTable } from './channel-def';

const permissionName = z.enum(Object.keys(PERMISSION) as [Permission, ...Permission[]]);

/** Who is signed in, what they may do (for the interface to show; the core checks every call itself). */
export const sessionInfo = z.object({
  staff: staffSummary,
  unit: unitSummary,
  permissions: z.array(permissionName),
  /** A temporary password: nothing but changing it is possible until it is changed. */
  mustChangePassword: z.boolean(),
  /** The screen is locked: only unlocking or signing out is possible. */
  locked: z.boolean(),
  /** Minutes without input after which the interface locks the screen (0: never). */
  idleLockMinutes: z.number().int(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const setupStatus = z.object({
  initialized: z.boolean(),
  unit: unitSummary.nullable(),
  /** Dev scripts offer demo data on a fresh data dir; a packaged first run never does unasked. */
  offerDemo: z.boolean(),
  demo: z.boolean(),
  appVersion: z.string(),
  /** Set when this copy's data was handed to the bureau server (npm run handover): read-only, with the banner's text. */
  handedOver: z.object({ at: z.number(), server: z.string(), message: z.string() }).nullable(),
});
export type SetupStatus = z.infer<typeof setupStatus>;

/** The first run's administrator: a person's record without roles (the role is 管理员 alone) and a password. */
export const administratorFields = staffFields.omit({ roles: true });

export const setupInitializeInput = z.object({
  unitId: z.string({ error: '请选择本机服务的单位' }).min(1, '请选择本机服务的单位').max(64),
  staff: administratorFields,
  password: newPassword('管理员密码'),
  demo: z
    .boolean()
    .optional()
    .transform((v) => v ?? false),
});
export type SetupInitializeInput = z.input<typeof setupInitializeInput>;

export const sessionCandidate = z.object({
  id: entityId,
  name: z.string(),
  departmentName: z.string().nullable(),
  roles: staffSummary.shape.roles,
});

export const loginInput = z.object({
  staffId: z.string({ error: '请选择工作人员' }).min(1, '请选择工作人员').max(64),
  password: typedPassword,
});

/** The interface locks after idle time; the person may lock by hand (Win+L habit: 锁屏). */
export const lockInput = z.object({ idle: z.boolean().optional().transform((v) => v ?? false) });

export const unlockInput = z.object({ password: typedPassword });

export const changePasswordInput = z.object({
  currentPassword: typedPassword,
  newPassword: newPassword('新密码'),
});

/** Setting up this installation, signing in and out, the screen lock, one's own password. */
export const sessionChannels = {
  'setup.status': q(empty, setupStatus, 'public'),
  'setup.initialize': m(setupInitializeInput, sessionInfo, 'public'),

  'session.candidates': q(empty, z.array(sessionCandidate), 'public'),
  'session.login': m(loginInput, sessionInfo, 'public'),
  'session.current': q(empty, sessionInfo.nullable(), 'public'),
  'session.end': m(empty, empty, 'public'),
  /** "Still at work": input the interface saw without calling the core; keeps the core's idle lock in step. */
  'session.touch': q(empty, empty, 'signedIn'),
  'session.lock': m(lockInput, empty, 'signedIn'),
  'session.unlock': m(unlockInput, sessionInfo, 'signedIn'),
  'account.changePassword': m(changePasswordInput, sessionInfo, 'signedIn'),
} as const satisfies ChannelTable;
