// A filed inspection of 扎西's complaint with 索朗 and 格桑 its handlers, and a 现场检查 to record on it: what the
// site-inspection and site-photo tests start from.
import type { SiteInspectionCreateInput } from '../../shared/contract/site-inspection';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { establishStaff, signInAs, type TestCore } from './core';
import { takeIn } from './routing';

/** An inspection of 扎西's complaint with 索朗 and 格桑 its handlers (旺堆's certificate has run out), filed or not. */
export async function filedInspection(t: TestCore, file = true) {
  const add = (name: string, cert: string | null, expiry: string | null) =>
    establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: cert, enforcementCertExpiry: expiry });
  t.staff['索朗'] = await add('索朗', '藏人社监字0232', '2028-06-30');
  t.staff['格桑'] = await add('格桑', '藏人社监字0233', '2028-06-30');
  t.staff['旺堆'] = await add('旺堆', '藏人社监字0199', '2026-11-24');
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const intake = await t.client.call('intakes.create', zhaxiComplaint(employer.id));
  const caseFileId = (await t.client.call('intakes.get', { id: intake.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' });
  }
  const suolang = await signInAs(t.core, '索朗');
  let p = (await suolang.call('casework.get', { caseFileId })).proceedings[0]!;
  if (file) {
    await suolang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, expectedRowVersion: p.rowVersion });
    p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
    await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意立案', date: '2026-11-25', expectedRowVersion: p.pendingApproval!.rowVersion });
  }
  return { caseFileId, proceedingId: p.proceedingId, suolang, leader };
}

export function inspection(t: TestCore, proceedingId: string, over: Partial<SiteInspectionCreateInput> = {}): SiteInspectionCreateInput {
  return {
    proceedingId,
    startedAt: instantOf('2026-11-25', '08:30'),
    endedAt: instantOf('2026-11-25', '09:40'),
    place: '桑珠孜区第二小学教学楼项目施工现场',
    inspectorIds: [t.staff['索朗']!, t.staff['格桑']!],
    recorderId: t.staff['格桑']!,
    employerName: '日喀则市华建建筑工程有限公司',
    present: [{ name: '李建国', post: '项目经理' }],
    findings: '项目部未设置维权信息告示牌。\n考勤表显示木工班组15人在岗，工资专用账户代发记录只到2026年6月。',
    ...over,
  };
}

