import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import type { CallContext } from './context';

/** A channel's handler: gets the parsed input and the caller, returns the output (or a promise of it). */
export type Handler<K extends ChannelName> = (call: CallContext, input: ChannelParsedInput<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type Handlers = { [K in ChannelName]: Handler<K> };

/** Declares some of the handlers, checked against the contract. */
export const defineHandlers = <T extends Partial<Handlers>>(h: T): T => h;
