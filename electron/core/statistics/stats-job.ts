// Job 'statistics.report': a long period's report (a year, a long custom period) counted in the job worker on its own
// read-only connection, with progress table by table and a cancel checked between tables (issue #14 §5: the leader's
// page shows how far it is and can stop it). The request is built by the core (statistics.service.ts computeJob), so
// the settings date and the report's time are the core's; the result is the report with its digest, as
// statistics.compute gives it, so 报送 works from it unchanged.
import type { JobContext } from '../jobs/search-rebuild';
import { runStatRequest, StatCancelled, withStatConnection, type StatRequest } from './stats-engine';

export interface StatJobResult {
  cancelled: boolean;
  report: unknown;
}

export function runStatReportJob(ctx: JobContext, params: unknown): StatJobResult {
  const request = params as StatRequest;
  if (request.op !== 'report') throw new Error('统计任务的请求不是报表');
  try {
    const res = withStatConnection(ctx.db.name, (db) =>
      runStatRequest(db, { ...request, withFiles: false }, { step: (done, total, message) => ctx.progress(done, total, message), cancelled: ctx.cancelled }),
    );
    if (res.op !== 'report') throw new Error('统计任务的答复与请求不符');
    return { cancelled: false, report: res.report };
  } catch (e) {
    if (e instanceof StatCancelled) return { cancelled: true, report: null };
    throw e;
  }
}
