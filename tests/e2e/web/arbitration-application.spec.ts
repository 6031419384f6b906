// The arbitration application (issue #13) on the demo data: two workers apply against one employer; on the case page
// the clerk enters the application — both workers' addresses and two claims each — and sees what is still missing
// (the respondent's 通讯地址 and phone) listed for the one-time 补正; then, after 补正 and 受理, she completes it no more
// (it is closed to edits) and makes the 受理通知书 from the stored case, one per worker, with the 举证期限, and prints it.
// Each test arranges what came before it through the core and does its own part on screen.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { residentIdCheckChar } from '../../../shared/domain/identity';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';
import { fillDate } from '../pages/date-field';
import { chooseOption } from '../pages/select';

const EMPLOYER = '日喀则市华建建筑工程有限公司';
const id18 = (first17: string) => first17 + residentIdCheckChar(first17);

/** Two workers' application received today, taken in by 王芳's institute, 王芳 on its team. */
async function received(app: AppFixture): Promise<{ caseFileId: string; proceedingId: string; title: string; acting: Client }> {
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER, legalRepName: '王建国', legalRepTitle: '总经理', address: '日喀则市桑珠孜区山东大道88号' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:00'), Date.now() - 60_000),
    summary: '申请仲裁：拖欠工资、加班费',
    workersCount: 2,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [
      { name: '扎西', idType: 'residentId', idNumber: id18('54020219900501001'), phones: ['13908921200'] },
      { name: '次仁', idType: 'residentId', idNumber: id18('54020219881112002'), phones: ['13908921201'] },
    ],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '王芳', DEMO_PASSWORD);
  const leader = await app.as('李强', DEMO_PASSWORD);
  const wang = (await leader.call('staff.list', {})).find((s) => s.name === '王芳')!.id;
  await leader.call('team.add', { caseFileId, role: 'handler', staffId: wang, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件承办人' });
  const acting = await app.as('王芳', DEMO_PASSWORD);
  const proceedingId = (await acting.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!.proceedingId;
  return { caseFileId, proceedingId, title: (await acting.call('cases.get', { id: caseFileId })).title, acting };
}

async function openCase(page: Page, app: AppFixture, f: { caseFileId: string; title: string }) {
  await app.signIn(page, '王芳', DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
}

const ZHAXI_CLAIMS = [
  ['扎西', '工资', '支付2026年7月至10月工资', '24000'],
  ['扎西', '加班费', '支付延时加班费', '3800'],
] as const;
const CIREN_CLAIMS = [
  ['次仁', '工资', '支付2026年8月至10月工资', '16500'],
  ['次仁', '社会保险', '为申请人补缴社会保险费', ''],
] as const;

/** Adds claim rows from row `from` on, as the clerk types them. */
async function addClaims(page: Page, dialog: ReturnType<Page['getByRole']>, from: number, claims: readonly (readonly [string, string, string, string])[]) {
  for (const [k, [who, category, request, amount]] of claims.entries()) {
    const i = from + k;
    await dialog.getByRole('button', { name: '添加一项请求' }).click();
    const row = dialog.getByTestId(`claim-${i}`);
    if (who !== '扎西') {
      await chooseOption(page, row.getByRole('combobox').nth(0), who);
    }
    if (category !== '工资') {
      await chooseOption(page, row.getByRole('combobox').nth(1), category);
    }
    await row.getByLabel(`第${i + 1}项请求事项`).fill(request);
    if (amount) await row.getByLabel(`第${i + 1}项请求金额`).fill(amount);
  }
}

test('entering the application: both workers’ particulars and the first worker’s two claims; the second’s claims still missing', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const f = await received(app);
  await openCase(page, app, f);
  const section = page.getByTestId('arbitration-application');
  await expect(section).toContainText('申请人：扎西，男，1990年5月1日出生');
  await page.getByRole('button', { name: '登记仲裁申请' }).click();
  const dialog = page.getByRole('dialog', { name: '登记仲裁申请' });
  for (const [who, address] of [['扎西', '日喀则市桑珠孜区德勒路5号'], ['次仁', '日喀则市江孜县江孜镇']] as const) {
    await dialog.getByLabel(`申请人 ${who}住所`).fill(address);
    await dialog.getByLabel(`申请人 ${who}通讯地址`).fill(address);
  }
  await addClaims(page, dialog, 0, ZHAXI_CLAIMS);
  await dialog.getByLabel('事实和理由').fill('申请人于2025年3月入职被申请人处从事钢筋工，被申请人拖欠工资及加班费。');
  await dialog.getByLabel('证据和证据来源').fill('考勤表（申请人提供）；工资欠条（被申请人项目部出具）');
  await snap(page, 'arbitration-application-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('table', { name: '仲裁请求' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('application-missing')).toContainText('申请人次仁的仲裁请求');
  expect(consoleErrors).toEqual([]);
});

test('the second worker’s two claims added: 2 × 2 claims, the respondent’s 通讯地址 and phone listed for the one-time 补正', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const f = await received(app);
  const a = await f.acting.call('arbitration.application', { proceedingId: f.proceedingId });
  const [one, two] = a.applicants;
  await f.acting.call('arbitration.saveApplication', {
    proceedingId: f.proceedingId,
    expectedRowVersion: null,
    form: 'written',
    factsAndReasons: '被申请人拖欠工资及加班费。',
    evidence: '考勤表（申请人提供）',
    witnesses: null,
    knownOn: null,
    employmentEndedOn: null,
    parties: [
      { id: one!.id, address: '日喀则市桑珠孜区德勒路5号', mailingAddress: '日喀则市桑珠孜区德勒路5号', phone: null },
      { id: two!.id, address: '日喀则市江孜县江孜镇', mailingAddress: '日喀则市江孜县江孜镇', phone: null },
    ],
    claims: [
      { applicantId: one!.id, category: 'wages', request: '支付2026年7月至10月工资', amountFen: 2_400_000, basis: null },
      { applicantId: one!.id, category: 'overtime', request: '支付延时加班费', amountFen: 380_000, basis: null },
    ],
  });
  await openCase(page, app, f);
  const section = page.getByTestId('arbitration-application');
  await page.getByRole('button', { name: '修改仲裁申请' }).click();
  const dialog = page.getByRole('dialog', { name: '修改仲裁申请' });
  await addClaims(page, dialog, 2, CIREN_CLAIMS);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('table', { name: '仲裁请求' }).getByRole('row')).toHaveCount(5);
  await expect(section).toContainText('24,000.00');
  await expect(section).toContainText('非金钱请求');
  await expect(page.getByTestId('application-missing')).toContainText(`被申请人${EMPLOYER}的通讯地址、联系电话`);
  await expect(page.getByTestId('application-missing')).not.toContainText('仲裁请求');
  await expect(page.getByTestId('limitation-advice')).toContainText('劳动关系存续期间不受一年仲裁时效限制');
  await snap(page, 'arbitration-application-entered');
  expect(consoleErrors).toEqual([]);
});

test('after 补正 and 受理 the application is closed to edits, and the 受理通知书 is made from it and printed', async ({ page, app, consoleErrors }) => {
  await app.initializeWithDemo();
  const f = await received(app);
  const today = dateKeyOf(Date.now());
  const a = await f.acting.call('arbitration.application', { proceedingId: f.proceedingId });
  const [one, two] = a.applicants;
  const input = {
    proceedingId: f.proceedingId,
    expectedRowVersion: null,
    form: 'written' as const,
    factsAndReasons: '被申请人拖欠工资。',
    evidence: '考勤表（申请人提供）',
    witnesses: null,
    knownOn: null,
    employmentEndedOn: null,
    parties: [
      { id: one!.id, address: '日喀则市桑珠孜区德勒路5号', mailingAddress: '日喀则市桑珠孜区德勒路5号', phone: null },
      { id: two!.id, address: '日喀则市江孜县江孜镇', mailingAddress: '日喀则市江孜县江孜镇', phone: null },
    ],
    claims: [
      { applicantId: one!.id, category: 'wages' as const, request: '支付工资', amountFen: 2_400_000, basis: null },
      { applicantId: one!.id, category: 'overtime' as const, request: '支付加班费', amountFen: 380_000, basis: null },
      { applicantId: two!.id, category: 'wages' as const, request: '支付工资', amountFen: 1_650_000, basis: null },
      { applicantId: two!.id, category: 'socialInsurance' as const, request: '补缴社会保险费', amountFen: null, basis: null },
    ],
  };
  const saved = await f.acting.call('arbitration.saveApplication', input);
  const act = async (action: string, i: Record<string, unknown>) => {
    const p = (await f.acting.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!;
    await f.acting.call('proceedings.act', { proceedingId: f.proceedingId, action, input: i, expectedRowVersion: p.rowVersion });
  };
  await act('requestSupplement', { date: today, items: saved.missing });
  const employer = saved.respondents[0]!;
  await f.acting.call('arbitration.saveApplication', { ...input, expectedRowVersion: saved.rowVersion, parties: [...input.parties, { id: employer.id, address: employer.address, mailingAddress: employer.address, phone: '0892-8826000' }] });
  await act('supplement', { date: today, note: '补充了被申请人的通讯地址和电话' });
  await act('accept', { date: today });

  await openCase(page, app, f);
  const section = page.getByTestId('arbitration-application');
  await expect(page.getByTestId('application-missing')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '修改仲裁申请' })).toBeDisabled();
  await expect(section).toContainText('仲裁申请只能在受理或者不予受理之前登记和修改');
  await page.getByRole('button', { name: '制作受理通知书' }).click();
  const dialog = page.getByRole('dialog', { name: '制作受理通知书' });
  await dialog.getByRole('button', { name: '确认制作' }).click();
  await expect(dialog).toContainText('请填写本案的举证期限');
  await fillDate(page, '举证期限（至）', addDays(today, 15), dialog);
  await dialog.getByRole('button', { name: '确认制作' }).click();
  await expect(dialog).toBeHidden();
  await expect(section).toContainText('已制作受理通知书2份');
  const docs = await f.acting.call('documents.list', { caseFileId: f.caseFileId });
  const notices = docs.filter((d) => d.kind === 'acceptanceNotice');
  expect(notices).toHaveLength(2);
  const printed = await f.acting.call('documents.file', { versionId: notices[0]!.versions[0]!.id, format: 'pdf', purpose: 'print' });
  expect(printed.contentBase64.length).toBeGreaterThan(1000);
  await snap(page, 'arbitration-application-accepted');
  expect(consoleErrors).toEqual([]);
});
