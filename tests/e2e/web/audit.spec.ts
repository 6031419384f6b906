// The auditor's screen: the trail newest first with sign-ins and a refused attempt standing out, the chain verified,
// its head exported to a file — and an edit made behind the program's back, straight in the database, caught.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { ADMIN, signInAs } from '../../helpers/accounts';
import { expect, snap, test } from '../fixtures';
import { chooseOption } from '../pages/select';

test('the auditor reads the trail, verifies the chain, exports its head, and sees tampering', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  // The desk signs in and asks for the trail through a client of its own: refused, and recorded.
  const desk = await signInAs(app.core, '次仁卓玛', DEMO_PASSWORD);
  const refused = await desk.invoke('audit.list', {});
  expect(refused.ok ? 'allowed' : refused.error.code).toBe('FORBIDDEN');
  // The administrator renames a department: the row stores only the changed name, before and after.
  const admin = await signInAs(app.core, ADMIN.name, ADMIN.password);
  const unit = (await admin.call('units.list', {})).find((u) => u.departments.some((d) => d.capability === 'inspection'))!;
  const dept = unit.departments.find((d) => d.capability === 'inspection')!;
  await admin.call('departments.save', { id: dept.id, rowVersion: dept.rowVersion, unitId: unit.id, name: '监察执法科', capability: dept.capability, active: dept.active });

  await app.signIn(page, '白玛央宗', DEMO_PASSWORD);
  await page.getByRole('link', { name: '审计' }).click();
  await expect(page.getByRole('heading', { name: '审计记录' })).toBeVisible();
  const rows = page.getByTestId('audit-row');
  // Newest first: the auditor's own sign-in, then the refusal, then the desk's sign-in.
  await expect(rows.first()).toContainText('白玛央宗');
  await expect(rows.first()).toContainText('登录');
  // Her sign-in came through the browser: the row says from where (the test-side clients come through no transport).
  await expect(rows.first().getByTestId('audit-address')).toHaveText('浏览器 127.0.0.1');
  await snap(page, 'audit-address', { fullPage: false });
  const refusal = rows.filter({ has: page.getByTestId('audit-refused') });
  await expect(refusal).toHaveCount(1);
  await expect(refusal).toContainText('次仁卓玛');
  await expect(refusal).toContainText('拒绝越权操作');
  await expect(refusal).toContainText('查看和核验审计记录');
  await expect(refusal).toContainText('audit.list');
  await expect(page.locator('[data-testid="audit-row"][data-action="login"]').filter({ hasText: '次仁卓玛' })).toHaveCount(1);
  const refusedSeq = Number(await refusal.locator('td').first().textContent());
  expect(refusedSeq).toBeGreaterThan(1);

  // A row opens to the whole change, the channel, the session and its hash.
  await refusal.getByRole('button', { name: '展开详情' }).click();
  await expect(page.getByTestId('audit-row-detail')).toContainText('"channel": "audit.list"');
  await expect(page.getByTestId('audit-row-detail')).toContainText(/[0-9a-f]{64}/);
  await snap(page, 'audit-list');

  // An update reads as what changed: 字段：旧 → 新, in the line and in the details.
  const rename = page.locator('[data-testid="audit-row"][data-action="update"]').filter({ hasText: '普布次仁' }).first();
  await expect(rename.getByTestId('audit-change')).toContainText(`name：${dept.name} → 监察执法科`);
  await rename.getByRole('button', { name: '展开详情' }).click();
  await expect(page.getByTestId('audit-changed')).toHaveText(`name：${dept.name} → 监察执法科`);
  await snap(page, 'audit-update-changed');
  await rename.getByRole('button', { name: '收起详情' }).click();

  // Filters: by person (the demo's registrations are hers too), then by operation.
  await chooseOption(page, page.getByRole('combobox', { name: '人员' }), '次仁卓玛');
  await expect(rows.first()).toContainText('拒绝越权操作');
  await expect(rows.filter({ hasNotText: '次仁卓玛' })).toHaveCount(0);
  await chooseOption(page, page.getByRole('combobox', { name: '操作' }), '登录', { exact: true });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('次仁卓玛');
  await chooseOption(page, page.getByRole('combobox', { name: '操作' }), '拒绝越权操作');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(String(refusedSeq));
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(rows.first()).toContainText('白玛央宗');

  await page.getByRole('button', { name: '核验审计链' }).click();
  const verdict = page.getByTestId('audit-verdict');
  await expect(verdict).toContainText(/审计链完整：\d+ 条/);
  await expect(page.getByTestId('audit-triggers-warning')).toHaveCount(0);
  await snap(page, 'audit-verdict-intact');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出链头' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^薪安审计链头-.+-\d+\.json$/);
  const headPath = test.info().outputPath('head.json');
  await file.saveAs(headPath);
  const head = JSON.parse(readFileSync(headPath, 'utf8')) as { format: string; seq: number; hash: string; unitName: string };
  expect(head.format).toBe('xinan-audit-head/1');
  expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(file.suggestedFilename()).toBe(`薪安审计链头-${head.unitName}-${head.seq}.json`);
  await expect(page.getByTestId('audit-head-exported')).toContainText(`第 ${head.seq} 条`);
  // Exporting is itself on the trail (the list refreshes).
  await expect(rows.first()).toContainText('导出审计链头');

  // The saved head checks out against the chain as it stands.
  await page.getByTestId('audit-head-file').setInputFiles(headPath);
  await expect(verdict).toContainText(/审计链完整：\d+ 条/);
  await expect(verdict).toContainText(`导出保存的链头（第 ${head.seq} 条）一致`);
  await snap(page, 'audit-verdict-with-head');

  // Someone with the database file removes the protection and edits the refusal away.
  const db = new Database(join(app.dataDir, 'xinan.sqlite3'));
  db.exec('DROP TRIGGER audit_rows_no_update');
  db.prepare('UPDATE audit_rows SET change = ? WHERE seq = ?').run('{"channel":"intakes.list"}', refusedSeq);
  db.close();

  await page.getByRole('button', { name: '核验审计链' }).click();
  await expect(verdict).toContainText(`审计链断裂：第 ${refusedSeq} 条`);
  await expect(verdict).toContainText('内容与其哈希不符');
  await expect(page.getByTestId('audit-triggers-warning')).toBeVisible();
  // The list reloads and marks where the chain breaks: the edited row, as it now reads.
  const broken = page.locator('[data-testid="audit-row"][data-broken="true"]');
  await expect(broken).toHaveCount(1);
  await expect(broken).toContainText('断裂处');
  await expect(broken).toContainText('{"channel":"intakes.list"}');
  expect(Number((await broken.locator('td').first().textContent())?.replace('断裂处', ''))).toBe(refusedSeq);
  await snap(page, 'audit-verdict-broken');

  // A broken chain has no head to export.
  await page.getByRole('button', { name: '导出链头' }).click();
  await expect(page.getByText(/链已断裂，不能导出链头/)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
