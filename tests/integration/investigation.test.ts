// The investigation's records through dispatch: a 询问笔录 needs two or more inspectors with valid 执法证 (监察条例
// Art. 16) and, in 藏语, an interpreter told of the duty; refused input changes nothing; a finalised record is
// read-only (the service and the trigger), corrected only by an appended 更正; the printed record and the 询问通知书
// carry their elements (text extracted from the PDF), and the notice is served through 送达 like any document.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InquiryRecordCreateInput } from '../../shared/contract/investigation';
import { instantOf } from '../../shared/domain/time';
import { cardPng } from '../fixtures/images';
import { TIBETAN_ANSWER } from '../fixtures/investigation';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import type { Client } from '../helpers/client';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  const file = join(dir, 'd.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function documentText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  return pdfText(Buffer.from(f.contentBase64, 'base64'));
}

/** An inspection of 扎西's complaint taken in by the inspection department, 索朗 and 格桑 its handlers, filed. */
async function filedInspection(t: TestCore, file = true) {
  const add = (name: string, cert: string | null, expiry: string | null) =>
    establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: cert, enforcementCertExpiry: expiry });
  t.staff['索朗'] = await add('索朗', '藏人社监字0232', '2028-06-30');
  t.staff['格桑'] = await add('格桑', '藏人社监字0233', '2028-06-30');
  t.staff['旺堆'] = await add('旺堆', '藏人社监字0199', '2026-11-24');
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const teamLeader = await t.client.call('parties.create', { kind: 'individual', name: '格桑多吉' });
  const intake = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { parties: [{ partyId: employer.id, role: 'employer' }, { partyId: teamLeader.id, role: 'laborTeam' }] }));
  const caseFileId = (await t.client.call('intakes.get', { id: intake.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' });
  }
  const suolang = await signInAs(t.core, '索朗');
  let p = (await suolang.call('casework.get', { caseFileId })).proceedings[0]!;
  if (file) {
    await suolang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, expectedRowVersion: p.rowVersion });
    p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
    await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意立案', date: '2026-11-25', expectedRowVersion: p.pendingApproval!.rowVersion });
  }
  const listed = await suolang.call('investigation.list', { caseFileId });
  return { caseFileId, proceedingId: p.proceedingId, suolang, leader, listed, party: (name: string) => listed.parties.find((x) => x.name === name)! };
}

function interview(t: TestCore, proceedingId: string, over: Partial<InquiryRecordCreateInput> = {}): InquiryRecordCreateInput {
  return {
    proceedingId,
    startedAt: instantOf('2026-11-25', '08:30'),
    endedAt: instantOf('2026-11-25', '09:40'),
    place: '劳动保障监察支队203室',
    inspectorIds: [t.staff['索朗']!, t.staff['格桑']!],
    recorderId: t.staff['格桑']!,
    interviewee: { partyId: null, name: '格桑多吉', sex: 'M', idNumber: '540202198503150018', workplace: '华建公司木工班组', post: '班组长', phone: '13908921234', address: '日喀则市桑珠孜区江当乡' },
    language: 'bo',
    languageOther: null,
    interpreterName: '次仁央宗',
    interpreterDutyTold: true,
    qa: [
      { q: '你在哪个工地干活？从什么时候开始？', a: `${TIBETAN_ANSWER}（译：我们从3月开始干活，7月以后没有发过工资。）` },
      { q: '你的班组有多少人？', a: '15人。' },
    ],
    ...over,
  };
}

describe('询问笔录', () => {
  it('refuses fewer than two certified inspectors and a 藏语 interview without an interpreter, changing nothing', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    const before = businessCounts(t.core);
    const refused = async (over: Partial<InquiryRecordCreateInput>) => f.suolang.invoke('investigation.createRecord', interview(t, f.proceedingId, over));
    expect(await refused({ inspectorIds: [t.staff['索朗']!] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { inspectorIds: '询问须由两名以上持有效执法证的监察员进行（现有1名，《劳动保障监察条例》第十六条）' } },
    });
    expect(await refused({ inspectorIds: [t.staff['索朗']!, t.staff['旺堆']!] })).toMatchObject({
      error: { fields: { inspectorIds: '旺堆的执法证已于 2026-11-24 过期，不能担任询问人（《劳动保障监察条例》第十六条）' } },
    });
    // 张伟 has a certificate number but no expiry on record.
    expect(await refused({ inspectorIds: [t.staff['索朗']!, t.staff['张伟']!] })).toMatchObject({ error: { fields: { inspectorIds: expect.stringContaining('张伟没有登记执法证号及有效期') } } });
    expect(await refused({ inspectorIds: [t.staff['索朗']!, t.staff['索朗']!] })).toMatchObject({ error: { fields: { inspectorIds: '询问人“索朗”重复，请选择两名不同的监察员' } } });
    expect(await refused({ interpreterName: null })).toMatchObject({ error: { code: 'VALIDATION', fields: { interpreterName: '使用藏语询问的，须有翻译人员；请填写翻译人员姓名' } } });
    expect(await refused({ interpreterDutyTold: false })).toMatchObject({ error: { fields: { interpreterDutyTold: '请先告知翻译人员如实、完整翻译的义务，并勾选“已告知”' } } });
    expect(await refused({ language: 'other', languageOther: null, interpreterName: null })).toMatchObject({ error: { fields: { languageOther: '请写明询问使用的语言' } } });
    expect(await refused({ endedAt: instantOf('2026-11-25', '08:00') })).toMatchObject({ error: { fields: { endedAt: '询问结束时间应当晚于开始时间' } } });
    expect(businessCounts(t.core)).toEqual(before);
    // 汉语 needs no interpreter.
    const zh = await f.suolang.call('investigation.createRecord', interview(t, f.proceedingId, { language: 'zh', interpreterName: null, interpreterDutyTold: false }));
    expect(zh).toMatchObject({ status: 'draft', language: 'zh', interpreterName: null, inspectors: [{ name: '索朗', certNo: '藏人社监字0232' }, { name: '格桑', certNo: '藏人社监字0233' }] });
  });

  it('is refused before 立案 and to someone not on the file', async () => {
    const t = await testCore();
    const f = await filedInspection(t, false);
    expect(f.listed.mayAct).toBe(false);
    expect(await f.suolang.invoke('investigation.createRecord', interview(t, f.proceedingId))).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '该监察案件尚未立案，立案后才能制作询问笔录（《劳动保障监察条例》第十四条、第十七条）' },
    });
    const zhangwei = await signInAs(t.core, '张伟');
    expect(await zhangwei.invoke('investigation.createRecord', interview(t, f.proceedingId))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('不在本案办案组中') } });
  });

  it('is a draft until finalised, then read-only: a correction is appended with its reason, and the print carries every element', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    expect(f.listed).toMatchObject({ mayAct: true, proceedings: [{ filed: true, number: expect.stringContaining('人社监立字') }] });
    expect(f.listed.inspectors.map((i) => i.name).sort()).toEqual(['格桑', '索朗']);
    const laborTeam = f.party('格桑多吉');
    expect(laborTeam).toMatchObject({ role: '班组（包工头）', person: true });
    expect(f.party('日喀则市华建建筑工程有限公司')).toMatchObject({ role: '用人单位', person: false });
    let r = await f.suolang.call('investigation.createRecord', interview(t, f.proceedingId, { endedAt: null, qa: [{ q: '你在哪个工地干活？', a: '' }], interviewee: { ...interview(t, f.proceedingId).interviewee, partyId: laborTeam.id } }));
    expect(r).toMatchObject({ status: 'draft', interviewee: { partyId: laborTeam.id, name: '格桑多吉' }, rowVersion: 1, savedBy: { name: '索朗' }, savedAt: t.clock.now() });
    // Not complete: no end time, an empty answer.
    expect(await f.suolang.invoke('investigation.finaliseRecord', { id: r.id, rowVersion: r.rowVersion })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { endedAt: '定稿前请填写询问结束时间', qa: '第1组问答的问题或回答为空；被询问人未回答的，请如实记录“未回答”' } },
    });
    expect(await f.suolang.invoke('investigation.printRecord', { id: r.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '笔录定稿后才能打印交被询问人签名；请先核对并定稿' } });
    const full = interview(t, f.proceedingId, { interviewee: { ...interview(t, f.proceedingId).interviewee, partyId: laborTeam.id } });
    r = await f.suolang.call('investigation.saveRecord', { id: r.id, rowVersion: r.rowVersion, ...full });
    expect(r.qa).toHaveLength(2);
    // A stale version does not overwrite the newer draft.
    expect(await f.suolang.invoke('investigation.saveRecord', { id: r.id, rowVersion: 1, ...full, qa: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const gesang = await signInAs(t.core, '格桑');
    // The other inspector's save names them as its last saver (the conflict screen shows it); the author stays.
    t.clock.advance(60_000);
    r = await gesang.call('investigation.saveRecord', { id: r.id, rowVersion: r.rowVersion, ...full });
    expect(r).toMatchObject({ createdBy: { name: '索朗' }, savedBy: { name: '格桑' }, savedAt: t.clock.now() });
    r = await gesang.call('investigation.finaliseRecord', { id: r.id, rowVersion: r.rowVersion });
    expect(r).toMatchObject({ status: 'final', finalisedBy: { name: '格桑' } });

    const before = businessCounts(t.core);
    expect(await f.suolang.invoke('investigation.saveRecord', { id: r.id, rowVersion: r.rowVersion, ...full, qa: [{ q: '改', a: '改' }] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该询问笔录已定稿，不能修改；如有错误，请使用“追加更正”并写明理由' },
    });
    // The database refuses it too, whatever the caller.
    expect(() => t.core.services!.db.prepare("UPDATE inquiry_records SET qa = '[]' WHERE id = ?").run(r.id)).toThrow('询问笔录已定稿，不能修改');
    expect(() => t.core.services!.db.prepare('DELETE FROM inquiry_records WHERE id = ?').run(r.id)).toThrow('询问笔录不能删除');
    expect(await f.suolang.invoke('investigation.correctRecord', { id: r.id, text: '第一问的回答中“3月”应为“4月”', reason: '错' })).toMatchObject({ ok: false, error: { fields: { reason: expect.stringContaining('至少4个字') } } });
    expect(businessCounts(t.core)).toEqual(before);

    r = await f.suolang.call('investigation.correctRecord', { id: r.id, text: '第一问的回答中“3月”应为“4月”', reason: '被询问人核对时指出开工月份记错' });
    expect(r.corrections).toMatchObject([{ text: '第一问的回答中“3月”应为“4月”', reason: '被询问人核对时指出开工月份记错', by: { name: '索朗' } }]);
    expect(r.qa[0]!.a).toContain('3月');
    expect(() => t.core.services!.db.prepare("UPDATE inquiry_corrections SET text = 'x' WHERE record_id = ?").run(r.id)).toThrow('笔录的更正只能追加，不能修改');

    const doc = await f.suolang.call('investigation.printRecord', { id: r.id });
    expect(doc).toMatchObject({ kind: 'inquiryRecord', title: '询问笔录', caseFileId: f.caseFileId });
    expect(doc.versions[0]!.fonts.pdf).toContain('Noto Serif Tibetan');
    const raw = await documentText(f.suolang, doc.versions[0]!.id);
    const pages = raw.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const text = raw.replace(/\s+/g, '');
    for (const element of [
      '询问笔录',
      '日喀则市人力资源和社会保障局',
      '2026-11-2508:30至2026-11-2509:40',
      '劳动保障监察支队203室',
      '索朗（藏人社监字0232）、格桑（藏人社监字0233）',
      '格桑多吉',
      '540202198503150018',
      '藏语',
      '次仁央宗',
      '已告知翻译人员应当如实、完整地翻译',
      '现向你出示执法证件',
      '可以申请回避',
      '问：你在哪个工地干活？从什么时候开始？',
      '答：',
      '以上笔录我已看过（或者已向我宣读、翻译），记录的内容与我所说的一致。',
      '第一问的回答中“3月”应为“4月”（更正理由：被询问人核对时指出开工月份记错）',
      '被询问人（签名并捺印）：',
      '询问人（签名）',
      '翻译人员（签名）',
    ]) {
      expect(text, element).toContain(element);
    }
    // The Tibetan answer renders in its own face and extracts as Tibetan; the interviewee signs every page.
    expect(text).toContain('ཟླ་བ་བདུན་པ་ནས་གླ་ཆ་སྤྲད');
    for (const page of pages) expect(page.replace(/\s+/g, '')).toContain('被询问人（签名并捺印）：');
    // A preview is masked; shown whole only with a reason, and that view is on the trail as an unmasking.
    const previewText = (models: unknown) => JSON.stringify(models);
    const masked = previewText(await f.suolang.call('documents.preview', { request: { kind: 'inquiryRecord', recordId: r.id }, revealReason: null }));
    expect(masked).not.toContain('540202198503150018');
    expect(t.core.services!.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'unmask'").get()).toEqual({ n: 0 });
    const whole = previewText(await f.suolang.call('documents.preview', { request: { kind: 'inquiryRecord', recordId: r.id }, revealReason: '核对被询问人身份信息' }));
    expect(whole).toContain('540202198503150018');
    const unmask = t.core.services!.db.prepare("SELECT entity, change FROM audit_log WHERE action = 'unmask'").all() as { entity: string; change: string }[];
    expect(unmask).toHaveLength(1);
    expect(unmask[0]!.entity).toBe('document');
    expect(JSON.parse(unmask[0]!.change)).toMatchObject({ reason: '核对被询问人身份信息', fields: ['idNumber', 'phones'], kind: 'inquiryRecord', recordId: r.id });
    // Off the file (the desk) the interviewee's numbers are masked, in the fields and in the answers.
    const asDesk = (await t.client.call('investigation.list', { caseFileId: f.caseFileId })).records[0]!;
    expect(asDesk.interviewee).toMatchObject({ idNumber: '540202********0018', phone: '139****1234' });
    expect(r.interviewee.idNumber).toBe('540202198503150018');
    // The record is on the file's documents and the timeline.
    const listed = await f.suolang.call('investigation.list', { caseFileId: f.caseFileId });
    expect(listed.records[0]!.documents).toEqual([expect.objectContaining({ id: doc.id })]);
    const events = t.core.services!.db.prepare("SELECT kind FROM case_events WHERE case_file_id = ? AND kind LIKE 'investigation.%' ORDER BY seq").all(f.caseFileId);
    expect(events.map((e) => (e as { kind: string }).kind)).toEqual(['investigation.recordStarted', 'investigation.recordFinalised', 'investigation.recordCorrected']);
  });
});

describe('询问通知书', () => {
  it('is issued with its elements, numbered in its series, listed on the file and served through 送达 to a party', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    const employer = f.party('日喀则市华建建筑工程有限公司');
    const input = {
      proceedingId: f.proceedingId,
      addresseeId: employer.id,
      addresseeName: '（随当事人）',
      appearAt: instantOf('2026-11-28', '10:00'),
      place: '日喀则市人力资源和社会保障局劳动保障监察支队203室',
      bring: ['2026年3月至11月的工资发放表、考勤记录', '与班组长的劳务分包合同'],
      contactPhone: '0892-8826001',
    };
    expect(await f.suolang.invoke('investigation.notice', { ...input, appearAt: instantOf('2026-11-25', '09:00') })).toMatchObject({ ok: false, error: { fields: { appearAt: '到场时间应当晚于现在' } } });
    const doc = await f.suolang.call('investigation.notice', input);
    expect(doc).toMatchObject({ kind: 'inquiryNotice', title: '劳动保障监察询问通知书', number: '日喀则市人社监询字〔2026〕第1号', caseFileId: f.caseFileId });
    const text = (await documentText(f.suolang, doc.versions[0]!.id)).replace(/\s+/g, '');
    for (const element of [
      '日喀则市华建建筑工程有限公司：',
      '《劳动保障监察条例》第十五条第（二）项、第（三）项',
      '2026年11月28日上午10时',
      '劳动保障监察支队203室接受询问',
      '1.2026年3月至11月的工资发放表、考勤记录；',
      '2.与班组长的劳务分包合同；',
      '到场人的身份证件',
      '你可以申请其回避（《劳动保障监察条例》第十六条）',
      '《劳动保障监察条例》第三十条',
      '联系人：索朗',
      '联系电话：0892-8826001',
      '2026年11月25日',
    ]) {
      expect(text, element).toContain(element);
    }
    // One paper per notice: made again only through 重新生成 (a new version), never a second number.
    expect(await f.suolang.invoke('documents.generate', { request: { kind: 'inquiryNotice', noticeId: (await f.suolang.call('investigation.list', { caseFileId: f.caseFileId })).notices[0]!.id }, caseFileId: f.caseFileId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该询问通知书已制作（日喀则市人社监询字〔2026〕第1号）；内容有误的，请先作废该文书再重新制作' },
    });
    const listed = await f.suolang.call('investigation.list', { caseFileId: f.caseFileId });
    expect(listed.notices).toMatchObject([{ addresseeName: '日喀则市华建建筑工程有限公司', documentId: doc.id, documentNumber: '日喀则市人社监询字〔2026〕第1号', createdBy: { name: '索朗' } }]);
    const services = await f.suolang.call('services.list', { caseFileId: f.caseFileId });
    const owed = services.documents.find((d) => d.documentId === doc.id)!;
    expect(owed.unserved.map((u) => u.name)).toContain('日喀则市华建建筑工程有限公司');
    const served = await f.suolang.call('services.record', {
      documentId: doc.id,
      proceedingId: f.proceedingId,
      recipientId: owed.unserved.find((u) => u.name === '日喀则市华建建筑工程有限公司')!.recipientId,
      method: 'direct',
      servedAt: instantOf('2026-11-25', '10:00'),
      receivedBy: '达瓦',
      relation: 'mailroom',
      servedBy: t.staff['索朗']!,
      witnesses: [],
      proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
    });
    expect(served).toMatchObject({ servedOn: '2026-11-25', status: 'valid' });

    // A witness's notice voided for a wrong time: the notice stands without a paper, and its paper is made again.
    const witness = await f.suolang.call('investigation.notice', { ...input, addresseeId: null, addresseeName: '尼玛次仁', bring: [] });
    expect(witness.number).toBe('日喀则市人社监询字〔2026〕第2号');
    await f.suolang.call('documents.void', { id: witness.id, reason: '到场时间写错，重新制作' });
    const afterVoid = (await f.suolang.call('investigation.list', { caseFileId: f.caseFileId })).notices.find((n) => n.addresseeName === '尼玛次仁')!;
    expect(afterVoid).toMatchObject({ documentId: null, documentNumber: null });
    const [again] = await f.suolang.call('documents.generate', { request: { kind: 'inquiryNotice', noticeId: afterVoid.id }, caseFileId: f.caseFileId });
    expect(again).toMatchObject({ kind: 'inquiryNotice', number: '日喀则市人社监询字〔2026〕第3号' });
  });
});
