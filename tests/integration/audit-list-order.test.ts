// The auditor's list runs newest first by time, entries of the same millisecond newest in the chain first, and pages
// through a filter and a date range without repeating or missing an entry — also when the computer's clock was set
// back (an entry later in the chain but earlier in time is listed by its time). The order is each filter's index's
// own (audit-query-plans.test.ts): a page reads its rows and stops (issue #15).
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/contract/audit';
import { instantOf } from '../../shared/domain/time';
import { establishStaff, signInAs, testCore, type Client } from '../helpers/core';

type Filter = { action?: string; entity?: string; from?: string; to?: string };

async function everyPage(auditor: Client, filter: Filter, limit: number): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: { items: AuditEntry[]; nextCursor: string | null } = await auditor.call('audit.list', { filter, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    all.push(...page.items);
    cursor = page.nextCursor;
    if (cursor === null) return all;
  }
  throw new Error('the pages never ended');
}

describe('the auditor’s list in time order', () => {
  it('lists newest first by time, ties by the chain, and pages a filter and a date range without repeats or gaps', async () => {
    const t = await testCore();
    await establishStaff(t.core, t.admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
    const made: { name: string; at: number }[] = [];
    // A desk signed in at each new time (a day's jump, or the clock set back, locks an open session).
    const at = async (day: string, time: string) => {
      t.clock.t = instantOf(day, time);
      desk = await signInAs(t.core, '次仁卓玛');
    };
    let desk: Client = t.client;
    const party = async (name: string) => {
      await desk.call('parties.create', { kind: 'organisation', name });
      made.push({ name, at: t.clock.now() });
    };
    // 25 November: three at the same millisecond, two five minutes later.
    for (const n of ['甲', '乙', '丙']) await party(`同一毫秒${n}建筑有限公司`);
    t.clock.advance(5 * 60_000);
    for (const n of ['丁', '戊']) await party(`五分钟后${n}劳务有限公司`);
    // 26 November: two, then the clock is set back to the 25th, 10:02, and one more is written.
    await at('2026-11-26', '08:00');
    for (const n of ['己', '庚']) await party(`次日${n}工程有限公司`);
    await at('2026-11-25', '10:02');
    await party('时钟回拨后登记的辛公司');
    t.clock.t = instantOf('2026-11-27', '08:00');

    const auditor = await signInAs(t.core, '白玛央宗');
    const nameOf = (e: AuditEntry) => (JSON.parse(e.change) as { name: string }).name;
    const byTime = [...made].map((m, i) => ({ ...m, i })).sort((a, b) => b.at - a.at || b.i - a.i).map((m) => m.name);

    for (const limit of [1, 2, 3, 50]) {
      const parties = (await everyPage(auditor, { entity: 'party' }, limit)).filter((e) => e.action === 'create');
      expect(parties.map(nameOf), `limit ${limit}`).toEqual(byTime);
      // Times never increase down the list; on a tie the later entry in the chain comes first.
      const listed = await everyPage(auditor, {}, limit);
      expect(new Set(listed.map((e) => e.seq)).size).toBe(listed.length);
      for (let k = 1; k < listed.length; k++) {
        const [a, b] = [listed[k - 1]!, listed[k]!];
        expect(a.at > b.at || (a.at === b.at && a.seq > b.seq), `${a.seq} before ${b.seq}`).toBe(true);
      }
    }
    // The entry written after the clock went back sits among the 25th's by its time, though it is last in the chain.
    expect(byTime).toEqual(['次日庚工程有限公司', '次日己工程有限公司', '五分钟后戊劳务有限公司', '五分钟后丁劳务有限公司', '时钟回拨后登记的辛公司', '同一毫秒丙建筑有限公司', '同一毫秒乙建筑有限公司', '同一毫秒甲建筑有限公司']);

    // A date range with an action, and with an entity: the 25th's five and the one written with the clock set back.
    const day = { from: '2026-11-25', to: '2026-11-25' };
    const onThe25th = byTime.filter((n) => !n.startsWith('次日'));
    for (const limit of [1, 2, 4]) {
      const created = await everyPage(auditor, { action: 'create', ...day }, limit);
      expect(created.filter((e) => e.entity === 'party').map(nameOf), `action, limit ${limit}`).toEqual(onThe25th);
      expect(created.every((e) => e.at >= instantOf('2026-11-25', '00:00') && e.at < instantOf('2026-11-26', '00:00'))).toBe(true);
      expect((await everyPage(auditor, { entity: 'party', ...day }, limit)).map(nameOf), `entity, limit ${limit}`).toEqual(onThe25th);
    }
    // The 26th alone; and a range that holds nothing.
    expect((await everyPage(auditor, { entity: 'party', from: '2026-11-26', to: '2026-11-26' }, 1)).map(nameOf)).toEqual(['次日庚工程有限公司', '次日己工程有限公司']);
    expect(await everyPage(auditor, { entity: 'party', from: '2026-11-20', to: '2026-11-24' }, 2)).toEqual([]);
  });
});
