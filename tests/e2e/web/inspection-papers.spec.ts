// The inspection's decision papers on the case page (issue #12): a file arranged through the core up to an approved
// 行政处理决定, and the inspector makes its papers from the proceeding card — the preview built from the stored steps
// (the amounts in figures and capitals, the remedies), 确认制作 with its own number, then 打印 in place of 制作 —
// the 立案审批表 among them, with the handler's opinion and the leader who signed.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../../db/seed/demo-data';
import { addDays } from '../../../shared/domain/calendar';
import { computeDeadline } from '../../../shared/domain/deadlines';
import { dateKeyOf, formatDateZh, instantOf } from '../../../shared/domain/time';
import type { Client } from '../../helpers/client';
import { takeIn } from '../../helpers/routing';
import { expect, snap, test, type AppFixture } from '../fixtures';

const LEADER = '李强';
const INSPECTORS = ['张伟', '达瓦次仁'] as const;
const EMPLOYER = '日喀则市雪域建筑劳务有限公司';

/** Received and filed two weeks ago, ordered to pay within a week, unpaid; noticed, heard and decided today (on 李强's approval). */
async function decided(app: AppFixture, upTo: 'filed' | 'decided' = 'decided') {
  await app.initializeWithDemo();
  const leader = await app.as(LEADER, DEMO_PASSWORD);
  const desk = await app.as('次仁卓玛', DEMO_PASSWORD);
  const staff = await leader.call('staff.list', {});
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER, address: '日喀则市桑珠孜区上海中路8号' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint', channel: 'walkIn', receivedAt: instantOf(addDays(dateKeyOf(Date.now()), -14), '09:30'),
    summary: '十五名工人反映雪域劳务公司拖欠三个月工资', workersCount: 15, parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '顿珠', idType: 'none', idMissingReason: '未带证件' }], route: 'inspection', leaderStaffId: staff.find((s) => s.name === LEADER)!.id,
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  const inspector = await takeIn(app.core, caseFileId, INSPECTORS[0], DEMO_PASSWORD);
  for (const name of INSPECTORS) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: staff.find((s) => s.name === name)!.id, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定承办人开展调查' });
  }
  const file = await leader.call('cases.get', { id: caseFileId });
  const today = dateKeyOf(Date.now());
  const began = addDays(today, -14);
  const proceedingId = file.proceedings.find((p) => p.kind === 'inspection')!.id;
  const step = async (c: Client, action: string, input: Record<string, unknown>, approve = false) => {
    const p = (await c.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!;
    await c.call('proceedings.act', { proceedingId, action, input, expectedRowVersion: p.rowVersion });
    if (!approve) return;
    const pending = (await leader.call('casework.get', { caseFileId })).proceedings.find((x) => x.proceedingId === proceedingId)!.pendingApproval!;
    await leader.call('approvals.decide', { approvalId: pending.id, decision: 'approve', opinion: '同意', date: String(input.date), expectedRowVersion: pending.rowVersion });
  };
  await step(inspector, 'file', { date: began, opinion: '群体性欠薪，建议立案' }, true);
  if (upTo === 'filed') return { caseFileId, title: file.title, today };
  await step(inspector, 'issueOrder', { date: began, deadline: addDays(began, 7), amountFen: 12_800_050, workers: 15, facts: '拖欠十五名工人三个月工资' });
  await step(inspector, 'closeInvestigation', { date: today, facts: '你单位拖欠顿珠等十五名工人三个月工资128,000.50元', opinion: '拟作出行政处理决定' });
  await step(inspector, 'priorNotice', { date: today, intended: 'handling', content: '拟责令你单位支付拖欠的工资128,000.50元，并按50%加付赔偿金' });
  await step(inspector, 'recordStatement', { date: today, statement: '工程款尚未结算', review: '不影响支付工资的义务' });
  await step(inspector, 'decideHandling', { date: today, wagesFen: 12_800_050, compensationPercent: 50, reviewCase: 'none', serious: 'no' }, true);
  return { caseFileId, title: file.title, today };
}

const card = (page: Page) => page.getByTestId('proceeding-card').filter({ hasText: '劳动保障监察案件' });

test('the papers of the steps taken are made from the card after a preview, then printed', async ({ page, app, consoleErrors }) => {
  const a = await decided(app);
  await app.signIn(page, INSPECTORS[0], DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: a.title })).toBeVisible();
  const papers = card(page).getByTestId('proceeding-papers');
  // 立案 straight from receipt offers its approval form and the complainant's 受理通知书 too (inspection-approvals).
  await expect(papers.getByRole('button')).toHaveText(['制作立案审批表', '制作投诉受理通知书', '制作事先告知书', '制作行政处理决定书']);

  await papers.getByRole('button', { name: '制作事先告知书' }).click();
  const notice = page.getByRole('dialog', { name: '制作事先告知书：预览' });
  // The statement period's last day is the engine's, counted from the day of service the step recorded.
  await expect(notice).toContainText(`（${formatDateZh(computeDeadline({ rule: 'penalty.statement', start: a.today }).due)}前）`);
  await expect(notice).not.toContainText('听证');
  await notice.getByRole('button', { name: '确认制作' }).click();
  // Issued, the dialog is retitled with the paper's number and offers its files.
  const issued = page.getByRole('dialog', { name: /^已制作：/ });
  await expect(issued.getByTestId('issued-notice')).toContainText(`人社监告字〔${a.today.slice(0, 4)}〕第1号`);
  await issued.getByRole('button', { name: '完成' }).click();

  await papers.getByRole('button', { name: '制作行政处理决定书' }).click();
  const decision = page.getByRole('dialog', { name: '制作行政处理决定书：预览' });
  await expect(decision).toContainText('壹拾贰万捌仟元伍角整');
  await expect(decision).toContainText('陆万肆仟元贰角伍分');
  await expect(decision).toContainText('六十日内向日喀则市人民政府申请行政复议');
  await snap(page, 'inspection-handling-decision-preview', { fullPage: false });
  await decision.getByRole('button', { name: '确认制作' }).click();
  await expect(issued.getByTestId('issued-notice')).toContainText(`人社监理字〔${a.today.slice(0, 4)}〕第1号`);
  await issued.getByRole('button', { name: '完成' }).click();
  await expect(papers.getByRole('button')).toHaveText(['制作立案审批表', '制作投诉受理通知书', '打印事先告知书', '打印行政处理决定书']);
  await snap(page, 'inspection-papers-made');
  expect(consoleErrors).toEqual([]);
});

test('the 立案审批表 is made from the card once the leader approved 立案: the handler’s opinion and the leader who signed', async ({ page, app, consoleErrors }) => {
  const a = await decided(app, 'filed');
  await app.signIn(page, INSPECTORS[0], DEMO_PASSWORD);
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), a.caseFileId);
  const papers = card(page).getByTestId('proceeding-papers');
  await expect(papers.getByRole('button')).toHaveText(['制作立案审批表', '制作投诉受理通知书']);
  await papers.getByRole('button', { name: '制作立案审批表' }).click();
  const filing = page.getByRole('dialog', { name: '制作立案审批表：预览' });
  await expect(filing).toContainText('群体性欠薪，建议立案');
  await expect(filing).toContainText(`负责人：${LEADER}`);
  await snap(page, 'inspection-filing-approval-preview', { fullPage: false });
  await filing.getByRole('button', { name: '确认制作' }).click();
  const issued = page.getByRole('dialog', { name: /^已制作：/ });
  // The form carries the file's own 立案 number (the demo's files hold the earlier ones).
  await expect(issued.getByTestId('issued-notice')).toContainText(/劳动保障监察立案审批表（日喀则市人社监立字〔\d{4}〕第\d+号）/);
  await issued.getByRole('button', { name: '完成' }).click();
  await expect(papers.getByRole('button')).toHaveText(['打印立案审批表', '制作投诉受理通知书']);
  expect(consoleErrors).toEqual([]);
});
