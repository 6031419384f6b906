// A typed stand-in for the core behind the renderer's Api, for component tests: one handler per channel, typed from
// the contract. Like the core's dispatch, it checks each input with the channel's schema (a bad one is refused as
// VALIDATION, a message per field) and each answer with the output schema (a fixture that drifted from the contract
// fails the test, not the screen); every call is recorded; events are pushed with emit().
import type { z } from 'zod';
import type { Api } from '../../shared/contract/api';
import { channels, type ChannelInput, type ChannelName, type ChannelOutput, type ChannelParsedInput } from '../../shared/contract/channels';
import type { CoreEvent } from '../../shared/contract/events';
import type { AppError, ErrorCode, Result } from '../../shared/contract/result';
import { fieldErrors, validationMessage } from '../../shared/contract/validation';

/** A handler's refusal: what the core would answer with ({ ok:false, error }). */
export class Refusal {
  constructor(readonly error: AppError) {}
}

export const refuse = (code: ErrorCode, message: string, fields: Record<string, string> | null = null): Refusal =>
  new Refusal({ code, message, fields });

/** Answers one channel: gets the input as the core's handler would (parsed), returns its output or a refusal. */
export type Handler<K extends ChannelName> = (input: ChannelParsedInput<K>) => ChannelOutput<K> | Refusal | Promise<ChannelOutput<K> | Refusal>;
export type Handlers = { [K in ChannelName]?: Handler<K> };

export interface FakeCall {
  channel: ChannelName;
  /** As sent (through JSON, as the bridge carries it). */
  input: unknown;
}

export interface FakeApi extends Api {
  /** Every call, in order. */
  readonly calls: readonly FakeCall[];
  /** The inputs sent to one channel, in order. */
  callsTo<K extends ChannelName>(channel: K): ChannelInput<K>[];
  /** Sets (or replaces) a channel's handler. */
  on<K extends ChannelName>(channel: K, handler: Handler<K>): FakeApi;
  /** Pushes a core event to every subscriber (a data.changed, a job's progress). */
  emit(event: CoreEvent): void;
  /** Holds every answer until the returned function is called: the screen's busy state can be seen. */
  hold(): () => void;
}

/**
 * One call answered the way the core's dispatch would: the input checked with the channel's schema (a bad one refused
 * as VALIDATION), the handler's answer or refusal, the answer checked with the output schema.
 */
export async function answerAs(
  channel: string,
  def: { input: z.ZodType; output: z.ZodType },
  handler: ((input: unknown) => unknown) | undefined,
  input: unknown,
): Promise<Result<unknown>> {
  const parsed = def.input.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return { ok: false, error: { code: 'VALIDATION', message: validationMessage(fields), fields } };
  }
  if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `测试替身没有 ${channel} 的处理函数`, fields: null } };
  const out = await handler(parsed.data);
  if (out instanceof Refusal) return { ok: false, error: out.error };
  const checked = def.output.safeParse(out);
  if (!checked.success) {
    const where = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'INTERNAL', message: `测试替身 ${channel} 的返回值不符合约定（${where}）`, fields: null } };
  }
  return { ok: true, value: checked.data };
}

export function fakeApi(initial: Handlers = {}): FakeApi {
  const handlers: Handlers = { ...initial };
  const calls: FakeCall[] = [];
  const listeners = new Set<(e: CoreEvent) => void>();
  let gate: Promise<void> | null = null;

  const answer = (channel: ChannelName, input: unknown): Promise<Result<unknown>> =>
    answerAs(channel, channels[channel], handlers[channel] as ((input: unknown) => unknown) | undefined, input);

  const api: FakeApi = {
    calls,
    callsTo: <K extends ChannelName>(channel: K) => calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<K>),
    on(channel, handler) {
      (handlers as Record<string, unknown>)[channel] = handler;
      return api;
    },
    emit(event) {
      for (const l of listeners) l(event);
    },
    hold() {
      let release = () => {};
      gate = new Promise<void>((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
    async invoke<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>> {
      const sent: unknown = JSON.parse(JSON.stringify(input ?? {}));
      calls.push({ channel, input: sent });
      if (gate) await gate;
      return (await answer(channel, sent)) as Result<ChannelOutput<K>>;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return api;
}
