// A registration sent again after its answer was lost (issue #16 §6: "nothing acknowledged is ever lost", and nothing
// saved twice): the page's submission key finds the intake already saved under it — no second intake, party, person
// or 登记号 — while a new key is a new registration.
import { describe, expect, it } from 'vitest';
import type { IntakeCreateInput } from '../../shared/contract';
import { instantOf } from '../../shared/domain/time';
import { businessCounts, testCore } from '../helpers/core';

const KEY = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

function intake(overrides: Partial<IntakeCreateInput> = {}): IntakeCreateInput {
  return {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-25', '09:30'),
    summary: '在格桑花劳务公司务工，欠9月至11月工资',
    workersCount: 1,
    // A party new to the bureau: sent again, it must not be refused as a duplicate of the one the first save made.
    parties: [{ newParty: { kind: 'organisation', name: '日喀则市格桑花建筑劳务有限公司' }, role: 'employer' }],
    complainants: [{ name: '旺堆次仁', idType: 'none', idMissingReason: '身份证遗失', phones: ['13908921077'] }],
    route: 'inspection',
    notice: '已告知转劳动保障监察支队处理',
    ...overrides,
  };
}

describe('intakes.create with the page’s submission key', () => {
  it('sent again with the same key, returns the registration already saved and writes nothing more', async () => {
    const { core, client } = await testCore();
    const first = await client.call('intakes.create', intake({ submissionKey: KEY }));
    const after = businessCounts(core);
    const again = await client.call('intakes.create', intake({ submissionKey: KEY }));
    expect(again.id).toBe(first.id);
    expect(again.regNoText).toBe(first.regNoText);
    expect(businessCounts(core)).toEqual(after);
    expect((await client.call('intakes.list', {})).items.map((i) => i.id)).toEqual([first.id]);
  });

  it('a new key (or none) is a new registration', async () => {
    const { client } = await testCore();
    const first = await client.call('intakes.create', intake({ submissionKey: KEY }));
    const other = { kind: 'individual' as const, name: '次旺' };
    const second = await client.call('intakes.create', intake({ submissionKey: `${KEY}x`, parties: [{ newParty: other, role: 'employer' }] }));
    const third = await client.call('intakes.create', intake({ parties: [{ partyId: first.parties[0].party.id, role: 'employer' }] }));
    expect(new Set([first.id, second.id, third.id]).size).toBe(3);
  });

  it('refuses a malformed key and saves nothing', async () => {
    const { core, client } = await testCore();
    const before = businessCounts(core);
    const r = await client.invoke('intakes.create', intake({ submissionKey: 'short' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { submissionKey: '提交标识无效' } } });
    expect(businessCounts(core)).toEqual(before);
  });
});
