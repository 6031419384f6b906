// The hearing calendar (开庭排期): the institute's rooms, an arbitration case's tribunal and hearings, the week's
// bookings, and the review of a date before it is booked (the notice rule, the defence period, the day, the clashes).
import { z } from 'zod';
import { bool, dateKey, entityId, nameText, nullable, optionalText, reasonText } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

const time = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}应为“时:分”，如 09:30`);

export const hearingRoom = z.object({
  id: entityId,
  name: z.string(),
  capacity: z.number().int(),
  recording: z.boolean(),
  active: z.boolean(),
  rowVersion: z.number().int(),
});
export type HearingRoom = z.infer<typeof hearingRoom>;

export const roomSaveInput = z.object({
  /** Null adds a room. */
  id: nullable(entityId),
  name: nameText('庭室名称', 30),
  capacity: z.number({ error: '请填写可容纳人数' }).int('可容纳人数应为整数').min(1, '可容纳人数至少为1').max(500, '可容纳人数不能超过500'),
  recording: bool(),
  active: bool(true),
  expectedRowVersion: nullable(z.number().int()),
});
export type RoomSaveInput = z.input<typeof roomSaveInput>;

const person = z.object({ staffId: entityId, name: z.string() });

export const hearingRecord = z.object({
  id: entityId,
  caseFileId: entityId,
  proceedingId: entityId,
  caseNumber: z.string().nullable(),
  caseTitle: z.string(),
  applicants: z.array(z.string()),
  respondents: z.array(z.string()),
  date: dateKey(),
  start: z.string(),
  end: z.string(),
  roomId: entityId,
  roomName: z.string(),
  arbitrators: z.array(person.extend({ presiding: z.boolean() })),
  clerk: person,
  status: z.enum(['scheduled', 'postponed', 'held']),
  shortNoticeAgreement: z.string().nullable(),
  dayOffConfirmed: z.boolean(),
  replacesId: entityId.nullable(),
  postponedBy: z.enum(['applicant', 'respondent', 'tribunal']).nullable(),
  postponeRequestedOn: z.string().nullable(),
  postponeReason: z.string().nullable(),
  applicantAppeared: z.boolean().nullable(),
  respondentAppeared: z.boolean().nullable(),
  absentWithoutCause: z.boolean().nullable(),
  heldNote: z.string().nullable(),
  /**
   * A 开庭通知书 served later than 调解仲裁法 Art. 35 allows (arbitration.hearingNotice met late) on a hearing still to
   * be held without the parties' agreement to shorter notice: who, when, by when — postponement is offered. Else null.
   */
  noticeShort: z.string().nullable(),
  /** What the attendance lets follow (调解仲裁法 Art. 36), or null. */
  nextStep: z.string().nullable(),
  /** The sitting (庭次) when several cases of a 系列案 are heard together, or null for a case heard alone. */
  sittingId: entityId.nullable(),
  /** The cases of the sitting still in it (not postponed apart), this one included, in 案号 order; empty when heard alone. */
  sittingCases: z.array(z.object({ hearingId: entityId, proceedingId: entityId, caseNumber: z.string().nullable(), applicants: z.array(z.string()), status: z.enum(['scheduled', 'postponed', 'held']) })),
  rowVersion: z.number().int(),
});
export type HearingRecord = z.infer<typeof hearingRecord>;

export const tribunalRecord = z.object({
  form: z.enum(['panel', 'sole']),
  composedOn: dateKey(),
  arbitrators: z.array(person.extend({ presiding: z.boolean() })),
  clerk: person,
});

export const caseHearings = z.object({
  caseFileId: entityId,
  /** The file's arbitration proceeding, or null when it has none. */
  proceedingId: entityId.nullable(),
  tribunal: tribunalRecord.nullable(),
  hearings: z.array(hearingRecord),
  /** Why a hearing cannot be booked now (no tribunal yet, the caller not on the file …), or null. */
  scheduleBlockedBy: z.string().nullable(),
  /** The people of the file's team who may sit on a tribunal or record it, for the 组庭 dialog. */
  teamStaff: z.array(person.extend({ arbitratorCertExpiry: z.string().nullable() })),
  /**
   * On a 系列案's file, its cases in 案号 order with why each cannot be heard now (null: ready, its tribunal the same as
   * the first case's); empty otherwise. `hearings` then holds every case's hearings.
   */
  seriesCases: z.array(z.object({
    proceedingId: entityId, caseNumber: z.string().nullable(), applicant: z.string(),
    /** Why this case cannot join a sitting booked from this file now (its own state, or a tribunal unlike the first case's). */
    blockedBy: z.string().nullable(),
    /** Why this person cannot postpone or record this case's own hearing now (its own state only), or null. */
    actBlockedBy: z.string().nullable(),
  })),
});
export type CaseHearings = z.infer<typeof caseHearings>;

export const caseHearingsInput = z.object({ caseFileId: entityId });

export const hearingListInput = z.object({
  from: dateKey('开始日期'),
  to: dateKey('结束日期'),
  /** One arbitrator's or clerk's hearings. */
  staffId: nullable(entityId),
  includePostponed: bool(),
});
export const hearingList = z.object({ hearings: z.array(hearingRecord), rooms: z.array(hearingRoom) });

const slot = {
  date: dateKey('开庭日期'),
  start: time('开始时间'),
  end: time('结束时间'),
  roomId: z.string({ error: '请选择仲裁庭室' }).min(1, '请选择仲裁庭室').max(64),
  /** What the parties agreed to a shorter notice, and how it is recorded (their signed statement …). */
  shortNoticeAgreement: optionalText('当事人同意缩短通知期限的情况', 300),
  dayOffConfirmed: bool(),
};

const jointProceedingIds = z.array(entityId).max(200, '一个庭次最多合并审理200件案件').optional().transform((v) => v ?? []);

export const hearingReviewInput = z.object({ proceedingId: entityId, ...slot, hearingId: nullable(entityId), jointProceedingIds });

export const hearingReview = z.object({
  noticeBy: dateKey(),
  noticeServedBy: dateKey(),
  earliest: dateKey(),
  defenceEnds: dateKey(),
  noticeProblem: z.string().nullable(),
  defenceProblem: z.string().nullable(),
  dayOffWarning: z.string().nullable(),
  clashes: z.array(z.string()),
});
export type HearingReview = z.infer<typeof hearingReview>;

export const hearingScheduleInput = z.object({
  proceedingId: entityId,
  ...slot,
  /** Other cases of the same 系列案 heard in the same sitting (庭次): same room, day, time, tribunal and clerk. */
  jointProceedingIds,
});
export type HearingScheduleInput = z.input<typeof hearingScheduleInput>;

export const hearingPostponeInput = z.object({
  hearingId: entityId,
  expectedRowVersion: z.number().int(),
  requestedBy: z.enum(['applicant', 'respondent', 'tribunal'], { error: '请选择由谁申请延期' }),
  /** The day a party asked (调解仲裁法 Art. 35: at least three days before); null for the tribunal's own decision. */
  requestedOn: nullable(dateKey('申请日期')),
  reason: reasonText('延期理由', { example: '被申请人法定代表人住院治疗' }),
  ...slot,
  /** Postpone every case of the hearing's sitting still scheduled (they move together); false moves this case alone. */
  wholeSitting: bool(),
});
export type HearingPostponeInput = z.input<typeof hearingPostponeInput>;

export const hearingHeldInput = z.object({
  hearingId: entityId,
  expectedRowVersion: z.number().int(),
  applicantAppeared: z.boolean({ error: '请选择申请人是否到庭' }),
  respondentAppeared: z.boolean({ error: '请选择被申请人是否到庭' }),
  /** An absent party had been notified in writing and gave no good cause (调解仲裁法 Art. 36). */
  absentWithoutCause: bool(),
  note: optionalText('庭审情况', 500),
  /** The same attendance recorded for every case of the hearing's sitting still scheduled; false records this case alone. */
  wholeSitting: bool(),
});

/** The 开庭通知书 the hearings of a period owe (one per party of each hearing still to be held), for one batch. */
export const hearingNoticeRequestsInput = z.object({
  from: dateKey('开始日期'),
  to: dateKey('结束日期'),
  /** Only the cases of this sitting (庭次): the notices of a 系列案 heard together, in one batch. */
  sittingId: nullable(entityId),
});
/**
 * Papers a batch would make, one per hearing and party, for documents.batch: the request, whom and which case it is
 * for, and the hearing it announces (for a 延期开庭通知书, the one booked in the postponed one's place); and how many
 * of them were already issued (left out).
 */
function paperRequests<R extends z.ZodTypeAny>(request: R) {
  return z.object({
    items: z.array(z.object({ request, caseNumber: z.string().nullable(), recipient: z.string(), date: dateKey(), start: z.string(), roomName: z.string() })),
    alreadyIssued: z.number().int(),
  });
}
export const hearingNoticeRequests = paperRequests(
  z.object({ kind: z.literal('hearingNotice'), source: z.literal('hearing'), hearingId: entityId, recipientId: entityId }),
);
export type HearingNoticeRequests = z.infer<typeof hearingNoticeRequests>;

/** A postponed hearing: the 延期开庭通知书 its sitting still owes (every case postponed with it, each party). */
export const postponementNoticeRequestsInput = z.object({ hearingId: entityId });
export const postponementNoticeRequests = paperRequests(z.object({ kind: z.literal('postponementNotice'), hearingId: entityId, recipientId: entityId }));
export type PostponementNoticeRequests = z.infer<typeof postponementNoticeRequests>;

// The days an arbitrator or clerk cannot sit (shared/domain/unavailability.ts).
export const unavailability = z.object({
  id: entityId,
  staffId: entityId,
  name: z.string(),
  fromDate: dateKey(),
  toDate: dateKey(),
  kind: z.enum(['leave', 'training', 'other']),
  reason: z.string(),
  recordedBy: z.string(),
  recordedAt: z.number().int(),
});
export type UnavailabilityRecord = z.infer<typeof unavailability>;

export const unavailabilityListInput = z.object({ from: dateKey('开始日期'), to: dateKey('结束日期') });

export const unavailabilityAddInput = z.object({
  staffId: z.string({ error: '请选择仲裁员或书记员' }).trim().min(1, '请选择仲裁员或书记员').max(64),
  fromDate: dateKey('开始日期'),
  toDate: dateKey('结束日期'),
  kind: z.enum(['leave', 'training', 'other'], { error: '请选择事由类别' }),
  reason: reasonText('具体事由', { example: '参加全区仲裁员业务培训' }),
});
export type UnavailabilityAddInput = z.input<typeof unavailabilityAddInput>;

export const unavailabilityAdded = z.object({
  entry: unavailability,
  /** Hearings already booked with this person in the period: to postpone or re-seat (the booking was made before). */
  affected: z.array(z.string()),
});

export const unavailabilityWithdrawInput = z.object({ id: entityId, reason: reasonText('撤销理由', { example: '培训取消' }) });

export const hearingsChannels = {
  'hearings.rooms': q(z.object({}), z.array(hearingRoom), 'signedIn'),
  'hearings.saveRoom': m(roomSaveInput, hearingRoom, 'settings.manage'),
  'hearings.list': q(hearingListInput, hearingList, 'case.read'),
  'hearings.ofCase': q(caseHearingsInput, caseHearings, 'case.read'),
  'hearings.review': q(hearingReviewInput, hearingReview, 'case.read'),
  'hearings.schedule': m(hearingScheduleInput, hearingRecord, 'proceeding.act'),
  'hearings.postpone': m(hearingPostponeInput, hearingRecord, 'proceeding.act'),
  'hearings.recordHeld': m(hearingHeldInput, hearingRecord, 'proceeding.act'),
  'hearings.noticeRequests': q(hearingNoticeRequestsInput, hearingNoticeRequests, 'document.issue'),
  /** The 延期开庭通知书 a postponed sitting owes, one per case and party, to make in one batch (documents.batch). */
  'hearings.postponementNoticeRequests': q(postponementNoticeRequestsInput, postponementNoticeRequests, 'document.issue'),
  'hearings.unavailability': q(unavailabilityListInput, z.array(unavailability), 'case.read'),
  'hearings.addUnavailability': m(unavailabilityAddInput, unavailabilityAdded, 'proceeding.act'),
  'hearings.withdrawUnavailability': m(unavailabilityWithdrawInput, unavailability, 'proceeding.act'),
} as const satisfies ChannelTable;
