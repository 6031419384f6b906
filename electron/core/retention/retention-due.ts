// Which closed files are past their retention period today: the periods in force (parameters), each file's kinds and
// closing date, and the rule in shared/domain/retention.ts. The list shows numbers, dates and counts — never a name.
import type { RetentionDueItem, RetentionOverview, RetentionPeriod, RetentionRef } from '../../../shared/contract/retention';
import { formatRegNo } from '../../../shared/domain/registration';
import {
  caseFileRetentionKinds,
  RETENTION_KIND_LABEL,
  RETENTION_KINDS,
  retentionEndDate,
  retentionOver,
  retentionParameterKey,
  retentionYears,
  type RetentionKind,
} from '../../../shared/domain/retention';
import { dateKeyOf, instantOf } from '../../../shared/domain/time';
import type { CoreServices } from '../kernel/context';
import { requireInstallation } from '../kernel/installation';
import { listParameters } from '../reference/parameters.service';

const DAY_MS = 86_400_000;

/** A file as the retention rule sees it. */
export interface FileFacts {
  ref: RetentionRef;
  unitId: string;
  /** Closed (a case file) or answered without a file (an intake); anything else is still open. */
  closed: boolean;
  anonymised: boolean;
  kinds: RetentionKind[];
  closedDate: string | null;
  numbers: string[];
}

export interface DueFacts extends FileFacts {
  closedDate: string;
  years: number;
  endDate: string;
}

export function retentionPeriods(core: CoreServices): RetentionPeriod[] {
  const rows = listParameters(core).filter((r) => r.inForce);
  return RETENTION_KINDS.map((kind) => {
    const key = retentionParameterKey(kind);
    const r = rows.find((x) => x.key === key);
    return {
      kind,
      label: RETENTION_KIND_LABEL[kind],
      parameterKey: key,
      years: r && typeof r.value === 'number' ? r.value : null,
      source: r?.source ?? null,
      confidence: r?.confidence ?? null,
    };
  });
}

/** The period and last day of a file, when it is over on `today`; null while it is kept (or open, or done). */
export function dueOf(f: FileFacts, periods: readonly RetentionPeriod[], today: string): DueFacts | null {
  if (!f.closed || f.anonymised || f.closedDate === null) return null;
  const years = retentionYears(f.kinds, (k) => periods.find((p) => p.kind === k)?.years ?? null);
  if (years === null || !retentionOver(f.closedDate, years, today)) return null;
  return { ...f, closedDate: f.closedDate, years, endDate: retentionEndDate(f.closedDate, years) };
}

interface CaseRow {
  id: string;
  unit_id: string;
  status: string;
  closed_at: number | null;
  anonymised_at: number | null;
  kinds: string;
  numbers: string;
  has_award: number;
}

const CASE_FACTS = `SELECT c.id, c.unit_id, c.status, c.closed_at, c.anonymised_at,
    (SELECT json_group_array(p.kind) FROM proceedings p WHERE p.case_file_id = c.id) AS kinds,
    (SELECT json_group_array(p.number) FROM (SELECT number FROM proceedings WHERE case_file_id = c.id AND number IS NOT NULL ORDER BY opened_at) p) AS numbers,
    (EXISTS (SELECT 1 FROM documents d WHERE d.case_file_id = c.id AND d.kind = 'award' AND d.status = 'issued')
      OR EXISTS (SELECT 1 FROM arbitration_awards aw WHERE aw.case_file_id = c.id)) AS has_award
  FROM case_files c`;

function caseFacts(r: CaseRow): FileFacts {
  const kinds = JSON.parse(r.kinds) as string[];
  return {
    ref: { type: 'caseFile', id: r.id },
    unitId: r.unit_id,
    closed: r.status === 'closed' && r.closed_at !== null,
    anonymised: r.anonymised_at !== null,
    kinds: caseFileRetentionKinds(kinds, r.has_award === 1),
    closedDate: r.closed_at === null ? null : dateKeyOf(r.closed_at),
    numbers: JSON.parse(r.numbers) as string[],
  };
}

interface IntakeRow {
  id: string;
  unit_id: string;
  status: string;
  case_file_id: string | null;
  received_date: string;
  reg_year: number;
  reg_no: number;
  anonymised_at: number | null;
}

const INTAKE_FACTS = 'SELECT i.id, i.unit_id, i.status, i.case_file_id, i.received_date, i.reg_year, i.reg_no, i.anonymised_at FROM intakes i';

function intakeFacts(r: IntakeRow): FileFacts {
  return {
    ref: { type: 'intake', id: r.id },
    unitId: r.unit_id,
    // Answered on the spot or told where to go, and never filed: closed the day it was received.
    closed: r.status === 'answered' && r.case_file_id === null,
    anonymised: r.anonymised_at !== null,
    kinds: ['intake'],
    closedDate: r.received_date,
    numbers: [formatRegNo(r.reg_year, r.reg_no)],
  };
}

/** One file's facts, whatever its unit or state; null when it does not exist. An intake in a file is judged by the file. */
export function factsOf(core: CoreServices, ref: RetentionRef): FileFacts | null {
  if (ref.type === 'caseFile') {
    const r = core.prepare(`${CASE_FACTS} WHERE c.id = ?`).get(ref.id) as CaseRow | undefined;
    return r ? caseFacts(r) : null;
  }
  const r = core.prepare(`${INTAKE_FACTS} WHERE i.id = ?`).get(ref.id) as IntakeRow | undefined;
  if (!r) return null;
  if (r.case_file_id !== null) return factsOf(core, { type: 'caseFile', id: r.case_file_id });
  return intakeFacts(r);
}

/** This unit's files past their period today, the oldest first. */
export function dueFiles(core: CoreServices, periods: readonly RetentionPeriod[], today: string): DueFacts[] {
  const inst = requireInstallation(core);
  const set = periods.map((p) => p.years).filter((y): y is number => y !== null);
  if (set.length === 0) return [];
  // A loose bound for the index (closed at least the shortest period ago); the rule itself decides below.
  const bound = instantOf(retentionEndDate(today, -Math.min(...set))) + DAY_MS;
  const cases = (core.prepare(`${CASE_FACTS} WHERE c.unit_id = ? AND c.status = 'closed' AND c.closed_at < ? AND c.anonymised_at IS NULL`).all(inst.unitId, bound) as CaseRow[]).map(caseFacts);
  const intakes = (
    core
      .prepare(`${INTAKE_FACTS} WHERE i.status = 'answered' AND i.received_at < ? AND i.unit_id = ? AND i.case_file_id IS NULL AND i.anonymised_at IS NULL`)
      .all(bound, inst.unitId) as IntakeRow[]
  ).map(intakeFacts);
  const due = [...cases, ...intakes].map((f) => dueOf(f, periods, today)).filter((f): f is DueFacts => f !== null);
  return due.sort((a, b) => a.closedDate.localeCompare(b.closedDate) || a.ref.id.localeCompare(b.ref.id));
}

/** The intakes a file holds. */
export function intakesOf(core: CoreServices, ref: RetentionRef): string[] {
  if (ref.type === 'intake') return [ref.id];
  return (core.prepare('SELECT id FROM intakes WHERE case_file_id = ? ORDER BY seq').all(ref.id) as { id: string }[]).map((r) => r.id);
}

/** The natural persons a file names: complainants and reporters at its intakes, persons standing in its proceedings. */
export function personsOf(core: CoreServices, ref: RetentionRef): string[] {
  const fromIntakes = `SELECT ic.person_id AS id FROM intake_complainants ic WHERE ic.intake_id IN (SELECT value FROM json_each(?))`;
  const json = JSON.stringify(intakesOf(core, ref));
  if (ref.type === 'intake') return (core.prepare(fromIntakes).all(json) as { id: string }[]).map((r) => r.id);
  return (
    core
      .prepare(`${fromIntakes} UNION SELECT pp.person_id FROM proceeding_parties pp JOIN proceedings p ON p.id = pp.proceeding_id WHERE p.case_file_id = ? AND pp.person_id IS NOT NULL`)
      .all(json, ref.id) as { id: string }[]
  ).map((r) => r.id);
}

/** The parties a file names that may be natural persons (包工头, 个体, not yet known); organisations are not personal data. */
export function individualPartiesOf(core: CoreServices, ref: RetentionRef): string[] {
  const json = JSON.stringify(intakesOf(core, ref));
  const proceedingParties =
    ref.type === 'caseFile' ? ' UNION SELECT pp.party_id FROM proceeding_parties pp JOIN proceedings p ON p.id = pp.proceeding_id WHERE p.case_file_id = ? AND pp.party_id IS NOT NULL' : '';
  const ids = (
    core.prepare(`SELECT ip.party_id AS id FROM intake_parties ip WHERE ip.intake_id IN (SELECT value FROM json_each(?))${proceedingParties}`).all(...(ref.type === 'caseFile' ? [json, ref.id] : [json])) as {
      id: string;
    }[]
  ).map((r) => r.id);
  return (core.prepare("SELECT id FROM parties WHERE id IN (SELECT value FROM json_each(?)) AND kind <> 'organisation' ORDER BY id").all(JSON.stringify(ids)) as { id: string }[]).map((r) => r.id);
}

export function retentionOverview(core: CoreServices, limit: number): RetentionOverview {
  const inst = requireInstallation(core);
  const today = dateKeyOf(core.clock.now());
  const periods = retentionPeriods(core);
  const due = dueFiles(core, periods, today);
  const items: RetentionDueItem[] = due.slice(0, limit).map((f) => ({
    ...f.ref,
    kinds: f.kinds,
    numbers: f.numbers,
    closedDate: f.closedDate,
    years: f.years,
    endDate: f.endDate,
    intakes: intakesOf(core, f.ref).length,
    persons: personsOf(core, f.ref).length,
    documents: (
      core.prepare(f.ref.type === 'caseFile' ? 'SELECT count(*) AS n FROM documents WHERE case_file_id = ?' : 'SELECT count(*) AS n FROM documents WHERE intake_id = ?').get(f.ref.id) as { n: number }
    ).n,
  }));
  const anonymised = core
    .prepare('SELECT (SELECT count(*) FROM case_files WHERE unit_id = ? AND anonymised_at IS NOT NULL) + (SELECT count(*) FROM intakes WHERE unit_id = ? AND case_file_id IS NULL AND anonymised_at IS NOT NULL) AS n')
    .get(inst.unitId, inst.unitId) as { n: number };
  return { today, periods, due: items, dueTotal: due.length, oldestClosedDate: due[0]?.closedDate ?? null, anonymisedTotal: anonymised.n };
}
