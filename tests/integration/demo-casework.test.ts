// The demo database carries its files through the engine: files at every stage the workflow makes possible, every
// stored deadline lawful (no bureau duty overdue, none met late), and closed files of fixed past dates whose met
// deadlines are never provisional — on whatever day the demo is made.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { deadlinesFromEvents } from '../../shared/domain/deadline-state';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import { loadCalendar } from '../../electron/core/deadlines/calendar.service';
import { deadlineSettings } from '../../electron/core/deadlines/deadlines.service';
import { proceedingEvents, storedStatus } from '../../electron/core/deadlines/stored-deadlines';
import { signInAs, testCore } from '../helpers/core';

async function demoOn(day: string) {
  const t = await testCore({ initialized: false, offerDemo: true });
  t.clock.t = instantOf(day, '08:30');
  await t.client.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: 'guanli2026', demo: true });
  return t;
}

describe('demo case work', () => {
  for (const day of ['2026-11-25', '2027-02-15']) {
    it(`made on ${day}: lawful stored deadlines over many stages, and the leader's desk shows their files, the urgent ones, and no overdue duty`, async () => {
      const t = await demoOn(day);
      const db = t.core.services!.db;
      const rows = db.prepare('SELECT d.rule_id, d.status, d.due_date, d.nature, d.provisional, p.kind, p.status AS pstatus FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id').all() as {
        rule_id: string;
        status: string;
        due_date: string;
        nature: string;
        provisional: number;
        kind: string;
        pstatus: string;
      }[];
      expect(rows.length).toBeGreaterThanOrEqual(20);
      expect(new Set(rows.map((r) => `${r.kind}/${r.pstatus}`)).size).toBeGreaterThanOrEqual(6);
      // Lawful: nothing met late, no bureau duty past its date.
      expect(rows.filter((r) => r.status === 'metLate')).toEqual([]);
      expect(rows.filter((r) => r.status === 'open' && r.nature === 'duty' && r.due_date < day)).toEqual([]);
      // Files of fixed past dates, closed with their clocks met and not provisional.
      expect(rows.filter((r) => r.status === 'met' && r.provisional === 0).length).toBeGreaterThanOrEqual(2);
      // Every stored clock equals the engine on the demo's own events.
      const core = t.core.services!;
      for (const p of db.prepare('SELECT id, kind FROM proceedings').all() as { id: string; kind: string }[]) {
        const want = deadlinesFromEvents(proceedingEvents(core.prepare, p.id), { today: dateKeyOf(core.clock.now()), calendar: loadCalendar(core), settings: deadlineSettings(core), proceedingKind: p.kind })
          .map((d) => `${d.rule}|${d.startedOn}|${d.due}|${storedStatus(d.status)}`)
          .sort();
        const have = (db.prepare('SELECT rule_id, start_date, due_date, status FROM deadlines WHERE proceeding_id = ?').all(p.id) as { rule_id: string; start_date: string; due_date: string; status: string }[])
          .map((d) => `${d.rule_id}|${d.start_date}|${d.due_date}|${d.status}`)
          .sort();
        expect(have).toEqual(want);
      }
      const leader = await signInAs(t.core, '李强', DEMO_PASSWORD);
      const desk = await leader.call('desk.summary', {});
      expect(desk.counts.overdue).toBe(0);
      expect(desk.counts.myFiles).toBeGreaterThan(5);
      expect(desk.urgentFiles.length).toBeGreaterThan(0);
    }, 60_000);
  }
});
