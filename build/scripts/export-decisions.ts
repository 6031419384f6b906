// The inspection's decision papers for `npm run export:samples`: a group's complaint against 雪域 received about
// seven and a half months before the signing day and run through the real steps — 立案, the order to pay, 调查终结, 事先告知 of
// a decision and a fine, 陈述申辩, 法制审核, both decisions on 李强's approval, their service, the windows run out,
// 催告 on the signing day — every step dated on a working day the engine accepts, each paper made from the steps.
import type { DocumentRecord } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { instantOf } from '../../shared/domain/time';
import { lastWorkingDay } from '../../db/seed/demo-arbitration';
import type { Core } from '../../electron/core/index';
import type { Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

export async function decisionSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const day = (offset: number) => lastWorkingDay(addDays(signDay, offset));
  const received = day(-230);
  const leader = await as('李强');
  const desk = await as('次仁卓玛');
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑劳务有限公司', legalRepName: '王建国', legalRepTitle: '总经理', address: '日喀则市桑珠孜区上海中路8号' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf(received, '09:00'),
    summary: '桑珠孜区第二小学项目15名农民工7月至10月工资未付',
    workersCount: 15,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '顿珠', idType: 'none', idMissingReason: '未带证件' }],
    route: 'inspection',
    leaderStaffId: id('李强'),
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(core, caseFileId, '张伟', DEMO_PASSWORD);
  for (const name of ['张伟', '达瓦次仁']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' });
  }
  const zhang = await as('张伟');
  const act = async (action: string, input: Record<string, unknown>, approveOn?: string) => {
    let p = (await zhang.call('casework.get', { caseFileId })).proceedings[0]!;
    await zhang.call('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
    if (!approveOn) return p.proceedingId;
    p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
    await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意', date: approveOn, expectedRowVersion: p.pendingApproval!.rowVersion });
    return p.proceedingId;
  };
  const proceedingId = await act('file', { date: received, opinion: '拖欠15名农民工工资，建议立案' }, received);
  const orderDay = day(-228);
  await act('issueOrder', { date: orderDay, deadline: addDays(orderDay, 10), amountFen: 12_800_050, workers: 15, facts: '未按月足额支付顿珠等15名农民工7月至10月的工资' });
  const noticeDay = day(-210);
  await act('closeInvestigation', {
    date: noticeDay,
    facts: '你单位承建桑珠孜区第二小学项目，未按月足额支付顿珠等15名农民工7月至10月的工资共计128,000.50元',
    opinion: '拟责令支付工资并加付赔偿金，并处罚款',
  });
  await act('priorNotice', { date: noticeDay, intended: 'both', content: '拟责令你单位支付拖欠的工资128,000.50元，并按应付金额的50%加付赔偿金64,000.25元；拟依照《保障农民工工资支付条例》第五十五条对你单位处以罚款20,000元' });
  const heardDay = day(-208);
  await act('recordStatement', { date: heardDay, statement: '工程款尚未与建设单位结算，请求宽限', review: '工程款结算与按时足额支付农民工工资的义务无关，申辩理由不成立' });
  await act('legalReview', { date: heardDay, reviewer: '卓嘎', opinion: '事实清楚，证据确凿，程序合法，适用依据正确' });
  // Decided 200 days before the signing day: the six months to sue (行政诉讼法 Art. 46) then end, moved past a weekend or
  // a holiday, well before it — at 185 days they ended on the signing day itself when it fell on a Monday.
  const decided = day(-200);
  await act('decideHandling', { date: decided, wagesFen: 12_800_050, compensationPercent: 50, reviewCase: 'complex', serious: 'no' }, decided);
  await act('decidePenalty', { date: decided, fineFen: 2_000_000, basis: '《保障农民工工资支付条例》第五十五条', reviewCase: 'complex', serious: 'no', announced: 'present' }, decided);
  for (const which of ['handling', 'penalty']) await act('serveDecision', { date: decided, which, recipient: employer.name });
  await act('expireAppeal', { date: signDay, note: null });
  await act('demand', { date: signDay, amountFen: 21_200_075 });
  const make = (kind: 'priorNotice' | 'handlingDecision' | 'penaltyDecision' | 'demandNotice') => zhang.call('documents.generate', { request: { kind, proceedingId }, caseFileId });
  return [
    [zhang, '事先告知书', await make('priorNotice')],
    [zhang, '行政处理决定书', await make('handlingDecision')],
    [zhang, '行政处罚决定书', await make('penaltyDecision')],
    [zhang, '催告书', await make('demandNotice')],
  ];
}
