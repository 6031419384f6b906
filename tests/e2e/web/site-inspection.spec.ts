// 现场检查 on an inspection file (issue #12): the inspector pair 张伟 and 达瓦次仁 inspect the project's site — refused
// first with one inspector named, in the core's words at the field — save the draft, add two photos (thumbnails, one
// opened large) with a caption each, finalise it after reading it back, and print the 现场检查笔录: the PDF lists
// both photos with their captions and carries the signature foot on every page. The file is arranged through the core.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { dateKeyOf, dateTimeOf } from '../../../shared/domain/time';
import { cardPng } from '../../fixtures/images';
import { photoJpeg } from '../../fixtures/photos';
import { expect, snap, shoot, test } from '../fixtures';
import { filedInspection } from '../investigation-setup';
import { fillDate } from '../pages/date-field';

const SITE = '桑珠孜区第二小学教学楼项目施工现场';

test('an inspector pair records a site inspection at the project with two photos and prints the record', async ({ app, page, consoleErrors }) => {
  const f = await filedInspection(app, { teamLeader: false });
  await app.signIn(page, '张伟', DEMO_PASSWORD);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  const panel = page.getByTestId('site-inspections');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: '新建现场检查笔录' }).click();
  // Its title turns to the draft's once saved; the same dialog stays open.
  const dialog = page.getByRole('dialog', { name: /现场检查笔录/ });
  const start = dateTimeOf(Date.now() - 90 * 60_000);
  const end = dateTimeOf(Date.now() - 10 * 60_000);
  await fillDate(page, '检查开始（日期）', start.slice(0, 10), dialog);
  await dialog.getByRole('textbox', { name: '检查开始（时:分）' }).fill(start.slice(11));
  await fillDate(page, '检查结束（日期）', end.slice(0, 10), dialog);
  await dialog.getByRole('textbox', { name: '检查结束（时:分）' }).fill(end.slice(11));
  await dialog.getByRole('combobox', { name: /检查地点/ }).fill(SITE);
  await dialog.getByRole('checkbox', { name: /^张伟/ }).check();
  await expect(dialog.getByRole('combobox', { name: /被检查单位/ })).toHaveValue('日喀则市雪域建筑劳务有限公司');
  await dialog.getByRole('textbox', { name: '在场人员1姓名' }).fill('李建国');
  await dialog.getByRole('textbox', { name: '职务' }).fill('项目经理');
  await dialog.getByRole('textbox', { name: '检查情况' }).fill('项目部未设置维权信息告示牌。\n考勤表显示木工班组15人在岗，工资专用账户代发记录只到6月。');

  // One inspector: refused at the field, nothing typed lost.
  await dialog.getByRole('button', { name: '保存草稿' }).click();
  await expect(dialog.getByText('现场检查须由两名以上持有效执法证的监察员进行（现有1名，《劳动保障监察条例》第十六条）')).toBeVisible();
  await dialog.getByRole('checkbox', { name: /^达瓦次仁/ }).check();
  await dialog.getByRole('button', { name: '保存草稿' }).click();
  await expect(dialog.getByText('已保存草稿。现在可以添加现场照片')).toBeVisible();

  // Two photos, then a caption each.
  await dialog.getByTestId('site-photo-input').setInputFiles([
    { name: '大门.png', mimeType: 'image/png', buffer: cardPng(480, 320, 10) },
    // A phone photo: stored sideways with EXIF orientation 6, the camera's time and GPS position.
    { name: '考勤表.jpg', mimeType: 'image/jpeg', buffer: await photoJpeg(480, 320, { orientation: 6, taken: { at: '2026:11:25 08:41:07', offset: '+08:00' }, gps: { lat: 29.266812, lon: 88.880731 } }) },
  ]);
  await expect(dialog.getByTestId('site-photo-edit')).toHaveCount(2);
  await expect(dialog.getByRole('img', { name: '照片2' })).toBeVisible();
  await dialog.getByRole('textbox', { name: '照片1说明' }).fill('项目大门，未设维权信息告示牌');
  await dialog.getByRole('textbox', { name: '照片2说明' }).fill('项目部墙上的木工班组考勤表');
  await snap(page, 'site-inspection-draft', { fullPage: false });
  await dialog.getByRole('button', { name: '保存草稿' }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByTestId('site-inspection');
  await expect(card.getByTestId('site-status')).toHaveText('草稿');
  await expect(card).toContainText(`现场检查：${SITE}`);
  await expect(card).toContainText('检查人员 张伟、达瓦次仁 · 被检查单位 日喀则市雪域建筑劳务有限公司 · 在场 李建国（项目经理）');
  await expect(card.getByTestId('site-photo')).toHaveCount(2);
  // The card draws the thumbnails (WebP, made by the core), not the originals.
  const thumbs = card.getByTestId('site-photo-thumb');
  await expect(thumbs).toHaveCount(2);
  for (const n of [0, 1]) expect(await thumbs.nth(n).getAttribute('src')).toMatch(/^data:image\/webp;base64,/);
  await card.getByRole('button', { name: '查看大图：照片1：项目大门，未设维权信息告示牌' }).click();
  const large = page.getByTestId('site-photo-viewer');
  await expect(large.getByRole('dialog')).toContainText('照片1：项目大门，未设维权信息告示牌（第 1 / 2 张）');
  await expect(large.getByTestId('site-photo-full')).toBeVisible();
  await expect(large).toContainText('原图 480×320 像素 · 大门.png');
  await expect(large).toContainText('拍摄时间（相机记录）：照片未记录');
  await large.getByRole('button', { name: '下一张' }).click();
  await expect(large.getByRole('dialog')).toContainText('照片2：项目部墙上的木工班组考勤表（第 2 / 2 张）');
  await expect(large.getByTestId('site-photo-full')).toBeVisible();
  await expect(large).toContainText('拍摄时间（相机记录）：2026-11-25 08:41:07（UTC+08:00） · 拍摄位置（GPS）：29.266812°N，88.880731°E');
  await expect(large).toContainText(/张伟 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 添加/);
  await expect(large.getByRole('button', { name: '下一张' })).toBeDisabled();
  await shoot(page, 'site-photo-large');
  await large.getByRole('button', { name: '关闭' }).click();

  await card.getByRole('button', { name: '定稿' }).click();
  await page.getByRole('dialog', { name: '现场检查笔录定稿' }).getByRole('button', { name: '定稿' }).click();
  await expect(card.getByTestId('site-status')).toHaveText('已定稿');
  await expect(card.getByRole('button', { name: '修改' })).toHaveCount(0);
  await card.getByRole('button', { name: '打印笔录' }).click();
  await expect(page.getByTestId('investigation-panel')).toContainText('已生成现场检查笔录：请在下方“文书”中打印，交在场人员逐页签名');
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'site-inspection-final');

  const doc = page.getByTestId('document-card').filter({ hasText: '现场检查笔录' });
  await expect(doc).toBeVisible();
  const pending = page.waitForEvent('download');
  await doc.getByRole('button', { name: /^下载 PDF：现场检查笔录/ }).click();
  const download = await pending;
  const file = test.info().outputPath('现场检查笔录.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  execFileSync('pdftoppm', ['-r', '60', '-png', file, test.info().outputPath('site-pdf')]);
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').split('\f').filter((p) => p.trim() !== '');
  const text = pages.join('').replace(/\s+/g, '');
  expect(text).toContain('照片1：项目大门，未设维权信息告示牌');
  expect(text).toContain('照片2：项目部墙上的木工班组考勤表');
  // The photos themselves on the annex page.
  expect(text).toContain('附：现场照片');
  expect(text).toContain('李建国（项目经理）');
  for (const p of pages) expect(p.replace(/\s+/g, '')).toContain('在场人员（签名）：');
  expect(consoleErrors).toEqual([]);
});

test('an inspector issues a 调取证据通知书 and records what came back, which lands in the evidence list', async ({ app, page, consoleErrors }) => {
  const f = await filedInspection(app, { teamLeader: false });
  await app.signIn(page, '张伟', DEMO_PASSWORD);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  const panel = page.getByTestId('evidence-requests');
  await panel.getByRole('button', { name: '制作调取证据通知书' }).click();
  const dialog = page.getByRole('dialog', { name: '制作调取证据通知书' });
  await dialog.getByRole('textbox', { name: '调取的证据材料（每行一项）' }).fill('2026年3月至11月的工资支付台账\n木工班组的考勤记录');
  await dialog.getByLabel('提供期限').fill(dateKeyOf(Date.now() + 5 * 86_400_000));
  await dialog.getByRole('textbox', { name: '提供地点' }).fill('劳动保障监察支队203室');
  await dialog.getByRole('button', { name: '制作通知书' }).click();
  await expect(dialog).toBeHidden();
  const row = panel.getByTestId('evidence-request');
  await expect(row).toContainText('日喀则市雪域建筑劳务有限公司');
  await expect(row).toContainText('人社监调字');

  await row.getByRole('button', { name: '登记回复' }).click();
  const back = page.getByRole('dialog', { name: '登记调取证据的回复' });
  await back.getByRole('checkbox', { name: /工资支付台账/ }).check();
  await back.getByLabel('第1项扫描件').setInputFiles({ name: '工资台账.png', mimeType: 'image/png', buffer: cardPng(400, 300, 20) });
  await expect(back.getByRole('button', { name: '工资台账.png' })).toBeVisible();
  await back.getByRole('textbox', { name: '说明（选填）' }).fill('考勤记录称已遗失');
  await back.getByRole('button', { name: '登记回复' }).click();
  await expect(back).toBeHidden();
  await expect(row).toContainText('收到第1项（证据第1号）；未提供1项（考勤记录称已遗失）');
  await expect(page.getByText('2026年3月至11月的工资支付台账').first()).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await shoot(page, 'evidence-request-returned');
  expect(consoleErrors).toEqual([]);
});
