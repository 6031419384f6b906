// The inspection's decision papers through dispatch, made from the proceeding's applied steps (the request names only
// the proceeding): each refused in Chinese — and nothing written — before its step; one valid paper per step; their
// statutory elements and the engine's dates read from the issued PDF; their 送达 on the employer records the clock
// event once — a step that already recorded the service stays the one truth, and 送达决定书 is refused for a
// decision whose paper's 送达 to that party is recorded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { proceedingEvents } from '../../electron/core/deadlines/stored-deadlines';
import { cardPng } from '../fixtures/images';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const DAY = 86_400_000;
const EMPLOYER = '日喀则市华建建筑工程有限公司';

/** The PDF's text without the layout's spaces, line breaks and page numbers, so a sentence reads whole across pages. */
async function paperText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

type File = { caseFileId: string; leader: Client; suolang: Client; t: TestCore };

async function filedInspection(t: TestCore): Promise<File> {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2028-06-30' });
  }
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER, address: '日喀则市桑珠孜区青岛路16号' });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30') }));
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  const f = { caseFileId, leader, suolang: await signInAs(t.core, '索朗'), t };
  await approved(f, 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, '2026-11-25');
  return f;
}

const proceeding = async (f: File) => (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;

async function done(f: File, action: string, input: Record<string, unknown>) {
  const p = await proceeding(f);
  const r = await f.suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
  return r.value;
}

async function approved(f: File, action: string, input: Record<string, unknown>, date: string) {
  await done(f, action, input);
  const p = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;
  return f.leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意', date, expectedRowVersion: p.pendingApproval!.rowVersion });
}

const make = async (f: File, kind: 'priorNotice' | 'handlingDecision' | 'penaltyDecision' | 'demandNotice') =>
  f.suolang.invoke('documents.generate', { request: { kind, proceedingId: (await proceeding(f)).proceedingId }, caseFileId: f.caseFileId });

/** The paper made, or the test fails with the refusal. */
async function made(f: File, kind: Parameters<typeof make>[1]) {
  const r = await make(f, kind);
  if (!r.ok) throw new Error(`${kind}: ${r.error.message}`);
  return r.value;
}

/** Posted at the employer's premises an hour ago, photographed (the clock moves two hours on first). */
async function postOnEmployer(f: File, documentId: string) {
  f.t.clock.advance(2 * 3_600_000);
  const p = await proceeding(f);
  const employer = (await f.suolang.call('services.list', { caseFileId: f.caseFileId })).recipients.find((r) => r.name === EMPLOYER)!;
  const photo = [{ purpose: 'photo' as const, fileName: '张贴.png', contentBase64: cardPng(320, 240).toString('base64') }];
  return f.suolang.call('services.record', {
    documentId, proceedingId: p.proceedingId, recipientId: employer.recipientId, method: 'posted', servedAt: f.t.clock.now() - 3_600_000,
    receivedBy: null, relation: null, servedBy: f.t.staff['索朗']!, witnesses: ['格桑'], noticePlace: null, proofs: photo,
  });
}

describe('the inspection’s decision papers from the stored proceeding', () => {
  it('each is refused before its step and made from the steps after it, once; 送达 starts the employer’s windows once', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    const pid = (await proceeding(f)).proceedingId;

    // Before 事先告知: refused in Chinese, nothing written.
    let before = businessCounts(t.core);
    expect(await make(f, 'priorNotice')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本案尚未事先告知，不能制作事先告知书；请先在办案步骤中完成“事先告知”' } });
    expect(await make(f, 'handlingDecision')).toMatchObject({ ok: false, error: { message: '本案尚未作出行政处理决定，不能制作行政处理决定书；请先在办案步骤中完成“作出行政处理决定”' } });
    expect(await make(f, 'demandNotice')).toMatchObject({ ok: false, error: { message: '本案尚未催告，不能制作催告书；请先在办案步骤中完成“催告”' } });
    expect(businessCounts(t.core)).toEqual(before);

    await done(f, 'issueOrder', { date: '2026-11-25', deadline: '2026-12-02', amountFen: 12_800_050, workers: 1, facts: '拖欠扎西2026年8月至10月工资' });
    t.clock.advance(8 * DAY); // Thu 2026-12-03
    await done(f, 'closeInvestigation', { date: '2026-12-03', facts: '你单位拖欠扎西2026年8月至10月工资128,000.50元，经责令限期支付，逾期仍未支付', opinion: '拟作出行政处理和行政处罚决定' });
    // 立案 (straight from receipt) offers its approval form and the complainant's 受理通知书 (inspection-approvals.test.ts).
    const filedPapers = [
      { kind: 'filingApproval', label: '立案审批表', step: '立案' },
      { kind: 'complaintAcceptanceNotice', label: '投诉受理通知书', step: '立案' },
    ];
    expect((await proceeding(f)).papers).toEqual(filedPapers);
    await done(f, 'priorNotice', { date: '2026-12-03', intended: 'both', content: '拟责令你单位支付工资128,000.50元并按50%加付赔偿金，拟处罚款20,000元' });

    // The case page offers the paper of the step taken (the step definition's documents).
    expect((await proceeding(f)).papers).toEqual([...filedPapers, { kind: 'priorNotice', label: '事先告知书', step: '事先告知' }]);
    const [notice] = await made(f, 'priorNotice');
    expect(notice).toMatchObject({ title: '劳动保障监察行政处理和行政处罚事先告知书', number: '日喀则市人社监告字〔2026〕第1号' });
    const noticeText = await paperText(f.suolang, notice.versions[0]!.id);
    // By hand: served Thu 12/03 → 3 working days 12/04, 12/07, 12/08; 5 working days end Thu 12/10.
    expect(noticeText).toContain('3个工作日内（2026年12月8日前）');
    expect(noticeText).toContain('5个工作日内（2026年12月10日前）');
    expect(noticeText).toContain('拟处罚款20,000元');
    expect(await make(f, 'priorNotice')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本案已制作事先告知书（日喀则市人社监告字〔2026〕第1号）；内容有误的，请先作废该文书再重新制作' } });

    // Its 送达 on the employer is proof only: the 事先告知 step recorded the day of service.
    const noticeServed = await postOnEmployer(f, notice.id);
    expect(noticeServed).toMatchObject({ status: 'valid', noClock: '期限已自“事先告知”步骤登记的送达日期起算，本次登记作为送达凭证，不再重复起算' });
    expect(proceedingEvents(t.core.services!.prepare, pid).filter((e) => e.kind === 'priorNoticeServed')).toEqual([{ kind: 'priorNoticeServed', date: '2026-12-03' }]);
    const timeline = (await f.leader.call('cases.get', { id: f.caseFileId })).events.map((e) => e.summary);
    expect(timeline.find((s) => s.startsWith('送达劳动保障监察行政处理和行政处罚事先告知书'))).toContain('期限已自“事先告知”登记的送达日期（2026-12-03）起算，本次登记作为送达凭证，不再重复起算');

    await done(f, 'recordStatement', { date: '2026-12-03', statement: '工程款尚未结算', review: '不影响支付工资的义务' });
    await done(f, 'legalReview', { date: '2026-12-03', reviewer: '卓嘎', opinion: '事实清楚，证据确凿，程序合法' });
    await approved(f, 'decideHandling', { date: '2026-12-03', wagesFen: 12_800_050, compensationPercent: 50, reviewCase: 'complex', serious: 'no' }, '2026-12-03');
    expect(await make(f, 'penaltyDecision')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本案尚未作出行政处罚决定，不能制作行政处罚决定书；请先在办案步骤中完成“作出行政处罚决定”' } });
    expect((await proceeding(f)).papers.map((x) => x.kind)).toEqual(['filingApproval', 'complaintAcceptanceNotice', 'priorNotice', 'handlingDecision']);
    const [handling] = await made(f, 'handlingDecision');
    expect(handling.number).toBe('日喀则市人社监理字〔2026〕第1号');
    const handlingText = await paperText(f.suolang, handling.versions[0]!.id);
    for (const s of [
      `当事人：${EMPLOYER}`,
      '住所：日喀则市桑珠孜区青岛路16号',
      '本机关于2026年11月25日对',
      '你单位于2026年12月3日提出陈述、申辩：工程款尚未结算。',
      '一、责令你单位向1名劳动者支付拖欠的劳动报酬人民币128,000.50元（大写：壹拾贰万捌仟元伍角整）；',
      '二、责令你单位按应付金额的50%向劳动者加付赔偿金人民币64,000.25元（大写：陆万肆仟元贰角伍分）。',
      '六十日内向日喀则市人民政府申请行政复议',
      '六个月内依法向人民法院提起行政诉讼',
    ]) expect(handlingText).toContain(s);

    // The handling decision served by recording its paper's 送达: the employer's windows run from that day.
    t.clock.advance(DAY); // Fri 2026-12-04
    const served = await postOnEmployer(f, handling.id);
    expect(served).toMatchObject({ servedOn: '2026-12-04', noClock: null });
    expect(proceedingEvents(t.core.services!.prepare, pid).filter((e) => e.kind === 'decisionServed')).toEqual([{ kind: 'decisionServed', date: '2026-12-04', party: EMPLOYER }]);
    // …and the 送达决定书 step for the same decision and party is refused, writing nothing.
    before = businessCounts(t.core);
    const p = await proceeding(f);
    expect(await f.suolang.invoke('proceedings.act', { proceedingId: pid, action: 'serveDecision', input: { date: '2026-12-04', which: 'handling', recipient: EMPLOYER }, expectedRowVersion: p.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: `该决定书已于 2026-12-04 向${EMPLOYER}送达并登记（送达记录），复议、诉讼期限已自该日起算，不能再以本步骤登记送达` },
    });
    expect(businessCounts(t.core)).toEqual(before);

    // The penalty, after the hearing period (to 12/10) ran out: served by the step first, its paper's 送达 is proof only.
    t.clock.advance(7 * DAY); // Fri 2026-12-11
    await approved(f, 'decidePenalty', { date: '2026-12-11', fineFen: 2_000_000, basis: '《保障农民工工资支付条例》第五十五条', announced: 'present', reviewCase: 'none', serious: 'no' }, '2026-12-11');
    await done(f, 'serveDecision', { date: '2026-12-11', which: 'penalty', recipient: EMPLOYER });
    const [penalty] = await made(f, 'penaltyDecision');
    expect(penalty.number).toBe('日喀则市人社监罚字〔2026〕第1号');
    const penaltyText = await paperText(f.suolang, penalty.versions[0]!.id);
    expect(penaltyText).toContain('依照《保障农民工工资支付条例》第五十五条的规定，本机关决定对你单位处以罚款人民币20,000元（大写：贰万元整）。');
    expect(penaltyText).toContain('每日按罚款数额的百分之三加处罚款');
    expect(await postOnEmployer(f, penalty.id)).toMatchObject({ noClock: '期限已自“送达决定书”步骤登记的送达日期起算，本次登记作为送达凭证，不再重复起算' });
    expect(proceedingEvents(t.core.services!.prepare, pid).filter((e) => e.kind === 'decisionServed')).toEqual([
      { kind: 'decisionServed', date: '2026-12-04', party: EMPLOYER },
      { kind: 'decisionServed', date: '2026-12-11', party: EMPLOYER },
    ]);

    // After the windows (6 months from 12/11), the demand and its paper.
    t.clock.advance(192 * DAY); // Mon 2027-06-21
    await done(f, 'expireAppeal', { date: '2027-06-21', note: null });
    await done(f, 'demand', { date: '2027-06-21', amountFen: 21_200_075 });
    const [demand] = await made(f, 'demandNotice');
    expect(demand.number).toBe('日喀则市人社监催字〔2027〕第1号');
    const demandText = await paperText(f.suolang, demand.versions[0]!.id);
    // By hand: served Mon 2027-06-21 → 10 working days 6/22 … 7/5.
    expect(demandText).toContain('10个工作日内（2027年7月5日前）');
    expect(demandText).toContain('行政处理决定（日喀则市人社监理字〔2026〕第1号）和行政处罚决定（日喀则市人社监罚字〔2026〕第1号）');
    expect(demandText).toContain('尚未履行的金额共计人民币212,000.75元（大写：贰拾壹万贰仟元柒角伍分）');
  });

  it('a paper for a proceeding that does not exist is refused', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    expect(await f.suolang.invoke('documents.generate', { request: { kind: 'priorNotice', proceedingId: 'no-such-proceeding' }, caseFileId: f.caseFileId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
