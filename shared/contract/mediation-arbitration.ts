// 申请劳动仲裁 from a missed instalment of a 调解协议 (the way back of 监察联调): the application prefilled from the
// file — the workers still owed under the agreement with their particulars, the employer and the agreement's other
// obligors that are parties, a 工资 claim per worker citing the agreement — and the one action that, once the user
// has checked and edited it, opens the arbitration proceeding on the same file and sends it to the 仲裁院 to 签收.
import { z } from 'zod';
import { APPLICATION_FORM, CLAIM_CATEGORIES, CLAIM_CATEGORY } from '../domain/arbitration-application';
import { dateKey, entityId, fen, nullable, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

const draftApplicant = z.object({
  personId: entityId,
  name: z.string(),
  /** Masked as everywhere (the register's number; 查看完整号码 is on the parties' own pages). */
  idNumber: z.string().nullable(),
  idTypeLabel: z.string().nullable(),
  /** The register's phone, masked; the application's own phone is typed in `phone` (empty: keep the register's). */
  registeredPhone: z.string().nullable(),
  address: z.string().nullable(),
  /** Still owed under the agreement: the agreed amount less the counted payments. */
  owedFen: fen(),
  paymentOrderOpen: z.boolean(),
});

const draftRespondent = z.object({
  partyId: entityId,
  name: z.string(),
  roleLabel: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  /** Why it is offered: the employer, or an obligor named in the agreement. */
  why: z.string(),
});

const draftClaim = z.object({
  personId: entityId,
  category: z.enum(CLAIM_CATEGORIES),
  request: z.string(),
  amountFen: fen(),
  basis: z.string(),
});

export const arbitrationDraft = z.object({
  caseFileId: entityId,
  agreementId: entityId,
  agreementNumber: z.string().nullable(),
  signedOn: dateKey(),
  missedSeqs: z.array(z.number().int()),
  /** Today: the application is received the day it is handed in, not the day of the agreement. */
  receivedOn: dateKey(),
  applicants: z.array(draftApplicant),
  respondents: z.array(draftRespondent),
  claims: z.array(draftClaim),
  factsAndReasons: z.string(),
  evidence: z.string(),
  /** Group instalments' money no worker's outstanding amount carries (to be shared by hand), 0 normally. */
  unattributedFen: fen(),
  /** Obligors named in the agreement that are not parties of the file (they cannot be respondents yet). */
  obligorsNotParties: z.array(z.string()),
  /** The 仲裁院 it goes to for 签收. */
  department: z.object({ id: entityId, name: z.string() }),
});
export type ArbitrationDraft = z.infer<typeof arbitrationDraft>;

const applicantIn = z.object({
  personId: entityId,
  address: optionalText('住所', 200),
  mailingAddress: optionalText('通讯地址', 200),
  /** Empty: the register's phone stands. */
  phone: optionalText('联系电话', 40),
});

const respondentIn = z.object({
  partyId: entityId,
  address: optionalText('住所', 200),
  mailingAddress: optionalText('通讯地址', 200),
  phone: optionalText('联系电话', 40),
});

const claimIn = z.object({
  personId: z.string({ error: '请选择提出该项请求的申请人' }).min(1, '请选择提出该项请求的申请人').max(64),
  category: z.enum(CLAIM_CATEGORIES, { error: `请选择请求类别（${Object.values(CLAIM_CATEGORY).join('、')}）` }),
  request: text('请求事项', 200),
  amountFen: nullable(fen('请求金额').min(1, '请求金额应大于零；不涉及金额的请求请选择“非金钱请求”')),
  basis: optionalText('请求依据', 300),
});

export const openArbitrationInput = z.object({
  caseFileId: entityId,
  agreementId: entityId,
  receivedOn: dateKey('收到仲裁申请的日期'),
  form: z.enum(Object.keys(APPLICATION_FORM) as ['written', 'oral'], { error: '请选择申请方式' }),
  applicants: z.array(applicantIn).min(1, '请至少选择一名申请人').max(200, '申请人过多'),
  respondents: z.array(respondentIn).min(1, '请至少选择一个被申请人').max(20, '被申请人过多'),
  claims: z.array(claimIn).min(1, '请至少填写一项仲裁请求').max(60, '仲裁请求不能超过60项'),
  factsAndReasons: optionalText('事实和理由', 3000),
  evidence: optionalText('证据和证据来源', 2000),
});
export type OpenArbitrationInput = z.input<typeof openArbitrationInput>;

export const openedArbitration = z.object({ caseFileId: entityId, proceedingId: entityId, departmentName: z.string() });

export const mediationArbitrationChannels = {
  'mediation.arbitrationDraft': q(z.object({ caseFileId: entityId }), arbitrationDraft, 'proceeding.act'),
  'mediation.openArbitration': m(openArbitrationInput, openedArbitration, 'proceeding.act'),
} as const satisfies ChannelTable;
