// The 强制执行申请书 through dispatch, from the inspection's stored steps (the request names only the proceeding):
// refused in Chinese — nothing written — before 申请法院强制执行; made after it with its number; its elements read from
// the PDF: the court, the decision enforced with its number and service, the challenge periods run out, the 催告 and
// the last of its ten working days as the engine counted them, and what each worker is still owed from the stored
// payments (行政强制法 Arts. 53–55; 条例 Arts. 11, 31, 42).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const DAY = 86_400_000;
const EMPLOYER = '日喀则市华建建筑工程有限公司';

async function paperText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

describe('强制执行申请书 from the stored inspection', () => {
  it('is refused before the application, then states the decision, its service, the periods run out, the 催告 and what each worker is still owed', async () => {
    const t = await testCore();
    await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
    for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
      t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2028-06-30' });
    }
    const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER, address: '日喀则市桑珠孜区青岛路16号' });
    const base = zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30') });
    const created = await t.client.call('intakes.create', { ...base, complainants: base.complainants!.map((c) => ({ ...c, amountClaimedFen: 1_280_000 })) });
    const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
    const zhaxi = created.complainants[0]!.personId;
    await takeIn(t.core, caseFileId);
    const leader = await signInAs(t.core, '李强');
    for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
      await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
    }
    const suolang = await signInAs(t.core, '索朗');
    const inspection = async () => (await suolang.call('casework.get', { caseFileId })).proceedings[0]!;
    const done = async (action: string, input: Record<string, unknown>, approveOn?: string) => {
      const p = await inspection();
      const r = await suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
      if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
      if (!approveOn) return;
      const q = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
      await leader.call('approvals.decide', { approvalId: q.pendingApproval!.id, decision: 'approve', opinion: '同意', date: approveOn, expectedRowVersion: q.pendingApproval!.rowVersion });
    };
    const make = async () => suolang.invoke('documents.generate', { request: { kind: 'enforcementApplication', proceedingId: (await inspection()).proceedingId }, caseFileId });

    await done('file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, '2026-11-25');
    await done('issueOrder', { date: '2026-11-25', deadline: '2026-12-02', amountFen: 1_280_000, workers: 1, facts: '拖欠扎西2026年7月至10月工资' });
    t.clock.advance(8 * DAY); // Thu 2026-12-03
    await done('closeInvestigation', { date: '2026-12-03', facts: '你单位拖欠扎西2026年7月至10月工资12,800元，经责令限期支付，逾期仍未支付', opinion: '拟作出行政处理决定' });
    await done('priorNotice', { date: '2026-12-03', intended: 'handling', content: '拟责令你单位支付工资12,800元并按50%加付赔偿金' });
    await done('recordStatement', { date: '2026-12-03', statement: '工程款尚未结算', review: '不影响支付工资的义务' });
    await done('legalReview', { date: '2026-12-03', reviewer: '卓嘎', opinion: '事实清楚，证据确凿，程序合法' });
    await done('decideHandling', { date: '2026-12-03', wagesFen: 1_280_000, compensationPercent: 50, reviewCase: 'complex', serious: 'no' }, '2026-12-03');
    const [decision] = await suolang.call('documents.generate', { request: { kind: 'handlingDecision', proceedingId: (await inspection()).proceedingId }, caseFileId });
    await done('serveDecision', { date: '2026-12-03', which: 'handling', recipient: EMPLOYER });
    // A partial payment by the employer, in cash against 扎西's thumbprinted receipt: it counts for him.
    await suolang.call('payments.record', { caseFileId, kind: 'worker', personId: zhaxi, payerKind: 'employer', payerName: EMPLOYER, method: 'cash', receiptMark: 'thumbprint', receiptSigner: '扎西', paidOn: '2026-12-03', amountFen: 500_000 });

    t.clock.advance(186 * DAY); // Mon 2027-06-07: six months from 12/03 have run out
    await done('expireAppeal', { date: '2027-06-07', note: null });
    await done('demand', { date: '2027-06-07', amountFen: 1_420_000 });
    const before = businessCounts(t.core);
    expect(await make()).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本程序尚未申请法院强制执行，不能制作强制执行申请书；请先在办案步骤中完成“申请法院强制执行”' } });
    expect(businessCounts(t.core)).toEqual(before);

    t.clock.advance(16 * DAY); // Wed 2027-06-23: after the ten working days of the 催告 (to 6/22, the 端午 holiday inside)
    await done('applyEnforcement', { date: '2027-06-23', court: '日喀则市桑珠孜区人民法院' });
    expect((await inspection()).papers.map((p) => p.kind)).toContain('enforcementApplication');
    const r = await make();
    if (!r.ok) throw new Error(r.error.message);
    const doc = r.value[0]!;
    expect(doc).toMatchObject({ title: '强制执行申请书', number: '日喀则市人社监执字〔2027〕第1号' });
    const text = await paperText(suolang, doc.versions[0]!.id);
    const appealEnd = (text.match(/至(\d{4}年\d{1,2}月\d{1,2}日)届满/) ?? [])[1];
    for (const s of [
      '日喀则市桑珠孜区人民法院：',
      '申请人：日喀则市人力资源和社会保障局',
      `被申请人：${EMPLOYER}`,
      '住所：日喀则市桑珠孜区青岛路16号',
      `请求依法强制执行申请人作出的行政处理决定（${decision!.number}）`,
      '向劳动者支付劳动报酬和赔偿金人民币19,200元',
      '其中劳动者尚未获付的劳动报酬共计人民币7,800元（大写：柒仟捌佰元整）',
      '申请人于2026年12月3日作出行政处理决定',
      '于2026年12月3日送达被申请人',
      '未申请行政复议，也未提起行政诉讼',
      '申请人于2027年6月7日向被申请人送达催告书',
      '《中华人民共和国行政强制法》第五十三条、第五十四条',
      '扎西',
      '12,800元',
      '5,000元',
      '7,800元',
      '申请人负责人（签名）',
    ]) expect(text, s).toContain(s);
    // The periods' end as the engine counted it: six months from the service on 2026-12-03.
    expect(appealEnd).toBe('2027年6月3日');
    // 行政强制法 Art. 54: ten working days from Mon 2027-06-07, as the step's guard counted them (to 6/22).
    expect(text).toContain('催告其于2027年6月22日前履行义务，被申请人逾期仍未履行');
  });
});
