// Parties complained about, and projects.
import { z } from 'zod';
import { checkCreditCode, checkPhone, checkResidentId, normalizeCreditCode, normalizeResidentId } from '../domain/identity';
import { ID_TYPE, PARTY_KIND } from '../domain/vocabulary';
import { entityId, nameText, nullable, optionalNameText, optionalText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

export const party = z.object({
  id: entityId,
  kind: z.enum(PARTY_KIND.values),
  name: z.string(),
  creditCode: z.string().nullable(),
  idType: z.enum(ID_TYPE.values).nullable(),
  idNumber: z.string().nullable(),
  legalRepName: z.string().nullable(),
  legalRepTitle: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type Party = z.infer<typeof party>;

export const partyCreateInput = z
  .object({
    kind: z.enum(PARTY_KIND.values, { error: '请选择单位或个人' }),
    name: nameText('名称', 120),
    creditCode: optionalText('统一社会信用代码', 18).transform((v) => (v === null ? null : normalizeCreditCode(v))),
    idType: nullable(z.enum(ID_TYPE.values)),
    idNumber: optionalText('证件号码', 40),
    legalRepName: optionalNameText('法定代表人（负责人）', 40),
    legalRepTitle: optionalText('职务', 40),
    address: optionalText('地址', 200),
    phone: optionalText('电话', 40),
    note: optionalText('备注', 500),
  })
  .superRefine((v, ctx) => {
    if (v.creditCode !== null) {
      if (v.kind !== 'organisation') ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '只有单位才有统一社会信用代码' });
      const r = checkCreditCode(v.creditCode);
      // A contractor's ID typed as a credit code (or the other way round) is named for what it is.
      if (!r.ok && checkResidentId(v.creditCode).ok) {
        ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '这是居民身份证号码：包工头、个体等个人，请将类型改为“个人（包工头、个体）”后填写' });
      } else if (!r.ok) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: r.reason });
    }
    if (v.kind === 'organisation' && (v.idNumber !== null || v.idType !== null)) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '单位不填个人证件号码；请填写统一社会信用代码' });
    }
    if (v.idNumber !== null && (v.idType ?? 'residentId') === 'residentId') {
      const r = checkResidentId(v.idNumber);
      if (!r.ok && checkCreditCode(normalizeCreditCode(v.idNumber)).ok) {
        ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '这是统一社会信用代码：公司、个体工商户等单位，请将类型改为“单位”后填写' });
      } else if (!r.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: r.reason });
    }
    if (v.phone !== null) {
      const r = checkPhone(v.phone);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['phone'], message: r.reason });
    }
  })
  .transform((v) => ({
    ...v,
    idType: v.idNumber === null ? null : (v.idType ?? 'residentId'),
    idNumber: v.idNumber === null ? null : (v.idType ?? 'residentId') === 'residentId' ? normalizeResidentId(v.idNumber) : v.idNumber,
  }));
export type PartyCreateInput = z.input<typeof partyCreateInput>;

export const searchInput = z.object({
  query: z
    .string()
    .max(100, '检索词不能超过100个字')
    .optional()
    .transform((v) => (v ?? '').trim()),
  limit: z
    .number()
    .int()
    .min(1)
    .max(50)
    .optional()
    .transform((v) => v ?? 20),
});

export const projectSummary = z.object({
  id: entityId,
  name: z.string(),
  siteUnitId: entityId.nullable(),
  siteUnitName: z.string().nullable(),
  siteAddress: z.string().nullable(),
});
export type ProjectSummary = z.infer<typeof projectSummary>;

export const partiesChannels = {
  'parties.search': q(searchInput, z.array(party), 'intake.read'),
  'parties.create': m(partyCreateInput, party, 'party.write'),
  'projects.search': q(searchInput, z.array(projectSummary), 'intake.read'),
} as const satisfies ChannelTable;
