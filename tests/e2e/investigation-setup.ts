// An inspection file ready for the investigation's records (issue #12), arranged through the core: a group's complaint
// against 雪域 and its 班组长, taken in, 张伟 and 达瓦次仁 its handlers, filed. Shared by the investigation specs.
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { dateKeyOf } from '../../shared/domain/time';
import { takeIn } from '../helpers/routing';
import type { AppFixture } from './fixtures';

export const TEAM_LEADER = '格桑多吉';

/**
 * An inspection of a group's complaint against 雪域 and its 班组长, taken in, 张伟 and 达瓦次仁 its handlers, filed.
 * `teamLeader: false`: the complaint names the employer only (the site inspection's story).
 */
export async function filedInspection(app: AppFixture, options: { teamLeader?: boolean } = {}) {
  await app.initializeWithDemo();
  const leader = await app.as('李强', DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑劳务有限公司' });
  const teamLeader = options.teamLeader === false ? null : await desk.call('parties.create', { kind: 'individual', name: TEAM_LEADER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Date.now() - 3 * 3_600_000,
    summary: '木工班组15人，7月以后工资未付',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' as const }, ...(teamLeader ? [{ partyId: teamLeader.id, role: 'laborTeam' as const }] : [])],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'inspection',
    leaderStaffId: id('李强'),
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '张伟', DEMO_PASSWORD);
  for (const name of ['张伟', '达瓦次仁']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' });
  }
  const zhang = await app.as('张伟', DEMO_PASSWORD);
  let p = (await zhang.call('casework.get', { caseFileId })).proceedings[0]!;
  const today = dateKeyOf(Date.now());
  await zhang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: today, opinion: '拖欠15人工资，建议立案' }, expectedRowVersion: p.rowVersion });
  p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
  await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意立案', date: today, expectedRowVersion: p.pendingApproval!.rowVersion });
  return { caseFileId, proceedingId: p.proceedingId, zhang, id };
}
