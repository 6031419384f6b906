// The statistics report: the tables for a period and unit, the files behind a figure, the definitions in force,
// and the reports submitted up the line. Every count runs in a worker on its own read-only connection
// (./stats-thread.ts); only submitting and correcting write, in one transaction with their audit row. A submission
// carries the digest of the figures the person looked at; the core recounts and refuses when they changed since.
import type { ChannelOutput, ChannelParsedInput } from '../../../shared/contract/channels';
import { periodProblem } from '../../../shared/domain/statistics/period';
import type { StatPeriod, StatReport } from '../../../shared/domain/statistics/model';
import { dateKeyOf } from '../../../shared/domain/time';
import type { CallContext } from '../kernel/context';
import { invalid, ServiceError } from '../kernel/errors';
import { newId } from '../kernel/ids';
import { requireInstallation } from '../kernel/installation';
import { tx, writeContext } from '../kernel/tx';
import type { StatFilesMap, StatRequest } from './stats-engine';
import { runStatRequestHere, runStatRequestInWorker } from './stats-thread';
import { insertStatReport, statReportById, statReportsLatest, unitById, type StatReportRow } from './statistics.data';
import { countable, requireCountable } from './unit-scope';

export const FIGURES_CHANGED = '数字在您查看后已有变化，请重新查看后再报送';

interface Scope {
  period: StatPeriod;
  unitId: string;
  includeSubunits: boolean;
}

/** A real period and unit, and a unit the caller may count (their own; its counties with includeSubunits). */
function checkScope(call: CallContext, s: Scope & { rowUnitId?: string | null }): void {
  const problem = periodProblem(s.period);
  if (problem) throw invalid({ period: problem });
  if (!unitById(call.core.db, s.unitId)) throw invalid({ unitId: '请选择统计单位（所选单位不存在）' });
  requireCountable(call, s);
}

function base(call: CallContext, s: Scope) {
  const now = call.core.clock.now();
  return { unitId: s.unitId, includeSubunits: s.includeSubunits, period: { kind: s.period.kind, from: s.period.from, to: s.period.to }, today: dateKeyOf(now), computedAt: new Date(now).toISOString() };
}

async function run<T extends StatRequest['op']>(call: CallContext, request: StatRequest & { op: T }) {
  const res = await runStatRequestInWorker(call.core.config.paths.dbFile, request);
  if (res.op !== request.op) throw new ServiceError('INTERNAL', '统计线程的答复与请求不符');
  return res as Extract<typeof res, { op: T }>;
}

/** The definitions in force: nothing is counted, so they are read here on a read-only connection of their own. */
export function statDefinitions(call: CallContext): ChannelOutput<'statistics.definitions'> {
  const inst = requireInstallation(call.core);
  const r = runStatRequestHere(call.core.config.paths.dbFile, { op: 'definitions', unitId: inst.unitId, today: dateKeyOf(call.core.clock.now()) });
  if (r.op !== 'definitions') throw new ServiceError('INTERNAL', '统计口径的答复与请求不符');
  return { version: r.version, definitions: r.definitions };
}

export async function computeReport(call: CallContext, input: ChannelParsedInput<'statistics.compute'>): Promise<ChannelOutput<'statistics.compute'>> {
  checkScope(call, input);
  return (await run(call, { op: 'report', withFiles: false, ...base(call, input) })).report;
}

/**
 * The same report counted as a job (a year, a long custom period): progress table by table and a cancel, in the job
 * worker on a read-only connection; the finished job's result is { report } with the digest 报送 sends back.
 */
export function computeReportJob(call: CallContext, input: ChannelParsedInput<'statistics.computeJob'>): ChannelOutput<'statistics.computeJob'> {
  checkScope(call, input);
  const request: StatRequest = { op: 'report', withFiles: false, ...base(call, input) };
  return call.core.jobs.start('statistics.report', request, { staffId: call.session.staffId, sessionId: call.session.id });
}

export async function figureFiles(call: CallContext, input: ChannelParsedInput<'statistics.files'>): Promise<ChannelOutput<'statistics.files'>> {
  checkScope(call, input);
  const r = await run(call, { op: 'files', indicatorKey: input.indicatorKey, rowUnitId: input.rowUnitId ?? null, ...base(call, input) });
  if (!r.files) throw invalid({ indicatorKey: `没有这个统计指标：${input.indicatorKey}` });
  // A figure of workers (人), money or days is the sum of its files' shares; a count's or a rate's files carry none.
  const d = r.definition!;
  const summed = d.valueKind === 'moneyFen' || d.valueKind === 'days' || (d.valueKind === 'count' && d.unitLabel === '人');
  return { total: r.files.length, sum: summed ? r.files.reduce((s, f) => s + (f.amount ?? 0), 0) : null, items: r.files.slice(input.offset, input.offset + input.limit) };
}

function submittedOf(row: StatReportRow): ChannelOutput<'statistics.submittedReport'> {
  const report = JSON.parse(row.report) as StatReport & { digest: string };
  const corrects = row.correctsId ? { id: row.correctsId, reason: row.reason ?? '' } : null;
  return {
    id: row.id,
    period: report.period,
    unit: report.unit,
    definitionsVersion: row.definitionsVersion,
    submittedAt: new Date(row.submittedAt).toISOString(),
    submittedBy: row.submittedByName,
    correctedBy: row.correctedBy,
    corrects,
    report,
    files: JSON.parse(row.files) as StatFilesMap,
  };
}

/** Recounts with the files behind every figure and stores it, if the figures are the ones the person looked at. */
async function store(call: CallContext, s: Scope, digest: string, correction: { id: string; reason: string } | null) {
  const r = await run(call, { op: 'report', withFiles: true, ...base(call, s) });
  if (r.report.digest !== digest) throw new ServiceError('CONFLICT', FIGURES_CHANGED, { digest: FIGURES_CHANGED });
  const staffId = call.session.staffId!;
  const id = tx(writeContext(call), (w) => {
    // The 更正 is refused if another one came first (stat_reports_corrects_uq): checked here for a Chinese message.
    if (correction && statReportById(w.prepare, correction.id)?.correctedBy) throw new ServiceError('CONFLICT', '该报表已有更正，请对最新的更正报表再行更正');
    const reportId = newId(w.now);
    insertStatReport(w.prepare, {
      id: reportId,
      unitId: s.unitId,
      includeSubunits: s.includeSubunits,
      periodKind: s.period.kind,
      periodFrom: s.period.from,
      periodTo: s.period.to,
      definitionsVersion: r.report.definitionsVersion,
      digest: r.report.digest,
      report: JSON.stringify(r.report),
      files: JSON.stringify(r.files ?? {}),
      correctsId: correction?.id ?? null,
      reason: correction?.reason ?? null,
      submittedBy: staffId,
      submittedAt: w.now,
    });
    w.audit({
      action: correction ? 'statCorrect' : 'statSubmit',
      entity: 'statReport',
      entityId: reportId,
      change: { period: r.report.period, unitId: s.unitId, includeSubunits: s.includeSubunits, definitionsVersion: r.report.definitionsVersion, digest: r.report.digest, ...(correction ? { corrects: correction.id, reason: correction.reason } : {}) },
    });
    return reportId;
  });
  return submittedOf(statReportById(call.core.prepare, id)!);
}

export function submitReport(call: CallContext, input: ChannelParsedInput<'statistics.submit'>): Promise<ChannelOutput<'statistics.submit'>> {
  checkScope(call, input);
  return store(call, input, input.digest, null);
}

export async function correctReport(call: CallContext, input: ChannelParsedInput<'statistics.correct'>): Promise<ChannelOutput<'statistics.correct'>> {
  const original = statReportById(call.core.prepare, input.reportId);
  if (!original) throw invalid({ reportId: '要更正的报表不存在' });
  if (original.correctedBy) throw invalid({ reportId: '该报表已有更正，请对最新的更正报表再行更正' });
  const scope: Scope = { unitId: original.unitId, includeSubunits: original.includeSubunits, period: { kind: original.periodKind as StatPeriod['kind'], from: original.periodFrom, to: original.periodTo } };
  requireCountable(call, scope);
  return store(call, scope, input.digest, { id: original.id, reason: input.reason });
}

export function submittedReports(call: CallContext, input: ChannelParsedInput<'statistics.submitted'>): ChannelOutput<'statistics.submitted'> {
  // Only the reports of units the caller may count (a report's files name parties, as a count's do).
  return statReportsLatest(call.core.prepare, input.limit ?? 100).filter(countable(call)).map((row) => {
    const { report: _report, files: _files, ...summary } = submittedOf(row);
    return summary;
  });
}

export function submittedReport(call: CallContext, input: ChannelParsedInput<'statistics.submittedReport'>): ChannelOutput<'statistics.submittedReport'> {
  const row = statReportById(call.core.prepare, input.id);
  if (!row) throw new ServiceError('NOT_FOUND', '没有找到这份已报送的报表');
  requireCountable(call, row);
  return submittedOf(row);
}

