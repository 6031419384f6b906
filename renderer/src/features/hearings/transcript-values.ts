// The 庭审笔录 form's values as one object: read from a stored record (the form's start, and the other person's
// version on a conflict), and the fields the conflict screen compares, under the form's own labels.
import type { TranscriptView } from '../../../../shared/contract/hearing-transcripts';
import { attendeeTitle, STAGE_HEADING, type TranscriptAttendee, type TranscriptEntry } from '../../../../shared/domain/hearing-transcript';
import { LANGUAGE, type Language } from '../../../../shared/domain/vocabulary';
import { mergeItems, type ConflictField } from '../../components/conflict';
import { dateTimeNow, type DateTime } from '../incidents/DateTimeField';

export interface TranscriptValues {
  start: DateTime;
  end: DateTime;
  place: string;
  attendees: TranscriptAttendee[];
  language: Language;
  languageOther: string;
  interpreter: string;
  dutyTold: boolean;
  entries: TranscriptEntry[];
}

export function transcriptValues(record: TranscriptView): TranscriptValues {
  return {
    start: dateTimeNow(record.startedAt),
    end: record.endedAt ? dateTimeNow(record.endedAt) : { date: '', time: '' },
    place: record.place,
    attendees: record.attendees,
    language: record.language,
    languageOther: record.languageOther ?? '',
    interpreter: record.interpreterName ?? '',
    dutyTold: record.interpreterDutyTold,
    entries: record.entries,
  };
}

const when = (t: DateTime) => `${t.date} ${t.time}`.trim();

export const TRANSCRIPT_CONFLICT_FIELDS: readonly ConflictField<TranscriptValues>[] = [
  { key: 'start', label: '开庭', show: (v) => when(v.start) },
  { key: 'end', label: '闭庭', show: (v) => when(v.end) },
  { key: 'place', label: '开庭地点', show: (v) => v.place },
  { key: 'attendees', label: '到庭人员', long: true, combine: (b, t, m) => mergeItems(b.attendees, t.attendees, m.attendees), show: (v) => v.attendees.map(attendeeTitle).join('\n') },
  { key: 'language', label: '庭审语言', show: (v) => LANGUAGE.label(v.language) },
  { key: 'languageOther', label: '语言', show: (v) => v.languageOther },
  { key: 'interpreter', label: '翻译人员', show: (v) => v.interpreter },
  { key: 'dutyTold', label: '已告知翻译人员应如实、完整翻译', show: (v) => (v.dutyTold ? '是' : '否') },
  { key: 'entries', label: '庭审记录', long: true, combine: (b, t, m) => mergeItems(b.entries, t.entries, m.entries), show: (v) => v.entries.map((e, i) => `${i + 1}.【${STAGE_HEADING[e.stage]}】${e.speaker}：${e.text}`).join('\n') },
];
