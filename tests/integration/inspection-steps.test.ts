// The inspection proceeding from 立案 to 结案 through dispatch: the extension and the decisions wait for the leader
// and take effect on the day signed; a refused step (a guard, a field) writes nothing; the extension's event names
// the rule it extends; the stored deadlines stay what the pure engine computes from the counted events.
import { describe, expect, it } from 'vitest';
import { deadlinesFromEvents } from '../../shared/domain/deadline-state';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import { loadCalendar } from '../../electron/core/deadlines/calendar.service';
import { deadlineSettings } from '../../electron/core/deadlines/deadlines.service';
import { proceedingEvents, storedStatus } from '../../electron/core/deadlines/stored-deadlines';
import { cardPng } from '../fixtures/images';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const DAY = 86_400_000;

/** A filed inspection (立案 2026-11-25 on 李强's approval) handled by 索朗 and 格桑. */
async function filedInspection(t: TestCore) {
  // The test clock jumps days: the idle lock stays off.
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2028-06-30' });
  }
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30') }));
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  const suolang = await signInAs(t.core, '索朗');
  const f = { caseFileId, leader, suolang };
  await approved(f, 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, '2026-11-25');
  return f;
}

type File = { caseFileId: string; leader: Client; suolang: Client };

async function proceeding(f: File) {
  return (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;
}

async function act(f: File, action: string, input: Record<string, unknown>) {
  const p = await proceeding(f);
  return f.suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

async function done(f: File, action: string, input: Record<string, unknown>) {
  const r = await act(f, action, input);
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Asked by 索朗, approved by 李强 on `date`. */
async function approved(f: File, action: string, input: Record<string, unknown>, date: string) {
  expect(await done(f, action, input)).toMatchObject({ approvalRequested: true });
  const p = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;
  return f.leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意', date, expectedRowVersion: p.pendingApproval!.rowVersion });
}

function storedEqualsEngine(t: TestCore, proceedingId: string) {
  const core = t.core.services!;
  const engine = deadlinesFromEvents(proceedingEvents(core.prepare, proceedingId), { today: dateKeyOf(core.clock.now()), calendar: loadCalendar(core), settings: deadlineSettings(core), proceedingKind: 'inspection' })
    .map((d) => ({ rule: d.rule, party: d.party ?? '', start: d.startedOn, due: d.due, status: storedStatus(d.status) }))
    .sort((a, b) => (`${a.rule}|${a.party}` < `${b.rule}|${b.party}` ? -1 : 1));
  const stored = (core.db.prepare('SELECT rule_id AS rule, party, start_date AS start, due_date AS due, status FROM deadlines WHERE proceeding_id = ?').all(proceedingId) as typeof engine).sort((a, b) =>
    `${a.rule}|${a.party}` < `${b.rule}|${b.party}` ? -1 : 1,
  );
  expect(stored).toEqual(engine);
  return stored;
}

describe('inspection from 立案 to 结案 through the core', () => {
  it('the extension waits for the leader, names the rule it extends, and is granted once', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    expect(await approved(f, 'extendInvestigation', { date: '2026-11-25', reason: '涉及多个分包单位，需调取银行流水' }, '2026-11-25')).toMatchObject({ status: 'filed' });
    const p = await proceeding(f);
    const row = t.core.services!.db.prepare("SELECT rule_id FROM proceeding_events WHERE proceeding_id = ? AND kind = 'extended'").get(p.proceedingId);
    expect(row).toEqual({ rule_id: 'inspection.investigate' });
    const stored = storedEqualsEngine(t, p.proceedingId);
    expect(stored.find((d) => d.rule === 'inspection.investigate')).toMatchObject({ status: 'extended' });
    expect(stored.find((d) => d.rule === 'inspection.investigate.extended')).toMatchObject({ start: '2026-11-25', status: 'open' });
    expect(p.actions.find((a) => a.action === 'extendInvestigation')!.blockedBy).toBe('调查期限已经延长过一次，不能再次延长（《劳动保障监察条例》第十七条：经批准可以延长三十个工作日）');
  });

  it('order, 调查终结, 事先告知, 陈述, 法制审核, a decision on approval, its service and 结案 — refusals write nothing', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    const order = { date: '2026-11-25', deadline: '2026-12-02', amountFen: 12_800_050, workers: 1, facts: '拖欠扎西2026年8月至10月工资' };
    let before = businessCounts(t.core);
    expect(await act(f, 'issueOrder', { ...order, amountFen: '128000.50' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { amountFen: '责令支付金额必须是数字' } } });
    expect(businessCounts(t.core)).toEqual(before);
    await done(f, 'issueOrder', order);
    t.clock.advance(8 * DAY); // 2026-12-03
    await done(f, 'closeInvestigation', { date: '2026-12-03', facts: '用人单位逾期未支付', opinion: '拟作出行政处理决定' });
    await done(f, 'priorNotice', { date: '2026-12-03', intended: 'handling', content: '拟责令支付工资并加付赔偿金' });
    const decision = { date: '2026-12-03', wagesFen: 12_800_050, compensationPercent: 50, reviewCase: 'complex', serious: 'no' };
    // By hand: served Thu 12/03 → 12/04, 12/07, 12/08 are the 3 working days to state a case.
    before = businessCounts(t.core);
    expect(await act(f, 'decideHandling', decision)).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '当事人陈述、申辩的期限至2026-12-08届满；当事人已陈述、申辩或者期限届满之后才能作出决定（《行政处罚法》第四十四条、第四十五条；《劳动保障监察条例》第十九条）' },
    });
    expect(businessCounts(t.core)).toEqual(before);
    await done(f, 'recordStatement', { date: '2026-12-03', statement: '工程款尚未结算', review: '不影响支付工资的义务' });
    before = businessCounts(t.core);
    expect(await act(f, 'decideHandling', decision)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reviewCase: '案件情况疑难复杂、涉及多个法律关系的，作出决定前须经法制审核（《行政处罚法》第五十八条）；请先登记法制审核' } },
    });
    expect(businessCounts(t.core)).toEqual(before);
    await done(f, 'legalReview', { date: '2026-12-03', reviewer: '卓嘎', opinion: '事实清楚，证据确凿，程序合法' });
    expect(await approved(f, 'decideHandling', decision, '2026-12-03')).toMatchObject({ status: 'decided' });
    t.clock.advance(DAY); // 2026-12-04
    await done(f, 'serveDecision', { date: '2026-12-04', which: 'handling', recipient: '日喀则市华建建筑工程有限公司' });
    const p = await proceeding(f);
    expect(p.statusLabel).toBe('已作出决定');
    const stored = storedEqualsEngine(t, p.proceedingId);
    expect(stored.filter((d) => d.rule.startsWith('decision.')).map((d) => [d.rule, d.party, d.start])).toEqual([
      ['decision.litigation', '日喀则市华建建筑工程有限公司', '2026-12-04'],
      ['decision.reconsideration', '日喀则市华建建筑工程有限公司', '2026-12-04'],
    ]);
    expect(stored.find((d) => d.rule === 'inspection.investigate')).toMatchObject({ status: 'met' });
    // 结案 by approval with the amounts; the method must be true to the file.
    expect(await act(f, 'close', { date: '2026-12-04', method: 'revoked', recoveredFen: 0, workersPaid: 0, summary: '结案' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { method: '本案未经批准撤销立案，不能以“撤销立案”结案' } },
    });
    const close = { date: '2026-12-04', method: 'decided', recoveredFen: 19_200_075, workersPaid: 1, summary: '用人单位按决定支付工资及赔偿金' };
    expect(await approved(f, 'close', close, '2026-12-04')).toMatchObject({ status: 'closed' });
    const timeline = (await f.leader.call('cases.get', { id: f.caseFileId })).events.map((e) => e.summary);
    expect(timeline).toEqual(
      expect.arrayContaining([
        '2026-11-25 下达限期改正（支付）指令书：责令于2026-12-02前支付1名劳动者工资¥128,000.50；违法事实：拖欠扎西2026年8月至10月工资',
        '2026-12-03 作出行政处理决定：责令支付工资¥128,000.50，加付赔偿金¥64,000.25（应付金额的50%）',
        '2026-12-04 向日喀则市华建建筑工程有限公司送达行政处理决定书，告知其可自收到之日起六十日内申请行政复议或者六个月内提起行政诉讼',
        '2026-12-04 结案（作出决定）：追发工资¥192,000.75，1名劳动者获得支付；用人单位按决定支付工资及赔偿金',
      ]),
    );
    const closed = await proceeding(f);
    expect(closed.statusLabel).toBe('已结案');
    expect(closed.actions).toEqual([]);
  });

  it('the order to pay is served through 送达: not before the step that issued it; posted at the site with a photo it counts as served on the employer', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    const p = await proceeding(f);
    const order = { organ: '日喀则市人力资源和社会保障局', caseNumber: '日喀则市人社监立字〔2026〕第1号', employer: '日喀则市华建建筑工程有限公司', facts: '拖欠扎西2026年8月至10月工资', workers: 1, amountFen: 12_800_050, date: '2026-11-25', deadline: '2026-12-02' };
    const [doc] = await f.suolang.call('documents.generate', { request: { kind: 'orderToPay', order }, caseFileId: f.caseFileId });
    expect(doc).toMatchObject({ kind: 'orderToPay', title: '劳动保障监察限期改正（支付）指令书', number: '日喀则市人社监令字〔2026〕第1号' });
    t.clock.advance(2 * 3_600_000); // 12:00: posted at 11:00, after it was made
    const listed = await f.suolang.call('services.list', { caseFileId: f.caseFileId });
    // Addressed to the employer: owed to it, not to the complainant 扎西.
    expect(listed.documents.find((d) => d.documentId === doc!.id)!.unserved.map((u) => u.name)).toEqual(['日喀则市华建建筑工程有限公司']);
    const employer = listed.recipients.find((r) => r.name === '日喀则市华建建筑工程有限公司')!;
    const photo = [{ purpose: 'photo' as const, fileName: '工地大门张贴.png', contentBase64: cardPng(320, 240).toString('base64') }];
    const posted = { documentId: doc!.id, proceedingId: p.proceedingId, recipientId: employer.recipientId, method: 'posted' as const, servedAt: instantOf('2026-11-25', '11:00'), receivedBy: null, relation: null, servedBy: t.staff['索朗']!, witnesses: ['格桑'], noticePlace: null, proofs: photo };
    const before = businessCounts(t.core);
    expect(await f.suolang.invoke('services.record', posted)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { documentId: '本案尚未下达限期改正（支付）指令书，不能登记该文书的送达' } } });
    expect(businessCounts(t.core)).toEqual(before);
    await done(f, 'issueOrder', { date: '2026-11-25', deadline: '2026-12-02', amountFen: 12_800_050, workers: 1, facts: '拖欠扎西2026年8月至10月工资' });
    expect(await f.suolang.invoke('services.record', { ...posted, proofs: [] })).toMatchObject({ ok: false, error: { fields: { proofs: '张贴送达须上传现场照片' } } });
    const served = await f.suolang.call('services.record', posted);
    expect(served).toMatchObject({ servedOn: '2026-11-25', method: 'posted', noClock: null, status: 'valid' });
    const events = proceedingEvents(t.core.services!.prepare, p.proceedingId);
    expect(events.filter((e) => e.kind === 'orderServed')).toEqual([{ kind: 'orderServed', date: '2026-11-25', party: '日喀则市华建建筑工程有限公司' }]);
    storedEqualsEngine(t, p.proceedingId);
  });
});
