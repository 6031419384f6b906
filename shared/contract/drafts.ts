// Autosaved form drafts: what someone was typing is kept, per person and form, until saved or discarded.
import { z } from 'zod';
import { empty, instant } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const MAX_DRAFT_CHARS = 1_000_000;

export const draftKey = z.string().regex(/^[a-z][a-zA-Z0-9.:-]{0,79}$/, '草稿键无效');

export const draftSaveInput = z.object({
  formKey: draftKey,
  data: z.json().refine((v) => JSON.stringify(v).length <= MAX_DRAFT_CHARS, '草稿过大'),
});

export const draft = z.object({ formKey: draftKey, data: z.json().nullable(), updatedAt: instant.nullable() });

export const draftsChannels = {
  'drafts.get': q(z.object({ formKey: draftKey }), draft, 'signedIn'),
  'drafts.save': m(draftSaveInput, draft, 'signedIn'),
  'drafts.discard': m(z.object({ formKey: draftKey }), empty, 'signedIn'),
} as const satisfies ChannelTable;
