// 回避 through dispatch (调解仲裁法 Arts. 33–34; 办案规则 Art. 11): the decider checked against the stored application
// and the committee's setting — refused with its reason, nothing written — the recused person not seated again and the
// 仲裁庭组成通知书 naming the replacement; the 回避决定书, 应诉通知书 and 举证通知书 read back from the rendered PDF;
// the 受理通知书 held to the same 举证期限; and the conflict check's warnings on the file.
import { describe, expect, it } from 'vitest';
import { businessCounts, establishStaff, signInAs, testCore } from '../helpers/core';
import { applicationFile, fullApplication } from '../helpers/arbitration-application';
import { arbitrationFile, arbitrators, compose, unchanged } from '../helpers/hearings';
import { versionText } from '../helpers/pdf-text';
import { takeIn } from '../helpers/routing';
import { instantOf } from '../../shared/domain/time';

type File = Awaited<ReturnType<typeof arbitrationFile>>;

async function act(f: Pick<File, 'proceeding' | 'arbitrator'>, action: string, input: Record<string, unknown>) {
  const p = await f.proceeding();
  return f.arbitrator.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

const generate = (f: Pick<File, 'arbitrator' | 'caseFileId'>, kind: 'recusalDecision' | 'respondentNotice' | 'evidenceNotice' | 'tribunalNotice', proceedingId: string) =>
  f.arbitrator.call('documents.generate', { request: { kind, proceedingId }, caseFileId: f.caseFileId });

const APPLY = { date: '2026-11-25', applicant: '日喀则市华建建筑工程有限公司', person: '王芳', seat: 'arbitrator', reason: '仲裁员王芳与申请人扎西系表兄妹关系' };

describe('回避 decided by the person the rules name (办案规则 Art. 11)', () => {
  it('refuses the wrong decider, the committee for an arbitrator, the 仲裁院 head without the chair’s designation, and the person himself — nothing written', async () => {
    const t = await testCore();
    await arbitrators(t);
    const f = await arbitrationFile(t);
    await compose(f, t);
    expect(await act(f, 'applyRecusal', { ...APPLY, person: '张三' })).toMatchObject({ ok: false, error: { fields: { person: '张三不是本案办案组成员：请填写被申请回避的仲裁员或书记员的姓名' } } });
    expect(await act(f, 'applyRecusal', APPLY)).toMatchObject({ ok: true });
    const decide = async (over: Record<string, unknown>) => {
      const p = await f.proceeding();
      const before = businessCounts(t.core);
      const r = await f.arbitrator.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'refuseRecusal', input: { date: '2026-11-25', decider: 'chair', deciderName: '达娃', reason: '申请人所称亲属关系经核实不存在', ...over }, expectedRowVersion: p.rowVersion });
      if (!r.ok) expect(businessCounts(t.core)).toEqual(before);
      return r;
    };
    expect(await decide({ decider: 'instituteHead', deciderName: '格桑' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { decider: expect.stringContaining('本委未登记仲裁委员会主任指定仲裁院负责人决定回避') } } });
    expect(await decide({ decider: 'committee', deciderName: '仲裁委员会会议' })).toMatchObject({ ok: false, error: { fields: { decider: '仲裁员是否回避，由仲裁委员会主任或者其指定的仲裁院负责人决定（《劳动人事争议仲裁办案规则》第十一条）' } } });
    expect(await decide({ deciderName: '王芳' })).toMatchObject({ ok: false, error: { fields: { deciderName: expect.stringContaining('被申请回避的王芳不能决定自己是否回避') } } });
    // The committee records the chair's designation: the 仲裁院's head may now decide.
    await t.admin.call('parameters.set', { key: 'arbitration.recusalByInstituteHead', region: '*', value: true, effectiveFrom: '2026-01-01', source: '本委主任指定仲裁院院长决定回避的文件', confidence: 'local', note: null });
    expect(await decide({ decider: 'instituteHead', deciderName: '格桑' })).toMatchObject({ ok: true });
    const p = await f.proceeding();
    expect(p.statusLabel).toBe('仲裁庭已组成');
    expect(p.deadlines.find((d) => d.ruleId === 'arbitration.recusal')).toMatchObject({ dueState: 'met', metOn: '2026-11-25' });
    const timeline = (await f.arbitrator.call('cases.get', { id: f.caseFileId })).events.map((e) => e.summary);
    expect(timeline).toContain('2026-11-25 仲裁院负责人（受主任指定）格桑决定驳回回避申请：申请人所称亲属关系经核实不存在');
    expect(p.papers.map((x) => x.kind)).toContain('recusalDecision');
    const [paper] = await generate(f, 'recusalDecision', f.proceedingId);
    expect(paper).toMatchObject({ kind: 'recusalDecision', title: '回避决定书', number: expect.stringContaining('劳人仲案字〔2026〕第') });
    const text = await versionText(f.arbitrator, paper!.versions[0]!.id);
    for (const s of [
      '日喀则市劳动人事争议仲裁委员会',
      '回避决定书',
      '申请人：扎西',
      '被申请人：日喀则市华建建筑工程有限公司',
      '日喀则市华建建筑工程有限公司于2026年11月25日申请本案仲裁员王芳回避，理由是：仲裁员王芳与申请人扎西系表兄妹关系。',
      '经审查：申请人所称亲属关系经核实不存在。',
      '经仲裁院负责人（受主任指定）格桑于2026年11月25日决定：驳回日喀则市华建建筑工程有限公司的回避申请',
      '本决定书送达即发生法律效力。',
      '仲裁院负责人',
      '二〇二六年十一月二十五日',
    ]) expect(text, s).toContain(s);
  }, 60_000);

  it('the chair sitting as arbitrator is decided on by the committee; granted, he is not seated again and the new notice names the replacement', async () => {
    const t = await testCore();
    await arbitrators(t);
    const f = await arbitrationFile(t);
    await compose(f, t);
    expect(await act(f, 'applyRecusal', { ...APPLY, seat: 'chairArbitrator' })).toMatchObject({ ok: true });
    const grant = { date: '2026-11-25', decider: 'chair', deciderName: '次仁', reason: '王芳与申请人扎西系近亲属，属于应当回避的情形' };
    expect(await unchanged(t, f.arbitrator, 'proceedings.act', { proceedingId: f.proceedingId, action: 'grantRecusal', input: grant, expectedRowVersion: (await f.proceeding()).rowVersion })).toMatchObject({
      ok: false,
      error: { fields: { decider: '仲裁委员会主任担任本案仲裁员的，其是否回避由仲裁委员会决定（《劳动人事争议仲裁办案规则》第十一条）' } },
    });
    expect(await act(f, 'grantRecusal', { ...grant, decider: 'committee', deciderName: '2026年第5次主任会议' })).toMatchObject({ ok: true });
    expect((await f.proceeding()).statusLabel).toBe('已决定回避，待重新组成仲裁庭');
    const again = { date: '2026-11-25', form: 'panel', presidingStaffId: t.staff['李明']!, memberStaffIds: [t.staff['王芳']!, t.staff['罗布']!], clerkStaffId: t.staff['央金']! };
    expect(await unchanged(t, f.arbitrator, 'proceedings.act', { proceedingId: f.proceedingId, action: 'compose', input: again, expectedRowVersion: (await f.proceeding()).rowVersion })).toMatchObject({
      ok: false,
      error: { fields: { memberStaffIds: '王芳已被决定回避，不能再担任本案的仲裁员或书记员，请另行指定（《劳动争议调解仲裁法》第三十四条）' } },
    });
    // A new arbitrator joins the team and takes 王芳's seat: the tribunal is composed again and notified again.
    const ARB = 'dept-540200-arbitration';
    t.staff['格桑'] = await establishStaff(t.core, t.admin, { name: '格桑', departmentId: ARB, roles: ['arbitrator'], arbitratorCertNo: '藏劳仲证2028', arbitratorCertExpiry: '2028-06-30' });
    await f.leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff['格桑']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '另行指定仲裁员' });
    expect(await act(f, 'compose', { ...again, memberStaffIds: [t.staff['罗布']!, t.staff['格桑']!] })).toMatchObject({ ok: true });
    const [notice] = await generate(f, 'tribunalNotice', f.proceedingId);
    const composed = await versionText(f.arbitrator, notice!.versions[0]!.id);
    expect(composed).toContain('本案由仲裁员李明担任首席仲裁员，仲裁员格桑、罗布组成合议仲裁庭审理，书记员央金担任记录。');
    expect(composed).not.toContain('王芳');
    const [paper] = await generate(f, 'recusalDecision', f.proceedingId);
    const text = await versionText(f.arbitrator, paper!.versions[0]!.id);
    for (const s of [
      '日喀则市华建建筑工程有限公司于2026年11月25日申请本案仲裁员（仲裁委员会主任）王芳回避',
      '经仲裁委员会于2026年11月25日决定：仲裁员（仲裁委员会主任）王芳回避，不再参与本案的处理。本委另行指定仲裁员，重新组成仲裁庭',
    ]) expect(text, s).toContain(s);
  }, 60_000);
});

describe('应诉通知书 and 举证通知书 from the stored case (调解仲裁法 Arts. 6, 30, 39; 办案规则 Arts. 13, 15, 44)', () => {
  it('one 应诉通知书 per respondent with the claims and ten days to answer; one 举证通知书 per party with the date set; the 受理通知书 held to that date', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    await f.arbitrator.call('arbitration.saveApplication', fullApplication(await f.application()));
    expect(await f.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request: { kind: 'evidenceNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { message: '本案尚未指定举证期限，不能制作举证通知书；请先在办案步骤中办理“指定举证期限”' },
    });
    const notices = await generate(f, 'respondentNotice', f.proceedingId);
    expect(notices.map((n) => n.kind)).toEqual(['respondentNotice']);
    const answer = await versionText(f.arbitrator, notices[0]!.versions[0]!.id);
    for (const s of [
      '应诉通知书',
      notices[0]!.number!,
      '日喀则市华建建筑工程有限公司：',
      '申请人扎西、次仁与你单位劳动人事争议一案，申请人于2026年11月24日向本委申请仲裁，本委已于2026年11月25日依法受理。现将仲裁申请书副本送达你单位',
      '支付2026年7月至10月工资',
      '应当自收到仲裁申请书副本之日起十日内向本委提交答辩书',
      '仲裁庭的组成情况，本委将自受理之日起五日内另行书面通知',
      '本案的举证期限由本委另行书面通知（举证通知书）',
      '附：仲裁申请书副本一份',
    ]) expect(answer, s).toContain(s);
    // One valid set per file; owed to the respondent, whose defence runs from its service.
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request: { kind: 'respondentNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const listed = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).documents.find((d) => d.documentId === notices[0]!.id)!;
    expect(listed.unserved.map((u) => u.name)).toEqual(['日喀则市华建建筑工程有限公司']);

    expect(await f.step('setEvidencePeriod', { date: '2026-11-25', until: '2026-12-11' })).toMatchObject({ ok: true });
    expect((await f.proceeding()).papers.map((p) => p.kind)).toEqual(['respondentNotice', 'evidenceNotice']);
    const evidence = await generate(f, 'evidenceNotice', f.proceedingId);
    expect(evidence.length).toBe(3);
    const [toWorker, , toEmployer] = await Promise.all(evidence.map((d) => versionText(f.arbitrator, d.versions[0]!.id)));
    for (const s of ['举证通知书', '扎西：', '一、本案举证期限至2026年12月11日届满。', '当事人对自己提出的主张，有责任提供证据', '仲裁庭可以要求用人单位在指定期限内提供', '应当在举证期限届满前（2026年12月11日前）提出']) expect(toWorker, s).toContain(s);
    for (const s of ['日喀则市华建建筑工程有限公司：', '一、本案举证期限至2026年12月11日届满。', '与争议事项有关的证据属于你单位掌握管理的，你单位应当提供；你单位不提供的，应当承担不利后果', '工资支付台账']) expect(toEmployer, s).toContain(s);

    // The 受理通知书 prints the same 举证期限: another date is refused, none takes the one set.
    const acceptance = { kind: 'acceptanceNotice' as const, proceedingId: f.proceedingId };
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request: { ...acceptance, evidenceDeadline: '2026-12-18' }, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { evidenceDeadline: expect.stringContaining('本案已指定举证期限至 2026-12-11，受理通知书应写同一日期') } },
    });
    const [told] = await f.arbitrator.call('documents.generate', { request: acceptance, caseFileId: f.caseFileId });
    expect(await versionText(f.arbitrator, told!.versions[0]!.id)).toContain('本案举证期限至2026年12月11日');
  }, 60_000);
});

describe('the conflict check (调解仲裁法 Art. 33): warnings on the file, never a refusal', () => {
  it('names the earlier case and the role of an arbitrator who worked on the same employer’s inspection; a seat on its other arbitrations is none', async () => {
    const t = await testCore();
    await arbitrators(t);
    const desk = await signInAs(t.core, '次仁卓玛');
    const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
    const complaint = await desk.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf('2026-11-20', '09:30'),
      summary: '拖欠工资投诉',
      workersCount: 1,
      parties: [{ partyId: employer.id, role: 'employer' }],
      complainants: [{ name: '罗布次仁', idType: 'none', idMissingReason: '未带证件' }],
      route: 'inspection',
    });
    const inspectionFile = (await desk.call('intakes.get', { id: complaint.id })).caseFileId!;
    await takeIn(t.core, inspectionFile, '张伟');
    const leader = await signInAs(t.core, '李强');
    await leader.call('team.add', { caseFileId: inspectionFile, role: 'participant', staffId: t.staff['王芳']!, name: null, organisation: null, phone: null, employment: 'partTime', reason: '兼职参与调查' });
    const earlier = await arbitrationFile(t, '扎西', '', employer);
    expect(await compose(earlier, t, { presidingStaffId: t.staff['李明']!, memberStaffIds: [t.staff['王芳']!, t.staff['罗布']!] })).toMatchObject({ ok: true });
    const f = await arbitrationFile(t, '次仁', '', employer);
    expect(await compose(f, t)).toMatchObject({ ok: true });
    const p = await f.proceeding();
    expect(p.statusLabel).toBe('仲裁庭已组成');
    const warnings = p.notices.filter((n) => n.text.startsWith('回避提示'));
    expect(warnings).toEqual([{ severity: 'warning', text: '回避提示：首席仲裁员王芳曾在案卷“罗布次仁投诉日喀则市华建建筑工程有限公司”中担任参与人员，该案涉及本案当事人日喀则市华建建筑工程有限公司' }]);
  }, 60_000);
});
