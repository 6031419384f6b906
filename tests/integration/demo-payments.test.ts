// The demo carries one partial payment on an inspection file, made through the payments service: after the complaint,
// before the day the demo is made, by the inspector on the file's team; the worker's still owed is what is left.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { testCore } from '../helpers/core';

describe('demo payments', () => {
  for (const day of ['2026-11-25', '2027-02-15']) {
    it(`made on ${day}: one cash payment of half a worker's claim, lawfully dated, counting for the worker`, async () => {
      const t = await testCore({ initialized: false, offerDemo: true });
      t.clock.t = instantOf(day, '08:30');
      await t.client.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: 'guanli2026', demo: true });
      const db = t.core.services!.db;
      const rows = db
        .prepare(
          `SELECT p.case_file_id, p.person_id, p.paid_on, p.amount_fen, p.method, p.receipt_mark, p.status, i.received_date, ic.amount_claimed_fen
           FROM wage_payments p JOIN case_files c ON c.id = p.case_file_id JOIN intakes i ON i.id = c.source_intake_id
           JOIN intake_complainants ic ON ic.intake_id = i.id AND ic.person_id = p.person_id`,
        )
        .all() as { paid_on: string; received_date: string; amount_fen: number; amount_claimed_fen: number; method: string; receipt_mark: string; status: string }[];
      expect(rows).toHaveLength(1);
      const [p] = rows;
      expect(p!.paid_on > p!.received_date && p!.paid_on < day).toBe(true);
      expect(p).toMatchObject({ method: 'cash', receipt_mark: 'signed', status: 'valid', amount_fen: Math.floor(p!.amount_claimed_fen / 2) });
      expect(db.prepare("SELECT count(*) AS n FROM case_events WHERE kind = 'payment.recorded'").get()).toEqual({ n: 1 });
    });
  }
});
