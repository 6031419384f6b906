// Routing (归口办理) through dispatch: the desk routes an intake to its department (by default the unit's one for the
// route); the department's inbox shows it with the stored 受理 clock; 签收 makes the proceeding ready for its first
// step; a return with a reason sends it back to the desk, which routes it again; a matter for another unit awaits
// transfer on the leader's list. Only the department's staff or head decide; bad input changes nothing.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';

async function complaint(t: TestCore, over: Parameters<typeof zhaxiComplaint>[1] = {}) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-20', '09:30'), ...over }));
  return t.client.call('intakes.get', { id: created.id });
}

async function arbitrationStaff(t: TestCore) {
  t.staff['王芳'] = await establishStaff(t.core, t.admin, { name: '王芳', departmentId: 'dept-540200-arbitration', roles: ['arbitrator'], arbitratorCertNo: '藏仲字2024017' });
}

describe('routing to a department and its inbox', () => {
  it('routes to the unit’s inspection department by default; the inbox shows the stored 受理 clock; 签收 makes the proceeding ready', async () => {
    const t = await testCore();
    const intake = await complaint(t);
    const routings = await t.client.call('routing.ofIntake', { intakeId: intake.id });
    expect(routings.routings).toMatchObject([{ target: 'department', status: 'awaiting', department: { id: 'dept-540200-inspection', name: '劳动保障监察支队' }, routedBy: { name: '次仁卓玛' } }]);

    // Before 签收 no step may be taken, and the file says why — even for its leader.
    const leader = await signInAs(t.core, '李强');
    await leader.call('team.add', { caseFileId: intake.caseFileId!, role: 'leader', staffId: t.staff['李强']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '局领导包案' });
    let work = await leader.call('casework.get', { caseFileId: intake.caseFileId! });
    expect(work.proceedings[0]!.actions.find((a) => a.action === 'accept')!.blockedBy).toBe('本案尚待劳动保障监察支队签收，签收之后才能受理');
    expect(
      await leader.invoke('proceedings.act', { proceedingId: work.proceedings[0]!.proceedingId, action: 'accept', input: { date: '2026-11-24' }, expectedRowVersion: work.proceedings[0]!.rowVersion }),
    ).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: '本案尚待劳动保障监察支队签收，签收之后才能受理' } });

    const zhangwei = await signInAs(t.core, '张伟');
    const inbox = await zhangwei.call('routing.inbox', { departmentId: null });
    expect(inbox).toMatchObject({ department: { name: '劳动保障监察支队' }, mayDecide: true, nextCursor: null });
    // Received 2026-11-20 (Fri): 5 working days → 2026-11-27, within 3 working days of 11-25.
    expect(inbox.items).toMatchObject([{ caseFileId: intake.caseFileId, receivedDate: '2026-11-20', proceedingKind: 'inspection', due: { label: '投诉受理（并立案）', dueDate: '2026-11-27', dueState: 'dueSoon' } }]);
    expect((await zhangwei.call('routing.inbox', { departmentId: null, due: 'overdue' })).items).toEqual([]);
    expect((await zhangwei.call('routing.inbox', { departmentId: null, due: 'dueSoon' })).items).toHaveLength(1);

    const taken = await zhangwei.call('routing.accept', { routingId: inbox.items[0]!.id, rowVersion: inbox.items[0]!.rowVersion });
    expect(taken).toMatchObject({ status: 'accepted', decidedBy: { name: '张伟' } });
    expect((await zhangwei.call('routing.inbox', { departmentId: null })).items).toEqual([]);
    expect((await zhangwei.call('routing.inbox', { departmentId: null, view: 'accepted' })).items).toHaveLength(1);
    // A second 签收 of the same routing is a conflict, not a second event.
    expect(await zhangwei.invoke('routing.accept', { routingId: taken.id, rowVersion: taken.rowVersion })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    work = await leader.call('casework.get', { caseFileId: intake.caseFileId! });
    expect(work.proceedings[0]!.actions.find((a) => a.action === 'accept')!.blockedBy).toBeNull();
    // The clock still runs from the bureau's receipt, not from 签收.
    expect(work.proceedings[0]!.deadlines.find((d) => d.ruleId === 'inspection.accept')).toMatchObject({ startDate: '2026-11-20', dueDate: '2026-11-27' });
    const file = await leader.call('cases.get', { id: intake.caseFileId! });
    expect(file.events.map((e) => e.summary)).toEqual(expect.arrayContaining(['分办至劳动保障监察支队，待签收', '劳动保障监察支队签收（签收人：张伟）']));
  });

  it('an intake registered without a route (暂不分办) is routed later: its file opens then, its clocks from receipt', async () => {
    const t = await testCore();
    const intake = await complaint(t, { route: null });
    expect(intake).toMatchObject({ status: 'registered', caseFileId: null });
    expect((await t.client.call('routing.ofIntake', { intakeId: intake.id })).mayReroute).toBe(true);
    // Someone without the desk's permission may not route it.
    const leader = await signInAs(t.core, '李强');
    const before = businessCounts(t.core);
    expect(await leader.invoke('routing.reroute', { intakeId: intake.id, rowVersion: intake.rowVersion, route: 'inspection', departmentId: null, transferUnitId: null, otherBody: null, answer: null, note: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(businessCounts(t.core)).toEqual({ ...before, audit_log: businessCounts(t.core).audit_log });

    const routed = await t.client.call('routing.reroute', { intakeId: intake.id, rowVersion: intake.rowVersion, route: 'inspection', departmentId: null, transferUnitId: null, otherBody: null, answer: null, note: null });
    expect(routed.caseFileId).not.toBeNull();
    const after = await t.client.call('intakes.get', { id: intake.id });
    expect(after).toMatchObject({ status: 'routed', route: 'inspection', caseFileId: routed.caseFileId });
    const zhangwei = await signInAs(t.core, '张伟');
    const inbox = await zhangwei.call('routing.inbox', { departmentId: null });
    expect(inbox.items).toMatchObject([{ caseFileId: routed.caseFileId, receivedDate: '2026-11-20', due: { dueDate: '2026-11-27' } }]);
    const file = await zhangwei.call('cases.get', { id: routed.caseFileId! });
    expect(file.title).toBe((await t.client.call('cases.list', {})).items.find((c) => c.id === routed.caseFileId)!.title);
    expect(file.events.map((e) => e.summary)).toEqual(expect.arrayContaining(['分办至劳动保障监察支队，待签收']));
    // Once routed it is not routed again unless the department returns it.
    expect(await t.client.invoke('routing.reroute', { intakeId: intake.id, rowVersion: after.rowVersion, route: 'arbitration', departmentId: null, transferUnitId: null, otherBody: null, answer: null, note: null })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '只有暂不分办或被部门退回的登记可以分办' },
    });
  });

  it('a department’s 负责人 is set in the settings — an active member of the unit — and then sets the teams of its files', async () => {
    const t = await testCore();
    const mine = (await t.admin.call('units.list', {})).find((u) => u.id === 'unit-540200')!;
    const inspection = mine.departments.find((d) => d.id === 'dept-540200-inspection')!;
    expect(inspection.head).toBeNull();
    const before = businessCounts(t.core);
    expect(await t.admin.invoke('departments.save', { ...inspection, headStaffId: '01a2106e-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { headStaffId: '负责人须为本单位在职的工作人员' } },
    });
    expect(businessCounts(t.core)).toEqual(before);
    const saved = await t.admin.call('departments.save', { ...inspection, headStaffId: t.staff['张伟']! });
    expect(saved.head).toEqual({ id: t.staff['张伟'], name: '张伟' });
    // Left out of a later save, the head stays.
    const renamed = await t.admin.call('departments.save', { id: saved.id, rowVersion: saved.rowVersion, unitId: saved.unitId, name: '劳动保障监察支队', capability: 'inspection', active: true });
    expect(renamed.head?.name).toBe('张伟');
    // The head has a place on every file the department handles: sets its team without being on it.
    const intake = await complaint(t);
    const zhangwei = await signInAs(t.core, '张伟');
    expect((await zhangwei.call('casework.get', { caseFileId: intake.caseFileId! })).mayManageTeam).toBe(true);
  });

  it('only the department’s staff or head 签收; others are refused and nothing changes', async () => {
    const t = await testCore();
    await arbitrationStaff(t);
    await complaint(t);
    const wangfang = await signInAs(t.core, '王芳');
    // The arbitration department's inbox does not hold it, and its staff may not open the inspection inbox.
    expect((await wangfang.call('routing.inbox', { departmentId: null })).items).toEqual([]);
    expect(await wangfang.invoke('routing.inbox', { departmentId: 'dept-540200-inspection' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const item = (await (await signInAs(t.core, '张伟')).call('routing.inbox', { departmentId: null })).items[0]!;
    const before = businessCounts(t.core);
    expect(await wangfang.invoke('routing.accept', { routingId: item.id, rowVersion: item.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有劳动保障监察支队的工作人员或负责人可以签收' },
    });
    // The desk has no step permission: refused at the channel.
    expect(await t.client.invoke('routing.accept', { routingId: item.id, rowVersion: item.rowVersion })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const after = businessCounts(t.core);
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    // A leader sees every department's inbox but decides for none he does not belong to.
    const leaderView = await (await signInAs(t.core, '李强')).call('routing.inbox', { departmentId: 'dept-540200-inspection' });
    expect(leaderView).toMatchObject({ mayDecide: false, items: [{ id: item.id }] });
    // The head of the department decides for it, wherever their own desk is.
    t.core.services!.db.prepare("UPDATE departments SET head_staff_id = ? WHERE id = 'dept-540200-inspection'").run(t.staff['王芳']!);
    expect(await wangfang.invoke('routing.accept', { routingId: item.id, rowVersion: item.rowVersion })).toMatchObject({ ok: true, value: { status: 'accepted', decidedBy: { name: '王芳' } } });
  });

  it('a return with a reason goes back to the desk; re-routed to arbitration, the old proceeding closes and the new one counts from receipt', async () => {
    const t = await testCore();
    await arbitrationStaff(t);
    const intake = await complaint(t);
    const zhangwei = await signInAs(t.core, '张伟');
    const item = (await zhangwei.call('routing.inbox', { departmentId: null })).items[0]!;
    const before = businessCounts(t.core);
    expect(await zhangwei.invoke('routing.return', { routingId: item.id, rowVersion: item.rowVersion, reason: '短' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: expect.stringContaining('请写明退回理由') } } });
    expect(businessCounts(t.core)).toEqual(before);
    await zhangwei.call('routing.return', { routingId: item.id, rowVersion: item.rowVersion, reason: '系解除劳动合同的经济补偿争议，应申请仲裁' });

    // The desk sees it among its returned intakes, with the reason.
    const returned = await t.client.call('intakes.list', { filter: { status: 'returned' } });
    expect(returned.items.map((i) => i.id)).toEqual([intake.id]);
    const history = await t.client.call('routing.ofIntake', { intakeId: intake.id });
    expect(history).toMatchObject({ mayReroute: true, routings: [{ status: 'returned', returnReason: '系解除劳动合同的经济补偿争议，应申请仲裁', decidedBy: { name: '张伟' } }] });
    // While returned, no step is possible.
    const leader = await signInAs(t.core, '李强');
    const work = await leader.call('casework.get', { caseFileId: intake.caseFileId! });
    expect(work.proceedings[0]!.actions[0]!.blockedBy).toBe('本案已由劳动保障监察支队退回接待窗口重新分办，部门签收之前不能受理');

    // Bad input: a department that cannot take arbitration; nothing changes.
    const fresh = await t.client.call('intakes.get', { id: intake.id });
    const beforeBad = businessCounts(t.core);
    expect(
      await t.client.invoke('routing.reroute', { intakeId: intake.id, rowVersion: fresh.rowVersion, route: 'arbitration', departmentId: 'dept-540200-inspection' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { departmentId: '劳动保障监察支队不办理“转劳动人事争议仲裁”，请选择劳动人事争议仲裁部门' } } });
    expect(await t.client.invoke('routing.reroute', { intakeId: intake.id, rowVersion: fresh.rowVersion - 1, route: 'arbitration' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect({ ...businessCounts(t.core), audit_log: 0 }).toEqual({ ...beforeBad, audit_log: 0 });

    await t.client.call('routing.reroute', { intakeId: intake.id, rowVersion: fresh.rowVersion, route: 'arbitration', note: '部门退回后改转仲裁' });
    const after = await t.client.call('intakes.get', { id: intake.id });
    expect(after).toMatchObject({ status: 'routed', route: 'arbitration', caseFileId: intake.caseFileId });
    const file = await leader.call('cases.get', { id: intake.caseFileId! });
    expect(file.proceedings.map((p) => [p.kind, p.status])).toEqual([
      ['inspection', 'rerouted'],
      ['arbitration', 'received'],
    ]);
    const w2 = await leader.call('casework.get', { caseFileId: intake.caseFileId! });
    // The old proceeding's receipt duty ended on the day of re-routing; the new one runs from the original receipt.
    expect(w2.proceedings[0]!.deadlines.find((d) => d.ruleId === 'inspection.accept')).toMatchObject({ dueState: 'met', metOn: '2026-11-25' });
    expect(w2.proceedings[1]!.deadlines.find((d) => d.ruleId === 'arbitration.accept')).toMatchObject({ startDate: '2026-11-20', dueDate: '2026-11-27' });
    // Now in the arbitration department's inbox; 王芳 takes it.
    const wangfang = await signInAs(t.core, '王芳');
    const inbox = await wangfang.call('routing.inbox', { departmentId: null });
    expect(inbox).toMatchObject({ department: { id: 'dept-540200-arbitration' }, items: [{ caseFileId: intake.caseFileId, proceedingKind: 'arbitration' }] });
    await wangfang.call('routing.accept', { routingId: inbox.items[0]!.id, rowVersion: inbox.items[0]!.rowVersion });
    expect((await t.client.call('routing.ofIntake', { intakeId: intake.id })).routings.map((r) => [r.department?.name, r.status])).toEqual([
      ['劳动保障监察支队', 'returned'],
      ['劳动人事争议仲裁院', 'accepted'],
    ]);
    // Re-routing is only for returned intakes.
    expect(await t.client.invoke('routing.reroute', { intakeId: intake.id, rowVersion: (await t.client.call('intakes.get', { id: intake.id })).rowVersion, route: 'inspection' })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED' },
    });
  });

  it('a matter for another unit awaits transfer, listed for the leader; a wrong target is refused at its field and writes nothing', async () => {
    const t = await testCore();
    const employer = await t.client.call('parties.create', { kind: 'organisation', name: '南木林县雅江建筑队' });
    const before = businessCounts(t.core);
    expect(await t.client.invoke('intakes.create', zhaxiComplaint(employer.id, { route: 'transfer' }))).toMatchObject({ ok: false, error: { fields: { transferUnitId: '请选择移送的单位' } } });
    expect(await t.client.invoke('intakes.create', zhaxiComplaint(employer.id, { route: 'transfer', transferUnitId: 'unit-540200' }))).toMatchObject({
      ok: false,
      error: { fields: { transferUnitId: '移送的单位不能是本单位；本单位办理的，请选择转监察、仲裁或调解' } },
    });
    expect(await t.client.invoke('intakes.create', zhaxiComplaint(employer.id, { route: 'inspection', departmentId: 'dept-540200-arbitration' }))).toMatchObject({
      ok: false,
      error: { fields: { departmentId: '劳动人事争议仲裁院不办理“转劳动保障监察”，请选择劳动保障监察部门' } },
    });
    expect(await t.client.invoke('intakes.create', zhaxiComplaint(employer.id, { route: 'inspection', departmentId: 'dept-540202-inspection' }))).toMatchObject({
      ok: false,
      error: { fields: { departmentId: '请选择本单位在用的部门' } },
    });
    expect({ ...businessCounts(t.core), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });

    const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { route: 'transfer', transferUnitId: 'unit-540221' }));
    expect(await t.client.call('intakes.get', { id: created.id })).toMatchObject({ status: 'awaitingTransfer', route: 'transfer', caseFileId: null });
    const leader = await signInAs(t.core, '李强');
    const list = await leader.call('routing.transfers', {});
    expect(list.items).toMatchObject([{ intakeId: created.id, status: 'awaitingTransfer', otherUnit: { id: 'unit-540221' }, summary: '工地工资未付' }]);
    // The desk registers, the leader answers for transfers.
    expect(await t.client.invoke('routing.transfers', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('an explicit department is kept; mediation goes to the inspection department by default', async () => {
    const t = await testCore();
    const intake = await complaint(t, { route: 'mediation' });
    expect((await t.client.call('routing.ofIntake', { intakeId: intake.id })).routings[0]!.department).toMatchObject({ id: 'dept-540200-inspection' });
    const options = await t.client.call('routing.options', {});
    expect(options.byRoute.arbitration).toEqual(['dept-540200-arbitration']);
    expect(options.byRoute.mediation![0]).toBe('dept-540200-inspection');
    expect(options.units.some((u) => u.id === 'unit-540200')).toBe(false);
    const mediation = await complaint(t, { route: 'mediation', departmentId: 'dept-540200-laborRelations' });
    expect((await t.client.call('routing.ofIntake', { intakeId: mediation.id })).routings[0]!.department).toMatchObject({ name: '劳动关系科' });
    // The head of the department that took it answers for it: sets its team and takes its steps.
    t.staff['拉姆'] = await establishStaff(t.core, t.admin, { name: '拉姆', departmentId: 'dept-540200-laborRelations', roles: ['mediator'] });
    t.core.services!.db.prepare("UPDATE departments SET head_staff_id = ? WHERE id = 'dept-540200-laborRelations'").run(t.staff['拉姆']!);
    const lamu = await signInAs(t.core, '拉姆');
    let work = await lamu.call('casework.get', { caseFileId: mediation.caseFileId! });
    expect(work.mayManageTeam).toBe(false);
    const item = (await lamu.call('routing.inbox', { departmentId: null })).items[0]!;
    await lamu.call('routing.accept', { routingId: item.id, rowVersion: item.rowVersion });
    work = await lamu.call('casework.get', { caseFileId: mediation.caseFileId! });
    expect(work.mayManageTeam).toBe(true);
    expect(work.proceedings[0]!.actions.find((a) => a.action === 'accept')!.blockedBy).toBeNull();
  });
});
