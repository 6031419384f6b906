// The proceedings engine through dispatch: a step writes its state, clock events, stored deadlines, timeline and
// audit together or nothing; who may act is the role's permission and a place on the file; a leader's approval
// takes the step on the day signed; two people acting on one version get one winner.
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../shared/domain/deadlines';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

async function inspectionFile(t: TestCore) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const intakeId = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-20', '09:30') }));
  const intake = await t.client.call('intakes.get', { id: intakeId.id ?? intakeId });
  // The inspection department takes it (签收) before any step (归口办理).
  await takeIn(t.core, intake.caseFileId!);
  return intake.caseFileId!;
}

/** A staff member put on the file's team by whoever may change it. */
function putOnTeam(by: Client, caseFileId: string, role: 'leader' | 'handler', staffId: string, reason: string) {
  return by.call('team.add', { caseFileId, role, staffId, name: null, organisation: null, phone: null, employment: 'fullTime', reason });
}

async function work(t: TestCore, caseFileId: string, as = '李强') {
  const c = await signInAs(t.core, as);
  return c.call('casework.get', { caseFileId });
}

async function addInspectors(t: TestCore) {
  t.staff['索朗'] = await establishStaff(t.core, t.admin, { name: '索朗', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0232', enforcementCertExpiry: '2028-06-30' });
  t.staff['格桑'] = await establishStaff(t.core, t.admin, { name: '格桑', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0233', enforcementCertExpiry: '2028-06-30' });
  t.staff['旺堆'] = await establishStaff(t.core, t.admin, { name: '旺堆', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0199', enforcementCertExpiry: '2026-11-24' });
}

describe('proceedings engine', () => {
  it('opens an inspection awaiting acceptance with its stored 5-working-day clock, equal to the engine', async () => {
    const t = await testCore();
    const caseFileId = await inspectionFile(t);
    const w = await work(t, caseFileId);
    const [p] = w.proceedings;
    expect(p).toMatchObject({ kind: 'inspection', statusLabel: '待受理' });
    const accept = p!.deadlines.find((d) => d.ruleId === 'inspection.accept')!;
    expect(accept).toMatchObject({ startDate: '2026-11-20', dueDate: computeDeadline({ rule: 'inspection.accept', start: '2026-11-20' }).due, dueState: 'dueSoon', provisional: false });
    // The leader leads no file here: the steps are refused for want of a place on the team, with that reason.
    expect(p!.actions.find((a) => a.action === 'accept')!.blockedBy).toContain('不在本案办案组中');
  });

  it('team: a leader sets the team; an expired 执法证 cannot be assigned; part-time people of other bodies join without an account', async () => {
    const t = await testCore();
    await addInspectors(t);
    const caseFileId = await inspectionFile(t);
    const leader = await signInAs(t.core, '李强');
    await putOnTeam(leader, caseFileId, 'leader', t.staff['李强']!, '群体投诉，局领导包案');
    expect(await leader.invoke('team.add', { caseFileId, role: 'handler', staffId: t.staff['旺堆']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { staffId: '旺堆的执法证已于 2026-11-24 过期，不能担任承办人' } },
    });
    await leader.call('team.add', { caseFileId, role: 'participant', staffId: null, name: '王建国', organisation: '桑珠孜区住房和城乡建设局', phone: '13908920011', employment: 'partTime', reason: '督促总包单位落实工资保证金' });
    await putOnTeam(leader, caseFileId, 'handler', t.staff['索朗']!, '指定为承办人');
    // Only the file's leader (or a department head) changes its team: the desk may not.
    expect(await t.client.invoke('team.add', { caseFileId, role: 'handler', staffId: t.staff['索朗']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const w = await leader.call('casework.get', { caseFileId });
    expect(w.team.map((m) => [m.role, m.name, m.employment, m.enforcementCertExpiry, m.arbitratorCertExpiry])).toEqual([
      ['leader', '李强', 'fullTime', null, null],
      ['handler', '索朗', 'fullTime', '2028-06-30', null],
      ['participant', '王建国', 'partTime', null, null],
    ]);
    const file = await leader.call('cases.get', { id: caseFileId });
    expect(file.leader).toMatchObject({ name: '李强' });
    expect(file.events.map((e) => e.summary)).toContain('王建国（桑珠孜区住房和城乡建设局）加入办案组，任参与人员（兼职）：督促总包单位落实工资保证金');
  });

  it('受理, then 立案 on the leader’s approval: refused until two certified inspectors handle it; the number and the 60-working-day clock follow', async () => {
    const t = await testCore();
    await addInspectors(t);
    const caseFileId = await inspectionFile(t);
    const leader = await signInAs(t.core, '李强');
    await putOnTeam(leader, caseFileId, 'leader', t.staff['李强']!, '局领导包案');
    await putOnTeam(leader, caseFileId, 'handler', t.staff['索朗']!, '指定为承办人');
    const suolang = await signInAs(t.core, '索朗');
    const zhangwei = await signInAs(t.core, '张伟');
    let p = (await suolang.call('casework.get', { caseFileId })).proceedings[0]!;
    // 张伟 is an inspector but not on this file.
    expect(await zhangwei.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-24' }, expectedRowVersion: p.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('不在本案办案组中') },
    });
    const before = businessCounts(t.core);
    expect(await suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-26' }, expectedRowVersion: p.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { date: '受理日期不能晚于今天（2026-11-25）' } },
    });
    expect(businessCounts(t.core)).toEqual(before);
    await suolang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-24', note: null }, expectedRowVersion: p.rowVersion });
    p = (await suolang.call('casework.get', { caseFileId })).proceedings[0]!;
    expect(p.statusLabel).toBe('已受理，待立案');
    expect(p.actions.find((a) => a.action === 'file')!.blockedBy).toBe('立案前须指定两名以上持有效执法证的承办人（现有1名，《劳动保障监察条例》第十六条）');
    expect(await suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: '2026-11-25', opinion: null }, expectedRowVersion: p.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: expect.stringContaining('现有1名') },
    });
    await putOnTeam(leader, caseFileId, 'handler', t.staff['格桑']!, '指定为承办人');
    p = (await suolang.call('casework.get', { caseFileId })).proceedings[0]!;
    expect(await suolang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: '2026-11-25', opinion: '拖欠12人工资，建议立案' }, expectedRowVersion: p.rowVersion })).toEqual({
      status: 'accepted',
      number: null,
      approvalRequested: true,
    });
    p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
    expect(p.pendingApproval).toMatchObject({ label: '立案', requestedBy: { name: '索朗' }, mayDecide: true });
    expect(p.actions.every((a) => a.blockedBy?.includes('正在等待领导审批'))).toBe(true);
    const desk = await leader.call('desk.summary', {});
    expect(desk.approvals).toEqual([expect.objectContaining({ label: '立案', caseFileId, requestedBy: { id: t.staff['索朗'], name: '索朗' } })]);
    // Returning needs an opinion.
    expect(await leader.invoke('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'return', opinion: null, date: '2026-11-25', expectedRowVersion: p.pendingApproval!.rowVersion })).toMatchObject({
      ok: false,
      error: { fields: { opinion: '退回须写明审批意见（至少4个字）' } },
    });
    const decided = await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意立案', date: '2026-11-25', expectedRowVersion: p.pendingApproval!.rowVersion });
    expect(decided).toEqual({ status: 'filed', number: '日喀则市人社监立字〔2026〕第1号', approvalRequested: false });
    p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
    expect(p.deadlines.find((d) => d.ruleId === 'inspection.accept')).toMatchObject({ dueState: 'met', metOn: '2026-11-25' });
    expect(p.deadlines.find((d) => d.ruleId === 'inspection.investigate')).toMatchObject({
      startDate: '2026-11-25',
      dueDate: computeDeadline({ rule: 'inspection.investigate', start: '2026-11-25' }).due,
      dueState: 'running',
    });
    const file = await leader.call('cases.get', { id: caseFileId });
    expect(file.events.map((e) => e.summary)).toEqual(
      expect.arrayContaining(['2026-11-24 受理投诉', '提请领导审批：立案', '领导批准“立案”：同意立案', '2026-11-25 立案：拖欠12人工资，建议立案，案号 日喀则市人社监立字〔2026〕第1号']),
    );
    const audit = t.core.services!.db.prepare("SELECT action FROM audit_log WHERE entity = 'proceeding' ORDER BY seq").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['proceedingStep', 'approvalRequested', 'approvalApproved', 'proceedingStep']);
  });

  it('two people acting on the same version: one wins, the other is told the file changed and nothing of theirs is written', async () => {
    const t = await testCore();
    await addInspectors(t);
    const caseFileId = await inspectionFile(t);
    const leader = await signInAs(t.core, '李强');
    await putOnTeam(leader, caseFileId, 'leader', t.staff['李强']!, '局领导包案');
    await putOnTeam(leader, caseFileId, 'handler', t.staff['索朗']!, '指定为承办人');
    const p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
    const suolang = await signInAs(t.core, '索朗');
    const [a, b] = await Promise.all([
      suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-24' }, expectedRowVersion: p.rowVersion }),
      leader.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'reject', input: { date: '2026-11-24', reason: '不属于劳动保障监察事项' }, expectedRowVersion: p.rowVersion }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已被他人修改') } });
    const events = t.core.services!.db.prepare("SELECT kind FROM proceeding_events WHERE proceeding_id = ? AND kind IN ('accepted', 'rejected')").all(p.proceedingId);
    expect(events).toHaveLength(1);
  });

  it('a step that fails part-way writes nothing: state, events, deadlines, timeline and audit stay as they were', async () => {
    const t = await testCore();
    await addInspectors(t);
    const caseFileId = await inspectionFile(t);
    const leader = await signInAs(t.core, '李强');
    await putOnTeam(leader, caseFileId, 'leader', t.staff['李强']!, '局领导包案');
    const p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
    const db = t.core.services!.db;
    // The disk refuses the last write of the step: the stored deadlines.
    db.exec("CREATE TEMP TRIGGER fail_deadlines BEFORE INSERT ON deadlines BEGIN SELECT RAISE(ABORT, 'disk refused'); END");
    const before = businessCounts(t.core);
    const status = () => db.prepare('SELECT status, row_version FROM proceedings WHERE id = ?').get(p.proceedingId);
    const was = status();
    expect((await leader.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-24' }, expectedRowVersion: p.rowVersion })).ok).toBe(false);
    expect(businessCounts(t.core)).toEqual(before);
    expect(status()).toEqual(was);
    db.exec('DROP TRIGGER fail_deadlines');
    expect((await leader.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-24' }, expectedRowVersion: p.rowVersion })).ok).toBe(true);
  });
});

describe('documents of a case file', () => {
  it('are voided or regenerated only by those who work on the file; the desk still regenerates its registration form', async () => {
    const t = await testCore();
    await addInspectors(t);
    const caseFileId = await inspectionFile(t);
    const file = await t.client.call('cases.get', { id: caseFileId });
    const [doc] = await t.client.call('documents.generate', { request: { kind: 'intakeRecord', intakeId: file.intakes[0]!.id }, caseFileId: null });
    const zhangwei = await signInAs(t.core, '张伟');
    expect(await zhangwei.invoke('documents.void', { id: doc!.id, reason: '登记内容有误，重新登记' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您不在本案办案组中，不能作废本案的文书；请包案领导将您加入办案组' },
    });
    expect(await zhangwei.invoke('documents.regenerate', { id: doc!.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await t.client.invoke('documents.regenerate', { id: doc!.id })).ok).toBe(true);
    const leader = await signInAs(t.core, '李强');
    await putOnTeam(leader, caseFileId, 'handler', t.staff['索朗']!, '指定为承办人');
    const suolang = await signInAs(t.core, '索朗');
    expect(await suolang.call('documents.void', { id: doc!.id, reason: '登记内容有误，重新登记' })).toMatchObject({ status: 'void' });
  });
});
