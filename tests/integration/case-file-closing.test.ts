// A case file is 办结 when every proceeding in it is closed AND every worker has the money or is accounted for (held
// for a worker who cannot be found) AND no instalment of a 调解协议 is still owed (调解仲裁法 Art. 16) — not when the
// last paper is signed. The closing is a timeline line with its date; a proceeding taken up again reopens the file.
import { describe, expect, it } from 'vitest';
import type { PaymentRecordInput } from '../../shared/contract/payments';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { signInAs, testCore, type TestCore } from '../helpers/core';
import { approve, overdueOrder, step } from '../helpers/listing';
import { takeIn } from '../helpers/routing';

const GC = '中建三局西藏分公司';
const EMPLOYER = '日喀则市高原红建筑劳务有限公司';

/** A mediation-only file of three workers (扎西 ¥12,800, 次仁多吉 ¥9,600.50, 尼玛 ¥4,500), 受理 on 2026-11-25. */
async function mediationFile(t: TestCore) {
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
  expect((await step(inspector, caseFileId, 'jointMediation', 'accept', { date: '2026-11-25' })).ok).toBe(true);
  const [zhaxi, ciren, nima] = created.complainants.map((c) => c.personId as string);
  return { caseFileId, inspector, ids: { zhaxi: zhaxi!, ciren: ciren!, nima: nima! } };
}

type M = Awaited<ReturnType<typeof mediationFile>>;

const transfer = (m: M, personId: string, amountFen: number, instalmentId: string | null): PaymentRecordInput => ({
  caseFileId: m.caseFileId,
  kind: 'worker',
  personId,
  payerKind: 'generalContractor',
  payerName: GC,
  method: 'transfer',
  bankReference: '6228480012344821',
  paidOn: '2026-11-25',
  amountFen,
  instalmentId,
});

const fileOf = (c: Client, id: string) => c.call('cases.get', { id });

describe('closing the file when its last proceeding closes', () => {
  it('a mediation-only file whose agreement still has owed instalments stays open and says why; the last instalment paid closes it', async () => {
    const t = await testCore();
    const m = await mediationFile(t);
    const signed = await step(m.inspector, m.caseFileId, 'jointMediation', 'agree', {
      date: '2026-11-25',
      instalments: [
        { personId: null, dueOn: '2026-11-30', amountFen: 1_000_000, payerName: GC },
        { personId: m.ids.zhaxi, dueOn: '2026-12-10', amountFen: 800_000, payerName: GC },
        { personId: null, dueOn: '2026-12-20', amountFen: 890_050, payerName: EMPLOYER },
      ],
    });
    expect(signed).toMatchObject({ ok: true, value: { status: 'agreed' } });
    // The mediation, its only proceeding, is closed (达成调解协议) — but the money is not in the workers' hands.
    let file = await fileOf(m.inspector, m.caseFileId);
    expect(file.status).toBe('open');
    expect(file.closingBlockers).toEqual([
      '扎西尚欠工资¥12,800.00',
      '次仁多吉尚欠工资¥9,600.50',
      '尼玛尚欠工资¥4,500.00',
      '调解协议第1期（全体劳动者，2026-11-30到期）尚欠¥10,000.00',
      '调解协议第2期（扎西，2026-12-10到期）尚欠¥8,000.00',
      '调解协议第3期（全体劳动者，2026-12-20到期）尚欠¥8,900.50',
    ]);
    const [first, second, third] = (await m.inspector.call('mediation.instalments', { caseFileId: m.caseFileId })).agreements[0]!.instalments;
    await m.inspector.call('payments.record', transfer(m, m.ids.zhaxi, 480_000, first!.id));
    await m.inspector.call('payments.record', transfer(m, m.ids.ciren, 520_000, first!.id));
    await m.inspector.call('payments.record', transfer(m, m.ids.zhaxi, 800_000, second!.id));
    await m.inspector.call('payments.record', transfer(m, m.ids.ciren, 440_050, third!.id));
    file = await fileOf(m.inspector, m.caseFileId);
    expect(file.status).toBe('open');
    expect(file.closingBlockers).toEqual(['尼玛尚欠工资¥4,500.00', '调解协议第3期（全体劳动者，2026-12-20到期）尚欠¥4,500.00']);
    expect(file.events.some((e) => e.kind === 'caseFile.closed')).toBe(false);

    const last = await m.inspector.call('payments.record', transfer(m, m.ids.nima, 450_000, third!.id));
    // Closed: recording more payments is no longer offered.
    expect(last.mayRecord).toBe(false);
    file = await fileOf(m.inspector, m.caseFileId);
    expect(file.status).toBe('closed');
    expect(file.closedAt).toBe(t.clock.now());
    expect(file.closingBlockers).toEqual([]);
    expect(file.events.filter((e) => e.kind === 'caseFile.closed').map((e) => e.summary)).toEqual(['2026-11-25 案卷办结：各程序均已结束，劳动者工资均已支付或落实']);
    const audit = t.core.services!.db.prepare("SELECT change FROM audit_log WHERE action = 'caseFileClose' AND entity_id = ?").all(m.caseFileId) as { change: string }[];
    expect(audit.map((a) => JSON.parse(a.change))).toEqual([{ status: { from: 'open', to: 'closed' }, date: '2026-11-25' }]);
  });

  it('a failed mediation stays open while a worker is owed; a worker who cannot be found counts once the money is held for him', async () => {
    const t = await testCore();
    const m = await mediationFile(t);
    expect((await step(m.inspector, m.caseFileId, 'jointMediation', 'end', { date: '2026-11-25', reason: '用人单位不同意分期' })).ok).toBe(true);
    let file = await fileOf(m.inspector, m.caseFileId);
    expect(file.status).toBe('open');
    expect(file.closingBlockers).toEqual(['扎西尚欠工资¥12,800.00', '次仁多吉尚欠工资¥9,600.50', '尼玛尚欠工资¥4,500.00']);
    await m.inspector.call('payments.record', transfer(m, m.ids.zhaxi, 1_280_000, null));
    await m.inspector.call('payments.record', transfer(m, m.ids.ciren, 960_050, null));
    // Money handed to a 班组长 for 尼玛 is not his until he signs for it (条例 Art. 31): the file stays open.
    await m.inspector.call('payments.record', {
      caseFileId: m.caseFileId, kind: 'batch', payerKind: 'employer', payerName: EMPLOYER, method: 'cash', intermediaryName: '王班长', intermediaryRole: 'teamLeader',
      paidOn: '2026-11-25', amountFen: 200_000, allocations: [{ personId: m.ids.nima, amountFen: 200_000 }], instalmentId: null,
    });
    file = await fileOf(m.inspector, m.caseFileId);
    expect(file.status).toBe('open');
    expect(file.closingBlockers).toEqual(['尼玛尚欠工资¥4,500.00，其中¥2,000.00已交包工头或班组长转交，待本人签收']);
    // Part held for him is not enough.
    await m.inspector.call('payments.hold', { caseFileId: m.caseFileId, personId: m.ids.nima, amountFen: 100_000, payerKind: 'employer', payerName: EMPLOYER, holder: '桑珠孜区人社局', heldSince: '2026-11-25', note: null });
    expect((await fileOf(m.inspector, m.caseFileId)).closingBlockers).toEqual(['尼玛尚欠工资¥3,500.00，其中¥2,000.00已交包工头或班组长转交，待本人签收']);
    // The rest held too: 尼玛 is accounted for, and the file closes.
    await m.inspector.call('payments.hold', { caseFileId: m.caseFileId, personId: m.ids.nima, amountFen: 350_000, payerKind: 'employer', payerName: EMPLOYER, holder: '桑珠孜区人社局', heldSince: '2026-11-25', note: null });
    file = await fileOf(m.inspector, m.caseFileId);
    expect(file.status).toBe('closed');
    expect(file.events.filter((e) => e.kind === 'caseFile.closed')).toHaveLength(1);
  });

  it('an inspection 结案 with a worker still owed leaves the file open; paid and closed, it closes; a proceeding taken up again reopens it', async () => {
    const t = await testCore();
    const f = await overdueOrder(t); // 2026-12-03 10:00: 扎西 owed ¥8,000 past the order's deadline
    await f.suolang.call('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'abilityToPay', fact: '项目款已足额拨付至该公司' });
    await f.suolang.call('referrals.propose', { caseFileId: f.caseFileId, kind: 'policeReferral' });
    expect(await step(f.suolang, f.caseFileId, 'policeReferral', 'refer', { date: '2026-12-03', police: '日喀则市公安局桑珠孜区分局' })).toMatchObject({ ok: true });
    await approve(f.leader, f.caseFileId, 'policeReferral', '2026-12-03');
    const transferred = await step(f.suolang, f.caseFileId, 'policeReferral', 'transfer', {
      date: '2026-12-03', police: '日喀则市公安局桑珠孜区分局', procuratorateCopyDate: '2026-12-03', procuratorate: '日喀则市桑珠孜区人民检察院',
    });
    expect(transferred).toMatchObject({ ok: true });
    expect(await step(f.suolang, f.caseFileId, 'policeReferral', 'recordDeclined', { date: '2026-12-03', reason: '证据不足' })).toMatchObject({ ok: true, value: { status: 'policeDeclined' } });
    // Both proceedings' last steps taken while 扎西 is owed: the inspection 结案 (移送) is approved, the file stays open.
    expect(await step(f.suolang, f.caseFileId, 'inspection', 'close', { date: '2026-12-03', method: 'transferred', recoveredFen: 0, workersPaid: 0, summary: '已移送公安机关' })).toMatchObject({ ok: true });
    await approve(f.leader, f.caseFileId, 'inspection', '2026-12-03');
    let file = await fileOf(f.suolang, f.caseFileId);
    expect(file.proceedings.map((p) => p.status)).toEqual(['closed', 'policeDeclined']);
    expect(file.status).toBe('open');
    expect(file.closingBlockers).toEqual(['扎西尚欠工资¥8,000.00']);
    // The employer pays: every proceeding closed, every worker paid — the file is 办结 that day.
    await f.suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.zhaxi, payerKind: 'employer', payerName: '日喀则市华建建筑工程有限公司', method: 'cash', receiptMark: 'thumbprint', receiptSigner: '扎西', paidOn: '2026-12-03', amountFen: 800_000 });
    file = await fileOf(f.suolang, f.caseFileId);
    expect(file.status).toBe('closed');
    expect(file.events.filter((e) => e.kind === 'caseFile.closed').map((e) => e.summary)).toEqual(['2026-12-03 案卷办结：各程序均已结束，劳动者工资均已支付或落实']);
    // The bureau asks the police to reconsider (申请复议): the referral is open again, and so is the file.
    expect(await step(f.suolang, f.caseFileId, 'policeReferral', 'requestReview', { date: '2026-12-03', reason: '有新的证据证明其有能力支付' })).toMatchObject({ ok: true, value: { approvalRequested: true } });
    expect((await fileOf(f.suolang, f.caseFileId)).status).toBe('closed');
    await approve(f.leader, f.caseFileId, 'policeReferral', '2026-12-03');
    file = await fileOf(f.suolang, f.caseFileId);
    expect(file.status).toBe('open');
    expect(file.closedAt).toBeNull();
    expect(file.closingBlockers).toEqual(['移送公安尚未结束（已申请复议）']);
    expect(file.events.filter((e) => e.kind === 'caseFile.reopened').map((e) => e.summary)).toEqual([expect.stringMatching(/^2026-12-03 案卷重新办理：/)]);
  });
});
