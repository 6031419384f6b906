// The 仲裁裁决书 from a stored case for `npm run export:samples`: a worker's claims for wages and economic compensation
// received about seven weeks before the signing day and run through the real steps — 受理, 简易处理 on both parties'
// consent, a sole arbitrator with the clerk, 登记裁决 with the tribunal's findings and reasons — each dated on a
// working day the engine accepts, each item with its statute. 劳动报酬 within 12 months' minimum wage is final, the
// compensation above it is not (调解仲裁法 Arts. 47, 50): the store's split gives the two papers; the compensation is
// granted in part (2.5 months' wages of the 5 asked), so the non-final award ends with 驳回申请人的其他仲裁请求.
import type { DocumentRecord } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { instantOf } from '../../shared/domain/time';
import { lastWorkingDay } from '../../db/seed/demo-arbitration';
import type { Core } from '../../electron/core/index';
import type { Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

/** A worker's stored arbitration case run to a composed sole tribunal; `who` picks the worker and employer of the sample. */
export async function composedSampleCase(core: Core, as: (name: string) => Promise<Client>, signDay: string, who = { worker: '拉姆', employer: '日喀则市雪域餐饮管理有限公司', id17: '54020219930715002' }) {
  const day = (offset: number) => lastWorkingDay(addDays(signDay, offset));
  const leader = await as('李强');
  const desk = await as('次仁卓玛');
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: who.employer, legalRepName: '刘志强', legalRepTitle: '总经理', address: '日喀则市桑珠孜区上海中路16号' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf(day(-50), '10:00'),
    summary: '申请仲裁：拖欠工资，解除劳动合同未支付经济补偿',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: who.worker, idType: 'residentId', idNumber: `${who.id17}${residentIdCheckChar(who.id17)}`, phones: ['13908921400'] }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(core, caseFileId, '王芳', DEMO_PASSWORD);
  for (const name of ['王芳', '央金']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const wang = await as('王芳');
  const proceeding = async () => (await wang.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!;
  const act = async (action: string, input: Record<string, unknown>) => {
    const p = await proceeding();
    await wang.call('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };
  const proceedingId = (await proceeding()).proceedingId;
  const blank = await wang.call('arbitration.application', { proceedingId });
  const worker = blank.applicants[0]!;
  await wang.call('arbitration.saveApplication', {
    proceedingId,
    expectedRowVersion: null,
    form: 'written',
    factsAndReasons: '申请人于2024年4月入职被申请人处任厨师，月工资6,000元。被申请人拖欠申请人2026年5月至8月工资；2026年8月31日被申请人以经营调整为由解除劳动合同，未支付经济补偿。',
    evidence: '1. 劳动合同（申请人提供）；2. 银行工资流水（申请人提供）；3. 解除劳动合同通知书（被申请人出具）',
    witnesses: null,
    knownOn: null,
    employmentEndedOn: '2026-08-31',
    parties: [{ id: worker.id, address: '日喀则市桑珠孜区德吉路18号', mailingAddress: '日喀则市桑珠孜区德吉路18号', phone: '13908921400' }],
    claims: [
      { applicantId: worker.id, category: 'wages', request: '支付2026年5月至8月工资', amountFen: 2_400_000, basis: '银行工资流水' },
      { applicantId: worker.id, category: 'severance', request: '支付解除劳动合同的经济补偿', amountFen: 3_000_000, basis: '《劳动合同法》第四十六条、第四十七条' },
    ],
  });
  await act('accept', { date: day(-49) });
  await act('simplify', { date: day(-45), ground: 'consent', amountFen: 5_400_000, bar: 'none', note: '双方当事人同意简易处理' });
  await act('compose', { date: day(-45), form: 'sole', presidingStaffId: id('王芳'), memberStaffIds: [], clerkStaffId: id('央金') });
  return { wang, act, proceedingId, caseFileId, day };
}

export async function awardSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const { wang, act, proceedingId, caseFileId, day } = await composedSampleCase(core, as, signDay);
  await act('award', {
    date: day(-5),
    claimant: '拉姆',
    wagesFen: 2_400_000,
    injuryMedicalFen: 0,
    compensationFen: 1_500_000,
    wagesBasis: '《中华人民共和国劳动合同法》第三十条',
    compensationBasis: '《中华人民共和国劳动合同法》第四十六条、第四十七条',
    damagesFen: 0,
    otherFen: 0,
    standards: 'no',
    note: null,
    findings: '申请人于2024年4月入职被申请人处任厨师，月工资6,000元。被申请人未支付申请人2026年5月至8月工资共计24,000元。2026年8月31日，被申请人以经营调整为由解除与申请人的劳动合同，未支付经济补偿。',
    reasons:
      '用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人拖欠申请人工资，应予支付。被申请人依照《中华人民共和国劳动合同法》第四十条的规定解除劳动合同，应当依照该法第四十六条、第四十七条的规定向申请人支付经济补偿。申请人在被申请人处工作二年四个月，经济补偿按二点五个月工资计算为15,000元；超出部分的请求，本委不予支持。',
  });
  const awards = await wang.call('documents.generate', { request: { kind: 'award', proceedingId }, caseFileId });
  return [[wang, '仲裁裁决书（从案卷制作）', awards]];
}
