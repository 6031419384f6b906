// 仲裁申请 on an arbitration proceeding (办案规则 Art. 29): the applicants and respondents with their particulars (the
// parties register's, plus the addresses and phones the application gives), the facts and reasons, the evidence and
// its sources, and the claims item by item per applicant; the items still missing, the limitation advice and a
// deemed withdrawal of the same matter, as the screen shows them and the core enforces them.
import { z } from 'zod';
import { APPLICATION_FORM, CLAIM_CATEGORIES, CLAIM_CATEGORY } from '../domain/arbitration-application';
import { dateKey, entityId, fen, nullable, optionalText, text } from './primitives';
import { q, m, type ChannelTable } from './channel-def';

const applicant = z.object({
  id: entityId,
  personId: entityId,
  name: z.string(),
  sex: z.enum(['M', 'F']).nullable(),
  birthDate: z.string().nullable(),
  idTypeLabel: z.string().nullable(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  mailingAddress: z.string().nullable(),
  phone: z.string().nullable(),
});

const respondent = z.object({
  id: entityId,
  partyId: entityId,
  name: z.string(),
  organisation: z.boolean(),
  address: z.string().nullable(),
  mailingAddress: z.string().nullable(),
  phone: z.string().nullable(),
  legalRepName: z.string().nullable(),
  legalRepTitle: z.string().nullable(),
});

const claim = z.object({
  id: entityId,
  applicantId: entityId,
  category: z.enum(CLAIM_CATEGORIES),
  request: z.string(),
  amountFen: z.number().int().nullable(),
  basis: z.string().nullable(),
});

export const arbitrationApplication = z.object({
  proceedingId: entityId,
  caseFileId: entityId,
  caseNumber: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  /** The day the application was received (or supplemented: 办案规则 Art. 46(2)); the limitation advice counts to it. */
  receivedOn: z.string(),
  /** Null until first saved. */
  rowVersion: z.number().int().nullable(),
  form: z.enum(['written', 'oral']),
  factsAndReasons: z.string().nullable(),
  evidence: z.string().nullable(),
  witnesses: z.string().nullable(),
  knownOn: z.string().nullable(),
  employmentEndedOn: z.string().nullable(),
  applicants: z.array(applicant),
  respondents: z.array(respondent),
  claims: z.array(claim),
  /** Every item still missing (办案规则 Art. 29), for the 补正 step. */
  missing: z.array(z.string()),
  /** 调解仲裁法 Art. 27 as advice, one line per claimed category. */
  limitation: z.array(z.object({ state: z.enum(['ok', 'late', 'open', 'unknown']), text: z.string() })),
  /** An earlier case on the same matter deemed withdrawn: the warning, and the reason a save is refused. */
  deemedWithdrawnBar: z.string().nullable(),
  /** Why it cannot be edited now (accepted, not on the team …), or null. */
  editBlockedBy: z.string().nullable(),
});
export type ArbitrationApplication = z.infer<typeof arbitrationApplication>;

const particulars = z.object({
  id: entityId,
  address: optionalText('住所', 200),
  mailingAddress: optionalText('通讯地址', 200),
  phone: optionalText('联系电话', 40),
});

export const claimInput = z.object({
  applicantId: z.string({ error: '请选择提出该项请求的申请人' }).min(1, '请选择提出该项请求的申请人').max(64),
  category: z.enum(CLAIM_CATEGORIES, { error: `请选择请求类别（${Object.values(CLAIM_CATEGORY).join('、')}）` }),
  request: text('请求事项', 200),
  /** Null: a claim without money (补缴社会保险 …). */
  amountFen: nullable(fen('请求金额').min(1, '请求金额应大于零；不涉及金额的请求请选择“非金钱请求”')),
  basis: optionalText('请求依据', 300),
});
export type ClaimInput = z.input<typeof claimInput>;

export const applicationSaveInput = z.object({
  proceedingId: entityId,
  /** Null for the first save. */
  expectedRowVersion: nullable(z.number().int()),
  form: z.enum(Object.keys(APPLICATION_FORM) as ['written', 'oral'], { error: '请选择申请方式' }),
  factsAndReasons: optionalText('事实和理由', 3000),
  evidence: optionalText('证据和证据来源', 2000),
  witnesses: optionalText('证人姓名和住所', 500),
  knownOn: nullable(dateKey('知道或者应当知道权利被侵害之日')),
  employmentEndedOn: nullable(dateKey('劳动关系终止之日')),
  parties: z.array(particulars).max(200, '当事人过多'),
  claims: z.array(claimInput).max(60, '仲裁请求不能超过60项'),
});
export type ApplicationSaveInput = z.input<typeof applicationSaveInput>;

export const arbitrationChannels = {
  'arbitration.application': q(z.object({ proceedingId: entityId }), arbitrationApplication, 'case.read'),
  'arbitration.saveApplication': m(applicationSaveInput, arbitrationApplication, 'proceeding.act'),
} as const satisfies ChannelTable;
