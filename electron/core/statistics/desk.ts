// The desk table (统一咨询接待情况) as a StatTableCounter: every figure is counted from the list behind it (intakes, or
// the case files of group incidents), so the drill-down is the figure. Definitions: shared/domain/statistics/desk.ts;
// SQL: desk.data.ts.
import type { Db } from '../../../db/open';
import { formatRegNo } from '../../../shared/domain/registration';
import { DESK_KEYS, deskDefinitions, INTAKE_CHANNELS, INTAKE_KINDS, INTAKE_ROUTES, repeatWindowDays } from '../../../shared/domain/statistics/desk';
import type { StatFileRef, StatValue } from '../../../shared/domain/statistics/model';
import { ServiceError } from '../kernel/errors';
import { feedbackDue, incidentsStarted, intakesReceived, repeatIntakes, type IncidentRow, type IntakeRow } from './desk.data';
import type { StatBasis, StatScope, StatTableCounter } from './table';
import { valueOf, type Figure } from './inspection';


const intakeRef = (r: IntakeRow, amount: number | null = null): StatFileRef => ({
  kind: 'intake',
  id: r.id,
  number: formatRegNo(r.regYear, r.regNo),
  title: r.summary,
  unitName: r.unitName,
  date: r.date,
  amount,
});

const incidentRef = (r: IncidentRow, amount: number | null): StatFileRef => ({
  kind: 'caseFile',
  id: r.caseFileId,
  number: r.number ?? (r.regYear !== null && r.regNo !== null ? `登记号 ${formatRegNo(r.regYear, r.regNo)}` : ''),
  title: `${r.title}（群体性事件，${r.people}人）`,
  unitName: r.unitName,
  date: r.date,
  amount,
});

const count = (rows: IntakeRow[]): Figure => ({ kind: 'count', files: rows.map((r) => intakeRef(r)) });

function figures(db: Db, scope: StatScope, basis: StatBasis): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const received = intakesReceived(db, scope);
  out.set('desk.total', count(received));
  for (const k of INTAKE_KINDS) out.set(DESK_KEYS.kind(k), count(received.filter((r) => r.kind === k)));
  for (const c of INTAKE_CHANNELS) out.set(DESK_KEYS.channel(c), count(received.filter((r) => r.channel === c)));
  const complaints = received.filter((r) => r.kind !== 'consultation' && r.workers > 0);
  out.set('desk.workers', { kind: 'sum', files: complaints.map((r) => intakeRef(r, r.workers)) });
  for (const route of INTAKE_ROUTES) out.set(DESK_KEYS.route(route), count(received.filter((r) => r.route === route)));
  out.set('desk.route.pending', count(received.filter((r) => r.route === null)));

  const due = feedbackDue(db, scope);
  const inTime = due.filter((r) => r.inTime === 1);
  out.set('desk.feedbackDue', count(due));
  out.set('desk.feedbackInTime', count(inTime));
  out.set('desk.feedbackRate', { kind: 'rate', numerator: inTime.map((r) => intakeRef(r)), denominator: due.map((r) => intakeRef(r)) });
  out.set('desk.repeat', count(repeatIntakes(db, scope, repeatWindowDays(basis))));

  const incidents = incidentsStarted(db, scope);
  out.set('desk.incidents', { kind: 'count', files: incidents.map((r) => incidentRef(r, null)) });
  out.set('desk.incidentWorkers', { kind: 'sum', files: incidents.filter((r) => r.people > 0).map((r) => incidentRef(r, r.people)) });
  return out;
}

export const deskCounter: StatTableCounter = {
  kind: 'desk',
  definitions: (basis) => deskDefinitions(basis),
  count(db, scope, basis) {
    const all = figures(db, scope, basis);
    const out: Record<string, StatValue> = {};
    for (const d of deskDefinitions(basis)) out[d.key] = valueOf(all.get(d.key)!);
    return out;
  },
  // One pass for every figure with its files (a submitted report stores them), in the definitions' order.
  figures(db, scope, basis) {
    const all = figures(db, scope, basis);
    return Object.fromEntries(deskDefinitions(basis).map((d) => {
      const f = all.get(d.key)!;
      return [d.key, { value: valueOf(f), files: f.kind === 'rate' ? f.denominator : f.files }];
    }));
  },
  files(db, scope, key, basis) {
    const f = figures(db, scope, basis).get(key);
    if (!f) throw new ServiceError('VALIDATION', `统一咨询接待统计表没有指标“${key}”`, { indicatorKey: '没有这个统计指标' });
    return f.kind === 'rate' ? f.denominator : f.files;
  },
};
