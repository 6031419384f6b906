import { defineHandlers } from '../kernel/handler';
import { propose, recordGround, referralChecklists } from './referrals.service';

export const referralsHandlers = defineHandlers({
  'referrals.checklist': (call, input) => referralChecklists(call, input.caseFileId),
  'referrals.recordGround': (call, input) => recordGround(call, input),
  'referrals.propose': (call, input) => propose(call, input),
});
