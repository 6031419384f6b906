// Wages paid per worker through dispatch: partial payments by the employer and by third parties, a batch handed to the
// 班组长 that stays pending until each worker's own receipt (条例 Arts. 11, 31), money held for a worker who cannot be
// found, the 应急周转金's approval, cap and recovery (Art. 63), a void that recomputes, still owed never negative and an
// overpayment never lost; bad input and the wrong caller change nothing; anonymising clears the personal fields.
import { describe, expect, it } from 'vitest';
import type { PaymentRecordInput } from '../../shared/contract/payments';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { cardPng } from '../fixtures/images';
import { ADMIN, businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const GC = '中建三局西藏分公司';
const EMPLOYER = '日喀则市高原红建筑劳务有限公司';

async function arrange(t: TestCore) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await t.client.call(
    'intakes.create',
    zhaxiComplaint(employer.id, {
      workersCount: 3,
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
  await leader.call('team.add', { caseFileId, role: 'participant', staffId: t.staff['张伟']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '承办工资支付核查' });
  // 归口办理: until the inspection department takes the file in (签收), no money is recorded on it.
  const early = await signInAs(t.core, '张伟');
  expect((await early.call('payments.list', { caseFileId })).mayRecord).toBe(false);
  const waiting = await early.invoke('payments.record', { caseFileId, kind: 'worker', personId: created.complainants[0]!.personId, payerKind: 'employer', payerName: EMPLOYER, method: 'cash', receiptMark: 'signed', receiptSigner: '扎西', paidOn: '2026-11-24', amountFen: 100 });
  expect(waiting).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: expect.stringMatching(/^本案尚待.+签收，签收之后才能登记支付$/) } });
  const inspector = await takeIn(t.core, caseFileId);
  const [zhaxi, ciren, nima] = created.complainants.map((c) => c.personId);
  return { caseFileId, inspector, ids: { zhaxi: zhaxi!, ciren: ciren!, nima: nima! } };
}

type A = Awaited<ReturnType<typeof arrange>>;
const transfer = (a: A, personId: string, amountFen: number, over: Partial<PaymentRecordInput> = {}): PaymentRecordInput => ({
  caseFileId: a.caseFileId,
  kind: 'worker',
  personId,
  payerKind: 'generalContractor',
  payerName: GC,
  method: 'transfer',
  bankReference: '6228480012344821',
  paidOn: '2026-11-24',
  amountFen,
  ...over,
});
const cash = (a: A, personId: string, amountFen: number, over: Partial<PaymentRecordInput> = {}): PaymentRecordInput => ({
  caseFileId: a.caseFileId,
  kind: 'worker',
  personId,
  payerKind: 'employer',
  payerName: EMPLOYER,
  method: 'cash',
  receiptMark: 'thumbprint',
  receiptSigner: '扎西',
  paidOn: '2026-11-24',
  amountFen,
  ...over,
});
const money = (w: { name: string; owedFen: number | null; paidFen: number; outstandingFen: number | null; overpaidFen: number; pendingFen: number; heldFen: number }) => [
  w.name,
  w.owedFen,
  w.paidFen,
  w.outstandingFen,
  w.overpaidFen,
  w.pendingFen,
  w.heldFen,
];

describe('payments per worker', () => {
  it('partial payments by the general contractor and the employer count for the worker; the bank reference is masked; the scan is kept and its view audited', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const scan = cardPng(320, 240);
    const first = await a.inspector.call('payments.record', transfer(a, a.ids.zhaxi, 500_000, { scans: [{ fileName: '转账凭证.png', contentBase64: scan.toString('base64') }] }));
    expect(money(first.workers.find((w) => w.personId === a.ids.zhaxi)!)).toEqual(['扎西', 1_280_000, 500_000, 780_000, 0, 0, 0]);
    expect(first.payments[0]).toMatchObject({ payerKind: 'generalContractor', payerName: GC, method: 'transfer', bankReference: '********4821', counts: true, amountFen: 500_000 });
    const second = await a.inspector.call('payments.record', cash(a, a.ids.zhaxi, 300_000));
    expect(money(second.workers.find((w) => w.personId === a.ids.zhaxi)!)).toEqual(['扎西', 1_280_000, 800_000, 480_000, 0, 0, 0]);
    expect(second.totals).toEqual({ owedFen: 2_690_050, paidFen: 800_000, outstandingFen: 1_890_050, overpaidFen: 0, pendingFen: 0, heldFen: 0, unknownCount: 0 });
    // The case page's workers table reads the same payments.
    const workers = await t.client.call('caseWorkers.get', { caseFileId: a.caseFileId });
    expect(workers.workers.map((w) => [w.name, w.paidFen, w.outstandingFen, w.noPayments])).toEqual([
      ['扎西', 800_000, 480_000, false],
      ['次仁多吉', 0, 960_050, true],
      ['尼玛', 0, 450_000, true],
    ]);
    const timeline = (await a.inspector.call('cases.get', { id: a.caseFileId })).events.filter((e) => e.kind === 'payment.recorded').map((e) => e.summary);
    expect(timeline).toEqual([
      `登记支付：扎西 ¥5,000.00（总包先行清偿：${GC}，转账到本人卡，2026-11-24）`,
      `登记支付：扎西 ¥3,000.00（用人单位：${EMPLOYER}，现金（收条按手印），2026-11-24）`,
    ]);
    const db = t.core.services!.db;
    const audit = db.prepare("SELECT change FROM audit_log WHERE action = 'paymentRecord' ORDER BY seq").all() as { change: string }[];
    expect(audit.map((r) => JSON.parse(r.change).bankReference)).toEqual(['********4821', null]);
    expect(JSON.stringify(audit)).not.toContain('6228480012344821');
    const file = await a.inspector.call('payments.scan', { scanId: first.payments[0]!.scans[0]!.id });
    expect(Buffer.from(file.contentBase64, 'base64').equals(scan)).toBe(true);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'paymentScanView'").get()).toEqual({ n: 1 });
  });

  it('a batch handed to the 班组长 stays pending, never paid, until each worker’s own receipt is recorded against it', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const batch = await a.inspector.call('payments.record', {
      caseFileId: a.caseFileId,
      kind: 'batch',
      payerKind: 'employer',
      payerName: EMPLOYER,
      method: 'cash',
      intermediaryName: '王德发',
      intermediaryRole: 'teamLeader',
      paidOn: '2026-11-23',
      amountFen: 700_000,
      allocations: [
        { personId: a.ids.zhaxi, amountFen: 400_000 },
        { personId: a.ids.ciren, amountFen: 300_000 },
      ],
    });
    expect(batch.workers.map(money)).toEqual([
      ['扎西', 1_280_000, 0, 1_280_000, 0, 400_000, 0],
      ['次仁多吉', 960_050, 0, 960_050, 0, 300_000, 0],
      ['尼玛', 450_000, 0, 450_000, 0, 0, 0],
    ]);
    expect(batch.totals.paidFen).toBe(0);
    expect(batch.totals.pendingFen).toBe(700_000);
    const batchId = batch.payments[0]!.id;
    expect(batch.payments[0]).toMatchObject({ kind: 'batch', counts: false });
    // A receipt beyond the worker's share of the batch is refused, as is one dated before the handover.
    expect(await a.inspector.invoke('payments.record', cash(a, a.ids.zhaxi, 400_001, { batchId }))).toMatchObject({ ok: false, error: { fields: { amountFen: expect.stringContaining('待签收的金额为¥4,000.00') } } });
    expect(await a.inspector.invoke('payments.record', cash(a, a.ids.zhaxi, 100_000, { batchId, paidOn: '2026-11-22' }))).toMatchObject({ ok: false, error: { fields: { paidOn: '签收日期不能早于转交日期（2026-11-23）' } } });
    expect(await a.inspector.invoke('payments.record', cash(a, a.ids.nima, 100_000, { batchId, receiptSigner: '尼玛' }))).toMatchObject({ ok: false, error: { fields: { amountFen: '这笔转交款没有为该劳动者分配金额' } } });
    const receipted = await a.inspector.call('payments.record', cash(a, a.ids.zhaxi, 400_000, { batchId, payerKind: 'generalContractor', payerName: '别的单位' }));
    expect(money(receipted.workers[0]!)).toEqual(['扎西', 1_280_000, 400_000, 880_000, 0, 0, 0]);
    expect(money(receipted.workers[1]!)).toEqual(['次仁多吉', 960_050, 0, 960_050, 0, 300_000, 0]);
    // The receipt is of the batch's money: its payer is the batch's, whatever the form said.
    expect(receipted.payments.find((p) => p.batchId === batchId)).toMatchObject({ payerKind: 'employer', payerName: EMPLOYER, counts: true });
    expect(receipted.payments.find((p) => p.id === batchId)!.allocations.map((x) => [x.name, x.amountFen, x.receiptedFen, x.pendingFen])).toEqual([
      ['扎西', 400_000, 400_000, 0],
      ['次仁多吉', 300_000, 0, 300_000],
    ]);
    // The batch cannot be voided while a receipt stands on it.
    expect(await a.inspector.invoke('payments.void', { what: 'payment', id: batchId, reason: '转交人登记错误' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('请先逐笔作废签收记录') } });
    const events = (await a.inspector.call('cases.get', { id: a.caseFileId })).events.filter((e) => e.kind === 'payment.recorded').map((e) => e.summary);
    expect(events[0]).toBe(`登记转交款 ¥7,000.00（用人单位：${EMPLOYER}，2026-11-23 交班组长王德发转交2名劳动者），待各劳动者本人签收后计入已支付`);
  });

  it('money held for a worker who cannot be found is tracked, not paid, until it is paid out to them in full', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const held = await a.inspector.call('payments.hold', { caseFileId: a.caseFileId, personId: a.ids.nima, amountFen: 450_000, payerKind: 'employer', payerName: EMPLOYER, holder: '桑珠孜区劳动保障监察大队', heldSince: '2026-11-20' });
    const nima = held.workers.find((w) => w.personId === a.ids.nima)!;
    expect([nima.untraceable, ...money(nima)]).toEqual([true, '尼玛', 450_000, 0, 450_000, 0, 0, 450_000]);
    expect(held.holdings[0]).toMatchObject({ holder: '桑珠孜区劳动保障监察大队', heldSince: '2026-11-20', paidOutBy: null });
    const holdingId = held.holdings[0]!.id;
    expect(await a.inspector.invoke('payments.record', cash(a, a.ids.nima, 200_000, { holdingId, receiptSigner: '尼玛' }))).toMatchObject({ ok: false, error: { fields: { amountFen: '代为保管的工资须一次发放，金额为¥4,500.00' } } });
    expect(await a.inspector.invoke('payments.record', cash(a, a.ids.zhaxi, 450_000, { holdingId }))).toMatchObject({ ok: false, error: { fields: { holdingId: '所选代为保管的工资不是为该劳动者保管的' } } });
    const paid = await a.inspector.call('payments.record', cash(a, a.ids.nima, 450_000, { holdingId, receiptSigner: '尼玛', receiptMark: 'signed' }));
    const after = paid.workers.find((w) => w.personId === a.ids.nima)!;
    expect([after.untraceable, ...money(after)]).toEqual([false, '尼玛', 450_000, 450_000, 0, 0, 0, 0]);
    expect(paid.holdings[0]!.paidOutBy).toBe(paid.payments[0]!.id);
    expect(await a.inspector.invoke('payments.record', cash(a, a.ids.nima, 450_000, { holdingId, receiptSigner: '尼玛' }))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该笔代为保管的工资已经发放' } });
    expect(await a.inspector.invoke('payments.void', { what: 'holding', id: holdingId, reason: '登记错误需要更正' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('an 应急周转金 advance needs a leader’s approval and stays within the cap per person; its recovery is recorded and the rest shown', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const fund = (amountFen: number, over: Partial<PaymentRecordInput> = {}) =>
      transfer(a, a.ids.ciren, amountFen, { payerKind: 'emergencyFund', payerName: '桑珠孜区应急周转金', approvedBy: t.staff['李强']!, approvedOn: '2026-11-23', ...over });
    expect(await a.inspector.invoke('payments.record', fund(100_000, { approvedBy: null, approvedOn: null }))).toMatchObject({ ok: false, error: { fields: { approvedBy: '应急周转金垫付须经领导批准，请选择批准人', approvedOn: '请填写批准日期' } } });
    expect(await a.inspector.invoke('payments.record', fund(100_000, { approvedBy: t.staff['张伟']! }))).toMatchObject({ ok: false, error: { fields: { approvedBy: '应急周转金垫付须由本单位在职的局领导批准' } } });
    // The seeded cap is ¥10,000.00 per person (UNCONFIRMED, a parameter).
    const list = await a.inspector.call('payments.list', { caseFileId: a.caseFileId });
    expect(list.advanceCapFen).toBe(1_000_000);
    await a.inspector.call('payments.record', fund(600_000));
    const over = await a.inspector.invoke('payments.record', fund(400_001, { bankReference: '6228480012349999' }));
    expect(over).toMatchObject({ ok: false, error: { fields: { amountFen: '应急周转金每人垫付不超过¥10,000.00；该劳动者已垫付¥6,000.00，本次最多还可垫付¥4,000.00' } } });
    // The bureau sets its own cap: the same advance then passes.
    await t.admin.call('parameters.set', { key: 'payment.emergencyAdvanceCapPerPerson', region: '*', value: 20_000, effectiveFrom: '2026-01-01', source: '本市应急周转金管理办法', confidence: 'local', note: null });
    const raised = await a.inspector.call('payments.record', fund(400_001, { bankReference: '6228480012349999' }));
    expect(raised.workers.find((w) => w.personId === a.ids.ciren)!.advancedFen).toBe(1_000_001);
    expect(raised.advance).toMatchObject({ advancedFen: 1_000_001, recoveredFen: 0, outstandingFen: 1_000_001 });
    const recovered = await a.inspector.call('payments.recover', { caseFileId: a.caseFileId, amountFen: 600_000, recoveredOn: '2026-11-25', fromName: EMPLOYER });
    expect(recovered.advance).toMatchObject({ advancedFen: 1_000_001, recoveredFen: 600_000, outstandingFen: 400_001, overRecoveredFen: 0 });
    const more = await a.inspector.call('payments.recover', { caseFileId: a.caseFileId, amountFen: 500_000, recoveredOn: '2026-11-25', fromName: EMPLOYER });
    expect(more.advance).toMatchObject({ outstandingFen: 0, overRecoveredFen: 99_999 });
    const lines = (await a.inspector.call('cases.get', { id: a.caseFileId })).events.filter((e) => e.kind === 'advance.recovered').map((e) => e.summary);
    expect(lines[0]).toBe(`应急周转金追回：2026-11-25 从${EMPLOYER}追回 ¥6,000.00，尚待追回 ¥4,000.01（《保障农民工工资支付条例》第六十三条）`);
  });

  it('a wrong payment is voided with its reason and the sums follow; an overpayment is shown, still owed never below 0; the rows cannot be edited or deleted', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const paid = await a.inspector.call('payments.record', transfer(a, a.ids.nima, 500_000));
    expect(money(paid.workers.find((w) => w.personId === a.ids.nima)!)).toEqual(['尼玛', 450_000, 500_000, 0, 50_000, 0, 0]);
    expect(paid.totals.overpaidFen).toBe(50_000);
    const id = paid.payments[0]!.id;
    expect(await a.inspector.invoke('payments.void', { what: 'payment', id, reason: '错' })).toMatchObject({ ok: false, error: { fields: { reason: expect.stringContaining('请写明作废理由') } } });
    const voided = await a.inspector.call('payments.void', { what: 'payment', id, reason: '金额登记错误，应为4500元' });
    expect(money(voided.workers.find((w) => w.personId === a.ids.nima)!)).toEqual(['尼玛', 450_000, 0, 450_000, 0, 0, 0]);
    expect(voided.payments[0]).toMatchObject({ status: 'void', voidReason: '金额登记错误，应为4500元', counts: false });
    expect(await a.inspector.invoke('payments.void', { what: 'payment', id, reason: '再次作废试试' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该记录已经作废' } });
    const again = await a.inspector.call('payments.record', transfer(a, a.ids.nima, 450_000));
    expect(money(again.workers.find((w) => w.personId === a.ids.nima)!)).toEqual(['尼玛', 450_000, 450_000, 0, 0, 0, 0]);
    const events = (await a.inspector.call('cases.get', { id: a.caseFileId })).events.filter((e) => e.kind === 'payment.voided').map((e) => e.summary);
    expect(events).toEqual(['作废支付记录（尼玛 ¥5,000.00 2026-11-24）：金额登记错误，应为4500元']);
    const db = t.core.services!.db;
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'paymentVoid'").get()).toEqual({ n: 1 });
    expect(() => db.prepare('UPDATE wage_payments SET amount_fen = 1').run()).toThrow(/支付记录不能修改/);
    expect(() => db.prepare("UPDATE wage_payments SET status = 'valid', void_reason = NULL WHERE id = ?").run(id)).toThrow(/支付记录不能修改/);
    expect(() => db.prepare('DELETE FROM wage_payments').run()).toThrow(/支付记录不能删除/);
  });

  it('refuses bad input and the wrong caller, writing nothing', async () => {
    const t = await testCore();
    const a = await arrange(t);
    t.staff['罗布'] = await establishStaff(t.core, t.admin, { name: '罗布', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0232' });
    const outsider = await signInAs(t.core, '罗布');
    const before = businessCounts(t.core);
    const tries: [typeof a.inspector, PaymentRecordInput, string][] = [
      [a.inspector, transfer(a, a.ids.zhaxi, 0), '支付金额必须大于0'],
      [a.inspector, transfer(a, a.ids.zhaxi, 100, { paidOn: '2026-11-26' }), '支付日期（2026-11-26）不能晚于今天（2026-11-25）'],
      [a.inspector, transfer(a, a.ids.zhaxi, 100, { bankReference: ' ' }), '转账支付请填写银行流水号'],
      [a.inspector, cash(a, a.ids.zhaxi, 100, { receiptMark: null }), '现金支付须有劳动者本人签名或按手印的收条'],
      [a.inspector, transfer(a, t.staff['张伟']!, 100), '该劳动者不是本案的投诉人'],
      [a.inspector, { ...transfer(a, a.ids.zhaxi, 100), kind: 'batch', personId: null, method: 'cash', intermediaryName: '王德发', allocations: [{ personId: a.ids.zhaxi, amountFen: 50 }] }, '转交金额¥1.00与分配明细合计¥0.50不一致'],
      [a.inspector, { ...transfer(a, a.ids.zhaxi, 100), kind: 'batch', personId: null, method: 'cash', allocations: [{ personId: a.ids.zhaxi, amountFen: 100 }] }, '请填写代为转交的包工头或班组长的姓名'],
      [outsider, transfer(a, a.ids.zhaxi, 100), '您不在本案办案组中，不能登记支付'],
      [t.client, transfer(a, a.ids.zhaxi, 100), '您的角色没有'],
    ];
    for (const [who, input, message] of tries) {
      const r = await who.invoke('payments.record', input);
      expect(r.ok, message).toBe(false);
      if (!r.ok) expect(r.error.message, message).toContain(message);
    }
    expect(await a.inspector.invoke('payments.hold', { caseFileId: a.caseFileId, personId: a.ids.nima, amountFen: 100, payerKind: 'employer', payerName: EMPLOYER, holder: '监察大队', heldSince: '2026-12-01' })).toMatchObject({ ok: false });
    expect(await a.inspector.invoke('payments.recover', { caseFileId: a.caseFileId, amountFen: 100, recoveredOn: '2026-11-25', fromName: EMPLOYER })).toMatchObject({ ok: false, error: { fields: { amountFen: '本案卷没有应急周转金垫付记录，无需追回' } } });
    // The receptionist's refusals write their own audit row; nothing else changed.
    expect({ ...businessCounts(t.core), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    // Reading needs only the file: the auditor sees the list.
    const auditorId = await establishStaff(t.core, t.admin, { name: '审计员甲', departmentId: null, roles: ['auditor'] });
    void auditorId;
    const auditor = await signInAs(t.core, '审计员甲');
    expect((await auditor.call('payments.list', { caseFileId: a.caseFileId })).mayRecord).toBe(false);
  });

  it('anonymising the file after its period clears bank references, receipt signers, the 班组长 and notes; amounts and dates stay', async () => {
    const t = await testCore();
    const a = await arrange(t);
    await a.inspector.call('payments.record', transfer(a, a.ids.zhaxi, 500_000, { note: '扎西本人到场确认' }));
    await a.inspector.call('payments.record', {
      caseFileId: a.caseFileId, kind: 'batch', payerKind: 'employer', payerName: EMPLOYER, method: 'cash', intermediaryName: '王德发', intermediaryRole: 'teamLeader',
      paidOn: '2026-11-23', amountFen: 300_000, allocations: [{ personId: a.ids.ciren, amountFen: 300_000 }],
    });
    const batchId = (await a.inspector.call('payments.list', { caseFileId: a.caseFileId })).payments.find((p) => p.kind === 'batch')!.id;
    await a.inspector.call('payments.record', cash(a, a.ids.ciren, 300_000, { batchId, receiptSigner: '次仁多吉', receiptMark: 'signed' }));
    await a.inspector.call('payments.hold', { caseFileId: a.caseFileId, personId: a.ids.nima, amountFen: 450_000, payerKind: 'employer', payerName: EMPLOYER, holder: '监察大队', heldSince: '2026-11-24', note: '尼玛电话13908920011停机' });
    // A phone typed into a note is masked in the list, as personal data is everywhere on screen.
    expect((await a.inspector.call('payments.list', { caseFileId: a.caseFileId })).holdings[0]!.note).toBe('尼玛电话139****0011停机');
    const db = t.core.services!.db;
    // Closed long ago, past any retention period (as the retention tests close a file; the closing step comes later).
    db.prepare("UPDATE case_files SET status = 'closed', closed_at = ? WHERE id = ?").run(instantOf('1996-11-24', '16:00'), a.caseFileId);
    db.prepare("UPDATE proceedings SET status = 'closed', closed_at = ? WHERE case_file_id = ?").run(instantOf('1996-11-24', '16:00'), a.caseFileId);
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('retention.anonymise', { items: [{ type: 'caseFile', id: a.caseFileId }], reason: '保管期限届满，经局务会研究同意' });
    expect(db.prepare('SELECT kind, bank_reference, receipt_signer, intermediary_name, note, amount_fen, paid_on, status FROM wage_payments ORDER BY recorded_at, id').all()).toEqual([
      { kind: 'worker', bank_reference: null, receipt_signer: null, intermediary_name: null, note: '（保管期限届满，个人信息已匿名化）', amount_fen: 500_000, paid_on: '2026-11-24', status: 'valid' },
      { kind: 'batch', bank_reference: null, receipt_signer: null, intermediary_name: '已匿名化', note: null, amount_fen: 300_000, paid_on: '2026-11-23', status: 'valid' },
      { kind: 'worker', bank_reference: null, receipt_signer: '已匿名化', intermediary_name: null, note: null, amount_fen: 300_000, paid_on: '2026-11-24', status: 'valid' },
    ]);
    expect(db.prepare('SELECT note, amount_fen FROM wage_holdings').get()).toEqual({ note: '（保管期限届满，个人信息已匿名化）', amount_fen: 450_000 });
    const timeline = JSON.stringify(db.prepare('SELECT summary FROM case_events WHERE case_file_id = ?').all(a.caseFileId));
    for (const name of ['王德发', '扎西', '次仁多吉']) expect(timeline, name).not.toContain(name);
    // Even on an anonymised file the amounts stay fixed.
    expect(() => db.prepare('UPDATE wage_payments SET amount_fen = 1').run()).toThrow(/支付记录不能修改/);
  });
});
