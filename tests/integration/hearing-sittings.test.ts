// One sitting (庭次) for several cases of a 系列案 through dispatch (issue #13: "a booking names … the cases heard
// (several for a 系列案)"): six workers' cases accepted as a series on 2026-11-25, the tribunal composed on each, the
// application's copy served on the employer in each; then one booking for all of them — a row per case sharing the
// sitting, the room's seats counted over every party of the sitting, each case checked on its own and a refusal naming
// it, clashes with other bookings read as one, postponement and outcome for one case or for all, and the 开庭通知书 of
// the sitting's cases in one batch.
import { describe, expect, it } from 'vitest';
import { businessCounts, testCore } from '../helpers/core';
import { arbitrationFile, compose, DAY, rooms, slot, unchanged } from '../helpers/hearings';
import { EMPLOYER, series, seriesNo } from '../helpers/series-sitting';

const NO = seriesNo;


describe('one sitting for the cases of a 系列案', () => {
  it('books six cases together — a row per case sharing the sitting — in a room whose seats hold every party; the calendar and the file show it', async () => {
    const t = await testCore();
    const { one, two } = await rooms(t);
    const s = await series(t, 6);
    // Six workers and their one employer: 7 parties, 2 seats each = 14 > 12.
    const full = await unchanged(t, s.arbitrator, 'hearings.schedule', { ...slot(s.ids[0]!, two.id), jointProceedingIds: s.ids.slice(1) });
    expect(full).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { roomId: '第二仲裁庭可容纳12人，本庭次6件案件的当事人7方（每方按2人计，含代理人）共14人，容纳不下；请选择更大的仲裁庭室' } } });
    // The review shows the same before booking.
    expect(await s.arbitrator.invoke('hearings.review', { ...slot(s.ids[0]!, two.id), hearingId: null, jointProceedingIds: s.ids.slice(1) })).toMatchObject({ ok: false, error: { fields: { roomId: expect.stringContaining('共14人') } } });
    // The first room holds them (20 seats).
    const r = await s.book(one.id);
    expect(r).toMatchObject({ ok: true });
    const h = r.ok ? r.value : null!;
    expect(h.sittingId).not.toBeNull();
    expect(h.sittingCases.map((c) => [c.caseNumber, c.applicants.join(''), c.status])).toEqual(s.cases.map((c) => [c.number, c.applicant, 'scheduled']));
    const listed = await s.arbitrator.call('hearings.list', { from: '2026-12-15', to: '2026-12-15', staffId: null });
    expect(listed.hearings).toHaveLength(6);
    expect(new Set(listed.hearings.map((x) => x.sittingId))).toEqual(new Set([h.sittingId]));
    expect(listed.hearings.map((x) => [x.roomName, x.start, x.clerk.name, x.arbitrators.map((a) => a.name).join('、')])).toEqual(Array(6).fill(['第一仲裁庭', '09:30', '央金', '王芳、李明、罗布']));
    // The file's panel lists every case's hearing, and each case as ready to join a sitting.
    const c = await s.arbitrator.call('hearings.ofCase', { caseFileId: s.caseFileId });
    expect(c.hearings.map((x) => x.caseNumber)).toEqual(s.cases.map((x) => x.number));
    expect(c.seriesCases.map((x) => [x.caseNumber, x.blockedBy, x.actBlockedBy])).toEqual(s.cases.map((x) => [x.number, null, null]));
    // Each case's timeline and stored clock: its own hearing, told it is heard with the others.
    const file = await s.arbitrator.call('cases.get', { id: s.caseFileId });
    for (const x of s.cases) expect(file.events.map((e) => e.summary)).toContain(`${x.number}：安排于 2026-12-15 09:30—11:00 在第一仲裁庭开庭（合议庭（三名仲裁员））（与本系列案其他5件案件合并开庭），开庭通知书最迟应于 2026-12-08 送达`);
    // Another case at that time in that room, with the same arbitrators: the sitting clashes as one booking, once per resource.
    const other = await arbitrationFile(t, '普琼', '西藏高原路桥工程有限公司');
    await compose(other, t);
    const clash = await unchanged(t, other.arbitrator, 'hearings.schedule', slot(other.proceedingId, one.id));
    expect(clash).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { roomId: `第一仲裁庭已安排${NO(1)}等6件系列案件（合并开庭）于 2026-12-15 09:30—11:00 开庭，同一时段不能再安排` } } });
    expect(clash.ok ? '' : clash.error.message.split('；')).toHaveLength(5);
  }, 120_000);

  it('checks each case on its own and names the one refused: not composed, another tribunal, the defence period — nothing written', async () => {
    const t = await testCore();
    const { one } = await rooms(t);
    // Case 3 has another clerk, case 6 no tribunal yet; case 5's copy is not served (it goes with the notice).
    const s = await series(t, 6, { tribunal: (k) => (k === 5 ? null : k === 2 ? { clerkStaffId: t.staff['德吉']! } : {}), served: (k) => k !== 4 });
    const refused = async (which: number[], over: Record<string, unknown> = {}) => {
      const before = businessCounts(t.core);
      const r = await s.book(one.id, over, which.map((k) => s.ids[k]!));
      expect(businessCounts(t.core)).toEqual(before);
      return r;
    };
    expect(await refused([0, 1, 5])).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: `${NO(6)}（申请人旺堆）：仲裁庭组成之后才能安排开庭（《劳动争议调解仲裁法》第三十二条）` } });
    expect(await refused([0, 2])).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: `${NO(3)}（申请人达瓦）的仲裁庭组成与${NO(1)}（申请人扎西）不同，不能合并开庭；合并审理的案件应由同一仲裁庭、同一书记员审理，请变更其组成或单独安排开庭` },
    });
    // 12-11: past the defence of the cases served on 11-25 (to 12-09), inside case 5's (its copy goes with the notice).
    const early = await refused([0, 1, 3, 4], { date: '2026-12-11' });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { date: expect.stringContaining(`${NO(5)}（申请人格桑）：`) } } });
    expect(early.ok ? '' : early.error.fields!.date).toContain('答辩期至 2026-12-11');
    // A case of another file is no case of this series.
    const stranger = await arbitrationFile(t, '普琼', '西藏高原路桥工程有限公司');
    expect(await refused([0], { jointProceedingIds: [stranger.proceedingId] })).toMatchObject({ ok: false, error: { fields: { jointProceedingIds: expect.stringContaining('所选案件不属于本系列案') } } });
    // The file says which cannot join now; the four ready ones are booked together.
    const c = await s.arbitrator.call('hearings.ofCase', { caseFileId: s.caseFileId });
    expect(c.seriesCases.map((x) => x.blockedBy)).toEqual([null, null, '仲裁庭组成与本系列第一件案件不同', null, null, '仲裁庭组成之后才能安排开庭（《劳动争议调解仲裁法》第三十二条）']);
    // Its own hearing's acts are not held back by a tribunal unlike the first case's: only by the case's own state.
    expect(c.seriesCases.map((x) => x.actBlockedBy)).toEqual([null, null, null, null, null, '仲裁庭组成之后才能安排开庭（《劳动争议调解仲裁法》第三十二条）']);
    const ok = await s.book(one.id, {}, [0, 1, 3, 4].map((k) => s.ids[k]!));
    expect(ok.ok && ok.value.sittingCases.map((x) => x.caseNumber)).toEqual([NO(1), NO(2), NO(4), NO(5)]);
  }, 120_000);

  it('postpones one case apart or the whole sitting; records the outcome for one case or for all', async () => {
    const t = await testCore();
    const { one, two } = await rooms(t);
    const s = await series(t, 4);
    const booked = await s.book(one.id);
    const first = booked.ok ? booked.value : null!;
    const hearingOf = async (k: number, status = 'scheduled') => (await s.arbitrator.call('hearings.ofCase', { caseFileId: s.caseFileId })).hearings.find((h) => h.proceedingId === s.ids[k] && h.status === status)!;
    // Case 2 alone: the tribunal moves it to 12-16 in the second room; the others stay.
    const second = await hearingOf(1);
    const moved = await s.arbitrator.call('hearings.postpone', { hearingId: second.id, expectedRowVersion: second.rowVersion, requestedBy: 'tribunal', requestedOn: null, reason: '申请人次仁住院治疗', ...slot(s.ids[1]!, two.id, { date: '2026-12-16' }) });
    expect(moved).toMatchObject({ date: '2026-12-16', sittingId: null, sittingCases: [], replacesId: second.id });
    const stays = await hearingOf(0);
    expect(stays.sittingCases.map((x) => [x.caseNumber, x.status])).toEqual([[NO(1), 'scheduled'], [NO(2), 'postponed'], [NO(3), 'scheduled'], [NO(4), 'scheduled']]);
    // The whole sitting (the three left in it) to 12-17, at the same time in the same room: a new sitting, and case 2 untouched.
    const all = await s.arbitrator.call('hearings.postpone', { hearingId: stays.id, expectedRowVersion: stays.rowVersion, requestedBy: 'tribunal', requestedOn: null, reason: '仲裁庭需调取工资发放记录', ...slot(s.ids[0]!, one.id, { date: '2026-12-17' }), wholeSitting: true });
    expect(all.sittingId).not.toBe(first.sittingId);
    expect(all.sittingCases.map((x) => [x.caseNumber, x.status])).toEqual([[NO(1), 'scheduled'], [NO(3), 'scheduled'], [NO(4), 'scheduled']]);
    const c = await s.arbitrator.call('hearings.ofCase', { caseFileId: s.caseFileId });
    expect(c.hearings.filter((h) => h.status === 'scheduled').map((h) => [h.caseNumber, h.date]).sort()).toEqual([[NO(1), '2026-12-17'], [NO(2), '2026-12-16'], [NO(3), '2026-12-17'], [NO(4), '2026-12-17']]);
    expect(c.hearings.filter((h) => h.status === 'postponed')).toHaveLength(4);
    const file = await s.arbitrator.call('cases.get', { id: s.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain(`${NO(2)}：延期开庭（仲裁庭决定，理由：申请人次仁住院治疗）：原定 2026-12-15 09:30，改于 2026-12-16 09:30—11:00 在第二仲裁庭开庭（本案单独延期，本系列其他案件仍按原定时间开庭）`);
    expect(file.events.map((e) => e.summary)).toContain(`${NO(4)}：延期开庭（仲裁庭决定，理由：仲裁庭需调取工资发放记录）：原定 2026-12-15 09:30，改于 2026-12-17 09:30—11:00 在第一仲裁庭开庭（与本系列案其他2件案件合并开庭）`);

    // The 延期开庭通知书 the old sitting owes, in one batch: its four cases (case 2 moved apart included), each party once.
    const owed = await s.arbitrator.call('hearings.postponementNoticeRequests', { hearingId: stays.id });
    expect(owed.items.map((i) => [i.caseNumber, i.recipient === EMPLOYER ? '单位' : '劳动者', i.date]).sort()).toEqual(
      [1, 2, 3, 4].flatMap((n) => [[NO(n), '劳动者', n === 2 ? '2026-12-16' : '2026-12-17'], [NO(n), '单位', n === 2 ? '2026-12-16' : '2026-12-17']]).sort(),
    );
    const made = await s.arbitrator.call('documents.batch', { requests: owed.items.map((i) => i.request), caseFileId: null });
    expect(await t.core.services!.jobs.wait(made.id)).toMatchObject({ status: 'succeeded', result: { issued: 8 } });
    expect(await s.arbitrator.call('hearings.postponementNoticeRequests', { hearingId: second.id })).toEqual({ items: [], alreadyIssued: 8 });
    // A hearing still to be held owes no such paper.
    expect(await s.arbitrator.invoke('hearings.postponementNoticeRequests', { hearingId: all.id })).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED' } });

    t.clock.advance(22 * DAY); // 2026-12-17
    // Case 3's worker did not come (notified, no good cause): that case alone; then the rest at once, both sides present.
    const third = await hearingOf(2);
    const absent = await s.arbitrator.call('hearings.recordHeld', { hearingId: third.id, expectedRowVersion: third.rowVersion, applicantAppeared: false, respondentAppeared: true, absentWithoutCause: true, note: null });
    expect(absent).toMatchObject({ status: 'held', applicantAppeared: false, nextStep: expect.stringContaining('视为撤回') });
    const firstNow = await hearingOf(0);
    const rest = await s.arbitrator.call('hearings.recordHeld', { hearingId: firstNow.id, expectedRowVersion: firstNow.rowVersion, applicantAppeared: true, respondentAppeared: true, absentWithoutCause: false, note: '双方到庭，合并审理', wholeSitting: true });
    expect(rest.sittingCases.map((x) => [x.caseNumber, x.status])).toEqual([[NO(1), 'held'], [NO(3), 'held'], [NO(4), 'held']]);
    const after = await s.arbitrator.call('hearings.ofCase', { caseFileId: s.caseFileId });
    expect(after.hearings.filter((h) => h.status === 'held').map((h) => [h.caseNumber, h.applicantAppeared, h.nextStep !== null]).sort()).toEqual([[NO(1), true, false], [NO(3), false, true], [NO(4), true, false]]);
    // Case 2 was moved apart and is still to be heard on its own day.
    expect((await hearingOf(1)).date).toBe('2026-12-16');
  }, 120_000);

  it('makes the 开庭通知书 of every case of the sitting in one batch: one per case and party, none twice', async () => {
    const t = await testCore();
    const { one, two } = await rooms(t);
    const s = await series(t, 3);
    const booked = await s.book(one.id);
    const sittingId = booked.ok ? booked.value.sittingId : null;
    // Another hearing that week stays out of the sitting's batch.
    const other = await arbitrationFile(t, '普琼', '西藏高原路桥工程有限公司');
    await compose(other, t, { form: 'sole', presidingStaffId: t.staff['罗布']!, memberStaffIds: [], clerkStaffId: t.staff['德吉']! });
    await other.arbitrator.call('hearings.schedule', slot(other.proceedingId, two.id, { date: '2026-12-16', shortNoticeAgreement: '双方当事人书面同意' }));
    const week = { from: '2026-12-14', to: '2026-12-20' };
    const owed = await s.arbitrator.call('hearings.noticeRequests', { ...week, sittingId });
    expect(owed.items.map((i) => [i.caseNumber, i.recipient])).toEqual([
      [NO(1), '扎西'],
      [NO(1), EMPLOYER],
      [NO(2), '次仁'],
      [NO(2), EMPLOYER],
      [NO(3), '达瓦'],
      [NO(3), EMPLOYER],
    ]);
    const job = await s.arbitrator.call('documents.batch', { requests: owed.items.map((i) => i.request), caseFileId: null });
    expect(await t.core.services!.jobs.wait(job.id)).toMatchObject({ status: 'succeeded', done: 6, total: 6, result: { issued: 6, failures: [] } });
    const filed = t.core.services!.db.prepare("SELECT number FROM documents WHERE kind = 'hearingNotice' ORDER BY number").all() as { number: string }[];
    expect(filed.map((d) => d.number)).toEqual([NO(1), NO(1), NO(2), NO(2), NO(3), NO(3)]);
    expect(await s.arbitrator.call('hearings.noticeRequests', { ...week, sittingId })).toEqual({ items: [], alreadyIssued: 6 });
    expect((await s.arbitrator.call('hearings.noticeRequests', week)).items.map((i) => i.recipient)).toEqual(['普琼', '西藏高原路桥工程有限公司']);
  }, 120_000);
});
