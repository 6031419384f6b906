// Issue #11's story, on the demo data, in four steps: the desk registers a group complaint with its 包案领导, routed
// by default to the inspection department, and records the crowd at the gate on it; the department takes it from its
// inbox (签收); the leader finds it on top of the desk and approves 立案; and the leader's desk shows a deadline due
// within three working days, an overdue one, and a complainant waiting past the date promised an answer. Each step
// arranges through the core what came before it and does its own part on screen.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { DEFAULT_CALENDAR, shiftWorkingDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { DeskFormPage } from '../pages/desk-form.page';

const LEADER = '李强';
const INSPECTORS = ['张伟', '达瓦次仁'] as const;
const EMPLOYER = '日喀则市格桑花建筑劳务有限公司';

interface Arranged {
  desk: Client;
  leader: Client;
  caseFileId: string;
  regNoText: string;
  title: string;
}

/** This morning at 09:30 Beijing time, or a minute ago while 09:30 is still to come. */
const thisMorning = () => Math.min(instantOf(dateKeyOf(Date.now()), '09:30'), Date.now() - 60_000);

/** The working day `n` working days before today (the bundled calendar the demo uses). */
const workingDaysAgo = (n: number) => shiftWorkingDays(DEFAULT_CALENDAR, dateKeyOf(Date.now()), -n);

async function staffId(c: Client, name: string): Promise<string> {
  return (await c.call('staff.list', {})).find((s) => s.name === name)!.id;
}

/** A group complaint the desk registers through the core, routed to inspection with 李强 as its 包案领导. */
async function register(app: AppFixture, over: { receivedAt?: number; summary?: string; name?: string } = {}): Promise<Arranged> {
  const leader = await app.as(LEADER, DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: `${over.name ?? '格桑花'}建筑劳务有限公司` });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: over.receivedAt ?? thisMorning(),
    summary: over.summary ?? '十五名工人反映格桑花劳务公司拖欠两个月工资，在局门口聚集',
    workersCount: 15,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: over.name ?? '洛桑', idType: 'none', idMissingReason: '未带证件' }],
    route: 'inspection',
    urgent: true,
    leaderStaffId: await staffId(leader, LEADER),
    notice: '已告知转劳动保障监察支队处理，五个工作日内电话告知处理进展',
  });
  const intake = await desk.call('intakes.get', { id: created.id });
  const file = await leader.call('cases.get', { id: intake.caseFileId! });
  return { desk, leader, caseFileId: file.id, regNoText: intake.regNoText, title: file.title };
}

async function crowdAtTheGate(a: Arranged): Promise<void> {
  const learnedAt = Date.now() - 10 * 60_000;
  await a.desk.call('incidents.open', {
    caseFileId: a.caseFileId,
    startedAt: learnedAt - 5 * 60_000,
    learnedAt,
    placeKind: 'bureauGate',
    place: null,
    acts: ['crowd'],
    description: '十五名工人在局门口聚集讨要工资',
    peopleCount: 15,
    leaders: null,
  });
}

test('1 · the desk registers a group complaint with its 包案领导, routed to 监察 by default, and the crowd at the gate', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  await app.signIn(page, '次仁卓玛', DEMO_PASSWORD);
  const form = new DeskFormPage(page);
  await form.goto();
  await form.createOrganisation(EMPLOYER);
  await form.typeWorkers([{ name: '洛桑', missingReason: '未带证件' }, { name: '强巴', missingReason: '未带证件' }]);
  await page.getByLabel('涉及人数').fill('15');
  await form.summary('十五名工人反映格桑花劳务公司拖欠两个月工资，在局门口聚集');
  await page.getByRole('radiogroup', { name: '处理去向' }).getByRole('radio', { name: '转劳动保障监察' }).check();
  await expect(page.getByRole('combobox', { name: '承办部门' }).locator('option:checked')).toHaveText('劳动保障监察支队（默认）');
  await form.leader(LEADER);
  await page.getByRole('checkbox', { name: '紧急（群体性事件苗头等）' }).check();
  await page.getByLabel('告知内容').fill('已告知转劳动保障监察支队处理，五个工作日内电话告知处理进展');
  await page.getByRole('button', { name: '保存登记' }).click();
  const regNo = await form.savedRegNo();

  // The file it opened: collective, urgent, led by 李强, waiting for the department; the desk records the crowd on it.
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const found = (await desk.call('intakes.list', { search: regNo })).items[0]!;
  const intake = await desk.call('intakes.get', { id: found.id });
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), intake.caseFileId!);
  await expect(page.getByText(/^接待登记 .* 转劳动保障监察，立卷（集体案件）（紧急）$/)).toBeVisible();
  await page.getByRole('button', { name: '登记群体性事件' }).click();
  const dialog = page.getByRole('dialog', { name: '登记群体性事件' });
  await dialog.getByRole('checkbox', { name: '聚集讨薪' }).check();
  await dialog.getByRole('textbox', { name: '人数' }).fill('15');
  await dialog.getByRole('textbox', { name: '事件经过' }).fill('十五名工人在局门口聚集讨要工资');
  await dialog.getByRole('button', { name: '登记' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('incident-card')).toContainText('处置中');
  await snap(page, 'story-1-file-with-incident');
  expect(consoleErrors).toEqual([]);
});

test('2 · the inspection department finds it in its inbox, urgent with its 受理 clock, and takes it', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const a = await register(app);
  await crowdAtTheGate(a);
  await app.signIn(page, INSPECTORS[0], DEMO_PASSWORD);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '收件箱' }).click();
  const row = page.getByTestId('inbox-row').filter({ hasText: a.regNoText });
  await expect(row.getByText('紧急')).toBeVisible();
  await expect(row.getByTestId('due-state')).toBeVisible();
  await row.getByRole('button', { name: `签收 ${a.regNoText}` }).click();
  await expect(row).toHaveCount(0);
  const file = await a.leader.call('cases.get', { id: a.caseFileId });
  expect(file.events.map((e) => e.summary)).toContain(`劳动保障监察支队签收（签收人：${INSPECTORS[0]}）`);
  expect(consoleErrors).toEqual([]);
});

test('3 · the leader finds it on top of the desk, with the request for 立案, and approves it', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const a = await register(app);
  await crowdAtTheGate(a);
  const inspector = await takeIn(app.core, a.caseFileId, INSPECTORS[0], DEMO_PASSWORD);
  for (const name of INSPECTORS) {
    await a.leader.call('team.add', { caseFileId: a.caseFileId, role: 'handler', staffId: await staffId(a.leader, name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定承办人开展调查' });
  }
  const today = dateKeyOf(Date.now());
  const version = async () => (await inspector.call('casework.get', { caseFileId: a.caseFileId })).proceedings[0]!;
  const p = await version();
  await inspector.call('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: today, opinion: '群体性欠薪，事实基本清楚，建议立案' }, expectedRowVersion: p.rowVersion });

  await app.signIn(page, LEADER, DEMO_PASSWORD);
  // On top: the open incident, then the request waiting for this leader.
  await expect(page.getByTestId('desk-incidents').getByTestId('desk-incident').first()).toContainText(a.title);
  const approval = page.getByTestId('desk-approvals').getByTestId('desk-approval').filter({ hasText: `立案：${a.title}` });
  await expect(approval).toHaveCount(1);
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, 'story-3-leader-desk-1366', { fullPage: false });
  await approval.click();
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  const pending = page.getByTestId('pending-approval');
  await pending.getByRole('button', { name: '批准' }).click();
  const dialog = page.getByRole('dialog', { name: '批准：立案' });
  await dialog.getByRole('textbox', { name: '审批意见' }).fill('同意立案，限期查清欠薪人数和金额');
  await dialog.getByRole('button', { name: '批准' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('proceeding-card')).toContainText('已立案，调查中');
  expect(consoleErrors).toEqual([]);
});

test('4 · the leader’s desk shows a deadline due within three working days, an overdue one, and a complainant waiting for an answer', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  // Received three working days ago and taken in, not yet accepted: its 5-working-day 受理 is due within three.
  const soon = await register(app, { receivedAt: instantOf(workingDaysAgo(3), '10:00'), summary: '八名工人反映扎西德勒劳务公司拖欠工资', name: '扎西德勒' });
  await takeIn(app.core, soon.caseFileId, INSPECTORS[0], DEMO_PASSWORD);
  // Received ten working days ago and never accepted: overdue, and its complainant was never called back.
  const late = await register(app, { receivedAt: instantOf(workingDaysAgo(10), '10:00'), summary: '工人反映次旦劳务公司拖欠工资，无人答复', name: '次旦' });
  await takeIn(app.core, late.caseFileId, INSPECTORS[0], DEMO_PASSWORD);

  await app.signIn(page, LEADER, DEMO_PASSWORD);
  const dueSoon = page.getByTestId('desk-deadline').filter({ hasText: soon.title });
  await expect(dueSoon.first().getByTestId('due-state')).toHaveText('即将到期');
  const overdue = page.getByTestId('desk-deadline').filter({ hasText: late.title });
  await expect(overdue.first().getByTestId('due-state')).toHaveText(/^已逾期\d+天$/);
  const waiting = page.getByTestId('desk-waiting-complainants').getByTestId('waiting-complainant').filter({ hasText: late.title });
  await expect(waiting.getByTestId('feedback-state')).toHaveText(/^逾期未答复\d+天$/);
  await snap(page, 'story-4-leader-desk');
  await waiting.click();
  await expect(page.getByRole('heading', { level: 1, name: late.title })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
