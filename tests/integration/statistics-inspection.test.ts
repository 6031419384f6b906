// 劳动保障监察案件办理情况 counted on a read-only connection from files built through the core's own channels, each
// figure hand-counted: 扎西's file received in November, accepted and filed on 11-25; in December its 处理决定 with
// 赔偿金 and a fine, listed, referred to the police, paid by the 总包, the employer and the 应急周转金 (recovered later
// from the employer) and closed; a second file against the same employer sent back by the inspection department and
// routed again, accepted in December; a third not accepted. The drill-down lists equal the figures; another county's
// scope sees none of it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { inspectionCounter } from '../../electron/core/statistics/inspection';
import type { StatScope } from '../../electron/core/statistics/table';
import { CLOSURE_BASIS_PARAMETER, REPEAT_EMPLOYER_PARAMETER, TIMELY_EXTENDED_PARAMETER } from '../../shared/domain/statistics/inspection';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { DB_FILE_NAME } from '../helpers/data-dir';
import { signInAs, testCore, type TestCore } from '../helpers/core';
import { approve, listedEmployer, step, type ListedFile } from '../helpers/listing';
import { takeIn } from '../helpers/routing';
import { expectDrillDownEqualsFigures } from '../helpers/statistics-world-inspection';

const UNIT = 'unit-540200';
const NOV: StatScope = { from: '2026-11-01', to: '2026-11-30', unitIds: [UNIT] };
const DEC: StatScope = { from: '2026-12-01', to: '2026-12-31', unitIds: [UNIT] };

async function must(r: Promise<{ ok: boolean; error?: unknown }>, what: string) {
  const out = await r;
  if (!out.ok) throw new Error(`${what}: ${JSON.stringify(out.error)}`);
}

/** The story above; returns the three files' ids. */
async function arrange(t: TestCore, f: ListedFile) {
  const { caseFileId } = f;
  let { suolang, leader } = f;
  // 调查终结 and a 处理决定 on 12-03: wages ¥8,000.01 with 50% 赔偿金 — ¥4,000.005, half up to ¥4,000.01 (监察条例 Art. 26).
  const flags = { reviewCase: 'none', serious: 'no' };
  await must(step(suolang, caseFileId, 'inspection', 'closeInvestigation', { date: '2026-12-03', facts: '逾期未支付扎西工资', opinion: '拟作出行政处理决定和行政处罚决定' }), 'closeInvestigation');
  await must(step(suolang, caseFileId, 'inspection', 'priorNotice', { date: '2026-12-03', intended: 'both', content: '拟责令支付工资、加付赔偿金并处罚款', fineFen: 200_000 }), 'priorNotice');
  await must(step(suolang, caseFileId, 'inspection', 'recordStatement', { date: '2026-12-03', statement: '工程款尚未结算', review: '不影响支付工资的义务' }), 'recordStatement');
  await must(step(suolang, caseFileId, 'inspection', 'decideHandling', { date: '2026-12-03', wagesFen: 800_001, compensationPercent: 50, ...flags }), 'decideHandling');
  await approve(leader, caseFileId, 'inspection', '2026-12-03');

  // 移送公安 on 12-03, and 公安 files it the same day.
  await suolang.call('referrals.recordGround', { caseFileId, kind: 'abilityToPay', fact: '项目款已足额拨付至该公司' });
  await suolang.call('referrals.propose', { caseFileId, kind: 'policeReferral' });
  await must(step(suolang, caseFileId, 'policeReferral', 'refer', { date: '2026-12-03', police: '桑珠孜区公安分局' }), 'refer');
  await approve(leader, caseFileId, 'policeReferral', '2026-12-03');
  await must(step(suolang, caseFileId, 'policeReferral', 'transfer', { date: '2026-12-03', police: '桑珠孜区公安分局', procuratorateCopyDate: '2026-12-03', procuratorate: '桑珠孜区人民检察院' }), 'transfer');
  await must(step(suolang, caseFileId, 'policeReferral', 'recordFiled', { date: '2026-12-03' }), 'recordFiled');

  // ¥8,000 paid: ¥4,000 by the 总包, ¥2,000 by the employer, ¥2,000 advanced by the fund — which then recovers its ¥2,000.
  const pay = (payerKind: string, payerName: string, amountFen: number, more: Record<string, unknown>) =>
    suolang.call('payments.record', { caseFileId, kind: 'worker', personId: f.zhaxi, payerKind, payerName, paidOn: '2026-12-03', amountFen, ...more } as never);
  await pay('generalContractor', '中建某局西藏分公司', 400_000, { method: 'cash', receiptMark: 'signed', receiptSigner: '扎西' });
  await pay('employer', '日喀则市华建建筑工程有限公司', 200_000, { method: 'transfer', bankReference: 'ZX20261203001' });
  await pay('emergencyFund', '日喀则市应急周转金', 200_000, { method: 'transfer', bankReference: 'YJ20261203001', approvedBy: t.staff['李强']!, approvedOn: '2026-12-03' });
  await suolang.call('payments.recover', { caseFileId, amountFen: 200_000, recoveredOn: '2026-12-03', fromName: '日喀则市华建建筑工程有限公司', note: null });
  // The fine waits out the five working days to ask for a hearing (行政处罚法 Art. 64): decided 12-11, ¥2,000 (Art. 30).
  t.clock.advance(8 * 86_400_000);
  suolang = await signInAs(t.core, '索朗');
  leader = await signInAs(t.core, '李强');
  await must(step(suolang, caseFileId, 'inspection', 'decidePenalty', { date: '2026-12-11', fineFen: 200_000, basis: '《劳动保障监察条例》第三十条', announced: 'present', ...flags }), 'decidePenalty');
  await approve(leader, caseFileId, 'inspection', '2026-12-11');
  await must(step(suolang, caseFileId, 'inspection', 'close', { date: '2026-12-11', method: 'paidInFull', recoveredFen: 800_000, workersPaid: 1, summary: '工资已全部支付' }), 'close');
  await approve(leader, caseFileId, 'inspection', '2026-12-11');

  // A second complaint against the same employer: sent back by the inspection department, routed there again, accepted.
  const desk = await signInAs(t.core, '次仁卓玛');
  const onTeam = (id: string) => leader.call('team.add', { caseFileId: id, role: 'handler', staffId: t.staff['索朗']!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
  const now = t.clock.now();
  const second = await desk.call(
    'intakes.create',
    zhaxiComplaint(f.employerId, { receivedAt: now, workersCount: 3, complainants: [{ name: '次仁', idType: 'residentId', idNumber: '540202199001010017' }] }),
  );
  const secondFile = (await desk.call('intakes.get', { id: second.id })).caseFileId!;
  const zhangwei = await signInAs(t.core, '张伟');
  const item = (await zhangwei.call('routing.inbox', { departmentId: null })).items.find((i) => i.caseFileId === secondFile)!;
  await zhangwei.call('routing.return', { routingId: item.id, rowVersion: item.rowVersion, reason: '请补充工程项目名称后再转监察办理' });
  const returned = await desk.call('intakes.get', { id: second.id });
  await desk.call('routing.reroute', { intakeId: second.id, rowVersion: returned.rowVersion, route: 'inspection', departmentId: null, transferUnitId: null, otherBody: null, answer: null, note: null });
  const secondFileNow = (await desk.call('intakes.get', { id: second.id })).caseFileId!;
  await takeIn(t.core, secondFileNow);
  await onTeam(secondFileNow);
  await must(step(suolang, secondFileNow, 'inspection', 'accept', { date: '2026-12-11' }), 'accept');

  // A third, against another employer, not accepted.
  const other = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市某商贸有限公司' });
  const third = await desk.call('intakes.create', zhaxiComplaint(other.id, { receivedAt: instantOf('2026-12-11', '09:00'), complainants: [{ name: '卓嘎', idType: 'residentId', idNumber: '540202199203150026' }] }));
  const thirdFile = (await desk.call('intakes.get', { id: third.id })).caseFileId!;
  await takeIn(t.core, thirdFile);
  await onTeam(thirdFile);
  await must(step(suolang, thirdFile, 'inspection', 'reject', { date: '2026-12-11', reason: '违法行为发生已超过两年，依法不再查处' }), 'reject');
  return { first: caseFileId, second: secondFileNow, third: thirdFile, secondFileBefore: secondFile };
}

describe('劳动保障监察案件办理情况', () => {
  it('counts each figure from the files, by the date of its own event, each payment once by its payer, a re-routed file once', async () => {
    const t = await testCore();
    // 条例 Art. 63: the fund's cap per person, set while the administrator is still signed in.
    await t.admin.call('parameters.set', { key: 'payment.emergencyAdvanceCapPerPerson', region: '*', value: 20_000, effectiveFrom: '2026-01-01', source: '本市应急周转金管理办法', confidence: 'local', note: null });
    const f = await listedEmployer(t);
    const ids = await arrange(t, f);
    const db = openDatabase(join(t.dataDir, DB_FILE_NAME), { readonly: true });
    try {
      const dec = inspectionCounter.count(db, DEC, {});
      const v = (key: string) => dec[key]!.value;
      // Received in December: the second (returned and routed again: one file) and the third; 扎西's came in November.
      expect(ids.secondFileBefore).toBe(ids.second);
      expect([v('inspection.received'), v('inspection.accepted'), v('inspection.notAccepted'), v('inspection.filed'), v('inspection.workers')]).toEqual([2, 1, 1, 0, 3]);
      // Accepted in November, closed in December: counted in each month for its own event.
      expect([v('inspection.closed'), v('inspection.closed.paidInFull'), v('inspection.closed.decided'), v('inspection.closed.transferred'), v('inspection.closed.revoked')]).toEqual([1, 1, 0, 0, 0]);
      // ¥8,000 to 扎西, by payer; the fund's ¥2,000 recovered from the employer is not counted a second time.
      expect(v('inspection.recovered')).toBe(800_000);
      expect(v('inspection.recoveredWorkers')).toBe(1);
      expect(['employer', 'generalContractor', 'projectOwner', 'wageDeposit', 'emergencyFund'].map((k) => v(`inspection.recovered.${k}`))).toEqual([200_000, 400_000, 0, 0, 200_000]);
      expect([v('inspection.compensation'), v('inspection.fines')]).toEqual([400_001, 200_000]);
      expect([v('inspection.referred'), v('inspection.referredFiled'), v('inspection.referredDeclined'), v('inspection.listed'), v('inspection.delisted')]).toEqual([1, 1, 0, 1, 0]);
      // Two files of one employer, but only one accepted in December: not a repeat on the default basis.
      expect(v('inspection.repeatEmployers')).toBe(0);
      // 办结率 (default): closed 1 ÷ (carried over 1 + accepted 1); 时限办结率: closed within the 60 working days.
      expect(dec['inspection.closureRate']).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
      expect(dec['inspection.onTimeRate']).toEqual({ value: 1, numerator: 1, denominator: 1 });

      const nov = inspectionCounter.count(db, NOV, {});
      expect(['inspection.received', 'inspection.accepted', 'inspection.filed', 'inspection.workers', 'inspection.closed', 'inspection.recovered', 'inspection.listed', 'inspection.referred'].map((k) => nov[k]!.value)).toEqual([
        1, 1, 1, 1, 0, 0, 0, 0,
      ]);
      expect(nov['inspection.closureRate']).toEqual({ value: 0, numerator: 0, denominator: 1 });
      expect(nov['inspection.onTimeRate']).toEqual({ value: null, numerator: 0, denominator: 0 });

      // The bureau's basis, as the administrator sets it.
      const other = { [CLOSURE_BASIS_PARAMETER]: 'ofReceived', [REPEAT_EMPLOYER_PARAMETER]: 'priorFile', [TIMELY_EXTENDED_PARAMETER]: false };
      const decOther = inspectionCounter.count(db, DEC, other);
      // Of December's one acceptance, none closed in December; 扎西's was accepted in November.
      expect(decOther['inspection.closureRate']).toEqual({ value: 0, numerator: 0, denominator: 1 });
      expect(decOther['inspection.onTimeRate']).toEqual({ value: 1, numerator: 1, denominator: 1 });
      expect(decOther['inspection.repeatEmployers']!.value).toBe(1);
      expect(inspectionCounter.definitions(other).find((d) => d.key === 'inspection.closureRate')).toMatchObject({ formula: '本期受理的案件中本期结案的件数 ÷ 本期受理件数', bureauBasis: true, source: '本局口径' });
      const both: StatScope = { from: '2026-11-01', to: '2026-12-31', unitIds: [UNIT] };
      expect(inspectionCounter.count(db, both, {})['inspection.repeatEmployers']!.value).toBe(1);
      expect(inspectionCounter.files(db, both, 'inspection.repeatEmployers', {})).toEqual([
        expect.objectContaining({ kind: 'caseFile', id: ids.second, title: '日喀则市华建建筑工程有限公司（本期受理2件）', date: '2026-12-11', amount: null }),
      ]);

      // The files behind the figures.
      expect(inspectionCounter.files(db, DEC, 'inspection.closed.paidInFull', {})).toEqual([
        expect.objectContaining({ kind: 'caseFile', id: ids.first, number: expect.stringMatching(/人社监立字〔2026〕第1号$/), date: '2026-12-11', amount: null }),
      ]);
      expect(inspectionCounter.files(db, DEC, 'inspection.recovered.generalContractor', {})).toEqual([expect.objectContaining({ id: ids.first, amount: 400_000 })]);
      expect(inspectionCounter.files(db, DEC, 'inspection.compensation', {})).toEqual([expect.objectContaining({ id: ids.first, date: '2026-12-03', amount: 400_001 })]);
      expect(inspectionCounter.files(db, DEC, 'inspection.fines', {})).toEqual([expect.objectContaining({ id: ids.first, date: '2026-12-11', amount: 200_000 })]);
      expect(inspectionCounter.files(db, DEC, 'inspection.received', {}).map((x) => x.id)).toEqual([ids.second, ids.third]);
      expect(inspectionCounter.files(db, DEC, 'inspection.notAccepted', {})).toEqual([expect.objectContaining({ id: ids.third, number: expect.stringMatching(/^登记号 2026-\d{4}$/) })]);
      expect(inspectionCounter.files(db, DEC, 'inspection.closureRate', {}).map((x) => x.id)).toEqual([ids.first, ids.second]);
      expect(inspectionCounter.files(db, NOV, 'inspection.workers', {})).toEqual([expect.objectContaining({ id: ids.first, date: '2026-11-25', amount: 1 })]);
      for (const scope of [DEC, NOV, both]) expectDrillDownEqualsFigures(db, scope);
      expectDrillDownEqualsFigures(db, DEC, other);

      // Another county's scope: none of this unit's files.
      const county: StatScope = { ...DEC, unitIds: ['unit-540202'] };
      const countyValues = inspectionCounter.count(db, county, {});
      for (const d of inspectionCounter.definitions({})) {
        expect(countyValues[d.key]!.value, d.key).toBe(d.valueKind === 'rate' ? null : 0);
        expect(inspectionCounter.files(db, county, d.key, {}), d.key).toEqual([]);
      }
      expect(() => inspectionCounter.files(db, DEC, 'inspection.noSuchFigure', {})).toThrow('劳动保障监察统计表没有指标“inspection.noSuchFigure”');
    } finally {
      db.close();
    }
  });

  it('defines each indicator: what it counts, the date that puts a file in the period, its source or 本局口径', () => {
    const defs = inspectionCounter.definitions({});
    expect(new Set(defs.map((d) => d.key)).size).toBe(defs.length);
    for (const d of defs) {
      expect(d.table).toBe('inspection');
      expect(d.counts.length, d.key).toBeGreaterThan(5);
      expect(d.periodBy.length, d.key).toBeGreaterThan(3);
      expect(d.source.length, d.key).toBeGreaterThan(3);
      expect(d.formula !== null, d.key).toBe(d.valueKind === 'rate');
      expect(d.bureauBasis, d.key).toBe(d.source.startsWith('本局口径'));
      expect(d.files, d.key).toBe('caseFile');
    }
    expect(defs.filter((d) => d.bureauBasis).map((d) => d.key)).toEqual(['inspection.repeatEmployers', 'inspection.closureRate', 'inspection.onTimeRate']);
  });
});
