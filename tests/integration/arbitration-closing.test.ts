// Ending an arbitration and what follows the award, through dispatch: the award recorded with its per-item verdict
// (final / non-final / split against 12 × 2100 元 = 25 200 元, the seeded minimum wage), the award clock met; each
// party's route from its own service; a suit, an application to set aside, the court's result (and the 15 days to
// sue once a final award is set aside); the payment; 结案 refused until the case can close, then stored in columns;
// the rates per arbitrator. Bad input changes nothing. Clocks counted by hand in the comments.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { proceedingEvents } from '../../electron/core/deadlines/stored-deadlines';
import { factsOf } from '../../electron/core/retention/retention-due';
import { anonymiseArbitrationOutcomeRows } from '../../electron/core/arbitration/arbitration-closing.data';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import { testCore, type TestCore } from '../helpers/core';
import { arbitrationFile, arbitrators, compose, DAY, unchanged } from '../helpers/hearings';

const EMPLOYER = '日喀则市华建建筑工程有限公司';
type File = Awaited<ReturnType<typeof arbitrationFile>>;

async function composedFile(t: TestCore) {
  await arbitrators(t);
  const f = await arbitrationFile(t);
  await compose(f, t);
  return f;
}

async function act(f: File, action: string, input: Record<string, unknown>) {
  const p = await f.proceeding();
  return f.arbitrator.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

async function actUnchanged(t: TestCore, f: File, action: string, input: Record<string, unknown>) {
  const p = await f.proceeding();
  return unchanged(t, f.arbitrator, 'proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

const NONE = { wagesFen: 0, injuryMedicalFen: 0, compensationFen: 0, damagesFen: 0, otherFen: 0, standards: 'no', note: null };

/** The award paper served on a party through the real service record, saying which part it is. */
async function awardPaper(f: File): Promise<string> {
  const [doc] = await f.arbitrator.call('documents.generate', { request: { kind: 'award', case: arbitrationCase }, caseFileId: f.caseFileId });
  return doc!.id;
}

async function serveAward(t: TestCore, f: File, who: string, on: string, awardFinality: 'final' | 'nonFinal', documentId?: string) {
  const id = documentId ?? (await awardPaper(f));
  const listed = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
  const recipient = listed.recipients.find((r) => r.name === who)!;
  await f.arbitrator.call('services.record', {
    documentId: id,
    proceedingId: f.proceedingId,
    recipientId: recipient.recipientId,
    method: 'direct',
    servedAt: instantOf(on, '10:00'),
    receivedBy: who === EMPLOYER ? '达瓦' : who,
    relation: who === EMPLOYER ? 'mailroom' : 'self',
    servedBy: t.staff['王芳']!,
    witnesses: [],
    awardFinality,
    proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
  });
}

async function clocks(f: File, prefix: string) {
  const p = await f.proceeding();
  return p.deadlines.filter((d) => d.ruleId.startsWith(prefix)).map((d) => [d.label, d.dueDate, d.dueState, d.metOn]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

async function approveClose(f: File, date: string) {
  const p = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!;
  return f.leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意结案', date, expectedRowVersion: p.pendingApproval!.rowVersion });
}

function row(t: TestCore, sql: string, ...args: unknown[]) {
  return t.core.services!.db.prepare(sql).all(...args);
}

describe('the award (调解仲裁法 Arts. 43, 47)', () => {
  it('is judged item by item: a split award stores each verdict, meets the 45-day clock, and bad input writes nothing', async () => {
    const t = await testCore();
    const f = await composedFile(t);
    t.clock.advance(20 * DAY); // 2026-12-15
    expect(await actUnchanged(t, f, 'award', { date: '2026-12-15', claimant: '扎西', ...NONE })).toMatchObject({ ok: false, error: { fields: { wagesFen: '请至少填写一项裁决支付的金额，或选择裁决执行国家劳动标准的事项' } } });
    expect(await actUnchanged(t, f, 'award', { date: '2026-12-16', claimant: '扎西', ...NONE, wagesFen: 100 })).toMatchObject({ ok: false, error: { fields: { date: '裁决日期不能晚于今天（2026-12-15）' } } });
    // 劳动报酬 20 000 元 ≤ 25 200 元: final; 经济补偿 30 000 元 > 25 200 元: non-final — two awards.
    expect(await act(f, 'award', { date: '2026-12-15', claimant: '扎西', ...NONE, wagesFen: 2_000_000, compensationFen: 3_000_000 })).toMatchObject({ ok: true, value: { status: 'awarded' } });
    expect(row(t, 'SELECT awarded_on, finality, total_fen, threshold_fen FROM arbitration_awards WHERE proceeding_id = ?', f.proceedingId)).toEqual([
      { awarded_on: '2026-12-15', finality: 'split', total_fen: 5_000_000, threshold_fen: 2_520_000 },
    ]);
    expect(row(t, 'SELECT seq, claimant, category, amount_fen, final FROM arbitration_award_items WHERE proceeding_id = ? ORDER BY seq', f.proceedingId)).toEqual([
      { seq: 1, claimant: '扎西', category: 'wages', amount_fen: 2_000_000, final: 1 },
      { seq: 2, claimant: '扎西', category: 'compensation', amount_fen: 3_000_000, final: 0 },
    ]);
    // Accepted 11-25 + 45 days = 2027-01-09, a Saturday: rolled to Monday 01-11; met by the award on 12-15.
    expect(await clocks(f, 'arbitration.award')).toEqual([['作出仲裁裁决', '2027-01-11', 'met', '2026-12-15']]);
    // 办案规则 Art. 24: a file with an award is kept ten years — the recorded award counts, with no paper issued yet.
    expect(row(t, "SELECT COUNT(*) AS n FROM documents WHERE case_file_id = ? AND kind = 'award'", f.caseFileId)).toEqual([{ n: 0 }]);
    expect(factsOf(t.core.services!, { type: 'caseFile', id: f.caseFileId })!.kinds).toEqual(['arbitrationAward']);
  });

  it('once the 45 days pass without one, the file says the parties may sue (Art. 43)', async () => {
    const t = await testCore();
    const f = await composedFile(t);
    expect((await f.proceeding()).notices).toEqual([]);
    // 11-25 + 45 = 2027-01-09 (Sat) → 01-11 (Mon); on 01-12 it is overdue.
    t.clock.advance(48 * DAY); // 2027-01-12
    expect((await f.proceeding()).notices).toEqual([
      {
        severity: 'warning',
        text: '仲裁委员会逾期（2027-01-11届满）未作出仲裁裁决：当事人可以就该劳动争议事项向人民法院提起诉讼（《劳动争议调解仲裁法》第四十三条第一款）；本案按逾期案件处理（《劳动人事争议仲裁办案规则》第四十八条）',
      },
    ]);
  });

  it('is refused without the minimum wage it is judged against, saying where to set it', async () => {
    const t = await testCore();
    const f = await composedFile(t);
    t.core.services!.db.prepare("DELETE FROM parameters WHERE key = 'wage.monthlyMinimum'").run();
    const r = await actUnchanged(t, f, 'award', { date: '2026-11-25', claimant: '扎西', ...NONE, wagesFen: 100_000 });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(r)).toContain('未设置裁决日适用的当地月最低工资标准');
  });
});

describe('after a non-final award (调解仲裁法 Art. 50): a suit, the court, the payment, 结案', () => {
  it('each party’s 15 days from its own service; the employer sues; the court changes it; closing waits for the worker’s window', async () => {
    const t = await testCore();
    const f = await composedFile(t);
    t.clock.advance(20 * DAY); // 2026-12-15
    await act(f, 'award', { date: '2026-12-15', claimant: '扎西', ...NONE, wagesFen: 3_000_000 });
    expect(row(t, 'SELECT finality FROM arbitration_awards WHERE proceeding_id = ?', f.proceedingId)).toEqual([{ finality: 'nonFinal' }]);
    // A suit before the party was served the award is refused.
    expect(await actUnchanged(t, f, 'recordSuit', { date: '2026-12-15', party: EMPLOYER, side: 'employer', court: '日喀则市桑珠孜区人民法院', courtCaseNumber: '（2026）藏0202民初1号' })).toMatchObject({
      ok: false,
      error: { fields: { party: `${EMPLOYER}尚未登记收到裁决书（送达回证），不能登记其起诉或申请撤销` } },
    });
    const paper = await awardPaper(f);
    t.clock.advance(8 * DAY); // 2026-12-23
    await serveAward(t, f, '扎西', '2026-12-22', 'nonFinal', paper);
    await serveAward(t, f, EMPLOYER, '2026-12-23', 'nonFinal', paper);
    // 12-22 + 15 = 2027-01-06 (Wed); 12-23 + 15 = 2027-01-07 (Thu).
    expect(await clocks(f, 'award.sue')).toEqual([
      ['不服裁决向人民法院起诉（扎西，非终局裁决）', '2027-01-06', 'running', null],
      [`不服裁决向人民法院起诉（${EMPLOYER}，非终局裁决）`, '2027-01-07', 'running', null],
    ]);
    // Non-final: no application to set aside.
    expect((await f.proceeding()).actions.find((a) => a.action === 'applySetAside')!.blockedBy).toBe('只有终局裁决可以申请撤销；本案没有已送达的终局裁决（《劳动争议调解仲裁法》第四十九条）');
    t.clock.advance(5 * DAY); // 2026-12-28
    expect(await act(f, 'recordSuit', { date: '2026-12-28', party: EMPLOYER, side: 'employer', court: '日喀则市桑珠孜区人民法院', courtCaseNumber: '（2026）藏0202民初1号' })).toMatchObject({ ok: true });
    expect(proceedingEvents(t.core.services!.prepare, f.proceedingId).filter((e) => e.kind === 'sued')).toEqual([{ kind: 'sued', date: '2026-12-28', party: EMPLOYER, partyRole: 'employer' }]);
    expect(await clocks(f, 'award.sue')).toEqual([
      ['不服裁决向人民法院起诉（扎西，非终局裁决）', '2027-01-06', 'running', null],
      [`不服裁决向人民法院起诉（${EMPLOYER}，非终局裁决）`, '2027-01-07', 'met', '2026-12-28'],
    ]);
    // The same court number twice is refused.
    expect(await actUnchanged(t, f, 'recordSuit', { date: '2026-12-28', party: '扎西', side: 'worker', court: '日喀则市桑珠孜区人民法院', courtCaseNumber: '（2026）藏0202民初1号' })).toMatchObject({
      ok: false,
      error: { fields: { courtCaseNumber: '法院案号 （2026）藏0202民初1号 已经登记过' } },
    });
    const close = { date: '2026-12-28', method: 'award', result: 'partlyEach', cause: 'wages', claimedFen: 4_000_000, resolvedFen: 3_000_000, note: '法院改判后结案' };
    expect((await f.proceeding()).actions.find((a) => a.action === 'close')!.blockedBy).toBe('当事人已起诉或申请撤销裁决，人民法院的结果登记之前不能结案');
    expect(await actUnchanged(t, f, 'recordCourtResult', { date: '2026-12-28', route: 'suit', courtCaseNumber: '（2026）藏0202民初9号', result: 'amended', note: null })).toMatchObject({
      ok: false,
      error: { fields: { courtCaseNumber: '本案没有登记法院案号为 （2026）藏0202民初9号 的起诉或撤销裁决申请' } },
    });
    expect(await act(f, 'recordCourtResult', { date: '2026-12-28', route: 'suit', courtCaseNumber: '（2026）藏0202民初1号', result: 'amended', note: '改判支付工资2.5万元' })).toMatchObject({ ok: true });
    // The worker's own 15 days still run to 2027-01-06, but the suit took the whole dispute to court: the case may close.
    expect((await f.proceeding()).actions.find((a) => a.action === 'close')!.blockedBy).toBeNull();
    // Payment: more than awarded is refused; unpaid is recorded.
    expect(await actUnchanged(t, f, 'recordPayment', { date: '2026-12-28', status: 'partlyPaid', paidFen: 3_000_001, note: null })).toMatchObject({ ok: false, error: { fields: { paidFen: '已支付的金额不能超过裁决确定的金额（30000.00元）' } } });
    await act(f, 'recordPayment', { date: '2026-12-28', status: 'unpaid', paidFen: 0, note: null });
    expect(row(t, 'SELECT payment_status, paid_fen FROM arbitration_awards WHERE proceeding_id = ?', f.proceedingId)).toEqual([{ payment_status: 'unpaid', paid_fen: 0 }]);
    t.clock.advance(10 * DAY); // 2027-01-07
    expect(await actUnchanged(t, f, 'close', { ...close, date: '2027-01-07', method: 'mediation' })).toMatchObject({ ok: false, error: { fields: { method: '本案已作出裁决，结案方式应为“裁决”' } } });
    expect(await actUnchanged(t, f, 'close', { ...close, date: '2027-01-07', result: 'none' })).toMatchObject({ ok: false, error: { fields: { result: '经裁决或调解结案的，请选择结案结果' } } });
    expect(await act(f, 'close', { ...close, date: '2027-01-07' })).toMatchObject({ ok: true, value: { approvalRequested: true } });
    await approveClose(f, '2027-01-07');
    expect((await f.proceeding()).statusLabel).toBe('已结案');
    expect(row(t, 'SELECT closed_on, method, result, cause, claimed_fen, resolved_fen FROM arbitration_closings WHERE proceeding_id = ?', f.proceedingId)).toEqual([
      { closed_on: '2027-01-07', method: 'award', result: 'partlyEach', cause: 'wages', claimed_fen: 4_000_000, resolved_fen: 3_000_000 },
    ]);
    // The institute's head: one award each for the three arbitrators, changed by the court.
    const rates = await f.leader.call('arbitration.arbitratorRates', { from: '2026-01-01', to: '2026-12-31' });
    expect(rates.map((r) => [r.name, r.awards, r.changed, r.setAside, r.ratePercent])).toEqual([
      ['李明', 1, 1, 0, 100],
      ['王芳', 1, 1, 0, 100],
      ['罗布', 1, 1, 0, 100],
    ]);
    expect(await f.arbitrator.invoke('arbitration.arbitratorRates', { from: '2026-01-01', to: '2026-12-31' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Retention: the names and the note go, the amounts, dates and results stay.
    const removed = anonymiseArbitrationOutcomeRows(t.core.services!.prepare, f.caseFileId, '已匿名化', '（已匿名化）');
    expect(removed).toEqual({ fields: 3, names: ['扎西', EMPLOYER], texts: ['法院改判后结案'] });
    expect(row(t, 'SELECT claimant, amount_fen FROM arbitration_award_items WHERE proceeding_id = ?', f.proceedingId)).toEqual([{ claimant: '已匿名化', amount_fen: 3_000_000 }]);
    expect(row(t, 'SELECT party, result FROM arbitration_court_actions WHERE proceeding_id = ?', f.proceedingId)).toEqual([{ party: '已匿名化', result: 'amended' }]);
    expect(row(t, 'SELECT note, resolved_fen FROM arbitration_closings WHERE proceeding_id = ?', f.proceedingId)).toEqual([{ note: '（已匿名化）', resolved_fen: 3_000_000 }]);
  });
});

describe('after a final award (调解仲裁法 Arts. 48–49)', () => {
  it('the employer cannot sue but applies to the intermediate court; a ruling setting it aside opens 15 days to sue', async () => {
    const t = await testCore();
    const f = await composedFile(t);
    t.clock.advance(20 * DAY); // 2026-12-15
    await act(f, 'award', { date: '2026-12-15', claimant: '扎西', ...NONE, wagesFen: 2_000_000 });
    await serveAward(t, f, EMPLOYER, '2026-12-15', 'final');
    // Art. 47: final — binding from the day made; left unpaid, the worker may apply to the court (Art. 51).
    await act(f, 'recordPayment', { date: '2026-12-15', status: 'unpaid', paidFen: 0, note: null });
    expect((await f.proceeding()).notices).toEqual([
      { severity: 'info', text: `裁决对${EMPLOYER}：终局裁决，自作出之日（2026-12-15）起发生法律效力（《劳动争议调解仲裁法》第四十七条）` },
      { severity: 'warning', text: '裁决已发生法律效力，用人单位未履行：劳动者可以依照民事诉讼法的有关规定向人民法院申请强制执行（《劳动争议调解仲裁法》第五十一条）；可在本案卷开立“申请强制执行”程序跟进' },
    ]);
    // 12-15 + 30 = 2027-01-14 (Thu).
    expect(await clocks(f, 'award.setAside')).toEqual([[`用人单位申请撤销终局裁决（${EMPLOYER}，终局裁决）`, '2027-01-14', 'running', null]]);
    expect(await actUnchanged(t, f, 'recordSuit', { date: '2026-12-15', party: EMPLOYER, side: 'employer', court: '日喀则市桑珠孜区人民法院', courtCaseNumber: '（2026）藏0202民初2号' })).toMatchObject({
      ok: false,
      error: { fields: { side: '终局裁决，用人单位不能起诉，只能向中级人民法院申请撤销裁决（《劳动争议调解仲裁法》第四十八条、第四十九条）' } },
    });
    expect(await actUnchanged(t, f, 'applySetAside', { date: '2026-12-15', party: EMPLOYER, court: '日喀则市桑珠孜区人民法院', courtCaseNumber: '（2026）藏02民特1号' })).toMatchObject({
      ok: false,
      error: { fields: { court: '申请撤销裁决应向仲裁委员会所在地的中级人民法院提出' } },
    });
    await act(f, 'applySetAside', { date: '2026-12-15', party: EMPLOYER, court: '日喀则市中级人民法院', courtCaseNumber: '（2026）藏02民特1号' });
    expect(await clocks(f, 'award.setAside')).toEqual([[`用人单位申请撤销终局裁决（${EMPLOYER}，终局裁决）`, '2027-01-14', 'met', '2026-12-15']]);
    expect(await actUnchanged(t, f, 'recordCourtResult', { date: '2026-12-15', route: 'setAside', courtCaseNumber: '（2026）藏02民特1号', result: 'amended', note: null })).toMatchObject({
      ok: false,
      error: { fields: { result: '撤销裁决的申请，法院只能裁定撤销或者驳回申请（维持），不能改判' } },
    });
    await act(f, 'recordCourtResult', { date: '2026-12-15', route: 'setAside', courtCaseNumber: '（2026）藏02民特1号', result: 'revoked', note: null });
    // Art. 49(3): 12-15 + 15 = 12-30 (Wed).
    expect(await clocks(f, 'award.sueAfterSetAside')).toEqual([['终局裁决被撤销后向人民法院起诉', '2026-12-30', 'running', null]]);
    // Once set aside, the employer may sue.
    expect(await act(f, 'recordSuit', { date: '2026-12-15', party: EMPLOYER, side: 'employer', court: '日喀则市桑珠孜区人民法院', courtCaseNumber: '（2026）藏0202民初3号' })).toMatchObject({ ok: true });
    expect(await clocks(f, 'award.sueAfterSetAside')).toEqual([['终局裁决被撤销后向人民法院起诉', '2026-12-30', 'met', '2026-12-15']]);
    const rates = await f.leader.call('arbitration.arbitratorRates', { from: '2026-12-01', to: '2026-12-31' });
    expect(rates.find((r) => r.name === '王芳')).toMatchObject({ awards: 1, changed: 0, setAside: 1, ratePercent: 100 });
  });
});

describe('the 调解书 (Art. 42) and the withdrawal', () => {
  it('a settlement takes effect on the last signature, meets the award clock, and closes as 调解', async () => {
    const t = await testCore();
    const f = await composedFile(t);
    t.clock.advance(10 * DAY); // 2026-12-05
    expect(await actUnchanged(t, f, 'settle', { date: '2026-12-03', effectiveOn: '2026-12-02', amountFen: 1_500_000, note: null })).toMatchObject({
      ok: false,
      error: { fields: { effectiveOn: '签收日期不能早于调解书制作日期' } },
    });
    await act(f, 'settle', { date: '2026-12-03', effectiveOn: '2026-12-04', amountFen: 1_500_000, note: '分两期支付' });
    expect(await clocks(f, 'arbitration.award')).toEqual([['作出仲裁裁决', '2027-01-11', 'met', '2026-12-04']]);
    const close = { date: '2026-12-05', method: 'mediation', result: 'workerWon', cause: 'wages', claimedFen: 2_000_000, resolvedFen: 1_500_000, note: null };
    expect(await actUnchanged(t, f, 'close', { ...close, method: 'award' })).toMatchObject({ ok: false, error: { fields: { method: '本案调解书已生效，结案方式应为“调解”' } } });
    await act(f, 'close', close);
    await approveClose(f, '2026-12-05');
    expect(row(t, 'SELECT method, result, resolved_fen FROM arbitration_closings WHERE proceeding_id = ?', f.proceedingId)).toEqual([{ method: 'mediation', result: 'workerWon', resolved_fen: 1_500_000 }]);
    expect(factsOf(t.core.services!, { type: 'caseFile', id: f.caseFileId })!.kinds).toEqual(['arbitrationOther']);
  });

  it('a withdrawal gives its reason, meets the award clock, and closes with no result', async () => {
    const t = await testCore();
    const f = await composedFile(t);
    t.clock.advance(2 * DAY); // 2026-11-27
    expect(await actUnchanged(t, f, 'withdraw', { date: '2026-11-27', reason: '和解' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await act(f, 'withdraw', { date: '2026-11-27', reason: '庭外和解，用人单位已付清工资' });
    expect(await clocks(f, 'arbitration.award')).toEqual([['作出仲裁裁决', '2027-01-11', 'met', '2026-11-27']]);
    const close = { date: '2026-11-27', method: 'withdrawal', result: 'workerWon', cause: 'wages', claimedFen: 2_000_000, resolvedFen: 0, note: null };
    expect(await actUnchanged(t, f, 'close', close)).toMatchObject({ ok: false, error: { fields: { result: '以“撤回”结案的，结案结果应为“不适用”' } } });
    await act(f, 'close', { ...close, result: 'none' });
    await approveClose(f, '2026-11-27');
    expect((await f.proceeding()).statusLabel).toBe('已结案');
  });
});
