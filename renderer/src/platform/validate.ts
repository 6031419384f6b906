// Checks a call's input with the contract's own schema before sending it, so every field's message shows at once —
// together with checks only the form can make (a password typed twice) — in the shape the core would answer with.
import type { z } from 'zod';
import { channels, type ChannelInput, type ChannelName } from '../../../shared/contract/channels';
import { AppErrorException } from '../../../shared/contract/result';

/** Throws AppErrorException (VALIDATION, a message per dotted field path) unless the input and the extra checks pass. */
export function checkInput<K extends ChannelName>(channel: K, input: ChannelInput<K>, extra: Record<string, string> = {}): ChannelInput<K> {
  const fields: Record<string, string> = {};
  const parsed = (channels[channel].input as z.ZodType).safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.') || '_';
      if (!(key in fields)) fields[key] = issue.message;
    }
  }
  for (const [k, v] of Object.entries(extra)) if (!(k in fields)) fields[k] = v;
  const messages = Object.values(fields);
  if (messages.length > 0) {
    throw new AppErrorException({ code: 'VALIDATION', message: `填写有误：${messages[0]}${messages.length > 1 ? `（共${messages.length}处）` : ''}`, fields });
  }
  return input;
}
