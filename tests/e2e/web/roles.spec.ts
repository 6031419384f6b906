// What each role sees: the menu holds exactly the pages the role's permissions open, each person starts on their
// own home page, and a page reached by address that the role does not open says so.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { ADMIN } from '../../helpers/accounts';
import { expect, signInOnScreen, snap, test } from '../fixtures';

/** Everyone at casework reads the bureau's figures (统计报表, statistics.read). */
const CASEWORK = ['登记台账', '案卷', '用人单位', '统计报表', '期限计算'];
/** Those who take a proceeding's steps also have the work desk, their department's inbox, the list of the bureau's open deadlines and the hearing calendar. */
const HANDLING = ['登记台账', '案卷', '用人单位', '办案期限', '开庭排期', '统计报表', '期限计算'];

const ROLES: { role: string; name: string; password: string; nav: string[]; home: string }[] = [
  { role: 'receptionist', name: '次仁卓玛', password: DEMO_PASSWORD, nav: ['接待登记', ...CASEWORK], home: '接待登记' },
  { role: 'inspector + mediator', name: '张伟', password: DEMO_PASSWORD, nav: ['工作台', '收件箱', '接待登记', ...HANDLING], home: '我的待办' },
  { role: 'arbitrator', name: '王芳', password: DEMO_PASSWORD, nav: ['工作台', '收件箱', ...HANDLING], home: '我的待办' },
  { role: 'clerk', name: '央金', password: DEMO_PASSWORD, nav: ['工作台', '收件箱', ...HANDLING], home: '我的待办' },
  // A leader also looks into every department's inbox and answers for matters awaiting transfer (待移送).
  { role: 'leader', name: '李强', password: DEMO_PASSWORD, nav: ['工作台', '收件箱', '登记台账', '案卷', '用人单位', '办案期限', '开庭排期', '待移送', '统计报表', '期限计算'], home: '领导工作台' },
  { role: 'auditor', name: '白玛央宗', password: DEMO_PASSWORD, nav: ['登记台账', '案卷', '用人单位', '审计'], home: '审计记录' },
  { role: 'admin', name: ADMIN.name, password: ADMIN.password, nav: ['期限计算', '设置', '在线连接'], home: '设置' },
];

test('each demo role signs in and sees exactly its own pages, starting on its home page', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  await app.open(page);
  // The demo hint is shown because the demo data is loaded.
  await expect(page.getByText(`演示账户密码 ${DEMO_PASSWORD}`)).toBeVisible();
  await snap(page, 'sign-in-demo');

  const menu = page.getByRole('navigation', { name: '主菜单' });
  for (const r of ROLES) {
    await test.step(`${r.role}: ${r.name}`, async () => {
      await signInOnScreen(page, r.name, r.password);
      await expect(page.getByTestId('current-person')).toContainText(r.name);
      await expect(page.getByRole('heading', { level: 1, name: r.home })).toBeVisible();
      await expect(menu.getByRole('link')).toHaveText(r.nav);
      await page.getByRole('button', { name: '退出登录' }).click();
      await expect(page.getByRole('list', { name: '工作人员' })).toBeVisible();
    });
  }

  // The administrator's settings hold every tab; the auditor reaching the desk form by address is told why not.
  await signInOnScreen(page, ADMIN.name, ADMIN.password);
  await expect(page.getByRole('tab')).toHaveText(['工作人员', '参数', '单位与科室', '节假日', '仲裁庭室', '文书模板', '维护', '保管期限']);
  await page.getByRole('button', { name: '退出登录' }).click();
  await signInOnScreen(page, '白玛央宗', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: '审计记录' })).toBeVisible();
  await page.evaluate(() => (location.hash = '#/intake/new'));
  await expect(page.getByText('您的角色不能使用“接待登记”')).toBeVisible();
  await expect(page.getByLabel('诉求摘要')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

