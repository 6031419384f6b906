// The arbitration table's counter (劳动争议处理情况): each figure is the list of cases it counts, so a figure and its
// drill-down are one computation — a count is the number of files, workers and money are the sum of their shares, a
// rate or an average carries its numerator and denominator and lists the denominator's files. Definitions in
// shared/domain/statistics/arbitration.ts; SQL in ./arbitration.data.ts.
import type { Db } from '../../../db/open';
import { COLLECTIVE_MIN_WORKERS } from '../../../shared/domain/collective';
import { arbitrationDefinitions, ARBITRATION_CAUSES, causesCounted, CLOSED_BY } from '../../../shared/domain/statistics/arbitration';
import { STAT_BASIS } from '../../../shared/domain/statistics/basis';
import type { StatFileRef, StatValue } from '../../../shared/domain/statistics/model';
import { daysBetween } from '../../../shared/domain/statistics/period';
import { acceptedCases, awardsMade, carriedOverCaseCount, closedCases, courtActions, type CaseFacts } from './arbitration.data';
import type { StatBasis, StatScope, StatTableCounter } from './table';

export interface Figure {
  value: StatValue;
  files: StatFileRef[];
}

const ref = (c: CaseFacts, date: string, amount: number | null = null): StatFileRef => ({
  kind: 'caseFile',
  id: c.caseFileId,
  number: c.number ?? '（未编号）',
  title: c.title,
  unitName: c.unitName,
  date,
  amount,
});

const counted = (files: StatFileRef[]): Figure => ({ value: { value: files.length }, files });
const summed = (files: StatFileRef[]): Figure => ({ value: { value: files.reduce((s, f) => s + (f.amount ?? 0), 0) }, files });
/** A rate over its denominator's files, and `unlisted` more counted but not listed (the carried over, counted alone). */
const rate = (numerator: number, denominator: Figure, unlisted = 0): Figure => {
  const d = denominator.files.length + unlisted;
  return { value: { value: d === 0 ? null : numerator / d, numerator, denominator: d }, files: denominator.files };
};

/** One case per proceeding: a case with two suits (or two results of one kind) is one case in that figure. */
function oncePerCase<T extends CaseFacts>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.proceedingId) && seen.add(r.proceedingId));
}

/**
 * Every figure of the table for the scope, with the files behind it; `listed` false when only the values are wanted:
 * the cases carried over (上期未结, the open work of the history) are then counted from the per-day summary, not listed.
 */
export function arbitrationFigures(db: Db, scope: StatScope, basis: StatBasis, listed = true): Record<string, Figure> {
  const { from, to } = scope;
  const open = acceptedCases(db, scope, listed ? undefined : 'period');
  const carried = open.filter((c) => c.acceptedOn < from);
  const accepted = open.filter((c) => c.acceptedOn >= from);
  const carriedCount = listed ? carried.length : carriedOverCaseCount(db, scope);
  const acc = (cs: typeof accepted) => cs.map((c) => ref(c, c.acceptedOn));
  const collective = accepted.filter((c) => c.workers >= COLLECTIVE_MIN_WORKERS);
  const causeBasis = basis[STAT_BASIS.causeOfSeveral] === 'each' ? 'each' : 'first';
  const byCause = Object.fromEntries(ARBITRATION_CAUSES.map((k) => [k, accepted.filter((c) => causesCounted(c.categories, causeBasis).includes(k))]));

  // A 不予受理 never was a case accepted: its closing is not a case closed.
  const closed = closedCases(db, scope).filter((c) => c.acceptedOn !== null);
  const cl = (cs: typeof closed) => cs.map((c) => ref(c, c.closedOn));
  const method = (m: 'mediation' | 'award' | 'other') => closed.filter((c) => CLOSED_BY[c.method] === m);
  const byMediation = method('mediation');
  const byAward = method('award');

  const awards = awardsMade(db, scope);
  const aw = (f: (a: (typeof awards)[number]) => boolean) => awards.filter(f).map((a) => ref(a, a.awardedOn));
  const court = courtActions(db, scope);
  const filed = (route: 'suit' | 'setAside') => oncePerCase(court.filter((c) => c.route === route && c.filedOn >= from && c.filedOn <= to)).map((c) => ref(c, c.filedOn));
  const decided = (result: 'upheld' | 'amended' | 'revoked') =>
    oncePerCase(court.filter((c) => c.result === result && c.resultOn !== null && c.resultOn >= from && c.resultOn <= to)).map((c) => ref(c, c.resultOn!));

  const days = closed.reduce((s, c) => s + daysBetween(c.acceptedOn!, c.closedOn), 0);
  const extendedCounts = basis[STAT_BASIS.timelyExtended] !== false;
  const clocked = closed.filter((c) => c.awardClock !== null);
  // Extended on approval: in time within the extension when that counts; on the 45-days basis only if met within the 45.
  const metInExtension = (c: (typeof closed)[number]) =>
    c.awardClock === 'extended' && c.extendedClock === 'met' && (extendedCounts || (c.extendedMetOn !== null && c.awardDue !== null && c.extendedMetOn <= c.awardDue));
  const timely = clocked.filter((c) => c.awardClock === 'met' || metInExtension(c));

  const figures: Record<string, Figure> = {
    'arbitration.carriedOver': { value: { value: carriedCount }, files: acc(carried) },
    'arbitration.accepted': counted(acc(accepted)),
    'arbitration.acceptedCollective': counted(acc(collective)),
    'arbitration.acceptedByWorkers': counted(acc(accepted.filter((c) => c.workers > 0))),
    'arbitration.workers': summed(accepted.filter((c) => c.workers > 0).map((c) => ref(c, c.acceptedOn, c.workers))),
    'arbitration.workersCollective': summed(collective.map((c) => ref(c, c.acceptedOn, c.workers))),
    ...Object.fromEntries(ARBITRATION_CAUSES.map((k) => [`arbitration.cause.${k}`, counted(acc(byCause[k]!))])),
    'arbitration.closed': counted(cl(closed)),
    'arbitration.closedByMediation': counted(cl(byMediation)),
    'arbitration.closedByAward': counted(cl(byAward)),
    'arbitration.closedOther': counted(cl(method('other'))),
    'arbitration.resultEmployer': counted(cl(closed.filter((c) => c.result === 'employerWon'))),
    'arbitration.resultWorker': counted(cl(closed.filter((c) => c.result === 'workerWon'))),
    'arbitration.resultPartly': counted(cl(closed.filter((c) => c.result === 'partlyEach'))),
    'arbitration.claimedFen': summed(closed.map((c) => ref(c, c.closedOn, c.claimedFen))),
    'arbitration.resolvedFen': summed(closed.map((c) => ref(c, c.closedOn, c.resolvedFen))),
    'arbitration.awards': counted(aw(() => true)),
    'arbitration.awardsFinal': counted(aw((a) => a.finality === 'final')),
    'arbitration.awardsSplit': counted(aw((a) => a.finality === 'split')),
    'arbitration.sued': counted(filed('suit')),
    'arbitration.setAsideApplied': counted(filed('setAside')),
    'arbitration.courtUpheld': counted(decided('upheld')),
    'arbitration.courtAmended': counted(decided('amended')),
    'arbitration.courtRevoked': counted(decided('revoked')),
    'arbitration.averageDays': {
      value: { value: closed.length === 0 ? null : Math.round((days * 10) / closed.length) / 10, numerator: days, denominator: closed.length },
      files: closed.map((c) => ref(c, c.closedOn, daysBetween(c.acceptedOn!, c.closedOn))),
    },
    'arbitration.timelyRate': rate(timely.length, counted(cl(clocked))),
  };
  const closedCount = closed.length;
  const owed = basis[STAT_BASIS.closureRate] === 'accepted' ? figures['arbitration.accepted']! : counted([...acc(carried), ...acc(accepted)]);
  figures['arbitration.closureRate'] = rate(closedCount, owed, basis[STAT_BASIS.closureRate] === 'accepted' ? 0 : carriedCount - carried.length);
  const decidedOrClosed = basis[STAT_BASIS.mediationRate] === 'ofDecided' ? counted(cl([...byMediation, ...byAward])) : figures['arbitration.closed']!;
  figures['arbitration.mediationRate'] = rate(byMediation.length, decidedOrClosed);
  return figures;
}

export const arbitrationCounter: StatTableCounter = {
  kind: 'arbitration',
  definitions: (basis) => arbitrationDefinitions(basis),
  count: (db, scope, basis) => Object.fromEntries(Object.entries(arbitrationFigures(db, scope, basis, false)).map(([k, f]) => [k, f.value])),
  files: (db, scope, key, basis) => arbitrationFigures(db, scope, basis)[key]?.files ?? [],
  figures: arbitrationFigures,
};
