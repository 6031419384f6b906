// The shape of window.api (Electron preload) and of the bridge client: one invoke per channel name, and a
// subscription to core events. Types only; no zod at runtime, so the preload can import it.
import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { CoreEvent } from './events';
import type { Result } from './result';
import type { LinkStatus } from './server-link';

export interface Api {
  invoke<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  /** Core events (job progress, data changes); returns the unsubscribe function. */
  subscribe(listener: (event: CoreEvent) => void): () => void;
  /**
   * The desktop app as a bureau server's client only: the server's name and whether it can be reached (main's
   * forwarding host). Absent for the embedded core and in a browser (the page finds out itself: http-api.ts).
   */
  onLink?(listener: (link: LinkStatus) => void): () => void;
}

/** Messages on the wire between a transport and the core host (MessagePort). */
export type HostRequest = { type: 'call'; id: number; channel: string; input: unknown };
export type HostMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: CoreEvent }
  /** The desktop app as a bureau server's client: which server, and whether it is reachable (server-link.ts). */
  | { type: 'link'; link: LinkStatus };
