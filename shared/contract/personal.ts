// Unmasking personal data (PIPL Art. 28: ID numbers are sensitive personal information): full ID numbers and
// phones are returned only through this channel, with a reason, and every call is audited.
import { z } from 'zod';
import { entityId, reasonText } from './primitives';
import { m, type ChannelTable } from './channel-def';

/** Why someone views full personal data: written down, at least four characters, kept on the audit trail. */
export const revealReason = reasonText('查看理由', { example: '核对身份以制作送达回证' });

export const revealInput = z.object({
  subject: z.enum(['person', 'party'], { error: '请指明查看的对象' }),
  id: entityId,
  reason: revealReason,
});
export type RevealInput = z.input<typeof revealInput>;

export const revealed = z.object({
  subject: z.enum(['person', 'party']),
  id: entityId,
  name: z.string(),
  idNumber: z.string().nullable(),
  /** A person's birth date (masked elsewhere: it is the middle of the ID number); null for parties. */
  birthDate: z.string().nullable(),
  phones: z.array(z.string()),
});
export type Revealed = z.infer<typeof revealed>;

export const personalChannels = {
  'personal.reveal': m(revealInput, revealed, 'personal.unmask'),
} as const satisfies ChannelTable;
