// The application's papers through dispatch, made from the stored application and steps (the request names only the
// proceeding): 收件回执 once the application is entered, 补正通知书 only after the one-time 补正 step and listing every
// item it recorded (办案规则 Art. 29), 不予受理通知书 only after 不予受理 with its reasons and the route to court
// (调解仲裁法 Art. 29) — each refused in Chinese, with nothing written, before its source exists; read from the PDF.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client } from '../helpers/client';
import { testCore } from '../helpers/core';
import { applicationFile, fullApplication } from '../helpers/arbitration-application';
import { unchanged } from '../helpers/hearings';

async function pdfText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-arb-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

type Kind = 'applicationReceipt' | 'supplementNotice' | 'rejectionNotice';

describe('the application’s papers from the stored case', () => {
  it('收件回执 and 补正通知书: refused before their source, then made from it, once', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    const make = (kind: Kind) => f.arbitrator.invoke('documents.generate', { request: { kind, proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request: { kind: 'applicationReceipt', proceedingId: f.proceedingId }, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '本案尚未登记仲裁申请，不能制作收件回执；请先在“仲裁申请”中登记申请的内容' },
    });
    const saved = await f.arbitrator.call('arbitration.saveApplication', fullApplication(await f.application(), false));
    const receipt = await make('applicationReceipt');
    if (!receipt.ok) throw new Error(receipt.error.message);
    const r = await pdfText(f.arbitrator, receipt.value[0]!.versions[0]!.id);
    expect(r).toContain('收件回执');
    expect(r).toContain('扎西、次仁：');
    expect(r).toContain('你（们）于2026年11月24日向本委提交的与日喀则市华建建筑工程有限公司之间劳动争议的仲裁申请已收到，共4项仲裁请求。');
    expect(r).toContain('证据材料：1.考勤表（申请人提供）；2.工资欠条（被申请人项目部出具）；3.工友证言（工友达瓦提供）');
    // 调解仲裁法 Art. 29: 5 working days from 11-24 (Tue) → 12-01 (Tue).
    expect(r).toContain('本委将于2026年12月1日前决定是否受理');
    expect(r).toContain('日喀则市劳动人事争议仲裁委员会');
    expect(await make('applicationReceipt')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('本案已制作收件回执') } });

    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request: { kind: 'supplementNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { message: '本案尚未一次性告知补正，不能制作补正通知书；请先在办案步骤中办理“一次性告知补正”' },
    });
    const items = [...saved.missing, '申请人次仁的身份证复印件'];
    expect(await f.step('requestSupplement', { date: '2026-11-25', items })).toMatchObject({ ok: true });
    const papers = (await f.proceeding()).papers.map((p) => p.kind);
    expect(papers).toEqual(['supplementNotice']);
    const notice = await make('supplementNotice');
    if (!notice.ok) throw new Error(notice.error.message);
    const s = await pdfText(f.arbitrator, notice.value[0]!.versions[0]!.id);
    expect(s).toContain('补正通知书');
    expect(s).toContain('根据《劳动人事争议仲裁办案规则》第二十九条的规定，现一次性告知如下：');
    expect(s).toContain('1.被申请人日喀则市华建建筑工程有限公司的通讯地址、联系电话；2.申请人次仁的身份证复印件。');
    expect(s).toContain('审查受理的期限自收到补正材料之日起重新计算（《劳动人事争议仲裁办案规则》第四十六条）');
    expect(s).toContain('2026年11月25日');
  });

  it('不予受理通知书 states the reasons and the route to court (调解仲裁法 Art. 29)', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    await f.arbitrator.call('arbitration.saveApplication', fullApplication(await f.application()));
    const make = () => f.arbitrator.invoke('documents.generate', { request: { kind: 'rejectionNotice', proceedingId: f.proceedingId }, caseFileId: f.caseFileId });
    expect(await make()).toMatchObject({ ok: false, error: { message: '本案尚未决定不予受理，不能制作不予受理通知书；请先在办案步骤中办理“不予受理”' } });
    expect(await f.step('reject', { date: '2026-11-25', reason: '申请人与被申请人之间不存在劳动关系，不属于劳动人事争议仲裁的受理范围' })).toMatchObject({ ok: true });
    const made = await make();
    if (!made.ok) throw new Error(made.error.message);
    const x = await pdfText(f.arbitrator, made.value[0]!.versions[0]!.id);
    expect(x).toContain('不予受理通知书');
    expect(x).toContain('经审查，申请人与被申请人之间不存在劳动关系，不属于劳动人事争议仲裁的受理范围。根据《中华人民共和国劳动争议调解仲裁法》第二十九条、《劳动人事争议仲裁办案规则》第三十一条的规定，本委决定不予受理。');
    expect(x).toContain('你（们）可以就该劳动争议事项向人民法院提起诉讼');
  });

  it('受理通知书 for a stored case comes from the store: one per applicant, its number, the 举证期限, the tribunal to follow', async () => {
    const t = await testCore();
    const f = await applicationFile(t);
    await f.arbitrator.call('arbitration.saveApplication', fullApplication(await f.application()));
    const request = { kind: 'acceptanceNotice' as const, proceedingId: f.proceedingId, evidenceDeadline: '2026-12-11' };
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '本案尚未受理，不能制作受理通知书；请先在办案步骤中办理“受理”' },
    });
    expect(await f.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
    expect(await unchanged(t, f.arbitrator, 'documents.generate', { request: { ...request, evidenceDeadline: undefined }, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('尚未确定举证期限，不能制作受理通知书') },
    });
    const made = await f.arbitrator.invoke('documents.generate', { request, caseFileId: f.caseFileId });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toHaveLength(2);
    const number = (await f.application()).caseNumber!;
    const [zhaxi, ciren] = await Promise.all(made.value.map((d) => pdfText(f.arbitrator, d.versions[0]!.id)));
    expect(zhaxi).toContain('扎西：');
    expect(ciren).toContain('次仁：');
    for (const x of [zhaxi!, ciren!]) {
      expect(x).toContain(number);
      expect(x).toContain('你于2026年11月24日向本委提交的仲裁申请书已收悉。你与日喀则市华建建筑工程有限公司劳动报酬、社会保险争议一案');
      expect(x).toContain('本案举证期限至2026年12月11日');
      expect(x).toContain('仲裁庭的组成情况，本委将自受理之日起五日内另行书面通知（《中华人民共和国劳动争议调解仲裁法》第三十二条）');
    }
    expect(await f.arbitrator.invoke('documents.generate', { request, caseFileId: f.caseFileId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('本案已制作受理通知书') } });
  });
});
