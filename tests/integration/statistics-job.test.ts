// A long period's report as a job (issue #14 §5): the leader's page starts it, follows it table by table and may stop
// it; the finished job gives the very report statistics.compute gives (same figures, same digest), so 报送 works from
// it. Cancelling stops between two tables and keeps nothing.
import { describe, expect, it } from 'vitest';
import type { StatReport } from '../../shared/domain/statistics/model';
import { runStatRequest, StatCancelled } from '../../electron/core/statistics/stats-engine';
import { runStatReportJob } from '../../electron/core/statistics/stats-job';
import { businessCounts, signInAs, testCore } from '../helpers/core';
import { statisticsWorld } from '../helpers/statistics-world';

const YEAR = { kind: 'year' as const, from: '2026-01-01', to: '2026-12-31' };

describe('a long period counted as a job', () => {
  it('reports progress table by table and finishes with the report statistics.compute gives, which can be submitted', async () => {
    const t = await testCore();
    const w = await statisticsWorld(t);
    const scope = { period: YEAR, unitId: w.unitId };
    const started = await w.leader.call('statistics.computeJob', scope);
    expect(started).toMatchObject({ kind: 'statistics.report', status: 'running' });
    const done = await t.core.services!.jobs.wait(started.id);
    expect(done).toMatchObject({ status: 'succeeded', done: 3, total: 3, message: '统计报表完成，共 3 步' });
    const report = (done.result as unknown as { report: StatReport & { digest: string } }).report;
    const direct = await w.leader.call('statistics.compute', scope);
    // The same figures and digest (computedAt is the moment of each count, not part of the digest).
    expect({ ...report, computedAt: '' }).toEqual({ ...direct, computedAt: '' });
    expect(report.tables.find((x) => x.kind === 'arbitration')!.rows[0]!.values['arbitration.accepted']!.value).toBeGreaterThan(0);
    // The job's state is the starter's (and maintenance's) to see, not another desk's.
    expect(await w.leader.call('jobs.get', { jobId: started.id })).toMatchObject({ status: 'succeeded' });
    const desk = await signInAs(t.core, '次仁卓玛');
    expect(await desk.invoke('jobs.get', { jobId: started.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // 报送 from the job's digest.
    const submitted = await w.leader.call('statistics.submit', { ...scope, digest: report.digest });
    expect(submitted.report.digest).toBe(report.digest);
    // Its audit row keeps the digest, not the tables.
    const audit = t.core.services!.db.prepare("SELECT change FROM audit_log WHERE entity = 'job' AND entity_id = ? AND action = 'succeeded'").get(started.id) as { change: string };
    expect(JSON.parse(audit.change).result).toEqual({ digest: report.digest, period: report.period, unit: report.unit });
  });

  it('refuses a bad period in Chinese and starts nothing', async () => {
    const t = await testCore();
    const w = await statisticsWorld(t);
    const counts = businessCounts(t.core);
    const r = await w.leader.invoke('statistics.computeJob', { period: { kind: 'custom', from: '2026-12-31', to: '2026-01-01' }, unitId: w.unitId });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(r)).toMatch(/[\u4e00-\u9fa5]/);
    expect(businessCounts(t.core)).toEqual(counts);
  });

  it('stops between two tables when cancelled, and keeps nothing', async () => {
    const t = await testCore();
    const w = await statisticsWorld(t);
    const db = t.core.services!.db;
    const req = { op: 'report' as const, withFiles: false, unitId: w.unitId, includeSubunits: false, period: YEAR, today: '2026-12-31', computedAt: '' };
    const steps: string[] = [];
    let asked = 0;
    // Cancelled after the first table: the second is never counted.
    expect(() => runStatRequest(db, req, { step: (_d, _t, m) => steps.push(m), cancelled: () => asked++ >= 1 })).toThrow(StatCancelled);
    expect(steps).toEqual(['正在统计劳动争议处理情况（日喀则市人力资源和社会保障局）']);
    // The job's own answer: cancelled, no report; the progress it reported before.
    const progress: [number, number][] = [];
    const r = runStatReportJob({ db, progress: (d, total) => progress.push([d, total]), cancelled: () => progress.length >= 2 }, req);
    expect(r).toEqual({ cancelled: true, report: null });
    expect(progress).toEqual([[0, 3], [1, 3]]);
  });
});
