// The hearing papers from the stored calendar: a 开庭通知书 per party of a booked hearing, with the statutory elements
// of 调解仲裁法 Arts. 35–36 read back from the rendered PDF; a second paper for the same party refused; its 送达
// recorded per party; the notices of a week's hearings made in one batch job (progress, nothing made twice, cancel).
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { cardPng } from '../fixtures/images';
import { businessCounts, testCore, type TestCore } from '../helpers/core';
import { arbitrationFile, arbitrators, compose, rooms, serveApplication, slot } from '../helpers/hearings';
import { versionText } from '../helpers/pdf-text';

async function bookedCase(t: TestCore, roomId: string, worker = '扎西', employer = '日喀则市华建建筑工程有限公司', over: Record<string, unknown> = {}, tribunal: Record<string, unknown> = {}) {
  const f = await arbitrationFile(t, worker, employer);
  expect(await compose(f, t, tribunal)).toMatchObject({ ok: true });
  await serveApplication(t, f, '2026-11-25');
  const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, roomId, over));
  const { recipients } = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
  return { ...f, hearing: h, recipient: (name: string) => recipients.find((r) => r.name === name)!.recipientId };
}

const notice = (hearingId: string, recipientId: string) => ({ kind: 'hearingNotice' as const, source: 'hearing' as const, hearingId, recipientId });

describe('开庭通知书 from the stored hearing (调解仲裁法 Arts. 35–36)', () => {
  it('names the case, the parties, the tribunal and clerk, the room, day and time, what to bring and each side’s consequence of absence', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one } = await rooms(t);
    const f = await bookedCase(t, one.id);
    const [toWorker] = await f.arbitrator.call('documents.generate', { request: notice(f.hearing.id, f.recipient('扎西')), caseFileId: null });
    expect(toWorker).toMatchObject({ kind: 'hearingNotice', caseFileId: f.caseFileId, number: f.hearing.caseNumber });
    const text = await versionText(f.arbitrator, toWorker!.versions[0]!.id);
    for (const s of [
      '开庭通知书',
      f.hearing.caseNumber!,
      '扎西：',
      '申请人扎西与被申请人日喀则市华建建筑工程有限公司劳动争议一案',
      '定于2026年12月15日上午9时30分在本委第一仲裁庭开庭审理',
      '首席仲裁员王芳、仲裁员李明、罗布',
      '书记员央金',
      '本人居民身份证原件',
      '可以视为撤回仲裁申请（《中华人民共和国劳动争议调解仲裁法》第三十六条第一款）',
      '开庭三日前',
      '劳动人事争议仲裁委员会',
    ]) expect(text, s).toContain(s.replace(/\s+/g, ''));
    expect(text).not.toContain('缺席裁决');
    const [toEmployer] = await f.arbitrator.call('documents.generate', { request: notice(f.hearing.id, f.recipient('日喀则市华建建筑工程有限公司')), caseFileId: null });
    const employerText = await versionText(f.arbitrator, toEmployer!.versions[0]!.id);
    expect(employerText).toContain('日喀则市华建建筑工程有限公司：');
    expect(employerText).toContain('仲裁庭可以缺席裁决（《中华人民共和国劳动争议调解仲裁法》第三十六条第二款）');
    expect(employerText).toContain('法定代表人身份证明书');
    expect(employerText).not.toContain('视为撤回');
  }, 60_000);

  it('refuses a second paper for the same party, a postponed hearing and a stranger as recipient; the notice’s 送达 is recorded per party', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one, two } = await rooms(t);
    const f = await bookedCase(t, one.id);
    const other = await bookedCase(t, two.id, '次仁', '西藏高原路桥工程有限公司', { date: '2026-12-16' }, { form: 'sole', presidingStaffId: t.staff['罗布']!, memberStaffIds: [], clerkStaffId: t.staff['德吉']! });
    const [paper] = await f.arbitrator.call('documents.generate', { request: notice(f.hearing.id, f.recipient('扎西')), caseFileId: null });
    const before = businessCounts(t.core);
    expect(await f.arbitrator.invoke('documents.generate', { request: notice(f.hearing.id, f.recipient('扎西')), caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: `已为扎西制作了 2026-12-15 开庭的开庭通知书（${f.hearing.caseNumber}）；内容有误的，请先作废该文书再重新制作` },
    });
    expect(await f.arbitrator.invoke('documents.generate', { request: notice(f.hearing.id, other.recipient('次仁')), caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { recipientId: '受送达人不是本次开庭案件的当事人' } },
    });
    expect(businessCounts(t.core)).toEqual(before);

    t.clock.advance(86_400_000);
    const listed = () => f.arbitrator.call('services.list', { caseFileId: f.caseFileId }).then((l) => l.documents.find((d) => d.documentId === paper!.id)!);
    // Addressed to 扎西: owed to him alone, and not recorded as served on the employer.
    expect((await listed()).unserved.map((u) => u.name)).toEqual(['扎西']);
    const serve = (recipientId: string) => ({
      documentId: paper!.id,
      proceedingId: f.proceedingId,
      recipientId,
      method: 'direct' as const,
      servedAt: instantOf('2026-11-26', '09:00'),
      receivedBy: '扎西',
      relation: 'self' as const,
      servedBy: t.staff['王芳']!,
      witnesses: [],
      proofs: [{ purpose: 'receipt' as const, fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
    });
    expect(await f.arbitrator.invoke('services.record', serve(f.recipient('日喀则市华建建筑工程有限公司')))).toMatchObject({
      ok: false,
      error: { fields: { recipientId: '该开庭通知书是致扎西的，不能登记为向日喀则市华建建筑工程有限公司送达；请为日喀则市华建建筑工程有限公司制作其本人的通知书' } },
    });
    await f.arbitrator.call('services.record', serve(f.recipient('扎西')));
    const served = await listed();
    expect(served.unserved).toEqual([]);
    expect(served.services.map((s) => [s.recipientName, s.servedOn])).toEqual([['扎西', '2026-11-26']]);

    const moved = await f.arbitrator.call('hearings.postpone', {
      hearingId: f.hearing.id,
      expectedRowVersion: f.hearing.rowVersion,
      requestedBy: 'tribunal',
      requestedOn: null,
      reason: '首席仲裁员参加培训',
      ...slot(f.proceedingId, one.id, { date: '2026-12-17' }),
    });
    expect(await f.arbitrator.invoke('documents.generate', { request: notice(f.hearing.id, f.recipient('日喀则市华建建筑工程有限公司')), caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '2026-12-15 09:30 的开庭已经延期，不能再为其制作开庭通知书；请为新的开庭安排制作' },
    });
    expect(await f.arbitrator.invoke('documents.generate', { request: notice(moved.id, f.recipient('扎西')), caseFileId: null })).toMatchObject({ ok: true });
  }, 60_000);
});

describe('the week’s notices in one batch (documents.batch)', () => {
  it('lists one notice per party of each hearing, makes them as a job with progress, and never makes one twice', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one, two } = await rooms(t);
    const a = await bookedCase(t, one.id);
    const b = await bookedCase(t, two.id, '次仁', '西藏高原路桥工程有限公司', { date: '2026-12-16' }, { form: 'sole', presidingStaffId: t.staff['罗布']!, memberStaffIds: [], clerkStaffId: t.staff['德吉']! });
    // One made already by hand: the batch leaves it out.
    await a.arbitrator.call('documents.generate', { request: notice(a.hearing.id, a.recipient('扎西')), caseFileId: null });
    const week = { from: '2026-12-14', to: '2026-12-20' };
    const owed = await a.arbitrator.call('hearings.noticeRequests', week);
    expect(owed.alreadyIssued).toBe(1);
    expect(owed.items.map((i) => [i.date, i.recipient])).toEqual([
      ['2026-12-15', '日喀则市华建建筑工程有限公司'],
      ['2026-12-16', '次仁'],
      ['2026-12-16', '西藏高原路桥工程有限公司'],
    ]);
    const progress: string[] = [];
    const off = t.core.events.subscribe((e) => e.type === 'job.progress' && progress.push(e.job.message ?? ''));
    const job = await a.arbitrator.call('documents.batch', { requests: owed.items.map((i) => i.request), caseFileId: null });
    const done = await t.core.services!.jobs.wait(job.id);
    off();
    expect(done).toMatchObject({ status: 'succeeded', done: 3, total: 3, result: { issued: 3, failures: [], cancelled: false } });
    expect(progress.at(-1)).toBe('已制作 3/3 份');
    // Each filed in its own case, numbered by its case number.
    const filed = t.core.services!.db.prepare("SELECT case_file_id AS f, number FROM documents WHERE kind = 'hearingNotice' ORDER BY created_at").all() as { f: string; number: string }[];
    expect(filed.map((d) => d.f)).toEqual([a.caseFileId, a.caseFileId, b.caseFileId, b.caseFileId]);
    expect(filed[3]!.number).toBe(b.hearing.caseNumber);
    expect(await a.arbitrator.call('hearings.noticeRequests', week)).toEqual({ items: [], alreadyIssued: 4 });
    expect(await a.arbitrator.invoke('hearings.noticeRequests', { from: '2026-12-20', to: '2026-12-14' })).toMatchObject({ ok: false, error: { fields: { to: '结束日期不能早于开始日期' } } });
  }, 90_000);

  it('cancelled, stops between notices: what was made stays made, the rest is still owed', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one } = await rooms(t);
    const a = await bookedCase(t, one.id);
    const week = { from: '2026-12-14', to: '2026-12-20' };
    const owed = await a.arbitrator.call('hearings.noticeRequests', week);
    expect(owed.items).toHaveLength(2);
    const job = await a.arbitrator.call('documents.batch', { requests: owed.items.map((i) => i.request), caseFileId: null });
    await a.arbitrator.call('jobs.cancel', { jobId: job.id });
    const done = await t.core.services!.jobs.wait(job.id);
    expect(done.status).toBe('cancelled');
    const made = (t.core.services!.db.prepare("SELECT count(*) AS n FROM documents WHERE kind = 'hearingNotice'").get() as { n: number }).n;
    expect(made).toBeLessThan(2);
    const left = await a.arbitrator.call('hearings.noticeRequests', week);
    expect(left.items.length + left.alreadyIssued).toBe(2);
    expect(left.alreadyIssued).toBe(made);
  }, 60_000);
});

describe('仲裁庭组成通知书 from the stored 组庭 step (调解仲裁法 Arts. 31–33)', () => {
  it('is refused before 组庭; made after it, names the tribunal as composed, the clerk and the right to recusal, and is offered among the case’s papers', async () => {
    const t = await testCore();
    await arbitrators(t);
    const f = await arbitrationFile(t);
    const before = businessCounts(t.core);
    expect(await f.arbitrator.invoke('documents.generate', { request: { kind: 'tribunalNotice', proceedingId: f.proceedingId }, caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '本案尚未组成仲裁庭，不能制作仲裁庭组成通知书；请先在办案步骤中完成“组成仲裁庭”' },
    });
    expect(businessCounts(t.core)).toEqual(before);
    await compose(f, t);
    const work = await f.arbitrator.call('casework.get', { caseFileId: f.caseFileId });
    expect(work.proceedings.find((p) => p.kind === 'arbitration')!.papers).toEqual([
      { kind: 'respondentNotice', label: '应诉通知书', step: '受理' },
      { kind: 'tribunalNotice', label: '仲裁庭组成通知书', step: '组成仲裁庭' },
    ]);
    const [paper] = await f.arbitrator.call('documents.generate', { request: { kind: 'tribunalNotice', proceedingId: f.proceedingId }, caseFileId: null });
    expect(paper).toMatchObject({ kind: 'tribunalNotice', caseFileId: f.caseFileId });
    const text = await versionText(f.arbitrator, paper!.versions[0]!.id);
    for (const s of [
      '劳动人事争议仲裁委员会',
      '仲裁庭组成通知书',
      paper!.number!,
      '扎西、日喀则市华建建筑工程有限公司：',
      '本委已于2026年11月25日受理',
      '本案由仲裁员王芳担任首席仲裁员，仲裁员李明、罗布组成合议仲裁庭审理，书记员央金担任记录。',
      '第三十三条规定的应当回避情形',
      '2026年11月25日',
    ]) expect(text, s).toContain(s);
    // Owed to every party; its service moves no clock.
    const listed = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).documents.find((d) => d.documentId === paper!.id)!;
    expect(listed.unserved.map((u) => u.name).sort()).toEqual(['扎西', '日喀则市华建建筑工程有限公司'].sort());
  }, 60_000);
});
