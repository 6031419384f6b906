// A searched page reads in proportion to the page (docs/performance.md, "Pages in proportion to the page"): an ID
// prefix as long as a head (10, 14 digits) is answered by that head and, for a number of exactly its length, by its
// masked form — not by the shorter head's whole region, each intake of it confirmed — with the same results as a
// full scan; a pinyin prefix over many dictionary terms confirms each candidate with one read, not one per term.
import { describe, expect, it } from 'vitest';
import type { Prepare } from '../../db/statements';
import { listIntakes } from '../../electron/core/intakes/intakes.list';
import { POSTINGS_SQL } from '../../electron/core/search/postings.data';
import { intakeListInput } from '../../shared/contract/intakes';
import { instantOf } from '../../shared/domain/time';
import { allPages, filledSearchCore, intakesByNumberScan } from '../helpers/search-core';

/** A prepare that counts how often each statement runs. */
function counting(prepare: Prepare, runs: Map<string, number>): Prepare {
  return ((sql: string) => {
    const st = prepare(sql);
    const count = () => runs.set(sql, (runs.get(sql) ?? 0) + 1);
    return new Proxy(st, {
      get(target, p) {
        const v = Reflect.get(target, p) as unknown;
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          if (p === 'all' || p === 'get') count();
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }) as Prepare;
}

describe('a searched page in proportion to the page', () => {
  it('finds an ID prefix of 10 and of 14 characters as a scan does, numbers of exactly that length included, without confirming the region', async () => {
    const { client, core, db } = await filledSearchCore(300, ['日喀则雪域建筑工程有限公司', '巴桑劳务分包有限公司']);
    const id = (db.prepare('SELECT id_number AS v FROM persons WHERE id_number IS NOT NULL ORDER BY id LIMIT 1 OFFSET 40').get() as { v: string }).v;
    // Two workers whose documents are exactly as long as the queries (a passport, another document): no head of that length.
    for (const [idType, idNumber] of [['passport', id.slice(0, 10)], ['other', id.slice(0, 14)]] as const) {
      await client.call('intakes.create', {
        kind: 'complaint',
        channel: 'walkIn',
        receivedAt: instantOf('2019-05-06', '10:00'),
        summary: '证件号码长度与查询相同',
        workersCount: 1,
        parties: [],
        complainants: [{ name: '测试', idType, idNumber, phones: [] }],
        route: 'inspection',
      });
    }
    for (const q of [id.slice(0, 10), id.slice(0, 14), id.slice(0, 12)]) {
      const expected = intakesByNumberScan(db, q.toLowerCase());
      expect(expected.length, q).toBeGreaterThan(1);
      expect(await allPages(client, q, 50), q).toEqual(expected);
      expect(await allPages(client, q, 7), q).toEqual(expected);
    }
    // The region head (its first 6) is in every intake: a 10-character prefix confirmed none of them one by one.
    const s = core.services!;
    const runs = new Map<string, number>();
    const page = listIntakes({ ...s, prepare: counting(s.prepare, runs) }, intakeListInput.parse({ search: id.slice(0, 10), limit: 50 }), { numbers: 'prefix', searchReports: true });
    expect(page.items.length).toBeGreaterThan(1);
    expect(runs.get(POSTINGS_SQL.personalNumbers) ?? 0).toBeLessThanOrEqual(2);
  });
});
