// Backups as the administrator sees them, and the startup screen a damaged database brings up.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBridge } from '../../../electron/core/transport/bridge';
import { createCore } from '../../../electron/core/index';
import { silentLogger } from '../../../electron/core/kernel/logger';
import { ADMIN, initializeAs, TEST_PASSWORD_COST } from '../../helpers/accounts';
import { clientFor } from '../../helpers/client';
import { damageMiddlePages } from '../../helpers/damage';
import { expect, snap, test } from '../fixtures';

const MIGRATIONS = resolve(__dirname, '..', '..', '..', 'db', 'migrations');

test('the administrator chooses a backup folder, backs up now, and sees the backup verified in the list', async ({ page, app, consoleErrors }) => {
  const folder = mkdtempSync(join(tmpdir(), 'xinan-e2e-backup-'));
  try {
    await app.initialize();
    await app.signIn(page, ADMIN.name, ADMIN.password);
    await page.getByRole('tab', { name: '维护' }).click();
    await expect(page.getByText('尚未选择备份文件夹：在选择之前不会进行任何自动备份。')).toBeVisible();

    // A folder inside the data dir is refused with the reason.
    await page.getByLabel('备份文件夹').fill(join(app.dataDir, 'backups'));
    await page.getByRole('button', { name: '保存备份设置' }).click();
    await expect(page.getByText(/不能在数据目录之内/)).toBeVisible();

    await page.getByLabel('备份文件夹').fill(folder);
    await page.getByRole('button', { name: '保存备份设置' }).click();
    await expect(page.getByText('备份设置已保存')).toBeVisible();

    await page.getByLabel('备注（可不填）').fill('上线前备份');
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect(page.getByTestId('backup-done')).toContainText('备份完成并已校验');
    await expect(page.getByTestId('backup-list').getByRole('row')).toHaveCount(2);
    await expect(page.getByTestId('backup-list')).toContainText('手动备份');
    await expect(page.getByTestId('backup-state')).toContainText('最近一次有效备份');
    await page.getByTestId('backup-list').getByRole('button', { name: '校验' }).click();
    await expect(page.getByTestId('backup-list')).toContainText('校验通过');
    await snap(page, 'settings-backup');
    expect(consoleErrors).toEqual([]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a damaged database: the start refuses it and offers the backup; an administrator of the backup restores it', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-e2e-damaged-'));
  const folder = mkdtempSync(join(tmpdir(), 'xinan-e2e-backup-'));
  copyFileSync(process.env.XINAN_E2E_TEMPLATE_DB!, join(dataDir, 'xinan.sqlite3'));
  const options = { dataDir, migrationsDir: MIGRATIONS, logger: silentLogger, appVersion: '0.1.0-e2e', passwordCost: TEST_PASSWORD_COST, scheduler: false };
  const first = createCore(options);
  const admin = clientFor(first);
  await initializeAs(admin);
  await admin.call('backup.configure', { folder, schedule: 'daily', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
  await admin.call('backup.run', { password: null, note: null });
  await first.close();
  damageMiddlePages(join(dataDir, 'xinan.sqlite3'));

  const core = createCore(options);
  const bridge = await startBridge({ core, staticDir: process.env.XINAN_E2E_RENDERER! });
  try {
    await page.goto(bridge.loginUrl());
    await expect(page.getByTestId('recovery-page')).toContainText('数据库已损坏，薪安已停止写入');
    await expect(page.getByRole('button', { name: '恢复…' })).toHaveCount(1);
    await snap(page, 'recovery-damaged');
    await page.getByRole('button', { name: '恢复…' }).click();
    const dialog = page.getByRole('dialog', { name: '从备份恢复' });
    await dialog.getByLabel('管理员姓名').fill(ADMIN.name);
    await dialog.getByLabel('管理员密码').fill('wrong-password');
    await dialog.getByLabel('恢复理由').fill('数据库损坏，恢复昨晚的备份');
    await dialog.getByRole('button', { name: '恢复' }).click();
    await expect(dialog.getByText(/管理员姓名或密码不正确/)).toBeVisible();
    await dialog.getByLabel('管理员密码').fill(ADMIN.password);
    await dialog.getByRole('button', { name: '恢复' }).click();
    await expect(dialog).toHaveCount(0);
    // The application comes back on the restored database: the sign-in screen.
    await expect(page.getByRole('list', { name: '工作人员' })).toBeVisible();
  } finally {
    await bridge.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
});
