// The 延期开庭通知书 for the sample set: the demo's booked hearing postponed (the respondent asked, three days or more
// before, or else the tribunal decided itself) to the first free slot a week or more later, then one notice per party
// of the case, read from the store as the app makes them.
import type { DocumentRecord } from '../../shared/contract/documents';
import type { HearingRecord } from '../../shared/contract/hearings';
import { addDays } from '../../shared/domain/calendar';
import type { Client } from '../../tests/helpers/client';

export async function postponementSamples(arbitrator: Client, booked: HearingRecord, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const byParty = addDays(booked.date, -3) >= signDay;
  let moved = false;
  // The calendar refuses a day off or a clash: the first day it accepts.
  for (let k = 7; k <= 21 && !moved; k++) {
    const r = await arbitrator.invoke('hearings.postpone', {
      hearingId: booked.id,
      expectedRowVersion: booked.rowVersion,
      requestedBy: byParty ? 'respondent' : 'tribunal',
      requestedOn: byParty ? signDay : null,
      reason: byParty ? '法定代表人住院治疗，无法按期到庭' : '首席仲裁员另有公务',
      date: addDays(booked.date, k),
      start: booked.start,
      end: booked.end,
      roomId: booked.roomId,
    });
    moved = r.ok;
  }
  if (!moved) throw new Error('无法为演示开庭安排延期，不能导出延期开庭通知书');
  const { recipients } = await arbitrator.call('services.list', { caseFileId: booked.caseFileId });
  const out: [Client, string, DocumentRecord[]][] = [];
  for (const r of recipients.filter((x) => x.proceedingId === booked.proceedingId)) {
    const request = { kind: 'postponementNotice' as const, hearingId: booked.id, recipientId: r.recipientId };
    out.push([arbitrator, `延期开庭通知书-${r.name}`, await arbitrator.call('documents.generate', { request, caseFileId: null })]);
  }
  return out;
}
