// The arbitration application's papers for `npm run export:samples`: two workers of 华建's site apply on the signing
// day (taken in by 王芳's institute); their application is entered with two claims each, the 收件回执 is made, the
// missing items are told at once and the 补正通知书 made; a second application, by a worker whose dispute is not a
// labour dispute, is refused and its 不予受理通知书 made — all through the real channels, from the stored case.
import type { DocumentRecord } from '../../shared/contract/documents';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { instantOf } from '../../shared/domain/time';
import type { Core } from '../../electron/core/index';
import type { Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

const id18 = (first17: string) => first17 + residentIdCheckChar(first17);

export async function applicationSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const leader = await as('李强');
  const desk = await as('次仁卓玛');
  const staff = await leader.call('staff.list', {});
  const wangfang = staff.find((s) => s.name === '王芳')!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司', legalRepName: '王建国', legalRepTitle: '总经理', address: '日喀则市桑珠孜区山东大道88号' });
  const apply = async (workers: { name: string; idNumber: string }[], summary: string) => {
    const created = await desk.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf(signDay, '08:30'),
      summary,
      workersCount: workers.length,
      parties: [{ partyId: employer.id, role: 'employer' }],
      complainants: workers.map((w, i) => ({ name: w.name, idType: 'residentId' as const, idNumber: w.idNumber, phones: [`1390892130${i}`] })),
      route: 'arbitration',
    });
    const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
    await takeIn(core, caseFileId, '王芳', DEMO_PASSWORD);
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: wangfang, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件承办人' });
    const arbitrator = await as('王芳');
    const proceedingId = (await arbitrator.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'arbitration')!.proceedingId;
    return { caseFileId, proceedingId, arbitrator };
  };
  const step = async (c: Client, caseFileId: string, proceedingId: string, action: string, input: Record<string, unknown>) => {
    const p = (await c.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!;
    await c.call('proceedings.act', { proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };

  const a = await apply([{ name: '扎西', idNumber: id18('54020219900501001') }, { name: '次仁', idNumber: id18('54020219881112002') }], '申请仲裁：拖欠工资、加班费');
  const blank = await a.arbitrator.call('arbitration.application', { proceedingId: a.proceedingId });
  const [one, two] = blank.applicants;
  const saved = await a.arbitrator.call('arbitration.saveApplication', {
    proceedingId: a.proceedingId,
    expectedRowVersion: null,
    form: 'written',
    factsAndReasons: '申请人于2025年3月入职被申请人处从事钢筋工，被申请人拖欠2026年7月至10月工资及延时加班费，经多次催要未果。',
    evidence: '1. 考勤表（申请人提供）；2. 工资欠条（被申请人项目部出具）',
    witnesses: null,
    knownOn: null,
    employmentEndedOn: null,
    parties: [
      { id: one!.id, address: '日喀则市桑珠孜区德勒路5号', mailingAddress: '日喀则市桑珠孜区德勒路5号', phone: null },
      { id: two!.id, address: '日喀则市江孜县江孜镇', mailingAddress: null, phone: null },
    ],
    claims: [
      { applicantId: one!.id, category: 'wages', request: '支付2026年7月至10月工资', amountFen: 2_400_000, basis: '工资欠条' },
      { applicantId: one!.id, category: 'overtime', request: '支付延时加班费', amountFen: 380_000, basis: '《劳动法》第四十四条' },
      { applicantId: two!.id, category: 'wages', request: '支付2026年8月至10月工资', amountFen: 1_650_000, basis: '考勤表' },
      { applicantId: two!.id, category: 'socialInsurance', request: '为申请人补缴2025年3月至2026年10月社会保险费', amountFen: null, basis: null },
    ],
  });
  const receipt = await a.arbitrator.call('documents.generate', { request: { kind: 'applicationReceipt', proceedingId: a.proceedingId }, caseFileId: a.caseFileId });
  await step(a.arbitrator, a.caseFileId, a.proceedingId, 'requestSupplement', { date: signDay, items: saved.missing });
  const notice = await a.arbitrator.call('documents.generate', { request: { kind: 'supplementNotice', proceedingId: a.proceedingId }, caseFileId: a.caseFileId });

  const b = await apply([{ name: '达瓦', idNumber: id18('54020219920303003') }], '申请仲裁：工程款');
  const bBlank = await b.arbitrator.call('arbitration.application', { proceedingId: b.proceedingId });
  await b.arbitrator.call('arbitration.saveApplication', {
    proceedingId: b.proceedingId,
    expectedRowVersion: null,
    form: 'written',
    factsAndReasons: '申请人承包被申请人教学楼项目的木工分项工程，被申请人尚欠工程款。',
    evidence: '分包合同（申请人提供）',
    witnesses: null,
    knownOn: null,
    employmentEndedOn: null,
    parties: [],
    claims: [{ applicantId: bBlank.applicants[0]!.id, category: 'other', request: '支付木工分项工程款', amountFen: 8_600_000, basis: '分包合同' }],
  });
  await step(b.arbitrator, b.caseFileId, b.proceedingId, 'reject', { date: signDay, reason: '申请人与被申请人之间系工程分包关系，不存在劳动关系，所涉争议不属于劳动人事争议仲裁的受理范围' });
  const rejection = await b.arbitrator.call('documents.generate', { request: { kind: 'rejectionNotice', proceedingId: b.proceedingId }, caseFileId: b.caseFileId });
  return [
    [a.arbitrator, '收件回执', receipt],
    [a.arbitrator, '补正通知书', notice],
    [b.arbitrator, '不予受理通知书', rejection],
  ];
}
