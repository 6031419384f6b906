// The end of a listing (《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》): the daily job removes it as the system on the
// day its three years end — on the timeline, audited, once, and after a restart catching up the days the PC was off —
// and the leader's desk shows it; early removal is refused, in turn, until the arrears are paid (the stored payments),
// a 守信承诺 is recorded and six months have passed since the correction.
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { removeExpiredListings } from '../../electron/core/blacklist/blacklist-expiry';
import { listingsDue } from '../../electron/core/blacklist/blacklist.data';
import { silentLogger } from '../../electron/core/kernel/logger';
import { instantOf } from '../../shared/domain/time';
import { MIGRATIONS_DIR, signInAs, testCore, TestClock } from '../helpers/core';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { approve, LISTED_EMPLOYER, listedEmployer, statusOf, step } from '../helpers/listing';
import { CLOCK_EVENT_SOURCE_SQL } from '../../electron/core/proceedings/proceedings.data';
import type { Db } from '../../db/open';

describe('期满移出 by the daily job', () => {
  it('removes the listing dated the day its term ends, as the system, once — after a restart that missed that day', async () => {
    const t = await testCore();
    const f = await listedEmployer(t);
    expect(await statusOf(f.suolang, f.caseFileId, 'blacklisting')).toBe('已列入');

    // The day before the term ends (2029-12-03): nothing to do.
    t.clock.t = instantOf('2029-12-02', '10:00');
    expect(removeExpiredListings(t.core.services!)).toEqual({ removed: 0, refused: [] });
    expect(await statusOf(f.leader, f.caseFileId, 'blacklisting')).toBe('已列入');

    // The PC is off from then until 2029-12-10: the start catches up, dating the removal 2029-12-03.
    await t.core.close();
    const clock = new TestClock(instantOf('2029-12-10', '08:30'));
    const core = createCore({ dataDir: t.dataDir, migrationsDir: MIGRATIONS_DIR, clock, logger: silentLogger, passwordCost: TEST_PASSWORD_COST, documentBodyFont: null, scheduler: false });
    try {
      await core.writesReady;
      const leader = await signInAs(core, '李强');
      expect(await statusOf(leader, f.caseFileId, 'blacklisting')).toBe('已移出');
      const db = core.services!.db;
      const pid = (db.prepare("SELECT id FROM proceedings WHERE case_file_id = ? AND kind = 'blacklisting'").get(f.caseFileId) as { id: string }).id;
      // Stored as '.expire' (the proceeding's kind is not repeated), read whole through the proceeding (issue #15).
      expect(db.prepare(`SELECT e.date, e.source AS stored, ${CLOCK_EVENT_SOURCE_SQL} AS source, e.recorded_by FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id WHERE e.proceeding_id = ? AND e.kind = 'delisted'`).all(pid)).toEqual([
        { date: '2029-12-03', stored: '.expire', source: 'blacklisting.expire', recorded_by: null },
      ]);
      // On the timeline as 系统 (no actor), and in the audit chain under the system's channel.
      const line = db.prepare("SELECT summary, actor_staff_id FROM case_events WHERE proceeding_id = ? AND kind = 'proceeding.step' ORDER BY seq DESC LIMIT 1").get(pid);
      expect(line).toEqual({ summary: '2029-12-03 列入期满三年，移出失信联合惩戒名单', actor_staff_id: null });
      const audit = db.prepare("SELECT actor_staff_id, channel FROM audit_log WHERE entity_id = ? AND action = 'proceedingStep' ORDER BY seq DESC LIMIT 1").get(pid);
      expect(audit).toEqual({ actor_staff_id: null, channel: 'system.blacklistExpiry' });

      // Idempotent: a second run (the next tick) finds nothing.
      expect(removeExpiredListings(core.services!)).toEqual({ removed: 0, refused: [] });
      expect((db.prepare("SELECT count(*) AS n FROM proceeding_events WHERE proceeding_id = ? AND kind = 'delisted'").get(pid) as { n: number }).n).toBe(1);
      // Run at every start and tick: a range of the running term clocks by due date, each proceeding by its key — never
      // every listing, nor every overdue clock; in due-date order without a sort.
      let sql = '';
      listingsDue(((text: string) => ((sql = text), { all: () => [] })) as never, '2029-12-10');
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('2029-12-10') as { detail: string }[]).map((r) => r.detail);
      expect(plan).toEqual([
        expect.stringMatching(/^SEARCH d USING (COVERING )?INDEX deadlines_blacklist_term_due_idx \(due_date<\?\)$/),
        expect.stringMatching(/^SEARCH p USING INDEX sqlite_autoindex_proceedings_1 \(id=\?\)$/),
      ]);

      // The leader's desk shows the removal the system made.
      const desk = await leader.call('desk.summary', {});
      expect(desk.counts.delistings).toBe(1);
      expect(desk.delistings).toMatchObject([{ caseFileId: f.caseFileId, removedOn: '2029-12-03', early: false, by: null }]);
      // A handler's desk does not list them.
      await expect((await signInAs(core, '索朗')).call('desk.summary', {})).resolves.toMatchObject({ counts: { delistings: 0 }, delistings: [] });
    } finally {
      await core.close();
    }
  });
});

describe('the listings due, read in proportion', () => {
  /** The plain reading the duty made before: every listed blacklisting with its term clock, no index named. */
  const plainDue = (db: Db, today: string) =>
    db
      .prepare(
        `SELECT d.proceeding_id AS proceedingId, d.due_date AS dueDate FROM proceedings p JOIN deadlines d ON d.proceeding_id = p.id
         WHERE p.kind = 'blacklisting' AND p.status = 'listed' AND d.rule_id = 'blacklist.term' AND d.status = 'open' AND d.due_date <= ?
         ORDER BY d.due_date, d.proceeding_id`,
      )
      .all(today);

  it('are those of the plain reading, whatever the day, the state of the clock and of the listing', async () => {
    const t = await testCore();
    const f = await listedEmployer(t);
    const db = t.core.services!.db;
    const prepare = t.core.services!.prepare;
    const pid = (db.prepare("SELECT id FROM proceedings WHERE case_file_id = ? AND kind = 'blacklisting'").get(f.caseFileId) as { id: string }).id;
    const days = ['2026-12-03', '2029-12-02', '2029-12-03', '2035-01-01'];
    const agree = () => {
      for (const day of days) expect(listingsDue(prepare, day), day).toEqual(plainDue(db, day));
    };
    agree();
    expect(listingsDue(prepare, '2029-12-03')).toEqual([{ proceedingId: pid, dueDate: '2029-12-03' }]);
    expect(listingsDue(prepare, '2029-12-02')).toEqual([]);
    // A clock paused, then met, leaves the index; running again, it is back.
    for (const status of ['paused', 'met', 'open']) {
      db.prepare("UPDATE deadlines SET status = ? WHERE proceeding_id = ? AND rule_id = 'blacklist.term'").run(status, pid);
      agree();
    }
    expect(listingsDue(prepare, '2035-01-01')).toHaveLength(1);
    // A listing no longer listed is not due, though its clock were left running.
    db.prepare("UPDATE proceedings SET status = 'removed' WHERE id = ?").run(pid);
    agree();
    expect(listingsDue(prepare, '2035-01-01')).toEqual([]);
  });
});

describe('提前移出', () => {
  it('refuses while arrears remain, then without a 守信承诺, then before six months from the correction; approved after', async () => {
    const t = await testCore();
    const f = await listedEmployer(t);
    const early = (date: string, correctionDate = '2026-12-03') => step(f.suolang, f.caseFileId, 'blacklisting', 'removeEarly', { date, correctionDate, reason: '已足额支付拖欠工资' });
    const pay = (amountFen: number) =>
      f.suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.zhaxi, payerKind: 'employer', payerName: LISTED_EMPLOYER, method: 'cash', receiptMark: 'thumbprint', receiptSigner: '扎西', paidOn: '2026-12-03', amountFen });
    const CITE = '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》';

    expect(await early('2026-12-03')).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: `拖欠的工资尚未全部支付（扎西尚欠¥8,000.00），不能提前移出；请先登记支付（${CITE}）` } });
    await pay(300_000);
    expect(await early('2026-12-03')).toMatchObject({ ok: false, error: { message: `拖欠的工资尚未全部支付（扎西尚欠¥5,000.00），不能提前移出；请先登记支付（${CITE}）` } });
    await pay(500_000);
    expect(await early('2026-12-03')).toMatchObject({ ok: false, error: { message: `当事人尚未作出书面守信承诺，不能提前移出；请先“记录守信承诺”（${CITE}）` } });
    // The case page explains the disabled step in the same words.
    const offered = (await f.suolang.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((p) => p.kind === 'blacklisting')!.actions.find((a) => a.action === 'removeEarly')!;
    expect(offered.blockedBy).toBe(`当事人尚未作出书面守信承诺，不能提前移出；请先“记录守信承诺”（${CITE}）`);

    expect(await step(f.suolang, f.caseFileId, 'blacklisting', 'recordPledge', { date: '2026-12-03', content: '今后按时足额支付农民工工资，不再拖欠' })).toMatchObject({ ok: true });
    expect(await early('2026-12-03')).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { date: '改正之日起满六个月（2027-06-03）方可提前移出' } } });
    expect(await statusOf(f.suolang, f.caseFileId, 'blacklisting')).toBe('已列入');

    t.clock.t = instantOf('2027-06-03', '10:00');
    expect(await early('2027-06-03')).toMatchObject({ ok: true, value: { approvalRequested: true } });
    await approve(f.leader, f.caseFileId, 'blacklisting', '2027-06-03');
    expect(await statusOf(f.suolang, f.caseFileId, 'blacklisting')).toBe('已移出');
    const desk = await f.leader.call('desk.summary', {});
    expect(desk.delistings).toMatchObject([{ caseFileId: f.caseFileId, removedOn: '2027-06-03', early: true, by: { name: '李强' } }]);
    // Nothing left for the daily job.
    t.clock.t = instantOf('2029-12-04', '10:00');
    expect(removeExpiredListings(t.core.services!).removed).toBe(0);
  });

  it('a voided payment after the request stops the leader’s approval: the arrears are read again', async () => {
    const t = await testCore();
    const f = await listedEmployer(t);
    const paid = await f.suolang.call('payments.record', { caseFileId: f.caseFileId, kind: 'worker', personId: f.zhaxi, payerKind: 'employer', payerName: LISTED_EMPLOYER, method: 'cash', receiptMark: 'thumbprint', receiptSigner: '扎西', paidOn: '2026-12-03', amountFen: 800_000 });
    await step(f.suolang, f.caseFileId, 'blacklisting', 'recordPledge', { date: '2026-12-03', content: '今后按时足额支付农民工工资' });
    t.clock.t = instantOf('2027-06-03', '10:00');
    expect(await step(f.suolang, f.caseFileId, 'blacklisting', 'removeEarly', { date: '2027-06-03', correctionDate: '2026-12-03', reason: '已足额支付' })).toMatchObject({ ok: true });
    const payment = paid.payments.find((p) => p.amountFen === 800_000)!;
    expect(await f.suolang.invoke('payments.void', { what: 'payment', id: payment.id, reason: '收条系伪造，经核实未支付' })).toMatchObject({ ok: true });
    const p = (await f.leader.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.kind === 'blacklisting')!;
    const r = await f.leader.invoke('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意', date: '2027-06-03', expectedRowVersion: p.pendingApproval!.rowVersion });
    expect(r).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: '不能批准：拖欠的工资尚未全部支付（扎西尚欠¥8,000.00），不能提前移出；请先登记支付（《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》）' } });
    expect(await statusOf(f.suolang, f.caseFileId, 'blacklisting')).toBe('已列入');
  });
});
