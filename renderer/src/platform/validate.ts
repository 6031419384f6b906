// Checks a call's input with the contract's own schema before sending it, so every field's message shows at once —
// together with checks only the form can make (a password typed twice) — in the shape the core would answer with.
import type { z } from 'zod';
import { channels, type ChannelInput, type ChannelName } from '../../../shared/contract/channels';
import { AppErrorException } from '../../../shared/contract/result';
import { fieldErrors, validationMessage } from '../../../shared/contract/validation';

/** What the channel's schema says of the input, a message per dotted field path (empty when it passes). */
export function inputProblems<K extends ChannelName>(channel: K, input: ChannelInput<K>): Record<string, string> {
  const parsed = (channels[channel].input as z.ZodType).safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

/** Throws AppErrorException (VALIDATION, a message per dotted field path) unless the input and the extra checks pass. */
export function checkInput<K extends ChannelName>(channel: K, input: ChannelInput<K>, extra: Record<string, string> = {}): ChannelInput<K> {
  const fields = inputProblems(channel, input);
  for (const [k, v] of Object.entries(extra)) if (!(k in fields)) fields[k] = v;
  if (Object.keys(fields).length > 0) throw new AppErrorException({ code: 'VALIDATION', message: validationMessage(fields), fields });
  return input;
}
