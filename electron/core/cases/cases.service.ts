// Case files: the list (filters, search through their intakes, keyset paging) and one file with its
// proceedings, parties, intakes and timeline.
import type { z } from 'zod';
import type { CaseFileDetail, CaseListItem, caseListInput } from '../../../shared/contract/cases';
import type { CallContext, CoreServices } from '../kernel/context';
import { closingBlockers } from './file-closing';
import { decodeCursor } from '../kernel/cursor';
import { keysetPage, Where } from '../kernel/sql';
import { notFound } from '../kernel/errors';
import { requireInstallation } from '../kernel/installation';
import { LIST_COLUMNS, toListItems } from '../intakes/intakes.list';
import { getUnitSummary } from '../reference/units.service';
import { CLOSED_STATES, kindsOfDepartment } from '../desk/desk-charts.data';
import type { NumberSearch } from '../search/query';
import { searchPage } from '../search/engine';
import { PROCEEDINGS } from '../../../shared/domain/proceedings';

interface CaseRow {
  id: string;
  seq: number;
  unit_id: string;
  title: string;
  status: CaseListItem['status'];
  collective: number;
  urgent: number;
  opened_at: number;
  closed_at: number | null;
  leader_staff_id: string | null;
  leader_name: string | null;
  row_version: number;
}

type ProceedingRow = { id: string; case_file_id: string; kind: CaseListItem['proceedings'][number]['kind']; number: string | null; status: CaseListItem['proceedings'][number]['status']; opened_at: number };

const CASE_COLUMNS = `SELECT c.id, c.seq, c.unit_id, c.title, c.status, c.collective, c.urgent, c.opened_at, c.closed_at,
  c.leader_staff_id, s.name AS leader_name, c.row_version`;
const CASE_SELECT = `${CASE_COLUMNS} FROM case_files c LEFT JOIN staff s ON s.id = c.leader_staff_id`;
/**
 * A searched page starts from the files the search found (at most CASE_SEARCH_INTAKES intakes' files), each by its key,
 * and sorts those: walking the unit's files in list order and testing each against the found ids read every file of
 * the unit for a rare match (93–677 ms at 100,000 intakes; issue #15).
 */
const SEARCHED_CASE_SELECT = `${CASE_COLUMNS} FROM json_each(?) j CROSS JOIN case_files c ON c.id = j.value LEFT JOIN staff s ON s.id = c.leader_staff_id`;

const PARTY_ROLES = "('employer','generalContractor','subcontractor','laborTeam','projectOwner')";

/**
 * A search of the case list looks at the files of this many best-ranked matching intakes (the search walk reads them
 * in rank-then-newest order and stops): a page never waits on every match of a frequent name.
 */
export const CASE_SEARCH_INTAKES = 1000;

/** The files of a batch of matched intakes (by seq: rowid lookups, never the unit's index; intakes.list.ts: searchedRowsStatement). */
export function searchedFilesStatement(searchReports: boolean): string {
  return `SELECT i.seq, i.case_file_id FROM json_each(?) j CROSS JOIN intakes i ON i.seq = j.value
    WHERE i.case_file_id IS NOT NULL AND i.unit_id = ?${searchReports ? '' : " AND i.kind <> 'report'"}`;
}

/** The files of the intakes a search matches, at most CASE_SEARCH_INTAKES intakes; null for no search. */
function searchedFileIds(core: CoreServices, unitId: string, search: string, scope: { numbers: NumberSearch; searchReports: boolean }): string[] | null {
  const sql = searchedFilesStatement(scope.searchReports);
  const found = searchPage<{ seq: number; case_file_id: string }>(core.prepare, {
    query: search,
    numbers: scope.numbers,
    unitId,
    after: null,
    limit: CASE_SEARCH_INTAKES,
    rowsOf: (seqs) => core.prepare(sql).all(JSON.stringify(seqs), unitId) as { seq: number; case_file_id: string }[],
  });
  return found ? [...new Set(found.rows.map((r) => r.case_file_id))] : null;
}

/**
 * A page filtered by a proceeding's kind and state starts from those proceedings (proceedings_kind_status_idx) when
 * there are at most this many, and sorts their files; more, and the walk of the unit's files in list order meets a
 * page's worth soon. Without it a rare or empty state read every file of the unit (issue #15).
 */
export const STATE_DRIVE_MAX = 2000;

/** Proceedings in any of the (kind, status) pairs passed as JSON, each pair one range of proceedings_kind_status_idx. */
const PAIRS_FROM = `FROM json_each(?) k CROSS JOIN proceedings p ON p.kind = json_extract(k.value, '$[0]') AND p.status = json_extract(k.value, '$[1]')`;

/** The statement of a case list page: newest first on case_files' (unit_id, opened_at, seq) order, keyset. */
export function caseListStatement(core: CoreServices, unitId: string, f: z.output<typeof caseListInput>['filter'], after: { at: number; seq: number } | null, fileIds: string[] | null, limit: number, driveMax = STATE_DRIVE_MAX) {
  const where = new Where().add('c.unit_id = ?', unitId);
  if (f.status) where.add('c.status = ?', f.status);
  if (f.collective !== null) where.add('c.collective = ?', f.collective ? 1 : 0);
  if (f.urgent !== null) where.add('c.urgent = ?', f.urgent ? 1 : 0);
  if (f.leaderStaffId) where.add('c.leader_staff_id = ?', f.leaderStaffId);
  let drive = null as { sql: string; params: unknown[] } | null;
  // Few matching proceedings: the page starts from them (their index) and sorts their files; many: the walk in list
  // order tests each file by its own proceedings (`+p.kind` keeps that test on proceedings_case_file_idx: by the kind's
  // index it read every proceeding of the kind for each file, 0.8 s a page at 100,000 intakes; issue #15).
  const driveFrom = (from: string, ...params: unknown[]) => {
    const n = fileIds ? driveMax + 1 : (core.prepare(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ?)`).get(...params, driveMax + 1) as { n: number }).n;
    if (n > driveMax) return false;
    drive = { sql: `${CASE_COLUMNS} FROM (SELECT DISTINCT p.case_file_id AS id ${from}) d CROSS JOIN case_files c ON c.id = d.id LEFT JOIN staff s ON s.id = c.leader_staff_id`, params };
    return true;
  };
  if (f.proceedingKind && f.proceedingStatus) {
    if (!driveFrom(PAIRS_FROM, JSON.stringify([[f.proceedingKind, f.proceedingStatus]]))) {
      where.add('EXISTS (SELECT 1 FROM proceedings p WHERE p.case_file_id = c.id AND +p.kind = ? AND +p.status = ?)', f.proceedingKind, f.proceedingStatus);
    }
  } else if (f.proceedingKind && !driveFrom('FROM proceedings p WHERE p.kind = ?', f.proceedingKind)) {
    where.add('EXISTS (SELECT 1 FROM proceedings p WHERE p.case_file_id = c.id AND +p.kind = ?)', f.proceedingKind);
  }
  if (f.departmentId) {
    // Files with an open proceeding the department handles: the desk's count by department is this list's length.
    const kinds = kindsOfDepartment(core.prepare, unitId, f.departmentId);
    const open = kinds.flatMap((k) => Object.keys(PROCEEDINGS[k].states).filter((st) => !(PROCEEDINGS[k].closed as readonly string[]).includes(st)).map((st) => [k, st]));
    if (drive || !driveFrom(PAIRS_FROM, JSON.stringify(open))) {
      where.add(
        `EXISTS (SELECT 1 FROM proceedings p WHERE p.case_file_id = c.id AND +p.kind IN (SELECT value FROM json_each(?)) AND (p.kind || ':' || p.status) NOT IN (SELECT value FROM json_each(?)))`,
        JSON.stringify(kinds),
        CLOSED_STATES,
      );
    }
  }
  if (after) where.add('(c.opened_at, c.seq) < (?, ?)', after.at, after.seq);
  const order = `WHERE ${where.sql} ORDER BY c.opened_at DESC, c.seq DESC LIMIT ?`;
  if (fileIds) return { sql: `${SEARCHED_CASE_SELECT} ${order}`, params: [JSON.stringify(fileIds), ...where.params, limit] };
  if (drive) return { sql: `${drive.sql} ${order}`, params: [...drive.params, ...where.params, limit] };
  return { sql: `${CASE_SELECT} ${order}`, params: [...where.params, limit] };
}

export function listCases(core: CoreServices, input: z.output<typeof caseListInput>, scope: { numbers: NumberSearch; searchReports: boolean }) {
  const inst = requireInstallation(core);
  const fileIds = searchedFileIds(core, inst.unitId, input.search, scope);
  const st = caseListStatement(core, inst.unitId, input.filter, decodeCursor(input.cursor), fileIds, input.limit + 1);
  const page = keysetPage(core.prepare(st.sql).all(...st.params) as CaseRow[], input.limit, (r) => ({ at: r.opened_at, seq: r.seq }));
  return { items: toCaseItems(core, page.rows), nextCursor: page.nextCursor };
}

function toCaseItems(core: CoreServices, rows: CaseRow[]): CaseListItem[] {
  const json = JSON.stringify(rows.map((r) => r.id));
  const proceedings = core
    .prepare('SELECT id, case_file_id, kind, number, status, opened_at FROM proceedings WHERE case_file_id IN (SELECT value FROM json_each(?)) ORDER BY opened_at')
    .all(json) as ProceedingRow[];
  const totals = core
    .prepare(
      `SELECT case_file_id, sum(workers_count) AS workers, sum(amount_claimed_fen) AS amount FROM intakes
       WHERE case_file_id IN (SELECT value FROM json_each(?)) GROUP BY case_file_id`,
    )
    .all(json) as { case_file_id: string; workers: number; amount: number | null }[];
  const parties = core
    .prepare(
      `SELECT DISTINCT pr.case_file_id, pa.name FROM proceedings pr
       JOIN proceeding_parties pp ON pp.proceeding_id = pr.id AND pp.role IN ${PARTY_ROLES}
       JOIN parties pa ON pa.id = pp.party_id
       WHERE pr.case_file_id IN (SELECT value FROM json_each(?))`,
    )
    .all(json) as { case_file_id: string; name: string }[];
  return rows.map((r) => {
    const t = totals.find((x) => x.case_file_id === r.id);
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      collective: r.collective === 1,
      urgent: r.urgent === 1,
      openedAt: r.opened_at,
      leader: r.leader_staff_id ? { id: r.leader_staff_id, name: r.leader_name ?? '' } : null,
      proceedings: proceedings
        .filter((p) => p.case_file_id === r.id)
        .map((p) => ({ id: p.id, kind: p.kind, number: p.number, status: p.status, openedAt: p.opened_at })),
      workersCount: t?.workers ?? 0,
      amountClaimedFen: t?.amount ?? null,
      partyNames: parties.filter((p) => p.case_file_id === r.id).map((p) => p.name),
    };
  });
}


/** A file's timeline, oldest first: one seek of case_events_case_file_idx, whose entries end with seq (the rowid). */
export const TIMELINE_SQL = `SELECT e.seq, e.at, e.kind, e.summary, e.proceeding_id, e.actor_staff_id, s.name AS actor_name, json_extract(e.data, '$.documentId') AS document_id
       FROM case_events e LEFT JOIN staff s ON s.id = e.actor_staff_id WHERE e.case_file_id = ? ORDER BY e.seq`;
export function getCaseFile(call: CallContext, id: string): CaseFileDetail {
  const core = call.core;
  const inst = requireInstallation(core);
  const r = core.prepare(`${CASE_SELECT} WHERE c.id = ? AND c.unit_id = ?`).get(id, inst.unitId) as CaseRow | undefined;
  if (!r) throw notFound('案卷');
  const [item] = toCaseItems(core, [r]);
  const people = core
    .prepare(
      `SELECT pp.proceeding_id, pp.role, pp.party_id, pp.person_id, coalesce(pa.name, pe.name) AS name
       FROM proceeding_parties pp JOIN proceedings pr ON pr.id = pp.proceeding_id
       LEFT JOIN parties pa ON pa.id = pp.party_id LEFT JOIN persons pe ON pe.id = pp.person_id
       WHERE pr.case_file_id = ? ORDER BY pp.sort_order`,
    )
    .all(id) as { proceeding_id: string; role: CaseFileDetail['proceedings'][number]['parties'][number]['role']; party_id: string | null; person_id: string | null; name: string }[];
  const intakeRows = core
    .prepare(`SELECT ${LIST_COLUMNS} FROM intakes i WHERE i.case_file_id = ? ORDER BY i.received_at, i.seq`)
    .all(id) as Parameters<typeof toListItems>[1];
  const events = core
    .prepare(TIMELINE_SQL)
    .all(id) as { seq: number; at: number; kind: string; summary: string; proceeding_id: string | null; actor_staff_id: string | null; actor_name: string | null; document_id: string | null }[];
  return {
    id: r.id,
    title: r.title,
    unit: getUnitSummary(core, r.unit_id),
    status: r.status,
    collective: r.collective === 1,
    urgent: r.urgent === 1,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    closingBlockers: r.status === 'open' ? closingBlockers(call, r.id) : [],
    leader: item.leader,
    proceedings: item.proceedings.map((p) => ({
      ...p,
      parties: people
        .filter((x) => x.proceeding_id === p.id)
        .map((x) => ({ role: x.role, name: x.name, partyId: x.party_id, personId: x.person_id })),
    })),
    intakes: toListItems(core, intakeRows),
    events: events.map((e) => ({
      seq: e.seq,
      at: e.at,
      kind: e.kind,
      summary: e.summary,
      actor: e.actor_staff_id ? { id: e.actor_staff_id, name: e.actor_name ?? '' } : null,
      proceedingId: e.proceeding_id,
      documentId: typeof e.document_id === 'string' ? e.document_id : null,
    })),
    rowVersion: r.row_version,
  };
}
