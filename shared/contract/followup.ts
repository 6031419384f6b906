// Repeat detection at the desk and the first-asked answer (首问负责): the matters an intake may repeat, found by the
// numbers the clerk typed in full; what each complainant was told and when they are due an answer; the call-backs
// (回访/答复) logged against it; and the leader's list of complainants not yet answered.
import { z } from 'zod';
import { CALLBACK_METHODS, REPEAT_REASON_KINDS, SATISFACTIONS } from '../domain/followup';
import { CASE_STATUS, ID_TYPE, INTAKE_KIND, INTAKE_STATUS } from '../domain/vocabulary';
import { empty, entityId, instant, nullable, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';

/** At most this many numbers are looked up in one check (a roster is checked in batches): the check is no bulk oracle. */
export const MAX_REPEAT_NUMBERS = 30;

const typed = z.string().trim().max(60);
// As intakes.ts has it; declared here so the intake's contract may import the repeat choice without a cycle.
const staffRef = z.object({ id: entityId, name: z.string() });

/** What the form holds so far. Only numbers typed in full and valid are looked up; the rest is ignored. */
export const repeatCheckInput = z
  .object({
    complainants: z
      .array(z.object({ name: z.string().trim().max(60), idType: z.enum(ID_TYPE.values), idNumber: typed.nullable(), phones: z.array(typed).max(3) }).strict())
      .max(500),
    partyIds: z.array(entityId).max(10),
    creditCodes: z.array(typed).max(10),
    project: z.union([z.object({ id: entityId }).strict(), z.object({ name: typed, siteAddress: z.string().trim().max(200).nullable() }).strict()]).nullable(),
  })
  .strict();

export const repeatReason = z.object({
  kind: z.enum(REPEAT_REASON_KINDS),
  /** What matched, as the lists show it: ID numbers and phones masked, an organisation's code and a project in full. */
  detail: z.string(),
});

export const repeatMatch = z.object({
  intakeId: entityId,
  regNoText: z.string(),
  kind: z.enum(INTAKE_KIND.values),
  status: z.enum(INTAKE_STATUS.values),
  receivedDate: z.string(),
  summary: z.string(),
  caseFileId: entityId.nullable(),
  caseTitle: z.string().nullable(),
  caseStatus: z.enum(CASE_STATUS.values).nullable(),
  /** A number, a party or the project matched; false when only a name did (a weak hint). */
  strong: z.boolean(),
  reasons: z.array(repeatReason),
});
export type RepeatMatch = z.infer<typeof repeatMatch>;

export const repeatCheckOutput = z.object({
  matches: z.array(repeatMatch),
  /** Full, valid numbers looked up (ID numbers, phones, credit codes). */
  numbersChecked: z.number().int(),
  /** More numbers were typed than one check looks up; the rest were not checked. */
  truncated: z.boolean(),
  recentDays: z.number().int(),
});
export type RepeatCheckOutput = z.infer<typeof repeatCheckOutput>;

/** The clerk's answer to a repeat: the intake joins that file, or opens its own file linked to it. */
export const repeatChoice = z.object({ caseFileId: entityId, action: z.enum(['attach', 'link']) }).strict();

export const callbackInput = z
  .object({
    intakeId: entityId,
    personId: nullable(entityId),
    at: instant,
    method: z.enum(CALLBACK_METHODS, { error: '请选择回访方式' }),
    reached: z.boolean({ error: '请选择是否联系上' }),
    content: text('答复内容', 2000),
    satisfaction: nullable(z.enum(SATISFACTIONS)),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.reached && v.satisfaction === null) ctx.addIssue({ code: 'custom', path: ['satisfaction'], message: '联系上投诉人的，请记录其是否满意' });
    if (!v.reached && v.satisfaction !== null) ctx.addIssue({ code: 'custom', path: ['satisfaction'], message: '未联系上的，不能记录满意度' });
  });

export const callback = z.object({
  id: entityId,
  at: instant,
  by: staffRef,
  method: z.enum(CALLBACK_METHODS),
  reached: z.boolean(),
  person: z.object({ id: entityId, name: z.string() }).nullable(),
  content: z.string(),
  satisfaction: z.enum(SATISFACTIONS).nullable(),
});

export const feedbackState = z.enum(['answered', 'running', 'dueSoon', 'overdue']);
export type FeedbackState = z.infer<typeof feedbackState>;

export const followupEntry = z.object({
  intakeId: entityId,
  regNoText: z.string(),
  receivedDate: z.string(),
  complainants: z.array(z.object({ id: entityId, name: z.string() })),
  /** Reporters withheld from this caller (no 'reporter.read'; 监察条例 Art. 9). */
  hiddenReporters: z.number().int(),
  notice: z.string().nullable(),
  toldBy: staffRef,
  toldAt: instant,
  feedbackDue: z.string(),
  state: feedbackState,
  overdueDays: z.number().int(),
  answeredAt: instant.nullable(),
  callbacks: z.array(callback),
});
export type FollowupEntry = z.infer<typeof followupEntry>;

export const caseLink = z.object({
  caseFileId: entityId,
  title: z.string(),
  status: z.enum(CASE_STATUS.values),
  reason: z.string(),
  createdBy: staffRef,
  createdAt: instant,
});

export const caseFollowup = z.object({
  /** The file asked about; null when one intake without a file was (暂不分办, answered on the spot). */
  caseFileId: entityId.nullable(),
  today: z.string(),
  mayLog: z.boolean(),
  entries: z.array(followupEntry),
  links: z.array(caseLink),
});
export type CaseFollowup = z.infer<typeof caseFollowup>;

export const waitingComplainant = z.object({
  intakeId: entityId,
  regNoText: z.string(),
  caseFileId: entityId.nullable(),
  caseTitle: z.string().nullable(),
  names: z.string(),
  receivedDate: z.string(),
  feedbackDue: z.string(),
  state: feedbackState,
  overdueDays: z.number().int(),
  /** Call-backs tried without reaching them. */
  attempts: z.number().int(),
});
export type WaitingComplainant = z.infer<typeof waitingComplainant>;

export const waitingList = z.object({ items: z.array(waitingComplainant), overdue: z.number().int(), dueSoon: z.number().int() });

/** A file's intakes, or one intake (an intake without a file is answered from its own page). */
export const followupOf = z
  .object({ caseFileId: nullable(entityId), intakeId: nullable(entityId) })
  .strict()
  .refine((v) => (v.caseFileId === null) !== (v.intakeId === null), { message: '请指定案卷或接待登记（二者选一）', path: ['caseFileId'] });

export const followupChannels = {
  /** Part of registering: the desk's own permission; every number looked up is on the record and rate-limited. */
  'repeats.check': q(repeatCheckInput, repeatCheckOutput, 'intake.create'),
  'followup.get': q(followupOf, caseFollowup, 'case.read'),
  'followup.callback': m(callbackInput, followupEntry, 'followup.log'),
  'followup.waiting': q(empty, waitingList, 'case.read'),
} as const satisfies ChannelTable;
