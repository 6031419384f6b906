// The arbitration's 中止, 恢复, 延长审理期限 and 先予执行 papers for `npm run export:samples`: a worker's wage claim
// received about six weeks before the signing day and run through the real steps — 受理, a 先予执行 application and its
// ruling, 中止 on 李强's approval while an appraisal is awaited, 恢复, then 延长审理期限 on his approval — each dated on a working day the engine accepts, each
// paper made from the stored steps.
import type { DocumentRecord } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { instantOf } from '../../shared/domain/time';
import { lastWorkingDay } from '../../db/seed/demo-arbitration';
import type { Core } from '../../electron/core/index';
import type { Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

export async function arbitrationChangeSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<[Client, string, DocumentRecord[]][]> {
  const day = (offset: number) => lastWorkingDay(addDays(signDay, offset));
  const received = day(-44);
  const leader = await as('李强');
  const desk = await as('次仁卓玛');
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市高原建材有限公司', legalRepName: '陈立新', legalRepTitle: '执行董事', address: '日喀则市桑珠孜区青岛路22号' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf(received, '09:30'),
    summary: '申请仲裁：拖欠三个月工资，工伤后伤残等级待鉴定',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '边巴', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(core, caseFileId, '王芳', DEMO_PASSWORD);
  await leader.call('team.add', { caseFileId, role: 'handler', staffId: id('王芳'), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件承办人' });
  const wang = await as('王芳');
  const act = async (action: string, input: Record<string, unknown>, approveOn?: string, opinion = '同意中止') => {
    let p = (await wang.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!;
    await wang.call('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
    if (!approveOn) return p.proceedingId;
    p = (await leader.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!;
    await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion, date: approveOn, expectedRowVersion: p.pendingApproval!.rowVersion });
    return p.proceedingId;
  };
  const proceedingId = await act('accept', { date: day(-43) });
  await act('applyProvisionalExecution', { date: day(-40), applicant: '边巴', claim: 'wages', amountFen: 1_860_000, reason: '被拖欠2025年9月至11月工资，受伤后无收入，生活困难' });
  await act('ruleProvisionalExecution', {
    date: day(-38),
    decision: 'granted',
    amountFen: 1_500_000,
    facts: '被申请人拖欠申请人工资的事实有工资表和考勤记录为证，权利义务关系明确；申请人受伤后无其他收入，不先予执行将严重影响其生活',
    court: '日喀则市桑珠孜区人民法院',
  });
  const suspendOn = day(-30);
  await act('suspend', { date: suspendOn, ground: 'awaitingAppraisal', detail: '申请人的伤残等级鉴定结论尚未作出' }, suspendOn);
  await act('resume', { date: signDay, reason: '伤残等级鉴定结论已送达本委' });
  await act('extendAward', { date: signDay, reason: '伤残等级鉴定结论作出后，双方对停工留薪期工资和伤残待遇的计算基数争议较大，需调取用人单位全部工资台账' }, signDay, '同意延长审理期限');
  const make = (kind: 'suspensionDecision' | 'resumptionNotice' | 'extensionNotice' | 'provisionalExecutionRuling') => wang.call('documents.generate', { request: { kind, proceedingId }, caseFileId });
  return [
    [wang, '先予执行裁定书', await make('provisionalExecutionRuling')],
    [wang, '中止仲裁决定书', await make('suspensionDecision')],
    [wang, '恢复仲裁通知书', await make('resumptionNotice')],
    [wang, '延长审理期限通知书', await make('extensionNotice')],
  ];
}
