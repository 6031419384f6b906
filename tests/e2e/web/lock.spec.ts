// The screen lock: by hand (锁屏), after idle time without input (the browser's clock fast-forwarded), and when the
// core has locked an idle session itself. Whatever was half typed is still there after unlocking.
import { dateKeyOf } from '../../../shared/domain/time';
import { STAFF_PASSWORD } from '../../helpers/accounts';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { DeskFormPage } from '../pages/desk-form.page';

async function idleLockAfter(app: AppFixture, minutes: number): Promise<void> {
  await app.client.call('parameters.set', {
    key: 'security.idleLockMinutes',
    region: '*',
    value: minutes,
    effectiveFrom: dateKeyOf(Date.now()),
    source: '测试用：缩短自动锁屏时间',
    confidence: 'local',
    note: null,
  });
}

test('锁屏 covers the desk form; a wrong password is refused; unlocking brings back what was typed', async ({ page, app, consoleErrors }) => {
  await app.initialize();
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.typeWorkers([{ name: '扎西', id: '540202198503120019', phone: '13908921234', amount: '5000' }]);
  await form.summary('工资未付，锁屏前填写到一半');

  await page.getByRole('button', { name: '锁屏' }).click();
  const lock = page.getByTestId('lock-screen');
  await expect(lock).toBeVisible();
  await expect(lock.getByTestId('locked-person')).toHaveText('次仁卓玛');
  const password = lock.getByRole('textbox', { name: '密码', exact: true });
  await expect(password).toBeFocused();
  // Esc does not dismiss it, and the core refuses work while locked.
  await page.keyboard.press('Escape');
  await expect(lock).toBeVisible();
  // A call as the page makes it (with the tab's secret header, which the bridge requires besides the cookie).
  const call = async () => (await (await fetch('/api/intakes.list', { method: 'POST', headers: { 'x-xinan-tab': sessionStorage.getItem('xinan.tab') ?? '' }, body: '{}' })).json()) as unknown;
  expect(await page.evaluate(call)).toMatchObject({
    ok: false,
    error: { code: 'SESSION_LOCKED' },
  });
  await snap(page, 'lock-screen', { fullPage: false });

  await password.fill('wrong2026');
  await lock.getByRole('button', { name: '解锁' }).click();
  await expect(lock.getByText('密码错误，还可尝试4次')).toBeVisible();
  await expect(password).toBeFocused();
  await snap(page, 'lock-screen-wrong-password', { fullPage: false });
  await password.fill(STAFF_PASSWORD);
  await password.press('Enter');
  await expect(lock).toHaveCount(0);
  await expect(page.getByLabel('诉求摘要')).toHaveValue('工资未付，锁屏前填写到一半');
  await expect(page.getByLabel('第1行 姓名')).toHaveValue('扎西');
  expect(consoleErrors).toEqual([]);
});

test('idle time without input locks the screen (security.idleLockMinutes); typing keeps it open', async ({ page, app }) => {
  await app.initialize();
  await idleLockAfter(app, 1);
  await page.clock.install();
  await app.signIn(page);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.summary('填写中');

  // 40 s, a keystroke, 40 s: still open — the minute counts from the last input.
  await page.clock.fastForward('00:40');
  await page.getByLabel('诉求摘要').press('End');
  await page.keyboard.type('，继续填写');
  await page.clock.fastForward('00:40');
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);

  await page.clock.fastForward('00:25');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await page.getByTestId('lock-screen').getByRole('textbox', { name: '密码', exact: true }).fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  await expect(page.getByLabel('诉求摘要')).toHaveValue('填写中，继续填写');
});

test('a session the core locked itself (no calls for the idle time) brings up the lock on the next call; 退出登录 from the lock returns to sign-in', async ({ page, app }) => {
  await app.initialize();
  await idleLockAfter(app, 5);
  await app.signIn(page);
  await expect(page.getByRole('heading', { name: '接待登记' })).toBeVisible();

  app.advanceCoreClock(6 * 60_000);
  // The next call finds the session locked — this navigation's, or a background one that beats it (then the
  // click lands under the lock: dispatched, not clicked, so it does not wait for a link the lock covers).
  await page.locator('nav[aria-label="主菜单"] a', { hasText: '登记台账' }).dispatchEvent('click');
  const lock = page.getByTestId('lock-screen');
  await expect(lock).toBeVisible();
  // Unlocked, the list the core refused while locked is asked for again.
  await lock.getByRole('textbox', { name: '密码', exact: true }).fill(STAFF_PASSWORD);
  await lock.getByRole('textbox', { name: '密码', exact: true }).press('Enter');
  await expect(lock).toHaveCount(0);
  await expect(page.getByText('暂无接待登记')).toBeVisible();

  await page.getByRole('button', { name: '锁屏' }).click();
  await lock.getByRole('button', { name: /退出登录/ }).click();
  await expect(page.getByRole('list', { name: '工作人员' })).toBeVisible();
  await expect(page.getByTestId('current-person')).toHaveCount(0);
});
