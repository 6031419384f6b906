// An arbitration's changes of course on screen (issue #13, 办案规则 Arts. 44, 46, 47), on the demo data, in short
// steps: 受理 in the step dialog, then 中止 sent to the leader with its ground from the fixed list; on a file suspended
// two weeks ago, 恢复 and a change of claims inside the 举证期限. Each time the award's due date on screen is the
// engine's own count on the same events (deadlinesFromEvents on the bundled calendar the demo counts on).
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import type { DeadlineEventKind } from '../../../shared/domain/deadline-rules';
import { deadlinesFromEvents } from '../../../shared/domain/deadline-state';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';

const EMPLOYER = '日喀则市华建建筑工程有限公司';

interface Arranged {
  caseFileId: string;
  proceedingId: string;
  title: string;
  acting: Client;
  leader: Client;
  today: string;
}

/** A wage claim received `receivedDaysAgo` days ago, taken in by the institute, 王芳 and 央金 on its team. */
async function received(app: AppFixture, receivedDaysAgo: number): Promise<Arranged> {
  await app.initializeWithDemo();
  const today = dateKeyOf(Date.now());
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(addDays(today, -receivedDaysAgo), '09:00'), Date.now() - 60_000),
    summary: '申请仲裁：拖欠三个月工资，工伤待鉴定',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '王芳', DEMO_PASSWORD);
  const leader = await app.as('李强', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  for (const name of ['王芳', '央金']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: staff.find((s) => s.name === name)!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const acting = await app.as('王芳', DEMO_PASSWORD);
  const file = await acting.call('cases.get', { id: caseFileId });
  return { caseFileId, proceedingId: file.proceedings.find((p) => p.kind === 'arbitration')!.id, title: file.title, acting, leader, today };
}

async function step(a: Arranged, action: string, input: Record<string, unknown>): Promise<void> {
  const p = (await a.acting.call('casework.get', { caseFileId: a.caseFileId })).proceedings.find((x) => x.proceedingId === a.proceedingId)!;
  await a.acting.call('proceedings.act', { proceedingId: a.proceedingId, action, input, expectedRowVersion: p.rowVersion });
}

async function approve(a: Arranged, date: string, opinion = '同意中止'): Promise<void> {
  const pending = (await a.leader.call('casework.get', { caseFileId: a.caseFileId })).proceedings.find((x) => x.proceedingId === a.proceedingId)!.pendingApproval!;
  await a.leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion, date, expectedRowVersion: pending.rowVersion });
}

/** The engine's award due date on these events, read today. */
function awardDue(events: { kind: DeadlineEventKind; date: string }[], today: string): string {
  return deadlinesFromEvents(events, { today, rules: ['arbitration.award'] })[0]!.due;
}

const card = (page: Page) => page.getByTestId('proceeding-card').filter({ hasText: '劳动人事争议仲裁案件' });
const awardRow = (page: Page) => card(page).getByTestId('deadline-row').filter({ hasText: /^作出仲裁裁决/ }).first();

async function openFile(page: Page, app: AppFixture, a: Arranged, who = '王芳'): Promise<void> {
  await app.signIn(page, who, DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
}

test('1 · 受理 starts the 45-day clock; 中止 goes to the leader with its ground, and his approval stops the clock', async ({ page, app, consoleErrors }) => {
  const a = await received(app, 1);
  await openFile(page, app, a);
  await card(page).getByRole('button', { name: '受理', exact: true }).click();
  const accept = page.getByRole('dialog', { name: /^受理/ });
  await accept.getByRole('button', { name: '确认受理' }).click();
  await expect(accept).toHaveCount(0);
  await expect(awardRow(page)).toContainText(awardDue([{ kind: 'accepted', date: a.today }], a.today));

  await card(page).getByRole('button', { name: '中止仲裁（提请领导审批）' }).click();
  const suspend = page.getByRole('dialog', { name: /^提请领导审批：中止仲裁/ });
  await suspend.getByRole('combobox', { name: '中止的事由' }).selectOption({ label: '其他应当中止仲裁审理的情形' });
  await suspend.getByRole('button', { name: '提请领导审批' }).click();
  await expect(suspend.getByText('中止事由为“其他”的，请写明具体情形')).toBeVisible();
  await snap(page, 'arbitration-suspend-other-refused', { fullPage: false });
  await suspend.getByRole('combobox', { name: '中止的事由' }).selectOption({ label: '案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论' });
  await suspend.getByRole('textbox', { name: '事由说明' }).fill('申请人伤残等级鉴定尚未作出');
  await suspend.getByRole('button', { name: '提请领导审批' }).click();
  await expect(suspend).toHaveCount(0);

  await approve(a, a.today);
  await page.reload();
  await expect(card(page)).toContainText('仲裁中止');
  await expect(page.getByText(`${a.today} 决定中止仲裁：案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论（申请人伤残等级鉴定尚未作出）；中止期间不计入仲裁期限`)).toBeVisible();
  await expect(awardRow(page).getByTestId('due-state')).toHaveText('中止中');
  await snap(page, 'arbitration-suspended');
  expect(consoleErrors).toEqual([]);
});

test('2 · 恢复 after two weeks moves the award date by the days not counted; a claim change inside the 举证期限 restarts it', async ({ page, app, consoleErrors }) => {
  const a = await received(app, 20);
  const acceptedOn = addDays(a.today, -18);
  const suspendedOn = addDays(a.today, -14);
  const until = addDays(a.today, 5);
  await step(a, 'accept', { date: acceptedOn });
  await step(a, 'setEvidencePeriod', { date: addDays(a.today, -17), until });
  await step(a, 'suspend', { date: suspendedOn, ground: 'awaitingAppraisal', detail: null });
  await approve(a, suspendedOn);
  const events: { kind: DeadlineEventKind; date: string }[] = [
    { kind: 'accepted', date: acceptedOn },
    { kind: 'evidencePeriodEnds', date: until },
    { kind: 'paused', date: suspendedOn },
  ];

  await openFile(page, app, a);
  await expect(card(page)).toContainText('仲裁中止');
  await card(page).getByRole('button', { name: '恢复仲裁' }).click();
  const resume = page.getByRole('dialog', { name: /^恢复仲裁/ });
  await resume.getByRole('textbox', { name: '恢复的理由' }).fill('伤残等级鉴定结论已送达本委');
  await resume.getByRole('button', { name: '确认恢复仲裁' }).click();
  await expect(resume).toHaveCount(0);
  events.push({ kind: 'resumed', date: a.today });
  const afterPause = awardDue(events, a.today);
  // The 14 days of the 中止 are not counted: later than 45 days from 受理 by that much (before any holiday roll).
  expect(afterPause >= addDays(acceptedOn, 59)).toBe(true);
  await expect(awardRow(page)).toContainText(afterPause);
  await expect(card(page)).toContainText('已受理');

  await card(page).getByRole('button', { name: '受理增加、变更仲裁请求' }).click();
  const change = page.getByRole('dialog', { name: /^受理增加、变更仲裁请求/ });
  await change.getByRole('textbox', { name: '增加、变更的仲裁请求' }).fill('增加请求：支付停工留薪期工资12,000元');
  await change.getByRole('button', { name: '确认受理增加、变更仲裁请求' }).click();
  await expect(change).toHaveCount(0);
  events.push({ kind: 'restarted', date: a.today });
  const restarted = awardDue(events, a.today);
  await expect(awardRow(page)).toContainText(restarted);
  await expect(page.getByText(`${a.today} 受理增加、变更的仲裁请求：增加请求：支付停工留薪期工资12,000元；通知被申请人并给予答辩期；仲裁期限自 ${a.today} 起重新计算（《劳动人事争议仲裁办案规则》第四十六条）`)).toBeVisible();
  await snap(page, 'arbitration-resumed-claims-changed');
  expect(consoleErrors).toEqual([]);
});

test('3 · 延长审理期限 goes to the leader; his approval holds the award to the extended day (调解仲裁法 Art. 43)', async ({ page, app, consoleErrors }) => {
  const a = await received(app, 11);
  const acceptedOn = addDays(a.today, -10);
  await step(a, 'accept', { date: acceptedOn });
  await openFile(page, app, a);
  await card(page).getByRole('button', { name: '延长审理期限（提请领导审批）' }).click();
  const extend = page.getByRole('dialog', { name: /^提请领导审批：延长审理期限/ });
  await extend.getByRole('textbox', { name: '案情复杂需要延期的理由' }).fill('需调取工程项目全部考勤和工资表');
  await extend.getByRole('button', { name: '提请领导审批' }).click();
  await expect(extend).toHaveCount(0);
  await approve(a, a.today, '同意延长审理期限');
  await page.reload();
  const events = [
    { kind: 'accepted' as const, date: acceptedOn },
    { kind: 'extended' as const, date: a.today, rule: 'arbitration.award' as const },
  ];
  const due = deadlinesFromEvents(events, { today: a.today, rules: ['arbitration.award.extended'] })[0]!.due;
  await expect(card(page).getByTestId('deadline-row').filter({ hasText: /^作出仲裁裁决（经批准延长/ })).toContainText(due);
  await expect(page.getByText(`${a.today} 经仲裁委员会主任批准，审理期限延长，延长期限不超过十五日，以延长审理期限通知书书面通知当事人：需调取工程项目全部考勤和工资表`)).toBeVisible();
  // Once only (Art. 43: by 15 days at most): the step is shown, blocked, with why.
  await expect(card(page).getByText('审理期限已经延长过一次，不能再次延长（《劳动争议调解仲裁法》第四十三条第一款：延长期限不得超过十五日）')).toBeVisible();
  await snap(page, 'arbitration-award-extended');
  expect(consoleErrors).toEqual([]);
});
