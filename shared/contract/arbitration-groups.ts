// A group application's two ways on (调解仲裁法 Art. 7; 办案规则 Arts. 62–63): the 系列案 — one case per worker,
// accepted together with consecutive 案号 — and the collective case with its 3–5 representatives and the represented
// workers' consents to their acts.
import { z } from 'zod';
import { CONSENT_ACTS, CONSENT_METHODS } from '../domain/arbitration-group';
import { dateKey, entityId, optionalText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

const seriesCase = z.object({
  proceedingId: entityId,
  number: z.string().nullable(),
  applicant: z.string(),
  statusLabel: z.string(),
});

export const arbitrationGroup = z.object({
  proceedingId: entityId,
  caseFileId: entityId,
  /** The file is a collective dispute (≥ 10 workers, 调解仲裁法 Art. 7). */
  collective: z.boolean(),
  applicants: z.array(z.object({ id: entityId, name: z.string() })),
  series: z.object({ id: entityId, label: z.string(), cases: z.array(seriesCase) }).nullable(),
  representatives: z.array(z.object({ id: entityId, name: z.string(), fromOn: z.string() })),
  consents: z.array(
    z.object({ id: entityId, act: z.enum(CONSENT_ACTS), actLabel: z.string(), consentedOn: z.string(), methodLabel: z.string(), note: z.string().nullable(), workers: z.array(z.string()), used: z.boolean() }),
  ),
  /** Why it cannot be accepted as a 系列案 now, or null. */
  seriesBlockedBy: z.string().nullable(),
  /** Why representatives cannot be elected (or changed) now, or null. */
  representativesBlockedBy: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type ArbitrationGroup = z.infer<typeof arbitrationGroup>;

const ids = (label: string) => z.array(entityId, { error: `请选择${label}` }).max(500, `${label}过多`);

export const acceptSeriesInput = z.object({ proceedingId: entityId, expectedRowVersion: z.number().int(), date: dateKey('受理日期') }).strict();

export const representativesInput = z
  .object({ proceedingId: entityId, date: dateKey('推举日期'), proceedingPartyIds: ids('代表人') })
  .strict();
export type RepresentativesInput = z.input<typeof representativesInput>;

export const consentInput = z
  .object({
    proceedingId: entityId,
    act: z.enum(CONSENT_ACTS, { error: '请选择同意的事项' }),
    consentedOn: dateKey('同意日期'),
    method: z.enum(CONSENT_METHODS, { error: '请选择同意的方式' }),
    note: optionalText('说明', 300),
    proceedingPartyIds: ids('表示同意的劳动者').min(1, '请选择表示同意的劳动者'),
  })
  .strict();
export type ConsentInput = z.input<typeof consentInput>;

export const arbitrationGroupChannels = {
  'arbitration.group': q(z.object({ proceedingId: entityId }), arbitrationGroup, 'case.read'),
  'arbitration.acceptSeries': m(acceptSeriesInput, arbitrationGroup, 'proceeding.act'),
  'arbitration.setRepresentatives': m(representativesInput, arbitrationGroup, 'proceeding.act'),
  'arbitration.recordConsent': m(consentInput, arbitrationGroup, 'proceeding.act'),
} as const satisfies ChannelTable;


