// 现场检查 through dispatch: two or more inspectors with valid 执法证 (监察条例 Art. 16), only after 立案 and only by
// the file's team; photos only JPEG or PNG read from their bytes, in the file store, shown back whole; refused input
// changes nothing; a finalised inspection is read-only (service and trigger), corrected only by an appended 更正;
// the printed 现场检查笔录 carries its elements and lists its photos with their captions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteInspectionCreateInput } from '../../shared/contract/site-inspection';
import { instantOf } from '../../shared/domain/time';
import { cardPng, jpegFile } from '../fixtures/images';
import { photoJpeg } from '../fixtures/photos';
import { businessCounts, signInAs, testCore } from '../helpers/core';
import { filedInspection, inspection } from '../helpers/site-inspection';

const b64 = (b: Buffer) => b.toString('base64');

function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
  const file = join(dir, 'd.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('现场检查', () => {
  it('refuses fewer than two certified inspectors, bad times, before 立案 and off the team, changing nothing', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    const zhangwei = await signInAs(t.core, '张伟');
    const before = businessCounts(t.core);
    const refused = (over: Partial<SiteInspectionCreateInput>) => f.suolang.invoke('siteInspection.create', inspection(t, f.proceedingId, over));
    expect(await refused({ inspectorIds: [t.staff['索朗']!] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { inspectorIds: '现场检查须由两名以上持有效执法证的监察员进行（现有1名，《劳动保障监察条例》第十六条）' } },
    });
    expect(await refused({ inspectorIds: [t.staff['索朗']!, t.staff['旺堆']!] })).toMatchObject({
      error: { fields: { inspectorIds: '旺堆的执法证已于 2026-11-24 过期，不能担任检查人员（《劳动保障监察条例》第十六条）' } },
    });
    expect(await refused({ endedAt: instantOf('2026-11-25', '08:00') })).toMatchObject({ error: { fields: { endedAt: '检查结束时间应当晚于开始时间' } } });
    expect(await refused({ place: '' })).toMatchObject({ error: { code: 'VALIDATION', fields: { place: expect.stringContaining('检查地点') } } });
    expect(await zhangwei.invoke('siteInspection.create', inspection(t, f.proceedingId))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('不在本案办案组中') } });
    expect(businessCounts(t.core)).toEqual(before);

    const t2 = await testCore();
    const g = await filedInspection(t2, false);
    expect(await g.suolang.invoke('siteInspection.create', inspection(t2, g.proceedingId))).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: '该监察案件尚未立案，立案后才能制作现场检查笔录（《劳动保障监察条例》第十四条、第十七条）' },
    });
    expect((await g.suolang.call('siteInspection.list', { caseFileId: g.caseFileId })).mayAct).toBe(false);
  });

  it('takes JPEG and PNG photos read from their bytes, refuses anything else, and shows them back whole', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    let s = await f.suolang.call('siteInspection.create', inspection(t, f.proceedingId));
    const before = businessCounts(t.core);
    const add = (bytes: Buffer, fileName: string) => f.suolang.invoke('siteInspection.addPhoto', { inspectionId: s.id, fileName, caption: '', contentBase64: b64(bytes) });
    expect(await add(Buffer.from('%PDF-1.7\n%%EOF'), '照片.jpg')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { photo: expect.stringContaining('这是 PDF 文件，不是照片') } } });
    expect(await add(Buffer.from('hello, not a picture'), 'a.png')).toMatchObject({ error: { fields: { photo: '只能上传 JPG 或 PNG 格式的照片或扫描件' } } });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(16)]);
    expect(await add(heic, 'IMG_1.HEIC')).toMatchObject({ error: { fields: { photo: expect.stringContaining('HEIC') } } });
    const png = cardPng(320, 240, 7);
    expect(await add(png.subarray(0, png.length - 12), 'cut.png')).toMatchObject({ error: { fields: { photo: expect.stringContaining('不完整') } } });
    // A JPEG whose headers pass the sniff but whose picture does not decode: refused, and nothing stored.
    const filesBefore = t.core.services!.db.prepare('SELECT count(*) AS n FROM files').get();
    expect(await add(jpegFile(640, 480), 'broken.jpg')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { photo: expect.stringContaining('照片无法解码') } } });
    expect(t.core.services!.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual(filesBefore);
    expect(t.core.services!.db.prepare('SELECT count(*) AS n FROM site_photo_thumbnails').get()).toEqual({ n: 0 });
    expect(businessCounts(t.core)).toEqual(before);

    s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: '大门.png', caption: '项目大门', contentBase64: b64(png) });
    s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: 'IMG_0413.jpg', caption: '', contentBase64: b64(await photoJpeg(4032, 3024)) });
    expect(s.photos).toMatchObject([
      { mime: 'image/png', width: 320, height: 240, fileName: '大门.png', caption: '项目大门' },
      { mime: 'image/jpeg', width: 4032, height: 3024, caption: '' },
    ]);
    const shown = await f.suolang.call('siteInspection.photo', { photoId: s.photos[0]!.id });
    expect(Buffer.from(shown.contentBase64, 'base64').equals(png)).toBe(true);
    // The desk reads it too (document.read), and the look is on the audit trail.
    await t.client.call('siteInspection.photo', { photoId: s.photos[0]!.id });
    expect(t.core.services!.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'siteInspectionPhotoView'").get()).toEqual({ n: 2 });
    // A wrong upload comes off a draft; captions and order are saved with the draft.
    const removed = await f.suolang.call('siteInspection.removePhoto', { photoId: s.photos[0]!.id });
    expect(removed.photos).toHaveLength(1);
    s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: '大门.png', caption: '', contentBase64: b64(png) });
    const [jpeg, gate] = s.photos;
    s = await f.suolang.call('siteInspection.save', { id: s.id, rowVersion: s.rowVersion, ...inspection(t, f.proceedingId), photos: [{ id: gate!.id, caption: '项目大门，未设维权信息告示牌' }, { id: jpeg!.id, caption: '木工班组考勤表' }] });
    expect(s.photos.map((x) => x.caption)).toEqual(['项目大门，未设维权信息告示牌', '木工班组考勤表']);
    expect(await f.suolang.invoke('siteInspection.save', { id: s.id, rowVersion: s.rowVersion, ...inspection(t, f.proceedingId), photos: [{ id: 'nope', caption: 'x' }] })).toMatchObject({
      ok: false,
      error: { fields: { photos: '照片列表与笔录中的照片不符，请刷新后再保存' } },
    });
  });

  it('is a draft until finalised, then read-only in the service and the database; a correction is appended and the print carries every element', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    let s = await f.suolang.call('siteInspection.create', inspection(t, f.proceedingId, { endedAt: null, findings: '' }));
    s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: null, caption: '', contentBase64: b64(cardPng(320, 240, 1)) });
    expect(await f.suolang.invoke('siteInspection.finalise', { id: s.id, rowVersion: s.rowVersion })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { endedAt: '定稿前请填写检查结束时间', findings: '请记录现场检查的情况；未发现问题的，也请如实写明', photos: '第1张照片没有说明；请写明拍摄的是什么（《劳动保障监察条例》第十五条第（四）项）' },
      },
    });
    expect(await f.suolang.invoke('siteInspection.print', { id: s.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '笔录定稿后才能打印交在场人员签名；请先核对并定稿' } });
    s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: null, caption: '木工班组考勤表', contentBase64: b64(await photoJpeg(3024, 4032)) });
    s = await f.suolang.call('siteInspection.save', { id: s.id, rowVersion: s.rowVersion, ...inspection(t, f.proceedingId), photos: [{ id: s.photos[0]!.id, caption: '项目大门，未设维权信息告示牌' }, { id: s.photos[1]!.id, caption: '木工班组考勤表' }] });
    const gesang = await signInAs(t.core, '格桑');
    s = await gesang.call('siteInspection.finalise', { id: s.id, rowVersion: s.rowVersion });
    expect(s).toMatchObject({ status: 'final', finalisedBy: { name: '格桑' } });

    const before = businessCounts(t.core);
    expect(await f.suolang.invoke('siteInspection.save', { id: s.id, rowVersion: s.rowVersion, ...inspection(t, f.proceedingId), photos: [] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该现场检查笔录已定稿，不能修改；如有错误，请使用“追加更正”并写明理由' },
    });
    expect(await f.suolang.invoke('siteInspection.addPhoto', { inspectionId: s.id, fileName: null, caption: '补拍', contentBase64: b64(cardPng(64, 64, 3)) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await f.suolang.invoke('siteInspection.removePhoto', { photoId: s.photos[0]!.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该现场检查笔录已定稿，照片不能删除' } });
    // The database refuses it too, whatever the caller.
    const db = t.core.services!.db;
    expect(() => db.prepare("UPDATE site_inspections SET findings = '改' WHERE id = ?").run(s.id)).toThrow('现场检查笔录已定稿，不能修改');
    expect(() => db.prepare('DELETE FROM site_inspections WHERE id = ?').run(s.id)).toThrow('现场检查笔录不能删除');
    expect(() => db.prepare("UPDATE site_inspection_photos SET caption = '改' WHERE inspection_id = ?").run(s.id)).toThrow('照片及其说明不能修改');
    expect(() => db.prepare('DELETE FROM site_inspection_photos WHERE inspection_id = ?').run(s.id)).toThrow('照片不能删除');
    expect(() =>
      db.prepare("INSERT INTO site_inspection_photos (id, inspection_id, sha256, mime, bytes, width, height, caption, sort_order, created_by, created_at) VALUES ('x', ?, 'a', 'image/png', 1, 1, 1, '', 9, ?, 0)").run(s.id, t.staff['索朗']!),
    ).toThrow('不能再添加照片');
    expect(businessCounts(t.core)).toEqual(before);

    s = await f.suolang.call('siteInspection.correct', { id: s.id, text: '检查地点应为教学楼二期', reason: '核对照片时发现楼号记错' });
    expect(s.corrections).toMatchObject([{ text: '检查地点应为教学楼二期', reason: '核对照片时发现楼号记错', by: { name: '索朗' } }]);
    expect(() => db.prepare("UPDATE site_inspection_corrections SET text = 'x' WHERE inspection_id = ?").run(s.id)).toThrow('笔录的更正只能追加，不能修改');

    const doc = await f.suolang.call('siteInspection.print', { id: s.id });
    expect(doc).toMatchObject({ kind: 'siteInspectionRecord', title: '现场检查笔录', caseFileId: f.caseFileId });
    const file = await f.suolang.call('documents.file', { versionId: doc.versions[0]!.id, format: 'pdf', purpose: 'preview' });
    const raw = pdfText(Buffer.from(file.contentBase64, 'base64'));
    const text = raw.replace(/\s+/g, '');
    for (const element of [
      '现场检查笔录',
      '日喀则市人力资源和社会保障局',
      '2026-11-2508:30至2026-11-2509:40',
      '桑珠孜区第二小学教学楼项目施工现场',
      '日喀则市华建建筑工程有限公司',
      '李建国（项目经理）',
      '索朗（藏人社监字0232）、格桑（藏人社监字0233）',
      '出示执法证件',
      '项目部未设置维权信息告示牌。',
      '检查中拍摄现场照片2张',
      '照片1：项目大门，未设维权信息告示牌',
      '照片2：木工班组考勤表',
      '附：现场照片',
      '检查地点应为教学楼二期（更正理由：核对照片时发现楼号记错）',
      '在场人员（签名）',
      '检查人员（签名）',
      '记录人（签名）',
    ]) {
      expect(text, element).toContain(element);
    }
    for (const page of raw.split('\f').filter((p) => p.trim() !== '')) expect(page.replace(/\s+/g, '')).toContain('在场人员（签名）：');
    // The photos themselves are printed on the annex page, each once: two image objects in the PDF and two pictures
    // in the DOCX, the stored bytes as they are.
    const pdfBytes = Buffer.from(file.contentBase64, 'base64');
    expect(pdfBytes.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(2);
    const annexPage = raw.split('\f').find((p) => p.includes('附：现场照片'))!.replace(/\s+/g, '');
    expect(annexPage.indexOf('照片1：项目大门')).toBeLessThan(annexPage.indexOf('照片2：木工班组考勤表'));
    const docx = await f.suolang.call('documents.file', { versionId: doc.versions[0]!.id, format: 'docx', purpose: 'preview' });
    // A zip names each entry in the clear (local header and central directory): the distinct media entries.
    const media = new Set(Buffer.from(docx.contentBase64, 'base64').toString('latin1').match(/word\/media\/[0-9a-zA-Z_-]+\.(?:jpg|png)/g));
    expect(media.size).toBe(2);
    const listed = await f.suolang.call('siteInspection.list', { caseFileId: f.caseFileId });
    expect(listed.inspections[0]!.documents).toEqual([expect.objectContaining({ id: doc.id })]);
    expect(listed.employers).toEqual([expect.objectContaining({ name: '日喀则市华建建筑工程有限公司' })]);
    const events = db.prepare("SELECT kind FROM case_events WHERE case_file_id = ? AND kind LIKE 'investigation.site%' ORDER BY seq").all(f.caseFileId);
    expect(events.map((e) => (e as { kind: string }).kind)).toEqual(['investigation.siteStarted', 'investigation.siteFinalised', 'investigation.siteCorrected']);
  });
});
