// The hearing calendar (issue #13), on the demo data: an arbitrator books a hearing for her case — the room another
// case holds at that time is refused, naming that case and its time, and another room is taken; the week shows both.
// An arbitrator finds her hearings on her desk and in the calendar, filtered to her, by day; a hearing opens its file.
// Each test arranges what came before it through the core and does its own part on screen.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { Client } from '../../helpers/client';
import { ADMIN, establishStaff, STAFF_PASSWORD } from '../../helpers/accounts';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { weekOf } from '../pages/hearing-calendar';
import { chooseOption } from '../pages/select';

interface Filed {
  caseFileId: string;
  proceedingId: string;
  title: string;
}

/** An arbitration the desk registers now, taken in by the institute, accepted today and its tribunal composed. */
async function composedCase(app: AppFixture, worker: string, employerName: string, arbitrator: string, clerk: string): Promise<Filed & { acting: Client }> {
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const leader = await app.as('李强', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  const employer = await desk.call('parties.create', { kind: 'organisation', name: employerName });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:00'), Date.now() - 60_000),
    summary: '申请仲裁：拖欠三个月工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: worker, idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '王芳', DEMO_PASSWORD);
  for (const name of [arbitrator, clerk]) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const acting = await app.as(arbitrator, arbitrator === '王芳' ? DEMO_PASSWORD : STAFF_PASSWORD);
  const p = async () => (await acting.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!;
  const today = dateKeyOf(Date.now());
  const first = await p();
  await acting.call('proceedings.act', { proceedingId: first.proceedingId, action: 'accept', input: { date: today }, expectedRowVersion: first.rowVersion });
  const simple = await p();
  // 独任 only in a case decided simple (办案规则 Art. 56).
  await acting.call('proceedings.act', { proceedingId: simple.proceedingId, action: 'simplify', input: { date: today, ground: 'consent', amountFen: 0, bar: 'none', note: null }, expectedRowVersion: simple.rowVersion });
  const second = await p();
  await acting.call('proceedings.act', {
    proceedingId: second.proceedingId,
    action: 'compose',
    input: { date: today, form: 'sole', presidingStaffId: id(arbitrator), memberStaffIds: [], clerkStaffId: id(clerk) },
    expectedRowVersion: second.rowVersion,
  });
  const file = await acting.call('cases.get', { id: caseFileId });
  return { caseFileId, proceedingId: second.proceedingId, title: file.title, acting };
}

/** A second arbitrator and clerk for the institute (the demo has one of each). */
async function secondTribunal(app: AppFixture): Promise<void> {
  const admin = await app.as(ADMIN.name, ADMIN.password);
  const dept = (await admin.call('staff.list', {})).find((s) => s.name === '王芳')!.departmentId;
  await establishStaff(app.core, admin, { name: '次旦', departmentId: dept, roles: ['arbitrator'], arbitratorCertNo: '藏仲字2025031', arbitratorCertExpiry: '2029-06-30' });
  await establishStaff(app.core, admin, { name: '德吉', departmentId: dept, roles: ['clerk'] });
}

async function openFile(page: Page, f: Filed): Promise<void> {
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
}


test('an arbitrator books a hearing: the room another case holds is refused with that case named; another room is taken and the week shows both', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  await secondTribunal(app);
  const held = await composedCase(app, '扎西', '日喀则市华建建筑工程有限公司', '王芳', '央金');
  const mine = await composedCase(app, '次仁', '西藏高原路桥工程有限公司', '次旦', '德吉');
  const rooms = await held.acting.call('hearings.rooms', {});
  const room1 = rooms.find((r) => r.name === '第一仲裁庭')!;
  // The first lawful day for both (notice and defence counted from today), held by 王芳's case in 第一仲裁庭.
  const day = (await held.acting.call('hearings.review', { proceedingId: held.proceedingId, date: dateKeyOf(Date.now()), start: '15:00', end: '17:00', roomId: room1.id, hearingId: null })).earliest;
  const other = await held.acting.call('hearings.schedule', { proceedingId: held.proceedingId, date: day, start: '15:00', end: '17:00', roomId: room1.id });

  await app.signIn(page, '次旦', STAFF_PASSWORD);
  await openFile(page, mine);
  const section = page.getByTestId('case-hearings');
  await expect(section).toContainText('独任仲裁员次旦，书记员德吉');
  await page.getByRole('button', { name: '安排开庭' }).click();
  const dialog = page.getByRole('dialog', { name: '安排开庭' });
  await fillDate(page, '开庭日期', day, dialog);
  // The afternoon: the demo's own first case may hold the morning of that day in 第一仲裁庭.
  await dialog.getByRole('textbox', { name: '开始时间' }).fill('15:00');
  await dialog.getByRole('textbox', { name: '结束时间' }).fill('17:00');
  await chooseOption(page, dialog.getByRole('combobox', { name: '仲裁庭室' }), /^第一仲裁庭/);
  const clash = `第一仲裁庭已安排${other.caseNumber}（${other.caseTitle}）于 ${day} 15:00—17:00 开庭，同一时段不能再安排`;
  // Shown as the slot is chosen, with the day the notice must be served by; refused by the core on sending.
  await expect(dialog.getByTestId('slot-clash')).toHaveText(clash);
  await expect(dialog.getByTestId('slot-review')).toContainText('开庭通知书最迟应于');
  await dialog.getByRole('button', { name: '确认安排' }).click();
  // Refused: the core's sentence at the room field, said once (the preview does not repeat it).
  await expect(dialog.getByText(clash)).toHaveCount(1);
  await snap(page, 'hearing-room-refused', { fullPage: false });

  await chooseOption(page, dialog.getByRole('combobox', { name: '仲裁庭室' }), /^第二仲裁庭/);
  await expect(dialog.getByTestId('slot-clash')).toHaveCount(0);
  await dialog.getByRole('button', { name: '确认安排' }).click();
  await expect(dialog).toBeHidden();
  await expect(section).toContainText(`已安排于 ${day} 15:00—17:00 在第二仲裁庭开庭`);
  await expect(section.getByRole('row').filter({ hasText: `${day} 15:00—17:00` })).toContainText('已排期');
  await snap(page, 'hearing-booked');

  await page.getByRole('link', { name: '开庭排期' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '开庭排期' })).toBeVisible();
  await weekOf(page, day);
  await expect(page.getByTestId(`cell-第一仲裁庭-${day}`)).toContainText(other.caseNumber!);
  await expect(page.getByTestId(`cell-第二仲裁庭-${day}`)).toContainText('次仁 诉 西藏高原路桥工程有限公司');
  await expect(page.getByTestId(`cell-第二仲裁庭-${day}`)).toContainText('仲裁员：次旦；书记员：德吉');
  await snap(page, 'hearing-calendar-week');
  expect(consoleErrors).toEqual([]);
});

test('an arbitrator finds her hearing on her desk and in the calendar, filtered to her, by day; the hearing opens its file', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const wangfang = await app.as('王芳', DEMO_PASSWORD);
  const me = (await wangfang.call('staff.list', {})).find((s) => s.name === '王芳')!;
  const today = dateKeyOf(Date.now());
  const mine = async () => (await wangfang.call('hearings.list', { from: today, to: addDays(today, 27), staffId: me.id })).hearings;
  // The demo books its recent arbitration's hearing on the first lawful working day; on a day its arbitration still
  // waits for 受理 (after a 补正), one is booked here the same way.
  if ((await mine()).length === 0) {
    const f = await composedCase(app, '扎西', '日喀则市华建建筑工程有限公司', '王芳', '央金');
    const room = (await wangfang.call('hearings.rooms', {}))[0]!;
    const slot = { date: today, start: '15:00', end: '17:00', roomId: room.id };
    const { earliest } = await wangfang.call('hearings.review', { proceedingId: f.proceedingId, ...slot, hearingId: null });
    await wangfang.call('hearings.schedule', { proceedingId: f.proceedingId, ...slot, date: earliest });
  }
  const h = (await mine())[0]!;

  await app.signIn(page, '王芳', DEMO_PASSWORD);
  const desk = page.getByTestId('desk-hearings');
  await expect(desk.getByTestId('calendar-hearing').first()).toContainText(`${h.date} ${h.start}—${h.end} · ${h.roomName}`);
  await snap(page, 'arbitrator-desk-hearings');

  await page.getByRole('link', { name: '开庭排期' }).click();
  await chooseOption(page, page.getByRole('combobox', { name: '仲裁员或书记员' }), '王芳');
  await page.getByRole('button', { name: '日', exact: true }).click();
  for (let i = 0; i < 40 && !(await page.getByTestId('calendar-range').textContent())?.startsWith(`${Number(h.date.slice(5, 7))}月${Number(h.date.slice(8))}日`); i++) {
    await page.getByRole('button', { name: '后一天' }).click();
  }
  const item = page.getByTestId(`cell-${h.roomName}-${h.date}`).getByTestId('calendar-hearing');
  await expect(item).toContainText(h.caseNumber ?? h.caseTitle);
  await snap(page, 'hearing-calendar-day');
  await item.click();
  await expect(page.getByRole('heading', { level: 1, name: h.caseTitle })).toBeVisible();
  await expect(page.getByTestId('case-hearings')).toContainText('独任仲裁员王芳，书记员央金');
  expect(consoleErrors).toEqual([]);
});

test('the week’s 开庭通知书 are made in one batch from the calendar, one per party, each filed in its case, and never twice', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const a = await composedCase(app, '扎西', '日喀则市华建建筑工程有限公司', '王芳', '央金');
  const rooms = await a.acting.call('hearings.rooms', {});
  const today = dateKeyOf(Date.now());
  const day = (await a.acting.call('hearings.review', { proceedingId: a.proceedingId, date: today, start: '15:00', end: '17:00', roomId: rooms[0]!.id, hearingId: null })).earliest;
  await a.acting.call('hearings.schedule', { proceedingId: a.proceedingId, date: day, start: '15:00', end: '17:00', roomId: rooms[0]!.id });

  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.getByRole('link', { name: '开庭排期' }).click();
  await weekOf(page, day);
  await expect(page.getByTestId(`cell-${rooms[0]!.name}-${day}`)).toBeVisible();
  await page.getByRole('button', { name: '制作本周开庭通知书' }).click();
  const dialog = page.getByRole('dialog');
  const list = dialog.getByTestId('week-notices');
  // The demo may book its own hearings that week: ours are among them, one line per party.
  for (const who of ['扎西', '日喀则市华建建筑工程有限公司']) await expect(list).toContainText(`致${who}`);
  await snap(page, 'hearing-week-notices');
  await dialog.getByRole('button', { name: /^开始制作/ }).click();
  // A demo hearing whose notice can no longer be lawfully made today is reported with the reason; ours are all made.
  await expect(dialog.getByTestId('batch-summary')).toContainText(/已制作 \d+ 份开庭通知书/, { timeout: 20_000 });
  await snap(page, 'hearing-week-notices-done');
  await dialog.getByRole('button', { name: '完成' }).click();
  expect((await a.acting.call('documents.list', { intakeId: null, caseFileId: a.caseFileId })).filter((d) => d.kind === 'hearingNotice')).toHaveLength(2);
  // Run again: nothing is made twice.
  await page.getByRole('button', { name: '制作本周开庭通知书' }).click();
  const again = page.getByRole('dialog');
  await expect(again.getByText(/均已制作|将为下列/)).toBeVisible();
  await expect(again).not.toContainText('致扎西');
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();

  expect(consoleErrors).toEqual([]);
});

test('a clerk’s training is recorded from the calendar: the hearing she is booked for that week is named, and the days are listed', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const a = await composedCase(app, '扎西', '日喀则市华建建筑工程有限公司', '王芳', '央金');
  const room = (await a.acting.call('hearings.rooms', {}))[0]!;
  const today = dateKeyOf(Date.now());
  const day = (await a.acting.call('hearings.review', { proceedingId: a.proceedingId, date: today, start: '14:30', end: '16:30', roomId: room.id, hearingId: null })).earliest;
  const h = await a.acting.call('hearings.schedule', { proceedingId: a.proceedingId, date: day, start: '14:30', end: '16:30', roomId: room.id });

  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.getByRole('link', { name: '开庭排期' }).click();
  await page.getByRole('button', { name: '登记请假、培训' }).click();
  const add = page.getByRole('dialog', { name: '登记不可安排开庭的日期' });
  await fillDate(page, '开始日期', day, add);
  await fillDate(page, '结束日期', day, add);
  await chooseOption(page, add.getByRole('combobox', { name: '仲裁员或书记员' }), '央金');
  await chooseOption(page, add.getByRole('combobox', { name: '事由类别' }), '培训');
  await add.getByLabel('具体事由').fill('参加全区书记员业务培训');
  await add.getByRole('button', { name: '登记' }).click();
  // Booked before the training was known: the hearing is named, to postpone or re-seat.
  await expect(add.getByTestId('unavailable-affected')).toContainText(`${day} 14:30—16:30 ${room.name}：${h.caseNumber}`);
  await snap(page, 'hearing-unavailable-affected');
  await add.getByRole('button', { name: '知道了' }).click();
  await expect(add).toBeHidden();
  await weekOf(page, day);
  await expect(page.getByTestId('unavailable-days')).toContainText(`央金 ${day} 培训（参加全区书记员业务培训）（王芳登记）`);
  expect(consoleErrors).toEqual([]);
});
