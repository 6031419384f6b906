// The 包案领导's 约谈 (a summons of the employer, the 总包, the 建设单位 …) and 调度会 (the bodies meeting on the file):
// recorded by the file's leader or team with the date, who came and what came of it, on the timeline and the trail.
import type { z } from 'zod';
import type { Meeting, meetingRecordInput } from '../../../shared/contract/incidents';
import { dateKeyOf } from '../../../shared/domain/time';
import { MEETING_KIND } from '../../../shared/domain/vocabulary';
import type { CoreServices, CallContext } from '../kernel/context';
import { invalid } from '../kernel/errors';
import { tx, writeContext } from '../kernel/tx';
import { fileOfUnit, requireOpenFile, requirePlaceOnFile } from './access';
import { attendeesOf, findMeeting, insertAttendee, insertMeeting, meetingsOfFile, partiesOfFile, type AttendeeRow, type MeetingRow } from './supervision.data';

function attendeeLabel(a: { party_name: string | null; name: string | null; organisation: string | null }): string {
  if (a.party_name !== null) return a.name ? `${a.party_name}（${a.name}）` : a.party_name;
  return `${a.name ?? ''}（${a.organisation ?? ''}）`;
}

function toMeeting(m: MeetingRow, attendees: AttendeeRow[]): Meeting {
  return {
    id: m.id,
    caseFileId: m.case_file_id,
    kind: m.kind,
    date: m.date,
    place: m.place,
    purpose: m.purpose,
    outcome: m.outcome,
    attendees: attendees.filter((a) => a.meeting_id === m.id).map((a) => ({ partyId: a.party_id, label: attendeeLabel(a), commitment: a.commitment })),
    recordedBy: { id: m.recorded_by, name: m.recorded_by_name },
    recordedAt: m.recorded_at,
  };
}

export function fileMeetings(core: CoreServices, caseFileId: string): Meeting[] {
  const rows = meetingsOfFile(core.prepare, caseFileId);
  const attendees = attendeesOf(core.prepare, rows.map((r) => r.id));
  return rows.map((r) => toMeeting(r, attendees));
}

export function recordMeeting(call: CallContext, input: z.output<typeof meetingRecordInput>): Meeting {
  const id = tx(writeContext(call), (w) => {
    const file = fileOfUnit(call, input.caseFileId);
    requireOpenFile(file, `记录${MEETING_KIND.label(input.kind)}`);
    requirePlaceOnFile(call, file.id, `记录${MEETING_KIND.label(input.kind)}`);
    const today = dateKeyOf(w.now);
    if (input.date > today) throw invalid({ date: `日期不能晚于今天（${today}）` });
    // A party who attends is one of the file's own (the employer, 总包, 建设单位 …).
    const parties = partiesOfFile(w.prepare, file.id);
    const problems: Record<string, string> = {};
    input.attendees.forEach((a, i) => {
      if (a.partyId !== null && !parties.some((p) => p.id === a.partyId)) problems[`attendees.${i}.partyId`] = '该单位不是本案当事人，请按姓名和单位登记';
    });
    if (Object.keys(problems).length > 0) throw invalid(problems);
    const meetingId = insertMeeting(w.prepare, { ...input, by: w.actorStaffId!, now: w.now });
    input.attendees.forEach((a, i) => insertAttendee(w.prepare, { meetingId, partyId: a.partyId, name: a.name, organisation: a.partyId === null ? a.organisation : null, commitment: a.commitment, sortOrder: i, now: w.now }));
    const labelOf = (a: (typeof input.attendees)[number]) => attendeeLabel({ party_name: a.partyId === null ? null : parties.find((p) => p.id === a.partyId)!.name, name: a.name, organisation: a.organisation });
    const who = input.attendees.map(labelOf).join('、');
    const promised = input.attendees.filter((a) => a.commitment).map((a) => `${labelOf(a)}承诺：${a.commitment}`);
    w.caseEvent({
      caseFileId: file.id,
      kind: 'meeting.recorded',
      summary: `${MEETING_KIND.label(input.kind)}（${input.date}${input.place ? `，${input.place}` : ''}）：参加 ${who}。${input.purpose ? `事由：${input.purpose}。` : ''}${promised.length > 0 ? `${promised.join('；')}。` : ''}结果：${input.outcome}`,
      data: { meetingId },
    });
    w.audit({ action: 'meetingRecord', entity: 'meeting', entityId: meetingId, change: input });
    w.changed('caseFile', file.id);
    return meetingId;
  });
  const m = findMeeting(call.core.prepare, id)!;
  return toMeeting(m, attendeesOf(call.core.prepare, [id]));
}
