// The 延期开庭通知书 from a stored postponement: one per party, naming the case, the parties, the hearing postponed,
// who asked and why (or the tribunal's own decision), the new day, time and room and the recipient's own consequence
// of absence (调解仲裁法 Arts. 35–36), read back from the rendered PDF; refused for a hearing not postponed, a second
// paper for the same party, a stranger; served per party, its service meets the new hearing's notice clock (it
// carries the new day and time: it is that hearing's notice).
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { cardPng } from '../fixtures/images';
import { businessCounts, testCore, type TestCore } from '../helpers/core';
import { arbitrationFile, arbitrators, compose, rooms, serveApplication, slot } from '../helpers/hearings';
import { versionText } from '../helpers/pdf-text';

const EMPLOYER = '日喀则市华建建筑工程有限公司';
const LAW = '《中华人民共和国劳动争议调解仲裁法》';

async function postponedCase(t: TestCore, requestedBy: 'applicant' | 'respondent' | 'tribunal', reason: string) {
  await arbitrators(t);
  const { one, two } = await rooms(t);
  const f = await arbitrationFile(t);
  expect(await compose(f, t)).toMatchObject({ ok: true });
  await serveApplication(t, f, '2026-11-25');
  const old = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id));
  const next = await f.arbitrator.call('hearings.postpone', {
    hearingId: old.id,
    expectedRowVersion: old.rowVersion,
    requestedBy,
    requestedOn: requestedBy === 'tribunal' ? null : '2026-11-25',
    reason,
    date: '2026-12-22',
    start: '14:30',
    end: '16:00',
    roomId: two.id,
  });
  const { recipients } = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
  return { ...f, old, next, roomName: two.name, recipient: (name: string) => recipients.find((r) => r.name === name)!.recipientId };
}

const paper = (hearingId: string, recipientId: string) => ({ kind: 'postponementNotice' as const, hearingId, recipientId });
const flat = (s: string) => s.replace(/\s+/g, '');

describe('延期开庭通知书 from the stored postponement (调解仲裁法 Arts. 35–36)', () => {
  it('names the case, the parties, the old hearing, who asked and why, the new day, time and room, and each side’s consequence of absence', async () => {
    const t = await testCore();
    const f = await postponedCase(t, 'respondent', '法定代表人住院治疗');
    const [toWorker] = await f.arbitrator.call('documents.generate', { request: paper(f.old.id, f.recipient('扎西')), caseFileId: null });
    expect(toWorker).toMatchObject({ kind: 'postponementNotice', caseFileId: f.caseFileId, number: f.old.caseNumber, title: '延期开庭通知书' });
    const text = await versionText(f.arbitrator, toWorker!.versions[0]!.id);
    for (const s of [
      '延期开庭通知书',
      f.old.caseNumber!,
      '扎西：',
      `申请人扎西与被申请人${EMPLOYER}劳动争议一案，本委原定于2026年12月15日上午9时30分开庭审理`,
      `被申请人${EMPLOYER}于2026年11月25日以“法定代表人住院治疗”为由申请延期开庭`,
      `本委经审查，决定延期开庭（${LAW}第三十五条）`,
      `本案改定于2026年12月22日下午2时30分在本委${f.roomName}开庭审理，请你准时到庭`,
      `可以视为撤回仲裁申请（${LAW}第三十六条第一款）`,
      '劳动人事争议仲裁委员会',
    ]) expect(text, s).toContain(flat(s));
    expect(text).not.toContain('缺席裁决');
    const [toEmployer] = await f.arbitrator.call('documents.generate', { request: paper(f.old.id, f.recipient(EMPLOYER)), caseFileId: null });
    const employerText = await versionText(f.arbitrator, toEmployer!.versions[0]!.id);
    expect(employerText).toContain(flat(`${EMPLOYER}：`));
    expect(employerText).toContain('请你单位准时到庭');
    expect(employerText).toContain(flat(`仲裁庭可以缺席裁决（${LAW}第三十六条第二款）`));
    expect(employerText).not.toContain('视为撤回');
  }, 60_000);

  it('says the tribunal decided itself; refuses a hearing not postponed, a second paper and a stranger, changing nothing', async () => {
    const t = await testCore();
    const f = await postponedCase(t, 'tribunal', '首席仲裁员另有公务');
    const [doc] = await f.arbitrator.call('documents.generate', { request: paper(f.old.id, f.recipient('扎西')), caseFileId: null });
    const text = await versionText(f.arbitrator, doc!.versions[0]!.id);
    expect(text).toContain(flat(`因首席仲裁员另有公务，本委决定延期开庭（${LAW}第三十五条）`));
    expect(text).not.toContain('申请延期开庭');
    const other = await arbitrationFile(t, '次仁', '西藏高原路桥工程有限公司');
    const { recipients } = await other.arbitrator.call('services.list', { caseFileId: other.caseFileId });
    const before = businessCounts(t.core);
    expect(await f.arbitrator.invoke('documents.generate', { request: paper(f.next.id, f.recipient('扎西')), caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '2026-12-22 14:30 的开庭没有延期，不能制作延期开庭通知书；需要通知开庭的，请制作开庭通知书' },
    });
    expect(await f.arbitrator.invoke('documents.generate', { request: paper(f.old.id, f.recipient('扎西')), caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: `已为扎西制作了 2026-12-15 开庭延期的延期开庭通知书（${f.old.caseNumber}）；内容有误的，请先作废该文书再重新制作` },
    });
    expect(await f.arbitrator.invoke('documents.generate', { request: paper(f.old.id, recipients.find((r) => r.name === '次仁')!.recipientId), caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { recipientId: '受送达人不是本案的当事人' } },
    });
    expect(businessCounts(t.core)).toEqual(before);
  }, 60_000);

  it('is served per party, and its service meets that party’s notice clock of the new hearing', async () => {
    const t = await testCore();
    const f = await postponedCase(t, 'applicant', '申请人在外地务工，无法按期到庭');
    const clocks = async () =>
      (await f.proceeding()).deadlines
        .filter((d) => d.ruleId === 'arbitration.hearingNotice')
        .map((d) => [d.label, d.dueDate, d.dueState, d.metOn])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    // The new hearing 12-22 (Tue) less 5 working days: 12-21, 12-18, 12-17, 12-16, 12-15.
    expect(await clocks()).toEqual([
      ['开庭通知送达（开庭前）（扎西）', '2026-12-15', 'running', null],
      [`开庭通知送达（开庭前）（${EMPLOYER}）`, '2026-12-15', 'running', null],
    ]);
    const [doc] = await f.arbitrator.call('documents.generate', { request: paper(f.old.id, f.recipient('扎西')), caseFileId: null });
    t.clock.advance(86_400_000);
    const serve = (recipientId: string, receivedBy: string) => ({
      documentId: doc!.id,
      proceedingId: f.proceedingId,
      recipientId,
      method: 'direct' as const,
      servedAt: instantOf('2026-11-26', '09:00'),
      receivedBy,
      relation: 'self' as const,
      servedBy: t.staff['王芳']!,
      witnesses: [],
      proofs: [{ purpose: 'receipt' as const, fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
    });
    expect(await f.arbitrator.invoke('services.record', serve(f.recipient(EMPLOYER), '达瓦'))).toMatchObject({
      ok: false,
      error: { fields: { recipientId: `该延期开庭通知书是致扎西的，不能登记为向${EMPLOYER}送达；请为${EMPLOYER}制作其本人的通知书` } },
    });
    await f.arbitrator.call('services.record', serve(f.recipient('扎西'), '扎西'));
    expect(await clocks()).toEqual([
      ['开庭通知送达（开庭前）（扎西）', '2026-12-15', 'met', '2026-11-26'],
      [`开庭通知送达（开庭前）（${EMPLOYER}）`, '2026-12-15', 'running', null],
    ]);
  }, 60_000);
});
