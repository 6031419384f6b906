// The 调解协议 of a joint mediation through dispatch: the instalment plan checked when 达成调解协议 is taken (its dates,
// its workers, more than owed only with a stated reason — 调解仲裁法 Art. 14), the 15-day joint 仲裁审查 window (办案规则
// Art. 74), payments recorded against instalments (only the worker's own receipt counts, 条例 Arts. 11, 31), a partial
// payment leaving an instalment open, a missed one flagged on the leader's desk once the clock passes its due date;
// refused input and the wrong caller change nothing.
import { describe, expect, it } from 'vitest';
import type { PaymentRecordInput } from '../../shared/contract/payments';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const GC = '中建三局西藏分公司';
const EMPLOYER = '日喀则市高原红建筑劳务有限公司';
const DAY = 86_400_000;

async function arrange(t: TestCore) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await t.client.call(
    'intakes.create',
    zhaxiComplaint(employer.id, {
      workersCount: 3,
      route: 'mediation',
      leaderStaffId: t.staff['李强']!,
      complainants: [
        { name: '扎西', idType: 'residentId', idNumber: '540202198503120019', isRepresentative: true, amountClaimedFen: 1_280_000 },
        { name: '次仁多吉', idType: 'residentId', idNumber: '540221199007010017', amountClaimedFen: 960_050 },
        { name: '尼玛', idType: 'residentId', idNumber: '540221199208150016', amountClaimedFen: 450_000 },
      ],
    }),
  );
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  const leader = await signInAs(t.core, '李强');
  await leader.call('team.add', { caseFileId, role: 'participant', staffId: t.staff['张伟']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '承办监察联调' });
  const inspector = await takeIn(t.core, caseFileId);
  const proceeding = async () => (await inspector.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'jointMediation')!;
  const p = await proceeding();
  await inspector.call('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-25' }, expectedRowVersion: p.rowVersion });
  const [zhaxi, ciren, nima] = created.complainants.map((c) => c.personId as string);
  const agree = async (input: Record<string, unknown>) => {
    const now = await proceeding();
    return inspector.invoke('proceedings.act', { proceedingId: now.proceedingId, action: 'agree', input, expectedRowVersion: now.rowVersion });
  };
  return { caseFileId, leader, inspector, proceeding, agree, ids: { zhaxi: zhaxi!, ciren: ciren!, nima: nima! } };
}

type A = Awaited<ReturnType<typeof arrange>>;

/** Three instalments, ¥26,900.50 in all — what the three workers are owed: the group, 扎西, the group. */
const plan = (a: A) => [
  { personId: null, dueOn: '2026-11-30', amountFen: 1_000_000, payerName: GC },
  { personId: a.ids.zhaxi, dueOn: '2026-12-10', amountFen: 800_000, payerName: GC },
  { personId: null, dueOn: '2026-12-20', amountFen: 890_050, payerName: EMPLOYER },
];

const transfer = (a: A, personId: string, amountFen: number, instalmentId: string | null, over: Partial<PaymentRecordInput> = {}): PaymentRecordInput => ({
  caseFileId: a.caseFileId,
  kind: 'worker',
  personId,
  payerKind: 'generalContractor',
  payerName: GC,
  method: 'transfer',
  bankReference: '6228480012344821',
  paidOn: '2026-11-25',
  amountFen,
  instalmentId,
  ...over,
});

describe('the 联调会', () => {
  it('records the session with the bodies and parties taking part, what each committed to, and the outcome', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const parties = (await a.inspector.call('cases.get', { id: a.caseFileId })).proceedings[0]!.parties;
    const employer = parties.find((p) => p.role === 'employer')!;
    const meeting = await a.inspector.call('meetings.record', {
      caseFileId: a.caseFileId,
      kind: 'jointMediation',
      date: '2026-11-25',
      place: '桑珠孜区人社局三楼会议室',
      purpose: '监察联调：协调总包先行清偿',
      attendees: [
        { partyId: employer.partyId, name: '王建国', organisation: null, commitment: '十日内核清工资表' },
        { partyId: null, name: '罗布', organisation: '桑珠孜区住房和城乡建设局', commitment: '暂停总包单位在本区的招投标资格直至付清' },
        { partyId: null, name: '次旦', organisation: '桑珠孜区公安分局', commitment: null },
      ],
      outcome: '总包单位同意分三期先行清偿',
    });
    expect(meeting.kind).toBe('jointMediation');
    expect(meeting.attendees.map((x) => x.commitment)).toEqual(['十日内核清工资表', '暂停总包单位在本区的招投标资格直至付清', null]);
    const line = (await a.inspector.call('cases.get', { id: a.caseFileId })).events.find((e) => e.kind === 'meeting.recorded')!.summary;
    expect(line).toBe(
      `联调会（2026-11-25，桑珠孜区人社局三楼会议室）：参加 ${EMPLOYER}（王建国）、罗布（桑珠孜区住房和城乡建设局）、次旦（桑珠孜区公安分局）。事由：监察联调：协调总包先行清偿。${EMPLOYER}（王建国）承诺：十日内核清工资表；罗布（桑珠孜区住房和城乡建设局）承诺：暂停总包单位在本区的招投标资格直至付清。结果：总包单位同意分三期先行清偿`,
    );
  });
});

describe('the 调解协议 and its instalments', () => {
  it('refuses a plan with a due date before signing, a stranger, or more than owed without a reason — and changes nothing', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const before = businessCounts(t.core);
    const early = await a.agree({ date: '2026-11-25', instalments: [{ personId: null, dueOn: '2026-11-20', amountFen: 100_000, payerName: GC }] });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'instalments.0.dueOn': '第1期到期日期（2026-11-20）不能早于协议生效日期（2026-11-25）' } } });
    const none = await a.agree({ date: '2026-11-25', instalments: [] });
    expect(none).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { instalments: '请列出分期履行安排' } } });
    const stranger = await a.agree({ date: '2026-11-25', instalments: [{ personId: a.caseFileId, dueOn: '2026-12-01', amountFen: 100_000, payerName: GC }] });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'instalments.0.personId': '第1期的收款人不是本案的投诉人' } } });
    const over = await a.agree({ date: '2026-11-25', instalments: [...plan(a), { personId: a.ids.nima, dueOn: '2026-12-30', amountFen: 500_000, payerName: GC }] });
    expect(over).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (over.ok) throw new Error('unreachable');
    expect(over.error.fields?.overOwedReason).toBe(
      '尼玛的分期合计¥5,000.00超过其尚欠工资¥4,500.00；分期合计¥31,900.50超过劳动者尚欠工资合计¥26,900.50。如协议确实约定了更多款项（如经济补偿），请在“超出欠薪金额的理由”中写明后再确认',
    );
    expect(businessCounts(t.core)).toEqual(before);
    expect((await a.proceeding()).statusLabel).toBe('调解中');
    expect((await a.inspector.call('mediation.instalments', { caseFileId: a.caseFileId })).agreements).toEqual([]);
    // The receptionist takes no step.
    const p = await a.proceeding();
    const denied = await t.client.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'agree', input: { date: '2026-11-25', instalments: plan(a) }, expectedRowVersion: p.rowVersion });
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // With the reason stated, the larger plan is the agreement, and the reason is kept with it.
    const confirmed = await a.agree({ date: '2026-11-25', instalments: [...plan(a), { personId: a.ids.nima, dueOn: '2026-12-30', amountFen: 500_000, payerName: GC }], overOwedReason: '另含经济补偿金五千元' });
    expect(confirmed.ok).toBe(true);
    const view = await a.inspector.call('mediation.instalments', { caseFileId: a.caseFileId });
    expect(view.agreements[0]).toMatchObject({ totalFen: 3_190_050, outstandingFen: 2_690_050, overOwedReason: '另含经济补偿金五千元' });
  });

  it('signs three instalments with the 15-day 仲裁审查 window; payments meet one, leave one open, and the missed one reaches the leader’s desk', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const signed = await a.agree({ date: '2026-11-25', note: '总包先行清偿', instalments: plan(a) });
    expect(signed).toMatchObject({ ok: true, value: { status: 'agreed' } });
    let view = await a.inspector.call('mediation.instalments', { caseFileId: a.caseFileId });
    const [first, second, third] = view.agreements[0]!.instalments;
    // 办案规则 Art. 74: 15 calendar days from the day it took effect, 2026-11-25 → 2026-12-10.
    expect(view.agreements[0]!.review).toMatchObject({ startDate: '2026-11-25', dueDate: '2026-12-10', citation: '《劳动人事争议仲裁办案规则》第七十四条' });
    expect(view.agreements[0]!.instalments.map((i) => [i.seq, i.personName, i.dueOn, i.amountFen, i.state])).toEqual([
      [1, null, '2026-11-30', 1_000_000, 'open'],
      [2, '扎西', '2026-12-10', 800_000, 'open'],
      [3, null, '2026-12-20', 890_050, 'open'],
    ]);

    // The group's first instalment met by two workers' own transfers.
    await a.inspector.call('payments.record', transfer(a, a.ids.zhaxi, 600_000, first!.id));
    await a.inspector.call('payments.record', transfer(a, a.ids.ciren, 400_000, first!.id));
    // 扎西's own instalment: half now.
    const paid = await a.inspector.call('payments.record', transfer(a, a.ids.zhaxi, 500_000, second!.id));
    expect(paid.payments.map((p) => p.instalmentId)).toEqual([first!.id, first!.id, second!.id]);
    const line = (await a.inspector.call('cases.get', { id: a.caseFileId })).events.filter((e) => e.kind === 'payment.recorded').map((e) => e.summary);
    expect(line[2]).toBe(`登记支付：扎西 ¥5,000.00（总包先行清偿：${GC}，转账到本人卡，2026-11-25）（调解协议第2期）`);

    // Refused: another worker's instalment, beyond what is left, a batch, a met instalment — nothing written.
    const before = businessCounts(t.core);
    const wrongWorker = await a.inspector.invoke('payments.record', transfer(a, a.ids.nima, 100_000, second!.id));
    expect(wrongWorker).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { instalmentId: '第2期应支付给扎西，与本次收款人不符' } } });
    const tooMuch = await a.inspector.invoke('payments.record', transfer(a, a.ids.zhaxi, 300_001, second!.id));
    expect(tooMuch).toMatchObject({ ok: false, error: { fields: { instalmentId: '第2期尚欠¥3,000.00，本次支付¥3,000.01超出了；超出部分请另行登记，不选分期' } } });
    const met = await a.inspector.invoke('payments.record', transfer(a, a.ids.nima, 100, first!.id));
    expect(met).toMatchObject({ ok: false, error: { fields: { instalmentId: '第1期已经履行完毕' } } });
    const batch = await a.inspector.invoke('payments.record', {
      caseFileId: a.caseFileId, kind: 'batch', payerKind: 'employer', payerName: EMPLOYER, method: 'cash', intermediaryName: '王班长', intermediaryRole: 'teamLeader',
      paidOn: '2026-11-25', amountFen: 100_000, allocations: [{ personId: a.ids.nima, amountFen: 100_000 }], instalmentId: third!.id,
    });
    expect(batch).toMatchObject({ ok: false, error: { fields: { instalmentId: expect.stringContaining('不计入分期') } } });
    expect(businessCounts(t.core)).toEqual(before);

    view = await a.inspector.call('mediation.instalments', { caseFileId: a.caseFileId });
    expect(view.agreements[0]!.instalments.map((i) => [i.seq, i.paidFen, i.leftFen, i.state])).toEqual([
      [1, 1_000_000, 0, 'met'],
      [2, 500_000, 300_000, 'open'],
      [3, 0, 890_050, 'open'],
    ]);
    expect((await a.leader.call('desk.summary', {})).counts.missedInstalments).toBe(0);
    // Reading the plan needs only case.read (the reception desk answers a worker's call); recording against it does not.
    expect((await t.client.invoke('mediation.instalments', { caseFileId: a.caseFileId })).ok).toBe(true);
    expect(await t.client.invoke('payments.record', transfer(a, a.ids.zhaxi, 100, third!.id))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // On its due date it is still on time; the day after, missed — on the file and on the leader's desk.
    t.clock.advance(15 * DAY);
    // The screens locked meanwhile: each signs in again.
    let inspector = await signInAs(t.core, '张伟');
    expect((await inspector.call('mediation.instalments', { caseFileId: a.caseFileId })).missedCount).toBe(0);
    t.clock.advance(DAY);
    inspector = await signInAs(t.core, '张伟');
    const leader = await signInAs(t.core, '李强');
    view = await inspector.call('mediation.instalments', { caseFileId: a.caseFileId });
    expect(view.missedCount).toBe(1);
    expect(view.agreements[0]!.instalments[1]).toMatchObject({ state: 'missed', overdueDays: 1, leftFen: 300_000 });
    // The file has no inspection, referral or arbitration of its own: no way back is offered that does not exist.
    expect(view.wayBack).toEqual([]);
    const desk = await leader.call('desk.summary', {});
    expect(desk.counts.missedInstalments).toBe(1);
    expect(desk.missedInstalments).toEqual([
      { instalmentId: second!.id, caseFileId: a.caseFileId, caseTitle: expect.any(String), seq: 2, personName: '扎西', payerName: GC, dueOn: '2026-12-10', amountFen: 800_000, leftFen: 300_000, overdueDays: 1 },
    ]);
    // The rest, paid late, meets it and the flag goes.
    await inspector.call('payments.record', transfer(a, a.ids.zhaxi, 300_000, second!.id, { paidOn: '2026-12-11' }));
    expect((await leader.call('desk.summary', {})).counts.missedInstalments).toBe(0);
  });
});

describe('the 调解协议 after its file’s period', () => {
  it('loses its note and its reason when the file is anonymised; its dates, amounts and instalments stay, and nothing else may change', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const note = '扎西的父亲代为签字，住江当乡四村';
    const reason = '另含经济补偿金五千元，由次仁多吉转交';
    const signed = await a.agree({ date: '2026-11-25', note, overOwedReason: reason, instalments: [...plan(a), { personId: a.ids.nima, dueOn: '2026-12-30', amountFen: 500_000, payerName: GC }] });
    expect(signed).toMatchObject({ ok: true });
    const db = t.core.services!.db;
    // Before the file is anonymised the agreement is as signed: no column of it may change.
    expect(() => db.prepare('UPDATE mediation_agreements SET note = NULL WHERE case_file_id = ?').run(a.caseFileId)).toThrow('调解协议登记后不能修改或删除');
    // Closed ten years ago (the closing step of the file is the inspection issue's; set here as retention.test.ts does).
    db.prepare("UPDATE case_files SET status = 'closed', closed_at = ? WHERE id = ?").run(Date.UTC(2016, 10, 24, 8), a.caseFileId);
    db.prepare("UPDATE proceedings SET status = 'closed', closed_at = ? WHERE case_file_id = ?").run(Date.UTC(2016, 10, 24, 8), a.caseFileId);
    await t.admin.call('parameters.set', { key: 'retention.years.inspection', region: '540200', value: 10, effectiveFrom: '2026-01-01', source: '本局档案管理办法', confidence: 'local', note: null });

    await t.admin.call('retention.anonymise', { items: [{ type: 'caseFile', id: a.caseFileId }], reason: '保管期限届满，经局务会研究同意' });
    const kept = db.prepare('SELECT signed_on, total_fen, outstanding_fen, note, over_owed_reason FROM mediation_agreements WHERE case_file_id = ?').get(a.caseFileId);
    expect(kept).toEqual({ signed_on: '2026-11-25', total_fen: 3_190_050, outstanding_fen: 2_690_050, note: '（保管期限届满，个人信息已匿名化）', over_owed_reason: '（保管期限届满，个人信息已匿名化）' });
    const instalments = db.prepare('SELECT seq, due_on, amount_fen FROM mediation_instalments i JOIN mediation_agreements m ON m.id = i.agreement_id WHERE m.case_file_id = ? ORDER BY seq').all(a.caseFileId);
    expect(instalments).toHaveLength(4);
    const timeline = (db.prepare('SELECT summary FROM case_events WHERE case_file_id = ?').all(a.caseFileId) as { summary: string }[]).map((e) => e.summary).join('\n');
    for (const secret of ['江当乡四村', '由次仁多吉转交']) expect(timeline).not.toContain(secret);
    // Even now only the two texts may change, and the agreement is never deleted.
    expect(() => db.prepare('UPDATE mediation_agreements SET total_fen = 1 WHERE case_file_id = ?').run(a.caseFileId)).toThrow('调解协议登记后不能修改或删除');
    expect(() => db.prepare('DELETE FROM mediation_agreements WHERE case_file_id = ?').run(a.caseFileId)).toThrow('调解协议登记后不能修改或删除');
  });
});
