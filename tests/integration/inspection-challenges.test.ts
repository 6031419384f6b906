// A party's challenge to an inspection decision, recorded as steps: the application for 复议 meets that party's 60
// days; the 复议决定 served starts the 15 days to sue (行政诉讼法 Art. 45), which the suit meets — counted by hand.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const DAY = 86_400_000;
const EMPLOYER = '日喀则市华建建筑工程有限公司';
type File = { caseFileId: string; leader: Client; suolang: Client };

async function proceeding(f: File) {
  return (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;
}

async function act(f: File, action: string, input: Record<string, unknown>) {
  const p = await proceeding(f);
  return f.suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

async function approved(f: File, action: string, input: Record<string, unknown>, date: string) {
  await act(f, action, input);
  const p = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;
  return f.leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意', date, expectedRowVersion: p.pendingApproval!.rowVersion });
}

/** Filed 11-25, ordered, investigated, noticed and decided on 12-03, the decision served on the employer on 12-04. */
async function decided(t: TestCore): Promise<File> {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2028-06-30' });
  }
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30') }));
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  const f = { caseFileId, leader, suolang: await signInAs(t.core, '索朗') };
  await approved(f, 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, '2026-11-25');
  await act(f, 'issueOrder', { date: '2026-11-25', deadline: '2026-12-02', amountFen: 12_800_050, workers: 1, facts: '拖欠扎西2026年8月至10月工资' });
  t.clock.advance(8 * DAY); // 2026-12-03
  await act(f, 'closeInvestigation', { date: '2026-12-03', facts: '用人单位逾期未支付', opinion: '拟作出行政处理决定' });
  await act(f, 'priorNotice', { date: '2026-12-03', intended: 'handling', content: '拟责令支付工资并加付赔偿金' });
  await act(f, 'recordStatement', { date: '2026-12-03', statement: '工程款尚未结算', review: '不影响支付工资的义务' });
  await act(f, 'legalReview', { date: '2026-12-03', reviewer: '卓嘎', opinion: '事实清楚，证据确凿，程序合法' });
  await approved(f, 'decideHandling', { date: '2026-12-03', wagesFen: 12_800_050, compensationPercent: 50, reviewCase: 'complex', serious: 'no' }, '2026-12-03');
  t.clock.advance(DAY); // 2026-12-04
  await act(f, 'serveDecision', { date: '2026-12-04', which: 'handling', recipient: EMPLOYER });
  return f;
}

async function clocks(f: File) {
  return (await proceeding(f)).deadlines.filter((d) => d.ruleId.startsWith('decision.')).map((d) => [d.ruleId, d.dueDate, d.dueState, d.metOn]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe('challenging an inspection decision (行政复议法 Art. 20; 行政诉讼法 Arts. 45–46)', () => {
  it('复议 applied meets the 60 days; its decision served starts the 15 days to sue, which the suit meets', async () => {
    const t = await testCore();
    const f = await decided(t);
    // 12-04 + 60 days = 2027-02-02 (Tue); + 6 months = 2027-06-04 (Fri).
    expect(await clocks(f)).toEqual([
      ['decision.litigation', '2027-06-04', 'running', null],
      ['decision.reconsideration', '2027-02-02', 'running', null],
    ]);
    expect((await proceeding(f)).actions.find((a) => a.action === 'recordReconsiderationDecision')!.blockedBy).toBe('没有登记当事人申请行政复议');
    const before = businessCounts(t.core);
    expect(await act(f, 'recordReconsideration', { date: '2026-12-03', party: EMPLOYER, body: '日喀则市人民政府' })).toMatchObject({
      ok: false,
      error: { fields: { date: '申请复议日期不能早于本程序上一步骤的日期（2026-12-04）' } },
    });
    expect(businessCounts(t.core)).toEqual(before);
    t.clock.advance(6 * DAY); // 2026-12-10
    await act(f, 'recordReconsideration', { date: '2026-12-10', party: EMPLOYER, body: '日喀则市人民政府' });
    t.clock.advance(30 * DAY); // 2027-01-09
    await act(f, 'recordReconsiderationDecision', { date: '2027-01-08', party: EMPLOYER });
    // 2027-01-08 + 15 = 01-23 (Sat) → 01-25 (Mon).
    expect(await clocks(f)).toEqual([
      ['decision.litigation', '2027-06-04', 'running', null],
      ['decision.litigationAfterReconsideration', '2027-01-25', 'running', null],
      ['decision.reconsideration', '2027-02-02', 'met', '2026-12-10'],
    ]);
    await act(f, 'recordLitigation', { date: '2027-01-09', party: EMPLOYER, court: '日喀则市桑珠孜区人民法院' });
    expect(await clocks(f)).toEqual([
      ['decision.litigation', '2027-06-04', 'met', '2027-01-09'],
      ['decision.litigationAfterReconsideration', '2027-01-25', 'met', '2027-01-09'],
      ['decision.reconsideration', '2027-02-02', 'met', '2026-12-10'],
    ]);
  });
});
