// The 现场检查笔录 for `npm run export:samples`: a complaint against 华建 opened as an inspection on the signing day
// (taken in by 张伟's department, 张伟 and 达瓦次仁 its handlers, filed with 李强's approval), and that morning's
// inspection of its site (the samples' clock stands at 10:00) with the project manager present and two photos,
// finalised and printed; then the 调取证据通知书 it leads to — made through the real channels.
import type { DocumentRecord } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { instantOf } from '../../shared/domain/time';
import type { Core } from '../../electron/core/index';
import { cardPng } from '../../tests/fixtures/images';
import type { Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

export async function siteInspectionSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const leader = await as('李强');
  const desk = await as('次仁卓玛');
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf(signDay, '08:30'),
    summary: '教学楼项目木工15人，7月以后工资未付',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'inspection',
    leaderStaffId: id('李强'),
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(core, caseFileId, '张伟', DEMO_PASSWORD);
  for (const name of ['张伟', '达瓦次仁']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' });
  }
  const zhang = await as('张伟');
  let p = (await zhang.call('casework.get', { caseFileId })).proceedings[0]!;
  await zhang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: signDay, opinion: '拖欠15人工资，建议立案' }, expectedRowVersion: p.rowVersion });
  p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
  await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意立案', date: signDay, expectedRowVersion: p.pendingApproval!.rowVersion });
  let s = await zhang.call('siteInspection.create', {
    proceedingId: p.proceedingId,
    startedAt: instantOf(signDay, '08:15'),
    endedAt: instantOf(signDay, '09:30'),
    place: '桑珠孜区第二小学教学楼项目施工现场',
    inspectorIds: [id('张伟'), id('达瓦次仁')],
    recorderId: id('达瓦次仁'),
    employerName: employer.name,
    present: [{ name: '李建国', post: '项目经理' }],
    findings: '项目部未设置维权信息告示牌。\n考勤表显示木工班组15人在岗；工资专用账户的代发记录只到2026年6月。',
  });
  s = await zhang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: '大门.png', caption: '项目大门，未设维权信息告示牌', contentBase64: cardPng(640, 480, 10).toString('base64') });
  s = await zhang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: '考勤表.png', caption: '项目部墙上的木工班组考勤表', contentBase64: cardPng(480, 640, 50).toString('base64') });
  s = await zhang.call('siteInspection.finalise', { id: s.id, rowVersion: s.rowVersion });
  const printed = await zhang.call('siteInspection.print', { id: s.id });
  // What the site showed missing is then demanded of the employer: a 调取证据通知书 with a week to answer.
  const party = (await zhang.call('investigation.list', { caseFileId })).parties.find((x) => x.name === employer.name)!;
  const request = await zhang.call('evidenceRequest.issue', {
    proceedingId: p.proceedingId,
    addresseeId: party.id,
    addresseeName: employer.name,
    items: ['2026年3月至11月的工资支付台账', '木工班组的考勤记录', '工资专用账户2026年7月以后的代发明细'],
    dueDate: addDays(signDay, 7),
    place: '劳动保障监察支队203室',
    contactPhone: '0892-8826001',
  });
  return [
    [zhang, '现场检查笔录', [printed]],
    [zhang, '调取证据通知书', [request]],
  ];
}
