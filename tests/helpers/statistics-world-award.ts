// The arbitration statistics' edges after the award, built through the core's own channels on the test clock (today
// 2026-11-25 at the start): every case below is accepted on 11-25 and has no claims entered (cause 其他), one worker
// each, so every expected figure in tests/integration/statistics-arbitration-award.test.ts can be counted by hand.
// Each award is of wages above 12 months' minimum wage, so non-final (调解仲裁法 Art. 47, 50): either side may sue.
//   F  拉巴: award 12-01 (30 000 元), served on both sides 12-01; their 15 days to sue end 12-16 unused; closed 12-17
//      by award, 劳动者胜诉, claimed 35 000 元, awarded 30 000 元 (22 days; the 45-day award clock met).
//   H  普布: award 12-01 (40 000 元), served 12-01; the employer sues 12-10; the court upholds it 2027-01-20; closed
//      2027-01-22 by award, 双方部分胜诉, 60 000 / 40 000 元 (58 days; clock met).
//   I  旺堆: award 12-01 (30 000 元), served 12-01; the worker sues 12-05; the court amends it 2027-01-25 (5 000 元);
//      closed 2027-01-26 by award all the same, 劳动者胜诉, 30 000 / 5 000 元 as the court decided (62 days; clock met).
//   G  多吉: the award made late, 2027-01-15 (the 45 days from 11-25 ended 2027-01-09), 32 000 元, served 01-15; the
//      15 days end unused; closed 2027-02-03 by award, 双方部分胜诉, 50 000 / 32 000 元 (70 days; clock met late).
//   E1 达娃: the 45 days extended on the chair's (a leader's) approval 12-20 (调解仲裁法 Art. 43: by 15 days at most);
//      award 2027-01-15 — after the 45 days, within the extension — served 01-15; closed 2027-02-03 by award, 劳动者胜诉,
//      40 000 / 32 000 元 (70 days).
//   E2 央宗: extended 12-20 as well, but the award made 12-28, within the 45 days; served 12-28; closed 2027-02-03 by
//      award, 劳动者胜诉, 40 000 / 30 000 元 (70 days).
//   W1 边巴: hearing 12-15, his notice served 12-01, absent without cause: 视为撤回 12-15 (调解仲裁法 Art. 36), and the
//      closing recorded 12-16 (视为撤回, 8 000 元 claimed; 21 days; the withdrawal met the clock).
//   W2 次仁: the same on 12-15 in the afternoon, but its closing never recorded (no 结案审批表).
import { expect } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import type { TestCore } from './core';
import { arbitrationFile, arbitrators, compose, DAY, rooms, serveApplication, slot } from './hearings';
import { approveClose, stepper, type Acting } from './statistics-world';

type File = Awaited<ReturnType<typeof arbitrationFile>>;

const NONE = { wagesFen: 0, injuryMedicalFen: 0, compensationFen: 0, damagesFen: 0, otherFen: 0, standards: 'no', note: null };
const RECEIPT = [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }];

/** A paper served on one party through the real service record: the worker signs himself, the employer's mailroom for it. */
async function serveOn(t: TestCore, f: File, documentId: string, who: string, on: string, more: Record<string, unknown> = {}) {
  const listed = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
  const recipient = listed.recipients.find((r) => r.name === who)!;
  const own = who !== f.employer.name;
  await f.arbitrator.call('services.record', {
    documentId,
    proceedingId: f.proceedingId,
    recipientId: recipient.recipientId,
    method: 'direct',
    servedAt: instantOf(on, '10:00'),
    receivedBy: own ? who : '达瓦',
    relation: own ? 'self' : 'mailroom',
    servedBy: t.staff['王芳']!,
    witnesses: [],
    proofs: RECEIPT,
    ...more,
  } as never);
}

/** The award made and served on the worker and the employer the same day (non-final: each side may sue, Art. 50). */
async function award(t: TestCore, f: File, worker: string, on: string, wagesFen: number) {
  await stepper(f)('award', { date: on, claimant: worker, ...NONE, wagesFen });
  const [doc] = await f.arbitrator.call('documents.generate', { request: { kind: 'award', case: arbitrationCase }, caseFileId: f.caseFileId });
  for (const who of [worker, f.employer.name]) await serveOn(t, f, doc!.id, who, on, { awardFinality: 'nonFinal' });
}

/** The leader (the chair's delegate) approves the step waiting on the case. */
async function approveStep(f: Acting, date: string, opinion: string) {
  const p = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.proceedingId === f.proceedingId)!;
  await f.leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion, date, expectedRowVersion: p.pendingApproval!.rowVersion });
}

async function close(f: Acting, date: string, method: string, result: string, claimedFen: number, resolvedFen: number) {
  await stepper(f)('close', { date, method, result, cause: 'other', claimedFen, resolvedFen, note: null });
  await approveClose(f, date);
}

/** A case with its hearing booked for 12-15 and the applicant's 开庭通知书 made (served later, on the day given). */
async function heard(t: TestCore, worker: string, employer: string, roomId: string, start: string, end: string) {
  const f = await arbitrationFile(t, worker, employer);
  expect(await compose(f, t)).toMatchObject({ ok: true });
  await serveApplication(t, f, '2026-11-25');
  const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, roomId, { start, end }));
  const c = { ...arbitrationCase, applicationServedOn: '2026-11-25', hearing: { ...arbitrationCase.hearing!, date: '2026-12-15' } };
  const [notice] = await f.arbitrator.call('documents.generate', { request: { kind: 'hearingNotice', case: c, recipient: { role: 'applicant', index: 0 } }, caseFileId: f.caseFileId });
  return { f, hearingId: h.id, notice: notice!.id };
}

/** The applicant stayed away without cause (the respondent came): 视为撤回 on the hearing's day. */
async function deemWithdrawn(f: File, hearingId: string) {
  const now = (await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId })).hearings.find((x) => x.id === hearingId)!;
  await f.arbitrator.call('hearings.recordHeld', { hearingId, expectedRowVersion: now.rowVersion, applicantAppeared: false, respondentAppeared: true, absentWithoutCause: true, note: null });
  await stepper(f)('deemWithdrawn', { date: '2026-12-15', note: '申请人经书面通知无正当理由拒不到庭' });
}

export async function awardWorld(t: TestCore) {
  await arbitrators(t);
  const { one, two } = await rooms(t);
  const single = async (worker: string, employer: string) => {
    const f = await arbitrationFile(t, worker, employer);
    expect(await compose(f, t)).toMatchObject({ ok: true });
    return f;
  };
  const f = await single('拉巴', '日喀则市丁建筑工程有限公司');
  const h = await single('普布', '日喀则市戊建筑工程有限公司');
  const i = await single('旺堆', '日喀则市己建筑工程有限公司');
  const g = await single('多吉', '日喀则市庚建筑工程有限公司');
  const e1 = await single('达娃', '日喀则市癸建筑工程有限公司');
  const e2 = await single('央宗', '日喀则市寅建筑工程有限公司');
  const w1 = await heard(t, '边巴', '日喀则市辛建筑工程有限公司', one.id, '09:30', '11:00');
  const w2 = await heard(t, '次仁', '日喀则市壬建筑工程有限公司', two.id, '15:00', '17:00');

  t.clock.advance(6 * DAY); // 2026-12-01
  await award(t, f, '拉巴', '2026-12-01', 3_000_000);
  await award(t, h, '普布', '2026-12-01', 4_000_000);
  await award(t, i, '旺堆', '2026-12-01', 3_000_000);
  await serveOn(t, w1.f, w1.notice, '边巴', '2026-12-01');
  await serveOn(t, w2.f, w2.notice, '次仁', '2026-12-01');

  t.clock.advance(4 * DAY); // 2026-12-05
  await stepper(i)('recordSuit', { date: '2026-12-05', party: '旺堆', side: 'worker', court: '桑珠孜区人民法院', courtCaseNumber: '（2026）藏0202民初101号' });
  t.clock.advance(5 * DAY); // 2026-12-10
  await stepper(h)('recordSuit', { date: '2026-12-10', party: h.employer.name, side: 'employer', court: '桑珠孜区人民法院', courtCaseNumber: '（2026）藏0202民初102号' });

  t.clock.advance(5 * DAY); // 2026-12-15
  await deemWithdrawn(w1.f, w1.hearingId);
  await deemWithdrawn(w2.f, w2.hearingId);
  t.clock.advance(DAY); // 2026-12-16
  await close(w1.f, '2026-12-16', 'deemedWithdrawal', 'none', 800_000, 0);
  t.clock.advance(DAY); // 2026-12-17: F's 15 days to sue ended 12-16
  await close(f, '2026-12-17', 'award', 'workerWon', 3_500_000, 3_000_000);

  t.clock.advance(3 * DAY); // 2026-12-20
  for (const e of [e1, e2]) {
    await stepper(e)('extendAward', { date: '2026-12-20', reason: '案情复杂，需调取工程项目全部考勤和工资表' });
    await approveStep(e, '2026-12-20', '同意延长审理期限');
  }
  // Art. 43: once, by 15 days at most — a second extension is not offered as open.
  expect((await e1.proceeding()).actions.find((x) => x.action === 'extendAward')!.blockedBy).toBe(
    '审理期限已经延长过一次，不能再次延长（《劳动争议调解仲裁法》第四十三条第一款：延长期限不得超过十五日）',
  );
  t.clock.advance(8 * DAY); // 2026-12-28
  await award(t, e2, '央宗', '2026-12-28', 3_000_000);

  t.clock.advance(18 * DAY); // 2027-01-15
  await award(t, g, '多吉', '2027-01-15', 3_200_000);
  await award(t, e1, '达娃', '2027-01-15', 3_200_000);
  t.clock.advance(5 * DAY); // 2027-01-20
  await stepper(h)('recordCourtResult', { date: '2027-01-20', route: 'suit', courtCaseNumber: '（2026）藏0202民初102号', result: 'upheld', note: null });
  t.clock.advance(2 * DAY); // 2027-01-22
  await close(h, '2027-01-22', 'award', 'partlyEach', 6_000_000, 4_000_000);
  t.clock.advance(3 * DAY); // 2027-01-25
  await stepper(i)('recordCourtResult', { date: '2027-01-25', route: 'suit', courtCaseNumber: '（2026）藏0202民初101号', result: 'amended', note: '改判支付工资5 000元' });
  t.clock.advance(DAY); // 2027-01-26
  await close(i, '2027-01-26', 'award', 'workerWon', 3_000_000, 500_000);

  t.clock.advance(8 * DAY); // 2027-02-03: G's 15 days from 01-15 have ended
  await close(g, '2027-02-03', 'award', 'partlyEach', 5_000_000, 3_200_000);
  await close(e1, '2027-02-03', 'award', 'workerWon', 4_000_000, 3_200_000);
  await close(e2, '2027-02-03', 'award', 'workerWon', 4_000_000, 3_000_000);

  const unitId = (t.core.services!.db.prepare('SELECT unit_id AS u FROM installation').get() as { u: string }).u;
  return { unitId, f, h, i, g, e1, e2, w1: w1.f, w2: w2.f, leader: f.leader };
}
