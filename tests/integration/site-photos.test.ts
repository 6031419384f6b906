// Site photos' thumbnails through dispatch: made on upload, one call per card brings every thumbnail of an inspection
// (a few KB each, never the originals, not audited — opening the original is); the camera's time and GPS on the
// photo's record; photos from before thumbnails get theirs on first view or from the 'photos.thumbnails' job started at
// start-up; the printed 现场检查笔录 embeds the upright print copy.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoJpeg } from '../fixtures/photos';
import { testCore } from '../helpers/core';
import { filedInspection, inspection } from '../helpers/site-inspection';

const b64 = (b: Buffer) => b.toString('base64');

describe('现场照片缩略图', () => {
  it('shows each card its thumbnails in one call, with the camera time and GPS on the record, and opens the original audited', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    const db = t.core.services!.db;
    let s = await f.suolang.call('siteInspection.create', inspection(t, f.proceedingId));
    const upright = await photoJpeg(1200, 900, { noisy: false });
    const turned = await photoJpeg(800, 600, { orientation: 6, taken: { at: '2026:11:25 08:41:07', offset: '+08:00' }, gps: { lat: 29.266812, lon: 88.880731 } });
    s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: '大门.jpg', caption: '项目大门', contentBase64: b64(upright) });
    s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: '考勤表.jpg', caption: '考勤表', contentBase64: b64(turned) });
    expect(s.photos[0]).toMatchObject({ takenAt: null, gps: null, addedBy: { name: '索朗' } });
    expect(s.photos[1]).toMatchObject({ width: 800, height: 600, takenAt: '2026-11-25 08:41:07', takenOffset: '+08:00', addedBy: { id: t.staff['索朗'] } });
    expect(s.photos[1]!.gps!.lat).toBeCloseTo(29.266812, 5);

    const audits = () => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'siteInspectionPhotoView'").get() as { n: number }).n;
    const thumbs = await t.client.call('siteInspection.thumbnails', { inspectionId: s.id });
    expect(thumbs.photos.map((p) => [p.photoId, p.mime, p.width, p.height, p.problem])).toEqual([
      [s.photos[0]!.id, 'image/webp', 320, 240, null],
      [s.photos[1]!.id, 'image/webp', 240, 320, null],
    ]);
    const bytes = thumbs.photos.map((p) => Buffer.from(p.contentBase64!, 'base64'));
    for (const b of bytes) {
      expect(b.length).toBeLessThan(20_000);
      expect((await sharp(b).metadata()).exif).toBeUndefined();
    }
    expect(audits()).toBe(0);
    const original = await t.client.call('siteInspection.photo', { photoId: s.photos[1]!.id });
    expect(Buffer.from(original.contentBase64, 'base64').equals(turned)).toBe(true);
    expect(audits()).toBe(1);
    // Another unit's id, or none: not found, in Chinese.
    expect(await t.client.invoke('siteInspection.thumbnails', { inspectionId: '01J0000000000000000000000X' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('现场检查笔录') } });
  });

  it('makes the thumbnails of photos from before thumbnails: lazily on a card, and by the job a start sets going', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    const db = t.core.services!.db;
    let s = await f.suolang.call('siteInspection.create', inspection(t, f.proceedingId));
    for (const n of [1, 2, 3]) s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: null, caption: `照片${n}`, contentBase64: b64(await photoJpeg(640 + n, 480)) });
    // As after an upgrade: the photos are there, their derived rows are not.
    db.prepare('DELETE FROM site_photo_thumbnails').run();
    expect(s.photos).toHaveLength(3);
    const first = await t.client.call('siteInspection.thumbnails', { inspectionId: s.id });
    expect(first.photos.every((p) => p.mime === 'image/webp' && p.contentBase64)).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM site_photo_thumbnails').get()).toEqual({ n: 3 });

    db.prepare('DELETE FROM site_photo_thumbnails').run();
    const job = t.core.services!.jobs.start('photos.thumbnails', {}, { staffId: null, sessionId: null });
    const done = await t.core.services!.jobs.wait(job.id);
    expect(done).toMatchObject({ status: 'succeeded', total: 3, result: { made: 3, undecodable: [], cancelled: false } });
    expect(db.prepare('SELECT count(*) AS n FROM site_photo_thumbnails').get()).toEqual({ n: 3 });
    // Each copy is a listed file of the store (a backup carries it; the start-up sweep leaves it).
    expect(db.prepare('SELECT count(*) AS n FROM site_photo_thumbnails t WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = t.sha256) OR NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = t.print_sha256)').get()).toEqual({ n: 0 });

    // A start on a database with photos lacking thumbnails sets the job going by itself.
    db.prepare('DELETE FROM site_photo_thumbnails').run();
    await t.core.close();
    const again = await testCore({ dataDir: t.dataDir, initialized: false });
    const started = again.core.services!.db.prepare("SELECT entity_id AS id, change FROM audit_log WHERE action = 'start' AND entity = 'job' ORDER BY seq DESC LIMIT 1").get() as { id: string; change: string };
    expect(JSON.parse(started.change)).toMatchObject({ kind: 'photos.thumbnails' });
    await again.core.services!.jobs.wait(started.id);
    expect(again.core.services!.db.prepare('SELECT count(*) AS n FROM site_photo_thumbnails').get()).toEqual({ n: 3 });
    // Two job workers start from TypeScript sources here (the built app starts them from its bundle).
  }, 60_000);

  it('prints the upright print copy in the 现场检查笔录 annex', async () => {
    const t = await testCore();
    const f = await filedInspection(t);
    let s = await f.suolang.call('siteInspection.create', inspection(t, f.proceedingId));
    s = await f.suolang.call('siteInspection.addPhoto', { inspectionId: s.id, fileName: null, caption: '考勤表', contentBase64: b64(await photoJpeg(2400, 1800, { orientation: 6 })) });
    s = await f.suolang.call('siteInspection.finalise', { id: s.id, rowVersion: s.rowVersion });
    const doc = await f.suolang.call('siteInspection.print', { id: s.id });
    const model = await f.suolang.call('documents.model', { versionId: doc.versions.at(-1)!.id });
    const print = t.core.services!.db.prepare('SELECT print_sha256 AS sha256, print_width AS width, print_height AS height FROM site_photo_thumbnails').get() as { sha256: string; width: number; height: number };
    expect(print).toMatchObject({ width: 1200, height: 1600 });
    expect(model.annex!.images[0]).toMatchObject({ sha256: print.sha256, width: 1200, height: 1600, mime: 'image/jpeg' });
  });
});
