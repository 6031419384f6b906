// 庭审笔录 of a held hearing (调解仲裁法 Art. 40), per arbitration case: recorded in the app as a draft saved while it
// is typed, then 定稿 — read-only, with corrections appended with their reason — and printed for the signatures of
// every participant, the arbitrators and the clerk.
import { z } from 'zod';
import { ATTENDEE_CAPACITY, ATTENDEE_SIDE, TRANSCRIPT_STAGES } from '../domain/hearing-transcript';
import { LANGUAGE } from '../domain/vocabulary';
import { documentRecord } from './documents';
import { staffRef } from './intakes';
import { entityId, instant, nameText, nullable, optionalNameText, optionalText, text } from './primitives';
import { m, q, type ChannelTable } from './channel-def';
import { signedRecordCorrectInput, signedRecordCorrection } from './signed-record';

export const MAX_TRANSCRIPT_ENTRIES = 400;

const attendee = z.object({
  side: z.enum(Object.keys(ATTENDEE_SIDE) as [keyof typeof ATTENDEE_SIDE], { error: '请选择到庭人员是哪一方' }),
  capacity: z.enum(Object.keys(ATTENDEE_CAPACITY) as [keyof typeof ATTENDEE_CAPACITY], { error: '请选择到庭人员的身份' }),
  name: nameText('到庭人员姓名', 40),
  party: z.string().trim().max(80, '所代表的当事人不超过80字').default(''),
});

const entry = z.object({
  stage: z.enum(TRANSCRIPT_STAGES, { error: '请选择庭审阶段' }),
  speaker: z.string().trim().max(60, '发言人不超过60字'),
  text: z.string().trim().max(8000, '每条记录不超过8000字'),
});

export const transcriptView = z.object({
  id: entityId,
  hearingId: entityId,
  proceedingId: entityId,
  caseFileId: entityId,
  status: z.enum(['draft', 'final']),
  startedAt: instant,
  endedAt: instant.nullable(),
  place: z.string(),
  /** The tribunal and the clerk as the hearing sat (kept as named on the day). */
  arbitrators: z.array(z.object({ name: z.string(), presiding: z.boolean() })),
  clerk: z.string(),
  /** The case's parties by name, offered as whom an agent or legal representative appears for. */
  parties: z.object({ applicants: z.array(z.string()), respondents: z.array(z.string()) }),
  attendees: z.array(attendee),
  language: z.enum(LANGUAGE.values),
  languageOther: z.string().nullable(),
  interpreterName: z.string().nullable(),
  interpreterDutyTold: z.boolean(),
  entries: z.array(entry),
  /** Advice on the stages not yet recorded (调解仲裁法 Art. 42's mediation among them). */
  advice: z.array(z.string()),
  corrections: z.array(signedRecordCorrection),
  documents: z.array(z.object({ id: entityId, title: z.string(), createdAt: instant })),
  createdBy: staffRef,
  finalisedBy: staffRef.nullable(),
  finalisedAt: instant.nullable(),
  /** Who last saved the draft and when (null on a record last saved before they were kept). */
  savedBy: staffRef.nullable(),
  savedAt: instant.nullable(),
  rowVersion: z.number().int(),
});
export type TranscriptView = z.infer<typeof transcriptView>;
export type TranscriptAttendeeInput = z.input<typeof attendee>;

export const caseTranscripts = z.object({
  caseFileId: entityId,
  /** The held hearings of the file's arbitration case, each with its record when one was started. */
  hearings: z.array(z.object({ hearingId: entityId, date: z.string(), start: z.string(), roomName: z.string(), transcript: transcriptView.nullable() })),
});
export type CaseTranscripts = z.infer<typeof caseTranscripts>;

const fields = {
  startedAt: instant,
  endedAt: nullable(instant),
  place: text('开庭地点', 120),
  attendees: z.array(attendee).max(30, '到庭人员最多30人'),
  language: z.enum(LANGUAGE.values, { error: '请选择庭审使用的语言' }),
  languageOther: optionalText('其他语言', 20),
  interpreterName: optionalNameText('翻译人员', 40),
  interpreterDutyTold: z.boolean(),
  entries: z.array(entry).max(MAX_TRANSCRIPT_ENTRIES, `庭审记录最多${MAX_TRANSCRIPT_ENTRIES}条`),
};

export const transcriptListInput = z.object({ caseFileId: entityId });
export const transcriptCreateInput = z.object({ hearingId: entityId });
export const transcriptSaveInput = z.object({ id: entityId, rowVersion: z.number().int(), ...fields });
export type TranscriptSaveInput = z.input<typeof transcriptSaveInput>;
export const transcriptFinaliseInput = z.object({ id: entityId, rowVersion: z.number().int() });
export const transcriptPrintInput = z.object({ id: entityId });

export const hearingTranscriptChannels = {
  'hearingTranscript.list': q(transcriptListInput, caseTranscripts, 'document.read'),
  /** Starts the record of a held hearing (one per hearing; each case of a joint hearing has its own), filled from the hearing (time, room, tribunal, clerk). */
  'hearingTranscript.create': m(transcriptCreateInput, transcriptView, 'proceeding.act'),
  /** Saves the draft at the version read (the screen saves while the clerk types). */
  'hearingTranscript.save': m(transcriptSaveInput, transcriptView, 'proceeding.act'),
  'hearingTranscript.finalise': m(transcriptFinaliseInput, transcriptView, 'proceeding.act'),
  /** Appends a correction with its reason to a finalised record (Art. 40: a participant's request for 补正). */
  'hearingTranscript.correct': m(signedRecordCorrectInput, transcriptView, 'proceeding.act'),
  /** Issues the finalised record as the paper 庭审笔录 to sign. */
  'hearingTranscript.print': m(transcriptPrintInput, documentRecord, 'proceeding.act'),
} as const satisfies ChannelTable;
