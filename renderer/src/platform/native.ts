// What the desktop app's main process does for the page besides the core (window.native, from the preload): open a
// document in the system's application. Browser mode has no such bridge; features ask here and hide what needs it.
import type { NativeApi } from '../../../shared/contract/native';

declare global {
  interface Window {
    native?: NativeApi;
  }
}

/** The desktop app's native bridge, or null in browser mode. */
export const nativeBridge = (): NativeApi | null => window.native ?? null;
