// The page's side of the bridge's tab binding: the tab secret arrives in the login redirect's fragment and is kept
// by this tab only; the cookie alone opens nothing; the event stream comes back after signing out and in again.
import { instantOf } from '../../../shared/domain/time';
import { expect, signInOnScreen, test } from '../fixtures';
import { IntakeListPage } from '../pages/intake-list.page';
import { STAFF_PASSWORD } from '../../helpers/accounts';
import type { Client } from '../../helpers/client';

async function consultation(desk: Client, summary: string): Promise<void> {
  const party = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司' });
  await desk.call('intakes.create', {
    kind: 'consultation',
    channel: 'phone',
    receivedAt: instantOf('2026-11-02', '09:00'),
    summary,
    workersCount: 1,
    parties: [{ partyId: party.id, role: 'employer' }],
    complainants: [],
    route: 'answered',
    answer: '已当场答复',
  });
}

test('the tab secret leaves the address bar, survives a reload, and the cookie alone is refused', async ({ page, app }) => {
  await app.initialize();
  await app.signIn(page);
  expect(page.url()).not.toContain('xinan-tab');
  await page.reload();
  await expect(page.getByTestId('current-person')).toContainText('次仁卓玛');
  const cookieOnly = await page.evaluate(async () => {
    const res = await fetch('/api/session.current', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return { status: res.status, body: (await res.json()) as { error?: { code: string } } };
  });
  expect(cookieOnly).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
  // A second tab of the same browser without the secret (not opened through a login link) gets nothing either.
  const other = await page.context().newPage();
  await other.goto(app.bridge.origin + '/');
  await expect(other.getByText('浏览器会话已失效')).toBeVisible();
});

test('changes made elsewhere reach the page, and again after signing out and back in', async ({ page, app }) => {
  await app.initialize();
  await app.signIn(page);
  const list = new IntakeListPage(page);
  await list.goto();
  await expect(page.getByText('暂无接待登记')).toBeVisible();
  const desk = await app.as('次仁卓玛');
  await consultation(desk, '第一次来电：工资未付');
  await expect(list.rows()).toHaveCount(1);

  // Signing out ends the stream the bridge kept for this person; the page opens a new one, which carries events
  // again once someone signs in.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signInOnScreen(page, '次仁卓玛', STAFF_PASSWORD);
  await expect(page.getByTestId('current-person')).toContainText('次仁卓玛');
  await list.goto();
  await expect(list.rows()).toHaveCount(1);
  await consultation(desk, '第二次来电：工资仍未付');
  await expect(list.rows()).toHaveCount(2);
});
