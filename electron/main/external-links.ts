// shell.openExternal only for addresses on this list: with untrusted content it can run arbitrary commands
// (electronjs.org/docs/latest/tutorial/security §15). Nothing needs it yet, so the list is empty.
import { originOf } from './window-policy';

export const EXTERNAL_ALLOWLIST: readonly string[] = [];

export function externalUrlAllowed(url: string, allowlist: readonly string[] = EXTERNAL_ALLOWLIST): boolean {
  const origin = originOf(url);
  return origin !== null && origin.startsWith('https://') && allowlist.includes(origin);
}
