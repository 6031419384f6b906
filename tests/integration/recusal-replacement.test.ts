// 回避 granted with the replacement named in the same decision (调解仲裁法 Art. 34; 办案规则 Art. 11): the seat is filled
// in the step's own transaction — the tribunal stays composed, the hearing still to come sits with the replacement,
// the new 仲裁庭组成通知书 names him — and the replacement is checked as 组庭 checks a tribunal: the challenged person
// himself, one recused earlier, one off the team or without a valid 仲裁员证, one already on the tribunal, one booked
// elsewhere or away on the hearing's day are each refused at the field with nothing written. Left unnamed, the
// tribunal is composed again later (tests/integration/recusal.test.ts, hearings.test.ts).
import { describe, expect, it } from 'vitest';
import { businessCounts, establishStaff, testCore, type TestCore } from '../helpers/core';
import { ARB, arbitrationFile, arbitrators, compose, rooms, slot } from '../helpers/hearings';
import { versionText } from '../helpers/pdf-text';

type File = Awaited<ReturnType<typeof arbitrationFile>>;

async function act(f: File, action: string, input: Record<string, unknown>) {
  const p = await f.proceeding();
  return f.arbitrator.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

const GRANT = { date: '2026-11-25', decider: 'chair', deciderName: '达娃', reason: '经查属实，应当回避' };

/** The grant refused at the replacement's field, and nothing written. */
async function refused(t: TestCore, f: File, replacementStaffId: string) {
  const before = businessCounts(t.core);
  const r = await act(f, 'grantRecusal', { ...GRANT, replacementStaffId });
  expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(businessCounts(t.core)).toEqual(before);
  expect((await f.proceeding()).statusLabel).toBe('仲裁庭已组成');
  return r.ok ? '' : (r.error.fields?.replacementStaffId ?? r.error.message);
}

describe('回避 granted with the replacement named (调解仲裁法 Art. 34)', () => {
  it('the clerk’s seat: refused for the person himself, an arbitrator of the tribunal, one away that day; filled by another clerk, whom the hearing and the new notice name', async () => {
    const t = await testCore();
    await arbitrators(t);
    const { one } = await rooms(t);
    const f = await arbitrationFile(t);
    expect(await compose(f, t)).toMatchObject({ ok: true });
    const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id));
    // 卓玛, a third clerk on the team, is away on the hearing's day.
    t.staff['卓玛'] = await establishStaff(t.core, t.admin, { name: '卓玛', departmentId: ARB, roles: ['clerk'] });
    await f.leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff['卓玛']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
    await f.arbitrator.call('hearings.addUnavailability', { staffId: t.staff['卓玛']!, fromDate: '2026-12-14', toDate: '2026-12-16', kind: 'training', reason: '参加全区仲裁业务培训' });
    expect(await act(f, 'applyRecusal', { date: '2026-11-25', applicant: '日喀则市华建建筑工程有限公司', person: '央金', seat: 'clerk', reason: '书记员央金曾为申请人代写仲裁申请书' })).toMatchObject({ ok: true });

    expect(await refused(t, f, t.staff['央金']!)).toBe('央金正是被申请回避的人员，不能接替自己，请另行指定（《劳动争议调解仲裁法》第三十四条）');
    expect(await refused(t, f, t.staff['李明']!)).toBe('书记员不能同时担任本案仲裁员');
    expect(await refused(t, f, t.staff['卓玛']!)).toContain('书记员卓玛 2026-12-14 至 2026-12-16');
    expect(await refused(t, f, 'no-such-staff')).toBe('该书记员不在本案办案组中，请先将其加入办案组');

    expect(await act(f, 'grantRecusal', { ...GRANT, replacementStaffId: t.staff['德吉']! })).toMatchObject({ ok: true, value: { status: 'composed' } });
    const p = await f.proceeding();
    expect(p.statusLabel).toBe('仲裁庭已组成');
    const c = await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId });
    expect(c.tribunal).toMatchObject({ clerk: { name: '德吉' }, arbitrators: [{ name: '王芳', presiding: true }, { name: '李明' }, { name: '罗布' }] });
    expect(c.hearings.find((x) => x.id === h.id)).toMatchObject({ status: 'scheduled', clerk: { name: '德吉' } });
    const timeline = (await f.arbitrator.call('cases.get', { id: f.caseFileId })).events.map((e) => e.summary);
    expect(timeline).toContain('2026-11-25 仲裁委员会主任达娃决定回避：经查属实，应当回避；另行指定德吉接替，仲裁庭重新组成');
    // The new composition is told to the parties: its notice names the replacement, not the recused clerk.
    const [notice] = await f.arbitrator.call('documents.generate', { request: { kind: 'tribunalNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    const text = await versionText(f.arbitrator, notice!.versions[0]!.id);
    expect(text).toContain('书记员德吉担任记录');
    expect(text).not.toContain('央金');
    const [decision] = await f.arbitrator.call('documents.generate', { request: { kind: 'recusalDecision', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    expect(await versionText(f.arbitrator, decision!.versions[0]!.id)).toContain('书记员央金回避，不再参与本案的处理。本委另行指定书记员德吉，重新组成仲裁庭');
  }, 60_000);

  it('an arbitrator’s seat: refused for one whose 仲裁员证 has expired and for one recused before; the new arbitrator takes the presiding seat', async () => {
    const t = await testCore();
    await arbitrators(t);
    const f = await arbitrationFile(t);
    expect(await compose(f, t)).toMatchObject({ ok: true });
    // 罗布 is recused first, 格桑 (a new arbitrator on the team) named in his place.
    t.staff['格桑'] = await establishStaff(t.core, t.admin, { name: '格桑', departmentId: ARB, roles: ['arbitrator'], arbitratorCertNo: '藏劳仲证2029', arbitratorCertExpiry: '2029-06-30' });
    await f.leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff['格桑']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '另行指定仲裁员' });
    expect(await act(f, 'applyRecusal', { date: '2026-11-25', applicant: '扎西', person: '罗布', seat: 'arbitrator', reason: '仲裁员罗布系被申请人法定代表人的近亲属' })).toMatchObject({ ok: true });
    expect(await act(f, 'grantRecusal', { ...GRANT, replacementStaffId: t.staff['格桑']! })).toMatchObject({ ok: true, value: { status: 'composed' } });

    expect(await act(f, 'applyRecusal', { date: '2026-11-25', applicant: '日喀则市华建建筑工程有限公司', person: '王芳', seat: 'arbitrator', reason: '仲裁员王芳与申请人扎西系表兄妹关系' })).toMatchObject({ ok: true });
    expect(await refused(t, f, t.staff['次旦']!)).toBe('次旦的仲裁员证已于 2026-11-24 到期，2026-11-25 不能担任仲裁员（《劳动争议调解仲裁法》第二十条）');
    expect(await refused(t, f, t.staff['罗布']!)).toBe('罗布已在本案被决定回避，不能再担任本案的仲裁员或书记员（《劳动争议调解仲裁法》第三十四条）');
    expect(await refused(t, f, t.staff['李明']!)).toBe('同一名仲裁员不能在仲裁庭中担任两个席位');
    // Another arbitrator joins and takes 王芳's presiding seat.
    t.staff['多吉'] = await establishStaff(t.core, t.admin, { name: '多吉', departmentId: ARB, roles: ['arbitrator'], arbitratorCertNo: '藏劳仲证2030', arbitratorCertExpiry: '2030-06-30' });
    await f.leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff['多吉']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '另行指定仲裁员' });
    expect(await act(f, 'grantRecusal', { ...GRANT, replacementStaffId: t.staff['多吉']! })).toMatchObject({ ok: true });
    const c = await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId });
    expect(c.tribunal!.arbitrators.map((a) => [a.name, a.presiding])).toEqual([['多吉', true], ['李明', false], ['格桑', false]]);
    const [notice] = await f.arbitrator.call('documents.generate', { request: { kind: 'tribunalNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    const text = await versionText(f.arbitrator, notice!.versions[0]!.id);
    expect(text).toContain('本案由仲裁员多吉担任首席仲裁员，仲裁员李明、格桑组成合议仲裁庭审理，书记员央金担任记录。');
  }, 60_000);
});
