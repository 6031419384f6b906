// 组织监察联调 from a filed inspection through dispatch: it opens the file's 调解（监察联调） beside the inspection, with
// the same parties, received that day; one open mediation per file (a second is refused, writing nothing); a date
// after today is refused at its field; and once an instalment of its agreement is missed, the way back offers the
// inspection's steps toward an order or a decision, and none that mediates again, revokes or closes.
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../shared/domain/deadlines';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const DAY = 86_400_000;
const GC = '中建三局西藏分公司';

/** A filed inspection (立案 2026-11-25 on 李强's approval) of three workers' complaint, handled by 索朗 and 格桑. */
async function filed(t: TestCore) {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2028-06-30' });
  }
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const created = await t.client.call(
    'intakes.create',
    zhaxiComplaint(employer.id, {
      receivedAt: instantOf('2026-11-24', '09:30'),
      workersCount: 3,
      complainants: [
        { name: '扎西', idType: 'residentId', idNumber: '540202198503120019', isRepresentative: true, amountClaimedFen: 1_280_000 },
        { name: '次仁多吉', idType: 'residentId', idNumber: '540221199007010017', amountClaimedFen: 960_050 },
        { name: '尼玛', idType: 'residentId', idNumber: '540221199208150016', amountClaimedFen: 450_000 },
      ],
    }),
  );
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  const suolang = await signInAs(t.core, '索朗');
  const of = async (kind: string) => (await suolang.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === kind)!;
  const act = async (kind: string, action: string, input: Record<string, unknown>) => {
    const p = await of(kind);
    return suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };
  expect(await act('inspection', 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' })).toMatchObject({ ok: true });
  const pending = (await of('inspection')).pendingApproval!;
  await leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意', date: '2026-11-25', expectedRowVersion: pending.rowVersion });
  const ids = Object.fromEntries(created.complainants.map((c) => [c.name, c.personId as string]));
  return { caseFileId, leader, suolang, of, act, ids };
}

describe('组织监察联调 from a filed inspection', () => {
  it('opens the joint mediation beside the inspection, with its parties, received that day; the inspection stays filed', async () => {
    const t = await testCore();
    const f = await filed(t);
    expect(await f.act('inspection', 'mediate', { date: '2026-11-25', note: '住建局、公安局、总包中建三局参加' })).toMatchObject({ ok: true, value: { approvalRequested: false } });
    const file = await f.suolang.call('cases.get', { id: f.caseFileId });
    const inspection = file.proceedings.find((p) => p.kind === 'inspection')!;
    const mediation = file.proceedings.find((p) => p.kind === 'jointMediation')!;
    expect(inspection.status).toBe('filed');
    expect(mediation.status).toBe('received');
    const names = (p: typeof mediation) => p.parties.map((x) => `${x.role}:${x.name}`).sort();
    expect(names(mediation)).toEqual(names(inspection));
    expect(names(mediation)).toContain('employer:日喀则市华建建筑工程有限公司');
    const timeline = (await f.suolang.call('cases.get', { id: f.caseFileId })).events.map((e) => e.summary);
    expect(timeline).toContain('2026-11-25 组织监察联调，另立调解（监察联调）程序：住建局、公安局、总包中建三局参加');

    // Accepted that day, its 15 days (调解仲裁法 Art. 14) run from the acceptance, as the engine counts them.
    expect(await f.act('jointMediation', 'accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
    const clock = (await f.of('jointMediation')).deadlines.find((d) => d.ruleId === 'mediation.noAgreement')!;
    expect(clock.dueDate).toBe(computeDeadline({ rule: 'mediation.noAgreement', start: '2026-11-25' }).due);
  });

  it('a second one while the first is open, or one dated after today, is refused and writes nothing', async () => {
    const t = await testCore();
    const f = await filed(t);
    const before = businessCounts(t.core);
    expect(await f.act('inspection', 'mediate', { date: '2026-11-26', note: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { date: expect.stringContaining('联调受理日期') } } });
    expect(businessCounts(t.core)).toEqual({ ...before, audit_log: expect.any(Number) });
    expect(await f.act('inspection', 'mediate', { date: '2026-11-25', note: null })).toMatchObject({ ok: true });
    const opened = businessCounts(t.core);
    expect(await f.act('inspection', 'mediate', { date: '2026-11-25', note: null })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '本案卷已有办理中的调解（监察联调）程序，请在该程序中继续调解' },
    });
    expect(businessCounts(t.core)).toEqual({ ...opened, audit_log: expect.any(Number) });
    expect((await f.suolang.call('cases.get', { id: f.caseFileId })).proceedings.filter((p) => p.kind === 'jointMediation')).toHaveLength(1);
  });

  it('a missed instalment of its agreement offers the inspection’s steps as the way back', async () => {
    const t = await testCore();
    const f = await filed(t);
    await f.act('inspection', 'mediate', { date: '2026-11-25', note: null });
    await f.act('jointMediation', 'accept', { date: '2026-11-25' });
    const agreed = await f.act('jointMediation', 'agree', {
      date: '2026-11-25',
      note: '总包先行清偿，分三期支付',
      instalments: [
        { personId: null, dueOn: '2026-11-30', amountFen: 1_000_000, payerName: GC },
        { personId: f.ids['扎西'], dueOn: '2026-12-10', amountFen: 800_000, payerName: GC },
        { personId: null, dueOn: '2026-12-20', amountFen: 890_050, payerName: GC },
      ],
    });
    expect(agreed).toMatchObject({ ok: true });
    expect((await f.suolang.call('mediation.instalments', { caseFileId: f.caseFileId })).wayBack).toEqual([]);
    t.clock.advance(6 * DAY);
    const suolang = await signInAs(t.core, '索朗');
    const view = await suolang.call('mediation.instalments', { caseFileId: f.caseFileId });
    expect(view.missedCount).toBe(1);
    const inspection = (await f.of('inspection')).proceedingId;
    expect(view.wayBack).toHaveLength(1);
    expect(view.wayBack[0]).toMatchObject({ proceedingId: inspection, kind: 'inspection', statusLabel: '已立案，调查中' });
    // The order and the road to a decision; not mediating again, extending, revoking or closing while money is owed.
    expect(view.wayBack[0]!.actions.map((a) => a.action)).toEqual(['issueOrder', 'closeInvestigation']);
  });
});
