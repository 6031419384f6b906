// The shape of window.api (Electron preload) and of the bridge client: one invoke per channel name, and a
// subscription to core events. Types only; no zod at runtime, so the preload can import it.
import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { CoreEvent } from './events';
import type { Result } from './result';

export interface Api {
  invoke<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  /** Core events (job progress, data changes); returns the unsubscribe function. */
  subscribe(listener: (event: CoreEvent) => void): () => void;
}

/** Messages on the wire between a transport and the core host (MessagePort). */
export type HostRequest = { type: 'call'; id: number; channel: string; input: unknown };
export type HostMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: CoreEvent };
