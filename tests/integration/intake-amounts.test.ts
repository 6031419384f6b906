// An amount far above what a worker could be owed is asked about before it is saved (issue #11 §6.7): the call
// changes nothing and names the amounts; confirmed, it is saved as typed, and the confirmation is on the record.
import { describe, expect, it } from 'vitest';
import type { IntakeCreateInput } from '../../shared/contract';
import { instantOf } from '../../shared/domain/time';
import { businessCounts, testCore } from '../helpers/core';

const ZHAXI = { name: '扎西', idType: 'residentId' as const, idNumber: '540202198503120019' };
const CIREN = { name: '次仁', idType: 'residentId' as const, idNumber: '540221199007010025' };

function intake(overrides: Partial<IntakeCreateInput> = {}): IntakeCreateInput {
  return {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-25', '09:30'),
    summary: '在华建公司工地务工，工资未付',
    workersCount: 1,
    parties: [{ newParty: { kind: 'organisation', name: '华建公司' }, role: 'employer' }],
    complainants: [{ ...ZHAXI, amountClaimedFen: 12_345_600_00 }],
    route: 'inspection',
    ...overrides,
  };
}

describe('amounts above the per-worker ceiling are confirmed before they are saved', () => {
  it('asks about ¥12,345,600 for one worker (¥12,345.6 with the point lost), writing nothing; confirmed, saves it', async () => {
    const { core, client } = await testCore();
    const before = businessCounts(core);
    const r = await client.invoke('intakes.create', intake({ amountClaimedFen: 12_345_600_00 }));
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '请核对诉求金额：扎西的诉求金额 ¥12,345,600.00 超过每人 ¥1,000,000.00，请核对',
        fields: {
          'complainants.0.amountClaimedFen': '扎西的诉求金额 ¥12,345,600.00 超过每人 ¥1,000,000.00，请核对',
          amountsConfirmed: expect.stringContaining('确认无误的请确认后保存'),
        },
      },
    });
    expect(businessCounts(core)).toEqual(before);

    const d = await client.call('intakes.create', intake({ amountClaimedFen: 12_345_600_00, amountsConfirmed: true }));
    expect(d.complainants[0].amountClaimedFen).toBe(12_345_600_00);
    const audit = core.services!.db.prepare("SELECT change FROM audit_log WHERE entity = 'intake' AND action = 'create'").get() as { change: string };
    expect(JSON.parse(audit.change)).toMatchObject({ amountsConfirmed: true, amountClaimedFen: 12_345_600_00 });
  });

  it('lets a group’s large total through (¥612,000 for 35 workers), and asks about a total too large for its workers', async () => {
    const { client } = await testCore();
    const d = await client.call('intakes.create', intake({ workersCount: 35, amountClaimedFen: 612_000_00, complainants: [{ ...ZHAXI, amountClaimedFen: 18_000_00 }] }));
    expect(d.amountClaimedFen).toBe(612_000_00);
    const r = await client.invoke('intakes.create', intake({ workersCount: 2, amountClaimedFen: 3_600_000_00, complainants: [{ ...ZHAXI, amountClaimedFen: 18_000_00 }] }));
    expect(r).toMatchObject({ ok: false, error: { fields: { amountClaimedFen: '诉求金额合计 ¥3,600,000.00，涉及 2 人，平均每人超过 ¥1,000,000.00，请核对' } } });
  });

  it('uses the ceiling the bureau sets in 参数', async () => {
    const { client, admin } = await testCore();
    await admin.call('parameters.set', { key: 'intake.amountConfirmAbove', region: '540200', value: 200_000, effectiveFrom: '2026-01-01', source: '本局规定', confidence: 'local' });
    const asked = await client.invoke('intakes.create', intake({ complainants: [{ ...ZHAXI, amountClaimedFen: 300_000_00 }] }));
    expect(asked).toMatchObject({ ok: false, error: { fields: { 'complainants.0.amountClaimedFen': '扎西的诉求金额 ¥300,000.00 超过每人 ¥200,000.00，请核对' } } });
    expect((await client.call('intakes.create', intake({ complainants: [{ ...ZHAXI, amountClaimedFen: 150_000_00 }] }))).regNoText).toBe('2026-0001');
  });

  it('asks the same of a complainant added later', async () => {
    const { core, client } = await testCore();
    const d = await client.call('intakes.create', intake({ workersCount: 2, complainants: [{ ...ZHAXI, amountClaimedFen: 12_800_00 }] }));
    const before = businessCounts(core);
    const add = { intakeId: d.id, rowVersion: d.rowVersion, complainants: [{ ...CIREN, amountClaimedFen: 1_280_000_00 }] };
    const r = await client.invoke('intakes.addComplainants', add);
    expect(r).toMatchObject({ ok: false, error: { fields: { 'complainants.0.amountClaimedFen': '次仁的诉求金额 ¥1,280,000.00 超过每人 ¥1,000,000.00，请核对' } } });
    expect(businessCounts(core)).toEqual(before);
    const after = await client.call('intakes.addComplainants', { ...add, amountsConfirmed: true });
    expect(after.complainants.map((c) => c.amountClaimedFen)).toEqual([12_800_00, 1_280_000_00]);
  });
});
