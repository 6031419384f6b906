// The leader's charts (issue #14 §4) on fixed data built through the core's channels, TEST_NOW 2026-11-25: complaints
// and wages recovered by month (the window 2025-12 … 2026-11), the city's own row, the employers still owing most (open
// files by stage and overdue duties by department are the desk's 全单位统计, checked here against their lists) — hand-counted, and the files behind every bar as many as it counts
// (or summing to it). Edges: a complaint the day before the window, one on its first day, a consultation, a worker's
// amount not known, a batch handed to a 班组长 (pending: not recovered), a voided payment, a third party's payment.
import { describe, expect, it } from 'vitest';
import type { ChartFilesInput } from '../../shared/contract/statistics-charts';
import { instantOf } from '../../shared/domain/time';
import { signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const A = '日喀则市华建建筑工程有限公司';
const B = '日喀则市高原红建筑劳务有限公司';
const GC = '中建三局西藏分公司';
const SUB = '日喀则市宏远劳务分包有限公司';
const INSPECTION = 'dept-540200-inspection';
const ARBITRATION = 'dept-540200-arbitration';

async function fixture(t: TestCore) {
  const desk = await signInAs(t.core, '次仁卓玛');
  const a = await desk.call('parties.create', { kind: 'organisation', name: A });
  const b = await desk.call('parties.create', { kind: 'organisation', name: B });
  const complaint = async (day: string, partyId: string | { partyId: string; role: 'generalContractor' | 'subcontractor' }[], workers: { name: string; fen: number | null }[], route: 'inspection' | 'arbitration' = 'inspection') => {
    const c = await desk.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf(day, '09:30'),
      summary: '拖欠工资',
      workersCount: workers.length,
      parties: typeof partyId === 'string' ? [{ partyId, role: 'employer' as const }] : partyId,
      complainants: workers.map((w, i) => ({ name: w.name, idType: 'none' as const, idMissingReason: '未带证件', isRepresentative: i === 0, amountClaimedFen: w.fen })),
      route,
      leaderStaffId: t.staff['李强']!,
    });
    return { intakeId: c.id, fileId: (await desk.call('intakes.get', { id: c.id })).caseFileId!, people: c.complainants.map((p) => p.personId) };
  };
  const f3 = await complaint('2025-11-30', a.id, [{ name: '多吉', fen: 250_000 }]); // the day before the window
  const f4 = await complaint('2025-12-01', a.id, [{ name: '旺堆', fen: null }]); // its first day; amount unknown
  const f1 = await complaint('2026-10-15', a.id, [{ name: '扎西', fen: 1_000_000 }, { name: '次仁', fen: 500_000 }]);
  const f2 = await complaint('2026-11-20', b.id, [{ name: '尼玛', fen: 400_000 }], 'arbitration');
  // A construction site: the 分包单位 that hired the worker owes (条例 Art. 30); the 总包 is not counted as owing.
  const gc = await desk.call('parties.create', { kind: 'organisation', name: GC });
  const sub = await desk.call('parties.create', { kind: 'organisation', name: SUB });
  const f5 = await complaint('2026-11-24', [{ partyId: gc.id, role: 'generalContractor' }, { partyId: sub.id, role: 'subcontractor' }], [{ name: '普布', fen: 300_000 }]);
  // A consultation is not a complaint.
  await desk.call('intakes.create', { kind: 'consultation', channel: 'phone', receivedAt: instantOf('2026-11-24', '10:00'), summary: '咨询工资支付', workersCount: 1, parties: [], complainants: [], route: 'answered', answer: '已当场解答' });

  const leader = await signInAs(t.core, '李强');
  for (const fileId of [f1.fileId, f3.fileId]) {
    await leader.call('team.add', { caseFileId: fileId, role: 'participant', staffId: t.staff['张伟']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '承办工资支付核查' });
  }
  const inspector = await takeIn(t.core, f1.fileId);
  await takeIn(t.core, f3.fileId);
  const pay = (fileId: string, personId: string, amountFen: number, paidOn: string, over: object = {}) =>
    inspector.call('payments.record', { caseFileId: fileId, kind: 'worker', personId, payerKind: 'employer', payerName: A, method: 'transfer', bankReference: '6228480012344821', paidOn, amountFen, ...over });
  await pay(f1.fileId, f1.people[0]!, 300_000, '2026-10-20');
  await pay(f1.fileId, f1.people[1]!, 200_000, '2026-11-03', { method: 'cash', bankReference: undefined, receiptMark: 'thumbprint', receiptSigner: '次仁' });
  // Handed to the 班组长, never receipted by 扎西: pending, not recovered.
  await inspector.call('payments.record', { caseFileId: f1.fileId, kind: 'batch', payerKind: 'employer', payerName: A, method: 'cash', intermediaryName: '王德发', intermediaryRole: 'teamLeader', paidOn: '2026-11-04', amountFen: 100_000, allocations: [{ personId: f1.people[0]!, amountFen: 100_000 }] });
  // Recorded, then voided: not recovered.
  const wrong = await pay(f1.fileId, f1.people[0]!, 50_000, '2026-11-05');
  await inspector.call('payments.void', { what: 'payment', id: wrong.payments.find((p) => p.amountFen === 50_000 && p.status === 'valid')!.id, reason: '重复登记需要作废' });
  // A third party (the wage deposit, 条例 Art. 32) pays 多吉 on the window's first day.
  await pay(f3.fileId, f3.people[0]!, 50_000, '2025-12-01', { payerKind: 'wageDeposit', payerName: '工资保证金专户' });
  return { a: a.id, b: b.id, sub: sub.id, f1, f2, f3, f4, f5 };
}

describe('the leader’s charts', () => {
  it('counts complaints and wages recovered by month, the employers still owing and the city’s own row, by hand', async () => {
    const t = await testCore();
    const f = await fixture(t);
    const leader = await signInAs(t.core, '李强');
    const c = await leader.call('statistics.charts', {});
    expect(c.today).toBe('2026-11-25');
    expect(c.months.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(c.months.at(-1)).toMatchObject({ from: '2026-11-01', to: '2026-11-25' });
    expect(c.months.map((m) => m.complaints)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(c.months.map((m) => m.recoveredFen)).toEqual([50_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 300_000, 200_000]);
    // A: 扎西 700,000 + 次仁 300,000 (F1) and 多吉 200,000 (F3); 旺堆's amount is not known (F4, left out). B: 尼玛 400,000.
    // The 分包单位: 普布 300,000 (F5); its 总包 not listed.
    expect(c.employers).toEqual([
      { partyId: f.a, name: A, outstandingFen: 1_200_000, files: 2 },
      { partyId: f.b, name: B, outstandingFen: 400_000, files: 1 },
      { partyId: f.sub, name: SUB, outstandingFen: 300_000, files: 1 },
    ]);
    // The city has 18 counties, none with files here: no county rows drawn as zeros.
    expect(c.countyUnits).toBe(18);
    expect(c.counties).toEqual([]);
    // Open files by stage and overdue duties by department are the desk's (全单位统计, desk.charts), drawn once, each bar
    // opening the full filtered list: here the overview carries neither.
    expect(Object.keys(c).sort()).toEqual(['counties', 'countyUnits', 'employers', 'months', 'today', 'unitName']);
    // Three inspection complaints never accepted (a fourth, of 11-24, is due 12-01), each past its 受理 duty (5 working days, 《关于实施〈劳动保障监察条例〉若干规定》第十八条 as the rule
    // table counts it): 2025-12-05, 2025-12-08, 2026-10-22; the arbitration application of 11-20 is due today, not overdue.
    const desk = await leader.call('desk.charts', {});
    expect(desk.stages.map((s) => [s.kind, s.status, s.files])).toEqual([['inspection', 'received', 4], ['arbitration', 'received', 1]]);
    expect(desk.departments.map((d) => [d.id, d.overdue])).toEqual([[INSPECTION, 3], [ARBITRATION, 0]]);
    // Each bar is the length of the list it opens.
    const overdue = await leader.call('deadlines.list', { dueState: 'overdue', scope: 'unit', departmentId: INSPECTION, cursor: null, limit: 50 });
    expect(overdue.items.map((d) => [d.caseFileId, d.dueDate])).toEqual([[f.f3.fileId, '2025-12-05'], [f.f4.fileId, '2025-12-08'], [f.f1.fileId, '2026-10-22']]);
    for (const s of desk.stages) {
      const list = await leader.call('cases.list', { search: '', filter: { status: 'open', proceedingKind: s.kind, proceedingStatus: s.status } as never, limit: 50 });
      expect(list.items, s.label).toHaveLength(s.files);
    }
    // The city's own row of the by-county chart counts the same open files as the desk's stages (one file a stage here).
    expect(desk.stages.reduce((n, s) => n + s.files, 0)).toBe((await leader.call('statistics.chartFiles', { chart: 'countyOpenFiles', unitId: 'unit-540200' })).total);
  });

  it('the files behind every bar are as many as it counts, or sum to it', async () => {
    const t = await testCore();
    const f = await fixture(t);
    const leader = await signInAs(t.core, '李强');
    const c = await leader.call('statistics.charts', {});
    const files = (input: ChartFilesInput) => leader.call('statistics.chartFiles', input);

    for (const m of c.months) {
      const complaints = await files({ chart: 'complaints', month: m.month });
      expect(complaints.total, m.month).toBe(m.complaints);
      expect(complaints.items).toHaveLength(m.complaints);
      expect(complaints.items.every((i) => i.kind === 'intake' && i.date >= m.from && i.date <= m.to)).toBe(true);
      const recovered = await files({ chart: 'recovered', month: m.month });
      expect(recovered.sum, m.month).toBe(m.recoveredFen);
    }
    expect((await files({ chart: 'complaints', month: '2026-10' })).items.map((i) => i.id)).toEqual([f.f1.intakeId]);
    expect((await files({ chart: 'recovered', month: '2026-11' })).items).toMatchObject([{ kind: 'caseFile', id: f.f1.fileId, amount: 200_000 }]);
    expect((await files({ chart: 'recovered', month: '2025-12' })).items).toMatchObject([{ id: f.f3.fileId, amount: 50_000 }]);

    const a = await files({ chart: 'employer', partyId: f.a });
    expect(a.items.map((i) => [i.id, i.amount])).toEqual([[f.f1.fileId, 1_000_000], [f.f3.fileId, 200_000]]);
    expect(a.sum).toBe(c.employers[0]!.outstandingFen);
    // Each file's share is what the case page says its workers are still owed.
    for (const item of [...a.items, ...(await files({ chart: 'employer', partyId: f.b })).items, ...(await files({ chart: 'employer', partyId: f.sub })).items]) {
      expect((await leader.call('caseWorkers.get', { caseFileId: item.id })).totals.outstandingFen).toBe(item.amount);
    }
    expect(a.total).toBe(c.employers[0]!.files);
    // The city's own row and a county without data.
    expect((await files({ chart: 'countyComplaints', unitId: 'unit-540200' })).total).toBe(4);
    expect((await files({ chart: 'countyOpenFiles', unitId: 'unit-540200' })).total).toBe(5);
    expect(await files({ chart: 'countyOpenFiles', unitId: 'unit-540202' })).toEqual({ total: 0, sum: null, items: [] });
  });

  it('a bad request gets a Chinese message and changes nothing', async () => {
    const t = await testCore();
    const leader = await signInAs(t.core, '李强');
    expect(await leader.invoke('statistics.chartFiles', { chart: 'complaints', month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { month: '月份格式应为“年-月”，例如 2026-11' } } });
    // The desk's bars are not the overview's: no files are asked of it for them.
    expect(await leader.invoke('statistics.chartFiles', { chart: 'stage', kind: 'inspection', status: 'received' } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await leader.invoke('statistics.chartFiles', { chart: 'overdue', departmentId: INSPECTION } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await leader.invoke('statistics.chartFiles', { chart: 'countyComplaints', unitId: 'unit-999999' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '没有这个县（区）单位，请刷新后重新选择' } });
    expect(await leader.invoke('statistics.chartFiles', { chart: 'pie' } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
