// The hearing as a clock (issue #13), on the demo data: a hearing booked on the first lawful day puts each party's
// 开庭通知书 on the file's deadlines; the worker signs for his in time, the employer a day late — the case page
// shows the hearing as 通知送达不足5日 and offers 延期开庭, and the week's calendar marks it. The arranging goes through
// the core (its clock moved to the day of the late service); the checking is on screen.
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { arbitrationCase } from '../../fixtures/arbitration-case';
import { cardPng } from '../../fixtures/images';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { weekOf } from '../pages/hearing-calendar';

const EMPLOYER = '日喀则市华建建筑工程有限公司';

/** An arbitration registered now, taken in by the institute, accepted today, 王芳 sitting alone with 央金. */
async function composedCase(app: AppFixture): Promise<{ caseFileId: string; proceedingId: string; title: string; acting: Client }> {
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:00'), Date.now() - 60_000),
    summary: '申请仲裁：拖欠三个月工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '王芳', DEMO_PASSWORD);
  const leader = await app.as('李强', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const id = (name: string) => staff.find((s) => s.name === name)!.id;
  for (const name of ['王芳', '央金']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: id(name), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const acting = await app.as('王芳', DEMO_PASSWORD);
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
    input: { date: today, form: 'sole', presidingStaffId: id('王芳'), memberStaffIds: [], clerkStaffId: id('央金') },
    expectedRowVersion: second.rowVersion,
  });
  return { caseFileId, proceedingId: second.proceedingId, title: (await acting.call('cases.get', { id: caseFileId })).title, acting };
}

/** Serves a document on a party, signed for at `servedAt`, with its 送达回证 photographed. */
async function serve(c: Client, f: { caseFileId: string; proceedingId: string }, documentId: string, who: string, servedAt: number): Promise<void> {
  const listed = (await c.call('services.list', { caseFileId: f.caseFileId })).recipients;
  const recipient = listed.find((r) => r.name === who)!;
  const me = (await c.call('staff.list', {})).find((s) => s.name === '王芳')!;
  await c.call('services.record', {
    documentId,
    proceedingId: f.proceedingId,
    recipientId: recipient.recipientId,
    method: 'direct',
    servedAt,
    receivedBy: who === EMPLOYER ? '达瓦' : who,
    relation: who === EMPLOYER ? 'mailroom' : 'self',
    servedBy: me.id,
    witnesses: [],
    proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
  });
}

test("a notice served late: the file's deadlines, the case's 通知送达不足5日 with 延期开庭 offered, and the calendar's mark", async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const f = await composedCase(app);
  const today = dateKeyOf(Date.now());
  const room = (await f.acting.call('hearings.rooms', {})).find((r) => r.name === '第二仲裁庭')!;
  const slot = { date: today, start: '14:30', end: '16:00', roomId: room.id };
  const { earliest: day } = await f.acting.call('hearings.review', { proceedingId: f.proceedingId, ...slot, hearingId: null });
  await f.acting.call('hearings.schedule', { proceedingId: f.proceedingId, ...slot, date: day });
  const notice = async (role: 'applicant' | 'respondent') =>
    (await f.acting.call('documents.generate', { request: { kind: 'hearingNotice', case: { ...arbitrationCase, applicationServedOn: null, hearing: { ...arbitrationCase.hearing!, date: day } }, recipient: { role, index: 0 } }, caseFileId: f.caseFileId }))[0]!.id;
  const [toWorker, toEmployer] = [await notice('applicant'), await notice('respondent')];
  await serve(f.acting, f, toWorker, '扎西', Date.now() - 1000);
  const clock = (await f.acting.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((p) => p.kind === 'arbitration')!.deadlines.find((d) => d.label === `开庭通知送达（开庭前）（${EMPLOYER}）`)!;
  // The employer signs the day after its last lawful day (the core's clock moved there; the page keeps today's).
  const late = addDays(clock.dueDate, 1);
  app.advanceCoreClock(Date.parse(late) - Date.parse(today));
  await serve(await app.as('王芳', DEMO_PASSWORD), f, toEmployer, EMPLOYER, Date.now() + Date.parse(late) - Date.parse(today) - 1000);

  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
  const flag = page.getByTestId('case-hearings').getByTestId('notice-short');
  await expect(flag).toContainText(`通知送达不足5日：${EMPLOYER}于 ${late} 才收到（最迟应于 ${clock.dueDate} 送达）`);
  await expect(page.getByText('开庭通知送达（开庭前）（扎西）').first()).toBeVisible();
  await snap(page, 'hearing-notice-late-case');
  await flag.getByRole('button', { name: '延期开庭' }).click();
  await expect(page.getByRole('dialog', { name: '延期开庭' })).toBeVisible();
  await snap(page, 'hearing-notice-late-postpone', { fullPage: false });
  await page.getByRole('dialog', { name: '延期开庭' }).getByRole('button', { name: '取消' }).click();

  await page.getByRole('link', { name: '开庭排期' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '开庭排期' })).toBeVisible();
  await weekOf(page, day);
  await expect(page.getByTestId(`cell-第二仲裁庭-${day}`).getByTestId('notice-short')).toHaveText('通知送达不足5日，可延期开庭');
  await snap(page, 'hearing-notice-late-calendar');
  expect(consoleErrors).toEqual([]);
});
