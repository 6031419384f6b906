// 群体性事件, 督办, 约谈 and 调度会 through dispatch: opening an incident makes the file urgent and tops every desk; its
// report clocks come from the parameters and run by the hour; only those on the file act on it (the desk may open one
// on an urgent file); every write is on the timeline and the trail, or nothing is written.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (hhmm: string) => instantOf('2026-11-25', hhmm);

/** A complaint against a builder, 李强 its 包案领导 and 张伟 on its team; urgent or not, a construction matter or not. */
async function arrange(t: TestCore, o: { urgent?: boolean; construction?: boolean } = {}) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  const parties: ChannelInput<'intakes.create'>['parties'] = [{ partyId: employer.id, role: 'employer' }];
  let contractorId: string | null = null;
  if (o.construction) {
    const gc = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
    contractorId = gc.id;
    parties.push({ partyId: gc.id, role: 'generalContractor' });
  }
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { parties, workersCount: 12, urgent: o.urgent ?? false, leaderStaffId: t.staff['李强']! }));
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  const leader = await signInAs(t.core, '李强');
  await leader.call('team.add', { caseFileId, role: 'participant', staffId: t.staff['张伟']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '参与调查' });
  return { caseFileId, leader, inspector: await signInAs(t.core, '张伟'), employerId: employer.id, contractorId };
}

const gate = (caseFileId: string): ChannelInput<'incidents.open'> => ({
  caseFileId,
  startedAt: at('09:40'),
  learnedAt: at('09:45'),
  placeKind: 'bureauGate',
  place: null,
  acts: ['crowd', 'blockedGate'],
  description: '十二名工人在局门口拉横幅讨要工资，堵住大门',
  peopleCount: 12,
  leaders: '边巴次仁（班组长）',
});

describe('群体性事件', () => {
  it('opening one makes the file urgent and puts it first on every leader’s desk with its report clocks', async () => {
    const t = await testCore();
    t.staff['王卫东'] = await establishStaff(t.core, t.admin, { name: '王卫东', departmentId: 'dept-540200-leadership', roles: ['leader'] });
    const a = await arrange(t);
    expect((await a.leader.call('cases.get', { id: a.caseFileId })).urgent).toBe(false);
    const incident = await a.inspector.call('incidents.open', gate(a.caseFileId));
    expect(incident.clocks.map((c) => [c.recipient, c.dueAt, c.state, c.minutes])).toEqual([
      ['up', at('10:45'), 'running', 45],
      ['police', at('10:45'), 'running', 45],
    ]);
    const file = await a.leader.call('cases.get', { id: a.caseFileId });
    expect(file.urgent).toBe(true);
    expect(file.events.at(-1)!.summary).toBe(
      '群体性事件：2026-11-25 09:40 起约12人在本局门口聚集讨薪、堵门，带头人边巴次仁（班组长）。十二名工人在局门口拉横幅讨要工资，堵住大门。向上级报告时限 2026-11-25 10:45，通报公安时限 2026-11-25 10:45。案卷标为紧急',
    );
    // A leader who neither leads nor works on the file sees it first, with its clocks.
    const other = await signInAs(t.core, '王卫东');
    const desk = await other.call('desk.summary', {});
    expect(desk.counts.incidents).toBe(1);
    expect(desk.incidents).toEqual([expect.objectContaining({ id: incident.id, caseFileId: a.caseFileId, peopleCount: 12, placeKind: 'bureauGate' })]);
    expect(desk.incidents[0]!.clocks.map((c) => c.label)).toEqual(['向上级报告', '通报公安']);
    expect(desk.urgentFiles.map((f) => f.id)).toContain(a.caseFileId);
    const audit = t.core.services!.db.prepare("SELECT entity, entity_id FROM audit_log WHERE action = 'incidentOpen'").all();
    expect(audit).toEqual([{ entity: 'incident', entity_id: incident.id }]);
  });

  it('takes its hours from the parameters in force, adds 住建 on a construction matter, and reads due and overdue by the hour', async () => {
    const t = await testCore();
    await t.admin.call('parameters.set', { key: 'incident.reportUpHours', region: '540200', value: 2, effectiveFrom: '2026-01-01', source: '日喀则市群体性事件应急预案（测试）', confidence: 'local' });
    const a = await arrange(t, { construction: true });
    const opened = await a.leader.call('incidents.open', gate(a.caseFileId));
    expect(opened.clocks.map((c) => [c.label, c.dueAt])).toEqual([
      ['向上级报告', at('11:45')],
      ['通报公安', at('10:45')],
      ['通报住建', at('11:45')],
    ]);
    // 10:00 → 10:46: the police clock is a minute over; the others run (signed in afresh: the screen locks when idle).
    t.clock.advance(46 * MIN);
    a.leader = await signInAs(t.core, '李强');
    a.inspector = await signInAs(t.core, '张伟');
    let seen = await a.leader.call('incidents.get', { caseFileId: a.caseFileId });
    expect(seen.incidents[0]!.clocks.map((c) => [c.recipient, c.state, c.minutes])).toEqual([
      ['up', 'running', 59],
      ['police', 'overdue', 1],
      ['housing', 'running', 59],
    ]);
    // The leader phoned the police at 10:46 (a minute late) and the city bureau at 10:30 (in time); the second report up is a 续报.
    await a.leader.call('incidents.report', { incidentId: opened.id, recipient: 'police', addressee: '桑珠孜区公安分局指挥中心', reportedAt: at('10:46'), reportedBy: t.staff['李强']!, method: 'phone', summary: '局门口12人聚集堵门，请派警力维持秩序' });
    await a.leader.call('incidents.report', { incidentId: opened.id, recipient: 'up', addressee: '市人社局值班室', reportedAt: at('10:30'), reportedBy: t.staff['李强']!, method: 'phone', summary: '局门口12人聚集讨薪' });
    await a.inspector.call('incidents.report', { incidentId: opened.id, recipient: 'up', addressee: '市人社局值班室', reportedAt: at('10:45'), reportedBy: t.staff['张伟']!, method: 'written', summary: '续报：工人已同意进入接待室协商' });
    t.clock.advance(2 * HOUR);
    a.leader = await signInAs(t.core, '李强');
    seen = await a.leader.call('incidents.get', { caseFileId: a.caseFileId });
    const i = seen.incidents[0]!;
    expect(i.clocks.map((c) => [c.recipient, c.state, c.minutes])).toEqual([
      ['up', 'met', 0],
      ['police', 'metLate', 1],
      ['housing', 'overdue', 61],
    ]);
    expect(i.reports.map((r) => [r.recipient, r.reportedBy.name, r.followUp])).toEqual([
      ['up', '李强', false],
      ['up', '张伟', true],
      ['police', '李强', false],
    ]);
    const desk = await a.leader.call('desk.summary', {});
    expect(desk.incidents[0]!.clocks.find((c) => c.recipient === 'housing')).toMatchObject({ state: 'overdue', minutes: 61 });
    const events = (await a.leader.call('cases.get', { id: a.caseFileId })).events.map((e) => e.summary);
    expect(events).toContain('群体性事件首报：李强 2026-11-25 10:46 电话通报公安机关（桑珠孜区公安分局指挥中心）：局门口12人聚集堵门，请派警力维持秩序');
    expect(events).toContain('群体性事件续报：张伟 2026-11-25 10:45 书面报告向本级政府和上级人社部门报告（市人社局值班室）：续报：工人已同意进入接待室协商');
  });

  it('sends staff to the scene and closes with the outcome; a closed one takes no more staff and leaves the desk', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const opened = await a.leader.call('incidents.open', gate(a.caseFileId));
    await a.leader.call('incidents.dispatch', { incidentId: opened.id, sentAt: at('09:50'), staffIds: [t.staff['张伟']!], others: [{ name: '赵警官', organisation: '城北派出所' }], task: '到门口劝导，登记工人名单' });
    expect(await a.leader.invoke('incidents.close', { incidentId: opened.id, endedAt: at('09:30'), outcome: 'dispersed', note: null, expectedRowVersion: opened.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { endedAt: '平息时间不能早于事发时间（2026-11-25 09:40）' } },
    });
    const closed = await a.leader.call('incidents.close', { incidentId: opened.id, endedAt: at('09:58'), outcome: 'agreed', note: '总包单位承诺11月30日前代发', expectedRowVersion: opened.rowVersion });
    expect(closed).toMatchObject({ status: 'closed', outcome: 'agreed', closedBy: { name: '李强' } });
    expect(closed.dispatches.map((d) => [d.name, d.organisation])).toEqual([
      ['张伟', null],
      ['赵警官', '城北派出所'],
    ]);
    expect(await a.leader.invoke('incidents.dispatch', { incidentId: opened.id, sentAt: at('09:59'), staffIds: [t.staff['张伟']!], others: [], task: null })).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED' } });
    expect((await a.leader.call('desk.summary', {})).incidents).toEqual([]);
    const events = (await a.leader.call('cases.get', { id: a.caseFileId })).events.map((e) => e.summary);
    expect(events).toContain('2026-11-25 09:50 派员赶赴现场：张伟、赵警官（城北派出所）。任务：到门口劝导，登记工人名单');
    expect(events).toContain('群体性事件处置完毕（2026-11-25 09:58）：达成限期支付方案。总包单位承诺11月30日前代发');
  });

  it('is opened by the desk only on an urgent file, and acted on only by those on the file; a refusal writes nothing', async () => {
    const t = await testCore();
    const calm = await arrange(t);
    const urgent = await arrange(t, { urgent: true });
    const before = businessCounts(t.core);
    expect(await t.client.invoke('incidents.open', gate(calm.caseFileId))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('只能在紧急案卷上登记群体性事件') } });
    expect(businessCounts(t.core)).toEqual(before);
    expect((await t.client.call('incidents.get', { caseFileId: calm.caseFileId })).mayOpenIncident).toBe(false);
    expect(await t.client.call('incidents.get', { caseFileId: urgent.caseFileId })).toMatchObject({ mayOpenIncident: true, mayAct: false, maySupervise: false });
    const opened = await t.client.call('incidents.open', gate(urgent.caseFileId));
    expect(opened.openedBy.name).toBe('次仁卓玛');

    // An inspector not on the file may not report, send staff or close; nor may a leader of another file's team.
    t.staff['索朗'] = await establishStaff(t.core, t.admin, { name: '索朗', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0232' });
    const outsider = await signInAs(t.core, '索朗');
    const counts = businessCounts(t.core);
    const report = { incidentId: opened.id, recipient: 'up' as const, addressee: '市人社局值班室', reportedAt: at('09:55'), reportedBy: t.staff['索朗']!, method: 'phone' as const, summary: '局门口聚集' };
    expect(await outsider.invoke('incidents.report', report)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('您不在本案办案组中') } });
    expect(await outsider.invoke('incidents.close', { incidentId: opened.id, endedAt: at('09:58'), outcome: 'dispersed', note: null, expectedRowVersion: opened.rowVersion })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await outsider.invoke('meetings.record', { caseFileId: urgent.caseFileId, kind: 'coordination', date: '2026-11-25', place: null, purpose: null, attendees: [{ partyId: null, name: '赵建国', organisation: '住建局' }], outcome: '分工处置' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(businessCounts(t.core)).toEqual(counts);
    // The desk has no step permission: refused by the core before the service, with the one 'refused' row.
    expect(await t.client.invoke('incidents.report', report)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('办理案件程序步骤') } });
  });

  it('refuses bad input at the field and writes nothing; a write that fails part-way leaves the file as it was', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const before = businessCounts(t.core);
    expect(await a.inspector.invoke('incidents.open', { ...gate(a.caseFileId), startedAt: at('10:30'), learnedAt: at('10:31') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { startedAt: '事发时间不能晚于现在（2026-11-25 10:00）' } },
    });
    expect(await a.inspector.invoke('incidents.open', { ...gate(a.caseFileId), placeKind: 'site', learnedAt: at('09:00'), acts: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { place: '请填写具体地点（施工现场）', learnedAt: '接报时间不能早于事发时间', acts: '请至少选择一项事件情形' } },
    });
    expect(businessCounts(t.core)).toEqual(before);
    // The timeline refuses the line: no incident, the file not made urgent, no audit row.
    const db = t.core.services!.db;
    db.exec("CREATE TEMP TRIGGER fail_timeline BEFORE INSERT ON case_events WHEN NEW.kind = 'incident.opened' BEGIN SELECT RAISE(ABORT, 'disk refused'); END");
    expect((await a.inspector.invoke('incidents.open', gate(a.caseFileId))).ok).toBe(false);
    expect(businessCounts(t.core)).toEqual(before);
    expect((await a.leader.call('cases.get', { id: a.caseFileId })).urgent).toBe(false);
    db.exec('DROP TRIGGER fail_timeline');
    const opened = await a.inspector.call('incidents.open', gate(a.caseFileId));
    expect(await a.inspector.invoke('incidents.report', { incidentId: opened.id, recipient: 'up', addressee: '值班室', reportedAt: at('09:30'), reportedBy: t.staff['张伟']!, method: 'phone', summary: '聚集' })).toMatchObject({
      ok: false,
      error: { fields: { reportedAt: '报告时间不能早于事发时间（2026-11-25 09:40）' } },
    });
    expect(await a.inspector.invoke('incidents.report', { incidentId: opened.id, recipient: 'up', addressee: '值班室', reportedAt: at('09:50'), reportedBy: t.staff['普布次仁']!, method: 'phone', summary: '聚集' })).toMatchObject({
      ok: false,
      error: { fields: { reportedBy: '请选择本单位在职的办案人员' } },
    });
  });
});

describe('督办', () => {
  it('a leader supervises with a report-by date; the desk reads it due and overdue; the handlers report; only its leader closes it', async () => {
    const t = await testCore();
    t.staff['王卫东'] = await establishStaff(t.core, t.admin, { name: '王卫东', departmentId: 'dept-540200-leadership', roles: ['leader'] });
    t.staff['扎西'] = await establishStaff(t.core, t.admin, { name: '扎西', departmentId: 'dept-540200-leadership', roles: ['leader'] });
    const a = await arrange(t);
    const chief = await signInAs(t.core, '王卫东');
    const open = { caseFileId: a.caseFileId, level: 'cityBureau' as const, issuer: null, demands: '三日内查清欠薪数额并报告', reportBy: '2026-11-27' };
    expect(await a.inspector.invoke('supervisions.open', open)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await chief.invoke('supervisions.open', open)).toMatchObject({ ok: false, error: { fields: { issuer: '市局督办请填写督办单位和文号' } } });
    expect(await chief.invoke('supervisions.open', { ...open, reportBy: '2026-11-24', issuer: '市人社局' })).toMatchObject({ ok: false, error: { fields: { reportBy: '报告期限不能早于今天（2026-11-25）' } } });
    const s = await chief.call('supervisions.open', { ...open, issuer: '市人社局 日人社督〔2026〕3号' });
    expect(s).toMatchObject({ status: 'open', dueState: 'dueSoon', mayClose: true, openedBy: { name: '王卫东' } });
    // Every leader's desk shows it; the handler's too (his file).
    expect((await a.leader.call('desk.summary', {})).supervisions).toEqual([expect.objectContaining({ id: s.id, reportBy: '2026-11-27', dueState: 'dueSoon' })]);
    expect((await a.inspector.call('desk.summary', {})).counts.supervisions).toBe(1);
    // Monday 11-30: three days overdue.
    t.clock.advance(5 * 24 * HOUR);
    const [chiefNow, inspectorNow] = [await signInAs(t.core, '王卫东'), await signInAs(t.core, '张伟')];
    expect((await chiefNow.call('desk.summary', {})).supervisions[0]).toMatchObject({ dueState: 'overdue', overdueDays: 3 });
    const reported = await inspectorNow.call('supervisions.report', { supervisionId: s.id, date: '2026-11-30', content: '已查清12人欠薪18.6万元，总包单位同意先行垫付' });
    expect(reported).toMatchObject({ dueState: 'metLate', reports: [{ date: '2026-11-30', reportedBy: { name: '张伟' } }] });
    // Only the leader who supervised it or the file's 包案领导 closes it: another leader may not.
    const third = await signInAs(t.core, '扎西');
    expect(await third.invoke('supervisions.close', { supervisionId: s.id, date: '2026-11-30', conclusion: '办结', expectedRowVersion: reported.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有作出督办的领导或本案包案领导可以办结督办' },
    });
    const closed = await chiefNow.call('supervisions.close', { supervisionId: s.id, date: '2026-11-30', conclusion: '欠薪已垫付到位，督办办结', expectedRowVersion: reported.rowVersion });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-11-30', mayClose: false });
    expect((await chiefNow.call('desk.summary', {})).supervisions).toEqual([]);
    const events = (await chiefNow.call('cases.get', { id: a.caseFileId })).events.map((e) => e.summary);
    expect(events).toEqual(
      expect.arrayContaining([
        '市局督办（市人社局 日人社督〔2026〕3号）：三日内查清欠薪数额并报告。请于 2026-11-27 前报告办理情况',
        '市局督办事项报告（2026-11-30，张伟）：已查清12人欠薪18.6万元，总包单位同意先行垫付',
        '市局督办办结（2026-11-30）：欠薪已垫付到位，督办办结',
      ]),
    );
  });
});

describe('约谈 and 调度会', () => {
  it('are recorded by the file’s team with the file’s parties and people of other bodies', async () => {
    const t = await testCore();
    const a = await arrange(t, { construction: true });
    const stranger = await t.client.call('parties.create', { kind: 'organisation', name: '无关公司' });
    const input: ChannelInput<'meetings.record'> = {
      caseFileId: a.caseFileId,
      kind: 'interview',
      date: '2026-11-25',
      place: '局三楼会议室',
      purpose: '督促限期支付',
      attendees: [
        { partyId: a.contractorId, name: '法定代表人王建国', organisation: null },
        { partyId: stranger.id, name: null, organisation: null },
      ],
      outcome: '总包单位承诺11月30日前代发全部工资',
    };
    const before = businessCounts(t.core);
    expect(await a.leader.invoke('meetings.record', input)).toMatchObject({ ok: false, error: { fields: { 'attendees.1.partyId': '该单位不是本案当事人，请按姓名和单位登记' } } });
    expect(await a.leader.invoke('meetings.record', { ...input, date: '2026-11-26' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(businessCounts(t.core)).toEqual(before);
    const m = await a.leader.call('meetings.record', { ...input, attendees: [input.attendees[0]!, { partyId: null, name: '赵建国', organisation: '日喀则市住房和城乡建设局' }] });
    expect(m.attendees.map((x) => x.label)).toEqual(['日喀则市华建建筑工程有限公司（法定代表人王建国）', '赵建国（日喀则市住房和城乡建设局）']);
    const got = await a.inspector.call('incidents.get', { caseFileId: a.caseFileId });
    expect(got.meetings).toEqual([m]);
    expect((await a.leader.call('cases.get', { id: a.caseFileId })).events.at(-1)!.summary).toBe(
      '约谈（2026-11-25，局三楼会议室）：参加 日喀则市华建建筑工程有限公司（法定代表人王建国）、赵建国（日喀则市住房和城乡建设局）。事由：督促限期支付。结果：总包单位承诺11月30日前代发全部工资',
    );
  });
});
