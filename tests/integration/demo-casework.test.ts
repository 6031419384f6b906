// The demo database carries its files through the engine: files at every stage the workflow makes possible, every
// stored deadline lawful (no bureau duty overdue, none met late), and closed files of fixed past dates whose met
// deadlines are never provisional — on whatever day the demo is made.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { deadlinesFromEvents } from '../../shared/domain/deadline-state';
import { dateKeyOf } from '../../shared/domain/time';
import { loadCalendar } from '../../electron/core/deadlines/calendar.service';
import { deadlineSettings } from '../../electron/core/deadlines/deadlines.service';
import { proceedingEvents, storedStatus } from '../../electron/core/deadlines/stored-deadlines';
import { demoCore, signInAs } from '../helpers/core';

describe('demo case work', () => {
  for (const day of ['2026-11-25', '2027-02-15']) {
    it(`made on ${day}: lawful stored deadlines over many stages, and the leader's desk shows their files, the urgent ones, and no overdue duty`, async () => {
      const t = await demoCore(day);
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
      // Its incident, 督办 and meetings: every report clock met in time, the supervision not past its date.
      const files = db.prepare('SELECT DISTINCT case_file_id AS id FROM incidents UNION SELECT case_file_id FROM supervisions UNION SELECT case_file_id FROM meetings').all() as { id: string }[];
      const seen = { incidents: 0, clocks: 0, supervisions: 0, meetings: 0 };
      for (const f of files) {
        const r = await leader.call('incidents.get', { caseFileId: f.id });
        for (const i of r.incidents) {
          seen.incidents++;
          expect(i.status).toBe('closed');
          for (const c of i.clocks) {
            seen.clocks++;
            expect(c.state).toBe('met');
          }
        }
        for (const s of r.supervisions) {
          seen.supervisions++;
          expect(s.reportBy > day).toBe(true);
          expect(['running', 'dueSoon', 'met']).toContain(s.dueState);
        }
        seen.meetings += r.meetings.length;
      }
      expect(seen).toEqual({ incidents: 1, clocks: 3, supervisions: 1, meetings: 2 });
      // The newest files wait in the inspection department's inbox for 签收, none of them overdue; the rest were taken.
      const inspector = await signInAs(t.core, '张伟', DEMO_PASSWORD);
      const inbox = await inspector.call('routing.inbox', { departmentId: null });
      expect(inbox.department?.name).toBe('劳动保障监察支队');
      expect(inbox.items.length).toBeGreaterThan(0);
      expect(inbox.items.every((i) => i.due === null || i.due.dueState !== 'overdue')).toBe(true);
      expect((await inspector.call('routing.inbox', { departmentId: null, view: 'accepted' })).items.length).toBeGreaterThan(5);
      // The department's 负责人 sees the 包案领导 the desk proposed, waiting for confirmation; the inspector does not.
      const head = await signInAs(t.core, '达瓦次仁', DEMO_PASSWORD);
      const headDesk = await head.call('desk.summary', {});
      expect(headDesk.counts.pendingLeaders).toBeGreaterThan(0);
      expect(headDesk.pendingLeaders.length).toBe(Math.min(headDesk.counts.pendingLeaders, 20));
      expect((await inspector.call('desk.summary', {})).counts.pendingLeaders).toBe(0);
      // 首问负责: no complainant past their feedback date; some answered (one after a call that did not get through),
      // and the ones registered in the last days waiting on the leader's list, due soon.
      const waiting = await leader.call('followup.waiting', {});
      expect(waiting.overdue).toBe(0);
      expect(waiting.items.length).toBeGreaterThan(0);
      expect(waiting.items.every((i) => i.state === 'dueSoon')).toBe(true);
      const calls = db.prepare('SELECT reached, count(*) AS n FROM intake_callbacks GROUP BY reached ORDER BY reached').all() as { reached: number; n: number }[];
      expect(calls[0]!.n).toBeGreaterThan(0);
      expect(calls[1]!.n).toBeGreaterThan(5);
      const late = db.prepare("SELECT count(*) AS n FROM intake_notices WHERE answered_at IS NOT NULL AND strftime('%Y-%m-%d', answered_at / 1000, 'unixepoch', '+8 hours') > feedback_due").get() as { n: number };
      expect(late.n).toBe(0);
    }, 60_000);
  }
  // 2026-12-08: a Tuesday whose demo accepts an arbitration case and books its hearing on the day.
  it.each(['2026-11-25', '2026-12-08'])('made early on %s: nothing in it is dated after the moment it was made (the audit trail lists newest first by time)', async (day) => {
    // demoCore makes the demo at 08:30; its stories put many steps at 10:00 of their day, today's among them.
    const t = await demoCore(day);
    const db = t.core.services!.db;
    const now = t.clock.now();
    const latest = (sql: string) => (db.prepare(sql).get() as { at: number }).at;
    // The demo's rows (the calendar's seeding row before them is the template database's, made by the real clock).
    expect(latest("SELECT max(at) AS at FROM audit_log WHERE seq >= (SELECT seq FROM audit_log WHERE action = 'seedDemo')")).toBeLessThanOrEqual(now);
    expect(latest('SELECT max(at) AS at FROM case_events')).toBeLessThanOrEqual(now);
    expect(latest('SELECT max(recorded_at) AS at FROM proceeding_events')).toBeLessThanOrEqual(now);
    expect(latest('SELECT max(scheduled_at) AS at FROM hearings')).toBeLessThanOrEqual(now);
  });
});
