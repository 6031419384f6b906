// Photos of identity documents on screen (GB/T 45574-2025; issue #5): the desk uploads them, a wrong file is
// refused with the reason, looking at one asks why first and shows it under a watermark naming the viewer, a
// wrong one is withdrawn; the leader, without the permission, is not offered them; the auditor finds each act.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { cardPng } from '../../fixtures/images';
import { expect, snap, test } from '../fixtures';
import { IntakeListPage } from '../pages/intake-list.page';
import { chooseOption } from '../pages/select';

test('the desk keeps a complainant’s ID-card photos, looks at one with a reason, withdraws a wrong one; the auditor sees it all', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();

  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  const list = new IntakeListPage(page);
  await list.goto();
  await list.openOnly('540202198503120019');
  const zhaxi = page.getByTestId('complainant-row').filter({ hasText: '扎西' });
  await zhaxi.getByRole('button', { name: '证件照片：扎西' }).click();
  const dialog = page.getByRole('dialog', { name: '身份证件照片：扎西' });
  await expect(dialog).toContainText('尚未留存证件照片');

  // A phone's HEIC photo is refused, saying what to do; nothing is kept.
  const file = dialog.getByTestId('id-image-file');
  await file.setInputFiles({ name: 'IMG_0412.HEIC', mimeType: 'image/heic', buffer: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(600)]) });
  await expect(dialog.getByRole('alert')).toContainText('“IMG_0412.HEIC”未上传');
  await expect(dialog.getByRole('alert')).toContainText('HEIC');
  await expect(dialog.getByTestId('id-image-row')).toHaveCount(0);

  // The portrait side, then a second picture as the emblem side — the wrong one, withdrawn below.
  await file.setInputFiles({ name: '扎西-人像面.png', mimeType: 'image/png', buffer: cardPng(856, 540) });
  await expect(dialog.getByText('已上传人像面照片')).toBeVisible();
  await dialog.getByRole('button', { name: '国徽面' }).click();
  await file.setInputFiles({ name: '扎西-国徽面.png', mimeType: 'image/png', buffer: cardPng(856, 540, 30) });
  await expect(dialog.getByText('已上传国徽面照片')).toBeVisible();
  const rows = dialog.getByTestId('id-image-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('国徽面');
  await expect(rows.first()).toContainText('次仁卓玛');
  await expect(rows.first()).toContainText('PNG 856×540');
  await snap(page, 'id-images-list');

  // Looking asks why first; no reason, nothing shown.
  await rows.filter({ hasText: '人像面' }).getByRole('button', { name: '查看' }).click();
  await expect(dialog).toContainText('本次查看将记入审计记录');
  await dialog.getByRole('button', { name: '查看人像面' }).click();
  await expect(dialog.getByText('请填写查看理由')).toBeVisible();
  await expect(dialog.getByTestId('id-image')).toHaveCount(0);
  await dialog.getByLabel('查看理由').fill('核对投诉人身份');
  await dialog.getByRole('button', { name: '查看人像面' }).click();
  const picture = dialog.getByTestId('id-image');
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(856);
  await expect(dialog).toContainText('仅供核对身份 · 次仁卓玛');
  await expect(dialog).toContainText('本次查看已记入审计记录（理由：核对投诉人身份）');
  await snap(page, 'id-image-shown');
  await dialog.getByRole('button', { name: '返回列表' }).click();
  await expect(dialog.getByTestId('id-image')).toHaveCount(0);

  await rows.filter({ hasText: '国徽面' }).getByRole('button', { name: '撤回' }).click();
  await dialog.getByLabel('撤回理由').fill('误把人像面当作国徽面上传');
  await dialog.getByRole('button', { name: '撤回这张照片' }).click();
  await expect(dialog.getByText('已撤回国徽面照片')).toBeVisible();
  const withdrawn = rows.filter({ hasText: '已撤回' });
  await expect(withdrawn).toContainText('误把人像面当作国徽面上传');
  await expect(withdrawn.getByRole('button')).toHaveCount(0);
  await dialog.getByRole('button', { name: '关闭' }).click();

  // The leader answers for the case and may unmask the number, but has no use for the picture: not offered.
  await app.signIn(page, '李强', DEMO_PASSWORD);
  await list.goto();
  await list.openOnly('540202198503120019');
  await expect(page.getByTestId('complainant-row').filter({ hasText: '扎西' })).toBeVisible();
  await expect(page.getByRole('button', { name: /证件照片/ })).toHaveCount(0);

  // The auditor finds the uploads, the view with its reason, and the withdrawal.
  await app.signIn(page, '白玛央宗', DEMO_PASSWORD);
  await page.getByRole('link', { name: '审计' }).click();
  await chooseOption(page, page.getByRole('combobox', { name: '操作' }), '查看证件照片');
  const trail = page.getByTestId('audit-row');
  await expect(trail).toHaveCount(1);
  await expect(trail.first()).toContainText('次仁卓玛');
  await expect(trail.first()).toContainText('核对投诉人身份');
  await chooseOption(page, page.getByRole('combobox', { name: '操作' }), '上传证件照片');
  await expect(trail).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});
