// The 调解协议书 through dispatch, from the stored agreement (the request names only the proceeding): refused in
// Chinese — nothing written — before 达成调解协议; made after it with its number; its elements read from the PDF: the
// workers with their ID numbers, the employer and the other payer, the 联调会 with each department's and party's
// commitment, the instalment plan per worker and for the group, the breach routes (调解仲裁法 Arts. 15–16), the joint
// 仲裁审查 within 15 days (办案规则 Art. 74) or 司法确认, and the signatures. The preview masks the ID numbers unless a
// reason is given, which goes on the audit trail.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/contract/documents';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const GC = '中建三局西藏分公司';
const EMPLOYER = '日喀则市高原红建筑劳务有限公司';
const ZHAXI_ID = '540202198503120019';

async function paperText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

const modelText = (models: DocumentModel[]) =>
  models
    .flatMap((m) => m.body.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.type === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(''))) : [])))
    .join('\n');

async function arrange(t: TestCore) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: EMPLOYER, legalRepName: '王建国', legalRepTitle: '总经理' });
  const created = await t.client.call(
    'intakes.create',
    zhaxiComplaint(employer.id, {
      workersCount: 3,
      route: 'mediation',
      leaderStaffId: t.staff['李强']!,
      complainants: [
        { name: '扎西', idType: 'residentId', idNumber: ZHAXI_ID, isRepresentative: true, amountClaimedFen: 1_280_000 },
        { name: '次仁多吉', idType: 'residentId', idNumber: '540221199007010017', amountClaimedFen: 960_050 },
        { name: '尼玛', idType: 'residentId', idNumber: '540221199208150016', amountClaimedFen: 450_000 },
      ],
    }),
  );
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  const leader = await signInAs(t.core, '李强');
  await leader.call('team.add', { caseFileId, role: 'participant', staffId: t.staff['张伟']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '承办监察联调' });
  const inspector = await takeIn(t.core, caseFileId);
  const proceeding = async () => (await inspector.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'jointMediation')!;
  const p = await proceeding();
  await inspector.call('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-25' }, expectedRowVersion: p.rowVersion });
  const parties = (await inspector.call('cases.get', { id: caseFileId })).proceedings[0]!.parties;
  await inspector.call('meetings.record', {
    caseFileId,
    kind: 'jointMediation',
    date: '2026-11-25',
    place: '桑珠孜区人社局三楼会议室',
    purpose: '监察联调：协调总包先行清偿',
    attendees: [
      { partyId: parties.find((x) => x.role === 'employer')!.partyId, name: '王建国', organisation: null, commitment: '十日内核清工资表' },
      { partyId: null, name: '罗布', organisation: '桑珠孜区住房和城乡建设局', commitment: '暂停总包单位在本区的招投标资格直至付清' },
      { partyId: null, name: '次旦', organisation: '桑珠孜区公安分局', commitment: null },
    ],
    outcome: '总包单位同意分三期先行清偿',
  });
  return { caseFileId, leader, inspector, proceeding, zhaxi: created.complainants[0]!.personId as string };
}

describe('调解协议书 from the stored agreement', () => {
  it('is refused before the agreement, then prints the parties, commitments, plan, review window and signatures; the preview masks ID numbers', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const make = async () => a.inspector.invoke('documents.generate', { request: { kind: 'mediationAgreement', proceedingId: (await a.proceeding()).proceedingId }, caseFileId: a.caseFileId });
    const before = businessCounts(t.core);
    expect(await make()).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '本程序尚未达成调解协议，不能制作调解协议书；请先在办案步骤中完成“达成调解协议”' } });
    expect(businessCounts(t.core)).toEqual(before);

    const p = await a.proceeding();
    const plan = [
      { personId: null, dueOn: '2026-11-30', amountFen: 1_000_000, payerName: GC },
      { personId: a.zhaxi, dueOn: '2026-12-10', amountFen: 800_000, payerName: GC },
      { personId: null, dueOn: '2026-12-20', amountFen: 890_050, payerName: EMPLOYER },
    ];
    await a.inspector.call('proceedings.act', { proceedingId: p.proceedingId, action: 'agree', input: { date: '2026-11-25', note: '总包先行清偿', instalments: plan }, expectedRowVersion: p.rowVersion });
    expect((await a.proceeding()).papers).toEqual([{ kind: 'mediationAgreement', label: '调解协议书', step: '达成调解协议' }]);

    // The preview masks the workers' ID numbers and writes nothing; with a reason, they show and the view is recorded.
    const request = { kind: 'mediationAgreement' as const, proceedingId: p.proceedingId };
    const masked = modelText(await a.leader.call('documents.preview', { request, revealReason: null }));
    expect(masked).not.toContain(ZHAXI_ID);
    expect(masked).toContain('540202********0019');
    const full = modelText(await a.leader.call('documents.preview', { request, revealReason: '核对调解协议当事人身份' }));
    expect(full).toContain(ZHAXI_ID);
    const row = t.core.services!.db.prepare("SELECT change FROM audit_log WHERE action = 'unmask' ORDER BY seq DESC").get() as { change: string };
    expect(JSON.parse(row.change)).toMatchObject({ reason: '核对调解协议当事人身份', kind: 'mediationAgreement' });

    const r = await make();
    if (!r.ok) throw new Error(r.error.message);
    const doc = r.value[0]!;
    expect(doc).toMatchObject({ title: '调解协议书', number: '日喀则市人社调协字〔2026〕第1号' });
    const text = await paperText(a.inspector, doc.versions[0]!.id);
    for (const s of [
      '劳动者一方（共3人）：',
      ZHAXI_ID,
      '540221199007010017',
      `用人单位：${EMPLOYER}`,
      '法定代表人（负责人）：王建国（总经理）',
      `其他参加调解并承担付款义务的单位：${GC}`,
      '主持调解：日喀则市人力资源和社会保障局（劳动保障监察联合调解）',
      '上列劳动者被拖欠的工资尚欠人民币26,900.50元（大写：贰万陆仟玖佰元伍角整）',
      '召开联调会（2026年11月25日）',
      '桑珠孜区住房和城乡建设局（罗布）：承诺暂停总包单位在本区的招投标资格直至付清。',
      `${EMPLOYER}（王建国）：承诺十日内核清工资表。`,
      '桑珠孜区公安分局（次旦）：参加调解。',
      '分3期履行，合计人民币26,900.50元（大写：贰万陆仟玖佰元伍角整）',
      '上列全体劳动者',
      '其他约定：总包先行清偿。',
      '《保障农民工工资支付条例》第十一条、第三十一条',
      '《中华人民共和国劳动争议调解仲裁法》第十五条',
      '申请支付令（同法第十六条）',
      // 办案规则 Art. 74: 15 calendar days from 2026-11-25.
      '十五日内（2026年12月10日前）共同向有管辖权的劳动人事争议仲裁委员会提出仲裁审查申请（《劳动人事争议仲裁办案规则》第七十四条），也可以依法共同向人民法院申请司法确认',
      '劳动者：扎西',
      '签名或者捺印：',
      '（盖章）',
      '法定代表人或者委托代理人：',
      '调解员',
    ]) expect(text, s).toContain(s);
    expect(await make()).toMatchObject({ ok: false, error: { message: '本案已制作调解协议书（日喀则市人社调协字〔2026〕第1号）；内容有误的，请先作废该文书再重新制作' } });
  });
});
