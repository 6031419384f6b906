// The inspection statistics' time-limit and payer edges, built through the core's own channels on the test clock
// (today 2026-11-25 at the start), so every figure in tests/integration/statistics-inspection-edges.test.ts can be
// counted by hand. Three complaints received 11-24, each filed (立案) on 11-25 on the leader's approval, one worker each
// owed 8 000 元; 监察条例 Art. 17: the investigation ends within 60 working days of 立案 (to 2027-02-22, as the deadline
// engine counts the holiday calendar), extendable once on approval by 30 more (to 2027-04-06: 清明 04-05 not counted).
//   X  拉巴: the investigation extended on approval 2027-01-20; paid 2027-03-15 by the 建设单位 (5 000 元, transfer)
//      and from the 工资保证金 (3 000 元, his signed receipt), nothing by the employer; closed 2027-03-15, 全额支付 —
//      after the 60 working days, within the extension.
//   L  普布: no extension; paid by the employer 2027-03-15 (8 000 元, transfer); closed 2027-03-15, 全额支付 — late.
//   Y  旺姆: extended on approval 2027-01-20 as well, but paid by the employer and closed 2027-02-10, within the 60.
import { expect } from 'vitest';
import type { Db } from '../../db/open';
import { inspectionCounter } from '../../electron/core/statistics/inspection';
import type { StatScope } from '../../electron/core/statistics/table';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { residentId } from './arbitration-application';
import { establishStaff, signInAs, type TestCore } from './core';
import { DAY } from './hearings';
import { approve, step } from './listing';
import { takeIn } from './routing';

async function must(r: Promise<{ ok: boolean; error?: unknown }>, what: string) {
  const out = await r;
  if (!out.ok) throw new Error(`${what}: ${JSON.stringify(out.error)}`);
}

export async function inspectionEdgesWorld(t: TestCore) {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, no] of [['索朗', '0232'], ['格桑', '0233']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: `藏人社监字${no}`, enforcementCertExpiry: '2030-06-30' });
  }
  const leader = await signInAs(t.core, '李强');
  const suolang = await signInAs(t.core, '索朗');
  const open = async (worker: string, idNumber: string, employerName: string) => {
    const employer = await t.client.call('parties.create', { kind: 'organisation', name: employerName });
    const created = await t.client.call(
      'intakes.create',
      zhaxiComplaint(employer.id, { receivedAt: instantOf('2026-11-24', '09:30'), complainants: [{ name: worker, idType: 'residentId', idNumber, amountClaimedFen: 800_000 }] }),
    );
    const caseFileId = (await t.client.call('intakes.get', { id: created.id })).caseFileId!;
    await takeIn(t.core, caseFileId);
    for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
      await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '监察案件办案组' });
    }
    await must(step(suolang, caseFileId, 'inspection', 'file', { date: '2026-11-25', opinion: '拖欠工资，建议立案' }), 'file');
    await approve(leader, caseFileId, 'inspection', '2026-11-25');
    return { caseFileId, personId: created.complainants[0]!.personId, employerName };
  };
  const x = await open('拉巴', residentId('54020219900301031'), '日喀则市子建筑工程有限公司');
  const l = await open('普布', residentId('54020219900301032'), '日喀则市丑建筑工程有限公司');
  const y = await open('旺姆', residentId('54020219900301044'), '日喀则市卯建筑工程有限公司');

  t.clock.advance(56 * DAY); // 2027-01-20, within the 60 working days
  for (const f of [x, y]) {
    await must(step(suolang, f.caseFileId, 'inspection', 'extendInvestigation', { date: '2027-01-20', reason: '涉及建设单位、总包和多个分包单位，需调取银行流水' }), 'extendInvestigation');
    await approve(leader, f.caseFileId, 'inspection', '2027-01-20');
  }
  const closeFile = async (f: { caseFileId: string }, date: string) => {
    await must(step(suolang, f.caseFileId, 'inspection', 'close', { date, method: 'paidInFull', recoveredFen: 800_000, workersPaid: 1, summary: '工资已全部支付' }), 'close');
    await approve(leader, f.caseFileId, 'inspection', date);
  };

  t.clock.advance(21 * DAY); // 2027-02-10
  await suolang.call('payments.record', { caseFileId: y.caseFileId, kind: 'worker', personId: y.personId, payerKind: 'employer', payerName: y.employerName, paidOn: '2027-02-10', amountFen: 800_000, method: 'transfer', bankReference: 'YG20270210001' } as never);
  await closeFile(y, '2027-02-10');

  t.clock.advance(33 * DAY); // 2027-03-15
  const pay = (f: { caseFileId: string; personId: string }, payerKind: string, payerName: string, amountFen: number, more: Record<string, unknown>) =>
    suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.personId, payerKind, payerName, paidOn: '2027-03-15', amountFen, ...more } as never);
  await pay(x, 'projectOwner', '日喀则市某置业有限公司', 500_000, { method: 'transfer', bankReference: 'JS20270315001' });
  await pay(x, 'wageDeposit', '日喀则市子建筑工程有限公司工资保证金专户', 300_000, { method: 'cash', receiptMark: 'signed', receiptSigner: '拉巴' });
  await pay(l, 'employer', l.employerName, 800_000, { method: 'transfer', bankReference: 'YG20270315001' });
  for (const f of [x, l]) await closeFile(f, '2027-03-15');
  const due = async (caseFileId: string) =>
    Object.fromEntries(
      (await leader.call('casework.get', { caseFileId })).proceedings
        .find((p) => p.kind === 'inspection')!
        .deadlines.filter((d) => d.ruleId.startsWith('inspection.investigate'))
        .map((d) => [d.ruleId, [d.dueDate, d.dueState]]),
    );
  return { x: x.caseFileId, l: l.caseFileId, y: y.caseFileId, due };
}

/** Every figure of the inspection table equals its drill-down: as many files as a count, amounts summing to money or workers. */
export function expectDrillDownEqualsFigures(db: Db, scope: StatScope, basis: Record<string, string | boolean> = {}) {
  const values = inspectionCounter.count(db, scope, basis);
  for (const d of inspectionCounter.definitions(basis)) {
    const files = inspectionCounter.files(db, scope, d.key, basis);
    const v = values[d.key]!;
    if (d.valueKind === 'rate') expect(files.length, d.key).toBe(v.denominator);
    else if (d.valueKind === 'moneyFen' || d.unitLabel === '人') expect(files.reduce((s, f) => s + (f.amount ?? 0), 0), d.key).toBe(v.value);
    else expect(files.length, d.key).toBe(v.value);
    expect(new Set(files.map((f) => f.kind)), d.key).toEqual(new Set(files.length ? ['caseFile'] : []));
  }
}
