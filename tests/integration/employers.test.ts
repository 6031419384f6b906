// The employer view (issue #12): one employer's files under all its names — a variant without 有限, with spaces — are
// on one page with 重复欠薪; a different company with a similar name is not merged; a 分公司 and a same-named 包工头
// are linked, not merged; a number is searched as parties.search searches it (masked IDs match only by what the mask
// shows, on the record); bad input is refused in Chinese; every statement reads through an index.
import { describe, expect, it } from 'vitest';
import { EMPLOYER_SQL, filesOf, filesPlan } from '../../electron/core/employers/employers.data';
import type { ChannelInput } from '../../shared/contract';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { instantOf } from '../../shared/domain/time';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, establishStaff, signInAs, testCore, type Client, type TestCore } from '../helpers/core';

const XUEYU_CODE = '91540202MA6T1X2K63';
const WANG_ID = '620102198701010384';
const idOf = (n: number) => {
  const first17 = `54020219900${String(n % 9 + 1)}01${String(100 + n).slice(-3)}`.slice(0, 14) + String(300 + n).padStart(3, '0');
  return first17 + residentIdCheckChar(first17);
};

async function complaint(c: Client, n: number, date: string, parties: ChannelInput<'intakes.create'>['parties'], over: Partial<ChannelInput<'intakes.create'>> = {}) {
  const created = await c.call(
    'intakes.create',
    zhaxiComplaint('x', {
      receivedAt: instantOf(date, '09:30'),
      parties,
      complainants: [{ name: `工人${n}`, idType: 'residentId', idNumber: idOf(n), amountClaimedFen: 500_000 + n * 100 }],
      ...over,
    }),
  );
  return (await c.call('intakes.get', { id: created.id })).caseFileId!;
}

/** 雪域 under three spellings and a branch, a similar-named 劳务 company, and 王德发 twice (with and without his ID). */
async function arrange(t: TestCore) {
  const desk = t.client;
  const party = (input: ChannelInput<'parties.create'>) => desk.call('parties.create', input).then((p) => p.id);
  const xueyu = await party({ kind: 'organisation', name: '日喀则市雪域建筑工程有限公司', creditCode: XUEYU_CODE });
  const xueyu2 = await party({ kind: 'organisation', name: '日喀则市雪域建筑工程（有限）公司 ' });
  const branch = await party({ kind: 'organisation', name: '日喀则市雪域建筑工程有限公司江孜分公司' });
  const other = await party({ kind: 'organisation', name: '日喀则市雪域建筑劳务有限公司', creditCode: '91512081MA62K0260E' });
  const wang = await party({ kind: 'individual', name: '王德发', idNumber: WANG_ID });
  const wang2 = await party({ kind: 'individual', name: '王 德发' });
  const f1 = await complaint(desk, 1, '2026-03-09', [{ partyId: xueyu, role: 'employer' }]);
  const f2 = await complaint(desk, 2, '2026-06-15', [{ partyId: xueyu2, role: 'employer' }]);
  const group = await complaint(desk, 3, '2026-11-25', [{ partyId: xueyu, role: 'generalContractor' }, { partyId: wang, role: 'laborTeam' }], {
    workersCount: 12,
    amountClaimedFen: 15_360_000,
    complainants: [
      { name: '扎西', idType: 'residentId', idNumber: idOf(4), amountClaimedFen: 1_280_000, isRepresentative: true },
      { name: '次仁', idType: 'residentId', idNumber: idOf(5), amountClaimedFen: 1_280_000 },
    ],
  });
  const f4 = await complaint(desk, 6, '2026-10-10', [{ partyId: other, role: 'employer' }]);
  const f5 = await complaint(desk, 7, '2026-09-01', [{ partyId: branch, role: 'employer' }]);
  const f6 = await complaint(desk, 8, '2026-08-01', [{ partyId: wang2, role: 'laborTeam' }]);
  return { xueyu, xueyu2, branch, other, wang, wang2, f1, f2, group, f4, f5, f6 };
}

describe('the employer page', () => {
  it('puts the files of every spelling of one employer on one page, marked 重复欠薪, newest first, with what was claimed and is owed', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const leader = await signInAs(t.core, '李强');
    const v = await leader.call('employers.get', { type: 'party', id: a.xueyu });
    expect(v.subject).toMatchObject({ name: '日喀则市雪域建筑工程有限公司', creditCode: XUEYU_CODE, relation: 'self' });
    expect(v.names.map((n) => [n.subject.id, n.relation, n.files])).toEqual([[a.xueyu, 'self', 2], [a.xueyu2, 'same', 1]]);
    expect(v.files.map((f) => f.id)).toEqual([a.group, a.f2, a.f1]);
    expect(v.repeat).toBe(true);
    expect([v.firstDate, v.lastDate]).toEqual(['2026-03-09', '2026-11-25']);
    const group = v.files[0]!;
    expect(group.parties).toEqual([
      { partyId: a.xueyu, name: '日喀则市雪域建筑工程有限公司', role: 'generalContractor', subject: true },
      { partyId: a.wang, name: '王德发', role: 'laborTeam', subject: false },
    ]);
    expect(group).toMatchObject({ workers: 12, claimedFen: 15_360_000, owedFen: 2_560_000, owedUnknown: 0, firstReceivedDate: '2026-11-25' });
    expect(group.proceedings).toEqual([expect.objectContaining({ kind: 'inspection', status: 'received' })]);
    expect(group.intakes).toEqual([expect.objectContaining({ regNoText: expect.stringMatching(/^2026-\d{4}$/), kind: 'complaint', receivedDate: '2026-11-25', workersCount: 12 })]);
    expect(v.files[1]!.parties).toEqual([{ partyId: a.xueyu2, name: '日喀则市雪域建筑工程（有限）公司', role: 'employer', subject: true }]);
    // Nothing ordered, decided or paid yet: what is owed is all still owed.
    const owed = 2_560_000 + 500_100 + 500_200;
    expect(v.totals).toEqual({
      files: 3, intakes: 3, workers: 14, claimedFen: 15_360_000 + 500_100 + 500_200, owedFen: owed, owedUnknown: 0,
      paidFen: 0, outstandingFen: owed, orders: 0, ordersUnpaid: 0, decisions: 0, finesFen: 0, referrals: 0, listings: 0, listedNow: 0,
    });
  });

  it('does not merge a different company with a similar name, and links the 分公司 and the 包工头 without merging them', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const v = await t.client.call('employers.get', { type: 'party', id: a.xueyu });
    const all = [...v.names, ...v.linked].map((n) => n.subject.id);
    expect(all).not.toContain(a.other);
    expect(v.files.map((f) => f.id)).not.toContain(a.f4);
    expect(v.files.map((f) => f.id)).not.toContain(a.f5);
    expect(v.linked).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: { type: 'party', id: a.branch }, relation: 'branch', files: 1 }),
        expect.objectContaining({ subject: { type: 'party', id: a.wang }, relation: 'party', roles: ['laborTeam'], files: 1, idNumber: '620102********0384' }),
      ]),
    );
    const other = await t.client.call('employers.get', { type: 'party', id: a.other });
    expect(other.names.map((n) => n.subject.id)).toEqual([a.other]);
    expect(other.files.map((f) => f.id)).toEqual([a.f4]);
    expect(other.repeat).toBe(false);
    expect(other.linked).toEqual([]);
    // The 包工头: his own record merged by nothing but his ID; the same name without an ID is linked as 同名, not merged.
    const wang = await t.client.call('employers.get', { type: 'party', id: a.wang });
    expect(wang.names.map((n) => n.subject.id)).toEqual([a.wang]);
    expect(wang.subject.idNumber).toBe('620102********0384');
    expect(wang.linked).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: { type: 'party', id: a.wang2 }, relation: 'sameName', files: 1 }),
        expect.objectContaining({ subject: { type: 'party', id: a.xueyu }, relation: 'party', roles: ['generalContractor'] }),
      ]),
    );
    expect(wang.files.map((f) => f.id)).toEqual([a.group]);
  });

  it('gathers a project’s files, its spellings at the same site merged', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const project = { name: '桑珠孜区安居房项目（二期）', siteUnitId: null, siteAddress: null };
    const p1 = await complaint(t.client, 9, '2026-07-01', [{ partyId: a.xueyu, role: 'generalContractor' }], { project });
    const p2 = await complaint(t.client, 10, '2026-11-20', [{ partyId: a.other, role: 'employer' }], { project: { ...project, name: '桑珠孜区安居房项目(二期) ' } });
    const hit = (await t.client.call('employers.search', { query: '安居房项目(二期)' })).hits.filter((h) => h.subject.type === 'project');
    expect(hit).toHaveLength(2);
    const v = await t.client.call('employers.get', hit[0]!.subject);
    expect(v.names).toHaveLength(2);
    expect(v.files.map((f) => f.id)).toEqual([p2, p1]);
    expect(v.repeat).toBe(true);
    expect(v.linked.map((l) => l.subject.id).sort()).toEqual([a.other, a.xueyu].sort());
    expect(v.files[0]!.project).toMatchObject({ name: '桑珠孜区安居房项目(二期)' });
  });
});

describe('a reporter’s confidentiality (监察条例 Art. 9)', () => {
  it('lists a 举报 against the employer but leaves its amount out for a caller who may not know who reported', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const report = await complaint(t.client, 11, '2026-11-01', [{ partyId: a.other, role: 'employer' }], { kind: 'report', amountClaimedFen: 120_000, summary: '举报：长期低于最低工资' });
    await establishStaff(t.core, t.admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
    const auditor = await signInAs(t.core, '白玛央宗');
    const reportIntake = async (c: Client) => (await c.call('employers.get', { type: 'party', id: a.other })).files.find((f) => f.id === report)!.intakes[0]!;
    expect(await reportIntake(t.client)).toMatchObject({ kind: 'report', amountClaimedFen: 120_000 });
    expect(await reportIntake(auditor)).toMatchObject({ kind: 'report', amountClaimedFen: null });
    const v = await auditor.call('employers.get', { type: 'party', id: a.other });
    expect(JSON.stringify(v)).not.toContain('工人11');
  });
});

describe('finding an employer', () => {
  it('finds every spelling and the branch by name with or without 有限公司, and a person’s name with spaces, but not the similar company', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const ids = async (query: string) => (await t.client.call('employers.search', { query })).hits.map((h) => h.subject.id);
    // The two spellings of one employer are one hit, headed by its registered record, with its files under both names.
    const xueyu = await t.client.call('employers.search', { query: '雪域建筑工程有限公司' });
    expect(xueyu.hits.map((h) => [h.subject.id, h.otherNames, h.files])).toEqual([[a.xueyu, ['日喀则市雪域建筑工程（有限）公司'], 3], [a.branch, [], 1]]);
    expect(await ids('日喀则市雪域建筑工程公司')).toContain(a.xueyu);
    expect((await ids('雪域建筑')).sort()).toEqual([a.xueyu, a.branch, a.other].sort());
    // Two people of one name stay two hits: a name alone does not make them one.
    expect((await ids('王 德发')).sort()).toEqual([a.wang, a.wang2].sort());
    expect(xueyu.searchedFor).toBe('雪域建筑工程');
    expect(xueyu.hits[0]).toMatchObject({ creditCode: XUEYU_CODE, match: 'name' });
    expect(await ids(XUEYU_CODE.toLowerCase())).toEqual([a.xueyu]);
    expect((await t.client.call('employers.search', { query: XUEYU_CODE })).hits[0]!.match).toBe('creditCode');
  });

  it('searches an ID number as parties.search does: in full or by prefix only for who may unmask, by the masked form for others — never an oracle', async () => {
    const t = await testCore();
    const a = await arrange(t);
    await establishStaff(t.core, t.admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
    const auditor = await signInAs(t.core, '白玛央宗');
    const desk = t.client;
    const db = t.core.services!.db;
    const searches = () => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'searchByNumber'").get() as { n: number }).n;
    const partyIds = async (c: Client, query: string) => (await c.call('employers.search', { query })).hits.filter((h) => h.subject.type === 'party').map((h) => h.subject.id);
    const sameAsParties = async (c: Client, query: string) => expect((await partyIds(c, query)).sort(), query).toEqual((await c.call('parties.search', { query })).map((p) => p.id).sort());

    // Whoever may unmask finds him by the whole number and by a prefix; whoever may not, only by what the mask shows.
    expect(await partyIds(desk, WANG_ID)).toEqual([a.wang]);
    expect(await partyIds(desk, WANG_ID.slice(0, 10))).toEqual([a.wang]);
    expect(await partyIds(auditor, WANG_ID.slice(0, 10))).toEqual([]);
    expect(await partyIds(auditor, WANG_ID)).toEqual([a.wang]);
    // Any middle gives the same answer: a guess of the hidden digits learns nothing.
    const otherMiddle = `${WANG_ID.slice(0, 6)}19900101${WANG_ID.slice(14)}`;
    expect(await partyIds(auditor, otherMiddle)).toEqual([a.wang]);
    for (const q of [WANG_ID, WANG_ID.slice(0, 10), otherMiddle, '0384', XUEYU_CODE]) {
      await sameAsParties(auditor, q);
      await sameAsParties(desk, q);
    }
    const hit = (await auditor.call('employers.search', { query: WANG_ID })).hits[0]!;
    expect(hit).toMatchObject({ idNumber: '620102********0384', match: 'idNumber' });
    // Each search with a number is on the record, masked.
    const before = searches();
    await auditor.call('employers.search', { query: WANG_ID });
    expect(searches()).toBe(before + 1);
    const last = db.prepare("SELECT change FROM audit_log WHERE action = 'searchByNumber' ORDER BY seq DESC LIMIT 1").get() as { change: string };
    expect(last.change).not.toContain(WANG_ID);
  });

  it('refuses empty or meaningless input in Chinese and an unknown record, changing nothing; the administrator may not look', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const counts = businessCounts(t.core);
    expect(await t.client.invoke('employers.search', { query: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { query: '请输入单位名称、统一社会信用代码、身份证号码或项目名称' } } });
    expect(await t.client.invoke('employers.search', { query: '有限公司' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { query: '请输入单位名称中“有限公司”等字样以外的部分' } } });
    expect(await t.client.invoke('employers.get', { type: 'party', id: 'no-such-party' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '被投诉方不存在' } });
    expect(await t.client.invoke('employers.get', { type: 'project', id: a.xueyu })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '项目不存在' } });
    expect(await t.client.invoke('employers.get', { type: 'unit', id: a.xueyu } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(businessCounts(t.core)).toEqual(counts);
    expect(await t.admin.invoke('employers.get', { type: 'party', id: a.xueyu })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the employer view’s statements', () => {
  it('finds the same newest files whichever way it goes — gathering the employer’s, or walking the files by date', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const prepare = t.core.services!.prepare;
    for (const keys of [[a.xueyu, a.xueyu2], [a.other], [a.wang], [a.wang2], ['no-such-party']]) {
      for (const limit of [1, 2, 10]) {
        const gathered = filesOf(prepare, 'party', keys, 'unit-540200', limit, 'gather');
        expect(filesOf(prepare, 'party', keys, 'unit-540200', limit, 'byDate'), `${keys} ${limit}`).toEqual(gathered);
      }
    }
    expect(filesOf(prepare, 'party', [a.xueyu, a.xueyu2], 'unit-540200', 10, 'gather')).toEqual([a.group, a.f2, a.f1]);
    // On six files, one employer in three of them is a large share: the walk is cheaper than gathering.
    expect(filesPlan(prepare, [a.xueyu, a.xueyu2], 1)).toBe('byDate');
    expect(filesPlan(prepare, [a.other], 101)).toBe('gather');
  });

  it('each reads through an index from the ids it is given, also after ANALYZE on skewed data: no table is scanned', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    // Intakes without a project and files for each: statistics that would lead the planner to walk intakes instead.
    await arrange(t);
    db.exec('ANALYZE');
    for (const [name, sql] of Object.entries(EMPLOYER_SQL)) {
      const params = (sql.match(/\?/g) ?? []).map((_, i) => (sql.includes('json_each') && i < 2 ? '["x"]' : 'x'));
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail);
      // json_each reads the ids passed in; every table is searched by a key.
      // (A scan of a subquery's own rows — a CO-ROUTINE or MATERIALIZE of the plan — reads what it found, not a table.)
      const subqueries = plan.flatMap((d) => /^(?:CO-ROUTINE|MATERIALIZE) (.+)$/.exec(d)?.[1] ?? []);
      const scans = plan.filter((d) => d.startsWith('SCAN') && !d.includes('USING') && !/VIRTUAL TABLE/.test(d) && !subqueries.some((q) => d === `SCAN ${q}`) && !d.startsWith('SCAN CONSTANT'));
      expect(scans, `${name}: ${plan.join(' | ')}`).toEqual([]);
      // Never in through the unit's index (every intake and file of the unit); a lookup by employer or project never
      // goes through the intakes by file (intakes without a file are a large part of the table).
      // (filesOfPartiesByDate walks the files newest first on purpose, probing each by its id.)
      const byEmployer = /^(files|fileCount|intakesWithoutFile)/.test(name) && name !== 'filesOfPartiesByDate';
      const wrongWay = plan.filter((d) => /\(unit_id=\?\)/.test(d) || (byEmployer && d.includes('intakes_case_file_idx')));
      expect(wrongWay, `${name}: ${plan.join(' | ')}`).toEqual([]);
    }
  });
});
