// The WAL checkpoint off a save's path (durability/wal-checkpoint.ts): the core's connection no longer checkpoints
// inside the commit that crosses 1,000 WAL pages; it checkpoints PASSIVE after every eighth call that may write,
// once that call has answered, and leaves SQLite's own checkpoint as a bound far above.
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_EVERY, WAL_BOUND_PAGES } from '../../electron/core/durability/wal-checkpoint';
import { instantOf } from '../../shared/domain/time';
import { testCore } from '../helpers/core';

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

describe('the WAL checkpoint after the reply', () => {
  it('checkpoints after every eighth call that may write, never inside it, and bounds the WAL by SQLite’s own checkpoint', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    const party = (await t.client.call('parties.create', { kind: 'organisation', name: '日喀则雪域建筑工程有限公司' })).id;
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_BOUND_PAGES);
    const checkpoints: string[] = [];
    let inCall = false;
    const pragma = db.pragma.bind(db);
    db.pragma = ((source: string, options?: { simple?: boolean }) => {
      if (source.startsWith('wal_checkpoint')) checkpoints.push(inCall ? 'inside' : 'after');
      return pragma(source, options);
    }) as typeof db.pragma;
    const save = async (i: number) => {
      inCall = true;
      try {
        await t.client.call('intakes.create', {
          kind: 'complaint',
          channel: 'walkIn',
          receivedAt: instantOf('2026-11-20', '09:00') + i,
          summary: `第${i}次：工资未付`,
          workersCount: 1,
          parties: [{ partyId: party, role: 'employer' }],
          complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件', phones: [] }],
          route: 'inspection',
        });
      } finally {
        inCall = false;
      }
      await nextTurn();
    };
    // The calls before (sign-in, the employer) count too: save until the first checkpoint, then count from there.
    let i = 0;
    while (checkpoints.length === 0 && i < CHECKPOINT_EVERY) await save(i++);
    expect(checkpoints).toEqual(['after']);
    for (let k = 1; k < CHECKPOINT_EVERY; k++) await save(i++);
    expect(checkpoints).toEqual(['after']);
    await save(i);
    expect(checkpoints).toEqual(['after', 'after']);
  });
});
