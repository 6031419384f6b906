// A case file's evidence (证据目录) through dispatch: an upload is kept in the file store and listed with what it is,
// whose it is and what it proves; a bad type, an empty title, a file too large change nothing; a withdrawn item keeps
// its file (so backups hold it and the orphan sweep never moves it); only those on the file add or withdraw; every
// opening of a file is on the trail.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { filePath, sha256, sweepOrphans } from '../../electron/core/files/file-store';
import { MAX_EVIDENCE_BYTES } from '../../shared/domain/evidence';
import { cardPng, jpegFile } from '../fixtures/images';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { ADMIN, businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';

const b64 = (b: Buffer) => b.toString('base64');
const pdf = (body = '考勤表') => Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${body}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'utf8');

/** A complaint against a builder, 李强 its 包案领导 and 张伟 on its team. */
async function arrange(t: TestCore) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { leaderStaffId: t.staff['李强']! }));
  const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
  const leader = await signInAs(t.core, '李强');
  await leader.call('team.add', { caseFileId, role: 'participant', staffId: t.staff['张伟']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '参与调查' });
  return { caseFileId, leader, inspector: await signInAs(t.core, '张伟'), employerId: employer.id, zhaxi: created.complainants[0]!.personId };
}

const attendance = (caseFileId: string, zhaxi: string, over: Partial<ChannelInput<'evidence.add'>> = {}): ChannelInput<'evidence.add'> => ({
  caseFileId,
  title: '2026年8月至10月考勤表',
  kind: 'documentary',
  submitter: 'worker',
  submitterId: zhaxi,
  purpose: '证明八月至十月在工地出勤，工资未付',
  form: 'checkedCopy',
  source: '班组长每日记录，投诉人来访时提交',
  pages: 3,
  receivedDate: '2026-11-25',
  fileName: '考勤表.pdf',
  contentBase64: b64(pdf()),
  ...over,
});

const trail = (t: TestCore, action: string) =>
  t.core.services!.db.prepare('SELECT actor_staff_id, entity, entity_id, change FROM audit_log WHERE action = ? ORDER BY seq').all(action) as Record<string, string>[];

describe('evidence on a case file', () => {
  it('an upload is stored, listed per item with what it proves, on the timeline and the trail, and opens with its bytes', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const added = await a.inspector.call('evidence.add', attendance(a.caseFileId, a.zhaxi));
    expect(added).toMatchObject({
      seq: 1,
      title: '2026年8月至10月考勤表',
      kind: 'documentary',
      submitter: 'worker',
      submitterId: a.zhaxi,
      submitterName: '扎西',
      form: 'checkedCopy',
      pages: 3,
      mime: 'application/pdf',
      bytes: pdf().length,
      addedBy: { id: t.staff['张伟'], name: '张伟' },
      status: 'current',
    });
    expect(existsSync(filePath(t.core.services!.config.paths.files, sha256(pdf())))).toBe(true);
    const photo = jpegFile(1600, 1200);
    const second = await a.leader.call('evidence.add', {
      ...attendance(a.caseFileId, a.zhaxi),
      title: '工地大门照片',
      kind: 'physical',
      submitter: 'bureau',
      submitterId: null,
      purpose: '证明项目位置和施工单位',
      form: 'original',
      source: '现场检查时拍摄',
      pages: null,
      fileName: 'IMG_0231.jpg',
      contentBase64: b64(photo),
    });
    expect(second).toMatchObject({ seq: 2, submitter: 'bureau', submitterName: null, mime: 'image/jpeg' });

    const seen = await t.client.call('evidence.list', { caseFileId: a.caseFileId });
    expect(seen.items.map((i) => [i.seq, i.title, i.status])).toEqual([
      [1, '2026年8月至10月考勤表', 'current'],
      [2, '工地大门照片', 'current'],
    ]);
    // The desk sees the list and may open the files, but is not on the team: it adds nothing.
    expect(seen).toMatchObject({ mayAdd: false, mayView: true });
    expect(seen.submitters).toEqual([
      { submitter: 'worker', id: a.zhaxi, name: '扎西' },
      { submitter: 'party', id: a.employerId, name: '日喀则市高原红建筑劳务有限公司' },
    ]);
    expect((await a.inspector.call('evidence.list', { caseFileId: a.caseFileId })).mayAdd).toBe(true);

    const file = await t.client.call('evidence.file', { id: second.id });
    expect(file).toEqual({ fileName: 'IMG_0231.jpg', mime: 'image/jpeg', contentBase64: b64(photo) });
    expect(trail(t, 'evidenceView')).toEqual([{ actor_staff_id: t.staff['次仁卓玛'], entity: 'evidence', entity_id: second.id, change: JSON.stringify({ caseFileId: a.caseFileId, seq: 2 }) }]);
    expect(trail(t, 'evidenceAdd').map((r) => r.entity_id)).toEqual([added.id, second.id]);
    const events = (await a.leader.call('cases.get', { id: a.caseFileId })).events.filter((e) => e.kind === 'evidence.added');
    expect(events.map((e) => e.summary)).toEqual([
      '收到证据第 1 号：2026年8月至10月考勤表（书证，扎西提交，2026-11-25）',
      '收到证据第 2 号：工地大门照片（物证，本局调查收集，2026-11-25）',
    ]);
  });

  it('refuses a bad type, a truncated file, an empty title, a file too large, a future date and a stranger as submitter — with a Chinese message, storing nothing', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const filesDir = t.core.services!.config.paths.files;
    const stored = () => (existsSync(filesDir) ? readdirSync(filesDir, { recursive: true }).length : 0);
    const before = { counts: businessCounts(t.core), files: stored() };
    const cases: [Partial<ChannelInput<'evidence.add'>>, string][] = [
      [{ contentBase64: b64(Buffer.from('PK\x03\x04 a zip or a docx')) }, '只能上传 JPG、PNG 格式的照片或扫描件，或 PDF 文件（Word、压缩包等请先转为 PDF）'],
      [{ contentBase64: b64(pdf().subarray(0, 40)) }, 'PDF 文件不完整（可能没有下载或复制完毕），请重新导出或扫描后再上传'],
      [{ title: '   ' }, '请填写证据名称'],
      [{ purpose: '' }, '请填写证明目的'],
      [{ contentBase64: '' }, '文件为空'],
      [{ contentBase64: 'A'.repeat(Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 8) }, '文件不能超过 10 MB，请分册扫描或降低分辨率后再上传'],
      [{ receivedDate: '2026-11-26' }, '收到日期不能晚于今天（2026-11-25）'],
      [{ submitterId: t.staff['张伟']! }, '请选择提交证据的投诉人（须是本案的投诉人）'],
      [{ submitter: 'bureau' }, '本局调查收集的证据不填写提交人'],
    ];
    for (const [over, message] of cases) {
      const r = await a.inspector.invoke('evidence.add', attendance(a.caseFileId, a.zhaxi, over));
      expect(r.ok, message).toBe(false);
      if (!r.ok) expect(r.error.message, JSON.stringify(Object.keys(over))).toContain(message);
    }
    expect(businessCounts(t.core)).toEqual({ ...before.counts, audit_log: before.counts.audit_log });
    expect(stored()).toBe(before.files);
  });

  it('someone off the team — or without the step permission — cannot add or withdraw; nothing is written', async () => {
    const t = await testCore();
    const a = await arrange(t);
    t.staff['罗布'] = await establishStaff(t.core, t.admin, { name: '罗布', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0232' });
    const outsider = await signInAs(t.core, '罗布');
    const before = businessCounts(t.core);
    const r = await outsider.invoke('evidence.add', attendance(a.caseFileId, a.zhaxi));
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您不在本案办案组中，不能添加证据；请包案领导或部门负责人将您加入办案组' } });
    expect(businessCounts(t.core)).toEqual(before);
    const desk = await t.client.invoke('evidence.add', attendance(a.caseFileId, a.zhaxi));
    expect(desk).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const item = await a.inspector.call('evidence.add', attendance(a.caseFileId, a.zhaxi));
    const w = await outsider.invoke('evidence.withdraw', { id: item.id, reason: '误传了其他案件的材料' });
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您不在本案办案组中，不能撤回证据；请包案领导或部门负责人将您加入办案组' } });
    expect((await outsider.call('evidence.list', { caseFileId: a.caseFileId })).mayAdd).toBe(false);
  });

  it('withdrawing keeps the row and the file, needs a reason, numbers are not reused, and the same file may then be added again', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const item = await a.inspector.call('evidence.add', attendance(a.caseFileId, a.zhaxi));
    const again = await a.inspector.invoke('evidence.add', attendance(a.caseFileId, a.zhaxi));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个文件已经作为第 1 号证据“2026年8月至10月考勤表”在卷，不必重复上传' } });
    const short = await a.inspector.invoke('evidence.withdraw', { id: item.id, reason: '错' });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const withdrawn = await a.inspector.call('evidence.withdraw', { id: item.id, reason: '误传了其他案件的材料' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnReason: '误传了其他案件的材料', withdrawnBy: { name: '张伟' } });
    expect((await a.inspector.invoke('evidence.withdraw', { id: item.id, reason: '误传了其他案件的材料' }))).toMatchObject({ ok: false, error: { message: '该证据已经撤回' } });
    // The file stays, and is still readable for the record.
    expect(existsSync(filePath(t.core.services!.config.paths.files, sha256(pdf())))).toBe(true);
    expect((await t.client.call('evidence.file', { id: item.id })).contentBase64).toBe(b64(pdf()));
    const readded = await a.inspector.call('evidence.add', attendance(a.caseFileId, a.zhaxi, { title: '考勤表（重新登记）' }));
    expect(readded.seq).toBe(2);
    const list = await t.client.call('evidence.list', { caseFileId: a.caseFileId });
    expect(list.items.map((i) => [i.seq, i.status])).toEqual([
      [1, 'withdrawn'],
      [2, 'current'],
    ]);
    // The database refuses to delete an item even if code tried.
    expect(() => t.core.services!.db.prepare('DELETE FROM evidence_items WHERE id = ?').run(item.id)).toThrow('证据不能删除，只能撤回并写明理由');
    const events = (await a.leader.call('cases.get', { id: a.caseFileId })).events.filter((e) => e.kind === 'evidence.withdrawn');
    expect(events.map((e) => e.summary)).toEqual(['撤回证据第 1 号：2026年8月至10月考勤表。理由：误传了其他案件的材料（文件仍保存在卷）']);
  });

  it('evidence files are never swept as orphans and are in every backup, withdrawn ones included', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const png = cardPng(800, 600);
    const kept = await a.inspector.call('evidence.add', attendance(a.caseFileId, a.zhaxi, { fileName: '工资条.png', contentBase64: b64(png) }));
    const gone = await a.inspector.call('evidence.add', attendance(a.caseFileId, a.zhaxi));
    await a.inspector.call('evidence.withdraw', { id: gone.id, reason: '误传了其他案件的材料' });
    const s = t.core.services!;
    const quarantine = mkdtempSync(join(tmpdir(), 'xinan-quarantine-'));
    onTestFinished(() => rmSync(quarantine, { recursive: true, force: true }));
    // Long after the grace period, as a restart a day later would see it.
    const swept = sweepOrphans(s.config.paths.files, s.prepare, Date.now() + 24 * 3600 * 1000, quarantine);
    expect(swept).toEqual({ quarantined: [], leftInPlace: 0, reason: null });
    expect(existsSync(filePath(s.config.paths.files, sha256(png)))).toBe(true);
    expect(kept.mime).toBe('image/png');

    const folder = mkdtempSync(join(tmpdir(), 'xinan-backup-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('backup.configure', { folder, schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
    const backup = await admin.call('backup.run', { password: null, note: null });
    const inBackup = readdirSync(join(folder, 'xinan-backups', 'files'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
    expect(inBackup).toEqual(expect.arrayContaining([sha256(png), sha256(pdf())]));
    expect(backup.files).toBeGreaterThanOrEqual(2);
  });
});

describe('evidence of one proceeding', () => {
  it('may be tied to one of the file’s proceedings, never to another file’s', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const b = await arrange(t);
    const own = (await a.leader.call('cases.get', { id: a.caseFileId })).proceedings[0]!.id;
    const other = (await b.leader.call('cases.get', { id: b.caseFileId })).proceedings[0]!.id;
    const item = await a.inspector.call('evidence.add', attendance(a.caseFileId, a.zhaxi, { proceedingId: own }));
    expect(item.proceedingId).toBe(own);
    const event = (await a.leader.call('cases.get', { id: a.caseFileId })).events.find((e) => e.kind === 'evidence.added')!;
    expect(event.proceedingId).toBe(own);
    const r = await a.inspector.invoke('evidence.add', attendance(a.caseFileId, a.zhaxi, { proceedingId: other, contentBase64: b64(pdf('另一份')) }));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { proceedingId: '该程序不属于本案卷' } } });
  });
});

describe('the evidence list as XLSX', () => {
  it('exports every item in the catalogue order — the workers’, the parties’, the bureau’s — withdrawn ones with the reason, on the trail', async () => {
    const t = await testCore();
    const a = await arrange(t);
    await a.inspector.call('evidence.add', { ...attendance(a.caseFileId, a.zhaxi), title: '现场照片', kind: 'physical', submitter: 'bureau', submitterId: null, contentBase64: b64(cardPng(640, 480)), fileName: 'a.png' });
    await a.inspector.call('evidence.add', { ...attendance(a.caseFileId, a.zhaxi), title: '工资结算单', submitter: 'party', submitterId: a.employerId, contentBase64: b64(pdf('结算单')), pages: null, source: null });
    const first = await a.inspector.call('evidence.add', attendance(a.caseFileId, a.zhaxi));
    await a.inspector.call('evidence.withdraw', { id: first.id, reason: '误传了其他案件的材料' });
    const out = await t.client.call('evidence.export', { caseFileId: a.caseFileId });
    expect(out.fileName).toMatch(/^证据目录-.+\.xlsx$/);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.contentBase64, 'base64') as never);
    const rows = (wb.getWorksheet('证据目录')!.getSheetValues() as unknown[][]).slice(3).map((r) => r.slice(1));
    expect(rows).toEqual([
      ['序号', '提交人', '证据名称', '证据种类', '证明目的', '原件或复印件', '来源', '页数', '收到日期', '状态'],
      [3, '扎西（投诉人）', '2026年8月至10月考勤表', '书证', '证明八月至十月在工地出勤，工资未付', '复印件（已与原件核对）', '班组长每日记录，投诉人来访时提交', 3, '2026-11-25', '已撤回：误传了其他案件的材料'],
      [2, '日喀则市高原红建筑劳务有限公司（被投诉方）', '工资结算单', '书证', '证明八月至十月在工地出勤，工资未付', '复印件（已与原件核对）', undefined, undefined, '2026-11-25', '在卷'],
      [1, '本局调查收集', '现场照片', '物证', '证明八月至十月在工地出勤，工资未付', '复印件（已与原件核对）', '班组长每日记录，投诉人来访时提交', 3, '2026-11-25', '在卷'],
    ]);
    expect(trail(t, 'evidenceExport')).toEqual([{ actor_staff_id: t.staff['次仁卓玛'], entity: 'caseFile', entity_id: a.caseFileId, change: JSON.stringify({ bytes: Buffer.from(out.contentBase64, 'base64').length, items: 3 }) }]);
  });
});

describe('the demo', () => {
  it('puts an attendance sheet in each open inspection file received before today, received on the intake’s day, as a readable PDF', async () => {
    const t = await testCore({ initialized: false, offerDemo: true });
    await t.client.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: 'guanli2026', demo: true });
    const db = t.core.services!.db;
    const rows = db
      .prepare(
        `SELECT e.received_date, i.received_date AS intake_date, c.status, e.created_at, i.received_at, e.file_sha256
         FROM evidence_items e JOIN case_files c ON c.id = e.case_file_id JOIN intakes i ON i.id = c.source_intake_id`,
      )
      .all() as { received_date: string; intake_date: string; status: string; created_at: number; received_at: number; file_sha256: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const r of rows) {
      expect(r.received_date).toBe(r.intake_date);
      expect(r.received_date < '2026-11-25').toBe(true);
      expect(r.created_at).toBeGreaterThan(r.received_at);
      expect(r.status).toBe('open');
    }
    const zhangwei = await signInAs(t.core, '张伟', 'xinan2026');
    const list = await zhangwei.call('evidence.list', { caseFileId: (db.prepare('SELECT case_file_id FROM evidence_items LIMIT 1').get() as { case_file_id: string }).case_file_id });
    const file = await zhangwei.call('evidence.file', { id: list.items[0]!.id });
    expect(file.mime).toBe('application/pdf');
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(list.items[0]).toMatchObject({ kind: 'documentary', submitter: 'worker', form: 'checkedCopy', pages: 1 });
  });
});
