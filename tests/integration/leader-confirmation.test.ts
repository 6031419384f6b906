// The 包案领导 the desk proposes at intake is confirmed by the department head (issue #11 §5): the head of the
// department that took the file, or — before any department took it — any department head of the unit; never the
// proposed leader themself, never twice. The proposed leader works as before meanwhile. A refusal writes nothing
// but its audit row; the confirmation writes the row, a timeline line and an audit row together.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

async function setUp(t: TestCore) {
  t.staff['达瓦次仁'] = await establishStaff(t.core, t.admin, { name: '达瓦次仁', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0232' });
  t.staff['拉姆'] = await establishStaff(t.core, t.admin, { name: '拉姆', departmentId: 'dept-540200-laborRelations', roles: ['mediator'] });
  t.staff['格桑平措'] = await establishStaff(t.core, t.admin, { name: '格桑平措', departmentId: 'dept-540200-leadership', roles: ['leader'] });
  const db = t.core.services!.db;
  db.prepare("UPDATE departments SET head_staff_id = ? WHERE id = 'dept-540200-inspection'").run(t.staff['达瓦次仁']!);
  db.prepare("UPDATE departments SET head_staff_id = ? WHERE id = 'dept-540200-laborRelations'").run(t.staff['拉姆']!);
  // The proposed leader heads a department too: still not their own confirmer.
  db.prepare("UPDATE departments SET head_staff_id = ? WHERE id = 'dept-540200-leadership'").run(t.staff['李强']!);
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-20', '09:30'), leaderStaffId: t.staff['李强']! }));
  const intake = await t.client.call('intakes.get', { id: created.id });
  return intake.caseFileId!;
}

function teamRow(t: TestCore, memberId: string) {
  return t.core.services!.db.prepare('SELECT confirmed_at, confirmed_by, removed_at, add_reason FROM case_team WHERE id = ?').get(memberId);
}

describe('confirming the 包案领导 the desk proposed', () => {
  it('proposed at intake, unconfirmed; only the right department head confirms, once, and never the leader themself', async () => {
    const t = await testCore();
    const fileId = await setUp(t);
    const liqiang = await signInAs(t.core, '李强');
    let work = await liqiang.call('casework.get', { caseFileId: fileId });
    const proposed = work.team.find((m) => m.role === 'leader')!;
    expect(proposed).toMatchObject({ name: '李强', confirmedAt: null });
    expect(teamRow(t, proposed.id)).toMatchObject({ add_reason: '接待登记时提议', confirmed_at: null });
    // The proposed leader works as before: may change the team, but not confirm themself.
    expect(work).toMatchObject({ mayManageTeam: true, mayConfirmLeader: false });

    const lamu = await signInAs(t.core, '拉姆');
    const dawa = await signInAs(t.core, '达瓦次仁');
    const zhangwei = await signInAs(t.core, '张伟');
    // Before any department took the file: any department head of the unit sees and may confirm it.
    expect((await lamu.call('desk.summary', {})).counts.pendingLeaders).toBe(1);
    expect((await lamu.call('desk.summary', {})).pendingLeaders).toMatchObject([{ memberId: proposed.id, caseFileId: fileId, leader: { name: '李强' } }]);
    expect((await zhangwei.call('desk.summary', {})).counts.pendingLeaders).toBe(0);
    expect((await liqiang.call('desk.summary', {})).counts.pendingLeaders).toBe(0);

    const before = businessCounts(t.core);
    expect(await liqiang.invoke('team.confirmLeader', { memberId: proposed.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '包案领导不能确认自己，请由部门负责人确认' } });
    expect(await zhangwei.invoke('team.confirmLeader', { memberId: proposed.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有签收本案的部门的负责人（尚未签收的，本单位任一部门负责人）可以确认包案领导' },
    });

    // Once the inspection department took it, only its head may confirm.
    await takeIn(t.core, fileId);
    expect((await lamu.call('desk.summary', {})).counts.pendingLeaders).toBe(0);
    expect(await lamu.invoke('team.confirmLeader', { memberId: proposed.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const afterRefusals = businessCounts(t.core);
    expect({ ...afterRefusals, audit_log: 0, routings: 0, case_events: 0, proceedings: 0 }).toEqual({ ...before, audit_log: 0, routings: 0, case_events: 0, proceedings: 0 });
    expect(teamRow(t, proposed.id)).toMatchObject({ confirmed_at: null, confirmed_by: null });

    expect((await dawa.call('desk.summary', {})).counts.pendingLeaders).toBe(1);
    expect((await dawa.call('casework.get', { caseFileId: fileId })).mayConfirmLeader).toBe(true);
    const confirmed = await dawa.call('team.confirmLeader', { memberId: proposed.id });
    expect(confirmed).toMatchObject({ id: proposed.id, name: '李强', confirmedAt: t.core.services!.clock.now() });
    expect(teamRow(t, proposed.id)).toMatchObject({ confirmed_by: t.staff['达瓦次仁'] });
    const file = await dawa.call('cases.get', { id: fileId });
    expect(file.events.map((e) => e.summary)).toContain('确认李强为包案领导');
    const audit = t.core.services!.db.prepare("SELECT actor_staff_id FROM audit_log WHERE action = 'teamConfirmLeader'").all();
    expect(audit).toHaveLength(1);
    expect((await dawa.call('desk.summary', {})).counts.pendingLeaders).toBe(0);
    work = await dawa.call('casework.get', { caseFileId: fileId });
    expect(work.mayConfirmLeader).toBe(false);

    // A second confirmation is refused and writes nothing but its audit row.
    const once = businessCounts(t.core);
    expect(await dawa.invoke('team.confirmLeader', { memberId: proposed.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '李强已确认为本案包案领导，无需再次确认' } });
    expect({ ...businessCounts(t.core), audit_log: 0 }).toEqual({ ...once, audit_log: 0 });
  });

  it('a leader chosen through team.add by a manager is confirmed at once and replaces the proposed one', async () => {
    const t = await testCore();
    const fileId = await setUp(t);
    await takeIn(t.core, fileId);
    const dawa = await signInAs(t.core, '达瓦次仁');
    const proposed = (await dawa.call('casework.get', { caseFileId: fileId })).team.find((m) => m.role === 'leader')!;
    const chosen = await dawa.call('team.add', { caseFileId: fileId, role: 'leader', staffId: t.staff['格桑平措']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '改由分管副局长包案' });
    expect(chosen.confirmedAt).toBe(t.core.services!.clock.now());
    expect(teamRow(t, proposed.id)).toMatchObject({ removed_at: expect.any(Number) });
    expect((await dawa.call('desk.summary', {})).counts.pendingLeaders).toBe(0);
    // The replaced proposal can no longer be confirmed.
    expect(await dawa.invoke('team.confirmLeader', { memberId: proposed.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await dawa.call('casework.get', { caseFileId: fileId })).mayConfirmLeader).toBe(false);
  });
});
