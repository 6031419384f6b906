// 仲裁裁决书 from the stored case, through dispatch: refused in Chinese (nothing written) before the 登记裁决 step; then
// offered in the arbitration's papers and made from the store — the parties with their particulars, the claims as
// requested, the awarded items and amounts, the tribunal and clerk, the findings and reasons the step recorded, and
// the split into a final and a non-final award exactly as the step stored it (调解仲裁法 Arts. 46–50: 劳动报酬
// 20 000 元 ≤ 12 × 2 100 元 = 25 200 元 final; 经济补偿 30 000 元 non-final), each with its routes; a second refused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client } from '../helpers/client';
import { testCore, type TestCore } from '../helpers/core';
import { applicationFile, fullApplication } from '../helpers/arbitration-application';
import { DAY, rooms, slot, unchanged } from '../helpers/hearings';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import { instantOf } from '../../shared/domain/time';

async function pdfText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-award-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  if (process.env.AWARD_PNG_DIR) execFileSync('pdftoppm', ['-png', '-r', '50', join(dir, 'd.pdf'), join(process.env.AWARD_PNG_DIR, versionId)]);
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

async function composedApplication(t: TestCore) {
  const f = await applicationFile(t);
  for (const name of ['李明', '罗布']) {
    await f.leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁庭组成人员' });
  }
  await f.arbitrator.call('arbitration.saveApplication', fullApplication(await f.application()));
  expect(await f.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
  const composed = await f.step('compose', { date: '2026-11-25', form: 'panel', presidingStaffId: t.staff['王芳']!, memberStaffIds: [t.staff['李明']!, t.staff['罗布']!], clerkStaffId: t.staff['央金']! });
  expect(composed).toMatchObject({ ok: true });
  return f;
}

const NONE = { injuryMedicalFen: 0, damagesFen: 0, otherFen: 0, standards: 'no', note: null };

describe('仲裁裁决书 from the stored case', () => {
  it('is refused before the award step, then made from the store as the step split it, once', async () => {
    const t = await testCore();
    const f = await composedApplication(t);
    const request = { kind: 'award' as const, proceedingId: f.proceedingId };
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '本案尚未作出裁决，不能制作仲裁裁决书；请先在办案步骤中办理“登记裁决”' },
    });
    expect((await f.proceeding()).papers.map((p) => p.kind)).not.toContain('award');

    t.clock.advance(20 * DAY); // 2026-12-15
    const awarded = await f.step('award', {
      date: '2026-12-15',
      claimant: '扎西',
      ...NONE,
      wagesFen: 2_000_000,
      compensationFen: 3_000_000,
      findings: '申请人扎西于2025年3月入职被申请人处从事钢筋工，被申请人未支付其2026年7月至10月工资。',
      reasons: '用人单位应当按时足额支付劳动者工资，被申请人拖欠工资的行为违反《中华人民共和国劳动合同法》第三十条的规定。',
    });
    expect(awarded).toMatchObject({ ok: true });
    expect((await f.proceeding()).papers).toContainEqual({ kind: 'award', label: '仲裁裁决书', step: '登记裁决' });

    const made = await f.arbitrator.invoke('documents.generate', { request, caseFileId: f.caseFileId });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value.map((d) => d.number)).toHaveLength(2);
    const [finalText, nonFinalText] = await Promise.all(made.value.map((d) => pdfText(f.arbitrator, d.versions[0]!.id)));
    for (const text of [finalText!, nonFinalText!]) {
      expect(text).toContain('日喀则市劳动人事争议仲裁委员会');
      expect(text).toContain('仲裁裁决书');
      // The parties with the application's particulars, and the claims as each applicant made them.
      expect(text).toContain('申请人：扎西');
      expect(text).toContain('住日喀则市桑珠孜区德勒路5号');
      expect(text).toContain('被申请人：日喀则市华建建筑工程有限公司');
      expect(text).toContain('法定代表人：王建国，总经理。');
      expect(text).toContain('扎西：请求裁决被申请人支付2026年7月至10月工资');
      expect(text).toContain('次仁：请求裁决被申请人为申请人补缴2025年3月至2026年10月社会保险费');
      // The tribunal's own findings and reasons, as the step recorded them (Art. 46).
      expect(text).toContain('经审理查明：申请人扎西于2025年3月入职被申请人处从事钢筋工');
      expect(text).toContain('本委认为：用人单位应当按时足额支付劳动者工资');
      expect(text).toContain('王芳');
      expect(text).toContain('李明');
      expect(text).toContain('罗布');
      expect(text).toContain('央金');
      expect(text).toContain('二〇二六年十二月十五日');
    }
    // The final award: the wages item and the routes of Arts. 47–49; the non-final one: compensation and Art. 50.
    expect(finalText).toContain('被申请人支付申请人扎西劳动报酬人民币20,000元');
    expect(finalText).not.toContain('经济补偿人民币');
    expect(finalText).toContain('本裁决为终局裁决，裁决书自作出之日起发生法律效力。');
    expect(finalText).toContain('劳动者对本裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼。');
    expect(finalText).toContain('三十日内向本委所在地的中级人民法院申请撤销裁决');
    expect(nonFinalText).toContain('被申请人支付申请人扎西经济补偿人民币30,000元');
    expect(nonFinalText).not.toContain('劳动报酬人民币');
    expect(nonFinalText).toContain('本裁决为非终局裁决。');
    expect(nonFinalText).toContain('当事人对本裁决不服的，可以自收到仲裁裁决书之日起十五日内向人民法院提起诉讼；期满不起诉的，裁决书发生法律效力。');
    const [first, second] = made.value;
    expect(nonFinalText).toContain(`本案中属于终局裁决的事项，本委另行制作裁决书（${first!.number}）`);
    expect(second!.number).toBe(`${first!.number}-2`);

    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: `本案已制作仲裁裁决书（${first!.number}）；内容有误的，请先作废该文书再重新制作` },
    });
  });

  it('follows the verdict the step stored, even once the minimum wage is gone from the parameters', async () => {
    const t = await testCore();
    const f = await composedApplication(t);
    t.clock.advance(20 * DAY);
    expect(await f.step('award', { date: '2026-12-15', claimant: '次仁', ...NONE, wagesFen: 2_000_000, compensationFen: 0 })).toMatchObject({ ok: true });
    // The minimum wage gone from the parameters afterwards: judging again would fail (Art. 47 needs it); the paper
    // reads the verdict the step stored instead.
    t.core.services!.db.prepare("DELETE FROM parameters WHERE key = 'wage.monthlyMinimum'").run();
    const made = await f.arbitrator.invoke('documents.generate', { request: { kind: 'award', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toHaveLength(1);
    const text = await pdfText(f.arbitrator, made.value[0]!.versions[0]!.id);
    expect(text).toContain('被申请人支付申请人次仁劳动报酬人民币20,000元');
    expect(text).toContain('本裁决为终局裁决');
    // No findings recorded: the application's 事实和理由 stand as the facts, and no empty 本委认为.
    expect(text).toContain('经审理查明：申请人于2025年3月入职被申请人处从事钢筋工');
    expect(text).not.toContain('本委认为');
  });

  it('says when and where the tribunal heard the case', async () => {
    const t = await testCore();
    const { one } = await rooms(t);
    const f = await composedApplication(t);
    // The application's copy served on the respondent on 11-25 (the defence period runs from it), then the hearing booked.
    const [copy] = await f.arbitrator.call('documents.generate', { request: { kind: 'acceptanceNotice', case: arbitrationCase, applicantIndex: 0 }, caseFileId: f.caseFileId });
    const respondent = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).recipients.find((r) => r.name === '日喀则市华建建筑工程有限公司')!;
    await f.arbitrator.call('services.record', {
      documentId: copy!.id,
      proceedingId: f.proceedingId,
      recipientId: respondent.recipientId,
      method: 'direct',
      servedAt: instantOf('2026-11-25', '10:00'),
      receivedBy: '达瓦',
      relation: 'mailroom',
      servedBy: t.staff['王芳']!,
      witnesses: [],
      proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
    });
    const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id));
    t.clock.advance(20 * DAY); // 2026-12-15
    const now = (await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId })).hearings.find((x) => x.id === h.id)!;
    await f.arbitrator.call('hearings.recordHeld', { hearingId: h.id, expectedRowVersion: now.rowVersion, applicantAppeared: true, respondentAppeared: true, absentWithoutCause: false, note: null });
    expect(await f.step('award', { date: '2026-12-15', claimant: '扎西', ...NONE, wagesFen: 2_000_000, compensationFen: 0 })).toMatchObject({ ok: true });
    const made = await f.arbitrator.invoke('documents.generate', { request: { kind: 'award', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    if (!made.ok) throw new Error(made.error.message);
    expect(await pdfText(f.arbitrator, made.value[0]!.versions[0]!.id)).toContain('仲裁庭于2026年12月15日在第一仲裁庭开庭审理了本案。本案现已审理终结。');
  });
});
