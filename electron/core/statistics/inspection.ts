// The inspection table (劳动保障监察案件办理情况) as a StatTableCounter: every figure is counted from the list of files
// behind it (a count is the list's length, money and workers the sum of its amounts), so the drill-down is the figure.
// Definitions: shared/domain/statistics/inspection.ts; SQL: inspection.data.ts.
import type { Db } from '../../../db/open';
import { formatRegNo } from '../../../shared/domain/registration';
import { compensationFen } from '../../../shared/domain/proceedings/inspection-decisions';
import type { StatFileRef, StatValue } from '../../../shared/domain/statistics/model';
import {
  CLOSE_METHODS,
  closureBasis,
  INSPECTION_KEYS,
  inspectionDefinitions,
  PAYER_KINDS,
  repeatEmployerBasis,
  timelyExtendedCounts,
  type ClosureBasis,
  type RepeatEmployerBasis,
} from '../../../shared/domain/statistics/inspection';
import {
  carriedOverCount,
  carriedOverFiles,
  employerAcceptances,
  firstEventFiles,
  investigatedInTime,
  paymentsByPayer,
  stepInputs,
  workersOfFiles,
  workersPaid,
  type FileRow,
} from './inspection.data';
import type { StatBasis, StatScope, StatTableCounter } from './table';
import { ServiceError } from '../kernel/errors';

/**
 * A figure's files, and for a rate the numerator's and denominator's. A rate counted without its files may leave some
 * of its denominator unlisted (`unlisted`: the files carried over, counted from the per-day summary).
 */
export type Figure = { kind: 'count' | 'sum'; files: StatFileRef[] } | { kind: 'rate'; numerator: StatFileRef[]; denominator: StatFileRef[]; unlisted?: number };

export function fileRef(r: FileRow, amount: number | null, title = r.title): StatFileRef {
  const number = r.number ?? (r.regYear !== null && r.regNo !== null ? `登记号 ${formatRegNo(r.regYear, r.regNo)}` : '');
  return { kind: 'caseFile', id: r.caseFileId, number, title, unitName: r.unitName, date: r.date, amount };
}

const count = (rows: FileRow[]): Figure => ({ kind: 'count', files: rows.map((r) => fileRef(r, null)) });
const sum = (files: StatFileRef[]): Figure => ({ kind: 'sum', files: files.filter((f) => (f.amount ?? 0) !== 0) });
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Employers with repeat cases (本局口径): one line per employer, dated and numbered by its latest file in the period. */
function repeatEmployers(db: Db, scope: StatScope, accepted: readonly { proceedingId: string }[], basis: RepeatEmployerBasis): StatFileRef[] {
  // The period's files of each employer, the employers in the order of their first file; the earlier ones as a count.
  const byParty = new Map<string, (FileRow & { partyName: string; partyBefore: number })[]>();
  for (const r of employerAcceptances(db, scope, accepted.map((a) => a.proceedingId))) byParty.set(r.partyId, [...(byParty.get(r.partyId) ?? []), r]);
  const out: StatFileRef[] = [];
  for (const inPeriod of byParty.values()) {
    const before = inPeriod[0]!.partyBefore;
    const repeat = basis === 'twoInPeriod' ? inPeriod.length >= 2 : inPeriod.length >= 1 && before >= 1;
    if (!repeat) continue;
    const last = inPeriod[inPeriod.length - 1]!;
    const detail = basis === 'twoInPeriod' ? `本期受理${inPeriod.length}件` : `本期受理${inPeriod.length}件，此前${before}件`;
    out.push(fileRef(last, null, `${last.partyName}（${detail}）`));
  }
  return out;
}

/**
 * Every figure; `listed` false when only the values are wanted: the files carried over are then counted, not listed,
 * and the month's files come without the columns only a drill-down shows (their refs are counted, never shown).
 */
function figures(db: Db, scope: StatScope, basis: StatBasis, listed = true): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const received = firstEventFiles(db, scope, 'inspection', 'received', listed);
  const accepted = firstEventFiles(db, scope, 'inspection', 'accepted', listed);
  const closed = firstEventFiles(db, scope, 'inspection', 'caseClosed', listed);
  out.set('inspection.received', count(received));
  out.set('inspection.accepted', count(accepted));
  out.set('inspection.notAccepted', count(firstEventFiles(db, scope, 'inspection', 'rejected', listed)));
  out.set('inspection.filed', count(firstEventFiles(db, scope, 'inspection', 'filed', listed)));
  const workers = workersOfFiles(db, accepted.map((r) => r.caseFileId));
  out.set('inspection.workers', sum(accepted.map((r) => fileRef(r, workers.get(r.caseFileId) ?? 0))));

  out.set('inspection.closed', count(closed));
  // The method the leader approved with the 结案审批表 (the close step's input).
  const closings = stepInputs(db, closed.map((r) => r.proceedingId), 'close');
  for (const m of CLOSE_METHODS) out.set(INSPECTION_KEYS.closedBy(m), count(closed.filter((r) => closings.get(r.proceedingId)?.method === m)));

  // Each payment counts once, for the payer recorded on it (a 总包's payment is the 总包's, never also the employer's).
  const paid = paymentsByPayer(db, scope);
  const perFile = new Map<string, { row: FileRow; fen: number }>();
  for (const r of paid) {
    const f = perFile.get(r.caseFileId);
    perFile.set(r.caseFileId, { row: f ? { ...f.row, date: r.date > f.row.date ? r.date : f.row.date } : r, fen: (f?.fen ?? 0) + r.fen });
  }
  out.set('inspection.recovered', sum([...perFile.values()].map((f) => fileRef(f.row, f.fen))));
  const paidWorkers = workersPaid(db, scope);
  out.set('inspection.recoveredWorkers', sum([...perFile.values()].map((f) => fileRef(f.row, paidWorkers.get(f.row.caseFileId) ?? 0))));
  for (const k of PAYER_KINDS) out.set(INSPECTION_KEYS.recoveredBy(k), sum(paid.filter((r) => r.payerKind === k).map((r) => fileRef(r, r.fen))));

  // 监察条例 Art. 26: the 赔偿金 is the percentage of the wages ordered, rounded to the fen as the decision states it.
  // Dated by the decision's own clock event; its amounts are the approved step's input.
  const handled = firstEventFiles(db, scope, 'inspection', 'decisionMade', listed);
  const handling = stepInputs(db, handled.map((r) => r.proceedingId), 'decideHandling');
  out.set('inspection.compensation', sum(handled.map((r) => fileRef(r, compensationFen(num(handling.get(r.proceedingId)?.wagesFen), num(handling.get(r.proceedingId)?.compensationPercent))))));
  const penalised = firstEventFiles(db, scope, 'inspection', 'penaltyDecided', listed);
  const penalties = stepInputs(db, penalised.map((r) => r.proceedingId), 'decidePenalty');
  out.set('inspection.fines', sum(penalised.map((r) => fileRef(r, num(penalties.get(r.proceedingId)?.fineFen)))));

  const referred = firstEventFiles(db, scope, 'policeReferral', 'referralTransferred', listed);
  out.set('inspection.referred', count(referred));
  out.set('inspection.referredFiled', count(referred.filter((r) => r.status === 'policeFiled')));
  out.set('inspection.referredDeclined', count(referred.filter((r) => r.status === 'policeDeclined')));
  out.set('inspection.listed', count(firstEventFiles(db, scope, 'blacklisting', 'listed', listed)));
  out.set('inspection.delisted', count(firstEventFiles(db, scope, 'blacklisting', 'delisted', listed)));
  out.set('inspection.repeatEmployers', { kind: 'count', files: repeatEmployers(db, scope, accepted, repeatEmployerBasis(basis)) });

  const closure: ClosureBasis = closureBasis(basis);
  if (closure === 'ofReceived') {
    const closedIds = new Set(closed.map((r) => r.caseFileId));
    out.set('inspection.closureRate', { kind: 'rate', numerator: accepted.filter((r) => closedIds.has(r.caseFileId)).map((r) => fileRef(r, null)), denominator: accepted.map((r) => fileRef(r, null)) });
  } else if (listed) {
    const owed = [...carriedOverFiles(db, scope), ...accepted];
    out.set('inspection.closureRate', { kind: 'rate', numerator: closed.map((r) => fileRef(r, null)), denominator: owed.map((r) => fileRef(r, null)) });
  } else {
    // The same denominator's count: the carried-over files are the open work of the history, so they are summed
    // from the per-day summary instead of listed.
    const carried = carriedOverCount(db, scope);
    out.set('inspection.closureRate', { kind: 'rate', numerator: closed.map((r) => fileRef(r, null)), denominator: accepted.map((r) => fileRef(r, null)), unlisted: carried });
  }
  const inTime = investigatedInTime(db, closed.map((r) => r.proceedingId), timelyExtendedCounts(basis));
  out.set('inspection.onTimeRate', {
    kind: 'rate',
    numerator: closed.filter((r) => inTime.has(r.proceedingId)).map((r) => fileRef(r, null)),
    denominator: closed.map((r) => fileRef(r, null)),
  });
  return out;
}

/** A figure's value: a count is its files, money or workers their amounts' sum, a rate its two counts' quotient. */
export function valueOf(f: Figure): StatValue {
  if (f.kind === 'rate') {
    const n = f.numerator.length;
    const d = f.denominator.length + (f.unlisted ?? 0);
    return { value: d === 0 ? null : n / d, numerator: n, denominator: d };
  }
  return { value: f.kind === 'count' ? f.files.length : f.files.reduce((s, x) => s + (x.amount ?? 0), 0) };
}

export const inspectionCounter: StatTableCounter = {
  kind: 'inspection',
  definitions: (basis) => inspectionDefinitions(basis),
  count(db, scope, basis) {
    const out: Record<string, StatValue> = {};
    const all = figures(db, scope, basis, false);
    for (const d of inspectionDefinitions(basis)) out[d.key] = valueOf(all.get(d.key)!);
    return out;
  },
  // One pass for every figure with its files (a submitted report stores them), in the definitions' order.
  figures(db, scope, basis) {
    const all = figures(db, scope, basis);
    return Object.fromEntries(inspectionDefinitions(basis).map((d) => {
      const f = all.get(d.key)!;
      return [d.key, { value: valueOf(f), files: f.kind === 'rate' ? f.denominator : f.files }];
    }));
  },
  files(db, scope, key, basis) {
    const f = figures(db, scope, basis).get(key);
    if (!f) throw new ServiceError('VALIDATION', `劳动保障监察统计表没有指标“${key}”`, { indicatorKey: '没有这个统计指标' });
    return f.kind === 'rate' ? f.denominator : f.files;
  },
};
