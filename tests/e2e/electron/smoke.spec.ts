// The desktop app end to end: boot on an empty data dir, the choice (this PC alone), the first run, the desk form, one intake registered
// through window.api — the preload, the MessagePort and the core's utilityProcess all in the path.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { Api } from '../../../shared/contract/api';
import { electronAvailability } from './availability';

const ROOT = join(__dirname, '..', '..', '..');
const availability = electronAvailability();
test.skip(!availability.ok, availability.ok ? '' : availability.reason);

test('empty data dir → 首次设置 → 接待登记 → one intake saved', async () => {
  if (!availability.ok) return;
  const testInfo = test.info();
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-electron-'));
  const env = { ...process.env };
  delete env.ELECTRON_RENDERER_URL; // load the built app from app://xinan, not a dev server
  const app = await electron.launch({ executablePath: availability.executablePath, args: [ROOT, `--data-dir=${dataDir}`], cwd: ROOT, env: env as Record<string, string> });
  try {
    const page = await app.firstWindow();
    // The first run's choice (issue #16 Deliver 2): this PC alone starts the embedded core, as before.
    await page.getByRole('button', { name: '这台电脑单独使用' }).click();
    await expect(page.getByRole('heading', { name: /首次设置/ })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/xinan\//);

    await page.getByLabel('本机服务的单位').selectOption('unit-540200');
    await page.getByLabel('姓名').fill('次仁卓玛');
    await page.getByRole('button', { name: '完成设置' }).click();

    await page.evaluate(() => (window.location.hash = '#/intake/new'));
    await expect(page.getByRole('heading', { name: /接待登记/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('desk-form.png') });

    const saved = await page.evaluate(async () => {
      const api = (window as unknown as { api: Api }).api;
      const party = await api.invoke('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
      if (!party.ok) return party;
      const intake = await api.invoke('intakes.create', {
        kind: 'complaint',
        channel: 'walkIn',
        receivedAt: Date.now(),
        summary: '拖欠三个月工资',
        workersCount: 1,
        parties: [{ partyId: party.value.id, role: 'employer' }],
        complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
        route: 'inspection',
      });
      if (!intake.ok) return intake;
      return api.invoke('intakes.get', { id: intake.value.id });
    });
    expect(saved).toMatchObject({ ok: true });
  } finally {
    await app.close();
  }
  expect(existsSync(join(dataDir, 'xinan.sqlite3'))).toBe(true);
  rmSync(dataDir, { recursive: true, force: true });
});
