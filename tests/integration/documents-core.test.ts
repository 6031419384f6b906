// Documents through the real core: built from the case data, numbered by policy, rendered to PDF and DOCX, kept in
// the file store with their versions, on the case timeline and the audit trail; numbers never reused.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntakeCreateInput } from '../../shared/contract';
import { DEFAULT_TEMPLATES } from '../../shared/domain/documents/templates';
import { instantOf } from '../../shared/domain/time';
import { filePath } from '../../electron/core/files/file-store';
import { arbitrationCase, serviceReceipt } from '../fixtures/arbitration-case';
import { ADMIN, businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { helperProcessArgs } from '../helpers/helper-process';

const REPO = resolve(__dirname, '..', '..');

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  const file = join(dir, 'd.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function withIntake(t: TestCore, over: Partial<IntakeCreateInput> = {}) {
  const party = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司', creditCode: '91540202MA6T1X2K63' });
  return t.client.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-25', '09:30'),
    summary: '在雪域公司承建的安置房项目务工，8月至10月工资未付',
    workersCount: 1,
    amountClaimedFen: 1_280_000,
    parties: [{ partyId: party.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'residentId', idNumber: '540202198503120019', phones: ['13908921200'] }],
    route: 'inspection',
    ...over,
  });
}

async function file(t: TestCore, versionId: string, format: 'pdf' | 'docx', purpose: 'preview' | 'download' | 'print' = 'preview') {
  const f = await t.client.call('documents.file', { versionId, format, purpose });
  return { ...f, bytes: Buffer.from(f.contentBase64, 'base64') };
}

describe('documents in the core', () => {
  it('makes the intake record from the intake: numbered with its 登记号, both files kept, on the timeline and the trail', async () => {
    const t = await testCore();
    const intake = await withIntake(t);
    const [doc] = await t.client.call('documents.generate', { request: { kind: 'intakeRecord', intakeId: intake.id }, caseFileId: null });
    expect(doc).toMatchObject({ kind: 'intakeRecord', title: '投诉登记表', number: intake.regNoText, status: 'issued', intakeId: intake.id, caseFileId: intake.caseFileId });
    const v = doc.versions[0];
    expect(v).toMatchObject({ version: 1, createdBy: { name: '次仁卓玛' } });
    expect(v.fonts.pdf).toContain('Noto Serif SC');
    expect(v.fonts.docx).toContain('仿宋_GB2312');
    // The files are in the store under their hashes, and come back as stored.
    const pdf = await file(t, v.id, 'pdf');
    expect(pdf.mime).toBe('application/pdf');
    expect(pdf.fileName).toBe(`投诉登记表（${intake.regNoText}）-第1版.pdf`);
    expect(filePath(t.core.services!.config.paths.files, v.pdfHash)).toContain(v.pdfHash.slice(0, 2));
    const text = pdfText(pdf.bytes);
    // The internal record carries what the template requires, the full ID number included.
    for (const s of ['投诉登记表', intake.regNoText, '扎西', '540202198503120019', '日喀则市雪域建筑工程有限公司', '次仁卓玛']) expect(text).toContain(s);
    const docx = await file(t, v.id, 'docx', 'download');
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    await file(t, v.id, 'pdf', 'print');
    const db = t.core.services!.db;
    const actions = (db.prepare("SELECT action FROM audit_log WHERE entity = 'document' ORDER BY seq").all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(['generate', 'documentView', 'documentExport', 'documentPrint']);
    const events = (db.prepare('SELECT kind FROM case_events WHERE case_file_id = ? ORDER BY seq').all(intake.caseFileId) as { kind: string }[]).map((r) => r.kind);
    expect(events).toEqual(['caseFile.opened', 'proceeding.created', 'routing.routed', 'intake.noticed', 'document.generated', 'document.exported', 'document.printed']);
    expect(await t.client.call('documents.list', { intakeId: intake.id, caseFileId: null })).toHaveLength(1);
    // One valid record per intake: a second is refused (regenerate it, or void it first).
    expect(await t.client.invoke('documents.generate', { request: { kind: 'intakeRecord', intakeId: intake.id }, caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('已有有效的登记表') },
    });
    expect(await t.client.call('documents.list', { intakeId: null, caseFileId: intake.caseFileId })).toHaveLength(1);
  });

  it('keeps every version when regenerating, under the same number, and a voided document keeps its number', async () => {
    const t = await testCore();
    const intake = await withIntake(t);
    const [doc] = await t.client.call('documents.generate', { request: { kind: 'intakeRecord', intakeId: intake.id }, caseFileId: null });
    t.clock.advance(60_000);
    await t.client.call('intakes.addComplainants', { intakeId: intake.id, rowVersion: intake.rowVersion, complainants: [{ name: '次仁', idType: 'none', idMissingReason: '未带证件' }] });
    const again = await t.client.call('documents.regenerate', { id: doc.id });
    expect(again.number).toBe(doc.number);
    expect(again.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(again.versions[0].contentHash).not.toBe(again.versions[1].contentHash);
    expect(pdfText((await file(t, again.versions[0].id, 'pdf')).bytes)).toContain('次仁');
    // The first version is kept as it was: one person registered.
    expect(pdfText((await file(t, again.versions[1].id, 'pdf')).bytes)).not.toContain('未带证件');
    expect(pdfText((await file(t, again.versions[0].id, 'pdf')).bytes)).toContain('未带证件');
    const leader = await signInAs(t.core, '李强');
    expect(await t.client.invoke('documents.void', { id: doc.id, reason: '作废' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await leader.invoke('documents.void', { id: doc.id, reason: '短' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const voided = await leader.call('documents.void', { id: doc.id, reason: '投诉人姓名登记有误，重新登记' });
    expect(voided).toMatchObject({ status: 'void', voidReason: '投诉人姓名登记有误，重新登记', number: doc.number });
    expect(await t.client.invoke('documents.regenerate', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The database refuses to reuse or change a number, or to delete a document or a version, whoever asks.
    const db = t.core.services!.db;
    expect(() => db.prepare("UPDATE documents SET number = 'x' WHERE id = ?").run(doc.id)).toThrow(/编号和种类一经确定不能更改/);
    expect(() => db.prepare("UPDATE documents SET status = 'issued' WHERE id = ?").run(doc.id)).toThrow(/已作废的文书不能恢复/);
    expect(() => db.prepare('DELETE FROM document_versions').run()).toThrow(/文书版本只能追加/);
    expect(() => db.prepare('DELETE FROM documents').run()).toThrow(/文书不能删除/);
  });

  it('builds the arbitration documents from the case, splits a part-final award, and takes the minimum wage from the parameters', async () => {
    const t = await testCore();
    const arbitrator = await signInAs(t.core, await establishStaff(t.core, t.admin, { name: '王芳', departmentId: 'dept-540200-arbitration', roles: ['arbitrator'] }));
    const docs = await arbitrator.call('documents.generate', { request: { kind: 'award', case: { ...arbitrationCase, monthlyMinimumWageFen: null } }, caseFileId: null });
    // 2,100 yuan (the parameter) × 12 = 25,200: the 30,000-yuan overtime item is non-final, the rest final.
    expect(docs.map((d) => d.number)).toEqual(['日劳人仲案字〔2026〕第12号', '日劳人仲案字〔2026〕第12号-2']);
    const textOf = async (versionId: string) =>
      pdfText(Buffer.from((await arbitrator.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' })).contentBase64, 'base64'));
    const [finalText, nonFinalText] = [await textOf(docs[0].versions[0].id), await textOf(docs[1].versions[0].id)];
    expect(finalText).toContain('本裁决为终局裁决');
    expect(nonFinalText).toContain('本裁决为非终局裁决');
    for (const kind of ['acceptanceNotice', 'hearingNotice'] as const) {
      const request = kind === 'acceptanceNotice' ? { kind, case: arbitrationCase, applicantIndex: 0 } : { kind, case: arbitrationCase, recipient: { role: 'respondent' as const, index: 0 } };
      const [doc] = await arbitrator.call('documents.generate', { request, caseFileId: null });
      expect(doc.number).toBe(arbitrationCase.caseNumber);
    }
    const before = businessCounts(t.core);
    expect(await arbitrator.invoke('documents.generate', { request: { kind: 'hearingNotice', case: { ...arbitrationCase, hearing: null }, recipient: { role: 'applicant', index: 0 } }, caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '尚未确定开庭日期和地点，不能制作开庭通知书' },
    });
    expect(await arbitrator.invoke('documents.generate', { request: { kind: 'acceptanceNotice', case: arbitrationCase, applicantIndex: 3 }, caseFileId: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(businessCounts(t.core)).toEqual(before);
  });

  it('refuses a 受理通知书 without the evidence period and a 开庭通知书 whose hearing breaks a rule, on the clock’s day and the bureau’s settings', async () => {
    const t = await testCore();
    const arbitrator = await signInAs(t.core, await establishStaff(t.core, t.admin, { name: '王芳', departmentId: 'dept-540200-arbitration', roles: ['arbitrator'] }));
    const before = businessCounts(t.core);
    expect(await arbitrator.invoke('documents.generate', { request: { kind: 'acceptanceNotice', case: { ...arbitrationCase, evidenceDeadline: null }, applicantIndex: 0 }, caseFileId: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('尚未确定举证期限') },
    });
    expect(businessCounts(t.core)).toEqual(before);
    // The fixture's notice is lawful on 11-25 (the hearing 12-18); made on 12-10 it would reach the parties too late.
    // (A jump of the clock locks idle sessions, so each day signs in afresh.)
    t.clock.t = instantOf('2026-12-10', '09:00');
    let clerk = await signInAs(t.core, '王芳');
    const signedIn = businessCounts(t.core);
    const late = await clerk.invoke('documents.generate', { request: { kind: 'hearingNotice', case: arbitrationCase, recipient: { role: 'applicant', index: 0 } }, caseFileId: null });
    expect(late).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('开庭通知书应当在开庭五日前送达当事人') } });
    expect(businessCounts(t.core)).toEqual(signedIn);
    // On 12-09 with the default 2 days in transit the notice arrives 12-11, the last lawful day: it is made.
    t.clock.t = instantOf('2026-12-09', '09:00');
    clerk = await signInAs(t.core, '王芳');
    const served = { ...arbitrationCase, applicationServedOn: '2026-11-27' };
    expect((await clerk.call('documents.generate', { request: { kind: 'hearingNotice', case: served, recipient: { role: 'applicant', index: 0 } }, caseFileId: null }))[0].title).toBe('开庭通知书');
    // The bureau counts 4 days in transit (its setting): the same notice on 12-09 is now too late.
    await (await signInAs(t.core, ADMIN.name, ADMIN.password)).call('parameters.set', { key: 'hearingNotice.serviceAllowanceDays', region: '540200', value: 4, effectiveFrom: '2026-01-01', source: '本委邮寄送达的实际用时', confidence: 'local' });
    expect(await clerk.invoke('documents.generate', { request: { kind: 'hearingNotice', case: served, recipient: { role: 'applicant', index: 0 } }, caseFileId: null })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('送达在途按 4 日计，约 2026-12-13 才能送达') },
    });
  });

  it('keeps a report’s internal record from those who may not know reporters', async () => {
    const t = await testCore();
    const report = await withIntake(t, { kind: 'report', summary: '举报雪域公司克扣工资', complainants: [{ name: '格桑曲珍', idType: 'none', idMissingReason: '匿名举报未提供' }] });
    const [doc] = await t.client.call('documents.generate', { request: { kind: 'intakeRecord', intakeId: report.id }, caseFileId: null });
    expect(pdfText((await file(t, doc.versions[0].id, 'pdf')).bytes)).toContain('举报人信息依法保密');
    const clerk = await signInAs(t.core, await establishStaff(t.core, t.admin, { name: '央金', departmentId: null, roles: ['clerk'] }));
    expect(await clerk.call('documents.list', { intakeId: report.id, caseFileId: null })).toEqual([]);
    expect(await clerk.invoke('documents.file', { versionId: doc.versions[0].id, format: 'pdf', purpose: 'preview' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await clerk.invoke('documents.generate', { request: { kind: 'intakeRecord', intakeId: report.id }, caseFileId: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('numbering', () => {
  it('gives two processes issuing from one series at once no duplicate and no gap, and never reissues a voided number', async () => {
    const t = await testCore();
    // A bureau that numbers its 送达回证 in a series of their own (numbering policy is data).
    const template = { ...DEFAULT_TEMPLATES.serviceReceipt, numbering: { mode: 'series' as const, series: 'receipt', pattern: '{unitShort}送字〔{year}〕{n}号' } };
    t.core.services!.db.prepare('INSERT INTO document_templates (kind, data, updated_at) VALUES (?, ?, ?)').run('serviceReceipt', JSON.stringify(template), Date.now());
    const [first] = await t.client.call('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
    expect(first.number).toBe('日喀则市送字〔2026〕1号');
    const per = 8;
    // Both issuers start up and sign in, say so, and are then let go together: they issue at the same time.
    const issuers = [0, 1].map(() => {
      const child = spawn(process.execPath, [...helperProcessArgs('tests/helpers/issue-series.ts'), t.dataDir, String(per), '次仁卓玛'], { cwd: REPO });
      let out = '';
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      // Ready once it says so; an issuer that ends before that fails the test at once instead of leaving it waiting.
      const ready = new Promise<void>((ok, fail) => {
        child.stdout.on('data', (d) => {
          out += d;
          if (out.startsWith('ready\n')) ok();
        });
        child.on('exit', (code) => fail(new Error(`取号进程未就绪即退出（${String(code)}）：${err}`)));
      });
      const done = new Promise<string[]>((ok, fail) => child.on('exit', (code) => (code === 0 ? ok(out.trim().split('\n').slice(1)) : fail(new Error(err)))));
      return { child, ready, done };
    });
    await Promise.all(issuers.map((i) => i.ready));
    for (const i of issuers) i.child.stdin.end('go\n');
    const [a, b] = await Promise.all(issuers.map((i) => i.done));
    // Each was given its eight, issuing at the same time as the other (how they interleave is the scheduler's).
    expect(a.length).toBe(per);
    expect(b.length).toBe(per);
    const numbers = [...a, ...b].map((n) => Number(/〕(\d+)号/.exec(n)![1])).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 2 * per }, (_, i) => i + 2));
    const leader = await signInAs(t.core, '李强');
    await leader.call('documents.void', { id: first.id, reason: '送达地址有误，重新送达' });
    const [next] = await t.client.call('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
    expect(next.number).toBe(`日喀则市送字〔2026〕${2 * per + 2}号`);
  }, 120_000);
});

describe('series ownership', () => {
  it('issues only from series this installation owns: one brought from another installation is refused, changing nothing', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    const template = { ...DEFAULT_TEMPLATES.serviceReceipt, numbering: { mode: 'series' as const, series: 'receipt', pattern: '{unitShort}送字〔{year}〕{n}号' } };
    db.prepare('INSERT INTO document_templates (kind, data, updated_at) VALUES (?, ?, ?)').run('serviceReceipt', JSON.stringify(template), Date.now());
    const [first] = await t.client.call('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
    expect(first.number).toBe('日喀则市送字〔2026〕1号');
    const earlier = await withIntake(t);
    const mine = (db.prepare('SELECT installation_id FROM installation').get() as { installation_id: string }).installation_id;
    expect(db.prepare("SELECT owner_installation_id FROM number_series WHERE series = 'doc:receipt'").get()).toEqual({ owner_installation_id: mine });

    // The series as another installation of the unit left it (a transfer package would bring such a row).
    db.prepare("UPDATE number_series SET owner_installation_id = 'a7d3c1e0-0000-4000-8000-000000000000' WHERE series IN ('doc:receipt', 'intake')").run();
    const before = businessCounts(t.core);
    const refused = await t.client.invoke('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('由另一台电脑上的薪安（安装标识 a7d3c1e0）管理，本机不能从中取号') } });
    if (!refused.ok) expect(refused.error.message).toContain('文书编号 receipt');
    const intake = await t.client.invoke('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf('2026-11-25', '09:45'),
      summary: '工资未付',
      workersCount: 1,
      parties: [{ partyId: earlier.parties[0].party.id, role: 'employer' }],
      complainants: [{ name: '达瓦', idType: 'none', idMissingReason: '未带身份证' }],
      route: 'inspection',
    });
    expect(intake).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('接待登记号') } });
    expect(businessCounts(t.core)).toEqual(before);
    // A new year is a new series, and this installation owns it from its first number.
    t.clock.t = instantOf('2027-01-04', '09:00');
    const desk = await signInAs(t.core, '次仁卓玛');
    const [next] = await desk.call('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
    expect(next.number).toBe('日喀则市送字〔2027〕1号');
  });
});

describe('batch generation', () => {
  it('makes a 系列案’s hearing notices as a job with progress, reports the ones it could not make, and only its starter sees it', async () => {
    const t = await testCore();
    const applicants = Array.from({ length: 12 }, (_, i) => ({ ...arbitrationCase.applicants[0], name: `申请人${i + 1}`, idNumber: null }));
    const series = { ...arbitrationCase, applicants };
    const requests = [
      ...applicants.map((_, index) => ({ kind: 'hearingNotice' as const, case: series, recipient: { role: 'applicant' as const, index } })),
      { kind: 'hearingNotice' as const, case: series, recipient: { role: 'applicant' as const, index: 99 } },
    ];
    const events: string[] = [];
    const off = t.core.events.subscribe((e) => events.push(e.type));
    const job = await t.client.call('documents.batch', { requests, caseFileId: null });
    expect(job).toMatchObject({ kind: 'documents.batch', status: 'running' });
    const done = await t.core.services!.jobs.wait(job.id);
    off();
    expect(done).toMatchObject({ status: 'succeeded', done: 13, total: 13 });
    expect(done.result).toMatchObject({ issued: 12, cancelled: false, failures: [{ index: 12, message: expect.stringContaining('申请人') }] });
    expect(events).toContain('job.progress');
    expect(events).toContain('job.finished');
    const count = t.core.services!.db.prepare("SELECT count(*) AS n FROM documents WHERE kind = 'hearingNotice'").get() as { n: number };
    expect(count.n).toBe(12);
    // The worker dates its records on the core's clock (the notices are checked against that day, not the wall clock's).
    const times = t.core.services!.db.prepare("SELECT min(created_at) AS lo, max(created_at) AS hi FROM documents WHERE kind = 'hearingNotice'").get() as { lo: number; hi: number };
    expect(times.lo).toBeGreaterThanOrEqual(t.clock.t);
    expect(times.hi - t.clock.t).toBeLessThan(60_000);
    // Generated by the person who started the job, each on the trail.
    const generated = t.core.services!.db.prepare("SELECT DISTINCT actor_staff_id AS a FROM audit_log WHERE action = 'generate'").all();
    expect(generated).toEqual([{ a: t.staff['次仁卓玛'] }]);
    const other = await signInAs(t.core, '李强');
    expect(await other.invoke('jobs.get', { jobId: job.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await t.admin.call('jobs.get', { jobId: job.id })).status).toBe('succeeded');
    expect(await t.client.invoke('documents.batch', { requests: [], caseFileId: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  }, 60_000);
});

describe('templates', () => {
  it('lets the administrator edit a kind’s texts, refuses a typo in a placeholder, and new documents use the edit', async () => {
    const t = await testCore();
    const [, , , receipt] = await t.admin.call('documentTemplates.list', {});
    expect(receipt).toMatchObject({ kind: 'serviceReceipt', builtIn: true, rowVersion: null });
    const before = businessCounts(t.core);
    const typo = await t.admin.invoke('documentTemplates.save', { kind: 'serviceReceipt', name: '本委模板', numbering: { mode: 'none' }, texts: { ...receipt.texts, instruction: '{recipent}签收的日期为送达日期。' }, lists: {}, rowVersion: null });
    expect(typo).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'texts.instruction': expect.stringContaining('recipent') } } });
    const badSeries = await t.admin.invoke('documentTemplates.save', { kind: 'serviceReceipt', name: '本委模板', numbering: { mode: 'series', series: 'r', pattern: '{unitShort}送字〔{year}〕号' }, texts: receipt.texts, lists: {}, rowVersion: null });
    expect(badSeries).toMatchObject({ ok: false, error: { fields: { numbering: expect.stringContaining('{n}') } } });
    expect(businessCounts(t.core)).toEqual(before);
    const saved = await t.admin.call('documentTemplates.save', { kind: 'serviceReceipt', name: '本委模板', numbering: { mode: 'none' }, texts: { ...receipt.texts, instruction: '请受送达人当场签收，并写明收到的日期和时间。' }, lists: {}, rowVersion: null });
    expect(saved).toMatchObject({ builtIn: false, rowVersion: 1, updatedBy: '普布次仁' });
    expect(await t.admin.invoke('documentTemplates.save', { ...saved, rowVersion: null, lists: {} })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.client.invoke('documentTemplates.save', { ...saved, lists: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const [doc] = await t.client.call('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null });
    expect(pdfText((await file(t, doc.versions[0].id, 'pdf')).bytes)).toContain('请受送达人当场签收');
    const reset = await t.admin.call('documentTemplates.reset', { kind: 'serviceReceipt', rowVersion: 1 });
    expect(reset.builtIn).toBe(true);
  });
});
