// A party new to the bureau is typed at the desk and created with the intake, in its transaction: a registration
// that is refused or never saved leaves no party behind (issue #11 §6.3). One on file is still linked by id.
import { describe, expect, it } from 'vitest';
import type { IntakeCreateInput } from '../../shared/contract';
import { instantOf } from '../../shared/domain/time';
import { businessCounts, testCore } from '../helpers/core';

const HUAJIAN = { kind: 'organisation' as const, name: '日喀则市华建建筑工程有限公司', creditCode: '91512081MA62K0260E', legalRepName: '王建国' };
const WANG = { kind: 'individual' as const, name: '王德发', idNumber: '620102198701010384', phone: '13989025566' };
const ZHAXI = { name: '扎西', idType: 'residentId' as const, idNumber: '540202198503120019' };

function intake(parties: IntakeCreateInput['parties'], overrides: Partial<IntakeCreateInput> = {}): IntakeCreateInput {
  return {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-25', '09:30'),
    summary: '在华建公司承建的安居房项目务工，班组长王德发欠8月至10月工资',
    workersCount: 1,
    parties,
    complainants: [ZHAXI],
    route: 'inspection',
    ...overrides,
  };
}

function partyCount(core: Awaited<ReturnType<typeof testCore>>['core']): number {
  return (core.services!.db.prepare('SELECT count(*) AS n FROM parties').get() as { n: number }).n;
}

describe('new parties are created with the intake, or not at all', () => {
  it('creates a typed party in the intake’s transaction, with its own audit row; a party on file links by id', async () => {
    const { core, client } = await testCore();
    const huajian = await client.call('parties.create', HUAJIAN);
    const d = await client.call('intakes.create', intake([
      { partyId: huajian.id, role: 'generalContractor' },
      { newParty: WANG, role: 'laborTeam' },
    ]));
    expect(d.parties.map((p) => [p.party.name, p.role])).toEqual([['日喀则市华建建筑工程有限公司', 'generalContractor'], ['王德发', 'laborTeam']]);
    expect(partyCount(core)).toBe(2);
    const wang = d.parties[1].party;
    expect(wang).toMatchObject({ kind: 'individual', idType: 'residentId', idNumber: '620102********0384' });
    // Found again by name for the next registration, like any party.
    expect((await client.call('parties.search', { query: '王德发' })).map((p) => p.id)).toEqual([wang.id]);
    const file = await client.call('cases.get', { id: d.caseFileId! });
    expect(file.title).toBe('扎西投诉日喀则市华建建筑工程有限公司、王德发');
    expect(file.proceedings[0].parties.find((p) => p.role === 'laborTeam')?.name).toBe('王德发');

    const db = core.services!.db;
    const audits = db.prepare("SELECT action, entity, entity_id AS id, channel, change FROM audit_log WHERE entity IN ('party', 'intake') ORDER BY seq").all() as
      { action: string; entity: string; id: string; channel: string; change: string }[];
    expect(audits.map((a) => [a.entity, a.action, a.channel])).toEqual([
      ['party', 'create', 'parties.create'],
      ['party', 'create', 'intakes.create'],
      ['intake', 'create', 'intakes.create'],
      ['intake', 'route', 'intakes.create'],
      // 告知 and the feedback due date, recorded with the intake (首问负责).
      ['intake', 'notice', 'intakes.create'],
    ]);
    expect(audits[1].id).toBe(wang.id);
    // The intake's row links the parties by id; the new one's particulars are on its own row.
    const change = JSON.parse(audits[2].change) as { parties: unknown };
    expect(change.parties).toEqual([{ partyId: huajian.id, role: 'generalContractor' }, { partyId: wang.id, role: 'laborTeam' }]);
  });

  it('leaves no party behind when the intake is refused inside its transaction', async () => {
    const { core, client } = await testCore();
    await client.call('intakes.create', intake([{ newParty: HUAJIAN, role: 'employer' }]));
    const before = businessCounts(core);
    // The row's ID is on file under another name: found only after the new party was written, and all rolled back.
    const r = await client.invoke('intakes.create', intake([{ newParty: WANG, role: 'laborTeam' }], { complainants: [{ ...ZHAXI, name: '李四' }] }));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'complainants.0.name': expect.stringContaining('本单位已登记过该证件号码') } } });
    expect(businessCounts(core)).toEqual(before);
    expect((await client.call('parties.search', { query: '王德发' }))).toEqual([]);
  });

  it('refuses a new party whose credit code is on file, at its field, naming the one to pick', async () => {
    const { core, client } = await testCore();
    await client.call('parties.create', HUAJIAN);
    const before = businessCounts(core);
    const r = await client.invoke('intakes.create', intake([{ newParty: { ...HUAJIAN, name: '华建公司' }, role: 'employer' }]));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'parties.0.newParty.creditCode': '该统一社会信用代码已登记为“日喀则市华建建筑工程有限公司”，请直接选用' } },
    });
    expect(businessCounts(core)).toEqual(before);
  });

  it.each([
    ['one party typed twice', [{ newParty: HUAJIAN, role: 'employer' }, { newParty: { ...HUAJIAN, name: '华建' }, role: 'generalContractor' }], 'parties.1.newParty.creditCode', /与第1个被投诉方的统一社会信用代码相同/],
    ['neither picked nor new', [{ role: 'employer' }], 'parties.0.partyId', /二者选一/],
    ['both picked and new', [{ partyId: '01a2471e-5b01-74fe-90b0-f69133dbf2b7', newParty: WANG, role: 'employer' }], 'parties.0.partyId', /二者选一/],
    ['a new party with a bad credit code', [{ newParty: { ...HUAJIAN, creditCode: '91512081MA62K0260F' }, role: 'employer' }], 'parties.0.newParty.creditCode', /校验/],
  ] as [string, IntakeCreateInput['parties'], string, RegExp][])('refuses %s, writing nothing', async (_label, parties, field, message) => {
    const { core, client } = await testCore();
    const before = businessCounts(core);
    const r = await client.invoke('intakes.create', intake(parties));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.fields?.[field]).toMatch(message);
    expect(businessCounts(core)).toEqual(before);
  });
});
