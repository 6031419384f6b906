// The inspection's acceptance papers, hearing notice and approval forms through dispatch, made from the stored steps
// (the request names only the proceeding): each refused in Chinese — nothing written — before its step; their
// statutory elements read from the issued PDF: 受理 and 立案 on one day (若干规定 Art. 18), the reasons and remedies of
// a 不予受理, the two handlers and their 执法证 with the leader who signed (监察条例 Art. 16), the hearing's time,
// place, presiding officer and the party's rights (行政处罚法 Art. 64), and each worker's money from the payments.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntakeCreateInput } from '../../shared/contract';
import { proceedingPaperRequest, type ProceedingPaperKind } from '../../shared/contract/documents';
import { instantOf } from '../../shared/domain/time';
import { cardPng } from '../fixtures/images';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const EMPLOYER = '日喀则市华建建筑工程有限公司';

/** The PDF's text without the layout's spaces, line breaks and page numbers. */
async function paperText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

type File = { caseFileId: string; leader: Client; suolang: Client; t: TestCore };

async function complaint(t: TestCore, over: Partial<IntakeCreateInput> = {}): Promise<File> {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2028-06-30' });
  }
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER, address: '日喀则市桑珠孜区青岛路16号', legalRepName: '周建华', legalRepTitle: '执行董事' });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30'), ...over }));
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  }
  return { caseFileId, leader, suolang: await signInAs(t.core, '索朗'), t };
}

const proceeding = async (f: File) => (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;

async function done(f: File, action: string, input: Record<string, unknown>) {
  const p = await proceeding(f);
  const r = await f.suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
  if (!r.ok) throw new Error(`${action}: ${JSON.stringify(r.error)}`);
  return r.value;
}

async function approved(f: File, action: string, input: Record<string, unknown>, opinion: string | null = '同意') {
  await done(f, action, input);
  const p = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;
  return f.leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion, date: '2026-11-25', expectedRowVersion: p.pendingApproval!.rowVersion });
}

const make = async (f: File, kind: ProceedingPaperKind) => f.suolang.invoke('documents.generate', { request: proceedingPaperRequest(kind, (await proceeding(f)).proceedingId), caseFileId: f.caseFileId });

/** The paper made and its PDF's text, or the test fails with the refusal. */
async function made(f: File, kind: ProceedingPaperKind) {
  const r = await make(f, kind);
  if (!r.ok) throw new Error(`${kind}: ${r.error.message}`);
  return { doc: r.value[0]!, text: await paperText(f.suolang, r.value[0]!.versions[0]!.id) };
}

const expectAll = (text: string, parts: string[]) => {
  for (const s of parts) expect(text).toContain(s);
};

describe('the inspection’s acceptance papers, hearing notice and approval forms from the stored steps', () => {
  it('受理, then 立案 on a leader’s approval, then the hearing: each paper refused before its step and made from it after', async () => {
    const t = await testCore();
    const f = await complaint(t);
    const before = businessCounts(t.core);
    expect(await make(f, 'complaintAcceptanceNotice')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本案尚未受理，不能制作投诉受理通知书；请先在办案步骤中完成“受理”' } });
    expect(await make(f, 'filingApproval')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本案尚未立案，不能制作立案审批表；请先在办案步骤中完成“立案”' } });
    expect(await make(f, 'penaltyHearingNotice')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本案尚未通知听证，不能制作听证通知书；请先在办案步骤中完成“通知听证”' } });
    expect(businessCounts(t.core)).toEqual(before);

    await done(f, 'accept', { date: '2026-11-25', note: null });
    expect((await proceeding(f)).papers).toEqual([{ kind: 'complaintAcceptanceNotice', label: '投诉受理通知书', step: '受理' }]);
    const accepted = await made(f, 'complaintAcceptanceNotice');
    expect(accepted.doc).toMatchObject({ title: '劳动保障监察投诉受理通知书', number: '日喀则市人社监受字〔2026〕第1号' });
    expectAll(accepted.text, [
      '扎西：',
      '你于2026年11月24日反映日喀则市华建建筑工程有限公司违反劳动保障法律、法规的投诉已收悉',
      '第十八条的规定，本机关决定自2026年11月25日起予以受理。',
      '调查应当自立案之日起六十个工作日内完成',
      '可以延长三十个工作日（《劳动保障监察条例》第十七条）',
    ]);

    await approved(f, 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, '同意立案，由索朗、格桑承办');
    // 受理 offered once, from the 受理 step, although 立案 may issue it too.
    expect((await proceeding(f)).papers.map((x) => x.kind)).toEqual(['complaintAcceptanceNotice', 'filingApproval']);
    const filing = await made(f, 'filingApproval');
    expect(filing.doc).toMatchObject({ title: '劳动保障监察立案审批表', number: '日喀则市人社监立字〔2026〕第1号' });
    expectAll(filing.text, [
      '日喀则市人社监立字〔2026〕第1号',
      '2026年11月25日',
      '投诉（来访），2026年11月24日登记',
      `用人单位：${EMPLOYER}，法定代表人（负责人）周建华（执行董事），住所日喀则市桑珠孜区青岛路16号`,
      '扎西',
      '工地工资未付（涉及劳动者1人）',
      '索朗（执法证号藏人社监字0232）',
      '格桑（执法证号藏人社监字0233）',
      '拖欠工资，建议立案。',
      '承办人：索朗',
      '同意立案，由索朗、格桑承办。',
      '负责人意见',
      '负责人：李强2026年11月25日',
    ]);

    await done(f, 'closeInvestigation', { date: '2026-11-25', facts: '你单位拒不提供工资支付记录', opinion: '拟处罚款' });
    await done(f, 'priorNotice', { date: '2026-11-25', intended: 'penalty', content: '拟依照《劳动保障监察条例》第三十条对你单位处以罚款5,000元' });
    await done(f, 'requestHearing', { date: '2026-11-25', note: null });
    // 行政处罚法 Art. 64(4): someone who investigated the case does not preside, refused before anything is written.
    const p = await proceeding(f);
    const hearing = { date: '2026-11-25', hearingDate: '2026-12-10', time: '09:30', place: '日喀则市人力资源和社会保障局三楼听证室', presiding: '索朗' };
    expect(await f.suolang.invoke('proceedings.act', { proceedingId: p.proceedingId, action: 'scheduleHearing', input: hearing, expectedRowVersion: p.rowVersion })).toMatchObject({
      ok: false,
      error: { fields: { presiding: '索朗是本案承办人；听证应由本机关指定的非本案调查人员主持（《行政处罚法》第六十四条第四项）' } },
    });
    await done(f, 'scheduleHearing', { ...hearing, presiding: '卓嘎' });
    expect((await proceeding(f)).papers.map((x) => x.kind)).toContain('penaltyHearingNotice');
    const notice = await made(f, 'penaltyHearingNotice');
    expect(notice.doc).toMatchObject({ title: '劳动保障监察行政处罚听证通知书', number: '日喀则市人社监听字〔2026〕第1号' });
    expectAll(notice.text, [
      `${EMPLOYER}：`,
      '你单位于2026年11月25日就',
      '本机关定于2026年12月10日上午9时30分在日喀则市人力资源和社会保障局三楼听证室举行听证。',
      '本次听证由本机关指定的非本案调查人员卓嘎主持。',
      '听证公开举行',
      '有权申请回避',
      '委托一至二人代理',
      '进行申辩和质证',
      '视为放弃听证权利',
      '2026年11月25日',
    ]);
    expect(await make(f, 'penaltyHearingNotice')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本案已制作听证通知书（日喀则市人社监听字〔2026〕第1号）；内容有误的，请先作废该文书再重新制作' } });
    // Its 送达 on the employer is proof only: the 通知听证 step recorded the day of service (one clock event).
    t.clock.advance(2 * 3_600_000);
    const recipient = (await f.suolang.call('services.list', { caseFileId: f.caseFileId })).recipients.find((r) => r.name === EMPLOYER)!;
    const served = await f.suolang.call('services.record', {
      documentId: notice.doc.id, proceedingId: p.proceedingId, recipientId: recipient.recipientId, method: 'posted', servedAt: t.clock.now() - 3_600_000,
      receivedBy: null, relation: null, servedBy: t.staff['索朗']!, witnesses: ['格桑'], noticePlace: null,
      proofs: [{ purpose: 'photo' as const, fileName: '张贴.png', contentBase64: cardPng(320, 240).toString('base64') }],
    });
    expect(served).toMatchObject({ status: 'valid', noClock: '期限已自“通知听证”步骤登记的送达日期起算，本次登记作为送达凭证，不再重复起算' });
  });

  it('不予受理: the reasons, where to go, and the complainant’s 复议 and 诉讼', async () => {
    const t = await testCore();
    const f = await complaint(t);
    await done(f, 'reject', { date: '2026-11-25', reason: '所反映的拖欠工资行为于2023年6月终止，已超过二年，依法不再查处', referTo: '日喀则市劳动人事争议仲裁委员会' });
    expect((await proceeding(f)).papers).toEqual([{ kind: 'complaintRejectionNotice', label: '投诉不予受理通知书', step: '不予受理' }]);
    expect(await make(f, 'complaintAcceptanceNotice')).toMatchObject({ ok: false, error: { message: '本案尚未受理，不能制作投诉受理通知书；请先在办案步骤中完成“受理”' } });
    const rejected = await made(f, 'complaintRejectionNotice');
    expect(rejected.doc).toMatchObject({ title: '劳动保障监察投诉不予受理通知书', number: '日喀则市人社监不受字〔2026〕第1号' });
    expectAll(rejected.text, [
      '扎西：',
      '经审查，所反映的拖欠工资行为于2023年6月终止，已超过二年，依法不再查处。',
      '本机关决定不予受理。',
      '可以向日喀则市劳动人事争议仲裁委员会反映或者依法提出申请（《劳动保障监察条例》第二十一条）。',
      '自收到本通知书之日起六十日内向日喀则市人民政府申请行政复议',
      '自收到本通知书之日起六个月内依法向人民法院提起行政诉讼',
    ]);
  });

  it('立案 straight from receipt, 撤销立案 and 结案: the forms carry the approvals and each worker’s money from the payments', async () => {
    const t = await testCore();
    const f = await complaint(t, {
      workersCount: 2,
      complainants: [
        { name: '扎西', idType: 'residentId', idNumber: '540202198503120019', isRepresentative: true, amountClaimedFen: 1_280_000 },
        { name: '次仁多吉', idType: 'residentId', idNumber: '540221199007010017', amountClaimedFen: 960_050 },
      ],
    });
    await approved(f, 'file', { date: '2026-11-25', opinion: null });
    // Accepted and filed on one day (若干规定 Art. 18): the 受理通知书 follows 立案 and says so.
    expect((await proceeding(f)).papers.map((x) => x.kind)).toEqual(['filingApproval', 'complaintAcceptanceNotice']);
    const accepted = await made(f, 'complaintAcceptanceNotice');
    expectAll(accepted.text, ['扎西、次仁多吉：', '你们于2026年11月24日', '本机关决定自2026年11月25日起予以受理，并于同日立案调查（案号：日喀则市人社监立字〔2026〕第1号）。']);
    const workers = await f.suolang.call('payments.list', { caseFileId: f.caseFileId });
    const zhaxi = workers.workers.find((w) => w.name === '扎西')!.personId;
    await f.suolang.call('payments.record', {
      caseFileId: f.caseFileId, kind: 'worker', personId: zhaxi, payerKind: 'employer', payerName: EMPLOYER, method: 'transfer', bankReference: '6228480012344821', paidOn: '2026-11-25', amountFen: 500_000,
    });

    expect(await make(f, 'revocationApproval')).toMatchObject({ ok: false, error: { message: '本案尚未撤销立案，不能制作撤销立案审批表；请先在办案步骤中完成“撤销立案”' } });
    await approved(f, 'revoke', { date: '2026-11-25', reason: '用人单位已开始支付拖欠的工资，违法行为轻微并已改正' }, null);
    const revocation = await made(f, 'revocationApproval');
    expect(revocation.doc).toMatchObject({ title: '劳动保障监察撤销立案审批表', number: '日喀则市人社监立字〔2026〕第1号' });
    expectAll(revocation.text, ['撤销理由', '用人单位已开始支付拖欠的工资', '违法行为轻微并已改正。', '承办人：索朗', '同意。', '负责人：李强2026年11月25日', '第十八条第一款第三项']);

    expect(await make(f, 'closingApproval')).toMatchObject({ ok: false, error: { message: '本案尚未结案，不能制作结案审批表；请先在办案步骤中完成“结案”' } });
    await approved(f, 'close', { date: '2026-11-25', method: 'revoked', recoveredFen: 500_000, workersPaid: 1, summary: '撤销立案后结案，扎西已获部分支付' }, '同意结案');
    const closing = await made(f, 'closingApproval');
    expect(closing.doc).toMatchObject({ title: '劳动保障监察结案审批表', number: '日喀则市人社监立字〔2026〕第1号' });
    expectAll(closing.text, [
      '撤销立案',
      '5,000元',
      '撤销立案后结案，扎西已获部分支付。',
      '同意结案。',
      '劳动者支付情况（只计本人转账或者收条）',
    ]);
    // The workers' table row by row, as the issued version's content model holds it (the PDF's text reorders columns).
    const model = await f.suolang.call('documents.model', { versionId: closing.doc.versions[0]!.id });
    const tables = model.body.flatMap((b) => (b.type === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join('')))] : []));
    // 扎西: owed 12,800, paid 5,000 by his own transfer, 7,800 outstanding; 次仁多吉: nothing paid.
    expect(tables[1]).toEqual([
      ['序号', '劳动者', '应付金额', '已支付', '尚欠'],
      ['1', '扎西', '12,800元', '5,000元', '7,800元'],
      ['2', '次仁多吉', '9,600.50元', '0元', '9,600.50元'],
      ['合计', '22,400.50元', '5,000元', '17,400.50元'],
    ]);
  });
});
