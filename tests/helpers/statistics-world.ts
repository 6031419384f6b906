// A bureau's arbitration cases for the statistics tests, built through the core's own channels on the test clock
// (today 2026-11-25 at the start): each case's story and its dates are listed here so every expected figure in
// tests/integration/statistics-*.test.ts can be counted by hand.
//   A  扎西、次仁 (2 workers; claims 工资, 加班费 → 劳动报酬; 社会保险): accepted 11-25, withdrawn and closed 11-27.
//   B  达瓦 (no claims → 其他): accepted 11-25; received on transfer of jurisdiction 12-02 (办案规则 Art. 9: its clock
//      restarts, it is not accepted again); split award 12-15 (wages 20 000 元 final, compensation 30 000 元 not).
//   C  尼玛 (no claims): accepted 11-25; 调解书 effective 12-04; closed 12-05 by 仲裁调解, 双方部分胜诉.
//   D  格桑 (no claims): accepted 11-25; final award 12-01; the employer applies to set it aside 12-10; revoked 12-20.
//   S  a 系列案 of 3 workers (wage claims): 3 cases accepted 11-25, one worker each — not collective.
//   E  a collective case of 10 workers (wage claims): 1 case accepted 11-25.
import { expect } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import { applicationFile, fullApplication, residentId } from './arbitration-application';
import { groupApplication, groupWorkers } from './arbitration-groups';
import type { TestCore } from './core';
import { arbitrationFile, arbitrators, compose, DAY } from './hearings';

const NONE = { wagesFen: 0, injuryMedicalFen: 0, compensationFen: 0, damagesFen: 0, otherFen: 0, standards: 'no', note: null };
const COLLECTIVE_NAMES = ['罗布', '白玛', '索朗', '曲珍', '德央', '桑珠', '强巴', '次珍', '平措', '益西'];

export type Step = (action: string, input: Record<string, unknown>) => Promise<unknown>;

export interface Acting {
  caseFileId: string;
  proceedingId: string;
  arbitrator: Awaited<ReturnType<typeof arbitrationFile>>['arbitrator'];
  leader: Awaited<ReturnType<typeof arbitrationFile>>['leader'];
  proceeding: () => Promise<{ proceedingId: string; rowVersion: number }>;
}

export function stepper(f: Acting): Step {
  return async (action, input) => {
    const p = await f.proceeding();
    const r = await f.arbitrator.invoke('proceedings.act', { proceedingId: p.proceedingId, action, input, expectedRowVersion: p.rowVersion });
    expect(r, `${action} ${JSON.stringify(input)}: ${JSON.stringify(r)}`).toMatchObject({ ok: true });
    return r;
  };
}

export async function approveClose(f: Acting, date: string) {
  const p = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.proceedingId === f.proceedingId)!;
  await f.leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意结案', date, expectedRowVersion: p.pendingApproval!.rowVersion });
}

async function serveAward(t: TestCore, f: Acting, who: string, on: string, awardFinality: 'final' | 'nonFinal') {
  const [doc] = await f.arbitrator.call('documents.generate', { request: { kind: 'award', case: arbitrationCase }, caseFileId: f.caseFileId });
  const listed = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
  const recipient = listed.recipients.find((r) => r.name === who)!;
  await f.arbitrator.call('services.record', {
    documentId: doc!.id,
    proceedingId: f.proceedingId,
    recipientId: recipient.recipientId,
    method: 'direct',
    servedAt: instantOf(on, '10:00'),
    receivedBy: '达瓦',
    relation: 'mailroom',
    servedBy: t.staff['王芳']!,
    witnesses: [],
    awardFinality,
    proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
  });
}

export async function statisticsWorld(t: TestCore) {
  await arbitrators(t);
  // A: two workers, the full application (工资 + 加班费 → 劳动报酬; 社会保险).
  const a = await applicationFile(t);
  await a.arbitrator.call('arbitration.saveApplication', fullApplication(await a.application()));
  await stepper(a)('accept', { date: '2026-11-25' });
  const single = async (worker: string, employer: string) => {
    const f = await arbitrationFile(t, worker, employer);
    expect(await compose(f, t)).toMatchObject({ ok: true });
    return f;
  };
  const b = await single('达瓦', '日喀则市甲建筑工程有限公司');
  const c = await single('尼玛', '日喀则市乙建筑工程有限公司');
  const d = await single('格桑', '日喀则市丙建筑工程有限公司');
  // S: a 系列案 of three, one case per worker.
  const s = await applicationFile(t, { workers: groupWorkers(3), employerId: a.employerId });
  await s.arbitrator.call('arbitration.saveApplication', groupApplication(await s.application()));
  const g = await s.arbitrator.call('arbitration.group', { proceedingId: s.proceedingId });
  const series = await s.arbitrator.call('arbitration.acceptSeries', { proceedingId: s.proceedingId, expectedRowVersion: g.rowVersion, date: '2026-11-25' });
  // E: one collective case of ten workers.
  const e = await applicationFile(t, { workers: COLLECTIVE_NAMES.map((name, i) => ({ name, idNumber: residentId(`54020219910601${String(201 + i)}`) })), employerId: a.employerId, leader: '李强' });
  await e.arbitrator.call('arbitration.saveApplication', groupApplication(await e.application()));
  await stepper(e)('accept', { date: '2026-11-25' });

  t.clock.advance(2 * DAY); // 2026-11-27
  await stepper(a)('withdraw', { date: '2026-11-27', reason: '庭外和解，用人单位已付清工资' });
  await stepper(a)('close', { date: '2026-11-27', method: 'withdrawal', result: 'none', cause: 'wages', claimedFen: 4_430_000, resolvedFen: 0, note: null });
  await approveClose(a, '2026-11-27');

  t.clock.advance(4 * DAY); // 2026-12-01
  await stepper(d)('award', { date: '2026-12-01', claimant: '格桑', ...NONE, wagesFen: 1_000_000 });
  await serveAward(t, d, '日喀则市丙建筑工程有限公司', '2026-12-01', 'final');

  t.clock.advance(1 * DAY); // 2026-12-02
  await stepper(b)('receiveTransfer', { date: '2026-12-02', content: '江孜县劳动人事争议仲裁委员会移送' });

  t.clock.advance(3 * DAY); // 2026-12-05
  await stepper(c)('settle', { date: '2026-12-03', effectiveOn: '2026-12-04', amountFen: 1_500_000, note: null });
  await stepper(c)('close', { date: '2026-12-05', method: 'mediation', result: 'partlyEach', cause: 'wages', claimedFen: 2_000_000, resolvedFen: 1_500_000, note: null });
  await approveClose(c, '2026-12-05');

  t.clock.advance(5 * DAY); // 2026-12-10
  await stepper(d)('applySetAside', { date: '2026-12-10', party: '日喀则市丙建筑工程有限公司', court: '日喀则市中级人民法院', courtCaseNumber: '（2026）藏02民特1号' });

  t.clock.advance(5 * DAY); // 2026-12-15
  await stepper(b)('award', { date: '2026-12-15', claimant: '达瓦', ...NONE, wagesFen: 2_000_000, compensationFen: 3_000_000 });

  t.clock.advance(5 * DAY); // 2026-12-20
  await stepper(d)('recordCourtResult', { date: '2026-12-20', route: 'setAside', courtCaseNumber: '（2026）藏02民特1号', result: 'revoked', note: null });

  const unitId = (t.core.services!.db.prepare('SELECT unit_id AS u FROM installation').get() as { u: string }).u;
  return { unitId, a, b, c, d, e, series: series.series!, leader: a.leader };
}
