// 统一咨询接待情况 counted on a read-only connection from intakes registered through the core, each figure hand-counted:
// 扎西 came in October and again in November (a repeat), a consultation by phone answered on the spot, a 12345 work
// order whose caller was told which body to go to, a clue from the platform awaiting transfer to another county (counted once, here,
// never in that county's figures); a group incident on 扎西's file; the answers due in December, three given in time.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { deskCounter } from '../../electron/core/statistics/desk';
import type { StatScope } from '../../electron/core/statistics/table';
import { REPEAT_RECENT_PARAMETER } from '../../shared/domain/followup';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { DB_FILE_NAME } from '../helpers/data-dir';
import { signInAs, testCore } from '../helpers/core';

const UNIT = 'unit-540200';
const OCT: StatScope = { from: '2026-10-01', to: '2026-10-31', unitIds: [UNIT] };
const NOV: StatScope = { from: '2026-11-01', to: '2026-11-30', unitIds: [UNIT] };
const DEC: StatScope = { from: '2026-12-01', to: '2026-12-31', unitIds: [UNIT] };
const NOTICE = '已告知：转有关部门办理，5个工作日内电话告知办理情况';

function expectDrillDownEqualsFigures(db: Db, scope: StatScope, basis: Record<string, number> = {}) {
  const values = deskCounter.count(db, scope, basis);
  for (const d of deskCounter.definitions(basis)) {
    const files = deskCounter.files(db, scope, d.key, basis);
    const v = values[d.key]!;
    if (d.valueKind === 'rate') expect(files.length, d.key).toBe(v.denominator);
    else if (d.unitLabel === '人') expect(files.reduce((s, f) => s + (f.amount ?? 0), 0), d.key).toBe(v.value);
    else expect(files.length, d.key).toBe(v.value);
    for (const f of files) expect(f.kind, d.key).toBe(d.files);
  }
}

describe('统一咨询接待情况', () => {
  it('counts what arrived by channel and kind, where it went, answers in time, repeats and group incidents, each from its list', async () => {
    const t = await testCore();
    const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司' });
    const create = async (over: Parameters<typeof zhaxiComplaint>[1]) => {
      const c = await t.client.call('intakes.create', zhaxiComplaint(employer.id, over));
      return { id: c.id, caseFileId: (await t.client.call('intakes.get', { id: c.id })).caseFileId };
    };
    const a = await create({ receivedAt: instantOf('2026-10-20', '10:00') });
    const b = await create({ receivedAt: instantOf('2026-11-25', '09:30'), notice: NOTICE, leaderStaffId: t.staff['李强']! });
    const c = await create({
      kind: 'consultation',
      channel: 'phone',
      receivedAt: instantOf('2026-11-25', '08:00'),
      route: 'answered',
      answer: '告知可向劳动人事争议仲裁院申请仲裁',
      complainants: [{ name: '卓嘎', idType: 'residentId', idNumber: '540202199203150026' }],
    });
    const d = await create({
      channel: 'hotline12345',
      externalNo: 'GD20261125001',
      replyDue: '2026-12-05',
      receivedAt: instantOf('2026-11-25', '09:00'),
      workersCount: 4,
      route: 'referredElsewhere',
      answer: '告知向日喀则市住房和城乡建设局反映',
      notice: NOTICE,
      complainants: [{ name: '次仁', idType: 'residentId', idNumber: '540202199001010017' }],
    });
    const e = await create({
      kind: 'report',
      channel: 'cluePlatform',
      externalNo: 'XS2026112400001',
      receivedAt: instantOf('2026-11-24', '16:00'),
      workersCount: 5,
      route: 'transfer',
      transferUnitId: 'unit-540221',
      complainants: [{ name: '格桑', idType: 'residentId', idNumber: '540202198503150015' }],
    });
    // A group incident on 扎西's file: twelve workers at the bureau's gate.
    const leader = await signInAs(t.core, '李强');
    await leader.call('incidents.open', {
      caseFileId: b.caseFileId!,
      startedAt: instantOf('2026-11-25', '09:40'),
      learnedAt: instantOf('2026-11-25', '09:45'),
      placeKind: 'bureauGate',
      place: null,
      acts: ['crowd', 'blockedGate'],
      description: '十二名工人在局门口讨要工资',
      peopleCount: 12,
      leaders: null,
    });
    // 扎西 is called back and reached the next day; 次仁 is not called back by the day due.
    t.clock.advance(86_400_000);
    const desk = await signInAs(t.core, '次仁卓玛');
    await desk.call('followup.callback', { intakeId: b.id, personId: null, at: instantOf('2026-11-26', '09:40'), method: 'phone', reached: true, content: '告知已立案调查', satisfaction: 'satisfied' });

    const db = openDatabase(join(t.dataDir, DB_FILE_NAME), { readonly: true });
    try {
      const nov = deskCounter.count(db, NOV, {});
      const v = (key: string) => nov[key]!.value;
      expect(v('desk.total')).toBe(4);
      expect(['complaint', 'report', 'consultation'].map((k) => v(`desk.kind.${k}`))).toEqual([2, 1, 1]);
      expect(['walkIn', 'phone', 'letter', 'hotline12345', 'cluePlatform', 'petitionTransfer', 'assignedFromAbove'].map((k) => v(`desk.channel.${k}`))).toEqual([1, 1, 0, 1, 1, 0, 0]);
      // Workers of the complaints and reports: 扎西 1, the work order 4, the clue 5 (the consultation not counted).
      expect(v('desk.workers')).toBe(10);
      expect(['inspection', 'arbitration', 'mediation', 'answered', 'referredElsewhere', 'transfer', 'pending'].map((k) => v(`desk.route.${k}`))).toEqual([1, 0, 0, 1, 1, 1, 0]);
      expect(v('desk.repeat')).toBe(1);
      expect(deskCounter.files(db, NOV, 'desk.repeat', {}).map((f) => f.id)).toEqual([b.id]);
      // With a window of 30 days the October visit is too far back.
      expect(deskCounter.count(db, NOV, { [REPEAT_RECENT_PARAMETER]: 30 })['desk.repeat']!.value).toBe(0);
      expect([v('desk.incidents'), v('desk.incidentWorkers')]).toEqual([1, 12]);
      expect(deskCounter.files(db, NOV, 'desk.incidentWorkers', {})).toEqual([expect.objectContaining({ kind: 'caseFile', id: b.caseFileId, date: '2026-11-25', amount: 12 })]);
      expect(deskCounter.files(db, NOV, 'desk.channel.cluePlatform', {})).toEqual([
        expect.objectContaining({ kind: 'intake', id: e.id, number: expect.stringMatching(/^2026-\d{4}$/), date: '2026-11-24', amount: null }),
      ]);
      expect(deskCounter.files(db, NOV, 'desk.total', {}).map((f) => f.id)).toEqual([e.id, c.id, d.id, b.id]);

      // Answers due in December (five working days on): the clue's on 12-01, never given; 扎西's on 12-02, reached on
      // 11-26; the consultation's and the work order's on 12-02, answered on the spot when told where to go.
      const dec = deskCounter.count(db, DEC, {});
      expect([dec['desk.feedbackDue']!.value, dec['desk.feedbackInTime']!.value]).toEqual([4, 3]);
      expect(dec['desk.feedbackRate']).toEqual({ value: 0.75, numerator: 3, denominator: 4 });
      expect(deskCounter.files(db, DEC, 'desk.feedbackDue', {}).map((f) => [f.id, f.date])).toEqual([
        [e.id, '2026-12-01'],
        [b.id, '2026-12-02'],
        [c.id, '2026-12-02'],
        [d.id, '2026-12-02'],
      ]);
      expect(deskCounter.files(db, DEC, 'desk.feedbackInTime', {}).map((f) => f.id)).toEqual([b.id, c.id, d.id]);
      expect(dec['desk.total']!.value).toBe(0);
      expect(deskCounter.count(db, OCT, {})['desk.total']!.value).toBe(1);
      expect(deskCounter.files(db, OCT, 'desk.total', {}).map((f) => f.id)).toEqual([a.id]);

      for (const scope of [OCT, NOV, DEC]) expectDrillDownEqualsFigures(db, scope);
      // The county the clue awaits transfer to counts none of it; nor does any other.
      for (const unit of ['unit-540221', 'unit-540202']) {
        const scope = { ...NOV, unitIds: [unit] };
        const values = deskCounter.count(db, scope, {});
        for (const def of deskCounter.definitions({})) expect(values[def.key]!.value, def.key).toBe(def.valueKind === 'rate' ? null : 0);
      }
      expect(() => deskCounter.files(db, NOV, 'desk.noSuchFigure', {})).toThrow('统一咨询接待统计表没有指标“desk.noSuchFigure”');
    } finally {
      db.close();
    }
  });

  it('defines each indicator with its period date and source; the bureau’s own choices say so', () => {
    const defs = deskCounter.definitions({});
    expect(new Set(defs.map((d) => d.key)).size).toBe(defs.length);
    for (const d of defs) {
      expect(d.table).toBe('desk');
      expect(d.formula !== null, d.key).toBe(d.valueKind === 'rate');
      expect(d.bureauBasis, d.key).toBe(d.source.startsWith('本局口径'));
    }
    expect(defs.find((d) => d.key === 'desk.repeat')!.counts).toContain('此前180日内');
    expect(deskCounter.definitions({ [REPEAT_RECENT_PARAMETER]: 90 }).find((d) => d.key === 'desk.repeat')!.counts).toContain('此前90日内');
  });
});
