// The 涉嫌犯罪案件移送书 and the 列入 / 移出 失信名单决定书 through dispatch, from the stored proceedings (the request names
// only the proceeding): each refused in Chinese — nothing written — before its step; made after it with its number;
// its statutory elements read from the issued PDF (pdftotext): the order served by posting and unpaid, the worker and
// the amount still owed, the evasion with its evidence, the approval, the evidence list, the 公安机关 and the copy to
// the 检察院 (法释〔2013〕3号; 国务院令第310号); the listing's reasons, basis (办法 Art. 5), persons, three-year term and
// rights; the early removal six months after the correction with its pledge.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { cardPng } from '../fixtures/images';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const DAY = 86_400_000;
const EMPLOYER = '日喀则市华建建筑工程有限公司';
type File = { t: TestCore; caseFileId: string; leader: Client; suolang: Client; zhaxi: string };

async function paperText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

const byKind = async (f: File, kind: string) => (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((p) => p.kind === kind)!;

/** A step of the proceeding of `kind`; with `approveOn`, 李强 approves it on that day. */
async function act(f: File, kind: string, action: string, input: Record<string, unknown>, approveOn?: string) {
  const p = await byKind(f, kind);
  const r = await f.suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
  if (!approveOn) return;
  const q = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.kind === kind)!;
  await f.leader.call('approvals.decide', { approvalId: q.pendingApproval!.id, decision: 'approve', opinion: '同意', date: approveOn, expectedRowVersion: q.pendingApproval!.rowVersion });
}

const make = async (f: File, kind: 'referralLetter' | 'blacklistDecision' | 'delistingDecision', proceedingKind: string) =>
  f.suolang.invoke('documents.generate', { request: { kind, proceedingId: (await byKind(f, proceedingKind)).proceedingId }, caseFileId: f.caseFileId });

async function made(f: File, kind: Parameters<typeof make>[1], proceedingKind: string) {
  const r = await make(f, kind, proceedingKind);
  if (!r.ok) throw new Error(`${kind}: ${r.error.message}`);
  return r.value[0]!;
}

/** 扎西, owed ¥8,000; 立案 2026-11-25; the order of that day (pay by 2026-12-02) posted at the site; evasion on record; 12-03. */
async function overdueOrder(t: TestCore): Promise<File> {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2028-06-30' });
  }
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER, legalRepName: '赵华', legalRepTitle: '执行董事' });
  const base = zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30') });
  const created = await t.client.call('intakes.create', { ...base, complainants: base.complainants!.map((c) => ({ ...c, amountClaimedFen: 800_000 })) });
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  const suolang = await signInAs(t.core, '索朗');
  const f: File = { t, caseFileId, leader, suolang, zhaxi: created.complainants[0]!.personId };
  await act(f, 'inspection', 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, '2026-11-25');
  const order = { organ: '日喀则市人力资源和社会保障局', caseNumber: '日喀则市人社监立字〔2026〕第1号', employer: EMPLOYER, facts: '拖欠扎西2026年7月至10月工资', workers: 1, amountFen: 800_000, date: '2026-11-25', deadline: '2026-12-02' };
  const [doc] = await suolang.call('documents.generate', { request: { kind: 'orderToPay', order }, caseFileId });
  await act(f, 'inspection', 'issueOrder', { date: '2026-11-25', deadline: '2026-12-02', amountFen: 800_000, workers: 1, facts: '拖欠扎西2026年7月至10月工资8,000元' });
  t.clock.advance(2 * 3_600_000);
  const recipient = (await suolang.call('services.list', { caseFileId })).recipients.find((r) => r.name === EMPLOYER)!;
  const photo = [{ purpose: 'photo' as const, fileName: '工地大门张贴.png', contentBase64: cardPng(320, 240).toString('base64') }];
  await suolang.call('services.record', { documentId: doc!.id, proceedingId: (await byKind(f, 'inspection')).proceedingId, recipientId: recipient.recipientId, method: 'posted', servedAt: instantOf('2026-11-25', '11:00'), receivedBy: null, relation: null, servedBy: t.staff['索朗']!, witnesses: ['格桑'], noticePlace: null, proofs: photo });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% 流水\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'utf8');
  const ev = await suolang.call('evidence.add', {
    caseFileId, title: '公司账户银行流水', kind: 'documentary', submitter: 'worker', submitterId: f.zhaxi, purpose: '证明限期内公司账户资金转至法定代表人亲属账户',
    form: 'checkedCopy', source: '银行调取', pages: 2, receivedDate: '2026-11-25', fileName: '流水.pdf', contentBase64: pdf.toString('base64'),
  });
  await suolang.call('referrals.recordGround', { caseFileId, kind: 'unpaidMonths', fact: '自2026年7月起未发工资', personId: f.zhaxi, months: 4 });
  await suolang.call('referrals.recordGround', { caseFileId, kind: 'evasion', fact: '限期内将公司账户资金转至法定代表人亲属账户', evidenceId: ev.id });
  t.clock.advance(8 * DAY); // Thu 2026-12-03: the deadline passed unpaid
  return f;
}

describe('涉嫌犯罪案件移送书 from the stored referral', () => {
  it('is refused before the leader approves the referral, then states the order posted and unpaid, the worker, the evasion, the approval, the evidence and the copy to the 检察院', async () => {
    const t = await testCore();
    const f = await overdueOrder(t);
    await f.suolang.call('referrals.propose', { caseFileId: f.caseFileId, kind: 'policeReferral' });
    const before = businessCounts(t.core);
    expect(await make(f, 'referralLetter', 'policeReferral')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '本程序尚未批准移送（案件移送书），不能制作涉嫌犯罪案件移送书；请先在办案步骤中完成“批准移送（案件移送书）”' },
    });
    // Not a paper of another proceeding.
    expect(await make(f, 'referralLetter', 'inspection')).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '涉嫌犯罪案件移送书是“移送公安”程序的文书，该程序不是' } });
    expect(businessCounts(t.core)).toEqual(before);

    await act(f, 'policeReferral', 'refer', { date: '2026-12-03', police: '日喀则市公安局桑珠孜区分局' }, '2026-12-03');
    expect((await byKind(f, 'policeReferral')).papers).toEqual([{ kind: 'referralLetter', label: '涉嫌犯罪案件移送书', step: '批准移送（案件移送书）' }]);
    const doc = await made(f, 'referralLetter', 'policeReferral');
    expect(doc.number).toBe('日喀则市人社监移字〔2026〕第1号');
    const text = await paperText(f.suolang, doc.versions[0]!.id);
    for (const s of [
      '日喀则市公安局桑珠孜区分局：',
      `${EMPLOYER}涉嫌拒不支付劳动报酬一案`,
      '本机关于2026年11月25日立案调查',
      '责令其于2026年12月2日前支付拖欠的劳动报酬',
      '该指令书已于2026年11月25日在该单位经营场所或者施工现场张贴并拍照记录，视为送达',
      '截至2026年12月3日，该单位尚欠1名劳动者劳动报酬共计人民币8,000元（大写：捌仟元整）',
      // The table of workers (pdftotext reads a table by its layout, not its rows).
      '扎西',
      '4个月',
      '限期内将公司账户资金转至法定代表人亲属账户（证据：公司账户银行流水）',
      '《中华人民共和国刑法》第二百七十六条之一',
      '法释〔2013〕3号',
      '国务院令第310号',
      '本案移送经本机关负责人李强于2026年12月3日批准',
      '随案移送的证据材料共1项',
      '证明限期内公司账户资金转至法定代表人亲属账户2请依法审查',
      '抄送：同级人民检察院',
    ]) expect(text, s).toContain(s);
    // One valid paper: a second is refused until the first is voided.
    expect(await make(f, 'referralLetter', 'policeReferral')).toMatchObject({ ok: false, error: { message: '本案已制作涉嫌犯罪案件移送书（日喀则市人社监移字〔2026〕第1号）；内容有误的，请先作废该文书再重新制作' } });
  });
});

describe('列入 and 移出 失信联合惩戒对象名单决定书 from the stored listing', () => {
  it('lists with the reasons, basis, persons, the three-year term and the rights; removes early six months after the correction', async () => {
    const t = await testCore();
    const f = await overdueOrder(t);
    await f.suolang.call('referrals.propose', { caseFileId: f.caseFileId, kind: 'blacklisting' });
    await act(f, 'blacklisting', 'notice', { date: '2026-12-03', reasons: '经责令限期支付，逾期仍拖欠扎西4个月工资8,000元，达到拒不支付劳动报酬罪的数额标准' });
    const before = businessCounts(t.core);
    expect(await make(f, 'blacklistDecision', 'blacklisting')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本程序尚未决定列入（列入决定书），不能制作列入失信联合惩戒对象名单决定书；请先在办案步骤中完成“决定列入（列入决定书）”' } });
    expect(await make(f, 'delistingDecision', 'blacklisting')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('本程序尚未期满移出或提前移出（移出决定书）') } });
    expect(businessCounts(t.core)).toEqual(before);

    await act(f, 'blacklisting', 'recordStatement', { date: '2026-12-03', content: '称资金紧张；经复核，理由不成立' });
    await act(f, 'blacklisting', 'list', { date: '2026-12-03', persons: '法定代表人赵华、项目负责人李明' }, '2026-12-03');
    const listed = await made(f, 'blacklistDecision', 'blacklisting');
    expect(listed.number).toBe('日喀则市人社失信列字〔2026〕第1号');
    const text = await paperText(f.suolang, listed.versions[0]!.id);
    for (const s of [
      `当事人：${EMPLOYER}`,
      '法定代表人（负责人）：赵华（执行董事）',
      '一并列入的人员：法定代表人赵华、项目负责人李明',
      '本机关于2026年11月25日责令你单位于2026年12月2日前支付拖欠的农民工工资，你单位逾期未支付',
      '达到拒不支付劳动报酬罪的数额标准',
      '你单位于2026年12月3日提出陈述、申辩，本机关进行了复核：称资金紧张；经复核，理由不成立',
      '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条',
      '并将法定代表人赵华、项目负责人李明一并列入',
      // Three years from 2026-12-03 (rule blacklist.term, 36 months).
      '列入期限为三年，自2026年12月3日起至2029年12月3日止',
      '《保障农民工工资支付条例》第四十八条',
      '满六个月，并作出书面守信承诺的，可以向本机关申请提前移出',
      '六十日内向日喀则市人民政府申请行政复议',
      '六个月内依法向人民法院提起行政诉讼',
    ]) expect(text, s).toContain(s);

    // Paid on 12-10 (扎西's own transfer); early removal from 2027-06-10 with the pledge on file.
    t.clock.advance(15 * DAY); // 2026-12-10
    await f.suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.zhaxi, payerKind: 'employer', payerName: EMPLOYER, method: 'transfer', bankReference: '6228480012344821', paidOn: '2026-12-10', amountFen: 800_000 });
    t.clock.advance(180 * DAY); // 2027-06-08
    await act(f, 'blacklisting', 'recordPledge', { date: '2027-06-08', content: '本单位承诺今后按时足额支付农民工工资' });
    t.clock.advance(3 * DAY); // 2027-06-11
    await act(f, 'blacklisting', 'removeEarly', { date: '2027-06-11', correctionDate: '2026-12-10', reason: '已向扎西足额支付拖欠工资8,000元' }, '2027-06-11');
    const removed = await made(f, 'delistingDecision', 'blacklisting');
    expect(removed).toMatchObject({ title: '提前移出拖欠农民工工资失信联合惩戒对象名单决定书', number: '日喀则市人社失信移字〔2027〕第1号' });
    const out = await paperText(f.suolang, removed.versions[0]!.id);
    for (const s of [
      '本机关于2026年12月3日作出列入拖欠农民工工资失信联合惩戒对象名单决定（日喀则市人社失信列字〔2026〕第1号）',
      '你单位已于2026年12月10日改正违法行为、支付拖欠的农民工工资（已向扎西足额支付拖欠工资8,000元），至2027年6月10日已满六个月，并于2027年6月8日向本机关作出书面守信承诺',
      '本机关决定自2027年6月11日起将你单位及法定代表人赵华、项目负责人李明提前移出',
    ]) expect(out, s).toContain(s);
  });
});
