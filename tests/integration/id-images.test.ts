// Images of identity documents (GB/T 45574-2025 sensitive personal information; issue #5): kept in the file store,
// seen only with their own permission and a reason, every view on the audit trail before the picture leaves the
// core; bad uploads change nothing; a wrong one is withdrawn, never deleted; reporters and other units' people
// stay out of reach.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filePath, sha256 } from '../../electron/core/files/file-store';
import { cardPng, jpegFile } from '../fixtures/images';
import { businessCounts, establishStaff, signInAs, testCore } from '../helpers/core';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';

const b64 = (b: Buffer) => b.toString('base64');

const intake = zhaxiComplaint;

async function setting() {
  const t = await testCore();
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const made = await t.client.call('intakes.create', intake(employer.id));
  const report = await t.client.call(
    'intakes.create',
    intake(employer.id, { kind: 'report', summary: '举报克扣工资', complainants: [{ name: '格桑曲珍', idType: 'residentId', idNumber: '540221199007010025' }] }),
  );
  await establishStaff(t.core, t.admin, { name: '央金', departmentId: 'dept-540200-arbitration', roles: ['clerk'] });
  return { ...t, zhaxi: made.complainants[0].personId, reporter: report.complainants[0].personId };
}

const trail = (t: Awaited<ReturnType<typeof setting>>, action: string) =>
  t.core.services!.db.prepare('SELECT actor_staff_id, entity, entity_id, change FROM audit_log WHERE action = ? ORDER BY seq').all(action) as Record<string, string>[];

describe('identity-document images', () => {
  it('keeps an upload in the file store, lists it without the picture, and shows it only with a reason, on the record', async () => {
    const t = await setting();
    const png = cardPng(640, 404);
    const added = await t.client.call('idImages.add', { personId: t.zhaxi, side: 'portrait', contentBase64: b64(png) });
    expect(added).toMatchObject({ personId: t.zhaxi, side: 'portrait', mime: 'image/png', bytes: png.length, width: 640, height: 404, addedByName: '次仁卓玛', status: 'current' });
    expect(existsSync(filePath(t.core.services!.config.paths.files, sha256(png)))).toBe(true);
    await t.client.call('idImages.add', { personId: t.zhaxi, side: 'emblem', contentBase64: b64(jpegFile(1600, 1008)) });

    const list = await t.client.call('idImages.list', { personId: t.zhaxi });
    expect(list.map((i) => [i.side, i.mime])).toEqual([
      ['emblem', 'image/jpeg'],
      ['portrait', 'image/png'],
    ]);
    expect(JSON.stringify(list)).not.toContain(b64(png).slice(0, 40));
    const adds = trail(t, 'idImageAdd');
    expect(adds.map((r) => [r.entity, r.entity_id, JSON.parse(r.change).side])).toEqual([
      ['person', t.zhaxi, 'portrait'],
      ['person', t.zhaxi, 'emblem'],
    ]);
    // The trail names the file by its hash; the picture is never in it.
    expect(JSON.parse(adds[0].change)).toMatchObject({ imageId: added.id, sha256: sha256(png), mime: 'image/png' });

    const before = businessCounts(t.core);
    expect(await t.client.invoke('idImages.view', { id: added.id, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: '请填写查看理由' } } });
    expect(await t.client.invoke('idImages.view', { id: added.id, reason: '看看' })).toMatchObject({ ok: false, error: { fields: { reason: expect.stringContaining('至少4个字') } } });
    expect(businessCounts(t.core)).toEqual(before);

    const seen = await t.client.call('idImages.view', { id: added.id, reason: '核对申请人身份' });
    expect(Buffer.from(seen.contentBase64, 'base64').equals(png)).toBe(true);
    expect(trail(t, 'idImageView').map((r) => [r.actor_staff_id, r.entity_id, JSON.parse(r.change)])).toEqual([
      [t.staff['次仁卓玛'], t.zhaxi, { imageId: added.id, side: 'portrait', reason: '核对申请人身份' }],
    ]);

    // Another role with the permission sees it too; the leader, without it, is refused and that is on the record.
    const clerk = await signInAs(t.core, '央金');
    expect((await clerk.call('idImages.view', { id: added.id, reason: '立案前核对身份' })).record.id).toBe(added.id);
    const leader = await signInAs(t.core, '李强');
    expect(await leader.invoke('idImages.view', { id: added.id, reason: '核对申请人身份' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(trail(t, 'idImageView')).toHaveLength(2);
  });

  it('refuses what is not a usable picture, and the same picture twice, changing nothing', async () => {
    const t = await setting();
    const png = cardPng(300, 200);
    await t.client.call('idImages.add', { personId: t.zhaxi, side: 'portrait', contentBase64: b64(png) });
    const before = businessCounts(t.core);
    const files = t.core.services!.config.paths.files;
    const stored = () => readdirSync(files, { recursive: true }).map(String).sort();
    const storedBefore = stored();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(400)]);
    const cases: [Buffer | string, string | RegExp][] = [
      [heic, /HEIC/],
      [Buffer.from('%PDF-1.7\n'.padEnd(400, ' ')), /PDF/],
      [Buffer.from('not a picture at all'), '只能上传 JPG 或 PNG 格式的照片或扫描件'],
      [cardPng(150, 150), /照片太小（150×150 像素）/],
      [cardPng(400, 300).subarray(0, 300), /照片文件不完整/],
      [jpegFile(16_320, 12_240), /照片像素过大（16320×12240 像素）/],
      [png, '这张照片已经上传过（人像面）'],
      ['', '文件为空'],
    ];
    for (const [content, message] of cases) {
      const r = await t.client.invoke('idImages.add', { personId: t.zhaxi, side: 'emblem', contentBase64: typeof content === 'string' ? content : b64(content) });
      expect(r.ok, String(message)).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(await t.client.invoke('idImages.add', { personId: t.zhaxi, side: 'back' as never, contentBase64: b64(cardPng(400, 300, 9)) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { side: expect.stringContaining('人像面') } },
    });
    expect(await t.client.invoke('idImages.add', { personId: 'nobody', side: 'portrait', contentBase64: b64(cardPng(400, 300, 9)) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // Too big for the contract: refused before anything is read.
    const huge = 'A'.repeat(Math.ceil((8 * 1024 * 1024 * 4) / 3) + 8);
    expect(await t.client.invoke('idImages.add', { personId: t.zhaxi, side: 'portrait', contentBase64: huge })).toMatchObject({ ok: false, error: { message: expect.stringContaining('8 MB') } });
    expect(businessCounts(t.core)).toEqual(before);
    expect(stored()).toEqual(storedBefore);
  });

  it('withdraws a wrong picture with the reason: kept, listed as withdrawn, never shown again, never deleted', async () => {
    const t = await setting();
    const png = cardPng(500, 320);
    const added = await t.client.call('idImages.add', { personId: t.zhaxi, side: 'portrait', contentBase64: b64(png) });
    expect(await t.client.invoke('idImages.withdraw', { id: added.id, reason: '误' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const out = await t.client.call('idImages.withdraw', { id: added.id, reason: '误传了他人的证件' });
    expect(out).toMatchObject({ status: 'withdrawn', withdrawnReason: '误传了他人的证件', withdrawnByName: '次仁卓玛' });
    expect(await t.client.invoke('idImages.view', { id: added.id, reason: '核对申请人身份' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已撤回') } });
    expect(await t.client.invoke('idImages.withdraw', { id: added.id, reason: '误传了他人的证件' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await t.client.call('idImages.list', { personId: t.zhaxi }))[0].status).toBe('withdrawn');
    expect(trail(t, 'idImageWithdraw').map((r) => JSON.parse(r.change).reason)).toEqual(['误传了他人的证件']);
    expect(trail(t, 'idImageView')).toHaveLength(0);
    // The same picture may be taken again after a withdrawal (it was the right one after all).
    await t.client.call('idImages.add', { personId: t.zhaxi, side: 'portrait', contentBase64: b64(png) });

    const db = t.core.services!.db;
    expect(() => db.prepare('DELETE FROM person_id_images WHERE id = ?').run(added.id)).toThrow('证件照片不能删除，只能撤回');
    expect(() => db.prepare("UPDATE person_id_images SET status = 'current' WHERE id = ?").run(added.id)).toThrow('已撤回的证件照片不能恢复');
    expect(() => db.prepare("UPDATE person_id_images SET file_sha256 = 'x', side = 'emblem' WHERE id = ?").run(added.id)).toThrow('证件照片一经上传不能更改');
    expect(() => db.prepare("UPDATE person_id_images SET withdrawn_reason = '照片正常' WHERE id = ?").run(added.id)).toThrow('证件照片的撤回记录不能更改');
  });

  it('keeps a reporter’s pictures from those who may not know reporters, and on the record when refused', async () => {
    const t = await setting();
    const added = await t.client.call('idImages.add', { personId: t.reporter, side: 'portrait', contentBase64: b64(cardPng(400, 260)) });
    const clerk = await signInAs(t.core, '央金');
    const before = trail(t, 'refused').length;
    for (const r of [
      await clerk.invoke('idImages.list', { personId: t.reporter }),
      await clerk.invoke('idImages.view', { id: added.id, reason: '核对申请人身份' }),
      await clerk.invoke('idImages.add', { personId: t.reporter, side: 'emblem', contentBase64: b64(cardPng(400, 260, 3)) }),
    ]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('举报人身份依法保密') } });
    }
    const refusals = trail(t, 'refused').slice(before);
    expect(refusals.map((r) => [r.entity_id, JSON.parse(r.change).channel])).toEqual([
      ['reporter.read', 'idImages.list'],
      ['reporter.read', 'idImages.view'],
      ['reporter.read', 'idImages.add'],
    ]);
    expect(trail(t, 'idImageView')).toHaveLength(0);
    expect(existsSync(filePath(t.core.services!.config.paths.files, sha256(cardPng(400, 260, 3))))).toBe(false);
  });

  it('shows nothing of another unit’s people or pictures', async () => {
    const t = await setting();
    const added = await t.client.call('idImages.add', { personId: t.zhaxi, side: 'portrait', contentBase64: b64(cardPng(400, 260)) });
    const db = t.core.services!.db;
    // A picture taken by another unit (as a transfer package might one day bring) is not this unit's to show.
    db.exec('DROP TRIGGER person_id_images_fixed');
    db.prepare("UPDATE person_id_images SET unit_id = 'unit-540202' WHERE id = ?").run(added.id);
    expect(await t.client.invoke('idImages.view', { id: added.id, reason: '核对申请人身份' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await t.client.call('idImages.list', { personId: t.zhaxi })).toEqual([]);
    // A person known only through another unit's intake cannot be reached at all.
    db.prepare("UPDATE intakes SET unit_id = 'unit-540202' WHERE id IN (SELECT intake_id FROM intake_complainants WHERE person_id = ?)").run(t.zhaxi);
    expect(await t.client.invoke('idImages.list', { personId: t.zhaxi })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('says so when the stored picture was altered on disk, and records no view', async () => {
    const t = await setting();
    const png = cardPng(400, 260);
    const added = await t.client.call('idImages.add', { personId: t.zhaxi, side: 'portrait', contentBase64: b64(png) });
    writeFileSync(filePath(t.core.services!.config.paths.files, sha256(png)), cardPng(400, 260, 7));
    expect(await t.client.invoke('idImages.view', { id: added.id, reason: '核对申请人身份' })).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('文件已损坏或被改动') } });
    expect(trail(t, 'idImageView')).toHaveLength(0);
    // The clerk withdraws it and takes the same photo again: the good copy replaces the damaged one.
    await t.client.call('idImages.withdraw', { id: added.id, reason: '照片文件损坏，重新上传' });
    const again = await t.client.call('idImages.add', { personId: t.zhaxi, side: 'portrait', contentBase64: b64(png) });
    expect(Buffer.from((await t.client.call('idImages.view', { id: again.id, reason: '核对申请人身份' })).contentBase64, 'base64').equals(png)).toBe(true);
  });
});
