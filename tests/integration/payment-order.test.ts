// The 支付令申请书 (调解仲裁法 Art. 16) from a joint mediation's stored agreement: refused while no instalment is missed;
// once one is, made for the workers it was owed to, naming the payer as respondent with the employer's particulars,
// the amount still owed, the agreement and its date, the request and the facts — the court and the signatures left to
// the worker. Read from the issued PDF; a masked preview hides the ID numbers.
import { describe, expect, it } from 'vitest';
import type { PaymentRecordInput } from '../../shared/contract/payments';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, signInAs, testCore, type TestCore } from '../helpers/core';
import { step } from '../helpers/listing';
import { versionText } from '../helpers/pdf-text';
import { takeIn } from '../helpers/routing';

const GC = '中建三局西藏分公司';
const EMPLOYER = '日喀则市高原红建筑劳务有限公司';
const DAY = 86_400_000;

async function agreedFile(t: TestCore) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER, address: '日喀则市桑珠孜区青岛路16号', legalRepName: '周建华', legalRepTitle: '执行董事' });
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
  const [zhaxi] = created.complainants.map((c) => c.personId as string);
  expect(
    (
      await step(inspector, caseFileId, 'jointMediation', 'agree', {
        date: '2026-11-25',
        instalments: [
          { personId: zhaxi, dueOn: '2026-11-30', amountFen: 800_000, payerName: GC },
          { personId: null, dueOn: '2026-12-10', amountFen: 1_890_050, payerName: EMPLOYER },
        ],
      })
    ).ok,
  ).toBe(true);
  const mediation = (await inspector.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'jointMediation')!;
  return { caseFileId, inspector, proceedingId: mediation.proceedingId, zhaxi: zhaxi! };
}

const transfer = (caseFileId: string, personId: string, amountFen: number, instalmentId: string): PaymentRecordInput => ({
  caseFileId, kind: 'worker', personId, payerKind: 'generalContractor', payerName: GC, method: 'transfer', bankReference: '6228480012344821', paidOn: '2026-11-25', amountFen, instalmentId,
});

describe('支付令申请书 from a missed instalment', () => {
  it('is refused while every instalment is on time; the 总包 missing 扎西’s instalment makes it for 扎西 against the 总包', async () => {
    const t = await testCore();
    const f = await agreedFile(t);
    const make = (c = f.inspector) => c.invoke('documents.generate', { request: { kind: 'paymentOrderApplication', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    const before = businessCounts(t.core);
    expect(await make()).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '调解协议没有逾期未履行的分期，不能制作支付令申请书（《劳动争议调解仲裁法》第十六条：用人单位在协议约定期限内不履行的，劳动者可以申请支付令）' },
    });
    expect(businessCounts(t.core)).toEqual(before);
    // ¥3,000 of 扎西's ¥8,000 paid; the due day passes (2026-11-30) — missed on 12-01.
    const first = (await f.inspector.call('mediation.instalments', { caseFileId: f.caseFileId })).agreements[0]!.instalments[0]!;
    await f.inspector.call('payments.record', transfer(f.caseFileId, f.zhaxi, 300_000, first.id));
    t.clock.advance(6 * DAY); // 2026-12-01
    const inspector = await signInAs(t.core, '张伟');
    const made = await make(inspector);
    if (!made.ok) throw new Error(made.error.message);
    const doc = made.value[0]!;
    expect(doc).toMatchObject({ kind: 'paymentOrderApplication', title: '支付令申请书', number: null });
    const text = await versionText(inspector, doc.versions[0]!.id);
    for (const part of [
      '支付令申请书',
      '申请人（共1人）：',
      '扎西，公民身份号码：540202198503120019',
      `被申请人：${GC}`,
      `请求人民法院向被申请人${GC}发出支付令，督促其向申请人支付调解协议约定而逾期未支付的劳动报酬人民币5,000元（大写：伍仟元整）。`,
      '各方于2026年11月25日达成调解协议，约定拖欠的劳动报酬分2期支付，合计人民币26,900.50元',
      '被申请人在协议约定的期限内未履行下列1期付款义务，截至2026年12月1日尚欠人民币5,000元',
      '第1期',
      '《中华人民共和国劳动争议调解仲裁法》第十六条',
      '此致',
      '人民法院',
      '申请人（签名或者捺印）',
    ]) expect(text).toContain(part);
    // Only the workers the missed instalment is owed to apply: the group's instalment is not yet due.
    expect(text).not.toContain('次仁多吉');
    expect(text).not.toContain('周建华');
    // One valid paper per file.
    expect(await make(inspector)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a missed group instalment of the employer: every worker still owed applies, the employer with its particulars; a preview masks the ID numbers', async () => {
    const t = await testCore();
    const f = await agreedFile(t);
    const first = (await f.inspector.call('mediation.instalments', { caseFileId: f.caseFileId })).agreements[0]!.instalments[0]!;
    await f.inspector.call('payments.record', transfer(f.caseFileId, f.zhaxi, 800_000, first.id));
    t.clock.advance(16 * DAY); // 2026-12-11: the group's instalment, due 12-10, unpaid
    const inspector = await signInAs(t.core, '张伟');
    const preview = await inspector.call('documents.preview', { request: { kind: 'paymentOrderApplication', proceedingId: f.proceedingId } });
    const previewText = JSON.stringify(preview);
    expect(previewText).not.toContain('540221199007010017');
    expect(previewText).toContain('次仁多吉');
    const [doc] = await inspector.call('documents.generate', { request: { kind: 'paymentOrderApplication', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    const text = await versionText(inspector, doc!.versions[0]!.id);
    for (const part of [
      '申请人（共3人）：',
      '扎西，公民身份号码：540202198503120019',
      '次仁多吉，公民身份号码：540221199007010017',
      '尼玛，公民身份号码：540221199208150016',
      `被申请人：${EMPLOYER}`,
      '住所：日喀则市桑珠孜区青岛路16号',
      '法定代表人（负责人）：周建华（执行董事）',
      '人民币18,900.50元（大写：壹万捌仟玖佰元伍角整）',
      '第2期',
    ]) expect(text).toContain(part);
  });
});
