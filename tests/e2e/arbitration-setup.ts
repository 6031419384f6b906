// The set-up an arbitration story repeats, through the core, on a fresh unit (no demo data: pages load faster on a busy
// machine) with 王芳, a certified arbitrator of the institute: the desk registers a group
// application of some workers against one employer routed to arbitration; 王芳's institute takes it in (签收); 李强
// puts 王芳 on its team; 王芳 enters the application — each worker's particulars and one wage claim — so it is
// ready to be accepted; and a person opens the file on screen. What a story does on screen stays in its spec.
import type { Page } from '@playwright/test';
import { establishStaff, STAFF_PASSWORD } from '../helpers/accounts';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import type { Client } from '../helpers/client';
import { takeIn } from '../helpers/routing';
import { expect, type AppFixture } from './fixtures';

export const EMPLOYER = '日喀则市华建建筑工程有限公司';
export const WORKERS = ['扎西', '次仁', '达瓦', '尼玛', '格桑', '旺堆', '普琼', '拉巴', '边巴', '多吉', '卓嘎', '央宗'];

const id18 = (first17: string) => first17 + residentIdCheckChar(first17);

export interface ArbitrationFile {
  caseFileId: string;
  proceedingId: string;
  title: string;
  acting: Client;
}

/** `count` workers' application received this morning, taken in, 王芳 on the team, the application entered. */
export async function groupApplicationEntered(app: AppFixture, count: number, o: { leader?: boolean } = {}): Promise<ArbitrationFile> {
  await app.initialize();
  await establishStaff(app.core, app.client, { name: '王芳', departmentId: 'dept-540200-arbitration', roles: ['arbitrator'], arbitratorCertNo: '藏劳仲证2028', arbitratorCertExpiry: '2030-06-30' });
  const desk = await app.as('次仁卓玛');
  const employer = await desk.call('parties.create', { kind: 'organisation', name: EMPLOYER, legalRepName: '王建国', legalRepTitle: '总经理', address: '日喀则市桑珠孜区山东大道88号' });
  const leader = await app.as('李强');
  const staff = await leader.call('staff.list', {});
  const idOf = (name: string) => staff.find((s) => s.name === name)!.id;
  const workers = WORKERS.slice(0, count);
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: Math.min(instantOf(dateKeyOf(Date.now()), '09:00'), Date.now() - 60_000),
    summary: '申请仲裁：拖欠工资',
    workersCount: count,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: workers.map((name, i) => ({ name, idType: 'residentId' as const, idNumber: id18(`54020219900501${String(101 + i).padStart(3, '0')}`), phones: [`139089212${String(i).padStart(2, '0')}`] })),
    route: 'arbitration',
    ...(o.leader ? { leaderStaffId: idOf('李强') } : {}),
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(app.core, caseFileId, '王芳', STAFF_PASSWORD);
  await leader.call('team.add', { caseFileId, role: 'handler', staffId: idOf('王芳'), name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件承办人' });
  const acting = await app.as('王芳');
  const proceedingId = (await acting.call('casework.get', { caseFileId })).proceedings.find((x) => x.kind === 'arbitration')!.proceedingId;
  const a = await acting.call('arbitration.application', { proceedingId });
  const respondent = a.respondents[0]!;
  await acting.call('arbitration.saveApplication', {
    proceedingId,
    expectedRowVersion: null,
    form: 'written',
    factsAndReasons: '申请人均于2025年3月入职被申请人处从事钢筋工，被申请人拖欠2026年8月至10月工资。',
    evidence: '考勤表；工资欠条（被申请人项目部出具）',
    witnesses: null,
    knownOn: null,
    employmentEndedOn: null,
    parties: [
      ...a.applicants.map((x) => ({ id: x.id, address: '日喀则市桑珠孜区德勒路5号', mailingAddress: '日喀则市桑珠孜区德勒路5号', phone: x.phone })),
      { id: respondent.id, address: respondent.address, mailingAddress: '日喀则市桑珠孜区山东大道88号', phone: '0892-8826000' },
    ],
    claims: a.applicants.map((x, k) => ({ applicantId: x.id, category: 'wages' as const, request: '支付2026年8月至10月工资', amountFen: (k + 1) * 100_000, basis: '工资欠条' })),
  });
  return { caseFileId, proceedingId, title: (await acting.call('cases.get', { id: caseFileId })).title, acting };
}

/** 王芳 signs in and opens the file. */
export async function openArbitrationCase(page: Page, app: AppFixture, f: Pick<ArbitrationFile, 'caseFileId' | 'title'>): Promise<void> {
  await app.signIn(page, '王芳');
  await page.evaluate((id) => (location.hash = `#/cases/${id}`), f.caseFileId);
  await expect(page.getByRole('heading', { level: 1, name: f.title })).toBeVisible();
}
