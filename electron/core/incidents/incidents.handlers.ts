import { can } from '../../../shared/domain/permissions';
import { dateKeyOf } from '../../../shared/domain/time';
import { defineHandlers } from '../kernel/handler';
import { callerOf, fileOfUnit, mayActOn } from './access';
import { closeIncidentWith, dispatchToScene, fileIncidents, mayOpenIncident, openIncident, reportIncident } from './incidents.service';
import { fileMeetings, recordMeeting } from './meetings.service';
import { closeSupervisionWith, fileSupervisions, openSupervision, reportOnSupervision } from './supervision.service';

export const incidentsHandlers = defineHandlers({
  'incidents.get': (call, input) => {
    const file = fileOfUnit(call, input.caseFileId);
    const principal = callerOf(call);
    const now = call.core.clock.now();
    return {
      caseFileId: file.id,
      now,
      today: dateKeyOf(now),
      mayOpenIncident: mayOpenIncident(call, file),
      mayAct: mayActOn(call, principal, file.id),
      maySupervise: file.status === 'open' && can(principal.roles, 'proceeding.approve'),
      incidents: fileIncidents(call.core, file.id),
      supervisions: fileSupervisions(call, file.id),
      meetings: fileMeetings(call.core, file.id),
    };
  },
  'incidents.open': (call, input) => openIncident(call, input),
  'incidents.report': (call, input) => reportIncident(call, input),
  'incidents.dispatch': (call, input) => dispatchToScene(call, input),
  'incidents.close': (call, input) => closeIncidentWith(call, input),
  'supervisions.open': (call, input) => openSupervision(call, input),
  'supervisions.report': (call, input) => reportOnSupervision(call, input),
  'supervisions.close': (call, input) => closeSupervisionWith(call, input),
  'meetings.record': (call, input) => recordMeeting(call, input),
});
