// The 应诉通知书, 举证通知书 and 回避决定书 for `npm run export:samples`: a worker's wage claim received about a week
// before the signing day and run through the real steps — the application entered, 受理, the 应诉通知书 with the
// application's copy, the 举证期限 set and its notices (one per party), 简易处理 on consent and the sole arbitrator with
// the clerk, the employer's application for the clerk's recusal and the chair's refusal — each dated on a working day
// the engine accepts, each paper made from the stored case.
import type { DocumentRecord } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { instantOf } from '../../shared/domain/time';
import { lastWorkingDay } from '../../db/seed/demo-arbitration';
import type { Core } from '../../electron/core/index';
import type { Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

export async function recusalSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const day = (offset: number) => lastWorkingDay(addDays(signDay, offset));
  const leader = await as('李强');
  const desk = await as('次仁卓玛');
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域路桥工程有限公司', legalRepName: '李国栋', legalRepTitle: '总经理', address: '日喀则市桑珠孜区上海中路36号' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf(day(-8), '09:30'),
    summary: '申请仲裁：拖欠工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '平措', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(core, caseFileId, '王芳', DEMO_PASSWORD);
  for (const name of ['王芳', '央金']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const wang = await as('王芳');
  const proceedingId = (await wang.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!.proceedingId;
  const act = async (action: string, input: Record<string, unknown>) => {
    const p = (await wang.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!;
    await wang.call('proceedings.act', { proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };
  const blank = await wang.call('arbitration.application', { proceedingId });
  const worker = blank.applicants[0]!;
  await wang.call('arbitration.saveApplication', {
    proceedingId,
    expectedRowVersion: null,
    form: 'written',
    factsAndReasons: '申请人于2026年4月入职被申请人处从事混凝土工，被申请人拖欠2026年8月至10月工资，经多次催要未果。',
    evidence: '1. 考勤表（申请人提供）；2. 工资欠条（被申请人项目部出具）',
    witnesses: null,
    knownOn: null,
    employmentEndedOn: null,
    parties: [{ id: worker.id, address: '日喀则市桑珠孜区德勒路9号', mailingAddress: '日喀则市桑珠孜区德勒路9号', phone: '13908921399' }],
    claims: [{ applicantId: worker.id, category: 'wages', request: '支付2026年8月至10月工资', amountFen: 1_560_000, basis: '工资欠条、考勤表' }],
  });
  await act('accept', { date: day(-7) });
  const answer = await wang.call('documents.generate', { request: { kind: 'respondentNotice', proceedingId }, caseFileId });
  await act('setEvidencePeriod', { date: day(-7), until: day(7) });
  const evidence = await wang.call('documents.generate', { request: { kind: 'evidenceNotice', proceedingId }, caseFileId });
  await act('simplify', { date: day(-6), ground: 'consent', amountFen: 1_560_000, bar: 'none', note: '双方当事人同意简易处理' });
  await act('compose', { date: day(-6), form: 'sole', presidingStaffId: id('王芳'), memberStaffIds: [], clerkStaffId: id('央金') });
  await act('applyRecusal', { date: day(-2), applicant: '日喀则市雪域路桥工程有限公司', person: '央金', seat: 'clerk', reason: '书记员央金曾为申请人代写仲裁申请书' });
  await act('refuseRecusal', { date: day(-1), decider: 'chair', deciderName: '次仁多吉', reason: '仲裁申请书系申请人本人书写，书记员央金仅在收件时告知填写要求，不属于应当回避的情形' });
  const recusal = await wang.call('documents.generate', { request: { kind: 'recusalDecision', proceedingId }, caseFileId });
  return [
    [wang, '应诉通知书', answer],
    [wang, '举证通知书', evidence],
    [wang, '回避决定书', recusal],
  ];
}
