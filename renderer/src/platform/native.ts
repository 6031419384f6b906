// What the desktop app's main process does for the page besides the core (window.native, from the preload): open a
// document in the system's application. Browser mode has no such bridge; features ask here and hide what needs it.
import type { NativeApi } from '../../../shared/contract/native';
import type { ConnectionChoiceApi } from '../../../shared/contract/server-link';

declare global {
  interface Window {
    native?: NativeApi;
  }
}

/** The desktop app's native bridge, or null in browser mode. */
export const nativeBridge = (): NativeApi | null => window.native ?? null;

declare global {
  interface Window {
    connectionChoice?: ConnectionChoiceApi;
  }
}

/** The desktop app's first-run choice (alone or a bureau server), or null in browser mode. */
export const connectionChoiceBridge = (): ConnectionChoiceApi | null => window.connectionChoice ?? null;
