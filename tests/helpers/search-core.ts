// A core with many intakes for the search tests: the employers created through the contract, one template intake
// registered as the desk would, then copied `count` times over ten years by the bench's own bulk fill.
import type { Db } from '../../db/open';
import { instantOf } from '../../shared/domain/time';
import { fillIntakes } from '../bench/search-fill';
import { testCore, type Client } from './core';

/** `employers[0]` is the template's employer; the copies draw theirs from all of them. */
export async function filledSearchCore(count: number, employers: readonly string[]) {
  const t = await testCore();
  const partyIds: string[] = [];
  for (const name of employers) partyIds.push((await t.client.call('parties.create', { kind: 'organisation', name })).id);
  const template = await t.client.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2016-11-30', '09:00'),
    summary: '模板登记',
    workersCount: 1,
    parties: [{ partyId: partyIds[0], role: 'employer' }],
    complainants: [{ name: '模板', idType: 'none', idMissingReason: '未带证件', phones: ['13900000000'] }],
    route: 'inspection',
  });
  const db = t.core.services!.db;
  const personId = (db.prepare('SELECT person_id FROM intake_complainants WHERE intake_id = ?').get(template.id) as { person_id: string }).person_id;
  fillIntakes(db, { intakeId: template.id, personId, partyIds }, count);
  return { ...t, db, partyIds, template };
}

/** Every page of a search, following the cursors. */
export async function allPages(client: Client, search: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const page: { items: { id: string }[]; nextCursor: string | null } = await client.call('intakes.list', { search, limit, cursor });
    ids.push(...page.items.map((x) => x.id));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return ids;
}

/** The intakes having a worker whose ID number or phone begins with the query, newest first, by a full scan (numbers have no ranks). */
export function intakesByNumberScan(db: Db, q: string): string[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT i.id, i.received_at, i.seq FROM intakes i JOIN intake_complainants ic ON ic.intake_id = i.id JOIN persons pe ON pe.id = ic.person_id
         LEFT JOIN person_phones ph ON ph.person_id = pe.id
         WHERE lower(pe.id_number) LIKE ? || '%' OR ph.phone LIKE ? || '%' ORDER BY i.received_at DESC, i.seq DESC`,
      )
      .all(q, q) as { id: string }[]
  ).map((r) => r.id);
}
