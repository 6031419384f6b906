// The statistics channels on a fake core (fake-api.ts) with handlers typed by the statistics contract: each call
// answered as fakeApi answers its own (answerAs: input and output checked against the schemas), every call recorded.
import type { z } from 'zod';
import type { Result } from '../../shared/contract/result';
import { statisticsChannels } from '../../shared/contract/statistics';
import { answerAs, fakeApi, type FakeApi, type Handlers, type Refusal } from './fake-api';

type Defs = typeof statisticsChannels;
export type StatChannelName = keyof Defs;
export type StatHandler<K extends StatChannelName> = (
  input: z.output<Defs[K]['input']>,
) => z.input<Defs[K]['output']> | Refusal | Promise<z.input<Defs[K]['output']> | Refusal>;
export type StatHandlers = { [K in StatChannelName]?: StatHandler<K> };

export interface FakeStatApi extends FakeApi {
  /** The inputs sent to one statistics channel, in order (as sent, through JSON). */
  statCalls(channel: StatChannelName): unknown[];
  onStat<K extends StatChannelName>(channel: K, handler: StatHandler<K>): FakeStatApi;
}

export function fakeStatApi(stats: StatHandlers, others: Handlers = {}): FakeStatApi {
  const base = fakeApi(others);
  const handlers: StatHandlers = { ...stats };
  const sent: { channel: StatChannelName; input: unknown }[] = [];
  const isStat = (c: string): c is StatChannelName => c in statisticsChannels;

  const answer = (channel: StatChannelName, input: unknown): Promise<Result<unknown>> =>
    answerAs(channel, statisticsChannels[channel], handlers[channel] as ((i: unknown) => unknown) | undefined, input);

  const api: FakeStatApi = Object.assign(Object.create(base) as FakeApi, {
    statCalls: (channel: StatChannelName) => sent.filter((c) => c.channel === channel).map((c) => c.input),
    onStat<K extends StatChannelName>(channel: K, handler: StatHandler<K>) {
      (handlers as Record<string, unknown>)[channel] = handler;
      return api;
    },
    invoke: (async (channel: string, input: unknown) => {
      if (!isStat(channel)) return base.invoke(channel as never, input as never);
      const body: unknown = JSON.parse(JSON.stringify(input ?? {}));
      sent.push({ channel, input: body });
      return answer(channel, body);
    }) as FakeApi['invoke'],
  });
  return api;
}
