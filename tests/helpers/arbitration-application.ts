// An arbitration file as the desk routes it to the institute — two workers against one employer, taken in by 王芳
// with her team — and the application as the clerk enters it: each worker's particulars and two claims each.
import { residentIdCheckChar } from '../../shared/domain/identity';
import { instantOf } from '../../shared/domain/time';
import type { ApplicationSaveInput, ArbitrationApplication } from '../../shared/contract/arbitration';
import { arbitrators } from './hearings';
import { signInAs, type TestCore } from './core';
import { takeIn } from './routing';

export const residentId = (first17: string) => first17 + residentIdCheckChar(first17);
export const ZHAXI_ID = residentId('54020219900501001');
export const CIREN_ID = residentId('54020219881112002');

export async function applicationFile(t: TestCore, opts: { employerId?: string; workers?: { name: string; idNumber: string }[]; leader?: string } = {}) {
  if (!t.staff['王芳']) await arbitrators(t);
  const desk = await signInAs(t.core, '次仁卓玛');
  const employerId =
    opts.employerId ??
    (await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司', legalRepName: '王建国', legalRepTitle: '总经理', address: '日喀则市桑珠孜区山东大道88号' })).id;
  const workers = opts.workers ?? [
    { name: '扎西', idNumber: ZHAXI_ID },
    { name: '次仁', idNumber: CIREN_ID },
  ];
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-24', '09:30'),
    summary: '申请仲裁：拖欠工资、加班费',
    workersCount: workers.length,
    parties: [{ partyId: employerId, role: 'employer' }],
    complainants: workers.map((w, i) => ({ name: w.name, idType: 'residentId' as const, idNumber: w.idNumber, phones: [`1390892120${i}`], address: i === 0 ? '日喀则市桑珠孜区德勒路5号' : null })),
    route: 'arbitration',
    ...(opts.leader ? { leaderStaffId: t.staff[opts.leader]! } : {}),
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId, '王芳');
  const leader = await signInAs(t.core, '李强');
  for (const name of ['王芳', '央金']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const arbitrator = await signInAs(t.core, '王芳');
  const proceeding = async () => (await arbitrator.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'arbitration')!;
  const proceedingId = (await proceeding()).proceedingId;
  const application = () => arbitrator.call('arbitration.application', { proceedingId });
  const step = async (action: string, input: Record<string, unknown>) => {
    const p = await proceeding();
    return arbitrator.invoke('proceedings.act', { proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };
  return { caseFileId, employerId, arbitrator, leader, desk, proceedingId, proceeding, application, step };
}

/** The application with two claims per applicant; the respondent's 通讯地址 and phone left out unless `complete`. */
export function fullApplication(a: ArbitrationApplication, complete = true, over: Partial<ApplicationSaveInput> = {}): ApplicationSaveInput {
  const [one, two] = a.applicants;
  const employer = a.respondents[0]!;
  return {
    proceedingId: a.proceedingId,
    expectedRowVersion: a.rowVersion,
    form: 'written',
    factsAndReasons: '申请人于2025年3月入职被申请人处从事钢筋工，被申请人拖欠2026年7月至10月工资及延时加班费，经多次催要未果。',
    evidence: '1. 考勤表（申请人提供）；2. 工资欠条（被申请人项目部出具）；3. 工友证言（工友达瓦提供）',
    witnesses: '达瓦，住日喀则市桑珠孜区',
    knownOn: '2026-08-15',
    employmentEndedOn: '2026-10-31',
    parties: [
      { id: one!.id, address: '日喀则市桑珠孜区德勒路5号', mailingAddress: '日喀则市桑珠孜区德勒路5号', phone: '13908921200' },
      { id: two!.id, address: '日喀则市江孜县江孜镇', mailingAddress: '日喀则市桑珠孜区青岛路12号', phone: '13908921201' },
      { id: employer.id, address: employer.address, mailingAddress: complete ? '日喀则市桑珠孜区山东大道88号' : null, phone: complete ? '0892-8826000' : null },
    ],
    claims: [
      { applicantId: one!.id, category: 'wages', request: '支付2026年7月至10月工资', amountFen: 2_400_000, basis: '工资欠条' },
      { applicantId: one!.id, category: 'overtime', request: '支付延时加班费', amountFen: 380_000, basis: '《劳动法》第四十四条' },
      { applicantId: two!.id, category: 'wages', request: '支付2026年8月至10月工资', amountFen: 1_650_000, basis: '考勤表' },
      { applicantId: two!.id, category: 'socialInsurance', request: '为申请人补缴2025年3月至2026年10月社会保险费', amountFen: null, basis: null },
    ],
    ...over,
  };
}
