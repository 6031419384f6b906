// 仲裁调解书 from the stored case, through dispatch (调解仲裁法 Art. 42): the 制作调解书 step records the agreement's
// terms and offers the paper; the paper states the parties, the claims, the facts found, each agreed item with its
// amount, by when and how it is paid, the effect on signature, the arbitrators and clerk, under the committee's name;
// its service refuses 留置, 公告, 张贴 and electronic service with the statute's reason (nothing written); the 登记调解书生效
// step takes its date from the last receipt recorded; a party's refusal to sign sends the case back to where an award
// can be made, saying why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client } from '../helpers/client';
import { testCore, type TestCore } from '../helpers/core';
import { applicationFile, fullApplication } from '../helpers/arbitration-application';
import { DAY, unchanged } from '../helpers/hearings';
import { cardPng } from '../fixtures/images';
import { instantOf } from '../../shared/domain/time';

const EMPLOYER = '日喀则市华建建筑工程有限公司';

async function pdfText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-mediation-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

async function pdfPages(c: Client, versionId: string): Promise<number> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pages-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'd.pdf')], { encoding: 'utf8' }))![1]);
}

async function composedApplication(t: TestCore) {
  const f = await applicationFile(t);
  for (const name of ['李明', '罗布']) {
    await f.leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁庭组成人员' });
  }
  await f.arbitrator.call('arbitration.saveApplication', fullApplication(await f.application()));
  expect(await f.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
  expect(await f.step('compose', { date: '2026-11-25', form: 'panel', presidingStaffId: t.staff['王芳']!, memberStaffIds: [t.staff['李明']!, t.staff['罗布']!], clerkStaffId: t.staff['央金']! })).toMatchObject({ ok: true });
  return f;
}

const TERMS = {
  claimant: '扎西',
  wagesFen: 1_800_000,
  overtimeFen: 0,
  compensationFen: 200_000,
  damagesFen: 0,
  otherFen: 0,
  payBy: '2026-12-20',
  payMethod: '银行转账至申请人本人账户',
  findings: '申请人扎西于2025年3月入职被申请人处从事钢筋工，被申请人未支付其2026年7月至10月工资。',
  otherTerms: ['双方就本案再无其他劳动争议'],
};

type F = Awaited<ReturnType<typeof composedApplication>>;

async function mediated(t: TestCore): Promise<{ f: F; documentId: string; versionId: string; number: string }> {
  const f = await composedApplication(t);
  t.clock.advance(10 * DAY); // 2026-12-05
  expect(await f.step('mediate', { date: '2026-12-05', ...TERMS })).toMatchObject({ ok: true, value: { status: 'mediationPending' } });
  const made = await f.arbitrator.invoke('documents.generate', { request: { kind: 'mediationPaper', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
  if (!made.ok) throw new Error(made.error.message);
  return { f, documentId: made.value[0]!.id, versionId: made.value[0]!.versions[0]!.id, number: made.value[0]!.number! };
}

function service(t: TestCore, f: F, documentId: string, recipientId: string, over: Record<string, unknown>): never {
  return {
    documentId,
    proceedingId: f.proceedingId,
    recipientId,
    method: 'direct' as 'direct' | 'left' | 'publicNotice' | 'posted' | 'electronic',
    servedAt: instantOf('2026-12-05', '15:00'),
    receivedBy: null,
    relation: null,
    servedBy: t.staff['王芳']!,
    witnesses: [],
    proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
    ...over,
  } as never;
}

async function sign(t: TestCore, f: F, documentId: string, who: string, on: string) {
  const r = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).recipients.find((x) => x.name === who)!;
  const employer = who === EMPLOYER;
  return f.arbitrator.invoke('services.record', service(t, f, documentId, r.recipientId, { servedAt: instantOf(on, '09:00'), receivedBy: employer ? '达瓦' : who, relation: employer ? 'mailroom' : 'self' }));
}

describe('仲裁调解书 (调解仲裁法 Art. 42)', () => {
  it('is made from the stored terms with its statutory elements, once', async () => {
    const t = await testCore();
    const f = await composedApplication(t);
    const request = { kind: 'mediationPaper' as const, proceedingId: f.proceedingId };
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '本案尚未制作调解书（或当事人已拒绝签收），不能制作仲裁调解书；请先在办案步骤中办理“制作调解书”' },
    });
    t.clock.advance(10 * DAY);
    expect(await f.step('mediate', { date: '2026-12-05', ...TERMS, wagesFen: 0, compensationFen: 0 })).toMatchObject({ ok: false, error: { fields: { wagesFen: '请至少填写一项调解确定支付的金额' } } });
    expect(await f.step('mediate', { date: '2026-12-05', ...TERMS, payBy: '2026-12-04' })).toMatchObject({ ok: false, error: { fields: { payBy: '最迟支付日期不能早于调解书制作日期' } } });
    expect(await f.step('mediate', { date: '2026-12-05', ...TERMS, claimant: '张三' })).toMatchObject({ ok: false, error: { fields: { claimant: '张三不是本案的申请人（申请人：扎西、次仁）' } } });
    expect(await f.step('mediate', { date: '2026-12-05', ...TERMS })).toMatchObject({ ok: true });
    expect((await f.proceeding()).papers).toContainEqual({ kind: 'mediationPaper', label: '仲裁调解书', step: '制作调解书' });
    const made = await f.arbitrator.invoke('documents.generate', { request, caseFileId: f.caseFileId });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toHaveLength(1);
    const text = await pdfText(f.arbitrator, made.value[0]!.versions[0]!.id);
    expect(text).toContain('日喀则市劳动人事争议仲裁委员会');
    expect(text).toContain('仲裁调解书');
    expect(text).toContain(made.value[0]!.number!);
    expect(text).toContain('申请人：扎西');
    expect(text).toContain(`被申请人：${EMPLOYER}`);
    expect(text).toContain('法定代表人：王建国，总经理。');
    expect(text).toContain(`申请人扎西、次仁与被申请人${EMPLOYER}劳动报酬`);
    expect(text).not.toContain('争议争议');
    // The claims as applied, the facts found, and the agreement item by item with its term.
    expect(text).toContain('扎西：请求裁决被申请人支付2026年7月至10月工资');
    expect(text).toContain('经查明：申请人扎西于2025年3月入职被申请人处从事钢筋工');
    expect(text).toContain('一、被申请人支付申请人扎西劳动报酬18,000元；');
    expect(text).toContain('二、被申请人支付申请人扎西经济补偿2,000元；');
    expect(text).toContain('三、上述款项合计20,000元，由被申请人于2026年12月20日前以银行转账至申请人本人账户的方式一次性支付给申请人；');
    expect(text).toContain('四、双方就本案再无其他劳动争议。');
    expect(text).toContain('本调解书经双方当事人签收后，即发生法律效力');
    // Signed by the tribunal and its clerk, under the committee's name and the date in Chinese numerals.
    for (const who of ['首席仲裁员王芳', '仲裁员李明', '仲裁员罗布', '书记员央金', '二〇二六年十二月五日']) expect(text).toContain(who);
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: `本案已制作仲裁调解书（${made.value[0]!.number}）；内容有误的，请先作废该文书再重新制作` },
    });
  });

  it('refuses 留置, 公告, 张贴 and electronic service with the statute’s reason, writing nothing', async () => {
    const t = await testCore();
    const { f, documentId } = await mediated(t);
    const r = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).recipients.find((x) => x.name === EMPLOYER)!;
    const cases: [Record<string, unknown>, string][] = [
      [{ method: 'left', witnesses: ['次仁（社区干部）'] }, '调解书经双方当事人签收后才发生法律效力，须由当事人本人（或其代理人）签收，不适用留置送达；当事人拒绝签收的，请登记“当事人拒绝签收调解书”'],
      [{ method: 'publicNotice', noticePlace: '日喀则日报' }, '不适用公告送达（《劳动争议调解仲裁法》第四十二条）'],
      [{ method: 'posted' }, '不能以张贴代替签收'],
      [{ method: 'electronic', electronicAddress: '13908920000', electronicConfirmed: true }, '不能电子送达（《劳动争议调解仲裁法》第四十二条；《劳动人事争议仲裁办案规则》第五十八条至第六十条）'],
    ];
    for (const [over, message] of cases) {
      const refused = await unchanged(t, f.arbitrator, 'services.record', service(t, f, documentId, r.recipientId, over));
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect((refused as { error: { fields: Record<string, string> } }).error.fields.method).toContain(message);
    }
  });

  it('takes effect on the day the last party signs its receipt; the 登记调解书生效 step takes that date', async () => {
    const t = await testCore();
    const { f, documentId } = await mediated(t);
    t.clock.advance(3 * DAY); // 2026-12-08
    expect(await sign(t, f, documentId, '扎西', '2026-12-06')).toMatchObject({ ok: true });
    expect(await sign(t, f, documentId, EMPLOYER, '2026-12-07')).toMatchObject({ ok: true });
    // 次仁 has not signed: no effect yet without a date typed for it.
    const settle = { date: '2026-12-05', amountFen: 2_000_000, note: null };
    expect(await f.step('settle', settle)).toMatchObject({ ok: false, error: { fields: { effectiveOn: '次仁尚未签收仲裁调解书（未登记送达回证）；全部当事人签收后调解书才发生法律效力' } } });
    expect(await sign(t, f, documentId, '次仁', '2026-12-08')).toMatchObject({ ok: true });
    expect(await f.step('settle', { ...settle, effectiveOn: '2026-12-07' })).toMatchObject({ ok: false, error: { fields: { effectiveOn: '调解书的生效日期以送达回证为准：最后签收的次仁于 2026-12-08 签收，请填写 2026-12-08' } } });
    expect(await f.step('settle', { ...settle, date: '2026-12-06' })).toMatchObject({ ok: false, error: { fields: { date: '本案的仲裁调解书于 2026-12-05 制作，调解书制作日期应为 2026-12-05' } } });
    expect(await f.step('settle', settle)).toMatchObject({ ok: true, value: { status: 'settled' } });
    const p = await f.proceeding();
    // The award clock (受理 11-25 + 45 days → 2027-01-11) met on the last signature.
    expect(p.deadlines.filter((d) => d.ruleId === 'arbitration.award').map((d) => [d.dueState, d.metOn])).toEqual([['met', '2026-12-08']]);
  });

  it('a party’s refusal to sign is recorded and the case goes back to where an award can be made', async () => {
    const t = await testCore();
    const { f, documentId } = await mediated(t);
    t.clock.advance(2 * DAY); // 2026-12-07
    expect(await sign(t, f, documentId, '扎西', '2026-12-06')).toMatchObject({ ok: true });
    // While the paper is being served no award is offered: the parties agreed.
    expect((await f.proceeding()).actions.map((a) => a.action)).not.toContain('award');
    const refuse = { date: '2026-12-07', party: '扎西', reason: '对支付期限反悔，不同意调解' };
    expect(await f.step('refuseMediation', refuse)).toMatchObject({ ok: false, error: { fields: { party: '扎西已于 2026-12-06 签收仲裁调解书，不能再登记其拒绝签收' } } });
    expect(await f.step('refuseMediation', { ...refuse, party: '张三' })).toMatchObject({ ok: false, error: { fields: { party: `张三不是本案的当事人（当事人：扎西、次仁、${EMPLOYER}）` } } });
    expect(await f.step('refuseMediation', { ...refuse, party: EMPLOYER })).toMatchObject({ ok: true, value: { status: 'composed' } });
    const p = await f.proceeding();
    expect(p.actions.find((a) => a.action === 'award')!.blockedBy).toBeNull();
    const timeline = (await f.arbitrator.call('cases.get', { id: f.caseFileId })).events.map((e) => e.summary);
    expect(timeline).toContain(`2026-12-07 ${EMPLOYER}拒绝签收仲裁调解书（对支付期限反悔，不同意调解）：调解书不发生法律效力，仲裁庭应当及时作出裁决（《劳动争议调解仲裁法》第四十二条第三款）`);
    // Once backed out of, no receipt of that paper may be recorded any more and the step is no longer offered again.
    expect(p.actions.find((a) => a.action === 'refuseMediation')).toBeUndefined();
  });
});

describe('送达回证 from the store (a paper issued from a stored case)', () => {
  it('before service: the stored case, the recipient’s address, the method chosen, blank boxes; a method the paper refuses is refused', async () => {
    const t = await testCore();
    const { f, documentId, number } = await mediated(t);
    const recipients = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).recipients;
    const zhaxi = recipients.find((x) => x.name === '扎西')!;
    expect(await unchanged(t, f.arbitrator, 'services.receipt', { documentId, recipientId: zhaxi.recipientId, method: 'left' })).toMatchObject({
      ok: false,
      error: { fields: { method: expect.stringContaining('不适用留置送达') } },
    });
    const receipt = await f.arbitrator.call('services.receipt', { documentId, recipientId: zhaxi.recipientId, method: 'post' });
    expect(receipt).toMatchObject({ kind: 'serviceReceipt', title: '送达回证', caseFileId: f.caseFileId, status: 'issued' });
    const printed = JSON.stringify(await f.arbitrator.call('documents.model', { versionId: receipt.versions[0]!.id }));
    for (const text of [number, '劳动报酬', '日喀则市劳动人事争议仲裁委员会', '扎西', '日喀则市桑珠孜区德勒路5号', '仲裁调解书', '邮寄送达', '王芳', '　　　　年　　月　　日　　时']) expect(printed).toContain(text);
  });

  it('after service: the recorded facts — the method, the day and hour, who signed for the recipient, who served it', async () => {
    const t = await testCore();
    const { f, documentId } = await mediated(t);
    t.clock.advance(DAY); // 2026-12-06
    expect(await sign(t, f, documentId, EMPLOYER, '2026-12-06')).toMatchObject({ ok: true });
    const employer = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).recipients.find((x) => x.name === EMPLOYER)!;
    // The recorded method stands whatever is asked.
    const receipt = await f.arbitrator.call('services.receipt', { documentId, recipientId: employer.recipientId, method: 'post' });
    const printed = JSON.stringify(await f.arbitrator.call('documents.model', { versionId: receipt.versions[0]!.id }));
    for (const text of [EMPLOYER, '直接送达', '2026年12月6日9时', '达瓦（单位收发部门）', '日喀则市桑珠孜区山东大道88号']) expect(printed).toContain(text);
    expect(printed).not.toContain('邮寄送达');
  });
});

describe('案卷封面 and 卷内目录 of the closed file (归档)', () => {
  it('are refused before 结案, then made from the store: the case, the dates, the method, the retention period, each paper’s pages', async () => {
    const t = await testCore();
    const { f, documentId, number, versionId } = await mediated(t);
    const cover = { kind: 'fileCover' as const, proceedingId: f.proceedingId };
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request: cover, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '本案尚未结案，不能制作案卷封面；结案经批准后再归档' },
    });
    t.clock.advance(DAY); // 2026-12-06
    for (const who of ['扎西', '次仁', EMPLOYER]) expect(await sign(t, f, documentId, who, '2026-12-06')).toMatchObject({ ok: true });
    expect(await f.step('settle', { date: '2026-12-05', amountFen: 2_000_000, note: null })).toMatchObject({ ok: true });
    expect(await f.step('close', { date: '2026-12-06', method: 'mediation', result: 'workerWon', cause: 'wages', claimedFen: 2_000_000, resolvedFen: 2_000_000, note: null })).toMatchObject({ ok: true });
    const pending = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!.pendingApproval!;
    await f.leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意结案', date: '2026-12-06', expectedRowVersion: pending.rowVersion });
    expect((await f.proceeding()).papers.map((p) => p.kind)).toEqual(expect.arrayContaining(['fileCover', 'fileIndex']));

    const [index] = await f.arbitrator.call('documents.generate', { request: { kind: 'fileIndex', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    const indexText = await pdfText(f.arbitrator, index!.versions[0]!.id);
    // The file's one paper so far, the 调解书 of one page, with its 文号 and date; the archive forms are not listed.
    // Its pages as pdfinfo reads the stored PDF.
    const pages = await pdfPages(f.arbitrator, versionId);
    for (const text of ['卷内目录', `案号：${number}`, '序号', '文号', '题名', '页号', `1${number}`, '仲裁调解书', '2026年12月5日', `以上共1份文书，${pages}页。`, `${pages}1-${pages}`]) expect(indexText).toContain(text);
    const [made] = await f.arbitrator.call('documents.generate', { request: cover, caseFileId: f.caseFileId });
    const coverText = await pdfText(f.arbitrator, made!.versions[0]!.id);
    for (const text of [
      '劳动人事争议仲裁案卷',
      '立卷单位日喀则市劳动人事争议仲裁委员会',
      `案号${number}`,
      '案由劳动报酬',
      '申请人扎西、次仁',
      `被申请人${EMPLOYER}`,
      '受理日期2026年11月25日',
      '结案日期2026年12月6日',
      '结案方式调解',
      // 办案规则 Art. 24: a file closed by mediation is kept at least five years (the bureau's setting, seeded at 5).
      '保管期限5年',
    ]) expect(coverText).toContain(text);
  });
});
