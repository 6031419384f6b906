// Job 'deadlines.recompute': after a calendar or parameter change (or a start that finds the stored deadlines
// computed on another basis), every proceeding whose clocks can still move is recomputed from its events. Batches
// commit one by one, each leaving its proceedings' deadlines equal to the engine, so a cancelled run leaves no wrong
// date behind it that was right before — only dates not yet brought up to the new basis, which the next start redoes.
import { createHash } from 'node:crypto';
import type { Db } from '../../../db/open';
import { statementCache, type Prepare } from '../../../db/statements';
import type { DeadlineSettings } from '../../../shared/domain/deadline-rules';
import { PROCEEDINGS } from '../../../shared/domain/proceedings';
import { derivedTx } from '../kernel/tx';
import { readCalendar } from './calendar.service';
import { compactStoredTraces } from './trace-compaction';
import { proceedingsToRecompute, storeProceedingDeadlines } from './stored-deadlines';

/**
 * Bumped when the engine counts differently: the next start recomputes everything. 3: the inspection's steps —
 * 结案 and 撤销立案 end the investigation clock, a hearing request runs only where a penalty is intended. 4: a hearing's
 * day is a clock — the 开庭通知书 owed to each party (调解仲裁法 Art. 35). 5: the referral's 24-hour transfer and the
 * blacklist's 陈述申辩 period and 3-year term. 6: the trace is no longer stored with every clock (recomputed on demand):
 * the next start recomputes the running clocks and compacts the others' rows (compactStoredTraces).
 */
export const DEADLINE_ENGINE_VERSION = 6;

export function basisKey(calendarVersion: string, settings: DeadlineSettings): string {
  const settingsHash = createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 12);
  return `engine ${DEADLINE_ENGINE_VERSION}; ${calendarVersion}; settings ${settingsHash}`;
}

export function storedBasis(prepare: Prepare): string | null {
  return (prepare('SELECT basis FROM deadline_basis WHERE id = 1').get() as { basis: string } | undefined)?.basis ?? null;
}

const CLOSED: Record<string, readonly string[]> = Object.fromEntries(Object.values(PROCEEDINGS).map((d) => [d.kind, d.closed]));

export interface RecomputeParams {
  today: string;
  settings: DeadlineSettings;
}

export interface RecomputeContext {
  db: Db;
  now(): number;
  progress(done: number, total: number, message: string): void;
  cancelled(): boolean;
}

const BATCH = 200;

interface Checkpoint {
  basis: string;
  afterId: string;
  done: number;
}

function checkpointOf(prepare: Prepare): Checkpoint | null {
  return (prepare('SELECT basis, after_id AS afterId, done FROM deadline_recompute_checkpoint WHERE id = 1').get() as Checkpoint | undefined) ?? null;
}

/**
 * Recomputes every proceeding whose clocks can still move, in batches that commit one by one. Each batch also writes
 * where it got to (deadline_recompute_checkpoint), so a run cut by a cancel, a close or a crash is taken up by the next
 * run on the same basis after the last committed batch; one on another basis starts again from the first proceeding
 * (what the earlier run did was on a basis no longer in force). The end writes the basis and deletes the checkpoint in
 * one transaction. Proceedings created meanwhile had their clocks computed by their own transactions.
 */
export function recomputeDeadlines(
  ctx: RecomputeContext,
  params: RecomputeParams,
): { recomputed: number; clocks: number; cancelled: boolean; resumedFrom: number } {
  const prepare = statementCache(ctx.db);
  const calendar = readCalendar(prepare);
  const basis = { today: params.today, calendar, settings: params.settings };
  const key = basisKey(calendar.version, params.settings);
  const saved = checkpointOf(prepare);
  const resume = saved !== null && saved.basis === key ? saved : null;
  const resumedFrom = resume?.done ?? 0;
  const todo = proceedingsToRecompute(prepare, CLOSED, resume?.afterId ?? null);
  const total = resumedFrom + todo.length;
  let done = resumedFrom;
  let clocks = 0;
  ctx.progress(done, total, resume ? `从上次中断处继续：已完成 ${done} 个，共 ${total} 个程序待重新计算期限` : `共 ${total} 个程序待重新计算期限`);
  const mark = prepare(
    `INSERT INTO deadline_recompute_checkpoint (id, basis, after_id, done) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET basis = excluded.basis, after_id = excluded.after_id, done = excluded.done`,
  );
  for (let i = 0; i < todo.length; i += BATCH) {
    if (ctx.cancelled()) return { recomputed: done - resumedFrom, clocks, cancelled: true, resumedFrom };
    const batch = todo.slice(i, i + BATCH);
    derivedTx(ctx.db, () => {
      const now = ctx.now();
      for (const p of batch) clocks += storeProceedingDeadlines(prepare, now, p, basis);
      mark.run(key, batch[batch.length - 1]!.id, done + batch.length);
    });
    done += batch.length;
    ctx.progress(done, total, `已重新计算 ${done} / ${total} 个程序的期限`);
  }
  // The clocks not recomputed (closed proceedings) still carry traces stored by an older version: compact those the engine re-derives.
  const compacted = compactStoredTraces(ctx, prepare, calendar, params.settings);
  if (compacted.cancelled) return { recomputed: done - resumedFrom, clocks, cancelled: true, resumedFrom };
  derivedTx(ctx.db, () => {
    prepare('INSERT INTO deadline_basis (id, basis, computed_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET basis = excluded.basis, computed_at = excluded.computed_at').run(key, ctx.now());
    prepare('DELETE FROM deadline_recompute_checkpoint').run();
  });
  return { recomputed: done - resumedFrom, clocks, cancelled: false, resumedFrom };
}
