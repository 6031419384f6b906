// 告知 and the first-asked answer (首问负责): every intake records what the complainant was told, by whom and when,
// and a feedback due date counted in working days (a setting); each call-back is logged with its result, and a
// call-back that reached them answers them; the leader sees who is waiting past their date or due soon.
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../shared/domain/deadlines';
import { feedbackDue } from '../../shared/domain/followup';
import { DEFAULT_CALENDAR } from '../../shared/domain/calendar';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { ADMIN, businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';

async function complaint(t: TestCore, over: Parameters<typeof zhaxiComplaint>[1] = {}) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: `日喀则市高原红建筑劳务有限公司${Math.random().toString(36).slice(2, 6)}` });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { notice: '已告知：转劳动保障监察大队，5个工作日内决定是否立案并电话告知', ...over }));
  const detail = await t.client.call('intakes.get', { id: created.id });
  return { intakeId: created.id, caseFileId: detail.caseFileId!, personId: detail.complainants[0]!.personId, regNoText: detail.regNoText };
}

describe('告知 and the feedback due date', () => {
  it('counts working days from receipt as the deadline engine does, across a holiday', () => {
    // The engine's five-working-day rule from the same day gives the same date (National Day 2026 in between).
    for (const day of ['2026-11-25', '2026-09-30', '2026-12-31']) {
      expect(feedbackDue(DEFAULT_CALENDAR, day, 5), day).toBe(computeDeadline({ rule: 'inspection.accept', start: day }).due);
    }
    // 2026: 10-01 to 10-07 off; the 8th is the first working day after them.
    expect(feedbackDue(DEFAULT_CALENDAR, '2026-09-30', 1)).toBe('2026-10-08');
  });

  it('records what was told, by whom and when, on the file; the period is a setting', async () => {
    const t = await testCore();
    const a = await complaint(t);
    const leader = await signInAs(t.core, '李强');
    const f = await leader.call('followup.get', { caseFileId: a.caseFileId, intakeId: null });
    expect(f.entries).toEqual([
      expect.objectContaining({
        intakeId: a.intakeId,
        notice: '已告知：转劳动保障监察大队，5个工作日内决定是否立案并电话告知',
        toldBy: { id: t.staff['次仁卓玛'], name: '次仁卓玛' },
        toldAt: t.clock.now(),
        feedbackDue: '2026-12-02',
        state: 'running',
        answeredAt: null,
        callbacks: [],
        complainants: [{ id: a.personId, name: '扎西' }],
      }),
    ]);
    const events = (await leader.call('cases.get', { id: a.caseFileId })).events.map((e) => e.summary);
    expect(events).toContain(`接待登记 ${a.regNoText} 已告知投诉人办理去向和答复期限；答复期限 2026-12-02`);
    // The timeline carries no free text that may name someone: it outlives anonymisation.
    expect(events.join('\n')).not.toContain('监察大队');
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('parameters.set', { key: 'followup.feedbackWorkingDays', region: '540200', value: 3, effectiveFrom: '2026-01-01', source: '本局首问负责制度', confidence: 'local' });
    const b = await complaint(t);
    expect((await leader.call('followup.get', { caseFileId: b.caseFileId, intakeId: null })).entries[0]!.feedbackDue).toBe('2026-11-30');
  });

  it('counts a matter answered on the spot as answered', async () => {
    const t = await testCore();
    const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市某商贸有限公司' });
    await t.client.call('intakes.create', zhaxiComplaint(employer.id, { kind: 'consultation', route: 'answered', answer: '告知可向劳动人事争议仲裁院申请仲裁' }));
    const leader = await signInAs(t.core, '李强');
    expect((await leader.call('followup.waiting', {})).items).toEqual([]);
    expect(t.core.services!.db.prepare('SELECT answered_at FROM intake_notices').all()).toEqual([{ answered_at: instantOf('2026-11-25', '09:30') }]);
  });
});

describe('call-backs', () => {
  it('logs a call-back that did not reach them (still waiting) and one that did (answered), on the timeline and the trail', async () => {
    const t = await testCore();
    const a = await complaint(t, { receivedAt: instantOf('2026-11-16', '10:00') });
    const leader = await signInAs(t.core, '李强');
    let waiting = await leader.call('followup.waiting', {});
    expect(waiting.items).toEqual([expect.objectContaining({ intakeId: a.intakeId, caseFileId: a.caseFileId, names: '扎西', feedbackDue: '2026-11-23', state: 'overdue', overdueDays: 2, attempts: 0 })]);
    expect(waiting).toMatchObject({ overdue: 1, dueSoon: 0 });

    const missed = await t.client.call('followup.callback', { intakeId: a.intakeId, personId: a.personId, at: instantOf('2026-11-25', '09:00'), method: 'phone', reached: false, content: '电话无人接听', satisfaction: null });
    expect(missed).toMatchObject({ state: 'overdue', answeredAt: null, callbacks: [expect.objectContaining({ reached: false, method: 'phone', person: { id: a.personId, name: '扎西' } })] });
    waiting = await leader.call('followup.waiting', {});
    expect(waiting.items[0]).toMatchObject({ intakeId: a.intakeId, attempts: 1 });

    const reached = await t.client.call('followup.callback', { intakeId: a.intakeId, personId: null, at: instantOf('2026-11-25', '09:40'), method: 'inPerson', reached: true, content: '当面告知已立案调查', satisfaction: 'basicallySatisfied' });
    expect(reached).toMatchObject({ state: 'answered', answeredAt: instantOf('2026-11-25', '09:40') });
    expect(reached.callbacks).toHaveLength(2);
    expect((await leader.call('followup.waiting', {})).items).toEqual([]);
    const events = (await leader.call('cases.get', { id: a.caseFileId })).events.map((e) => e.summary);
    expect(events).toContain(`2026-11-25 09:00 电话回访投诉人（接待登记 ${a.regNoText}），未联系上`);
    expect(events).toContain(`2026-11-25 09:40 当面回访投诉人（接待登记 ${a.regNoText}），已联系上，基本满意`);
    const db = t.core.services!.db;
    expect(db.prepare("SELECT entity_id FROM audit_log WHERE action = 'callback'").all()).toEqual([{ entity_id: a.intakeId }, { entity_id: a.intakeId }]);
    // Appended, never rewritten or removed (migration triggers).
    expect(() => db.prepare("UPDATE intake_callbacks SET content = '改过的内容'").run()).toThrow('回访记录只能追加，不能修改');
    expect(() => db.prepare("UPDATE intake_callbacks SET reached = 1").run()).toThrow('回访记录只能追加，不能修改');
    expect(() => db.prepare('DELETE FROM intake_callbacks').run()).toThrow('回访记录只能追加，不能删除');
  });

  it('refuses bad call-backs with a clear message and changes nothing', async () => {
    const t = await testCore();
    const a = await complaint(t);
    const other = await complaint(t, { complainants: [{ name: '次仁', idType: 'residentId', idNumber: '540202199001010017' }] });
    const counts = businessCounts(t.core);
    const base = { intakeId: a.intakeId, personId: a.personId, at: instantOf('2026-11-25', '09:45'), method: 'phone' as const, reached: true, content: '告知已立案', satisfaction: 'satisfied' as const };
    const cases: [object, string, string][] = [
      [{ satisfaction: null }, 'satisfaction', '联系上投诉人的，请记录其是否满意'],
      [{ reached: false }, 'satisfaction', '未联系上的，不能记录满意度'],
      [{ at: instantOf('2026-11-25', '11:00') }, 'at', '回访时间不能晚于现在（2026-11-25 10:00）'],
      [{ at: instantOf('2026-11-25', '09:00') }, 'at', '回访时间不能早于接待时间（2026-11-25 09:30）'],
      [{ personId: other.personId }, 'personId', '所选人员不是本次登记的投诉人'],
      [{ content: '' }, 'content', '请填写答复内容'],
    ];
    for (const [over, field, message] of cases) {
      const r = await t.client.invoke('followup.callback', { ...base, ...over });
      expect(r, field).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { [field]: message } } });
    }
    expect(await t.client.invoke('followup.callback', { ...base, intakeId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(businessCounts(t.core)).toEqual(counts);
  });

  it('lists those due within 3 working days for the leader, not those due later', async () => {
    const t = await testCore();
    const soon = await complaint(t, { receivedAt: instantOf('2026-11-20', '10:00') });
    await complaint(t, { complainants: [{ name: '次仁', idType: 'residentId', idNumber: '540202199001010017' }] });
    const leader = await signInAs(t.core, '李强');
    const w = await leader.call('followup.waiting', {});
    expect(w.items.map((i) => [i.intakeId, i.feedbackDue, i.state])).toEqual([[soon.intakeId, '2026-11-27', 'dueSoon']]);
    expect(w).toMatchObject({ overdue: 0, dueSoon: 1 });
  });

  it('keeps a reporter hidden from whoever may not know who reported (监察条例 Art. 9)', async () => {
    const t = await testCore();
    const a = await complaint(t, { kind: 'report', receivedAt: instantOf('2026-11-20', '10:00') });
    await establishStaff(t.core, t.admin, { name: '卓玛', departmentId: null, roles: ['mediator'] });
    const mediator = await signInAs(t.core, '卓玛');
    const f = await mediator.call('followup.get', { caseFileId: a.caseFileId, intakeId: null });
    expect(f.entries[0]).toMatchObject({ complainants: [], hiddenReporters: 1 });
    expect(JSON.stringify(f)).not.toContain('扎西');
    expect((await mediator.call('followup.waiting', {})).items[0]!.names).toBe('举报人（保密）1人');
    const counts = businessCounts(t.core);
    const r = await mediator.invoke('followup.callback', { intakeId: a.intakeId, personId: null, at: instantOf('2026-11-25', '09:00'), method: 'phone', reached: false, content: '无人接听', satisfaction: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '举报人身份保密：您没有“查看举报人身份”的权限，不能登记对举报人的回访' } });
    expect(businessCounts(t.core)).toEqual(counts);
  });

  it('answers an intake without a file from its own page, and refuses to be asked about both or neither', async () => {
    const t = await testCore();
    const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市某商贸有限公司' });
    const loose = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { route: null, receivedAt: instantOf('2026-11-18', '10:00'), notice: '已告知登记后分办' }));
    const leader = await signInAs(t.core, '李强');
    const w = await leader.call('followup.waiting', {});
    expect(w.items).toEqual([expect.objectContaining({ intakeId: loose.id, caseFileId: null, caseTitle: null, feedbackDue: '2026-11-25', state: 'dueSoon' })]);
    const f = await leader.call('followup.get', { caseFileId: null, intakeId: loose.id });
    expect(f).toMatchObject({ caseFileId: null, links: [], entries: [{ intakeId: loose.id, notice: '已告知登记后分办', feedbackDue: '2026-11-25', state: 'dueSoon' }] });
    expect(await leader.invoke('followup.get', { caseFileId: null, intakeId: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { caseFileId: '请指定案卷或接待登记（二者选一）' } } });
  });
});
