import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../shared/contract';
import { instantOf } from '../../shared/domain/time';
import { testCore } from '../helpers/core';
import { SEARCH_TERMS_VERSION, searchIndexVersion } from '../../electron/core/jobs/search-rebuild';

describe('jobs run in a worker thread with their own connection', () => {
  it('rebuilds the search index with progress events, and search works from the rebuilt index', async () => {
    const { core, client, admin } = await testCore();
    const party = await client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
    const made = await client.call('intakes.create', {
      kind: 'complaint',
      channel: 'walkIn',
      receivedAt: instantOf('2026-11-25', '09:00'),
      summary: '工资未付',
      workersCount: 1,
      parties: [{ partyId: party.id, role: 'employer' }],
      complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
      route: 'inspection',
    });
    const db = core.services!.db;
    db.exec('DELETE FROM intake_postings; DELETE FROM intake_search_docs; DELETE FROM search_terms; DELETE FROM intake_fts; DELETE FROM name_search_terms;');
    expect((await client.call('intakes.list', { search: '扎西' })).items).toEqual([]);

    const events: CoreEvent[] = [];
    const unsubscribe = core.events.subscribe((e) => events.push(e));
    const job = await admin.call('jobs.start', { kind: 'search.rebuild' });
    expect(job.status).toBe('running');
    const done = await core.services!.jobs.wait(job.id);
    unsubscribe();
    expect(done).toMatchObject({ status: 'succeeded', done: 2, total: 2 });
    expect(events.some((e) => e.type === 'job.progress')).toBe(true);
    expect(events.find((e) => e.type === 'job.finished')).toMatchObject({ job: { id: job.id, status: 'succeeded' } });
    expect((await admin.call('jobs.get', { jobId: job.id })).status).toBe('succeeded');
    expect((await client.call('intakes.list', { search: '扎西' })).items.map((i) => i.id)).toEqual([made.id]);
    expect((await client.call('parties.search', { query: '华建' })).map((p) => p.id)).toEqual([party.id]);
    const audit = db.prepare("SELECT action FROM audit_log WHERE entity = 'job' ORDER BY seq").all();
    expect(audit).toEqual([{ action: 'start' }, { action: 'succeeded' }]);
  });

  it('cancels a job before it finishes and says so', async () => {
    const { core, admin } = await testCore();
    const job = await admin.call('jobs.start', { kind: 'search.rebuild' });
    const cancelling = await admin.call('jobs.cancel', { jobId: job.id });
    expect(cancelling.message).toBe('正在取消…');
    const done = await core.services!.jobs.wait(job.id);
    expect(done.status).toBe('cancelled');
    expect(done.message).toContain('已取消');
    expect(await admin.invoke('jobs.get', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '任务不存在' } });
  });

  it('a database indexed under older search rules is re-indexed in the background at the next start', async () => {
    const t = await testCore();
    await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司', creditCode: '91512081MA62K0260E' });
    const db = t.core.services!.db;
    expect(searchIndexVersion(db)).toBe(SEARCH_TERMS_VERSION);
    db.exec('DELETE FROM search_index_state; DELETE FROM name_search_terms; DELETE FROM name_terms; DELETE FROM search_names;');
    await t.core.close();

    const again = await testCore({ dataDir: t.dataDir, initialized: false });
    const db2 = again.core.services!.db;
    for (let i = 0; i < 100 && searchIndexVersion(db2) < SEARCH_TERMS_VERSION; i++) await new Promise((r) => setTimeout(r, 100));
    expect(searchIndexVersion(db2)).toBe(SEARCH_TERMS_VERSION);
    // The party's number in name_search_terms, its name's terms in the names dictionary (name_terms).
    expect((db2.prepare('SELECT count(*) AS n FROM name_search_terms').get() as { n: number }).n).toBeGreaterThan(0);
    expect((db2.prepare("SELECT count(*) AS n FROM search_names WHERE entity = 'party'").get() as { n: number }).n).toBe(1);
    expect((db2.prepare('SELECT count(*) AS n FROM name_terms').get() as { n: number }).n).toBeGreaterThan(20);
    const row = db2.prepare(`SELECT actor_staff_id, change FROM audit_log WHERE channel = 'jobs.start' ORDER BY seq DESC LIMIT 1`).get() as { actor_staff_id: string | null; change: string };
    expect(row.actor_staff_id).toBeNull();
    expect(JSON.parse(row.change)).toMatchObject({ kind: 'search.rebuild' });
  });
});
