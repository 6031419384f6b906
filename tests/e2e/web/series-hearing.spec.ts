// 6 workers heard together (issue #13): a 系列案 of six workers, accepted with six consecutive 案号 and each case's
// tribunal composed (the same sole arbitrator and clerk), is booked for one sitting — the schedule dialog offers
// "同时审理本系列案件" with the series' cases; the smaller room is refused naming the seats all the parties need and the
// room's capacity; the larger one is taken. The calendar shows the sitting as one block listing its cases, and the
// sitting's 开庭通知书 are made in one batch, served in one batch, and a sitting postponed as a whole makes its 延期开庭通知书 in
// one batch. Each test arranges what came before it through the core
// (tests/e2e/arbitration-setup.ts) and does its own part on screen.
import { establishStaff } from '../../helpers/accounts';
import { dateKeyOf } from '../../../shared/domain/time';
import type { Page } from '@playwright/test';
import { groupApplicationEntered, WORKERS, type ArbitrationFile } from '../arbitration-setup';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { weekOf } from '../pages/hearing-calendar';
import { cardPng } from '../../fixtures/images';
import { chooseOption } from '../pages/select';

interface Series extends ArbitrationFile {
  ids: string[];
  numbers: string[];
  rooms: { big: string; small: string };
  /** The first lawful day for a hearing of these cases (notice and defence counted from today). */
  day: string;
}

/** Six workers' application accepted as a 系列案 today, each case decided simple and heard by 王芳 with the clerk 央金; two rooms. */
async function seriesComposed(app: AppFixture): Promise<Series> {
  const f = await groupApplicationEntered(app, 6);
  const today = dateKeyOf(Date.now());
  const clerk = await establishStaff(app.core, app.client, { name: '央金', departmentId: 'dept-540200-arbitration', roles: ['clerk'] });
  const leader = await app.as('李强');
  await leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: clerk, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件书记员' });
  const wangfang = (await leader.call('staff.list', {})).find((s) => s.name === '王芳')!.id;
  const big = await app.client.call('hearings.saveRoom', { id: null, name: '第一仲裁庭', capacity: 20, recording: true, active: true, expectedRowVersion: null });
  const small = await app.client.call('hearings.saveRoom', { id: null, name: '第二仲裁庭', capacity: 12, recording: false, active: true, expectedRowVersion: null });
  const g0 = await f.acting.call('arbitration.group', { proceedingId: f.proceedingId });
  const g = await f.acting.call('arbitration.acceptSeries', { proceedingId: f.proceedingId, expectedRowVersion: g0.rowVersion, date: today });
  const cases = g.series!.cases;
  const act = async (proceedingId: string, action: string, input: Record<string, unknown>) => {
    const p = (await f.acting.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!;
    await f.acting.call('proceedings.act', { proceedingId, action, input, expectedRowVersion: p.rowVersion });
  };
  for (const c of cases) {
    // 独任 only in a case decided simple (办案规则 Art. 56).
    await act(c.proceedingId, 'simplify', { date: today, ground: 'consent', amountFen: 0, bar: 'none', note: null });
    await act(c.proceedingId, 'compose', { date: today, form: 'sole', presidingStaffId: wangfang, memberStaffIds: [], clerkStaffId: clerk });
  }
  const ids = cases.map((c) => c.proceedingId);
  const { earliest } = await f.acting.call('hearings.review', { proceedingId: ids[0]!, date: today, start: '09:30', end: '11:30', roomId: big.id, hearingId: null });
  return { ...f, ids, numbers: cases.map((c) => c.number!), rooms: { big: big.id, small: small.id }, day: earliest };
}

/** 王芳 opens the file: six cases' steps and clocks draw before its hearings (slow on a loaded machine). */
async function openSeriesFile(page: Page, app: AppFixture, s: Series): Promise<void> {
  await app.signIn(page, '王芳');
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), s.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible({ timeout: 25_000 });
  await expect(page.getByTestId('case-hearings')).toBeVisible({ timeout: 25_000 });
}

/** The sitting booked through the core (what the first test does on screen). */
async function sittingBooked(s: Series) {
  return s.acting.call('hearings.schedule', { proceedingId: s.ids[0]!, date: s.day, start: '09:30', end: '11:30', roomId: s.rooms.big, jointProceedingIds: s.ids.slice(1) });
}

test('6 workers heard together: one sitting booked for the six cases of the series — the smaller room refused for its seats', async ({ page, app, consoleErrors }) => {
  const s = await seriesComposed(app);
  await openSeriesFile(page, app, s);
  await page.getByRole('button', { name: '安排开庭' }).click();
  const dialog = page.getByRole('dialog', { name: '安排开庭' });
  await dialog.getByLabel('同时审理本系列案件').check();
  const list = dialog.getByRole('group', { name: '同时审理的系列案件' });
  for (const [k, name] of WORKERS.slice(0, 6).entries()) await expect(list.getByLabel(`${s.numbers[k]} ${name}${k === 0 ? '（本案）' : ''}`)).toBeChecked();
  await expect(list).toContainText('已选 6 件');
  await fillDate(page, '开庭日期', s.day, dialog);
  await chooseOption(page, dialog.getByRole('combobox', { name: '仲裁庭室' }), /^第二仲裁庭/);
  await dialog.getByRole('button', { name: '确认安排' }).click();
  // Six workers and their employer: 7 parties, 2 seats each — more than the room's 12.
  await expect(dialog.getByText('第二仲裁庭可容纳12人，本庭次6件案件的当事人7方（每方按2人计，含代理人）共14人，容纳不下；请选择更大的仲裁庭室').first()).toBeVisible();
  await snap(page, 'series-hearing-room-too-small', { fullPage: false });
  await chooseOption(page, dialog.getByRole('combobox', { name: '仲裁庭室' }), /^第一仲裁庭/);
  await dialog.getByRole('button', { name: '确认安排' }).click();
  await expect(dialog).toBeHidden();
  const section = page.getByTestId('case-hearings');
  await expect(section).toContainText(`已安排于 ${s.day} 09:30—11:30 在第一仲裁庭开庭（本系列6件案件合并开庭）`);
  // Every case's hearing on the file's panel, each with its 案号.
  const rows = section.getByTestId('case-hearing-row');
  await expect(rows).toHaveCount(6);
  for (const [k, n] of s.numbers.entries()) await expect(rows.nth(k)).toContainText(n);
  await expect(rows.first()).toContainText('系列案合并开庭 6件');
  await snap(page, 'series-hearing-booked');
  expect(consoleErrors).toEqual([]);
});

test('6 workers heard together: the calendar shows the sitting as one block listing its six cases', async ({ page, app, consoleErrors }) => {
  const s = await seriesComposed(app);
  await sittingBooked(s);
  await app.signIn(page, '王芳');
  await page.getByRole('link', { name: '开庭排期' }).click();
  // Week by week to the sitting's week, each step waiting for the week to draw.
  await weekOf(page, s.day);
  const cell = page.getByTestId(`cell-第一仲裁庭-${s.day}`);
  await expect(cell.getByTestId('calendar-hearing')).toHaveCount(1);
  await expect(cell.getByTestId('calendar-sitting')).toHaveText(`系列案合并开庭 6件：${s.numbers[0]}至${/第\d+号$/.exec(s.numbers[5]!)![0]}`);
  for (const [k, n] of s.numbers.entries()) await expect(cell).toContainText(`${/第\d+号$/.exec(n)![0]} ${WORKERS[k]}`);
  await snap(page, 'series-hearing-calendar-week');
  expect(consoleErrors).toEqual([]);
});

test('6 workers heard together: the sitting’s 开庭通知书 made in one batch — one per case and party', async ({ page, app, consoleErrors }) => {
  const s = await seriesComposed(app);
  await sittingBooked(s);
  await openSeriesFile(page, app, s);
  await page.getByTestId('case-hearings').getByRole('button', { name: '本庭次开庭通知书' }).click();
  const dialog = page.getByRole('dialog', { name: `制作本庭次开庭通知书（${s.day}）` });
  const items = dialog.getByTestId('week-notices').getByRole('listitem');
  await expect(items).toHaveCount(12);
  await expect(items.first()).toContainText(`${s.numbers[0]} · 致扎西`);
  await expect(items.last()).toContainText(`${s.numbers[5]} · 致日喀则市华建建筑工程有限公司`);
  await dialog.getByRole('button', { name: '开始制作（12 份）' }).click();
  await expect(dialog.getByTestId('batch-summary')).toContainText('已制作 12 份开庭通知书', { timeout: 25_000 });
  await snap(page, 'series-hearing-notices', { fullPage: false });
  await dialog.getByRole('button', { name: '完成' }).click();
  expect(consoleErrors).toEqual([]);
});

test('6 workers heard together: the sitting’s six 开庭通知书 served on the employer in one batch — each case shows it served', async ({ page, app, consoleErrors }) => {
  const employer = '日喀则市华建建筑工程有限公司';
  const s = await seriesComposed(app);
  const booked = await sittingBooked(s);
  // The sitting's twelve notices made through the core (what the test before does on screen).
  const owed = await s.acting.call('hearings.noticeRequests', { from: s.day, to: s.day, sittingId: booked.sittingId });
  const job = await s.acting.call('documents.batch', { requests: owed.items.map((i) => i.request), caseFileId: null });
  expect(await app.core.services!.jobs.wait(job.id)).toMatchObject({ status: 'succeeded', result: { issued: 12 } });
  await openSeriesFile(page, app, s);
  await page.getByTestId('case-hearings').getByRole('button', { name: '本庭次开庭通知书' }).click();
  const notices = page.getByRole('dialog', { name: `制作本庭次开庭通知书（${s.day}）` });
  await expect(notices.getByTestId('batch-summary')).toContainText('均已制作（共 12 份）');
  // Once made, their service is offered in one act: the employer's six, ticked, grouped by case.
  await notices.getByRole('button', { name: '登记送达' }).click();
  const dialog = page.getByRole('dialog', { name: '批量登记送达' });
  await expect(dialog.getByRole('combobox', { name: '受送达人', exact: true })).toContainText(`${employer}（用人单位，未送达 6 份）`);
  const items = dialog.getByTestId('batch-service-items');
  for (const [k, n] of s.numbers.entries()) await expect(items).toContainText(`${n} · 申请人：${WORKERS[k]}`);
  await expect(dialog.getByText('已勾选 6 份')).toBeVisible();
  await dialog.getByRole('textbox', { name: '签收人' }).fill('达瓦');
  await chooseOption(page, dialog.getByRole('combobox', { name: '与受送达人的关系' }), '单位收发部门');
  await dialog.getByLabel('上传送达凭证').setInputFiles({ name: '送达回证.png', mimeType: 'image/png', buffer: cardPng(640, 480) });
  await snap(page, 'series-hearing-batch-service', { fullPage: false });
  await dialog.getByRole('button', { name: '登记送达（6 份）' }).click();
  await expect(dialog.getByTestId('batch-service-done')).toContainText('已登记 6 份文书的送达', { timeout: 25_000 });
  for (const n of s.numbers) await expect(dialog.getByRole('listitem').filter({ hasText: n })).toContainText(`开庭通知书（${n}） → ${employer}`);
  await snap(page, 'series-hearing-batch-served', { fullPage: false });
  await dialog.getByRole('button', { name: '完成' }).click();
  // Each case's notice to the employer now shows its service on the file's documents.
  await expect(page.getByTestId('service-row').filter({ hasText: employer })).toHaveCount(6);
  expect(consoleErrors).toEqual([]);
});

test('6 workers heard together: the sitting postponed as a whole — its twelve 延期开庭通知书 made in one batch, never twice', async ({ page, app, consoleErrors }) => {
  const s = await seriesComposed(app);
  const booked = await sittingBooked(s);
  // The tribunal moves the whole sitting to the afternoon of the same day (through the core; postponing is tested on screen elsewhere).
  await s.acting.call('hearings.postpone', {
    hearingId: booked.id, expectedRowVersion: booked.rowVersion, requestedBy: 'tribunal', requestedOn: null, reason: '仲裁庭需调取工资发放记录',
    date: s.day, start: '14:30', end: '16:30', roomId: s.rooms.big, wholeSitting: true,
  });
  await openSeriesFile(page, app, s);
  await page.getByTestId('case-hearings').getByRole('button', { name: '本庭次延期开庭通知书' }).click();
  const dialog = page.getByRole('dialog', { name: '制作本庭次延期开庭通知书' });
  const items = dialog.getByTestId('week-notices').getByRole('listitem');
  await expect(items).toHaveCount(12);
  await expect(items.first()).toContainText(`${s.day} 14:30 第一仲裁庭 · ${s.numbers[0]} · 致扎西`);
  await dialog.getByRole('button', { name: '开始制作（12 份）' }).click();
  await expect(dialog.getByTestId('batch-summary')).toContainText('已制作 12 份延期开庭通知书', { timeout: 25_000 });
  await snap(page, 'series-hearing-postponement-notices', { fullPage: false });
  await dialog.getByRole('button', { name: '完成' }).click();
  // Asked again, nothing is made twice.
  await page.getByTestId('case-hearings').getByRole('button', { name: '本庭次延期开庭通知书' }).click();
  await expect(page.getByRole('dialog', { name: '制作本庭次延期开庭通知书' }).getByTestId('batch-summary')).toContainText('本庭次没有待制作的延期开庭通知书（已制作 12 份）');
  expect(consoleErrors).toEqual([]);
});
