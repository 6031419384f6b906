// The case file at work (issue #11 §8–9), on the demo data: the leader puts two inspectors holding a valid 执法证 on
// an inspection file; an inspector on the team accepts the complaint and asks for 立案; the leader sees the request
// on the desk, opens the file and approves it, and the investigation clock runs; the deadline list shows it; a step
// the state no longer allows is refused with the core's reason. Each test arranges what came before it through the
// core and does its own part on screen.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { chooseOption, openOptions } from '../pages/select';

// The animated app (the suite otherwise runs with the browser asking for less motion: playwright.config.ts).
test.use({ reducedMotion: 'no-preference' });

const LEADER = '李强';
const INSPECTORS = ['张伟', '达瓦次仁'] as const;

interface Arranged {
  leader: Client;
  caseFileId: string;
  title: string;
  proceedingId: string;
  receivedDate: string;
}

/**
 * A crowd's complaint the desk registers now on the demo data, urgent, with 李强 as its 包案领导: awaiting acceptance,
 * with no handler yet (the demo's own files have been carried on by their teams).
 */
async function arrange(app: AppFixture): Promise<Arranged> {
  await app.initializeWithDemo();
  const leader = await app.as(LEADER, DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
  // This morning at 09:30 Beijing time, or a minute ago while 09:30 is still to come.
  const receivedAt = Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000);
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt,
    summary: '十二名工人聚集在局门口，反映高原红劳务公司拖欠三个月工资',
    workersCount: 12,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '边巴次仁', idType: 'none', idMissingReason: '未带证件' }],
    route: 'inspection',
    urgent: true,
    leaderStaffId: staff.find((s) => s.name === LEADER)!.id,
  });
  const intake = await desk.call('intakes.get', { id: created.id });
  // The inspection department takes it (签收) before any step (归口办理).
  await takeIn(app.core, intake.caseFileId!, INSPECTORS[0], DEMO_PASSWORD);
  const file = await leader.call('cases.get', { id: intake.caseFileId! });
  return {
    leader,
    caseFileId: file.id,
    title: file.title,
    proceedingId: file.proceedings.find((p) => p.kind === 'inspection')!.id,
    receivedDate: dateKeyOf(Math.min(...file.intakes.map((i) => i.receivedAt))),
  };
}

async function addInspectors(a: Arranged): Promise<void> {
  const staff = await a.leader.call('staff.list', {});
  for (const name of INSPECTORS) {
    const s = staff.find((x) => x.name === name)!;
    await a.leader.call('team.add', { caseFileId: a.caseFileId, role: 'handler', staffId: s.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定承办人开展调查' });
  }
}

async function rowVersion(c: Client, a: Arranged): Promise<number> {
  const work = await c.call('casework.get', { caseFileId: a.caseFileId });
  return work.proceedings.find((p) => p.proceedingId === a.proceedingId)!.rowVersion;
}

/** 张伟 accepts today and asks for 立案 through the core. */
async function acceptAndAskToFile(app: AppFixture, a: Arranged): Promise<Client> {
  const inspector = await app.as(INSPECTORS[0], DEMO_PASSWORD);
  const today = dateKeyOf(Date.now());
  await inspector.call('proceedings.act', { proceedingId: a.proceedingId, action: 'accept', input: { date: today }, expectedRowVersion: await rowVersion(inspector, a) });
  await inspector.call('proceedings.act', { proceedingId: a.proceedingId, action: 'file', input: { date: today, opinion: '事实清楚，符合立案条件' }, expectedRowVersion: await rowVersion(inspector, a) });
  return inspector;
}

const card = (page: Page) => page.getByTestId('proceeding-card').filter({ hasText: '劳动保障监察案件' });

async function openFile(page: Page, a: Arranged): Promise<void> {
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
}

test('the leader starts on the desk and opens an urgent file: 立案 waits for two inspectors, and one without a 执法证 is refused', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: '领导工作台' })).toBeVisible();
  await expect(page.getByTestId('desk-urgent-files').getByRole('link', { name: new RegExp(a.title.slice(0, 10)) }).first()).toBeVisible();
  await snap(page, 'leader-desk-empty-approvals');

  await page.getByTestId('desk-urgent-files').getByRole('link', { name: new RegExp(a.title.slice(0, 10)) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  // 立案 is offered but blocked, and says why under the buttons (监察条例 Art. 16).
  await expect(card(page).getByRole('button', { name: '立案（提请领导审批）' })).toBeDisabled();
  await expect(card(page).getByTestId('step-blocked')).toContainText('立案暂不能办理：立案前须指定两名以上持有效执法证的承办人（现有0名');

  // An arbitrator holds no 执法证: the core refuses her as an inspection's handler, at the field.
  const team = page.getByTestId('team-panel');
  await page.getByRole('button', { name: '添加成员' }).click();
  const dialog = page.getByRole('dialog', { name: '添加办案组成员' });
  await chooseOption(page, dialog.getByRole('combobox', { name: '工作人员' }), /^王芳/);
  await dialog.getByRole('textbox', { name: '调整理由' }).fill('协助调查');
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog.getByText('王芳没有登记执法证，不能担任监察案件承办人')).toBeVisible();
  await snap(page, 'team-add-refused', { fullPage: false });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(team.getByTestId('team-member')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('the leader puts two inspectors with a valid 执法证 on the file, and 立案 may be asked for', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await openFile(page, a);
  const team = page.getByTestId('team-panel');
  const dialog = page.getByRole('dialog', { name: '添加办案组成员' });
  for (const name of INSPECTORS) {
    await page.getByRole('button', { name: '添加成员' }).click();
    const staff = dialog.getByRole('combobox', { name: '工作人员' });
    await openOptions(page, staff);
    await expect(page.getByRole('option', { name: new RegExp(`^${name} .*执法证有效期至 2028-12-31`) })).toBeVisible();
    if (name === INSPECTORS[1]) await snap(page, 'team-add-dialog', { fullPage: false });
    await chooseOption(page, staff, new RegExp(`^${name} `));
    // The menu is gone (and the dialog no longer hidden behind it) before the reason is typed.
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(dialog.getByRole('combobox', { name: '工作人员' })).toContainText(name);
    await dialog.getByRole('textbox', { name: '调整理由' }).fill('指定承办人开展调查');
    await dialog.getByRole('button', { name: '添加' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(team.getByTestId('team-member').filter({ hasText: name })).toContainText('有效期至 2028-12-31');
  }
  await expect(card(page).getByRole('button', { name: '立案（提请领导审批）' })).toBeEnabled();
  await expect(card(page).getByTestId('step-blocked')).toHaveCount(0);
  await snap(page, 'file-with-team');
  expect(consoleErrors).toEqual([]);
});

test('an inspector on the team accepts the complaint — a date before its receipt is refused at the field — and asks for 立案', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await addInspectors(a);
  await app.signIn(page, INSPECTORS[0], DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: '我的待办' })).toBeVisible();
  // The file's acceptance clock is on the inspector's desk (due soon or among the other open ones) and opens the file.
  const clock = page.getByTestId('desk-deadline').filter({ hasText: '投诉受理（并立案）' }).filter({ hasText: a.title });
  await expect(clock).toHaveCount(1);
  await snap(page, 'inspector-desk');
  await clock.click();
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();

  await card(page).getByRole('button', { name: '受理', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^受理/ });
  await expect(dialog.getByRole('group', { name: '受理日期' })).toContainText(dateKeyOf(Date.now()).slice(0, 4));
  const before = addDays(a.receivedDate, -1);
  await fillDate(page, '受理日期', before, dialog);
  await dialog.getByRole('textbox', { name: '受理意见' }).fill('属于劳动保障监察管辖范围');
  await dialog.getByRole('button', { name: '确认受理' }).click();
  await expect(dialog.getByText(`受理日期不能早于本程序上一步骤的日期（${a.receivedDate}）`)).toBeVisible();
  await snap(page, 'step-dialog-field-error', { fullPage: false });
  await fillDate(page, '受理日期', dateKeyOf(Date.now()), dialog);
  await dialog.getByRole('button', { name: '确认受理' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page).getByTestId('step-notice')).toHaveText('已办理“受理”');
  await expect(card(page)).toContainText('已受理，待立案');

  await card(page).getByRole('button', { name: '立案（提请领导审批）' }).click();
  const ask = page.getByRole('dialog', { name: /^提请领导审批：立案/ });
  await expect(ask).toContainText('须经包案领导审批');
  await ask.getByRole('textbox', { name: '立案意见' }).fill('事实基本清楚，拟立案调查');
  await ask.getByRole('button', { name: '提请领导审批' }).click();
  await expect(ask).toHaveCount(0);
  const pending = card(page).getByTestId('pending-approval');
  await expect(pending).toContainText('待领导审批：立案');
  await expect(pending).toContainText(`${INSPECTORS[0]} 于`);
  await expect(pending).toContainText('等待包案领导审批');
  await expect(pending.getByRole('button', { name: '批准' })).toHaveCount(0);
  await expect(card(page).getByTestId('step-blocked')).toContainText('“立案”正在等待领导审批');
  await snap(page, 'file-approval-requested');
  expect(consoleErrors).toEqual([]);
});

test('the leader sees the request on the desk, opens the file and approves it; the investigation clock starts', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await addInspectors(a);
  await acceptAndAskToFile(app, a);
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  const approvals = page.getByTestId('desk-approvals');
  await expect(page.getByTestId('desk-count').filter({ hasText: '待我审批' })).toContainText('1');
  await expect(approvals.getByTestId('desk-approval')).toHaveCount(1);
  await expect(approvals.getByTestId('desk-approval')).toContainText(`立案：${a.title}`);
  await expect(approvals.getByTestId('desk-approval')).toContainText(`${INSPECTORS[0]} `);
  await snap(page, 'leader-desk');
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, 'leader-desk-1366');

  await approvals.getByTestId('desk-approval').click();
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  const pending = card(page).getByTestId('pending-approval');
  await expect(pending).toContainText('事实清楚，符合立案条件');
  await pending.getByRole('button', { name: '批准' }).click();
  const dialog = page.getByRole('dialog', { name: '批准：立案' });
  await expect(dialog.getByRole('group', { name: '审批日期' })).toBeVisible();
  await dialog.getByRole('textbox', { name: '审批意见' }).fill('同意立案');
  await dialog.getByRole('button', { name: '批准' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page).getByTestId('step-notice')).toHaveText('已批准“立案”');
  await expect(card(page)).toContainText('已立案，调查中');
  // The next number of this year's series (the demo's own files took the first ones).
  await expect(card(page)).toContainText(/案号：.*人社监立字〔\d{4}〕第\d+号/);

  const clock = card(page).getByTestId('deadline-row').filter({ hasText: /^调查终结/ }).first();
  await expect(clock).toContainText(dateKeyOf(Date.now()));
  await expect(clock.getByTestId('due-state')).toHaveText('进行中');
  await clock.getByRole('button', { name: '推算过程' }).click();
  await expect(card(page).getByTestId('deadline-trace')).toContainText('依据：');
  await expect(card(page).getByTestId('deadline-row').filter({ hasText: '投诉受理（并立案）' }).getByTestId('due-state')).toHaveText('已按期完成');
  await snap(page, 'file-approved-1366');
  await page.setViewportSize({ width: 1440, height: 900 });
  await snap(page, 'file-approved');
  expect(consoleErrors).toEqual([]);
});

test('a leader returns a request only with an opinion, and the handlers may ask again', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await addInspectors(a);
  await acceptAndAskToFile(app, a);
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await openFile(page, a);
  await card(page).getByTestId('pending-approval').getByRole('button', { name: '退回' }).click();
  const dialog = page.getByRole('dialog', { name: '退回：立案' });
  await dialog.getByRole('button', { name: '退回' }).click();
  await expect(dialog.getByText('退回须写明审批意见（至少4个字）')).toBeVisible();
  await dialog.getByRole('textbox', { name: '审批意见' }).fill('请补充工人名单和考勤记录后再提请');
  await dialog.getByRole('button', { name: '退回' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card(page).getByTestId('pending-approval')).toHaveCount(0);
  await expect(card(page).getByRole('button', { name: '立案（提请领导审批）' })).toBeEnabled();
  await expect(page.getByText('领导退回“立案”：请补充工人名单和考勤记录后再提请')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the deadline list shows the investigation clock on my files, and the whole unit’s overdue ones', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await addInspectors(a);
  await acceptAndAskToFile(app, a);
  const approval = (await a.leader.call('casework.get', { caseFileId: a.caseFileId })).proceedings.find((p) => p.proceedingId === a.proceedingId)!.pendingApproval!;
  await a.leader.call('approvals.decide', { approvalId: approval.id, decision: 'approve', opinion: null, date: dateKeyOf(Date.now()), expectedRowVersion: approval.rowVersion });
  // The demo is lawful — nothing overdue — so a complaint left unanswered for ten days makes one.
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '拉孜县扎西岗砂石料场' });
  await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'phone',
    receivedAt: instantOf(addDays(dateKeyOf(Date.now()), -10), '10:00'),
    summary: '砂石料场拖欠装卸工工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '次仁多吉', idType: 'none', idMissingReason: '电话反映' }],
    route: 'inspection',
  });

  await app.signIn(page, INSPECTORS[1], DEMO_PASSWORD);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '办案期限' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '办案期限' })).toBeVisible();
  const rows = page.getByTestId('due-row');
  await expect(rows.filter({ hasText: '调查终结' }).filter({ hasText: a.title })).toHaveCount(1);
  // Its acceptance clock was met: not among the open ones.
  await expect(rows.filter({ hasText: '投诉受理（并立案）' }).filter({ hasText: a.title })).toHaveCount(0);
  await snap(page, 'due-dates-mine');

  await page.getByRole('button', { name: '已逾期' }).click();
  await expect(page.getByText('没有逾期的期限')).toBeVisible();
  await page.getByRole('button', { name: '全单位' }).click();
  await expect(page).toHaveURL(/state=overdue&scope=unit/);
  await expect(rows.first().getByTestId('due-state')).toHaveText(/^已逾期\d+天$/);
  await snap(page, 'due-dates-unit-overdue');
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, 'due-dates-unit-overdue-1366');

  await rows.first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('办案期限');
  await expect(page.getByTestId('deadline-row').getByTestId('due-state').filter({ hasText: /^已逾期\d+天$/ }).first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a step the state no longer allows is refused with the core’s reason', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await addInspectors(a);
  await app.signIn(page, INSPECTORS[0], DEMO_PASSWORD);
  await openFile(page, a);
  await card(page).getByRole('button', { name: '不予受理' }).click();
  const dialog = page.getByRole('dialog', { name: /^不予受理/ });
  await dialog.getByRole('textbox', { name: '不予受理的理由' }).fill('已由人民法院受理');

  // Meanwhile the other inspector accepts it.
  const other = await app.as(INSPECTORS[1], DEMO_PASSWORD);
  await other.call('proceedings.act', { proceedingId: a.proceedingId, action: 'accept', input: { date: dateKeyOf(Date.now()) }, expectedRowVersion: await rowVersion(other, a) });
  await expect(card(page).getByText('已受理，待立案')).toHaveCount(1);

  await dialog.getByRole('button', { name: '确认不予受理' }).click();
  await expect(dialog.getByTestId('step-refusal')).toHaveText('劳动保障监察案件当前为“已受理，待立案”，不能不予受理（仅在待受理时可以）');
  await expect(dialog.getByRole('button', { name: '确认不予受理' })).toBeDisabled();
  await snap(page, 'step-refused', { fullPage: false });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(card(page).getByRole('button', { name: '不予受理' })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the leader adds a part-time participant from another body and removes a member with a reason', async ({ page, app, consoleErrors }) => {
  const a = await arrange(app);
  await addInspectors(a);
  await app.signIn(page, LEADER, DEMO_PASSWORD);
  await openFile(page, a);
  const team = page.getByTestId('team-panel');
  await page.getByRole('button', { name: '添加成员' }).click();
  const dialog = page.getByRole('dialog', { name: '添加办案组成员' });
  await chooseOption(page, dialog.getByRole('combobox', { name: '职责' }), '参与人员');
  await expect(dialog.getByRole('combobox', { name: '职责' })).toContainText('参与人员');
  await dialog.getByRole('radio', { name: '其他单位人员' }).check();
  await dialog.getByRole('radio', { name: '兼职' }).check();
  await dialog.getByRole('textbox', { name: '姓名' }).fill('赵建国');
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog.getByText('请填写所在单位或部门')).toBeVisible();
  await dialog.getByRole('textbox', { name: '所在单位或部门' }).fill('日喀则市住房和城乡建设局');
  await dialog.getByRole('textbox', { name: '联系电话' }).fill('0892-8821234');
  await dialog.getByRole('textbox', { name: '调整理由' }).fill('住建部门协助督促总包单位支付');
  await snap(page, 'team-add-external', { fullPage: false });
  await dialog.getByRole('button', { name: '添加' }).click();
  await expect(dialog).toHaveCount(0);
  const row = team.getByTestId('team-member').filter({ hasText: '赵建国' });
  await expect(row).toContainText('参与人员');
  await expect(row).toContainText('日喀则市住房和城乡建设局');
  await expect(row).toContainText('兼职');

  await team.getByRole('button', { name: `移出办案组：${INSPECTORS[1]}` }).click();
  const remove = page.getByRole('dialog', { name: `移出办案组：${INSPECTORS[1]}` });
  await remove.getByRole('button', { name: '移出' }).click();
  await expect(remove.getByText('请填写调整理由')).toBeVisible();
  await remove.getByRole('textbox', { name: '调整理由' }).fill('工作调整，改派其他案件');
  await remove.getByRole('button', { name: '移出' }).click();
  await expect(remove).toHaveCount(0);
  await expect(team.getByTestId('team-member').filter({ hasText: INSPECTORS[1] })).toHaveCount(0);
  await expect(page.getByText(`${INSPECTORS[1]}不再担任承办人：工作调整，改派其他案件`)).toBeVisible();
  // One inspector left: 立案 is blocked again, with the count.
  await expect(card(page).getByTestId('step-blocked')).toContainText('现有1名');
  await snap(page, 'file-team-changed');
  expect(consoleErrors).toEqual([]);
});

test('an arbitrator lists every missing item at once (一次性告知补正), line by line', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const leader = await app.as(LEADER, DEMO_PASSWORD);
  // An application the desk receives now (the demo's own arbitration files are already under way).
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市格萨尔酒店管理有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000),
    summary: '申请仲裁：酒店拖欠两个月工资和加班费',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '卓嘎', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
    leaderStaffId: (await leader.call('staff.list', {})).find((s) => s.name === LEADER)!.id,
  });
  const file = { id: (await desk.call('intakes.get', { id: created.id })).caseFileId! };
  await takeIn(app.core, file.id, '王芳', DEMO_PASSWORD);
  const arbitrator = (await leader.call('staff.list', {})).find((s) => s.name === '王芳')!;
  await leader.call('team.add', { caseFileId: file.id, role: 'handler', staffId: arbitrator.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定仲裁员审查申请' });

  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), file.id);
  const arbitration = page.getByTestId('proceeding-card').filter({ hasText: '劳动人事争议仲裁案件' });
  await arbitration.getByRole('button', { name: '一次性告知补正' }).click();
  const dialog = page.getByRole('dialog', { name: /^一次性告知补正/ });
  await dialog.getByRole('button', { name: '确认一次性告知补正' }).click();
  await expect(dialog.getByText('请至少列出一项需补正的材料')).toBeVisible();
  await dialog.getByRole('textbox', { name: '需补正的材料第1项' }).fill('申请人身份证复印件');
  await dialog.getByRole('button', { name: '添加一项' }).click();
  await dialog.getByRole('textbox', { name: '需补正的材料第2项' }).fill('劳动关系证明（劳动合同、工资条或考勤记录）');
  await snap(page, 'step-dialog-list', { fullPage: false });
  await dialog.getByRole('button', { name: '确认一次性告知补正' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(arbitration).toContainText('待补正');
  await expect(arbitration.getByRole('button', { name: '收到补正材料' })).toBeEnabled();
  await expect(arbitration.getByRole('button', { name: '一次性告知补正' })).toHaveCount(0);
  await expect(page.getByText('一次性告知申请人补正：申请人身份证复印件；劳动关系证明（劳动合同、工资条或考勤记录）')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
