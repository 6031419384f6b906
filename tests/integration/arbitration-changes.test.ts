// The arbitration's changes of course through dispatch: each step writes its event, timeline line and stored
// deadlines together; the stored award clock restarts (办案规则 Art. 46) and pauses across a 中止 approved by a leader
// (Art. 47), each date counted by hand over the 2026 元旦 and Spring Festival notices; the 中止/恢复 papers and the
// 先予执行裁定书 are made from the stored steps; 简易处理's amount is checked against the bureau's parameter.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import type { Client } from '../helpers/client';
import { signInAs, type TestCore, testCore } from '../helpers/core';
import { arbitrators, unchanged } from '../helpers/hearings';
import { takeIn } from '../helpers/routing';

const EMPLOYER = '日喀则市华建建筑工程有限公司';

/** A wage claim received 2025-12-24 and accepted 12-26 by 王芳, with the institute's people on its team. */
async function acceptedFile(t: TestCore) {
  await arbitrators(t);
  const desk = await signInAs(t.core, '次仁卓玛');
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2025-12-24', '09:30'),
    summary: '申请仲裁：拖欠工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId, '王芳');
  const leader = await signInAs(t.core, '李强');
  for (const name of ['王芳', '李明', '罗布', '央金']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const arbitrator = await signInAs(t.core, '王芳');
  const proceeding = async () => (await arbitrator.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'arbitration')!;
  const act = async (action: string, input: Record<string, unknown>, by: Client = arbitrator) => {
    const p = await proceeding();
    return by.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };
  const f = { caseFileId, arbitrator, leader, proceeding, act, proceedingId: (await proceeding()).proceedingId };
  expect(await act('accept', { date: '2025-12-26' })).toMatchObject({ ok: true });
  return f;
}

const awardClock = async (f: Awaited<ReturnType<typeof acceptedFile>>) => (await f.proceeding()).deadlines.find((d) => d.ruleId === 'arbitration.award')!;

async function pdfText(c: Client, versionId: string): Promise<string> {
  const file = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-arb-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(file.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('the award clock across changes of course (办案规则 Arts. 44, 46, 47)', () => {
  it('a claim change restarts it; a leader-approved 中止 pauses it; 恢复 runs it on — the stored date each time, and the papers say so', async () => {
    const t = await testCore();
    const f = await acceptedFile(t);
    // 12-27 … 12-31 = 5, January 31, 02-01 … 02-09 = 9.
    expect(await awardClock(f)).toMatchObject({ startDate: '2025-12-26', dueDate: '2026-02-09' });

    expect(await f.act('changeClaims', { date: '2026-01-05', content: '增加请求：支付2025年12月工资8,600元' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { date: expect.stringContaining('本案尚未指定举证期限') } },
    });
    expect(await f.act('setEvidencePeriod', { date: '2025-12-29', until: '2026-01-05' })).toMatchObject({ ok: true });
    expect(await f.act('changeClaims', { date: '2026-01-06', content: '增加请求：支付2025年12月工资8,600元' })).toMatchObject({
      ok: false,
      error: { fields: { date: expect.stringContaining('举证期限已于 2026-01-05 届满') } },
    });
    expect(await f.act('changeClaims', { date: '2026-01-05', content: '增加请求：支付2025年12月工资8,600元' })).toMatchObject({ ok: true, value: { status: 'accepted' } });
    // 01-06 … 01-31 = 26, 02-01 … 02-19 = 19: 02-19 is in the Spring Festival (02-15 … 02-23) → 02-24.
    expect(await awardClock(f)).toMatchObject({ startDate: '2026-01-05', dueDate: '2026-02-24' });

    // 中止 waits for the leader (Art. 47); his signing day is its day.
    expect(await f.act('suspend', { date: '2026-01-19', ground: 'awaitingAppraisal', detail: '申请人伤残等级鉴定尚未作出' })).toMatchObject({ ok: true, value: { approvalRequested: true, status: 'accepted' } });
    const pending = (await f.proceeding()).pendingApproval!;
    expect(pending).toMatchObject({ action: 'suspend', label: '中止仲裁' });
    const leader = await signInAs(t.core, '李强');
    expect(await leader.invoke('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: null, date: '2026-01-20', expectedRowVersion: pending.rowVersion })).toMatchObject({
      ok: true,
      value: { status: 'suspended' },
    });
    const paused = await f.proceeding();
    expect(paused.statusLabel).toBe('仲裁中止');
    expect(paused.deadlines.find((d) => d.ruleId === 'arbitration.award')).toMatchObject({ dueState: 'paused' });
    // Nothing but 恢复 while suspended, in the core's words.
    const p = await f.proceeding();
    expect(await unchanged(t, f.arbitrator, 'proceedings.act', { proceedingId: p.proceedingId, action: 'counterClaim', input: { date: '2026-01-21', content: '反请求' }, expectedRowVersion: p.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '劳动人事争议仲裁案件当前为“仲裁中止”，不能受理反申请（仅在已受理、仲裁庭已组成、已决定回避，待重新组成仲裁庭时可以）' },
    });

    expect(await f.act('resume', { date: '2026-02-24', reason: '伤残等级鉴定结论已于当日送达本委' })).toMatchObject({ ok: true, value: { status: 'accepted' } });
    // Counted 01-06 … 01-19 = 14; 01-20 … 02-23 not counted; 02-24 … 02-28 = 5, 03-01 … 03-26 = 26.
    const award = await awardClock(f);
    expect(award).toMatchObject({ startDate: '2026-01-05', dueDate: '2026-03-26' });
    expect((await f.arbitrator.call('deadlines.trace', { deadlineId: award.id })).trace).toContain('中止（或公告送达）期间 2026-01-20 至 2026-02-23 不计入');
    expect(await f.act('resume', { date: '2026-02-24', reason: '再次恢复' })).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: expect.stringContaining('不能恢复仲裁（仅在仲裁中止时可以）') } });

    const timeline = (await f.arbitrator.call('cases.get', { id: f.caseFileId })).events.map((e) => e.summary);
    expect(timeline).toEqual(
      expect.arrayContaining([
        '2026-01-05 受理增加、变更的仲裁请求：增加请求：支付2025年12月工资8,600元；通知被申请人并给予答辩期；仲裁期限自 2026-01-05 起重新计算（《劳动人事争议仲裁办案规则》第四十六条）',
        '2026-01-20 决定中止仲裁：案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论（申请人伤残等级鉴定尚未作出）；中止期间不计入仲裁期限',
        '2026-02-24 中止事由消除，恢复仲裁：伤残等级鉴定结论已于当日送达本委；仲裁期限自该日起继续计算',
      ]),
    );

    expect((await f.proceeding()).papers.map((x) => x.kind)).toEqual(['respondentNotice', 'evidenceNotice', 'suspensionDecision', 'resumptionNotice']);
    const [suspension] = await f.arbitrator.call('documents.generate', { request: { kind: 'suspensionDecision', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    expect(suspension).toMatchObject({ kind: 'suspensionDecision', title: '中止仲裁决定书', number: expect.stringContaining('劳人仲案字〔2025〕第') });
    const s = await pdfText(f.arbitrator, suspension!.versions[0]!.id);
    for (const element of ['日喀则市劳动人事争议仲裁委员会', '申请人：扎西', `被申请人：${EMPLOYER}`, '本委于2025年12月26日受理', '伤残等级鉴定尚未作出', '第四十七条', '自2026年1月20日起中止仲裁审理', '不计入仲裁期限', '本决定书送达即发生法律效力']) {
      expect(s, element).toContain(element);
    }
    const [resumption] = await f.arbitrator.call('documents.generate', { request: { kind: 'resumptionNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    const r = await pdfText(f.arbitrator, resumption!.versions[0]!.id);
    for (const element of [`扎西、${EMPLOYER}：`, '本委于2026年1月20日因', '自2026年2月24日起恢复仲裁审理', '中止审理期间共35日', '至2026年3月26日届满']) {
      expect(r, element).toContain(element);
    }
  });
});

describe('延长审理期限 and its notice (调解仲裁法 Art. 43(1))', () => {
  it('a leader-approved extension moves the award to the 60th day and the 延长审理期限通知书 says so, from the stored step', async () => {
    const t = await testCore();
    const f = await acceptedFile(t);
    const early = await f.arbitrator.invoke('documents.generate', { request: { kind: 'extensionNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('本案没有延长审理期限，不能制作延长审理期限通知书') } });

    // Asked while the 45 days run (the guard refuses after 02-09): the clock set to the leader's signing day.
    t.clock.t = instantOf('2026-01-20', '10:00');
    const reason = '涉及工程项目多个班组的考勤和工资台账，案情复杂';
    const asked = await f.act('extendAward', { date: '2026-01-19', reason });
    expect(asked, JSON.stringify(asked)).toMatchObject({ ok: true, value: { approvalRequested: true } });
    const pending = (await f.proceeding()).pendingApproval!;
    expect(pending).toMatchObject({ action: 'extendAward', label: '延长审理期限' });
    expect(await f.leader.invoke('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意延长', date: '2026-01-20', expectedRowVersion: pending.rowVersion })).toMatchObject({ ok: true });
    // 45 days from 2025-12-26: 12-27 … 12-31 = 5, January 31, 02-01 … 02-09 = 9 → 02-09. The 60th day: 02-24, the first
    // working day after the 2026 Spring Festival (02-15 … 02-23), no move.
    const clocks = (await f.proceeding()).deadlines;
    expect(clocks.find((d) => d.ruleId === 'arbitration.award.extended')).toMatchObject({ dueDate: '2026-02-24' });
    expect((await f.proceeding()).papers.map((x) => x.kind)).toContain('extensionNotice');

    const [notice] = await f.arbitrator.call('documents.generate', { request: { kind: 'extensionNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    expect(notice).toMatchObject({ kind: 'extensionNotice', title: '延长审理期限通知书', number: expect.stringContaining('劳人仲案字〔2025〕第') });
    const text = await pdfText(f.arbitrator, notice!.versions[0]!.id);
    for (const element of [
      '日喀则市劳动人事争议仲裁委员会',
      `扎西、${EMPLOYER}：`,
      `案号：${notice!.number}`,
      '本委于2025年12月26日受理',
      `因${reason}`,
      '经本委主任于2026年1月20日批准',
      '延长期限不超过十五日',
      '《劳动争议调解仲裁法》第四十三条第一款',
      '原至2026年2月9日届满，延长后至2026年2月24日届满',
    ]) {
      expect(text, element).toContain(element);
    }
  });
});

describe('简易处理 and 先予执行 through dispatch', () => {
  it('a small amount is measured against the average wage the bureau entered; then a sole arbitrator may sit', async () => {
    const t = await testCore();
    const f = await acceptedFile(t);
    const simplify = { date: '2025-12-27', ground: 'smallAmount', amountFen: 8_000_000, bar: 'none', note: null };
    expect(await unchanged(t, f.arbitrator, 'proceedings.act', { proceedingId: f.proceedingId, action: 'simplify', input: simplify, expectedRowVersion: (await f.proceeding()).rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('尚未录入本省上年度职工年平均工资') },
    });
    await t.admin.call('parameters.set', { key: 'arbitration.averageAnnualWage', region: '*', value: 72_000, effectiveFrom: '2025-01-01', source: '测试：省统计局公布数额', confidence: 'statutory', note: null });
    expect(await f.act('simplify', simplify)).toMatchObject({ ok: false, error: { fields: { amountFen: '超过本省上年度职工年平均工资72,000.00元' } } });
    const sole = { date: '2025-12-28', form: 'sole', presidingStaffId: t.staff['王芳']!, memberStaffIds: [], clerkStaffId: t.staff['央金']! };
    expect(await f.act('compose', sole)).toMatchObject({ ok: false, error: { fields: { form: expect.stringContaining('独任仲裁只适用于简易处理的案件') } } });
    expect(await f.act('simplify', { ...simplify, amountFen: 1_860_000 })).toMatchObject({ ok: true });
    expect(await f.act('compose', sole)).toMatchObject({ ok: true, value: { status: 'composed' } });
  });

  it('先予执行: application, ruling, and the 裁定书 naming the court and the worker’s freedom from security', async () => {
    const t = await testCore();
    const f = await acceptedFile(t);
    expect(await f.act('ruleProvisionalExecution', { date: '2026-01-08', decision: 'granted', amountFen: 1_500_000, facts: '拖欠工资事实清楚', court: '日喀则市桑珠孜区人民法院' })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '没有待裁定的先予执行申请' },
    });
    expect(await f.act('applyProvisionalExecution', { date: '2026-01-08', applicant: '扎西', claim: 'wages', amountFen: 1_860_000, reason: '拖欠三个月工资，生活困难' })).toMatchObject({ ok: true });
    expect(await f.act('ruleProvisionalExecution', { date: '2026-01-12', decision: 'granted', amountFen: 1_500_000, facts: '被申请人拖欠工资的事实有工资表为证，权利义务关系明确；不先予执行将严重影响申请人生活', court: '日喀则市桑珠孜区人民法院' })).toMatchObject({ ok: true });
    const [ruling] = await f.arbitrator.call('documents.generate', { request: { kind: 'provisionalExecutionRuling', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    const text = await pdfText(f.arbitrator, ruling!.versions[0]!.id);
    for (const element of ['先予执行裁定书', '于2026年1月8日就追索劳动报酬请求向本委申请先予执行', '18,600元', '先行支付申请人扎西人民币15,000元（大写：壹万伍仟元整）', '可以不提供担保', '本裁定书移送日喀则市桑珠孜区人民法院执行', '第四十四条']) {
      expect(text, element).toContain(element);
    }
  });
});
