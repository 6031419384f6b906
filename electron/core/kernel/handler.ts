import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import { joinTables, type Joined } from '../../../shared/contract/join';
import type { CallContext } from './context';

/** A channel's handler: gets the parsed input and the caller, returns the output (or a promise of it). */
export type Handler<K extends ChannelName> = (call: CallContext, input: ChannelParsedInput<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type Handlers = { [K in ChannelName]: Handler<K> };

/** Declares some of the handlers, checked against the contract: a handler for a channel it does not name does not compile. */
export const defineHandlers = <T extends Partial<Handlers>>(h: T & Record<Exclude<keyof T, ChannelName>, never>): T => h;

/** Joins the features' handler maps; a channel handled by two features stops the core at start. */
export const joinHandlers = <T extends Record<string, Partial<Handlers>>>(features: T): Joined<T> => joinTables('handler', features);
