// The month's files and the steps' inputs at scale (issue #15): firstEventFiles reads, per event of the period, the
// file's earlier events of the kind by one seek of the (proceeding, kind, date) index, and, for a report counted without
// its files, none of the columns only a drill-down shows; stepInputs takes each proceeding's last matching step by
// reading its audit rows backwards. On a seed:large history both must give, for every month of it (the city with its
// counties; July also for the city alone, a county, and a period starting inside it), exactly what
// the statements they replaced gave (kept here verbatim as the reference).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { firstEventFiles, stepInputs } from '../../electron/core/statistics/inspection.data';
import { withStatConnection } from '../../electron/core/statistics/stats-engine';
import type { StatScope } from '../../electron/core/statistics/table';
import { customPeriod, monthPeriod } from '../../shared/domain/statistics/period';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { seedLarge } from '../bench/seed-large';

/** The statement before: each event of the period checked against every event of the file's proceedings. */
function referenceFiles(db: Db, s: StatScope, kind: string, event: string): unknown[] {
  return db
    .prepare(
      `SELECT cf.id AS caseFileId, p.number AS number, si.reg_year AS regYear, si.reg_no AS regNo, cf.title AS title, u.name AS unitName, p.id AS proceedingId, p.status AS status, e.date AS date
       FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id JOIN case_files cf ON cf.id = p.case_file_id JOIN units u ON u.id = cf.unit_id LEFT JOIN intakes si ON si.id = cf.source_intake_id
       WHERE e.kind = @event AND e.date BETWEEN @from AND @to AND p.kind = @kind AND cf.unit_id IN (SELECT value FROM json_each(@units))
         AND NOT EXISTS (SELECT 1 FROM proceedings p2 JOIN proceeding_events e2 ON e2.proceeding_id = p2.id
                         WHERE p2.case_file_id = cf.id AND +p2.kind = @kind AND +e2.kind = @event AND (e2.date < e.date OR (e2.date = e.date AND e2.seq < e.seq)))
       ORDER BY e.date, cf.seq`,
    )
    .all({ units: JSON.stringify(s.unitIds), from: s.from, to: s.to, kind, event });
}

/** The statement before: every step of each proceeding in seq order, the last one kept. */
function referenceInputs(db: Db, ids: readonly string[], action: string): [string, unknown][] {
  const rows = db
    .prepare(
      `SELECT entity_id AS id, json_extract(change, '$.input') AS input FROM audit_log
       WHERE entity = 'proceeding' AND entity_key IN (SELECT audit_id_bytes(value) FROM json_each(@ids)) AND +action = 'proceedingStep'
         AND json_extract(change, '$.action') = @action ORDER BY seq`,
    )
    .all({ ids: JSON.stringify(ids), action }) as { id: string; input: string }[];
  return [...new Map(rows.map((r) => [r.id, JSON.parse(r.input) as unknown]))].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const EVENTS = [
  ['inspection', 'received'],
  ['inspection', 'accepted'],
  ['inspection', 'caseClosed'],
  ['inspection', 'rejected'],
  ['inspection', 'filed'],
  ['inspection', 'decisionMade'],
  ['inspection', 'penaltyDecided'],
  ['policeReferral', 'referralTransferred'],
  ['blacklisting', 'listed'],
  ['blacklisting', 'delisted'],
] as const;
const STEPS = { caseClosed: 'close', decisionMade: 'decideHandling', penaltyDecided: 'decidePenalty' } as Record<string, string>;

describe('the month\'s files and the steps\' inputs count what they always counted', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xinan-month-files-'));
    await seedLarge({ intakes: 400, dataDir: dir, log: () => {}, passwordCost: TEST_PASSWORD_COST, batch: 200 });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every month of the seed\'s history and a period inside each: the same files, in the same order, and the same inputs', () => {
    withStatConnection(join(dir, 'xinan.sqlite3'), (db) => {
      const units = db.prepare('SELECT id, parent_id AS parent FROM units').all() as { id: string; parent: string | null }[];
      const city = units.find((u) => u.parent === null)!.id;
      const scopes = [[city], units.map((u) => u.id), [units.find((u) => u.parent !== null)!.id]];
      const { first, last } = db.prepare('SELECT MIN(date) AS first, MAX(date) AS last FROM proceeding_events').get() as { first: string; last: string };
      const seen: Record<string, number> = {};
      let inputs = 0;
      for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
        for (let m = 1; m <= 12; m++) {
          const month = monthPeriod(y, m);
          const next = m === 12 ? monthPeriod(y + 1, 1) : monthPeriod(y, m + 1);
          // Every month for the city with its counties; July also a period starting on its 12th,
          // and for the city alone and a county.
          const periods = m === 7 ? [month, customPeriod(`${month.from.slice(0, 8)}12`, `${next.from.slice(0, 8)}09`)] : [month];
          for (const period of periods) {
            for (const unitIds of m === 7 ? scopes : [scopes[1]!]) {
              const s = { from: period.from, to: period.to, unitIds };
              for (const [kind, event] of EVENTS) {
                const reference = referenceFiles(db, s, kind, event) as { caseFileId: string; proceedingId: string; status: string; date: string }[];
                const listed = firstEventFiles(db, s, kind, event);
                expect(listed, `${period.from} ${unitIds.length} ${event}`).toEqual(reference);
                // Counted without its files: the same rows, without the drill-down's columns.
                const nulls = { number: null, regYear: null, regNo: null, title: null, unitName: null };
                expect(firstEventFiles(db, s, kind, event, false)).toEqual(reference.map((r) => ({ ...r, ...nulls })));
                seen[event] = (seen[event] ?? 0) + reference.length;
                const action = STEPS[event];
                if (action) {
                  const ids = listed.map((r) => r.proceedingId);
                  const expected = referenceInputs(db, ids, action);
                  expect([...stepInputs(db, ids, action)].sort((a, b) => (a[0] < b[0] ? -1 : 1)), `${period.from} ${action}`).toEqual(expected);
                  inputs += expected.length;
                }
              }
            }
          }
        }
      }
      // Not an empty comparison: files of every kind but the rarest, and the inputs of their steps.
      for (const event of ['received', 'accepted', 'caseClosed', 'filed', 'decisionMade']) expect(seen[event], event).toBeGreaterThan(50);
      expect(inputs).toBeGreaterThan(150);
    });
  });
});
