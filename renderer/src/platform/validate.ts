// Checks a call's input with the contract's own schema before sending it, so every field's message shows at once —
// together with checks only the form can make (a password typed twice) — in the shape the core would answer with.
// The schemas are loaded with the first check (their own chunk): the sign-in screen and the frame do not parse every
// channel's schema and the domain rules they refine before they can draw (docs/performance.md, "The renderer in pieces").
import type { z } from 'zod';
import type { ChannelInput, ChannelName, Channels } from '../../../shared/contract/channels';
import { AppErrorException } from '../../../shared/contract/result';
import { fieldErrors, validationMessage } from '../../../shared/contract/validation';

let loading: Promise<{ channels: Channels } | null> | null = null;

/**
 * The schemas, or null when their chunk did not come (only a browser tab can miss it, the network dropped before the
 * first check; Chromium then keeps the failure until the page is reloaded). The check is a courtesy — the core checks
 * every input with the same schemas and answers with the same field messages — so without them the input is sent.
 */
function contract() {
  loading ??= import('../../../shared/contract/channels').catch(() => {
    loading = null;
    return null;
  });
  return loading;
}

/** What the channel's schema says of the input, a message per dotted field path (empty when it passes or cannot be checked here). */
export async function inputProblems<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Record<string, string>> {
  const loaded = await contract();
  if (!loaded) return {};
  const parsed = (loaded.channels[channel].input as z.ZodType).safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

/** Rejects with AppErrorException (VALIDATION, a message per dotted field path) unless the input and the extra checks pass. */
export async function checkInput<K extends ChannelName>(channel: K, input: ChannelInput<K>, extra: Record<string, string> = {}): Promise<ChannelInput<K>> {
  const fields = await inputProblems(channel, input);
  for (const [k, v] of Object.entries(extra)) if (!(k in fields)) fields[k] = v;
  if (Object.keys(fields).length > 0) throw new AppErrorException({ code: 'VALIDATION', message: validationMessage(fields), fields });
  return input;
}
