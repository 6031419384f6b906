// A typed client of a core on its own session: the test-side counterpart of window.api. No test-runner imports,
// so vitest and Playwright can both use it.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import type { Session } from '../../electron/core/kernel/context';
import type { Core } from '../../electron/core/index';

export interface Client {
  session: Session;
  invoke<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
  /** Calls and returns the value; throws with the error's code and message if the call failed. */
  call<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
}

export function clientFor(core: Core, session = core.openSession()): Client {
  const invoke = (channel: string, input: unknown) => core.dispatch(session, channel, input);
  return {
    session,
    invoke: invoke as Client['invoke'],
    call: (async (channel: string, input: unknown) => {
      const r = await invoke(channel, input);
      if (!r.ok) throw Object.assign(new Error(`${channel}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.fields)}`), { error: r.error });
      return r.value;
    }) as Client['call'],
  };
}

