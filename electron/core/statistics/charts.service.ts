// The leader's charts (统计概览, issue #14 §4) and the files behind each bar. What each counts, which date puts a file
// in a bar and its unit are said in the contract (statistics-charts.ts) and on the screen; here they are computed:
// - complaints: intakes of kind 投诉 by 接待日期, per calendar month, the last 12 months (this one so far) — an intake is
//   one row however often it is routed or transferred, so a transferred complaint counts once;
// - wages recovered: payments that count for the worker (条例 Arts. 11, 31; shared/domain/payments.ts), by 支付日期;
// (open files by stage and overdue duties by department are the desk's 全单位统计: desk/desk-charts.service.ts);
// - by county: the city's own files and each county's, when the unit has counties;
// - employers by arrears: what the workers of their open files are still owed today (shared/domain/worker-amounts.ts
//   reckoned as the case page does, evidence/workers.service.ts, for all the files at once), the ten owing most.
import type { z } from 'zod';
import type { chartFilesInput, StatisticsCharts } from '../../../shared/contract/statistics-charts';
import { CHART_FILES_LISTED, TOP_EMPLOYERS, TREND_MONTHS } from '../../../shared/contract/statistics-charts';
import type { statFiles } from '../../../shared/contract/statistics';
import { addDays, addMonths } from '../../../shared/domain/calendar';
import { countsForWorker } from '../../../shared/domain/payments';
import { formatRegNo } from '../../../shared/domain/registration';
import type { StatFileRef } from '../../../shared/domain/statistics/model';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import { workerBalance, workerTotals, type WorkerPayment } from '../../../shared/domain/worker-amounts';
import type { Prepare } from '../../../db/statements';
import type { CallContext } from '../kernel/context';
import { ServiceError } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import * as data from './charts.data';
import { requireCountable } from './unit-scope';

type StatFiles = z.infer<typeof statFiles>;

interface MonthSpan {
  month: string;
  from: string;
  to: string;
}

/** The calendar month holding a date, cut at today for the current month. */
function monthSpan(month: string, today: string): MonthSpan {
  const from = `${month}-01`;
  const last = addDays(addMonths(from, 1), -1);
  return { month, from, to: last < today ? last : today };
}

/** The last TREND_MONTHS months, oldest first, this one last (so far). */
export function trendMonths(today: string): MonthSpan[] {
  const first = addMonths(`${today.slice(0, 7)}-01`, -(TREND_MONTHS - 1));
  return Array.from({ length: TREND_MONTHS }, (_, i) => monthSpan(addMonths(first, i).slice(0, 7), today));
}

/** [since, until) instants of a span of Beijing days. */
const instants = (from: string, to: string) => [instantOf(from), instantOf(addDays(to, 1))] as const;

function context(call: CallContext) {
  const { unitId } = requireInstallation(call.core);
  return { prepare: call.core.prepare, unitId, today: dateKeyOf(call.core.clock.now()) };
}

/** The units of the by-county chart: the city itself (本级) first, then its counties; none without counties. */
function countyUnits(call: CallContext, unitId: string): { id: string; name: string }[] {
  const prepare = call.core.prepare;
  const subs = data.subunits(prepare, unitId);
  if (subs.length === 0) return [];
  const own = data.unitName(prepare, unitId);
  return [{ id: unitId, name: `${own?.shortName ?? ''}本级` }, ...subs];
}

/**
 * What the workers of each file are still owed, as the case page reckons it (evidence/workers.service.ts caseWorkers)
 * but read for all the files at once: each named worker's amount is the latest stated at a complaint intake, or the
 * latest correction; paid is what counts for that worker (条例 Arts. 11, 31); still owed never below 0, an unknown amount
 * left out (shared/domain/worker-amounts.ts).
 */
export function outstandingOfFiles(prepare: Prepare, fileIds: readonly string[]): Map<string, number> {
  const owed = new Map<string, Map<string, number | null>>();
  const worker = (file: string) => owed.get(file) ?? owed.set(file, new Map()).get(file)!;
  for (const c of data.claimsOfFiles(prepare, fileIds)) {
    const w = worker(c.file_id);
    if (c.amount_claimed_fen !== null || !w.has(c.person_id)) w.set(c.person_id, c.amount_claimed_fen ?? w.get(c.person_id) ?? null);
  }
  for (const c of data.owedCorrectionsOfFiles(prepare, fileIds)) if (worker(c.file_id).has(c.person_id)) worker(c.file_id).set(c.person_id, c.to_fen);
  const paid = new Map<string, WorkerPayment[]>();
  for (const p of data.workerPaymentsOfFiles(prepare, fileIds)) {
    if (!countsForWorker({ amountFen: p.amount_fen, status: p.status, method: p.method, bankReference: p.bank_reference, receiptMark: p.receipt_mark as never })) continue;
    const k = `${p.file_id}:${p.person_id}`;
    paid.set(k, [...(paid.get(k) ?? []), { amountFen: p.amount_fen }]);
  }
  const out = new Map<string, number>();
  for (const file of fileIds) {
    const rows = [...(owed.get(file) ?? new Map<string, number | null>())].map(([person, fen]) => workerBalance(fen, paid.get(`${file}:${person}`) ?? []));
    out.set(file, workerTotals(rows).outstandingFen);
  }
  return out;
}

/** Each open file's employers with what its workers are still owed today; files owing nothing left out. */
function owedByEmployer(call: CallContext, unitId: string) {
  const pairs = data.openFileEmployers(call.core.prepare, unitId);
  const owed = outstandingOfFiles(call.core.prepare, [...new Set(pairs.map((p) => p.file_id))]);
  const byParty = new Map<string, { partyId: string; name: string; files: { id: string; fen: number }[] }>();
  for (const p of pairs) {
    const fen = owed.get(p.file_id) ?? 0;
    if (fen <= 0) continue;
    const e = byParty.get(p.party_id) ?? { partyId: p.party_id, name: p.name, files: [] };
    e.files.push({ id: p.file_id, fen });
    byParty.set(p.party_id, e);
  }
  return [...byParty.values()]
    .map((e) => ({ ...e, outstandingFen: e.files.reduce((s, f) => s + f.fen, 0) }))
    .sort((a, b) => b.outstandingFen - a.outstandingFen || a.name.localeCompare(b.name, 'zh-CN') || a.partyId.localeCompare(b.partyId));
}

export function statisticsCharts(call: CallContext): StatisticsCharts {
  const { prepare, unitId, today } = context(call);
  const spans = trendMonths(today);
  const [since, until] = instants(spans[0]!.from, today);
  const complaints = new Map(data.complaintsPerMonth(prepare, unitId, since, until).map((r) => [r.month, r.n]));
  const recovered = new Map(data.recoveredPerMonth(prepare, unitId, spans[0]!.from, today).map((r) => [r.month, r.fen]));
  const months = spans.map((s) => ({ ...s, complaints: complaints.get(s.month) ?? 0, recoveredFen: recovered.get(s.month) ?? 0 }));

  // The city over its counties when their data is present: a county with no files here is not drawn as a zero.
  const units = countyUnits(call, unitId);
  const perUnit = units.map((u) => ({ unitId: u.id, name: u.name, ...data.perUnitCounts(prepare, u.id, since, until) }));
  const withData = perUnit.filter((u, i) => i === 0 || u.complaints > 0 || u.openFiles > 0);
  const counties = withData.length > 1 ? withData : [];
  const employers = owedByEmployer(call, unitId)
    .slice(0, TOP_EMPLOYERS)
    .map((e) => ({ partyId: e.partyId, name: e.name, outstandingFen: e.outstandingFen, files: e.files.length }));
  return { today, unitName: data.unitName(prepare, unitId)?.name ?? '', months, counties, countyUnits: Math.max(0, units.length - 1), employers };
}

const fileRef = (r: data.FileRow, amount: number | null = r.amount): StatFileRef => ({
  kind: 'caseFile',
  id: r.id,
  number: r.number ?? '',
  title: r.title,
  unitName: r.unit_name,
  date: r.date,
  amount,
});

// The count and the sum are over every file behind the bar; the dialog lists the first CHART_FILES_LISTED of them.
const counted = (items: StatFileRef[]): StatFiles => ({ total: items.length, sum: null, items: items.slice(0, CHART_FILES_LISTED) });
const summed = (items: StatFileRef[]): StatFiles => ({ total: items.length, sum: items.reduce((s, i) => s + (i.amount ?? 0), 0), items: items.slice(0, CHART_FILES_LISTED) });

function complaintsOf(call: CallContext, unitId: string, from: string, to: string): StatFiles {
  const [since, until] = instants(from, to);
  return counted(
    data.complaintRows(call.core.prepare, unitId, since, until).map((r) => ({
      kind: 'intake',
      id: r.id,
      number: formatRegNo(r.reg_year, r.reg_no),
      title: r.summary,
      unitName: r.unit_name,
      date: r.date,
      amount: null,
    })),
  );
}

/** The files behind one bar or point: as many as it counts, or (money) whose amounts sum to it. */
export function chartFiles(call: CallContext, input: z.output<typeof chartFilesInput>): StatFiles {
  const { prepare, unitId, today } = context(call);
  switch (input.chart) {
    case 'complaints': {
      const s = monthSpan(input.month, today);
      return complaintsOf(call, unitId, s.from, s.to);
    }
    case 'recovered': {
      const s = monthSpan(input.month, today);
      return summed(data.recoveredFiles(prepare, unitId, s.from, s.to).map((r) => fileRef(r)));
    }
    case 'countyComplaints':
    case 'countyOpenFiles': {
      if (!data.unitName(prepare, input.unitId)) throw new ServiceError('VALIDATION', '没有这个县（区）单位，请刷新后重新选择', { unitId: '没有这个单位' });
      // The city's own row or one of its counties; another unit's files are refused and audited (unit-scope.ts).
      requireCountable(call, { unitId, includeSubunits: true, rowUnitId: input.unitId });
      if (!countyUnits(call, unitId).some((u) => u.id === input.unitId)) {
        throw new ServiceError('VALIDATION', '没有这个县（区）单位，请刷新后重新选择', { unitId: '没有这个单位' });
      }
      if (input.chart === 'countyOpenFiles') return counted(data.openFilesOfUnit(prepare, input.unitId).map((r) => fileRef(r)));
      const first = trendMonths(today)[0]!;
      return complaintsOf(call, input.unitId, first.from, today);
    }
    case 'employer': {
      const e = owedByEmployer(call, unitId).find((x) => x.partyId === input.partyId);
      if (!e) return summed([]);
      const fen = new Map(e.files.map((f) => [f.id, f.fen]));
      const rows = data.filesByIds(prepare, e.files.map((f) => f.id)).map((r) => fileRef(r, fen.get(r.id) ?? 0));
      return summed(rows.sort((a, b) => (b.amount ?? 0) - (a.amount ?? 0) || a.date.localeCompare(b.date)));
    }
  }
}

