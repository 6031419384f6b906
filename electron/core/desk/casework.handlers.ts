import { defineHandlers } from '../kernel/handler';
import { act, decide } from '../proceedings/engine';
import { addTeamMember, confirmLeader, removeMember } from '../team/team.service';
import { caseWork, deskSummary, listDeadlines } from './desk.service';
import { deadlineTrace } from '../deadlines/deadline-trace';

export const caseworkHandlers = defineHandlers({
  'casework.get': (call, input) => caseWork(call, input.caseFileId),
  'proceedings.act': (call, input) => act(call, input),
  'approvals.decide': (call, input) => decide(call, input),
  'team.add': (call, input) => addTeamMember(call, input),
  'team.remove': (call, input) => {
    removeMember(call, input);
    return {};
  },
  'team.confirmLeader': (call, input) => confirmLeader(call, input),
  'desk.summary': (call) => deskSummary(call),
  'deadlines.list': (call, input) => listDeadlines(call, input),
  'deadlines.trace': (call, input) => deadlineTrace(call.core, input.deadlineId),
});
