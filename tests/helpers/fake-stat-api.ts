// The statistics channels on top of a fake core (fake-api.ts), until the core registers them: each input checked with
// the contract's statistics schema (a bad one refused as VALIDATION), each answer with its output schema, every call
// recorded. Once the channels are in the contract's table, fakeApi alone does this and this file goes.
import type { z } from 'zod';
import type { Result } from '../../shared/contract/result';
import { statisticsChannels } from '../../shared/contract/statistics';
import { fieldErrors, validationMessage } from '../../shared/contract/validation';
import { fakeApi, Refusal, type FakeApi, type Handlers } from './fake-api';

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

  const answer = async (channel: StatChannelName, input: unknown): Promise<Result<unknown>> => {
    const def = statisticsChannels[channel];
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return { ok: false, error: { code: 'VALIDATION', message: validationMessage(fields), fields } };
    }
    const handler = handlers[channel] as ((i: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `测试替身没有 ${channel} 的处理函数`, fields: null } };
    const out = await handler(parsed.data);
    if (out instanceof Refusal) return { ok: false, error: out.error };
    const checked = def.output.safeParse(out);
    if (!checked.success) {
      const where = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return { ok: false, error: { code: 'INTERNAL', message: `测试替身 ${channel} 的返回值不符合约定（${where}）`, fields: null } };
    }
    return { ok: true, value: checked.data };
  };

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
