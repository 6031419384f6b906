// Number searches are not an oracle (security review, issue #10 item 3): without 'personal.unmask' a search by an
// ID number or a phone matches only what the masked form shows (region and last four of an ID, the first three and
// last four of a mobile), so guessing the hidden middle learns nothing; every number search is on the audit trail
// without the number in clear; a rapid series is refused and flagged to the auditor.
import { describe, expect, it } from 'vitest';
import { NUMBER_SEARCHES_PER_MINUTE, NUMBER_SEARCHES_PER_MINUTE_UNMASKED } from '../../electron/core/personal/number-search';
import { establishStaff, signInAs, testCore } from '../helpers/core';
import { ZHAXI_ID, ZHAXI_PHONE, zhaxiComplaint } from '../fixtures/zhaxi-complaint';

const BOSS_ID = '620102198701010384';

const complaint = zhaxiComplaint;

async function setting() {
  const t = await testCore();
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司', creditCode: '91540202MA6T1X2K63' });
  const boss = await t.client.call('parties.create', { kind: 'individual', name: '王德发', idNumber: BOSS_ID, phone: '13989025566' });
  const made = await t.client.call('intakes.create', complaint(employer.id));
  await establishStaff(t.core, t.admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
  const auditor = await signInAs(t.core, '白玛央宗');
  return { ...t, employer, boss, made, auditor };
}

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('number searches without personal.unmask', () => {
  it('answers a guessed ID number exactly as it answers the true one: only the visible parts decide', async () => {
    const { auditor, made } = await setting();
    const truth = ids(await auditor.call('intakes.list', { search: ZHAXI_ID }));
    // Same region, same last four, another birth date: the masked form is the same, so is the answer.
    const guess = ids(await auditor.call('intakes.list', { search: '540202199912310019' }));
    expect(truth).toEqual([made.id]);
    expect(guess).toEqual(truth);
    expect(ids(await auditor.call('cases.list', { search: '540202199912310019' }))).toEqual(ids(await auditor.call('cases.list', { search: ZHAXI_ID })));
    // A different visible part does not match.
    expect(ids(await auditor.call('intakes.list', { search: '540202198503120028' }))).toEqual([]);
  });

  it('answers a guessed mobile number exactly as it answers the true one', async () => {
    const { auditor, made } = await setting();
    expect(ids(await auditor.call('intakes.list', { search: ZHAXI_PHONE }))).toEqual([made.id]);
    expect(ids(await auditor.call('intakes.list', { search: '13900001200' }))).toEqual([made.id]);
    expect(ids(await auditor.call('intakes.list', { search: '13800001200' }))).toEqual([]);
  });

  it('finds by the last four digits the masked form shows, never by the hidden middle', async () => {
    const { auditor, made } = await setting();
    expect(ids(await auditor.call('intakes.list', { search: '0019' }))).toEqual([made.id]);
    expect(ids(await auditor.call('intakes.list', { search: '1200' }))).toEqual([made.id]);
    expect(ids(await auditor.call('intakes.list', { search: '0312' }))).toEqual([]);
    expect(ids(await auditor.call('intakes.list', { search: '0892' }))).toEqual([]);
  });

  it('parties.search: a full ID finds the party only through its visible parts', async () => {
    const { auditor, boss } = await setting();
    const truth = await auditor.call('parties.search', { query: BOSS_ID });
    const guess = await auditor.call('parties.search', { query: '620102200001010384' });
    expect(truth.map((p) => p.id)).toEqual([boss.id]);
    expect(guess.map((p) => p.id)).toEqual([boss.id]);
    expect(guess[0].idNumber).toBe('620102********0384');
    expect((await auditor.call('parties.search', { query: '0384' })).map((p) => p.id)).toEqual([boss.id]);
    expect(await auditor.call('parties.search', { query: '620102198701010385' })).toEqual([]);
  });

  it('still lets the desk, who may unmask, find by part of a number', async () => {
    const { client, made, boss } = await setting();
    expect(ids(await client.call('intakes.list', { search: '5402021985' }))).toEqual([made.id]);
    expect(ids(await client.call('intakes.list', { search: ZHAXI_ID }))).toEqual([made.id]);
    expect(ids(await client.call('intakes.list', { search: '540202199912310019' }))).toEqual([]);
    expect((await client.call('parties.search', { query: '6201021987' })).map((p) => p.id)).toEqual([boss.id]);
    // Codes that are not personal data are found whole by anyone.
    expect((await client.call('parties.search', { query: '91540202MA6T1X2K63' })).length).toBe(1);
  });

  it('finds a number whole through its head (rules version 5: no whole term), the boss\'s ID on the intake too', async () => {
    const { core, client, made, employer, boss } = await setting();
    const withBoss = await client.call('intakes.create', zhaxiComplaint(employer.id, {
      parties: [{ partyId: employer.id, role: 'employer' }, { partyId: boss.id, role: 'laborTeam' }],
      complainants: [{ name: '次仁', idType: 'residentId', idNumber: '540202199001020039', phones: ['13989021234'] }],
    }));
    const db = core.services!.db;
    const term = (t: string) => db.prepare('SELECT count(*) AS n FROM search_terms WHERE term = ?').get(t) as { n: number };
    // Indexed by their heads only; the heads answer the whole number and every prefix longer than a head.
    for (const whole of [ZHAXI_ID, ZHAXI_PHONE, BOSS_ID, '13989021234']) expect(term(`n:${whole}`).n).toBe(0);
    expect(term(`n:${ZHAXI_ID.slice(0, 14)}`).n).toBe(1);
    expect(ids(await client.call('intakes.list', { search: ZHAXI_ID }))).toEqual([made.id]);
    expect(ids(await client.call('intakes.list', { search: ZHAXI_ID.slice(0, 16) }))).toEqual([made.id]);
    expect(ids(await client.call('intakes.list', { search: ZHAXI_PHONE }))).toEqual([made.id]);
    expect(ids(await client.call('intakes.list', { search: ZHAXI_PHONE.slice(0, 9) }))).toEqual([made.id]);
    expect(ids(await client.call('intakes.list', { search: '13989021234' }))).toEqual([withBoss.id]);
    // A party's ID number: confirmed against the intake's numbers, which now hold it.
    expect(ids(await client.call('intakes.list', { search: BOSS_ID }))).toEqual([withBoss.id]);
    expect(ids(await client.call('intakes.list', { search: BOSS_ID.slice(0, 15) }))).toEqual([withBoss.id]);
    // A wrong last digit matches nothing, though the head is the same.
    expect(ids(await client.call('intakes.list', { search: `${ZHAXI_ID.slice(0, 17)}8` }))).toEqual([]);
    expect(ids(await client.call('intakes.list', { search: '13908921201' }))).toEqual([]);
    // The pickers keep every number whole (their prefix ranges read them).
    expect((db.prepare("SELECT count(*) AS n FROM name_search_terms WHERE term = ?").get(`n:${BOSS_ID}`) as { n: number }).n).toBe(1);
  });

  it('finds registration numbers and credit codes whole, as before', async () => {
    const { auditor, made, employer } = await setting();
    expect(ids(await auditor.call('intakes.list', { search: made.regNoText }))).toEqual([made.id]);
    expect((await auditor.call('parties.search', { query: '91540202MA6T1X2K63' })).map((p) => p.id)).toEqual([employer.id]);
  });
});

describe('number searches on the record', () => {
  it('audits every number search, by anyone, with the channel and the kind of number, never the number in clear', async () => {
    const { core, client, auditor } = await setting();
    await client.call('intakes.list', { search: ZHAXI_ID });
    await auditor.call('intakes.list', { search: ZHAXI_PHONE });
    await auditor.call('parties.search', { query: BOSS_ID });
    await auditor.call('cases.list', { search: '0019' });
    // A name search is not a number search.
    await auditor.call('intakes.list', { search: '扎西' });
    const rows = core.services!.db.prepare("SELECT channel, change FROM audit_log WHERE action = 'searchByNumber' ORDER BY seq").all() as { channel: string; change: string }[];
    expect(rows.map((r) => [r.channel, JSON.parse(r.change).kinds, JSON.parse(r.change).maskedQuery])).toEqual([
      ['intakes.list', ['idNumber'], '540202********0019'],
      ['intakes.list', ['phone'], '139****1200'],
      ['parties.search', ['idNumber'], '620102********0384'],
      ['cases.list', ['lastDigits'], '0019'],
    ]);
    // (The person's own creation row keeps the number, masked on the auditor's screen; the searches never hold it.)
    const everything = rows.map((r) => r.change).join();
    expect(everything).not.toContain(ZHAXI_ID);
    expect(everything).not.toContain(ZHAXI_PHONE);
    expect(everything).not.toContain(BOSS_ID);
  });

  it('refuses a rapid series of number searches with a message to wait, flags it to the auditor, and lets searches resume a minute later', async () => {
    const { core, client, clock, auditor } = await setting();
    for (let i = 0; i < NUMBER_SEARCHES_PER_MINUTE; i++) {
      const middle = String(19850101 + i);
      expect((await auditor.invoke('intakes.list', { search: `540202${middle}0019` })).ok).toBe(true);
    }
    const refused = await auditor.invoke('intakes.list', { search: '540202198502010019' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('请稍候') } });
    // Other channels count too: it is the session that searches.
    expect((await auditor.invoke('parties.search', { query: BOSS_ID })).ok).toBe(false);
    // Searching by name is not held up.
    expect((await auditor.invoke('intakes.list', { search: '扎西' })).ok).toBe(true);
    // Another person's session is not held up either.
    expect((await client.invoke('intakes.list', { search: ZHAXI_ID })).ok).toBe(true);
    const flagged = await auditor.call('audit.list', { filter: { action: 'numberSearchFlood' } });
    expect(flagged.items).toHaveLength(1);
    expect(flagged.items[0]).toMatchObject({ actionLabel: expect.stringContaining('频繁'), actor: { name: '白玛央宗' } });
    expect(JSON.parse(flagged.items[0].change)).toMatchObject({ channel: 'intakes.list', limit: NUMBER_SEARCHES_PER_MINUTE });
    clock.advance(61_000);
    expect((await auditor.invoke('intakes.list', { search: ZHAXI_ID })).ok).toBe(true);
    expect((core.services!.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'numberSearchFlood'").get() as { n: number }).n).toBe(1);
  });

  it('lets a role that may see full numbers search more often — a desk typing number after number — but still stops a script', async () => {
    const { client } = await setting();
    for (let i = 0; i < NUMBER_SEARCHES_PER_MINUTE_UNMASKED; i++) expect((await client.invoke('intakes.list', { search: `5402021985${String(i).padStart(4, '0')}0019` })).ok).toBe(true);
    expect(await client.invoke('intakes.list', { search: ZHAXI_ID })).toMatchObject({ ok: false, error: { message: expect.stringContaining(`每分钟最多${NUMBER_SEARCHES_PER_MINUTE_UNMASKED}次`) } });
  });
});
