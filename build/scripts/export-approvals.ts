// The inspection's acceptance papers, hearing notice and approval forms for `npm run export:samples`, each made from
// real steps: a complaint against 雪域 accepted, filed on 李强's approval, noticed of a fine and heard on request (受理
// 通知书, 立案审批表, 听证通知书); a stale complaint not accepted (不予受理通知书); and a complaint filed straight from
// receipt, partly paid by the 总包 to one worker's card, revoked and closed (撤销立案审批表, 结案审批表 with each
// worker's money from the payments). Every step is dated on a working day the engine accepts.
import { proceedingPaperRequest, type DocumentRecord, type ProceedingPaperKind } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { instantOf } from '../../shared/domain/time';
import { lastWorkingDay } from '../../db/seed/demo-arbitration';
import type { Core } from '../../electron/core/index';
import type { Client } from '../../tests/helpers/client';
import { takeIn } from '../../tests/helpers/routing';

type Sample = [Client, string, DocumentRecord[]];

export async function approvalSamples(core: Core, as: (name: string) => Promise<Client>, signDay: string): Promise<Sample[]> {
  const day = (offset: number) => lastWorkingDay(addDays(signDay, offset));
  const leader = await as('李强');
  const desk = await as('次仁卓玛');
  const zhang = await as('张伟');
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑劳务有限公司', legalRepName: '王建国', legalRepTitle: '总经理', address: '日喀则市桑珠孜区上海中路8号' });

  /** A complaint received on a day, taken in by 张伟, with 张伟 and 达瓦次仁 as its handlers. */
  const complaint = async (received: string, summary: string, complainants: { name: string; amountClaimedFen?: number }[]) => {
    const created = await desk.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf(received, '09:00'),
      summary,
      workersCount: complainants.length,
      parties: [{ partyId: employer.id, role: 'employer' }],
      complainants: complainants.map((c) => ({ ...c, idType: 'none' as const, idMissingReason: '未带证件' })),
      route: 'inspection',
      leaderStaffId: id('李强'),
    });
    const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
    await takeIn(core, caseFileId, '张伟', DEMO_PASSWORD);
    for (const name of ['张伟', '达瓦次仁']) {
      await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' });
    }
    const act = async (action: string, input: Record<string, unknown>, approve?: { on: string; opinion: string | null }) => {
      let p = (await zhang.call('casework.get', { caseFileId })).proceedings[0]!;
      await zhang.call('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
      if (approve) {
        p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
        await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: approve.opinion, date: approve.on, expectedRowVersion: p.pendingApproval!.rowVersion });
      }
      return p.proceedingId;
    };
    const make = async (kind: ProceedingPaperKind) => {
      const p = (await zhang.call('casework.get', { caseFileId })).proceedings[0]!;
      return zhang.call('documents.generate', { request: proceedingPaperRequest(kind, p.proceedingId), caseFileId });
    };
    return { caseFileId, act, make };
  };

  // 受理 within 5 working days of receipt, 立案 the day after on the leader's approval, a fine noticed and a hearing asked for.
  const heard = await complaint(day(-20), '桑珠孜区第二小学项目工地拒不提供工资支付记录，6名农民工工资去向不明', [{ name: '顿珠' }, { name: '次仁多吉' }]);
  await heard.act('accept', { date: day(-18), note: null });
  await heard.act('file', { date: day(-17), opinion: '用人单位拒不提供工资支付记录，涉嫌违反《劳动保障监察条例》第三十条，建议立案' }, { on: day(-17), opinion: '同意立案，由张伟、达瓦次仁承办' });
  await heard.act('closeInvestigation', { date: day(-3), facts: '你单位拒不按要求提供桑珠孜区第二小学项目的工资支付记录', opinion: '拟处罚款' });
  await heard.act('priorNotice', { date: day(-3), intended: 'penalty', content: '拟依照《劳动保障监察条例》第三十条的规定，对你单位处以罚款5,000元' });
  await heard.act('requestHearing', { date: day(-1), note: '法定代表人到局口头提出' });
  await heard.act('scheduleHearing', { date: signDay, hearingDate: day(21), time: '09:30', place: '日喀则市人力资源和社会保障局三楼听证室', presiding: '卓嘎' });

  const stale = await complaint(day(-2), '2023年在雪域劳务公司务工的工资至今未付', [{ name: '格桑' }]);
  await stale.act('reject', { date: signDay, reason: '所反映的拖欠工资行为于2023年9月终止，至投诉之日已超过二年，依照《劳动保障监察条例》第二十条不再查处', referTo: '日喀则市劳动人事争议仲裁委员会' });

  const revoked = await complaint(day(-12), '桑珠孜区农贸市场项目2名农民工10月工资未付', [
    { name: '扎西', amountClaimedFen: 1_280_000 },
    { name: '尼玛', amountClaimedFen: 960_050 },
  ]);
  await revoked.act('file', { date: day(-12), opinion: null }, { on: day(-12), opinion: '同意' });
  const zhaxi = (await zhang.call('payments.list', { caseFileId: revoked.caseFileId })).workers.find((w) => w.name === '扎西')!.personId;
  await zhang.call('payments.record', {
    caseFileId: revoked.caseFileId, kind: 'worker', personId: zhaxi, payerKind: 'generalContractor', payerName: '中铁建设集团西藏分公司',
    method: 'transfer', bankReference: '6228480012344821', paidOn: day(-5), amountFen: 1_280_000,
  });
  await revoked.act('revoke', { date: day(-2), reason: '总包单位已先行清偿扎西的工资，尼玛经核实已于立案前领取现金，违法行为轻微并已改正' }, { on: day(-2), opinion: '同意撤销立案' });
  await revoked.act('close', { date: signDay, method: 'revoked', recoveredFen: 1_280_000, workersPaid: 1, summary: '撤销立案后结案；尼玛的工资由其本人另行确认' }, { on: signDay, opinion: '同意结案' });

  return [
    [zhang, '投诉受理通知书', await heard.make('complaintAcceptanceNotice')],
    [zhang, '立案审批表', await heard.make('filingApproval')],
    [zhang, '听证通知书', await heard.make('penaltyHearingNotice')],
    [zhang, '投诉不予受理通知书', await stale.make('complaintRejectionNotice')],
    [zhang, '撤销立案审批表', await revoked.make('revocationApproval')],
    [zhang, '结案审批表', await revoked.make('closingApproval')],
  ];
}
