// The carried-over figures (上期结转) at scale (issue #15): the statements start from candidates — the open work and the
// files closed since the period began, or the acceptances before it — instead of the unit's whole history. Whichever
// side, they must give exactly the rows of the definition: the statements as they were before (kept here verbatim as
// the reference), for every month of a seed:large history, each unit alone and the city with its counties.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { acceptedCases } from '../../electron/core/statistics/arbitration.data';
import { carriedOverSide } from '../../electron/core/statistics/carried-over.data';
import { carriedOverFiles } from '../../electron/core/statistics/inspection.data';
import { withStatConnection } from '../../electron/core/statistics/stats-engine';
import type { StatScope } from '../../electron/core/statistics/table';
import { addDays, monthPeriod } from '../../shared/domain/statistics/period';
import { instantOf } from '../../shared/domain/time';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { seedLarge } from '../bench/seed-large';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xinan-carried-over-'));
  await seedLarge({ intakes: 400, dataDir: dir, log: () => {}, passwordCost: TEST_PASSWORD_COST, batch: 200 });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const params = (s: StatScope) => ({ units: JSON.stringify(s.unitIds), from: s.from, to: s.to });

/** The arbitration statement before issue #15's change: every case of the unit opened by the period's end. */
function referenceAccepted(db: Db, s: StatScope): unknown[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT p.id AS proceedingId, f.id AS caseFileId, p.number AS number, f.title AS title, f.unit_id AS unitId, u.name AS unitName,
                (SELECT MIN(e.date) FROM proceeding_events e WHERE e.proceeding_id = p.id AND e.kind = 'accepted') AS acceptedOn, c.closed_on AS closedOn,
                (SELECT COUNT(*) FROM proceeding_parties pp WHERE pp.proceeding_id = p.id AND pp.person_id IS NOT NULL) AS workers,
                (SELECT GROUP_CONCAT(DISTINCT cl.category) FROM arbitration_claims cl WHERE cl.proceeding_id = p.id) AS categories
         FROM proceedings p JOIN case_files f ON f.id = p.case_file_id JOIN units u ON u.id = f.unit_id
         LEFT JOIN arbitration_closings c ON c.proceeding_id = p.id
         WHERE p.kind = 'arbitration' AND f.unit_id IN (SELECT value FROM json_each(@units)) AND p.opened_at < @openedBefore
           AND (c.closed_on IS NULL OR c.closed_on >= @from)
       ) WHERE acceptedOn IS NOT NULL AND acceptedOn <= @to
       ORDER BY acceptedOn, number, proceedingId`,
    )
    .all({ ...params(s), openedBefore: instantOf(addDays(s.to, 1)) })
    .map((r) => {
      const row = r as { categories: string | null };
      return { ...row, categories: row.categories ? row.categories.split(',') : [] };
    });
}

/** The inspection statement before issue #15's change: every 受理 before the period. */
function referenceCarried(db: Db, s: StatScope): unknown[] {
  return db
    .prepare(
      `SELECT cf.id AS caseFileId, p.number AS number, si.reg_year AS regYear, si.reg_no AS regNo, cf.title AS title, u.name AS unitName, MIN(e.date) AS date
       FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id
         JOIN case_files cf ON cf.id = p.case_file_id JOIN units u ON u.id = cf.unit_id LEFT JOIN intakes si ON si.id = cf.source_intake_id
       WHERE e.kind = 'accepted' AND e.date < @from AND p.kind = 'inspection' AND cf.unit_id IN (SELECT value FROM json_each(@units))
         AND NOT EXISTS (SELECT 1 FROM proceedings cp JOIN proceeding_events c ON c.proceeding_id = cp.id
                         WHERE cp.case_file_id = cf.id AND +cp.kind = 'inspection' AND +c.kind = 'caseClosed' AND c.date < @from)
       GROUP BY cf.id ORDER BY date, cf.seq`,
    )
    .all(params(s));
}

describe('the carried-over figures read the open work, and count what they always counted', () => {
  it('every month of the history, each side, equals the definition: the same cases and files, in the same order', () => {
    withStatConnection(join(dir, 'xinan.sqlite3'), (db) => {
      const units = (db.prepare('SELECT id, parent_id AS parent FROM units').all() as { id: string; parent: string | null }[]);
      const city = units.find((u) => u.parent === null)!.id;
      const scopes = [[city], units.map((u) => u.id), [units.find((u) => u.parent !== null)!.id]];
      const { first, last } = db.prepare("SELECT MIN(date) AS first, MAX(date) AS last FROM proceeding_events WHERE kind = 'accepted'").get() as { first: string; last: string };
      const sides = new Set<string>();
      let carried = 0;
      let accepted = 0;
      for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)) + 1; y++) {
        for (let m = 1; m <= 12; m++) {
          const period = monthPeriod(y, m);
          sides.add(carriedOverSide(db, period.from));
          for (const unitIds of scopes) {
            const s = { from: period.from, to: period.to, unitIds };
            const arbitration = referenceAccepted(db, s);
            const inspection = referenceCarried(db, s);
            for (const side of ['before', 'since'] as const) {
              expect(acceptedCases(db, s, side), `${side} ${period.from} ${unitIds.length}`).toEqual(arbitration);
              expect(carriedOverFiles(db, s, side), `${side} ${period.from} ${unitIds.length}`).toEqual(inspection);
            }
            carried += inspection.length;
            accepted += arbitration.length;
          }
        }
      }
      // The history is not empty: the comparison saw cases and files carried over, and both sides were chosen.
      expect(carried).toBeGreaterThan(100);
      expect(accepted).toBeGreaterThan(100);
      expect([...sides].sort()).toEqual(['before', 'since']);
    });
  });
});
