// Every SQL statement of the 庭审笔录 (hearing_transcripts): the record of a hearing, the held hearings of a case with
// their records, and the draft's columns. The draft, 定稿 and appended corrections go through the statements the
// 询问笔录 shares (investigation/signed-record.data.ts, kind HEARING_TRANSCRIPT). No rules here.
import type { Prepare } from '../../../db/statements';
import type { TranscriptView } from '../../../shared/contract/hearing-transcripts';
import { missingStages, type TranscriptAttendee, type TranscriptEntry } from '../../../shared/domain/hearing-transcript';
import type { Language } from '../../../shared/domain/vocabulary';
import { partyNames } from './hearings.data';
import { HEARING_TRANSCRIPT, insertSignedRecord, signedTrail, updateSignedDraft, type SavedStamp, type SignedHead } from '../investigation/signed-record.data';

export interface TranscriptColumns {
  startedAt: number;
  endedAt: number | null;
  place: string;
  attendees: TranscriptAttendee[];
  language: Language;
  languageOther: string | null;
  interpreterName: string | null;
  interpreterDutyTold: boolean;
  entries: TranscriptEntry[];
}

const DRAFT_COLUMNS = ['started_at', 'ended_at', 'place', 'attendees', 'language', 'language_other', 'interpreter_name', 'interpreter_duty_told', 'entries'] as const;
const draftValues = (c: TranscriptColumns) => [
  c.startedAt,
  c.endedAt,
  c.place,
  JSON.stringify(c.attendees),
  c.language,
  c.languageOther,
  c.interpreterName,
  c.interpreterDutyTold ? 1 : 0,
  JSON.stringify(c.entries),
];

export function insertTranscript(prepare: Prepare, head: SignedHead & { hearingId: string; arbitrators: { name: string; presiding: boolean }[]; clerkName: string }, c: TranscriptColumns): void {
  insertSignedRecord(prepare, HEARING_TRANSCRIPT, head, ['hearing_id', 'arbitrators', 'clerk_name', ...DRAFT_COLUMNS], [head.hearingId, JSON.stringify(head.arbitrators), head.clerkName, ...draftValues(c)]);
}

export function updateTranscriptDraft(prepare: Prepare, id: string, rowVersion: number, c: TranscriptColumns, saved: SavedStamp): boolean {
  return updateSignedDraft(prepare, HEARING_TRANSCRIPT, id, rowVersion, DRAFT_COLUMNS, draftValues(c), saved);
}

interface Raw {
  id: string;
  unit_id: string;
  case_file_id: string;
  proceeding_id: string;
  hearing_id: string;
  status: 'draft' | 'final';
  started_at: number;
  ended_at: number | null;
  place: string;
  arbitrators: string;
  clerk_name: string;
  attendees: string;
  language: Language;
  language_other: string | null;
  interpreter_name: string | null;
  interpreter_duty_told: number;
  entries: string;
  created_by: string;
  created_by_name: string;
  finalised_by: string | null;
  finalised_by_name: string | null;
  finalised_at: number | null;
  saved_by: string | null;
  saved_by_name: string | null;
  saved_at: number | null;
  row_version: number;
  applicant_appeared: number | null;
  respondent_appeared: number | null;
}

export type TranscriptRow = TranscriptView & { unitId: string };

const SELECT = `SELECT t.*, cb.name AS created_by_name, fb.name AS finalised_by_name, sb.name AS saved_by_name, h.applicant_appeared, h.respondent_appeared
  FROM hearing_transcripts t JOIN staff cb ON cb.id = t.created_by LEFT JOIN staff fb ON fb.id = t.finalised_by LEFT JOIN staff sb ON sb.id = t.saved_by
  JOIN hearings h ON h.id = t.hearing_id`;

function toRow(prepare: Prepare, r: Raw): TranscriptRow {
  const entries = JSON.parse(r.entries) as TranscriptEntry[];
  return {
    id: r.id,
    unitId: r.unit_id,
    hearingId: r.hearing_id,
    proceedingId: r.proceeding_id,
    caseFileId: r.case_file_id,
    status: r.status,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    place: r.place,
    arbitrators: JSON.parse(r.arbitrators) as { name: string; presiding: boolean }[],
    clerk: r.clerk_name,
    parties: partyNames(prepare, r.proceeding_id),
    attendees: JSON.parse(r.attendees) as TranscriptAttendee[],
    language: r.language,
    languageOther: r.language_other,
    interpreterName: r.interpreter_name,
    interpreterDutyTold: r.interpreter_duty_told === 1,
    entries,
    advice: missingStages(entries, r.applicant_appeared === 1 && r.respondent_appeared === 1),
    ...signedTrail(prepare, HEARING_TRANSCRIPT, r.id, r.case_file_id),
    createdBy: { id: r.created_by, name: r.created_by_name },
    finalisedBy: r.finalised_by ? { id: r.finalised_by, name: r.finalised_by_name ?? '' } : null,
    finalisedAt: r.finalised_at,
    savedBy: r.saved_by ? { id: r.saved_by, name: r.saved_by_name ?? '' } : null,
    savedAt: r.saved_at,
    rowVersion: r.row_version,
  };
}

export function transcriptById(prepare: Prepare, id: string): TranscriptRow | null {
  const r = prepare(`${SELECT} WHERE t.id = ?`).get(id) as Raw | undefined;
  return r ? toRow(prepare, r) : null;
}

export function transcriptOfHearing(prepare: Prepare, hearingId: string): TranscriptRow | null {
  const r = prepare(`${SELECT} WHERE t.hearing_id = ?`).get(hearingId) as Raw | undefined;
  return r ? toRow(prepare, r) : null;
}

/** The held hearings of a proceeding, oldest first. */
export function heldHearingsOf(prepare: Prepare, proceedingId: string): { id: string; date: string; start: string; roomName: string }[] {
  return prepare(
    `SELECT h.id, h.date, h.start_time AS start, r.name AS roomName FROM hearings h JOIN hearing_rooms r ON r.id = h.room_id
     WHERE h.proceeding_id = ? AND h.status = 'held' ORDER BY h.date, h.start_time, h.id`,
  ).all(proceedingId) as { id: string; date: string; start: string; roomName: string }[];
}
