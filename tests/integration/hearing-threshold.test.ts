// 行政处罚法 Art. 63 through the core: the province's 较大数额 of a fine (the regional, dated parameter
// inspection.hearingFineThreshold, set here for 西藏 at ¥20,000) decides whether the 事先告知书 tells of a hearing and
// whether the party may ask for one — below the line neither, at the line both.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client } from '../helpers/client';
import { testCore, type TestCore } from '../helpers/core';
import { overdueOrder, step } from '../helpers/listing';

async function paperText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** The province's figure ¥20,000 from 2026-12-01; the inspection noticed on 2026-12-03 of a penalty of `fineFen`. */
async function noticed(t: TestCore, fineFen: number) {
  await t.admin.call('parameters.set', { key: 'inspection.hearingFineThreshold', region: '540000', value: 20_000, effectiveFrom: '2026-12-01', source: '本省规定（测试）', confidence: 'local', note: null });
  const f = await overdueOrder(t);
  const ok = async (action: string, input: Record<string, unknown>) => expect(await step(f.suolang, f.caseFileId, 'inspection', action, input)).toMatchObject({ ok: true });
  await ok('closeInvestigation', { date: '2026-12-03', facts: '逾期未支付扎西工资8000元', opinion: '拟作出行政处罚决定' });
  await ok('priorNotice', { date: '2026-12-03', intended: 'penalty', content: '拟处以罚款', fineFen });
  const pid = (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((p) => p.kind === 'inspection')!.proceedingId;
  const [doc] = await f.suolang.call('documents.generate', { request: { kind: 'priorNotice', proceedingId: pid }, caseFileId: f.caseFileId });
  return { f, text: await paperText(f.suolang, doc!.versions[0]!.id) };
}

describe('the hearing right follows the province’s 较大数额 (行政处罚法 Art. 63)', () => {
  it('a fine of ¥19,999.99: the notice tells of no hearing and a request is refused naming the figure', async () => {
    const t = await testCore();
    const { f, text } = await noticed(t, 1_999_999);
    expect(text).toContain('陈述、申辩');
    expect(text).not.toContain('听证');
    const r = await step(f.suolang, f.caseFileId, 'inspection', 'requestHearing', { date: '2026-12-03', note: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: '事先告知的拟罚款数额低于本省规定的较大数额（¥20,000.00），当事人无权要求听证（《行政处罚法》第六十三条、第六十四条）' } });
    const deadlines = (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((p) => p.kind === 'inspection')!.deadlines;
    expect(deadlines.map((d) => d.ruleId)).not.toContain('penalty.hearingRequest');
  });

  it('a fine of ¥20,000: the notice tells of the hearing and its last day, and the party may ask', async () => {
    const t = await testCore();
    const { f, text } = await noticed(t, 2_000_000);
    // 5 working days from Thu 2026-12-03: 12/4, 12/7–12/10.
    expect(text).toContain('你单位有权要求举行听证');
    expect(text).toContain('5个工作日内（2026年12月10日前）');
    expect(await step(f.suolang, f.caseFileId, 'inspection', 'requestHearing', { date: '2026-12-03', note: null })).toMatchObject({ ok: true });
  });
});
