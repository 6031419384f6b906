// The workers on a case file with what each is owed, paid and still owed, in fen: the amounts claimed at intake, a
// correction with its reason (history kept, the claim untouched), totals that leave out a worker whose amount was
// never stated (and say so), reporters kept out (监察条例 Art. 9). No payment is recorded yet: paid is 0, labelled so.
import { describe, expect, it } from 'vitest';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';

async function arrange(t: TestCore) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  const created = await t.client.call(
    'intakes.create',
    zhaxiComplaint(employer.id, {
      workersCount: 5,
      leaderStaffId: t.staff['李强']!,
      complainants: [
        { name: '扎西', idType: 'residentId', idNumber: '540202198503120019', isRepresentative: true, amountClaimedFen: 1_280_000 },
        { name: '次仁多吉', idType: 'residentId', idNumber: '540221199007010017', amountClaimedFen: 960_050 },
        { name: '尼玛', idType: 'residentId', idNumber: '540221199208150016' },
      ],
    }),
  );
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  const leader = await signInAs(t.core, '李强');
  await leader.call('team.add', { caseFileId, role: 'participant', staffId: t.staff['张伟']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '参与调查' });
  const [zhaxi, ciren, nima] = created.complainants.map((c) => c.personId);
  return { caseFileId, leader, inspector: await signInAs(t.core, '张伟'), ids: { zhaxi: zhaxi!, ciren: ciren!, nima: nima! } };
}

describe('the workers owed, paid and outstanding', () => {
  it('lists each worker named at intake with the amount claimed, paid 0 with no payment on record, and totals in fen', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const w = await t.client.call('caseWorkers.get', { caseFileId: a.caseFileId });
    expect(w.workers.map((x) => [x.name, x.isRepresentative, x.intakes.length, x.claimedFen, x.owedFen, x.paidFen, x.outstandingFen, x.noPayments])).toEqual([
      ['扎西', true, 1, 1_280_000, 1_280_000, 0, 1_280_000, true],
      ['次仁多吉', false, 1, 960_050, 960_050, 0, 960_050, true],
      ['尼玛', false, 1, null, null, 0, null, true],
    ]);
    expect(w.totals).toEqual({ owedFen: 2_240_050, paidFen: 0, outstandingFen: 2_240_050, unknownCount: 1 });
    // Five workers counted at intake, three named.
    expect(w.unnamedCount).toBe(2);
    expect(w.hiddenReporters).toBe(false);
    expect(w.mayCorrect).toBe(false);
    expect((await a.inspector.call('caseWorkers.get', { caseFileId: a.caseFileId })).mayCorrect).toBe(true);
  });

  it('a correction with a reason changes what is owed, keeps the claim and every earlier amount, and is on the timeline and the trail', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const first = await a.inspector.call('caseWorkers.correctOwed', { caseFileId: a.caseFileId, personId: a.ids.ciren, amountFen: 870_000, reason: '经核对考勤表，十月只出勤十二天' });
    const ciren = first.workers.find((x) => x.personId === a.ids.ciren)!;
    expect([ciren.claimedFen, ciren.owedFen, ciren.outstandingFen]).toEqual([960_050, 870_000, 870_000]);
    t.clock.advance(60_000);
    const inspector = await signInAs(t.core, '张伟');
    const second = await inspector.call('caseWorkers.correctOwed', { caseFileId: a.caseFileId, personId: a.ids.nima, amountFen: 450_000, reason: '尼玛补充提交工资条，欠四个半月' });
    expect(second.totals).toEqual({ owedFen: 1_280_000 + 870_000 + 450_000, paidFen: 0, outstandingFen: 2_600_000, unknownCount: 0 });
    const nima = second.workers.find((x) => x.personId === a.ids.nima)!;
    expect(nima.corrections).toEqual([{ fromFen: null, toFen: 450_000, reason: '尼玛补充提交工资条，欠四个半月', by: { id: t.staff['张伟'], name: '张伟' }, at: expect.any(Number) }]);
    expect(second.workers.find((x) => x.personId === a.ids.ciren)!.corrections.map((c) => [c.fromFen, c.toFen])).toEqual([[960_050, 870_000]]);
    const events = (await a.leader.call('cases.get', { id: a.caseFileId })).events.filter((e) => e.kind === 'workerOwed.corrected');
    expect(events.map((e) => e.summary)).toEqual([
      '更正次仁多吉的欠薪金额：¥9,600.50 → ¥8,700.00。理由：经核对考勤表，十月只出勤十二天',
      '更正尼玛的欠薪金额：未申报 → ¥4,500.00。理由：尼玛补充提交工资条，欠四个半月',
    ]);
    const audit = t.core.services!.db.prepare("SELECT entity, entity_id, change FROM audit_log WHERE action = 'owedCorrect' ORDER BY seq").all() as { change: string }[];
    expect(audit.map((r) => JSON.parse(r.change).toFen)).toEqual([870_000, 450_000]);
    // The claim stated at intake is what it was.
    const intake = t.core.services!.db.prepare('SELECT amount_claimed_fen FROM intake_complainants WHERE person_id = ?').get(a.ids.ciren) as { amount_claimed_fen: number };
    expect(intake.amount_claimed_fen).toBe(960_050);
  });

  it('refuses a correction without a reason, to the same amount, for someone not a worker of the file, or by someone off the team — writing nothing', async () => {
    const t = await testCore();
    const a = await arrange(t);
    t.staff['罗布'] = await establishStaff(t.core, t.admin, { name: '罗布', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0232' });
    const outsider = await signInAs(t.core, '罗布');
    const before = businessCounts(t.core);
    const tries: [typeof a.inspector, Parameters<typeof a.inspector.invoke<'caseWorkers.correctOwed'>>[1], string][] = [
      [a.inspector, { caseFileId: a.caseFileId, personId: a.ids.zhaxi, amountFen: 1_000_000, reason: '' }, '请填写更正理由'],
      [a.inspector, { caseFileId: a.caseFileId, personId: a.ids.zhaxi, amountFen: -5, reason: '经核对考勤表' }, '欠薪金额不能为负数'],
      [a.inspector, { caseFileId: a.caseFileId, personId: a.ids.zhaxi, amountFen: 1_280_000, reason: '经核对考勤表' }, '金额与现在的欠薪金额（¥12,800.00）相同，无需更正'],
      [a.inspector, { caseFileId: a.caseFileId, personId: t.staff['张伟']!, amountFen: 100, reason: '经核对考勤表' }, '该劳动者不是本案的投诉人'],
      [outsider, { caseFileId: a.caseFileId, personId: a.ids.zhaxi, amountFen: 100, reason: '经核对考勤表' }, '您不在本案办案组中，不能更正欠薪金额；请包案领导或部门负责人将您加入办案组'],
    ];
    for (const [who, input, message] of tries) {
      const r = await who.invoke('caseWorkers.correctOwed', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain(message);
    }
    expect(businessCounts(t.core)).toEqual(before);
  });

  it('leaves out the people named at a 举报 filed in the file, and says so', async () => {
    const t = await testCore();
    const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
    const report = await t.client.call(
      'intakes.create',
      zhaxiComplaint(employer.id, { kind: 'report', summary: '举报克扣工资', complainants: [{ name: '格桑曲珍', idType: 'residentId', idNumber: '540221199007010025', amountClaimedFen: 500_000 }] }),
    );
    const caseFileId = (await t.client.call('intakes.get', { id: report.id })).caseFileId!;
    const w = await t.client.call('caseWorkers.get', { caseFileId });
    expect(w.workers).toEqual([]);
    expect(w.hiddenReporters).toBe(true);
    expect(w.totals).toEqual({ owedFen: 0, paidFen: 0, outstandingFen: 0, unknownCount: 0 });
  });
});
