// 移送公安 and 列入失信联合惩戒名单 through the core: the order to pay as issued and served (posted at the site), its
// deadline passing on the test clock, what the worker is still owed after what counts as paid, and the facts recorded
// with their evidence — the proposal opens the proceeding only when every item holds, and is refused listing each.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { cardPng } from '../fixtures/images';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const DAY = 86_400_000;
const EMPLOYER = '日喀则市华建建筑工程有限公司';
type File = { caseFileId: string; leader: Client; suolang: Client; zhaxi: string };

/** 扎西, owed ¥8,000; 立案 2026-11-25; the order of that day (pay by 2026-12-02) posted at the site at 11:00. */
async function servedOrder(t: TestCore): Promise<File> {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2028-06-30' });
  }
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const base = zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30') });
  const created = await t.client.call('intakes.create', { ...base, complainants: base.complainants!.map((c) => ({ ...c, amountClaimedFen: 800_000 })) });
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  const suolang = await signInAs(t.core, '索朗');
  const f = { caseFileId, leader, suolang, zhaxi: created.complainants[0]!.personId };
  await act(f, 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' });
  const p0 = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
  await leader.call('approvals.decide', { approvalId: p0.pendingApproval!.id, decision: 'approve', opinion: '同意', date: '2026-11-25', expectedRowVersion: p0.pendingApproval!.rowVersion });
  const order = { organ: '日喀则市人力资源和社会保障局', caseNumber: '日喀则市人社监立字〔2026〕第1号', employer: EMPLOYER, facts: '拖欠扎西2026年7月至10月工资', workers: 1, amountFen: 800_000, date: '2026-11-25', deadline: '2026-12-02' };
  const [doc] = await suolang.call('documents.generate', { request: { kind: 'orderToPay', order }, caseFileId });
  expect(await act(f, 'issueOrder', { date: '2026-11-25', deadline: '2026-12-02', amountFen: 800_000, workers: 1, facts: '拖欠扎西2026年7月至10月工资' })).toMatchObject({ ok: true });
  t.clock.advance(2 * 3_600_000);
  const p = await inspection(f);
  const recipient = (await suolang.call('services.list', { caseFileId })).recipients.find((r) => r.name === EMPLOYER)!;
  const photo = [{ purpose: 'photo' as const, fileName: '工地大门张贴.png', contentBase64: cardPng(320, 240).toString('base64') }];
  await suolang.call('services.record', { documentId: doc!.id, proceedingId: p.proceedingId, recipientId: recipient.recipientId, method: 'posted', servedAt: instantOf('2026-11-25', '11:00'), receivedBy: null, relation: null, servedBy: t.staff['索朗']!, witnesses: ['格桑'], noticePlace: null, proofs: photo });
  return f;
}

async function inspection(f: File) {
  return (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((p) => p.kind === 'inspection')!;
}

async function act(f: File, action: string, input: Record<string, unknown>) {
  const p = await inspection(f);
  return f.suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

const unmet = async (f: File, which: 'police' | 'blacklist') => (await f.suolang.call('referrals.checklist', { caseFileId: f.caseFileId }))[which].items.filter((i) => !i.met).map((i) => i.id);

async function evidence(f: File) {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% 流水\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'utf8');
  return f.suolang.call('evidence.add', {
    caseFileId: f.caseFileId,
    title: '公司账户银行流水',
    kind: 'documentary',
    submitter: 'worker',
    submitterId: f.zhaxi,
    purpose: '证明限期内公司账户资金转至法定代表人亲属账户',
    form: 'checkedCopy',
    source: '银行调取',
    pages: 2,
    receivedDate: '2026-11-25',
    fileName: '流水.pdf',
    contentBase64: pdf.toString('base64'),
  });
}

describe('police referral is offered only when its preconditions hold (法释〔2013〕3号)', () => {
  it('an order served, the deadline passed, money still owed, three months and evasion recorded → the referral opens; a second is refused', async () => {
    const t = await testCore();
    const f = await servedOrder(t);
    const start = await f.suolang.call('referrals.checklist', { caseFileId: f.caseFileId });
    expect(start.order).toEqual({ issuedOn: '2026-11-25', deadline: '2026-12-02', servedOn: '2026-11-25', amountFen: 800_000 });
    expect(start.thresholds).toEqual({ singleYuan: 5_000, totalYuan: 30_000 });
    expect(start.police.items.map((i) => [i.id, i.met])).toEqual([
      ['orderServed', true],
      ['overdueUnpaid', false],
      ['amount', false],
      ['abilityOrEvasion', false],
    ]);

    // Refused before the deadline passes, listing every unmet item, and nothing is written.
    const before = businessCounts(t.core);
    const early = await f.suolang.invoke('referrals.propose', { caseFileId: f.caseFileId, kind: 'policeReferral' });
    expect(early).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED' } });
    const msg = (early as { error: { message: string } }).error.message;
    expect(msg).toContain('1. 指令书限期届满仍未支付——指令书限期支付日期为2026-12-02，尚未届满');
    expect(msg).toContain('2. 拖欠数额达到“数额较大”标准');
    expect(msg).toContain('3. 有能力支付而不支付，或以转移财产、逃匿等方法逃避支付');
    expect(businessCounts(t.core)).toEqual(before);

    const ev = await evidence(f);
    // Bad input changes nothing: months without a worker, months on a fact that takes none, evidence of another file.
    expect(await f.suolang.invoke('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'unpaidMonths', fact: '自7月起未发工资', months: 4 })).toMatchObject({ ok: false, error: { fields: { personId: '请选择被拖欠工资的劳动者' } } });
    expect(await f.suolang.invoke('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'evasion', fact: '转移资金', months: 4 })).toMatchObject({ ok: false, error: { fields: { months: '只有“劳动者被拖欠工资的月数”需要填写月数' } } });
    expect(await f.suolang.invoke('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'evasion', fact: '转移资金', evidenceId: 'no-such-item' })).toMatchObject({ ok: false, error: { fields: { evidenceId: '该证据不在本案证据清单中或已撤回' } } });
    await f.suolang.call('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'unpaidMonths', fact: '自2026年7月起未发工资', personId: f.zhaxi, months: 4 });
    const recorded = await f.suolang.call('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'evasion', fact: '限期内将公司账户资金转至法定代表人亲属账户', evidenceId: ev.id });
    expect(recorded.grounds.map((g) => [g.kind, g.evidenceTitle, g.personName, g.months])).toEqual([
      ['unpaidMonths', null, '扎西', 4],
      ['evasion', '公司账户银行流水', null, null],
    ]);
    expect(recorded.police.items.find((i) => i.id === 'abilityOrEvasion')!.evidence).toEqual(['以转移财产、逃匿等方法逃避支付：限期内将公司账户资金转至法定代表人亲属账户（证据：公司账户银行流水）']);
    expect(await unmet(f, 'police')).toEqual(['overdueUnpaid']);

    t.clock.advance(7 * DAY); // 2026-12-02: the last day to pay
    expect(await unmet(f, 'police')).toEqual(['overdueUnpaid']);
    t.clock.advance(DAY); // 2026-12-03
    const now = await f.suolang.call('referrals.checklist', { caseFileId: f.caseFileId });
    expect(now.police.items.every((i) => i.met)).toBe(true);
    expect(now.police.items.find((i) => i.id === 'amount')!.why).toBe('扎西被拖欠4个月工资，尚欠¥8,000.00，达到一人¥5,000.00的标准');

    const proposed = await f.suolang.call('referrals.propose', { caseFileId: f.caseFileId, kind: 'policeReferral' });
    expect(proposed.police.proceedingId).not.toBeNull();
    const referral = (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((p) => p.kind === 'policeReferral')!;
    expect(referral.statusLabel).toBe('拟移送');
    expect(await f.suolang.invoke('referrals.propose', { caseFileId: f.caseFileId, kind: 'policeReferral' })).toMatchObject({ ok: false, error: { message: '本案已有办理中的移送公安程序' } });
  });

  it('paid in full after the deadline → refused: nothing is owed, and the amount falls below the threshold', async () => {
    const t = await testCore();
    const f = await servedOrder(t);
    await f.suolang.call('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'unpaidMonths', fact: '自2026年7月起未发工资', personId: f.zhaxi, months: 4 });
    await f.suolang.call('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'abilityToPay', fact: '项目款已足额拨付至该公司' });
    t.clock.advance(8 * DAY); // 2026-12-03
    expect(await unmet(f, 'police')).toEqual([]);
    await f.suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.zhaxi, payerKind: 'employer', payerName: EMPLOYER, method: 'cash', receiptMark: 'thumbprint', receiptSigner: '扎西', paidOn: '2026-12-03', amountFen: 800_000 });
    expect(await unmet(f, 'police')).toEqual(['overdueUnpaid', 'amount']);
    const refused = await f.suolang.invoke('referrals.propose', { caseFileId: f.caseFileId, kind: 'policeReferral' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED' } });
    expect((refused as { error: { message: string } }).error.message).toContain('按已登记的支付，劳动者工资已全部支付，不存在拒不支付');
    expect((await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings.map((p) => p.kind)).toEqual(['inspection']);
  });

  it('the blacklist needs no evasion but a served, overdue order and the amount; a region’s higher figure refuses it', async () => {
    const t = await testCore();
    // The province's own figure, in force from 2026-12-04 (a dated parameter): the day before, the lower bound applies.
    await t.admin.call('parameters.set', { key: 'referral.singleWorkerThreshold', region: '*', value: 10_000, effectiveFrom: '2026-12-04', source: '本省确定的数额（测试）', confidence: 'local', note: null });
    const f = await servedOrder(t);
    await f.suolang.call('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'unpaidMonths', fact: '自2026年7月起未发工资', personId: f.zhaxi, months: 4 });
    t.clock.advance(8 * DAY); // 2026-12-03
    expect(await unmet(f, 'blacklist')).toEqual([]);
    t.clock.advance(DAY); // 2026-12-04
    expect(await unmet(f, 'blacklist')).toEqual(['amountOrIncident']);
    const refused = await f.suolang.invoke('referrals.propose', { caseFileId: f.caseFileId, kind: 'blacklisting' });
    expect((refused as { error: { message: string } }).error.message).toContain('也未登记因拖欠工资引发群体性事件、极端事件的事实');
    await f.suolang.call('referrals.recordGround', { caseFileId: f.caseFileId, kind: 'groupIncident', fact: '2026-12-03 二十余名工人聚集项目部，造成严重不良社会影响' });
    const listed = await f.suolang.call('referrals.propose', { caseFileId: f.caseFileId, kind: 'blacklisting' });
    expect(listed.blacklist.proceedingId).not.toBeNull();
  });
});
