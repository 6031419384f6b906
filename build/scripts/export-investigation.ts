// The investigation's papers for `npm run export:samples`: a group's complaint against 雪域 and its 班组长 opened as
// an inspection on the signing day (taken in by 张伟's department, 张伟 and 达瓦次仁 its handlers, filed with 李强's
// approval), a 询问通知书 to the employer, and the 询问笔录 of the 班组长 questioned in Tibetan through an interpreter,
// finalised and printed — made through the real channels, as the app makes them.
import type { DocumentRecord } from '../../shared/contract/documents';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { instantOf } from '../../shared/domain/time';
import type { Core } from '../../electron/core/index';
import { TIBETAN_ANSWER } from '../../tests/fixtures/investigation';
import type { Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

export async function investigationSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const leader = await as('李强');
  const desk = await as('次仁卓玛');
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑劳务有限公司' });
  const teamLeader = await desk.call('parties.create', { kind: 'individual', name: '格桑多吉' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf(signDay, '08:30'),
    summary: '木工班组15人，7月以后工资未付',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }, { partyId: teamLeader.id, role: 'laborTeam' }],
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
  const party = (await zhang.call('investigation.list', { caseFileId })).parties.find((x) => x.name === employer.name)!;
  const notice = await zhang.call('investigation.notice', {
    proceedingId: p.proceedingId,
    addresseeId: party.id,
    addresseeName: employer.name,
    appearAt: instantOf(signDay, '15:00'),
    place: '劳动保障监察支队203室',
    bring: ['2026年3月至11月的工资发放表、考勤记录', '与班组长的劳务分包合同'],
    contactPhone: '0892-8826001',
  });
  let record = await zhang.call('investigation.createRecord', {
    proceedingId: p.proceedingId,
    startedAt: instantOf(signDay, '08:40'),
    endedAt: instantOf(signDay, '09:50'),
    place: '劳动保障监察支队203室',
    inspectorIds: [id('张伟'), id('达瓦次仁')],
    recorderId: id('达瓦次仁'),
    interviewee: { partyId: null, name: '格桑多吉', sex: 'M', idNumber: null, workplace: '雪域劳务公司桑珠孜小学项目木工班组', post: '班组长', phone: null, address: '日喀则市桑珠孜区江当乡' },
    language: 'bo',
    languageOther: null,
    interpreterName: '次仁央宗',
    interpreterDutyTold: true,
    qa: [
      { q: '你在哪个工地干活？从什么时候开始？', a: `${TIBETAN_ANSWER}（译：我们从3月开始干活，7月以后没有发过工资。）` },
      { q: '你的班组有多少人？欠了多少工资？', a: '班组一共15人，老板说年底结账，到现在欠了大约38万元。' },
      { q: '工资平时怎么发？', a: '老板把钱给我，我再发给工人，每人按天算，一天350元。' },
    ],
  });
  record = await zhang.call('investigation.finaliseRecord', { id: record.id, rowVersion: record.rowVersion });
  const printed = await zhang.call('investigation.printRecord', { id: record.id });
  return [
    [zhang, '询问通知书', [notice]],
    [zhang, '询问笔录', [printed]],
  ];
}
