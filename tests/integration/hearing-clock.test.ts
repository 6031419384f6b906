// The hearing as a clock, through dispatch: booking records the hearing's day once per party, so the file's stored
// deadlines show each party's 开庭通知书 due five working days before (调解仲裁法 Art. 35, counted back by hand
// below); a postponement moves both clocks, and a notice served for the old day no longer meets the new one; each
// party's own service meets its own clock (an unconfirmed electronic one never does); a notice served late shows the
// hearing as 通知送达不足5日 on the case and the calendar.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import { testCore, type TestCore } from '../helpers/core';
import { arbitrationFile, arbitrators, compose, DAY, rooms, serveApplication, slot, unchanged } from '../helpers/hearings';

const EMPLOYER = '日喀则市华建建筑工程有限公司';

type File = Awaited<ReturnType<typeof arbitrationFile>>;

/** The notice clocks and the postponement clock as the file's work panel reads them: [label, due, state, met]. */
async function clocks(f: File) {
  const p = await f.proceeding();
  return p.deadlines
    .filter((d) => d.ruleId === 'arbitration.hearingNotice' || d.ruleId === 'arbitration.postponeRequest')
    .map((d) => [d.label, d.dueDate, d.dueState, d.metOn])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

/** A 开庭通知书 for the booked day, made today for one party (from the JSON case: the paper, not the clock, is tested here). */
async function makeNotice(f: File, hearingDate: string, who: string): Promise<string> {
  const c = { ...arbitrationCase, applicationServedOn: '2026-11-25', hearing: { ...arbitrationCase.hearing!, date: hearingDate } };
  const [doc] = await f.arbitrator.call('documents.generate', { request: { kind: 'hearingNotice', case: c, recipient: { role: who === EMPLOYER ? 'respondent' : 'applicant', index: 0 } }, caseFileId: f.caseFileId });
  return doc!.id;
}

/** That notice served on its party through the real service record: signed for, or sent electronically and never confirmed. */
async function serve(t: TestCore, f: File, documentId: string, who: string, on: string, how: 'direct' | 'unconfirmed' = 'direct') {
  const listed = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
  const recipient = listed.recipients.find((r) => r.name === who)!;
  const base = { documentId, proceedingId: f.proceedingId, recipientId: recipient.recipientId, servedAt: instantOf(on, '10:00'), servedBy: t.staff['王芳']!, witnesses: [] };
  return f.arbitrator.call(
    'services.record',
    how === 'direct'
      ? { ...base, method: 'direct', receivedBy: who === EMPLOYER ? '达瓦' : who, relation: who === EMPLOYER ? 'mailroom' : 'self', proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }] }
      : { ...base, method: 'electronic', electronicAddress: '13908920011', electronicConfirmed: false, proofs: [] },
  );
}

describe('the hearing as a clock (调解仲裁法 Art. 35)', () => {
  it("booking puts each party's notice on the file's deadlines; a postponement moves them; each party's own service meets its own", async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one, two } = await rooms(t);
    const f = await arbitrationFile(t);
    await compose(f, t);
    await serveApplication(t, f, '2026-11-25');
    expect(await clocks(f)).toEqual([]);
    const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id));
    // 12-15 (Tue) less 5 working days: 12-14, 12-11, 12-10, 12-09, 12-08. The request to postpone: 12-14, 12-11, 12-10.
    expect(await clocks(f)).toEqual([
      ['开庭通知送达（开庭前）（扎西）', '2026-12-08', 'running', null],
      [`开庭通知送达（开庭前）（${EMPLOYER}）`, '2026-12-08', 'running', null],
      ['申请延期开庭（开庭前）', '2026-12-10', 'running', null],
    ]);
    const notice = (await f.proceeding()).deadlines.find((d) => d.label === '开庭通知送达（开庭前）（扎西）')!;
    const { trace } = await f.arbitrator.call('deadlines.trace', { deadlineId: notice.id });
    expect(trace[0]).toBe('扎西：开庭日为 2026-12-15，应在此前向其送达，单独计算');

    // 扎西 signs for his notice on 12-01: his clock is met, the employer's still runs; an electronic notice the
    // employer never confirmed meets nothing (办案规则 Arts. 58–60).
    const [toWorker, toEmployer] = [await makeNotice(f, '2026-12-15', '扎西'), await makeNotice(f, '2026-12-15', EMPLOYER)];
    t.clock.advance(6 * DAY); // 2026-12-01
    await serve(t, f, toWorker, '扎西', '2026-12-01');
    await serve(t, f, toEmployer, EMPLOYER, '2026-12-01', 'unconfirmed');
    expect(await clocks(f)).toEqual([
      ['开庭通知送达（开庭前）（扎西）', '2026-12-08', 'met', '2026-12-01'],
      [`开庭通知送达（开庭前）（${EMPLOYER}）`, '2026-12-08', 'running', null],
      ['申请延期开庭（开庭前）', '2026-12-10', 'running', null],
    ]);

    // The tribunal moves it to 12-22 (Tue): both notices are owed again by 12-15 (12-21, 12-18, 12-17, 12-16, 12-15);
    // 扎西's notice named 12-15 and no longer counts. A request to postpone now runs to 12-17.
    await f.arbitrator.call('hearings.postpone', { hearingId: h.id, expectedRowVersion: h.rowVersion, requestedBy: 'tribunal', requestedOn: null, reason: '首席仲裁员另有公务', date: '2026-12-22', start: '09:30', end: '11:00', roomId: two.id });
    expect(await clocks(f)).toEqual([
      ['开庭通知送达（开庭前）（扎西）', '2026-12-15', 'running', null],
      [`开庭通知送达（开庭前）（${EMPLOYER}）`, '2026-12-15', 'running', null],
      ['申请延期开庭（开庭前）', '2026-12-17', 'running', null],
    ]);
    const file = await f.arbitrator.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain('延期开庭（仲裁庭决定，理由：首席仲裁员另有公务）：原定 2026-12-15 09:30，改于 2026-12-22 09:30—11:00 在第二仲裁庭开庭');
  });

  it('a notice served late flags the hearing 通知送达不足5日 on the case and the calendar; one in time does not', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one } = await rooms(t);
    const f = await arbitrationFile(t);
    await compose(f, t);
    await serveApplication(t, f, '2026-11-25');
    const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id));
    expect(h.noticeShort).toBeNull();
    const [toWorker, toEmployer] = [await makeNotice(f, '2026-12-15', '扎西'), await makeNotice(f, '2026-12-15', EMPLOYER)];
    t.clock.advance(13 * DAY); // 2026-12-08, the last day
    await serve(t, f, toWorker, '扎西', '2026-12-08');
    expect((await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId })).hearings[0]!.noticeShort).toBeNull();
    t.clock.advance(2 * DAY); // 2026-12-10: the employer signs two days late
    await serve(t, f, toEmployer, EMPLOYER, '2026-12-10');
    expect(await clocks(f)).toEqual([
      ['开庭通知送达（开庭前）（扎西）', '2026-12-08', 'met', '2026-12-08'],
      [`开庭通知送达（开庭前）（${EMPLOYER}）`, '2026-12-08', 'metLate', '2026-12-10'],
      ['申请延期开庭（开庭前）', '2026-12-10', 'dueSoon', null],
    ]);
    const flag = `通知送达不足5日：${EMPLOYER}于 2026-12-10 才收到（最迟应于 2026-12-08 送达）。不足开庭前5个工作日（《劳动争议调解仲裁法》第三十五条），可决定延期开庭`;
    expect((await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId })).hearings[0]!.noticeShort).toBe(flag);
    expect((await f.arbitrator.call('hearings.list', { from: '2026-12-14', to: '2026-12-20', staffId: null })).hearings[0]!.noticeShort).toBe(flag);
  });
});

/** A file with its hearing booked for 12-15 and each party's notice made on 11-25. */
async function booked(t: TestCore, worker = '扎西', employer = EMPLOYER) {
  const { one } = await rooms(t);
  const f = await arbitrationFile(t, worker, employer);
  await compose(f, t);
  await serveApplication(t, f, '2026-11-25');
  const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id));
  return { f, h, toWorker: await makeNotice(f, '2026-12-15', worker), toEmployer: await makeNotice(f, '2026-12-15', employer) };
}

async function held(f: File, h: { id: string }, applicantAppeared: boolean, respondentAppeared: boolean) {
  const now = (await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId })).hearings.find((x) => x.id === h.id)!;
  return f.arbitrator.call('hearings.recordHeld', { hearingId: h.id, expectedRowVersion: now.rowVersion, applicantAppeared, respondentAppeared, absentWithoutCause: true, note: null });
}

async function step(f: File, action: string, input: Record<string, unknown>) {
  const p = await f.proceeding();
  return f.arbitrator.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

const ARTS = '《劳动人事争议仲裁办案规则》第三十九条、第六十条';

describe('after the hearing: 视为撤回 and 缺席裁决 (调解仲裁法 Art. 36)', () => {
  it('are refused without a recorded 送达回证 — an unconfirmed electronic notice, or a voided one, is none — and for a party who came', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { f, h, toWorker, toEmployer } = await booked(t);
    const blocked = async (action: string) => (await f.proceeding()).actions.find((x) => x.action === action)!.blockedBy;
    expect(await blocked('defaultAward')).toBe('尚未登记开庭情况：开庭后登记被申请人无正当理由未到庭，才能缺席裁决');
    t.clock.advance(6 * DAY); // 2026-12-01
    const signed = await serve(t, f, toWorker, '扎西', '2026-12-01');
    await serve(t, f, toEmployer, EMPLOYER, '2026-12-01', 'unconfirmed');
    await f.arbitrator.call('services.void', { id: signed.id, reason: '签收人并非申请人本人' });
    t.clock.advance(14 * DAY); // 2026-12-15
    await held(f, h, false, false);
    expect(await blocked('deemWithdrawn')).toBe(`扎西的开庭通知书没有送达回证（电子送达未经其确认的不算），不能认定经书面通知，不能按撤回仲裁申请处理（视为撤回）（《劳动争议调解仲裁法》第三十六条第一款；${ARTS}）`);
    const refused = await unchanged(t, f.arbitrator, 'proceedings.act', { proceedingId: f.proceedingId, action: 'defaultAward', input: { date: '2026-12-15' }, expectedRowVersion: (await f.proceeding()).rowVersion });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: `${EMPLOYER}的开庭通知书没有送达回证（电子送达未经其确认的不算），不能认定经书面通知，不能缺席裁决（《劳动争议调解仲裁法》第三十六条第二款；${ARTS}）` },
    });
    expect((await f.proceeding()).statusLabel).toBe('仲裁庭已组成');
  });

  it('a party who came is not treated as absent; 缺席裁决 on a served respondent is recorded, the award still due', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { f, h, toWorker, toEmployer } = await booked(t);
    t.clock.advance(6 * DAY); // 2026-12-01
    await serve(t, f, toWorker, '扎西', '2026-12-01');
    t.clock.advance(DAY); // 2026-12-02
    await serve(t, f, toEmployer, EMPLOYER, '2026-12-02');
    t.clock.advance(13 * DAY); // 2026-12-15
    await held(f, h, true, false);
    expect((await f.proceeding()).actions.find((x) => x.action === 'deemWithdrawn')!.blockedBy).toBe('2026-12-15 开庭时申请人到庭，不能按撤回仲裁申请处理（视为撤回）');
    expect(await step(f, 'defaultAward', { date: '2026-12-15', note: null })).toMatchObject({ ok: true });
    const p = await f.proceeding();
    expect(p.statusLabel).toBe('被申请人缺席，待缺席裁决');
    // The award itself is still owed within the 45 days (nothing met it).
    expect(p.deadlines.find((d) => d.ruleId === 'arbitration.award')).toMatchObject({ metOn: null });
    const file = await f.arbitrator.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain(`2026-12-15 被申请人经书面通知（${EMPLOYER} 2026-12-02 送达），于 2026-12-15 无正当理由拒不到庭，决定缺席裁决`);
  });

  it('视为撤回 on a served applicant closes the case and meets the 45-day award clock', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { f, h, toWorker } = await booked(t);
    t.clock.advance(6 * DAY); // 2026-12-01
    await serve(t, f, toWorker, '扎西', '2026-12-01');
    t.clock.advance(14 * DAY); // 2026-12-15
    await held(f, h, false, true);
    expect(await step(f, 'deemWithdrawn', { date: '2026-12-14', note: null })).toMatchObject({ ok: false, error: { fields: { date: '决定日期不能早于开庭日期（2026-12-15）' } } });
    expect(await step(f, 'deemWithdrawn', { date: '2026-12-15', note: '书记员电话联系未果' })).toMatchObject({ ok: true });
    const p = await f.proceeding();
    expect(p.statusLabel).toBe('视为撤回仲裁申请');
    expect(p.deadlines.find((d) => d.ruleId === 'arbitration.award')).toMatchObject({ metOn: '2026-12-15', dueState: 'met' });
    const file = await f.arbitrator.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain('2026-12-15 申请人经书面通知（扎西 2026-12-01 送达），于 2026-12-15 无正当理由拒不到庭，按撤回仲裁申请处理：书记员电话联系未果');
  });
});
