// The shell's own channels: who is signed in (read and changed outside any one screen, so plain calls).
import type { SessionInfo } from '../../../shared/contract/session';
import { call } from '../platform/api';
import { channelKey } from '../platform/queries';

export const SESSION_KEY = channelKey('session.current', {});

export const readSession = (): Promise<SessionInfo | null> => call('session.current', {});
/** "Still at work": keeps the core's idle lock in step with input it never saw. */
export const touchSession = () => call('session.touch', {});
export const lockSession = (idle: boolean) => call('session.lock', { idle });
export const endSession = () => call('session.end', {});
