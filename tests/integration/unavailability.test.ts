// Arbitrators' and clerks' unavailable days: recorded (refused for someone who does not sit, a period backwards or
// overlapping one already recorded), listed by period, withdrawn with a reason; booking or postponing a hearing on
// such a day is refused naming the person, the days and the reason — for an arbitrator and for the clerk — and
// allowed again once the absence is withdrawn. Recording one names the hearings already booked in it.
import { describe, expect, it } from 'vitest';
import { businessCounts, testCore } from '../helpers/core';
import { arbitrationFile, arbitrators, compose, rooms, serveApplication, slot, unchanged } from '../helpers/hearings';

describe('unavailable days (请假、培训)', () => {
  it('refuses a hearing on a day an arbitrator or the clerk is away, naming them and why; withdrawn, the day is free again', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one } = await rooms(t);
    const f = await arbitrationFile(t);
    expect(await compose(f, t)).toMatchObject({ ok: true });
    await serveApplication(t, f, '2026-11-25');
    const leader = f.leader;

    const training = await leader.call('hearings.addUnavailability', { staffId: t.staff['李明']!, fromDate: '2026-12-14', toDate: '2026-12-16', kind: 'training', reason: '参加全区仲裁员业务培训' });
    expect(training).toMatchObject({ entry: { name: '李明', fromDate: '2026-12-14', toDate: '2026-12-16', kind: 'training', recordedBy: '李强' }, affected: [] });
    await leader.call('hearings.addUnavailability', { staffId: t.staff['央金']!, fromDate: '2026-12-17', toDate: '2026-12-17', kind: 'leave', reason: '家中有事请事假' });

    const onTraining = await unchanged(t, f.arbitrator, 'hearings.schedule', slot(f.proceedingId, one.id));
    expect(onTraining).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '排期冲突：仲裁员李明 2026-12-14 至 2026-12-16 培训（参加全区仲裁员业务培训），2026-12-15 不能安排其开庭', fields: { start: expect.stringContaining('仲裁员李明') } },
    });
    // The review shows it before booking, like any clash.
    expect((await f.arbitrator.call('hearings.review', { ...slot(f.proceedingId, one.id), hearingId: null })).clashes).toEqual(['仲裁员李明 2026-12-14 至 2026-12-16 培训（参加全区仲裁员业务培训），2026-12-15 不能安排其开庭']);
    expect(await unchanged(t, f.arbitrator, 'hearings.schedule', slot(f.proceedingId, one.id, { date: '2026-12-17' }))).toMatchObject({
      ok: false,
      error: { message: '排期冲突：书记员央金 2026-12-17 请假（家中有事请事假），2026-12-17 不能安排其开庭' },
    });
    const booked = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id, { date: '2026-12-18' }));

    // A postponement onto the training day is refused the same way.
    expect(
      await unchanged(t, f.arbitrator, 'hearings.postpone', { hearingId: booked.id, expectedRowVersion: booked.rowVersion, requestedBy: 'tribunal', requestedOn: null, reason: '庭室维修', ...slot(f.proceedingId, one.id, { date: '2026-12-16' }) }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('仲裁员李明 2026-12-14 至 2026-12-16 培训') } });

    // Recorded after the booking: the hearing already booked in the period is named (to postpone or re-seat).
    const later = await leader.call('hearings.addUnavailability', { staffId: t.staff['王芳']!, fromDate: '2026-12-18', toDate: '2026-12-18', kind: 'other', reason: '出庭应诉' });
    expect(later.affected).toEqual([`2026-12-18 09:30—11:00 第一仲裁庭：${booked.caseNumber}`]);

    expect((await f.arbitrator.call('hearings.unavailability', { from: '2026-12-15', to: '2026-12-17' })).map((u) => u.name)).toEqual(['李明', '央金']);
    await leader.call('hearings.withdrawUnavailability', { id: training.entry.id, reason: '培训延期至明年' });
    expect((await f.arbitrator.call('hearings.unavailability', { from: '2026-12-15', to: '2026-12-17' })).map((u) => u.name)).toEqual(['央金']);
    expect(await leader.invoke('hearings.withdrawUnavailability', { id: training.entry.id, reason: '培训延期至明年' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该登记已经撤销' } });
    const b = await arbitrationFile(t, '次仁', '西藏高原路桥工程有限公司');
    expect(await compose(b, t, { form: 'sole', presidingStaffId: t.staff['李明']!, memberStaffIds: [], clerkStaffId: t.staff['德吉']! })).toMatchObject({ ok: true });
    await serveApplication(t, b, '2026-11-25');
    expect(await b.arbitrator.invoke('hearings.schedule', slot(b.proceedingId, one.id))).toMatchObject({ ok: true });
  }, 60_000);

  it('refuses to record a period backwards, overlapping another of the same person, or for someone who does not sit — and writes nothing', async () => {
    const t = await testCore();
    await arbitrators(t);
    const f = await arbitrationFile(t);
    await f.leader.call('hearings.addUnavailability', { staffId: t.staff['王芳']!, fromDate: '2026-12-01', toDate: '2026-12-05', kind: 'leave', reason: '休年休假五日' });
    const before = businessCounts(t.core);
    expect(await f.leader.invoke('hearings.addUnavailability', { staffId: t.staff['王芳']!, fromDate: '2026-12-10', toDate: '2026-12-09', kind: 'leave', reason: '休年休假五日' })).toMatchObject({
      ok: false,
      error: { fields: { toDate: '结束日期不能早于开始日期' } },
    });
    expect(await f.leader.invoke('hearings.addUnavailability', { staffId: t.staff['王芳']!, fromDate: '2026-12-05', toDate: '2026-12-08', kind: 'training', reason: '业务培训' })).toMatchObject({
      ok: false,
      error: { fields: { fromDate: '王芳已登记 2026-12-01 至 2026-12-05 请假，与本次登记的日期重叠；请先撤销原登记或调整日期' } },
    });
    expect(await f.leader.invoke('hearings.addUnavailability', { staffId: t.staff['张伟']!, fromDate: '2026-12-05', toDate: '2026-12-08', kind: 'leave', reason: '休年休假五日' })).toMatchObject({
      ok: false,
      error: { fields: { staffId: '只能为本单位在职的仲裁员或书记员登记不可安排开庭的日期' } },
    });
    expect(businessCounts(t.core)).toEqual(before);
    // The desk does not schedule hearings.
    expect(await t.client.invoke('hearings.addUnavailability', { staffId: t.staff['王芳']!, fromDate: '2026-12-10', toDate: '2026-12-10', kind: 'leave', reason: '休年休假五日' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }, 60_000);
});
