// 申请劳动仲裁 from a missed instalment of a 调解协议, through dispatch: refused while no instalment is missed; once one
// is, the application prefilled per worker from the agreement less the counted payments (money handed to a 班组长
// does not count, 条例 Art. 31), the employer as respondent, the agreement cited (and Art. 16 where the 支付令 path is
// open); the edited application opens the arbitration on the same file, received the day it was handed in, routed to
// the 仲裁院 to 签收 — on the timeline and the audit trail — and a second application of the same workers is refused,
// naming the open case. Every refusal changes nothing.
import { describe, expect, it } from 'vitest';
import type { OpenArbitrationInput, ArbitrationDraft } from '../../shared/contract/mediation-arbitration';
import type { PaymentRecordInput } from '../../shared/contract/payments';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, signInAs, testCore, type TestCore } from '../helpers/core';
import { arbitrators } from '../helpers/hearings';
import { step } from '../helpers/listing';
import { takeIn } from '../helpers/routing';

const GC = '中建三局西藏分公司';
const EMPLOYER = '日喀则市高原红建筑劳务有限公司';
const DAY = 86_400_000;

async function agreedFile(t: TestCore) {
  await arbitrators(t);
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER, address: '日喀则市桑珠孜区青岛路16号', phone: '0892-8827000', legalRepName: '周建华', legalRepTitle: '执行董事' });
  const created = await t.client.call(
    'intakes.create',
    zhaxiComplaint(employer.id, {
      workersCount: 3,
      route: 'mediation',
      leaderStaffId: t.staff['李强']!,
      complainants: [
        { name: '扎西', idType: 'residentId', idNumber: '540202198503120019', isRepresentative: true, amountClaimedFen: 1_280_000, phones: ['13908921234'], address: '日喀则市南木林县艾玛乡' },
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
  const agreed = await step(inspector, caseFileId, 'jointMediation', 'agree', {
    date: '2026-11-25',
    instalments: [
      { personId: zhaxi, dueOn: '2026-11-30', amountFen: 800_000, payerName: GC },
      { personId: null, dueOn: '2026-12-10', amountFen: 1_890_050, payerName: EMPLOYER },
    ],
  });
  expect(agreed.ok).toBe(true);
  const plan = (await inspector.call('mediation.instalments', { caseFileId })).agreements[0]!.instalments;
  return { caseFileId, inspector, leader, employerId: employer.id, zhaxi: zhaxi!, ciren: ciren!, nima: nima!, first: plan[0]!.id, group: plan[1]!.id };
}

const pay = (caseFileId: string, personId: string, amountFen: number, instalmentId: string | null, payerName = GC): PaymentRecordInput => ({
  caseFileId, kind: 'worker', personId, payerKind: payerName === GC ? 'generalContractor' : 'employer', payerName, method: 'transfer', bankReference: '6228480012344821', paidOn: '2026-11-25', amountFen, instalmentId,
});

/** The draft as the dialog sends it back unchanged. */
function asIs(d: ArbitrationDraft, over: Partial<OpenArbitrationInput> = {}): OpenArbitrationInput {
  return {
    caseFileId: d.caseFileId,
    agreementId: d.agreementId,
    receivedOn: d.receivedOn,
    form: 'written',
    applicants: d.applicants.map((a) => ({ personId: a.personId, address: a.address, mailingAddress: null, phone: null })),
    respondents: d.respondents.map((r) => ({ partyId: r.partyId, address: r.address, mailingAddress: null, phone: r.phone })),
    claims: d.claims.map((c) => ({ personId: c.personId, category: c.category, request: c.request, amountFen: c.amountFen, basis: c.basis })),
    factsAndReasons: d.factsAndReasons,
    evidence: d.evidence,
    ...over,
  };
}

describe('申请劳动仲裁 from a missed instalment', () => {
  it('is refused while every instalment is on time, and when nobody is owed any more — nothing written', async () => {
    const t = await testCore();
    const f = await agreedFile(t);
    const before = businessCounts(t.core);
    expect(await f.inspector.invoke('mediation.arbitrationDraft', { caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '调解协议没有逾期未履行的分期，暂不能据此申请劳动仲裁；分期逾期未履行后再申请' },
    });
    expect(await f.inspector.invoke('mediation.openArbitration', { caseFileId: f.caseFileId, agreementId: 'x', receivedOn: '2026-11-25', form: 'written', applicants: [{ personId: f.zhaxi, address: null, mailingAddress: null, phone: null }], respondents: [{ partyId: f.employerId, address: null, mailingAddress: null, phone: null }], claims: [{ personId: f.zhaxi, category: 'wages', request: '工资', amountFen: 100, basis: null }], factsAndReasons: null, evidence: null })).toMatchObject({ ok: false });
    expect(businessCounts(t.core)).toEqual(before);
    // 扎西's own instalment paid in full; the group's money reaches every worker by transfer, recorded without naming
    // the instalment: on 12-15 the group's instalment reads as missed, but nobody is owed any more.
    await f.inspector.call('payments.record', pay(f.caseFileId, f.zhaxi, 800_000, f.first));
    for (const [id, fen] of [[f.zhaxi, 480_000], [f.ciren, 960_050], [f.nima, 450_000]] as const) await f.inspector.call('payments.record', pay(f.caseFileId, id, fen, null, EMPLOYER));
    t.clock.advance(20 * DAY);
    const later = await signInAs(t.core, '张伟');
    expect((await later.call('mediation.instalments', { caseFileId: f.caseFileId })).missedCount).toBe(1);
    expect(await later.invoke('mediation.arbitrationDraft', { caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '调解协议约定的款项已经全部付清，没有尚欠工资的劳动者，不能据此申请劳动仲裁' },
    });
  });

  it('prefills each worker’s amount still owed under the agreement after partial counted payments; the confirmed application opens the arbitration, routed to the 仲裁院, which 签收s it', async () => {
    const t = await testCore();
    const f = await agreedFile(t);
    // ¥3,000 of 扎西's own ¥8,000 paid to him; ¥1,000 of the group's to 次仁多吉; ¥2,000 for 尼玛 handed to the 班组长 — pending until his own receipt, not counted.
    await f.inspector.call('payments.record', pay(f.caseFileId, f.zhaxi, 300_000, f.first));
    await f.inspector.call('payments.record', pay(f.caseFileId, f.ciren, 100_000, f.group, EMPLOYER));
    await f.inspector.call('payments.record', {
      ...pay(f.caseFileId, f.nima, 200_000, f.group, EMPLOYER), kind: 'batch', personId: null, instalmentId: null, method: 'cash', bankReference: null, receiptMark: 'signed', receiptSigner: '罗布',
      intermediaryName: '罗布', intermediaryRole: 'teamLeader', allocations: [{ personId: f.nima, amountFen: 200_000 }],
    });
    t.clock.advance(6 * DAY); // 2026-12-01: 扎西's instalment (due 11-30) missed; the group's (due 12-10) not yet due
    const inspector = await signInAs(t.core, '张伟');
    const d = await inspector.call('mediation.arbitrationDraft', { caseFileId: f.caseFileId });
    expect(d).toMatchObject({ signedOn: '2026-11-25', missedSeqs: [1], receivedOn: '2026-12-01', unattributedFen: 0, obligorsNotParties: [GC], department: { name: expect.stringContaining('仲裁') } });
    // 扎西: his own ¥5,000 left + his share of the group's ¥17,900.50 left (what the file says he is owed beyond it).
    expect(d.applicants.map((a) => [a.name, a.owedFen, a.paymentOrderOpen, a.idNumber])).toEqual([
      ['扎西', 980_000, true, '540202********0019'],
      ['次仁多吉', 860_050, false, '540221********0017'],
      ['尼玛', 450_000, false, '540221********0016'],
    ]);
    expect(d.applicants[0]).toMatchObject({ registeredPhone: '139****1234', address: '日喀则市南木林县艾玛乡' });
    expect(d.respondents).toEqual([expect.objectContaining({ partyId: f.employerId, name: EMPLOYER, why: '用人单位，调解协议的支付义务人', address: '日喀则市桑珠孜区青岛路16号' })]);
    expect(d.claims.map((c) => [c.category, c.amountFen, c.request])).toEqual([
      ['wages', 980_000, '裁决被申请人支付调解协议约定而尚未支付的工资¥9,800.00'],
      ['wages', 860_050, '裁决被申请人支付调解协议约定而尚未支付的工资¥8,600.50'],
      ['wages', 450_000, '裁决被申请人支付调解协议约定而尚未支付的工资¥4,500.00'],
    ]);
    expect(d.claims[0]!.basis).toBe('调解协议书（2026-11-25达成）第1期逾期未履行；该协议亦可依《劳动争议调解仲裁法》第十六条申请支付令');
    expect(d.claims[1]!.basis).toBe('调解协议书（2026-11-25达成）第1期逾期未履行');
    expect(d.factsAndReasons).toContain('截至2026-12-01，申请人尚欠工资合计¥22,900.50');

    // The applicants' edits are checked against the file: a date before the instalment was missed, a date to come, a worker not owed.
    const before = businessCounts(t.core);
    expect(await inspector.invoke('mediation.openArbitration', asIs(d, { receivedOn: '2026-11-30' }))).toMatchObject({
      ok: false, error: { code: 'VALIDATION', fields: { receivedOn: '收到仲裁申请的日期应在分期逾期之后（最早逾期的一期到期日为2026-11-30）' } },
    });
    expect(await inspector.invoke('mediation.openArbitration', asIs(d, { receivedOn: '2026-12-02' }))).toMatchObject({ ok: false, error: { fields: { receivedOn: '收到仲裁申请的日期不能晚于今天（2026-12-01）' } } });
    const stranger = (await inspector.call('parties.create', { kind: 'organisation', name: '拉萨某物业公司' })).id;
    expect(await inspector.invoke('mediation.openArbitration', asIs(d, { respondents: [{ partyId: stranger, address: null, mailingAddress: null, phone: null }] }))).toMatchObject({
      ok: false, error: { fields: { 'respondents.0.partyId': '被申请人应为本案卷的用人单位或调解协议中的支付义务人' } },
    });
    expect(businessCounts(t.core).proceedings).toBe(before.proceedings);

    // 尼玛 does not apply; 扎西's claim is lowered and his phone changed before 登记.
    const edited = asIs(d, {
      applicants: [{ personId: f.zhaxi, address: '日喀则市南木林县艾玛乡', mailingAddress: '日喀则市桑珠孜区德勒路5号', phone: '13908925555' }, { personId: f.ciren, address: null, mailingAddress: null, phone: null }],
      claims: [{ ...asIs(d).claims[0]!, amountFen: 900_000, request: '支付拖欠工资9000元' }, asIs(d).claims[1]!],
    });
    const opened = await inspector.call('mediation.openArbitration', edited);
    expect(opened.departmentName).toContain('仲裁');
    const file = await inspector.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toEqual(expect.arrayContaining([
      '调解协议第1期逾期未履行，扎西、次仁多吉申请劳动仲裁（2026-12-01收到申请，2项请求，合计¥17,600.50）',
      expect.stringMatching(/^转至.*仲裁.*，待签收：调解协议逾期未履行，劳动者申请仲裁$/),
    ]));
    const audit = t.core.services!.db.prepare("SELECT change FROM audit_log WHERE action = 'arbitrationFromAgreement'").all() as { change: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.change)).toMatchObject({ receivedOn: '2026-12-01', missedSeqs: [1] });

    // A second application of the same workers is refused, naming the open case; so is the draft.
    const again = await inspector.invoke('mediation.openArbitration', asIs(d, { applicants: [asIs(d).applicants[2]!, asIs(d).applicants[0]!], claims: [asIs(d).claims[2]!, asIs(d).claims[0]!] }));
    expect(again).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: '本案卷已有就同一欠薪事实办理中的劳动人事争议仲裁案件：尚未受理的仲裁申请（已收件，待审查；申请人：扎西、次仁多吉）。请在该仲裁案件中继续办理，不能重复申请' } });
    expect(await inspector.invoke('mediation.arbitrationDraft', { caseFileId: f.caseFileId })).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: expect.stringContaining('申请人：扎西、次仁多吉') } });

    // The 仲裁院 takes it in (签收); the application is there as confirmed, received 12-01, editable by the institute before 受理.
    const arbitrator = await takeIn(t.core, f.caseFileId, '王芳');
    await (await signInAs(t.core, '李强')).call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff['王芳']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
    const a = await arbitrator.call('arbitration.application', { proceedingId: opened.proceedingId });
    expect(a).toMatchObject({ receivedOn: '2026-12-01', statusLabel: '已收件，待审查', editBlockedBy: null, form: 'written' });
    expect(a.applicants.map((x) => [x.name, x.phone, x.mailingAddress])).toEqual([['扎西', '13908925555', '日喀则市桑珠孜区德勒路5号'], ['次仁多吉', null, null]]);
    expect(a.respondents.map((x) => [x.name, x.legalRepName])).toEqual([[EMPLOYER, '周建华']]);
    expect(a.claims.map((c) => [c.amountFen, c.request])).toEqual([[900_000, '支付拖欠工资9000元'], [860_050, '裁决被申请人支付调解协议约定而尚未支付的工资¥8,600.50']]);
    // The arbitration now stands among the way back of the missed instalment.
    const way = await inspector.call('mediation.instalments', { caseFileId: f.caseFileId });
    expect(way.wayBack.some((w) => w.kind === 'arbitration' && w.proceedingId === opened.proceedingId)).toBe(true);
  });
});
