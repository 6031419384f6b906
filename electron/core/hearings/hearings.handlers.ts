import { defineHandlers } from '../kernel/handler';
import { hearingNoticeRequests, postponementNoticeRequests } from './hearing-papers';
import { addUnavailability, listUnavailability, withdrawUnavailability } from './unavailability.service';
import { postponeHearing, recordHeld, scheduleHearing } from './hearing-bookings.service';
import { caseHearings, listHearings, listRooms, reviewSlot, saveRoom } from './hearings.service';

export const hearingsHandlers = defineHandlers({
  'hearings.rooms': (call) => listRooms(call),
  'hearings.saveRoom': (call, input) => saveRoom(call, input),
  'hearings.list': (call, input) => listHearings(call, input),
  'hearings.ofCase': (call, input) => caseHearings(call, input.caseFileId),
  'hearings.review': (call, input) => reviewSlot(call, input),
  'hearings.schedule': (call, input) => scheduleHearing(call, input),
  'hearings.postpone': (call, input) => postponeHearing(call, input),
  'hearings.recordHeld': (call, input) => recordHeld(call, input),
  'hearings.noticeRequests': (call, input) => hearingNoticeRequests(call, input),
  'hearings.postponementNoticeRequests': (call, input) => postponementNoticeRequests(call, input.hearingId),
  'hearings.unavailability': (call, input) => listUnavailability(call, input),
  'hearings.addUnavailability': (call, input) => addUnavailability(call, input),
  'hearings.withdrawUnavailability': (call, input) => withdrawUnavailability(call, input),
});
