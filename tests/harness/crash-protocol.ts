// What the crash harness's child reports to its parent, one JSON line per acknowledged write.

/** The desk clerk the child works as (created at setup). */
export const CRASH_DESK_CLERK = '次仁卓玛';

export type Ack =
  | { t: 'intake'; id: string; regNoText: string; personIds: string[] }
  | { t: 'complainants'; intakeId: string; personIds: string[] }
  | { t: 'document'; id: string; number: string | null; series: boolean; versionId: string; pdfHash: string; docxHash: string }
  | { t: 'image'; id: string; personId: string };
