// The parameters a connection keeps parsed (electron/core/reference/parameters.data.ts) are never older than the file:
// a change made through the settings service, by a raw statement on the core's own connection or by another
// connection is seen by the next read, a change rolled back is not, and a save reads one generation row instead of the
// whole table (migration 0073_parameter_generation).
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { deadlineSettings } from '../../electron/core/deadlines/deadlines.service';
import { PARAMETER_SQL } from '../../electron/core/reference/parameters.data';
import { parameterLookup } from '../../electron/core/reference/parameters.service';
import type { Prepare } from '../../db/statements';
import { FEEDBACK_DAYS_PARAMETER } from '../../shared/domain/followup';
import { deadlineSettingsFrom, PARAMETER_DEFS, resolveParameter } from '../../shared/domain/parameters';
import { dateKeyOf } from '../../shared/domain/time';
import { testCore, type TestCore } from '../helpers/core';

const KEY = FEEDBACK_DAYS_PARAMETER;
const setRaw = "UPDATE parameters SET value = ? WHERE key = 'followup.feedbackWorkingDays' AND region = '*'";

function feedbackDays(t: TestCore): unknown {
  return parameterLookup(t.core.services!, dateKeyOf(t.clock.now()))(KEY);
}

/** An intake saved at the desk, and the feedback date its notice was given (N working days after receipt). */
async function savedNoticeDue(t: TestCore): Promise<string> {
  const { id } = await t.client.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: t.clock.now() - 60_000,
    summary: '工资未付',
    workersCount: 1,
    amountClaimedFen: 100_000,
    parties: [],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件', phones: [], amountClaimedFen: 100_000 }],
    route: null,
    amountsConfirmed: true,
  } as never);
  return (t.core.services!.db.prepare('SELECT feedback_due FROM intake_notices WHERE intake_id = ?').get(id) as { feedback_due: string }).feedback_due;
}

/** Counts the whole-table reads of the parameters while fn runs (through the core's statement cache). */
async function wholeReads(t: TestCore, fn: () => Promise<unknown>): Promise<number> {
  const services = t.core.services!;
  const original = services.prepare;
  let n = 0;
  const counting: Prepare = (sql) => {
    if (sql === PARAMETER_SQL.all || /FROM parameters ORDER BY/.test(sql)) n++;
    return original(sql);
  };
  services.prepare = counting;
  try {
    await fn();
  } finally {
    services.prepare = original;
  }
  return n;
}

describe('the parameters kept in memory', () => {
  it('follow a change by the settings service, by raw SQL on the same connection and by another connection at once', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    expect(feedbackDays(t)).toBe(5);
    const dueAt5 = await savedNoticeDue(t);

    await t.admin.call('parameters.set', { key: KEY, region: '*', value: 7, effectiveFrom: '2004-12-01', source: '测试：本局规定', confidence: 'local', note: null });
    expect(feedbackDays(t)).toBe(7);

    db.prepare(setRaw).run('8');
    expect(feedbackDays(t)).toBe(8);

    const other = openDatabase(t.core.services!.config.paths.dbFile);
    try {
      other.prepare(setRaw).run('9');
      expect(feedbackDays(t)).toBe(9);
      // A save reads them inside its transaction: its notice counts the 9 working days.
      const dueAt9 = await savedNoticeDue(t);
      expect(dueAt9 > dueAt5).toBe(true);
      other.prepare(setRaw).run('5');
      expect(await savedNoticeDue(t)).toBe(dueAt5);
      // A row removed and one added, by the other connection.
      other.prepare("DELETE FROM parameters WHERE key = 'followup.feedbackWorkingDays'").run();
      expect(feedbackDays(t)).toBe(null);
      other
        .prepare(
          "INSERT INTO parameters (id, key, region, value, effective_from, source, confidence, created_at) VALUES ('p-test', 'followup.feedbackWorkingDays', '*', '6', '2004-12-01', 's', 'local', 0)",
        )
        .run();
      expect(feedbackDays(t)).toBe(6);
    } finally {
      other.close();
    }
  });

  it('do not keep a change rolled back, even when a later commit brings the generation to the same number', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    expect(feedbackDays(t)).toBe(5);
    expect(() =>
      db.transaction(() => {
        db.prepare(setRaw).run('12');
        expect(feedbackDays(t)).toBe(12);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    // Nothing read through the core in between: one committed write by another connection brings the generation to the
    // number the rolled-back write had reached, with other rows.
    const other = openDatabase(t.core.services!.config.paths.dbFile);
    try {
      expect(other.prepare("SELECT value FROM parameters WHERE key = 'followup.feedbackWorkingDays'").pluck().get()).toBe('5');
      other.prepare(setRaw).run('13');
    } finally {
      other.close();
    }
    expect(feedbackDays(t)).toBe(13);
    db.transaction(() => db.prepare(setRaw).run('14'))();
    expect(feedbackDays(t)).toBe(14);
  });

  it('carry the deadline settings: a length changed by another connection counts at once', async () => {
    const t = await testCore();
    expect(deadlineSettings(t.core.services!).lengths?.['inspection.decide']).toBe(15);
    const other = openDatabase(t.core.services!.config.paths.dbFile);
    try {
      other.prepare("UPDATE parameters SET value = '20' WHERE key = 'deadline.length.inspection.decide' AND region = '*'").run();
    } finally {
      other.close();
    }
    expect(deadlineSettings(t.core.services!).lengths?.['inspection.decide']).toBe(20);
  });

  it('are read whole once, not at every save', async () => {
    const t = await testCore();
    await savedNoticeDue(t);
    expect(await wholeReads(t, () => savedNoticeDue(t))).toBe(0);
    expect(await wholeReads(t, () => savedNoticeDue(t))).toBe(0);
    t.core.services!.db.prepare(setRaw).run('6');
    expect(await wholeReads(t, () => savedNoticeDue(t))).toBe(1);
  });

  it('give every key on every date the value the straightforward read gives: all rows read, parsed and resolved', async () => {
    const t = await testCore();
    const core = t.core.services!;
    // A county's own value, a later city value and a national one: the region chain and the dates both count.
    await t.admin.call('parameters.set', { key: KEY, region: '540200', value: 9, effectiveFrom: '2020-01-01', source: '测试：市局规定', confidence: 'local', note: null });
    await t.admin.call('parameters.set', { key: 'deadline.length.inspection.decide', region: '540200', value: 20, effectiveFrom: '2025-06-01', source: '测试', confidence: 'local', note: null });
    const rows = (core.db.prepare('SELECT key, region, value, effective_from FROM parameters').all() as { key: string; region: string; value: string; effective_from: string }[]).map((r) => ({
      key: r.key,
      region: r.region,
      value: JSON.parse(r.value) as unknown,
      effectiveFrom: r.effective_from,
      source: '',
      confidence: 'local' as const,
    }));
    const region = (core.db.prepare('SELECT u.region_code FROM installation i JOIN units u ON u.id = i.unit_id').get() as { region_code: string }).region_code;
    const keys = [...new Set([...Object.keys(PARAMETER_DEFS), ...rows.map((r) => r.key)])];
    const dates = ['1990-01-01', '2004-12-01', '2008-05-01', '2019-12-31', '2020-01-01', '2025-05-31', '2025-06-01', dateKeyOf(t.clock.now())];
    for (const date of dates) {
      const lookup = parameterLookup(core, date);
      for (const key of keys) expect(lookup(key), `${key} ${date}`).toEqual(resolveParameter(rows, key, region, date)?.value ?? null);
    }
    const today = dateKeyOf(t.clock.now());
    expect(deadlineSettings(core)).toEqual(deadlineSettingsFrom((key) => resolveParameter(rows, key, region, today)?.value ?? null));
    expect(deadlineSettings(core).lengths?.['inspection.decide']).toBe(20);
  });

  it('are checked by one seek of the generation row (query plan)', async () => {
    const t = await testCore();
    const plan = (t.core.services!.db.prepare(`EXPLAIN QUERY PLAN ${PARAMETER_SQL.generation}`).all() as { detail: string }[]).map((r) => r.detail);
    expect(plan).toEqual([expect.stringMatching(/^SEARCH parameter_generation USING INTEGER PRIMARY KEY \(rowid=\?\)$/)]);
  });

  it('are kept by triggers on every kind of write', async () => {
    const t = await testCore();
    const names = (t.core.services!.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'parameters' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(['parameter_generation_delete', 'parameter_generation_insert', 'parameter_generation_update']);
  });
});
