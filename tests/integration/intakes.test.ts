import { describe, expect, it } from 'vitest';
import type { ComplainantInput, IntakeCreateInput } from '../../shared/contract';
import { COLLECTIVE_MIN_WORKERS } from '../../shared/domain/collective';
import { instantOf } from '../../shared/domain/time';
import { businessCounts, testCore, type Client } from '../helpers/core';

const HUAJIAN = { kind: 'organisation' as const, name: '日喀则市华建建筑工程有限公司', creditCode: '91512081MA62K0260E', legalRepName: '王建国' };

const IDS = [
  '540202198503120019',
  '540221199007010025',
  '540233197802150031',
  '510104199205200041',
  '540202200101010052',
  '540225198808080163',
  '540202199509090273',
  '540236198303030493',
  '540227199606060508',
  '540202198911110610',
  '540231199302130727',
  '540202198005050839',
];
const NAMES = ['扎西', '次仁', '格桑', '张伟', '达瓦', '尼玛', '旺堆', '索朗', '平措', '多吉', '拉巴', '边巴'];

function rows(n: number): ComplainantInput[] {
  return Array.from({ length: n }, (_, i) => ({ name: NAMES[i], idType: 'residentId' as const, idNumber: IDS[i], phones: [`139089212${String(i).padStart(2, '0')}`] }));
}

async function employer(client: Client) {
  return client.call('parties.create', HUAJIAN);
}

function intake(partyId: string, overrides: Partial<IntakeCreateInput> = {}): IntakeCreateInput {
  return {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-25', '09:30'),
    summary: '在华建公司承建的桑珠孜区安居房项目务工，8月至10月工资未付',
    workersCount: 12,
    amountClaimedFen: 15_360_000,
    parties: [{ partyId, role: 'employer' }],
    project: { name: '桑珠孜区安居房项目', siteUnitId: 'unit-540202' },
    complainants: rows(12),
    route: 'inspection',
    ...overrides,
  };
}

describe('intakes: create → list → search', () => {
  it('registers a 12-worker group complaint, opens a case file with an inspection proceeding awaiting acceptance', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    const leader = (await client.call('staff.list', {})).find((s) => s.name === '李强')!;
    const detail = await client.call('intakes.create', intake(party.id, { leaderStaffId: leader.id, urgent: true }));
    expect(detail.regNoText).toBe('2026-0001');
    expect(detail.collective).toBe(true);
    expect(detail.status).toBe('routed');
    expect(detail.complainants).toHaveLength(12);
    // What leaves the core is masked; the full values need a reason and go on the record.
    expect(detail.complainants[0]).toMatchObject({ name: '扎西', idStatus: 'valid', sex: 'M', birthDate: null, idNumber: `${IDS[0].slice(0, 6)}********${IDS[0].slice(-4)}`, phones: ['139****1200'] });
    const full = await client.call('personal.reveal', { subject: 'person', id: detail.complainants[0].personId, reason: '核对身份以制作送达回证' });
    expect(full).toMatchObject({ name: '扎西', idNumber: IDS[0], birthDate: '1985-03-12', phones: ['13908921200'] });
    expect(detail.project).toMatchObject({ name: '桑珠孜区安居房项目', siteUnitName: '桑珠孜区' });

    const file = await client.call('cases.get', { id: detail.caseFileId! });
    expect(file.title).toBe('扎西等12人投诉日喀则市华建建筑工程有限公司');
    expect(file.leader?.name).toBe('李强');
    expect(file.urgent).toBe(true);
    expect(file.proceedings).toHaveLength(1);
    expect(file.proceedings[0]).toMatchObject({ kind: 'inspection', status: 'received', number: null });
    expect(file.proceedings[0].parties.filter((p) => p.role === 'complainant')).toHaveLength(12);
    expect(file.proceedings[0].parties.find((p) => p.role === 'employer')?.name).toBe(HUAJIAN.name);
    expect(file.events.map((e) => e.kind)).toEqual(['caseFile.opened', 'proceeding.created', 'caseFile.leaderAssigned', 'routing.routed', 'intake.noticed']);
    expect(file.events[0].summary).toContain('2026-0001');

    const second = await client.call('intakes.create', intake(party.id, { complainants: [], kind: 'consultation', route: 'answered', answer: '已答复', workersCount: 1 }));
    expect(second.regNoText).toBe('2026-0002');
    expect(second.caseFileId).toBeNull();
    expect(second.status).toBe('answered');
  });

  it('finds the intake by employer, by a 2-character worker name, by pinyin initials and full pinyin, by ID prefix and by summary text', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    const other = await client.call('parties.create', { kind: 'organisation', name: '西藏晨曦路桥工程有限公司' });
    const a = await client.call('intakes.create', intake(party.id));
    const b = await client.call('intakes.create', intake(other.id, { complainants: [{ name: '次仁卓玛', idType: 'none', idMissingReason: '未带证件' }], workersCount: 1, summary: '修路工资未结', project: null }));
    const find = async (search: string) => (await client.call('intakes.list', { search })).items.map((i) => i.id);
    expect(await find('华建')).toEqual([a.id]);
    expect(await find('晨曦路桥')).toEqual([b.id]);
    expect(await find('扎西')).toEqual([a.id]);
    expect(await find('扎')).toEqual([a.id]);
    // Ranked: a names a worker 次仁 exactly, b names 次仁卓玛 (a name beginning with it) — exact before prefix.
    expect(await find('次仁')).toEqual([a.id, b.id]);
    expect(await find('zx')).toEqual([a.id]);
    expect(await find('zhaxi')).toEqual([a.id]);
    expect(await find('crzm')).toEqual([b.id]);
    expect(await find('zm')).toEqual([b.id]);
    expect(await find('hj')).toEqual([a.id]);
    expect(await find('54020219850312')).toEqual([a.id]);
    expect(await find('安居房')).toEqual([a.id]);
    expect(await find('修路工资')).toEqual([b.id]);
    expect(await find('扎西 华建')).toEqual([a.id]);
    expect(await find('扎西 晨曦')).toEqual([]);
    expect(await find('2026-0002')).toEqual([b.id]);
    expect(await find('没有这个人')).toEqual([]);
    // Cases are found through their intakes.
    expect((await client.call('cases.list', { search: 'zx' })).items.map((c) => c.id)).toEqual([a.caseFileId]);
  });

  it('pages with a keyset cursor: no duplicates, no gaps, newest first', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const d = await client.call('intakes.create', intake(party.id, { complainants: [rows(12)[i]], workersCount: 1, receivedAt: instantOf('2026-11-24', `0${i + 1}:00`) }));
      ids.push(d.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await client.call('intakes.list', { limit: 3, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it('filters by kind, status, collective flag and date', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    await client.call('intakes.create', intake(party.id));
    await client.call('intakes.create', intake(party.id, { kind: 'consultation', route: 'answered', answer: '已答复', complainants: [], workersCount: 1, receivedAt: instantOf('2026-11-20', '10:00') }));
    const list = async (filter: object) => (await client.call('intakes.list', { filter })).items.length;
    expect(await list({ kind: 'consultation' })).toBe(1);
    expect(await list({ status: 'routed' })).toBe(1);
    expect(await list({ collective: true })).toBe(1);
    expect(await list({ from: '2026-11-21' })).toBe(1);
    expect(await list({ to: '2026-11-21' })).toBe(1);
    expect(await list({})).toBe(2);
  });

  it('sets the collective flag at the statutory 10 workers; a bureau cannot lower it (调解仲裁法 Art. 7)', async () => {
    const { client, admin } = await testCore();
    const party = await employer(client);
    const nine = await client.call('intakes.create', intake(party.id, { workersCount: 9, complainants: rows(9) }));
    expect(nine.collective).toBe(false);
    const lowered = await admin.invoke('parameters.set', { key: 'collective.minWorkers', region: '540200', value: 8, effectiveFrom: '2026-11-01', source: '测试：本地规定', confidence: 'local' });
    expect(lowered).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { value: '集体争议最少人数为法定人数，本单位不能修改' } } });
    const again = await client.call('intakes.create', intake(party.id, { workersCount: 9, complainants: rows(9) }));
    expect(again.collective).toBe(false);
    const ten = await client.call('intakes.create', intake(party.id, { workersCount: 10, complainants: rows(9) }));
    expect(ten.collective).toBe(true);
    // The settings screen shows the statutory value the rule uses.
    const shown = (await admin.call('parameters.list', {})).filter((p) => p.key === 'collective.minWorkers');
    expect(shown.map((p) => [p.value, p.inForce])).toEqual([[COLLECTIVE_MIN_WORKERS, true]]);
  });

  it('keeps a reporter confidential: not in the case title, the list, or the proceeding', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    const d = await client.call('intakes.create', intake(party.id, { kind: 'report', channel: 'letter', complainants: [rows(1)[0]], workersCount: 8 }));
    const file = await client.call('cases.get', { id: d.caseFileId! });
    expect(file.title).toBe(`举报${HUAJIAN.name}`);
    expect(file.proceedings[0].parties.map((p) => p.name)).toEqual([HUAJIAN.name]);
    const [item] = (await client.call('intakes.list', {})).items;
    expect(item.complainantNames).toEqual([]);
  });

  it('reuses the person behind an ID seen before, adds a new phone, and saves a missing ID as 待核实', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    const first = await client.call('intakes.create', intake(party.id, { complainants: rows(1), workersCount: 1 }));
    const second = await client.call(
      'intakes.create',
      intake(party.id, {
        workersCount: 2,
        complainants: [
          { name: '扎西', idType: 'residentId', idNumber: IDS[0], phones: ['0892-8823456'] },
          { name: '拉巴次仁', idType: 'none', idMissingReason: '未带证件', phones: [] },
        ],
      }),
    );
    expect(second.complainants[0].personId).toBe(first.complainants[0].personId);
    expect(second.complainants[0].phones).toEqual(['139****1200', '0892-***3456']);
    const full = await client.call('personal.reveal', { subject: 'person', id: second.complainants[0].personId, reason: '电话回访投诉人' });
    expect(full.phones).toEqual(['13908921200', '0892-8823456']);
    expect(second.complainants[1]).toMatchObject({ idType: 'none', idStatus: 'pending', idMissingReason: '未带证件', idNumber: null });
  });

  it('finds a name written in Tibetan script, with or without its tsheg', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    const d = await client.call('intakes.create', intake(party.id, { workersCount: 1, complainants: [{ name: 'བཀྲ་ཤིས་བདེ་ལེགས', idType: 'none', idMissingReason: '未带证件', preferredLanguage: 'bo' }] }));
    const find = async (search: string) => (await client.call('intakes.list', { search })).items.map((i) => i.id);
    expect(await find('བཀྲ་ཤིས')).toEqual([d.id]);
    expect(await find('བཀྲཤིས')).toEqual([d.id]);
    expect(await find('བཀ')).toEqual([d.id]);
    expect(await find('工资，未付')).toEqual([d.id]);
    expect(await find('月工资未付')).toEqual([d.id]);
  });

  it('keeps the project’s contracting chain from the parties’ roles, never overwriting what is known', async () => {
    const { core, client } = await testCore();
    const owner = await client.call('parties.create', { kind: 'organisation', name: '桑珠孜区住房建设局' });
    const general = await employer(client);
    const sub = await client.call('parties.create', { kind: 'organisation', name: '日喀则宏远劳务分包有限公司' });
    const team = await client.call('parties.create', { kind: 'individual', name: '王德发' });
    const other = await client.call('parties.create', { kind: 'organisation', name: '另一家总包公司' });
    const project = { name: '桑珠孜区安居房项目', siteUnitId: 'unit-540202' };
    await client.call('intakes.create', intake(general.id, {
      project,
      parties: [
        { partyId: owner.id, role: 'projectOwner' },
        { partyId: general.id, role: 'generalContractor' },
        { partyId: sub.id, role: 'subcontractor' },
        { partyId: team.id, role: 'laborTeam' },
      ],
    }));
    await client.call('intakes.create', intake(other.id, { project, parties: [{ partyId: other.id, role: 'generalContractor' }] }));
    const db = core.services!.db;
    expect(db.prepare('SELECT owner_party_id AS o, general_contractor_party_id AS g FROM projects').all()).toEqual([{ o: owner.id, g: general.id }]);
    expect(db.prepare('SELECT party_id AS p, contractor_party_id AS c, tier, role FROM project_subcontracts ORDER BY tier').all()).toEqual([
      { p: sub.id, c: general.id, tier: 1, role: 'subcontractor' },
      { p: team.id, c: general.id, tier: 2, role: 'laborTeam' },
    ]);
  });

  it('adds complainants later, refusing a stale row version', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    const d = await client.call('intakes.create', intake(party.id, { complainants: rows(2), workersCount: 2 }));
    const stale = await client.invoke('intakes.addComplainants', { intakeId: d.id, rowVersion: d.rowVersion + 1, complainants: [rows(3)[2]] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const after = await client.call('intakes.addComplainants', { intakeId: d.id, rowVersion: d.rowVersion, complainants: [rows(3)[2]] });
    expect(after.complainants.map((c) => c.name)).toEqual(['扎西', '次仁', '格桑']);
    expect(after.workersCount).toBe(3);
    const file = await client.call('cases.get', { id: d.caseFileId! });
    expect(file.events.slice(-2).map((e) => e.summary)).toEqual(['接待登记 2026-0001 补充投诉人 1 名', '案卷名称随投诉人变化改为“扎西等3人投诉日喀则市华建建筑工程有限公司”']);
    expect((await client.call('intakes.list', { search: '格桑' })).items.map((i) => i.id)).toEqual([d.id]);
  });
});

describe('intakes: bad input is refused with a Chinese message and writes nothing', () => {
  const cases: [string, (partyId: string) => unknown, string, RegExp][] = [
    ['a bad ID in one row', (p) => intake(p, { complainants: [...rows(2), { name: '格桑', idType: 'residentId', idNumber: '540233197802150032' }] }), 'complainants.2.idNumber', /校验位错误/],
    ['an impossible birth date', (p) => intake(p, { complainants: [{ name: '格桑', idType: 'residentId', idNumber: '540233199002300031' }] }), 'complainants.0.idNumber', /出生日期/],
    ['a missing ID without a reason', (p) => intake(p, { complainants: [{ name: '达瓦', idType: 'none' }] }), 'complainants.0.idMissingReason', /写明原因/],
    ['an ID given but typed as none', (p) => intake(p, { complainants: [{ name: '达瓦', idType: 'none', idNumber: IDS[0], idMissingReason: '忘带' }] }), 'complainants.0.idType', /证件类型/],
    ['the same ID twice', (p) => intake(p, { complainants: [rows(1)[0], { ...rows(2)[1], idNumber: IDS[0] }] }), 'complainants.1.idNumber', /与第1行的证件号码重复/],
    ['a bad phone', (p) => intake(p, { complainants: [{ ...rows(1)[0], phones: ['1234'] }] }), 'complainants.0.phones.0', /电话/],
    ['no summary', (p) => intake(p, { summary: '   ' }), 'summary', /请填写诉求摘要/],
    ['a 12345 order without its number', (p) => intake(p, { channel: 'hotline12345' }), 'externalNo', /工单或来文编号/],
    ['fewer workers than complainants', (p) => intake(p, { workersCount: 3 }), 'workersCount', /不能少于已登记的投诉人数（12人）/],
    ['a complaint without complainants', (p) => intake(p, { complainants: [] }), 'complainants', /至少一名投诉人/],
    ['a consultation opening a case', (p) => intake(p, { kind: 'consultation', complainants: [] }), 'route', /咨询不立案/],
    ['a report sent to arbitration', (p) => intake(p, { kind: 'report', route: 'arbitration' }), 'route', /举报转劳动保障监察/],
    ['an answer route without the answer', (p) => intake(p, { route: 'answered' }), 'answer', /请填写答复内容/],
    ['a negative amount', (p) => intake(p, { amountClaimedFen: -1 }), 'amountClaimedFen', /不能为负数/],
    ['an amount in yuan with decimals', (p) => intake(p, { amountClaimedFen: 12.5 }), 'amountClaimedFen', /精确到分/],
    ['a date in the future', (p) => intake(p, { receivedAt: instantOf('2026-11-26', '10:00') }), 'receivedAt', /不能晚于当前时间/],
    ['a reply deadline before receipt', (p) => intake(p, { replyDue: '2026-11-01' }), 'replyDue', /不能早于接待日期/],
    ['an unknown party', () => intake('no-such-party'), 'parties.0.partyId', /不存在/],
    ['a leader who is not a leader', (p) => intake(p, { leaderStaffId: 'no-such-staff' }), 'leaderStaffId', /局领导/],
    ['a Date object where an instant goes', (p) => ({ ...intake(p), receivedAt: new Date() }), 'receivedAt', /./],
  ];

  it.each(cases)('%s', async (_label, make, field, message) => {
    const { core, client } = await testCore();
    const party = await employer(client);
    const before = businessCounts(core);
    const r = await client.invoke('intakes.create', make(party.id) as IntakeCreateInput);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message).toMatch(/^填写有误：/);
    expect(r.error.fields?.[field]).toMatch(message);
    expect(businessCounts(core)).toEqual(before);
  });

  it('refuses a row whose ID is already on file under another name, and rolls back the rows before it', async () => {
    const { core, client } = await testCore();
    const party = await employer(client);
    await client.call('intakes.create', intake(party.id, { complainants: rows(1), workersCount: 1 }));
    const before = businessCounts(core);
    const r = await client.invoke('intakes.create', intake(party.id, { complainants: [rows(3)[1], rows(3)[2], { name: '李四', idType: 'residentId', idNumber: IDS[0] }] }));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'complainants.2.name': expect.stringContaining('本单位已登记过该证件号码') } } });
    // The stored name is not told (security review, issue #10): a number must not turn into a name.
    expect(JSON.stringify(r)).not.toContain('扎西');
    expect(businessCounts(core)).toEqual(before);
  });

  it('does not issue a registration number for a refused intake', async () => {
    const { client } = await testCore();
    const party = await employer(client);
    await client.invoke('intakes.create', intake(party.id, { leaderStaffId: 'x' }));
    const d = await client.call('intakes.create', intake(party.id));
    expect(d.regNoText).toBe('2026-0001');
  });
});
