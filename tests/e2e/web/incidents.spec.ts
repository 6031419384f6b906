// A crowd at the gate (issue #11 §7), on the demo data: the desk registers the incident on the urgent file the
// workers' complaint opened; the leader finds it on top of the desk with its report-up deadline, records the report
// and puts the file under 督办; the 包案领导 records a 约谈 with the builder, sends people to the scene and closes
// the incident. Each test arranges what came before it through the core and does its own part on screen.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { Client } from '../../helpers/client';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { chooseOption } from '../pages/select';

const LEADER = '李强';

interface Arranged {
  desk: Client;
  leader: Client;
  caseFileId: string;
  title: string;
}

/** Twelve workers of a builder's labour team complain at the desk this morning; the desk marks it urgent, 李强 leads it. */
async function arrange(app: AppFixture): Promise<Arranged> {
  await app.initializeWithDemo();
  const leader = await app.as(LEADER, DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  const contractor = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000),
    summary: '十二名工人反映高原红劳务公司拖欠三个月工资，情绪激动',
    workersCount: 12,
    parties: [
      { partyId: employer.id, role: 'employer' },
      { partyId: contractor.id, role: 'generalContractor' },
    ],
    complainants: [{ name: '边巴次仁', idType: 'none', idMissingReason: '未带证件' }],
    route: 'inspection',
    urgent: true,
    leaderStaffId: (await leader.call('staff.list', {})).find((s) => s.name === LEADER)!.id,
  });
  const file = await leader.call('cases.get', { id: (await desk.call('intakes.get', { id: created.id })).caseFileId! });
  return { desk, leader, caseFileId: file.id, title: file.title };
}

/** The crowd gathered ten minutes ago; the desk registers it through the core. */
async function openIncident(a: Arranged): Promise<string> {
  const learnedAt = Date.now() - 10 * 60_000;
  const incident = await a.desk.call('incidents.open', {
    caseFileId: a.caseFileId,
    startedAt: learnedAt - 5 * 60_000,
    learnedAt,
    placeKind: 'bureauGate',
    place: null,
    acts: ['crowd', 'blockedGate'],
    description: '十二名工人在局门口拉横幅讨要工资，堵住大门',
    peopleCount: 12,
    leaders: '边巴次仁（班组长）',
  });
  return incident.id;
}

async function openFile(page: Page, a: Arranged): Promise<void> {
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
}

test('the desk registers a crowd at the gate on the urgent file: refused until the form is complete, then its report clocks run', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  await openFile(page, a);
  await page.getByRole('button', { name: '登记群体性事件' }).click();
  const dialog = page.getByRole('dialog', { name: '登记群体性事件' });
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog.getByText('请至少选择一项事件情形')).toBeVisible();
  await expect(dialog.getByText('请填写人数', { exact: true })).toBeVisible();
  await expect(dialog.getByText('请填写事件经过')).toBeVisible();
  await snap(page, 'incident-open-refused', { fullPage: false });

  await dialog.getByRole('checkbox', { name: '聚集讨薪' }).check();
  await dialog.getByRole('checkbox', { name: '堵门' }).check();
  await dialog.getByRole('textbox', { name: '人数' }).fill('12');
  await dialog.getByRole('textbox', { name: '带头人' }).fill('边巴次仁（班组长）');
  await dialog.getByRole('textbox', { name: '事件经过' }).fill('十二名工人在局门口拉横幅讨要工资，堵住大门，情绪激动');
  await snap(page, 'incident-open-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog).toHaveCount(0);

  const card = page.getByTestId('incident-card');
  await expect(card).toContainText('处置中');
  await expect(card).toContainText('本局门口 · 约12人');
  // A construction matter: up the line and 公安 within an hour, 住建 within two (the parameters' defaults).
  await expect(card.getByTestId('report-clock')).toHaveText([/^向上级报告：(\d{2}-\d{2} )?\d{2}:\d{2}前 · 剩余\d+分钟$/, /^通报公安：(\d{2}-\d{2} )?\d{2}:\d{2}前 · 剩余\d+分钟$/, /^通报住建：(\d{2}-\d{2} )?\d{2}:\d{2}前 · 剩余1小时(\d+分钟)?$/]);
  // The desk has no step permission: it records no report.
  await expect(card.getByRole('button', { name: '记录报告' })).toHaveCount(0);
  await expect(page.getByText(/^群体性事件：.*约12人在本局门口聚集讨薪、堵门，带头人边巴次仁（班组长）/)).toBeVisible();
  await snap(page, 'incident-on-file-desk');
  expect(consoleErrors).toEqual([]);
});

test('the leader finds the incident on top of the desk with its report-up deadline, records the report and puts the file under 督办', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await openIncident(a);
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: '领导工作台' })).toBeVisible();
  const top = page.getByTestId('desk-incidents');
  await expect(top).toBeVisible();
  // Above every other section of the desk.
  const [incidentsBox, countsBox] = await Promise.all([top.boundingBox(), page.getByTestId('desk-count').first().boundingBox()]);
  expect(incidentsBox!.y).toBeLessThan(countsBox!.y);
  const item = top.getByTestId('desk-incident');
  await expect(item).toContainText(a.title);
  await expect(item.getByTestId('report-clock').first()).toHaveText(/^向上级报告：(\d{2}-\d{2} )?\d{2}:\d{2}前 · 剩余4\d分钟$/);
  await snap(page, 'leader-desk-incident');
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, 'leader-desk-incident-1366', { fullPage: false });

  await item.click();
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  const card = page.getByTestId('incident-card');
  await card.getByRole('button', { name: '记录报告' }).click();
  const dialog = page.getByRole('dialog', { name: '记录群体性事件的报告' });
  await expect(dialog.getByRole('combobox', { name: '报告对象' })).toHaveText('向本级政府和上级人社部门报告');
  await expect(dialog.getByRole('combobox', { name: '报告人' })).toContainText(LEADER);
  await dialog.getByRole('textbox', { name: '报告单位或人员' }).fill('市人社局值班室');
  await dialog.getByRole('textbox', { name: '报告内容摘要' }).fill('十二名工人在局门口聚集讨薪、堵门，已派员劝导，情绪趋于平稳');
  await snap(page, 'incident-report-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: '记录报告' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByTestId('report-clock').first()).toHaveText('向上级报告：已按时报告');
  await expect(card.getByTestId('incident-report')).toContainText('市人社局值班室');
  await expect(card.getByTestId('incident-report')).toContainText('首报');

  await page.getByRole('button', { name: '列入督办' }).click();
  const supervise = page.getByRole('dialog', { name: '列入督办' });
  await supervise.getByRole('textbox', { name: '督办要求' }).fill('三日内查清欠薪数额，督促总包单位先行垫付，并报告办理情况');
  await supervise.getByRole('button', { name: '督办' }).click();
  await expect(supervise).toHaveCount(0);
  const reportBy = addDays(dateKeyOf(Date.now()), 3);
  const supervision = page.getByTestId('supervision');
  await expect(supervision).toContainText(`报告期限 ${reportBy}`);
  await expect(supervision).toContainText('局督办');
  await expect(page.getByText(`局督办：三日内查清欠薪数额，督促总包单位先行垫付，并报告办理情况。请于 ${reportBy} 前报告办理情况`)).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await snap(page, 'incident-reported-supervised');

  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '工作台' }).click();
  // The demo's own 督办 (the region's 交办) is listed too: this file's is the one with its title.
  const listed = page.getByTestId('desk-supervisions').getByTestId('desk-supervision').filter({ hasText: a.title });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(`报告期限 ${reportBy}`);
  await expect(listed.getByTestId('due-state')).toHaveText(/^(即将到期|进行中)$/);
  await snap(page, 'leader-desk-supervision');
  expect(consoleErrors).toEqual([]);
});

test('the 包案领导 records a 约谈 with the builder and a person of the 住建局; a row left blank is refused at its field', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await openIncident(a);
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await openFile(page, a);
  await page.getByRole('button', { name: '记录约谈或调度会' }).click();
  const meeting = page.getByRole('dialog', { name: '记录约谈或调度会' });
  await meeting.getByRole('checkbox', { name: '日喀则市华建建筑工程有限公司（施工总承包单位）' }).check();
  await meeting.getByRole('textbox', { name: '到场人员：日喀则市华建建筑工程有限公司' }).fill('项目经理刘强');
  await meeting.getByRole('button', { name: '按姓名和单位添加' }).click();
  await meeting.getByRole('button', { name: '记录' }).click();
  await expect(meeting.getByText('请填写参加人员的姓名')).toBeVisible();
  await meeting.getByRole('textbox', { name: '姓名（第1人）' }).fill('赵建国');
  await meeting.getByRole('textbox', { name: '所在单位（第1人）' }).fill('日喀则市住房和城乡建设局');
  await meeting.getByRole('textbox', { name: '事由' }).fill('督促总包单位限期支付拖欠的工资');
  await meeting.getByRole('textbox', { name: '结果' }).fill('总包单位承诺三日内代发全部工资，住建局督促落实');
  // Each message stood at its field and went once mended there: nothing above the buttons.
  await expect(meeting.getByRole('alert')).toHaveCount(0);
  await snap(page, 'meeting-dialog', { fullPage: false });
  await meeting.getByRole('button', { name: '记录' }).click();
  await expect(meeting).toHaveCount(0);
  await expect(page.getByTestId('meeting')).toContainText('日喀则市华建建筑工程有限公司（项目经理刘强）、赵建国（日喀则市住房和城乡建设局）');
  await expect(page.getByText('约谈（', { exact: false }).last()).toContainText('结果：总包单位承诺三日内代发全部工资，住建局督促落实');
  expect(consoleErrors).toEqual([]);
});

test('the 包案领导 sends an inspector and a policeman to the scene and closes the incident; it leaves the desk', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await openIncident(a);
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await openFile(page, a);
  const card = page.getByTestId('incident-card');

  await card.getByRole('button', { name: '派员' }).click();
  const dispatch = page.getByRole('dialog', { name: '派员赶赴现场' });
  await chooseOption(page, dispatch.getByRole('combobox', { name: '本单位人员' }), /^张伟/);
  await dispatch.getByRole('button', { name: '添加其他单位人员' }).click();
  await dispatch.getByRole('textbox', { name: '姓名（第1人）' }).fill('赵警官');
  await dispatch.getByRole('textbox', { name: '所在单位（第1人）' }).fill('桑珠孜区公安分局城北派出所');
  await dispatch.getByRole('textbox', { name: '任务' }).fill('到门口劝导，登记工人名单');
  await dispatch.getByRole('button', { name: '派员', exact: true }).click();
  await expect(dispatch).toHaveCount(0);
  await expect(card).toContainText('张伟、赵警官（桑珠孜区公安分局城北派出所）');

  await card.getByRole('button', { name: '处置完毕' }).click();
  const close = page.getByRole('dialog', { name: '群体性事件处置完毕' });
  await expect(close).toContainText('尚未记录向上级报告、通报公安、通报住建');
  await chooseOption(page, close.getByRole('combobox', { name: '处置结果' }), '达成限期支付方案');
  await close.getByRole('textbox', { name: '处置情况' }).fill('总包单位承诺三日内代发，工人已散去');
  await close.getByRole('button', { name: '处置完毕' }).click();
  await expect(close).toHaveCount(0);
  await expect(card).toContainText('已处置完毕');
  await expect(card).toContainText('达成限期支付方案');
  // Closed with its clocks unmet: they stay on the file, overdue in time, for whoever reports late.
  await expect(card.getByRole('button', { name: '补记报告' })).toBeVisible();
  await snap(page, 'incident-closed');
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '工作台' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '领导工作台' })).toBeVisible();
  await expect(page.getByTestId('desk-incidents')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
