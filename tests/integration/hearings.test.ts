// The tribunal and the hearing calendar through dispatch: 组庭 refused for an arbitrator whose 仲裁员证 has run out or
// whose account is closed, and written with its 'composed' event; a hearing booked only after it, refused — with the
// reason, and nothing written — inside the defence period, too late to notice (unless the parties agreed), on a day
// off unless confirmed, and for every double booking of a room, an arbitrator or a clerk, naming the other case;
// a postponement keeps the history; a held hearing records who came and what may follow.
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../shared/domain/deadlines';
import { reviewHearingDate } from '../../shared/domain/hearings';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import { loadCalendar } from '../../electron/core/deadlines/calendar.service';
import { businessCounts, testCore } from '../helpers/core';
import { ARB, arbitrationFile, arbitrators, compose, DAY, rooms, serveApplication, slot, unchanged } from '../helpers/hearings';

describe('组庭 (调解仲裁法 Arts. 31–32)', () => {
  it('refuses an expired 仲裁员证, a closed account, someone off the team, a wrong panel — each with its reason and nothing written', async () => {
    const t = await testCore();
    await arbitrators(t);
    const f = await arbitrationFile(t);
    const before = businessCounts(t.core);
    expect(await compose(f, t, { memberStaffIds: [t.staff['李明']!, t.staff['次旦']!] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { memberStaffIds: '第2名仲裁员：次旦的仲裁员证已于 2026-11-24 到期，2026-11-25 不能担任仲裁员（《劳动争议调解仲裁法》第二十条）' } },
    });
    expect(await compose(f, t, { form: 'sole' }, false)).toMatchObject({
      ok: false,
      error: { fields: { memberStaffIds: '独任仲裁只由一名仲裁员审理，不再选择其他仲裁员', form: expect.stringContaining('独任仲裁只适用于简易处理的案件') } },
    });
    expect(await compose(f, t, { memberStaffIds: [t.staff['李明']!] })).toMatchObject({ ok: false, error: { fields: { memberStaffIds: expect.stringContaining('请再选择两名仲裁员') } } });
    expect(await compose(f, t, { clerkStaffId: t.staff['李明']! })).toMatchObject({ ok: false, error: { fields: { clerkStaffId: '书记员不能同时担任本案仲裁员' } } });
    expect(await compose(f, t, { presidingStaffId: t.staff['张伟']! })).toMatchObject({ ok: false, error: { fields: { presidingStaffId: '该仲裁员不在本案办案组中，请先将其加入办案组' } } });
    expect(businessCounts(t.core)).toEqual(before);
    // 罗布 leaves the bureau: his account is closed, and he sits on no new tribunal.
    const luobu = (await t.admin.call('staff.list', {})).find((s) => s.name === '罗布')!;
    await t.admin.call('staff.update', { ...luobu, id: luobu.id, rowVersion: luobu.rowVersion, active: false, departmentId: ARB, roles: ['arbitrator'], employment: 'fullTime' } as never);
    const after = businessCounts(t.core);
    expect(await compose(f, t)).toMatchObject({ ok: false, error: { fields: { memberStaffIds: '第2名仲裁员：罗布的账户已停用，不能担任本案仲裁员' } } });
    expect(businessCounts(t.core)).toEqual(after);
    expect((await f.proceeding()).statusLabel).toBe('已受理');
  });

  it('composes the panel with its clerk: the timeline names them, the 5-day duty is met, and the case shows its tribunal', async () => {
    const t = await testCore();
    await arbitrators(t);
    const f = await arbitrationFile(t);
    const due = (await f.proceeding()).deadlines.find((d) => d.ruleId === 'arbitration.compose')!;
    expect(due.dueDate).toBe(computeDeadline({ rule: 'arbitration.compose', start: '2026-11-25' }).due);
    expect(await compose(f, t)).toMatchObject({ ok: true });
    const p = await f.proceeding();
    expect(p.statusLabel).toBe('仲裁庭已组成');
    expect(p.deadlines.find((d) => d.ruleId === 'arbitration.compose')).toMatchObject({ metOn: '2026-11-25', dueState: 'met' });
    const file = await f.arbitrator.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain('2026-11-25 组成仲裁庭（合议庭（三名仲裁员））：首席仲裁员王芳，仲裁员李明、罗布，书记员央金；书面通知当事人');
    const c = await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId });
    expect(c.tribunal).toMatchObject({ form: 'panel', composedOn: '2026-11-25', clerk: { name: '央金' } });
    expect(c.tribunal!.arbitrators.map((a) => [a.name, a.presiding])).toEqual([['王芳', true], ['李明', false], ['罗布', false]]);
    expect(c.scheduleBlockedBy).toBeNull();
  });
});

describe('回避 (调解仲裁法 Arts. 33–34)', () => {
  it('an application is decided once; granted, the tribunal is composed again and its hearing sits with the replacement — not with one booked elsewhere', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one, two } = await rooms(t);
    const a = await arbitrationFile(t);
    await compose(a, t, { form: 'sole', memberStaffIds: [] });
    const b = await arbitrationFile(t, '次仁', '西藏高原路桥工程有限公司');
    await compose(b, t, { form: 'sole', presidingStaffId: t.staff['罗布']!, memberStaffIds: [], clerkStaffId: t.staff['德吉']! });
    const ha = await a.arbitrator.call('hearings.schedule', slot(a.proceedingId, one.id));
    const hb = await b.arbitrator.call('hearings.schedule', slot(b.proceedingId, two.id));
    const step = async (action: string, input: Record<string, unknown>) => {
      const p = await a.proceeding();
      return a.arbitrator.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
    };
    // No application yet: nothing to decide.
    expect((await a.proceeding()).actions.find((x) => x.action === 'grantRecusal')!.blockedBy).toBe('没有待决定的回避申请');
    expect(await step('applyRecusal', { date: '2026-11-25', applicant: '日喀则市华建建筑工程有限公司', person: '王芳', seat: 'arbitrator', reason: '仲裁员王芳与申请人系近亲属' })).toMatchObject({ ok: true });
    const applied = await a.proceeding();
    expect(applied.deadlines.find((d) => d.ruleId === 'arbitration.recusal')).toMatchObject({ startDate: '2026-11-25', dueDate: computeDeadline({ rule: 'arbitration.recusal', start: '2026-11-25' }).due });
    expect(applied.actions.find((x) => x.action === 'applyRecusal')!.blockedBy).toBe('已有回避申请尚未决定，请先作出回避决定');
    expect(await step('grantRecusal', { date: '2026-11-25', decider: 'chair', deciderName: '达娃', reason: '经查属实，王芳应当回避' })).toMatchObject({ ok: true });
    expect((await a.proceeding()).statusLabel).toBe('已决定回避，待重新组成仲裁庭');
    // Until composed again, no hearing is moved or held.
    expect(await unchanged(t, a.arbitrator, 'hearings.postpone', { hearingId: ha.id, expectedRowVersion: ha.rowVersion, requestedBy: 'tribunal', reason: '仲裁员回避，另行安排', ...slot(a.proceedingId, two.id, { date: '2026-12-16' }) })).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED' } });
    // 罗布 sits in b's hearing at that very time: the new composition is refused, naming it, and nothing changes.
    await step('simplify', { date: '2026-11-25', ground: 'consent', amountFen: 1_860_000, bar: 'none', note: null });
    const before = businessCounts(t.core);
    const clash = await step('compose', { date: '2026-11-25', form: 'sole', presidingStaffId: t.staff['罗布']!, memberStaffIds: [], clerkStaffId: t.staff['央金']! });
    expect(clash).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(`仲裁员罗布已安排${hb.caseNumber}`) } });
    expect(businessCounts(t.core)).toEqual(before);
    expect(await step('compose', { date: '2026-11-25', form: 'sole', presidingStaffId: t.staff['李明']!, memberStaffIds: [], clerkStaffId: t.staff['央金']! })).toMatchObject({ ok: true });
    const c = await a.arbitrator.call('hearings.ofCase', { caseFileId: a.caseFileId });
    expect(c.tribunal!.arbitrators.map((x) => x.name)).toEqual(['李明']);
    expect(c.hearings.map((h) => [h.date, h.status, h.arbitrators.map((x) => x.name).join('')])).toEqual([['2026-12-15', 'scheduled', '李明']]);
    const file = await a.arbitrator.call('cases.get', { id: a.caseFileId });
    expect(file.events.map((e) => e.summary)).toEqual(expect.arrayContaining(['2026-11-25 日喀则市华建建筑工程有限公司申请仲裁员王芳回避：仲裁员王芳与申请人系近亲属', '2026-11-25 仲裁委员会主任达娃决定回避：经查属实，王芳应当回避；另行指定人员，重新组成仲裁庭']));
  });
});

describe('booking a hearing', () => {
  it('waits for the tribunal; refuses a date inside the defence period or too late to serve the notice, unless the parties agreed to the latter', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one } = await rooms(t);
    const f = await arbitrationFile(t);
    expect(await unchanged(t, f.arbitrator, 'hearings.schedule', slot(f.proceedingId, one.id))).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '仲裁庭组成之后才能安排开庭（《劳动争议调解仲裁法》第三十二条）' },
    });
    await compose(f, t);
    // The copy not yet served goes with the notice (today 11-25 + 2 days = 11-27): the 10 working days run to 12-11.
    const inside = await unchanged(t, f.arbitrator, 'hearings.schedule', slot(f.proceedingId, one.id, { date: '2026-12-11' }));
    expect(inside).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { date: expect.stringContaining('答辩期至 2026-12-11') } } });
    expect(inside.ok ? '' : inside.error.fields!.date).toContain('开庭日期最早为 2026-12-14');
    // Served on 11-25 (today): the defence runs to 12-09; a hearing on 12-10 would need the notice served by 12-03.
    await serveApplication(t, f, '2026-11-25');
    t.clock.advance(7 * DAY); // 2026-12-02
    const late = await unchanged(t, f.arbitrator, 'hearings.schedule', slot(f.proceedingId, one.id, { date: '2026-12-10' }));
    expect(late).toMatchObject({ ok: false, error: { fields: { date: expect.stringContaining('最迟应于 2026-12-03 送达') } } });
    const agreed = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id, { date: '2026-12-10', shortNoticeAgreement: '双方当事人于2026年12月2日书面同意12月10日开庭' }));
    expect(agreed).toMatchObject({ date: '2026-12-10', roomName: '第一仲裁庭', shortNoticeAgreement: '双方当事人于2026年12月2日书面同意12月10日开庭', clerk: { name: '央金' } });
    expect(agreed.arbitrators.map((a) => a.name)).toEqual(['王芳', '李明', '罗布']);
    const file = await f.arbitrator.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain(
      '安排于 2026-12-10 09:30—11:00 在第一仲裁庭开庭（合议庭（三名仲裁员）），开庭通知书最迟应于 2026-12-03 送达；当事人同意缩短通知期限：双方当事人于2026年12月2日书面同意12月10日开庭',
    );
  });

  it('a weekend needs confirming; every double booking is refused naming the other case and time; the next slot and another room are free', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one, two } = await rooms(t);
    const a = await arbitrationFile(t);
    await compose(a, t);
    const b = await arbitrationFile(t, '次仁', '西藏高原路桥工程有限公司');
    await compose(b, t, { form: 'sole', presidingStaffId: t.staff['李明']!, memberStaffIds: [], clerkStaffId: t.staff['德吉']! });
    const weekend = await unchanged(t, a.arbitrator, 'hearings.schedule', slot(a.proceedingId, one.id, { date: '2026-12-19' }));
    expect(weekend).toMatchObject({ ok: false, error: { fields: { dayOffConfirmed: '2026-12-19（星期六）不是工作日，确定在该日开庭的，请勾选“确认在非工作日开庭”' } } });
    const first = await a.arbitrator.call('hearings.schedule', slot(a.proceedingId, one.id));
    const label = `${first.caseNumber}（${first.caseTitle}）`;
    expect(first.caseNumber).toBe('日喀则市劳人仲案字〔2026〕第1号');
    // b's sole arbitrator 李明 sits on a's panel: refused in any room while a is heard.
    const arbitrator = await unchanged(t, b.arbitrator, 'hearings.schedule', slot(b.proceedingId, two.id, { start: '10:30', end: '12:00' }));
    expect(arbitrator).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `排期冲突：仲裁员李明已安排${label}于 2026-12-15 09:30—11:00 开庭（第一仲裁庭），同一时段不能再安排` } });
    // The room: a third case with its own people still cannot have 第一仲裁庭 at 10:00.
    const c = await arbitrationFile(t, '达瓦', '日喀则市雪域建筑工程有限公司');
    await compose(c, t, { form: 'sole', presidingStaffId: t.staff['罗布']!, memberStaffIds: [], clerkStaffId: t.staff['德吉']! });
    const room = await unchanged(t, c.arbitrator, 'hearings.schedule', slot(c.proceedingId, one.id, { start: '10:00', end: '11:30' }));
    expect(room).toMatchObject({ ok: false, error: { fields: { roomId: `第一仲裁庭已安排${label}于 2026-12-15 09:30—11:00 开庭，同一时段不能再安排` } } });
    expect(room.ok ? '' : room.error.message).toContain('仲裁员罗布已安排');
    // The review shows the same before booking.
    const review = await c.arbitrator.call('hearings.review', { ...slot(c.proceedingId, one.id, { start: '10:00', end: '11:30' }), hearingId: null });
    expect(review.clashes).toHaveLength(2);
    expect(review.noticeBy).toBe('2026-12-08');
    // The clerk: b's clerk 德吉 is c's clerk too.
    const bBooked = await b.arbitrator.call('hearings.schedule', slot(b.proceedingId, two.id, { start: '11:00', end: '12:00' }));
    expect(bBooked.start).toBe('11:00');
    const clerk = await unchanged(t, c.arbitrator, 'hearings.schedule', slot(c.proceedingId, one.id, { start: '11:30', end: '12:30' }));
    expect(clerk).toMatchObject({ ok: false, error: { fields: { start: expect.stringContaining('书记员德吉已安排') } } });
    // 罗布 is free again at 11:00, 第一仲裁庭 too: the edges touch, no clash.
    const third = await c.arbitrator.call('hearings.schedule', slot(c.proceedingId, one.id, { start: '12:00', end: '12:30' }));
    expect(third.roomName).toBe('第一仲裁庭');
    const week = await a.arbitrator.call('hearings.list', { from: '2026-12-14', to: '2026-12-20', staffId: null });
    expect(week.hearings.map((h) => [h.start, h.roomName, h.applicants.join('、'), h.respondents.join('、')])).toEqual([
      ['09:30', '第一仲裁庭', '扎西', '日喀则市华建建筑工程有限公司'],
      ['11:00', '第二仲裁庭', '次仁', '西藏高原路桥工程有限公司'],
      ['12:00', '第一仲裁庭', '达瓦', '日喀则市雪域建筑工程有限公司'],
    ]);
    const mine = await a.arbitrator.call('hearings.list', { from: '2026-12-14', to: '2026-12-20', staffId: t.staff['罗布']! });
    expect(mine.hearings.map((h) => h.start)).toEqual(['09:30', '12:00']);
  });

  it('postponement: a party late with the request is refused; in time, the old hearing stays postponed with the reason and the new one is booked', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one, two } = await rooms(t);
    const f = await arbitrationFile(t);
    await compose(f, t);
    await serveApplication(t, f, '2026-11-25');
    const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id));
    const move = { hearingId: h.id, expectedRowVersion: h.rowVersion, requestedBy: 'respondent' as const, reason: '被申请人法定代表人住院治疗', date: '2026-12-22', start: '09:30', end: '11:00', roomId: two.id };
    // 12-15 less three working days is 12-10: a request dated 12-11 is late.
    t.clock.advance(16 * DAY); // 2026-12-11
    const late = await unchanged(t, f.arbitrator, 'hearings.postpone', { ...move, requestedOn: '2026-12-11' });
    expect(late).toMatchObject({ ok: false, error: { fields: { requestedOn: expect.stringContaining('最迟应于 2026-12-10 提出') } } });
    const moved = await f.arbitrator.call('hearings.postpone', { ...move, requestedOn: '2026-12-10' });
    expect(moved).toMatchObject({ date: '2026-12-22', roomName: '第二仲裁庭', replacesId: h.id, status: 'scheduled' });
    const c = await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId });
    expect(c.hearings.map((x) => [x.date, x.status, x.postponedBy, x.postponeReason])).toEqual([
      ['2026-12-15', 'postponed', 'respondent', '被申请人法定代表人住院治疗'],
      ['2026-12-22', 'scheduled', null, null],
    ]);
    // The postponed one frees its slot.
    expect((await f.arbitrator.call('hearings.list', { from: '2026-12-15', to: '2026-12-15', staffId: null })).hearings).toEqual([]);
    expect(await unchanged(t, f.arbitrator, 'hearings.postpone', { ...move, requestedOn: '2026-12-10' })).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED' } });
    // Held: recorded only once the day has come; the respondent absent without cause → a default award may follow.
    const early = await unchanged(t, f.arbitrator, 'hearings.recordHeld', { hearingId: moved.id, expectedRowVersion: moved.rowVersion, applicantAppeared: true, respondentAppeared: false, absentWithoutCause: true });
    expect(early).toMatchObject({ ok: false, error: { message: '该次开庭定于 2026-12-22，开庭之后才能登记开庭情况' } });
    t.clock.advance(11 * DAY); // 2026-12-22
    const held = await f.arbitrator.call('hearings.recordHeld', { hearingId: moved.id, expectedRowVersion: moved.rowVersion, applicantAppeared: true, respondentAppeared: false, absentWithoutCause: true, note: null });
    expect(held).toMatchObject({ status: 'held', respondentAppeared: false, nextStep: '被申请人经书面通知，无正当理由拒不到庭：可以缺席裁决（《劳动争议调解仲裁法》第三十六条第二款）' });
  });

  it('rooms are kept by the administrator: a duplicate name is refused; a deactivated room takes no booking', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one } = await rooms(t);
    expect(await unchanged(t, t.admin, 'hearings.saveRoom', { id: null, name: '第一仲裁庭', capacity: 8, recording: false, active: true, expectedRowVersion: null })).toMatchObject({
      ok: false,
      error: { fields: { name: '已有名为“第一仲裁庭”的仲裁庭室' } },
    });
    await t.admin.call('hearings.saveRoom', { ...one, active: false, expectedRowVersion: one.rowVersion });
    const f = await arbitrationFile(t);
    await compose(f, t);
    expect(await unchanged(t, f.arbitrator, 'hearings.schedule', slot(f.proceedingId, one.id))).toMatchObject({ ok: false, error: { fields: { roomId: '第一仲裁庭已停用，请选择其他仲裁庭室' } } });
    expect((await f.arbitrator.call('hearings.rooms', {})).map((r) => [r.name, r.active])).toEqual([
      ['第二仲裁庭', true],
      ['第一仲裁庭', false],
    ]);
    expect(() => t.core.services!.db.prepare('DELETE FROM hearing_rooms').run()).toThrow(/仲裁庭室不能删除/);
    // The calendar reads a week, the desk four weeks; a year at once is refused.
    expect(await f.arbitrator.invoke('hearings.list', { from: '2026-01-01', to: '2026-12-31', staffId: null })).toMatchObject({ ok: false, error: { fields: { to: '一次最多查看92天的开庭安排' } } });
  });
});

describe('the demo calendar', () => {
  for (const day of ['2026-11-25', '2027-02-15']) {
    it(`made on ${day}: its accepted arbitrations composed in time, and its hearings on working days with the notice servable and the defence period over`, async () => {
      const t = await testCore({ initialized: false, offerDemo: true });
      t.clock.t = instantOf(day, '08:30');
      await t.client.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: 'guanli2026', demo: true });
      const db = t.core.services!.db;
      const rows = db.prepare("SELECT h.date, h.start_time, h.scheduled_at, h.proceeding_id, h.short_notice_agreement FROM hearings h").all() as { date: string; start_time: string; scheduled_at: number; proceeding_id: string; short_notice_agreement: string | null }[];
      // On 2027-02-15 the demo's one recent arbitration still awaits 受理 after its 补正: nothing to hear yet.
      const accepted = (db.prepare("SELECT count(*) AS n FROM proceedings WHERE kind = 'arbitration' AND status IN ('accepted', 'composed')").get() as { n: number }).n;
      expect(rows.length).toBe(day === '2026-11-25' ? 1 : Math.min(accepted, 2));
      const cal = loadCalendar(t.core.services!);
      for (const h of rows) {
        expect(h.date >= day).toBe(true);
        expect(h.short_notice_agreement).toBeNull();
        const served = (db.prepare("SELECT max(date) AS d FROM proceeding_events WHERE proceeding_id = ? AND kind = 'applicationServed'").get(h.proceeding_id) as { d: string | null }).d;
        const r = reviewHearingDate(h.date, dateKeyOf(h.scheduled_at), served, { calendar: cal, settings: {}, serviceAllowanceDays: 2 });
        expect([r.noticeProblem, r.defenceProblem, r.dayOffWarning]).toEqual([null, null, null]);
      }
      // No accepted arbitration waits past its 5 days for its tribunal.
      const late = db.prepare("SELECT d.rule_id, d.due_date FROM deadlines d WHERE d.rule_id = 'arbitration.compose' AND (d.status = 'metLate' OR (d.status = 'open' AND d.due_date < ?))").all(day);
      expect(late).toEqual([]);
    });
  }
});
