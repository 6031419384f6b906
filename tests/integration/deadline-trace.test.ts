// The computation (计算过程) of a stored clock is no longer stored with it: deadlines.trace recomputes it with the same
// engine from the proceeding's events on the basis of the day it was computed — and it must read exactly as the trace
// stored before did, whatever day it is opened. Compacting an older database drops only the traces so re-derived.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { instantOf } from '../../shared/domain/time';
import type { ProceedingKind } from '../../shared/domain/vocabulary';
import { readCalendar } from '../../electron/core/deadlines/calendar.service';
import { deadlineBasis } from '../../electron/core/deadlines/deadline-basis';
import { deadlineSettings } from '../../electron/core/deadlines/deadlines.service';
import { computeProceedingDeadlines } from '../../electron/core/deadlines/stored-deadlines';
import { compactStoredTraces } from '../../electron/core/deadlines/trace-compaction';
import { demoCore, signInAs } from '../helpers/core';

interface Row {
  id: string;
  proceeding_id: string;
  kind: ProceedingKind;
  rule_id: string;
  party: string;
  award_finality: string;
  trace: string | null;
  trace_hash: number | null;
  status: string;
  provisional: number;
}

async function demo() {
  const t = await demoCore();
  const db = t.core.services!.db;
  const rows = () =>
    db.prepare('SELECT d.id, d.proceeding_id, p.kind, d.rule_id, d.party, d.award_finality, d.trace, d.trace_hash, d.status, d.provisional FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id ORDER BY d.id').all() as Row[];
  return { t, db, rows };
}

/** Each clock's trace as storeProceedingDeadlines stored it before (the whole JSON), computed on the day it was stored. */
function tracesAsStoredBefore(t: Awaited<ReturnType<typeof demo>>['t'], rows: Row[]): Map<string, string> {
  const core = t.core.services!;
  const basis = deadlineBasis(core);
  const out = new Map<string, string>();
  for (const pid of new Set(rows.map((r) => r.proceeding_id))) {
    const states = computeProceedingDeadlines(core.prepare, pid, rows.find((r) => r.proceeding_id === pid)!.kind, basis);
    for (const r of rows.filter((x) => x.proceeding_id === pid)) {
      const s = states.find((x) => x.rule === r.rule_id && (x.party ?? '') === r.party && (x.awardFinality ?? '') === r.award_finality)!;
      out.set(r.id, JSON.stringify(s.trace));
    }
  }
  return out;
}

describe('the trace of a stored deadline, on demand', () => {
  it('is recomputed exactly as it was stored, weeks later, and only clocks that cannot be recomputed keep it as text', async () => {
    const { t, rows } = await demo();
    const stored = rows();
    expect(stored.length).toBeGreaterThanOrEqual(20);
    const before = tracesAsStoredBefore(t, stored);
    // Only a pause still open or a provisional date keeps its text; every other clock keeps just the hash.
    for (const r of stored) expect(r.trace !== null).toBe(r.status === 'paused' || r.provisional === 1);
    expect(stored.filter((r) => r.trace === null).length).toBeGreaterThanOrEqual(15);

    // Forty days on (other dates, other due-soon states), each trace still reads as computed that day.
    t.clock.t = instantOf('2027-01-04', '09:00');
    const leader = await signInAs(t.core, '李强', DEMO_PASSWORD);
    for (const r of stored) {
      const out = await leader.call('deadlines.trace', { deadlineId: r.id });
      expect(out.trace).toEqual(JSON.parse(before.get(r.id)!));
      expect(out.source).toBe(r.trace === null ? 'recomputed' : 'stored');
    }
  });

  it('compacts an older database: a trace the engine re-derives identically goes, any other stays as it was', async () => {
    const { t, db, rows } = await demo();
    const before = tracesAsStoredBefore(t, rows());
    // An older database: every clock with its whole trace, one of them not what today's engine gives.
    const set = db.prepare('UPDATE deadlines SET trace = ?, trace_hash = NULL WHERE id = ?');
    for (const [id, trace] of before) set.run(trace, id);
    const odd = rows().find((r) => r.status !== 'paused' && r.provisional === 0)!;
    const oddTrace = JSON.stringify([...(JSON.parse(before.get(odd.id)!) as string[]), '（旧版本的说明）']);
    set.run(oddTrace, odd.id);

    const core = t.core.services!;
    const result = compactStoredTraces({ db, progress: () => undefined, cancelled: () => false }, core.prepare, readCalendar(core.prepare), deadlineSettings(core));
    const after = rows();
    const kept = after.filter((r) => r.trace !== null);
    expect(result.compacted).toBe(after.length - kept.length);
    expect(kept.map((r) => r.id).sort()).toEqual(after.filter((r) => r.id === odd.id || r.status === 'paused' || r.provisional === 1).map((r) => r.id).sort());
    expect(kept.find((r) => r.id === odd.id)!.trace).toBe(oddTrace);

    const leader = await signInAs(t.core, '李强', DEMO_PASSWORD);
    for (const r of after) {
      const out = await leader.call('deadlines.trace', { deadlineId: r.id });
      expect(out.trace).toEqual(JSON.parse(r.id === odd.id ? oddTrace : before.get(r.id)!));
    }
    // Once compacted, a second run has nothing to do.
    expect(compactStoredTraces({ db, progress: () => undefined, cancelled: () => false }, core.prepare, readCalendar(core.prepare), deadlineSettings(core)).compacted).toBe(0);
  });

  it('says so when the basis moved since and the clock was not recomputed, and refuses an unknown clock in Chinese', async () => {
    const { t, db, rows } = await demo();
    const r = rows().find((x) => x.trace === null)!;
    // A hash that no longer matches: what a calendar or parameter changed after a closed proceeding's last count leaves.
    db.prepare('UPDATE deadlines SET trace_hash = trace_hash + 1 WHERE id = ?').run(r.id);
    const leader = await signInAs(t.core, '李强', DEMO_PASSWORD);
    const out = await leader.call('deadlines.trace', { deadlineId: r.id });
    expect(out.source).toBe('changed');
    expect(out.trace.length).toBeGreaterThan(0);
    expect(await leader.invoke('deadlines.trace', { deadlineId: '0194f3a2-0000-7000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '该期限不存在' } });
  });
});
