// The statistics' own SQL beside the tables': the units a report covers, the 本局口径 settings and their version
// (read on the statistics' read-only connection, so a report's figures, definitions and version come from one
// snapshot), and the submitted reports (append-only; stat_reports triggers refuse UPDATE and DELETE).
import type { Db } from '../../../db/open';
import type { Prepare } from '../../../db/statements';
import { STAT_BASIS_PREFIX } from '../../../shared/domain/statistics/basis';

export interface StatUnit {
  id: string;
  name: string;
  regionCode: string;
  parentId: string | null;
  active: boolean;
}

export function unitById(db: Db, id: string): StatUnit | null {
  const r = db.prepare('SELECT id, name, region_code AS regionCode, parent_id AS parentId, active FROM units WHERE id = ?').get(id) as (Omit<StatUnit, 'active'> & { active: number }) | undefined;
  return r ? { ...r, active: r.active === 1 } : null;
}

/** The units directly under a unit (a city's counties), in their order. */
export function subunitsOf(db: Db, id: string): StatUnit[] {
  const rows = db.prepare('SELECT id, name, region_code AS regionCode, parent_id AS parentId, active FROM units WHERE parent_id = ? ORDER BY sort_order, id').all(id) as (Omit<StatUnit, 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

export interface BasisRow {
  key: string;
  region: string;
  value: unknown;
  effectiveFrom: string;
  source: string;
  confidence: 'statutory' | 'local' | 'unconfirmed';
}

/** Every dated value of the statistics' settings (resolved by shared/domain/parameters.resolveParameter). */
export function basisRows(db: Db): BasisRow[] {
  const rows = db
    .prepare(`SELECT key, region, value, effective_from AS effectiveFrom, source, confidence FROM parameters WHERE key LIKE ? ORDER BY key, region, effective_from`)
    .all(`${STAT_BASIS_PREFIX}%`) as (Omit<BasisRow, 'value'> & { value: string })[];
  return rows.map((r) => ({ ...r, value: JSON.parse(r.value) as unknown }));
}

/**
 * The definitions version: every value added to a statistics setting adds one, and every change of a value adds one
 * (parameters.row_version) — so it changes whenever one of the 本局口径 choices does, and never goes back.
 */
export function definitionsVersion(db: Db): number {
  const r = db.prepare('SELECT COALESCE(SUM(row_version), 0) AS v FROM parameters WHERE key LIKE ?').get(`${STAT_BASIS_PREFIX}%`) as { v: number };
  return r.v;
}

export interface StatReportRow {
  id: string;
  unitId: string;
  includeSubunits: boolean;
  periodKind: string;
  periodFrom: string;
  periodTo: string;
  definitionsVersion: number;
  digest: string;
  report: string;
  files: string;
  correctsId: string | null;
  reason: string | null;
  submittedBy: string;
  submittedByName: string;
  submittedAt: number;
  correctedBy: string | null;
}

export function insertStatReport(prepare: Prepare, r: Omit<StatReportRow, 'submittedByName' | 'correctedBy'>): void {
  prepare(
    `INSERT INTO stat_reports (id, unit_id, include_subunits, period_kind, period_from, period_to, definitions_version, digest, report, files, corrects_id, reason, submitted_by, submitted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.unitId, r.includeSubunits ? 1 : 0, r.periodKind, r.periodFrom, r.periodTo, r.definitionsVersion, r.digest, r.report, r.files, r.correctsId, r.reason, r.submittedBy, r.submittedAt);
}

const SELECT_REPORT = `SELECT r.id, r.unit_id AS unitId, r.include_subunits AS includeSubunits, r.period_kind AS periodKind, r.period_from AS periodFrom,
         r.period_to AS periodTo, r.definitions_version AS definitionsVersion, r.digest, r.report, r.files, r.corrects_id AS correctsId, r.reason,
         r.submitted_by AS submittedBy, s.name AS submittedByName, r.submitted_at AS submittedAt,
         (SELECT c.id FROM stat_reports c WHERE c.corrects_id = r.id) AS correctedBy
  FROM stat_reports r JOIN staff s ON s.id = r.submitted_by`;

type RawRow = Omit<StatReportRow, 'includeSubunits'> & { includeSubunits: number };
const fromRaw = (r: RawRow): StatReportRow => ({ ...r, includeSubunits: r.includeSubunits === 1 });

export function statReportById(prepare: Prepare, id: string): StatReportRow | null {
  const r = prepare(`${SELECT_REPORT} WHERE r.id = ?`).get(id) as RawRow | undefined;
  return r ? fromRaw(r) : null;
}

/** The reports submitted, newest first. */
export function statReportsLatest(prepare: Prepare, limit: number): StatReportRow[] {
  return (prepare(`${SELECT_REPORT} ORDER BY r.seq DESC LIMIT ?`).all(limit) as RawRow[]).map(fromRaw);
}
