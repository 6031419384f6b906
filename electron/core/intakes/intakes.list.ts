// The intake list: filters, search through the indexed paths (search/engine.ts), keyset paging on (received_at, seq)
// — never OFFSET, never a scan of the table.
import type { z } from 'zod';
import type { IntakeListItem, intakeListInput } from '../../../shared/contract/intakes';
import { formatRegNo } from '../../../shared/domain/registration';
import type { CoreServices } from '../kernel/context';
import { decodeCursor, encodeCursor } from '../kernel/cursor';
import { keysetPage, Where } from '../kernel/sql';
import { requireInstallation } from '../kernel/installation';
import type { NumberSearch } from '../search/query';
import { searchPage } from '../search/engine';
import { instantOf } from '../../../shared/domain/time';

const SUMMARY_CHARS = 120;

interface ListRow {
  id: string;
  seq: number;
  reg_year: number;
  reg_no: number;
  kind: IntakeListItem['kind'];
  channel: IntakeListItem['channel'];
  received_at: number;
  summary: string;
  workers_count: number;
  amount_claimed_fen: number | null;
  status: IntakeListItem['status'];
  route: IntakeListItem['route'];
  collective: number;
  urgent: number;
  reply_due: string | null;
  case_file_id: string | null;
}

/** Party names and the first complainant names of a page of intakes, in two indexed queries. */
export function namesForIntakes(core: CoreServices, ids: string[]) {
  const json = JSON.stringify(ids);
  const parties = core
    .prepare(
      `SELECT ip.intake_id, p.name FROM intake_parties ip JOIN parties p ON p.id = ip.party_id
       WHERE ip.intake_id IN (SELECT value FROM json_each(?)) ORDER BY ip.intake_id, ip.sort_order`,
    )
    .all(json) as { intake_id: string; name: string }[];
  const people = core
    .prepare(
      `SELECT intake_id, name, total FROM (
         SELECT ic.intake_id, pe.name, count(*) OVER (PARTITION BY ic.intake_id) AS total,
                row_number() OVER (PARTITION BY ic.intake_id ORDER BY ic.sort_order) AS n
         FROM intake_complainants ic JOIN persons pe ON pe.id = ic.person_id
         WHERE ic.intake_id IN (SELECT value FROM json_each(?)))
       WHERE n <= 5 ORDER BY intake_id, n`,
    )
    .all(json) as { intake_id: string; name: string; total: number }[];
  const partyNames = new Map<string, string[]>();
  for (const p of parties) partyNames.set(p.intake_id, [...(partyNames.get(p.intake_id) ?? []), p.name]);
  const complainants = new Map<string, { names: string[]; total: number }>();
  for (const p of people) {
    const e = complainants.get(p.intake_id) ?? { names: [], total: p.total };
    e.names.push(p.name);
    complainants.set(p.intake_id, e);
  }
  return { partyNames, complainants };
}

export function toListItems(core: CoreServices, rows: ListRow[]): IntakeListItem[] {
  const { partyNames, complainants } = namesForIntakes(core, rows.map((r) => r.id));
  return rows.map((r) => {
    const c = complainants.get(r.id) ?? { names: [], total: 0 };
    return {
      id: r.id,
      regNoText: formatRegNo(r.reg_year, r.reg_no),
      kind: r.kind,
      channel: r.channel,
      receivedAt: r.received_at,
      summary: r.summary.length > SUMMARY_CHARS ? `${r.summary.slice(0, SUMMARY_CHARS)}…` : r.summary,
      workersCount: r.workers_count,
      amountClaimedFen: r.amount_claimed_fen,
      partyNames: partyNames.get(r.id) ?? [],
      // A reporter's identity is confidential (监察条例 Art. 9): lists never show it.
      complainantNames: r.kind === 'report' ? [] : c.names,
      complainantCount: c.total,
      status: r.status,
      route: r.route,
      collective: r.collective === 1,
      urgent: r.urgent === 1,
      replyDue: r.reply_due,
      caseFileId: r.case_file_id,
    };
  });
}

export const LIST_COLUMNS = `i.id, i.seq, i.reg_year, i.reg_no, i.kind, i.channel, i.received_at, i.summary, i.workers_count,
  i.amount_claimed_fen, i.status, i.route, i.collective, i.urgent, i.reply_due, i.case_file_id`;

const DAY_MS = 86_400_000;

/**
 * The statement for a page of the list without a search: the unit's intakes newest first on intakes_unit_received_idx
 * (unit_id, received_at, seq) or the status or kind index, the cursor and the date filter as bounds of that index, the other filters checked on
 * the rows it reads — a page reads its own rows and stops (docs/performance.md). Exported for the query-plan test.
 */
export function intakeListStatement(f: z.output<typeof intakeListInput>['filter'], unitId: string, after: { at: number; seq: number } | null, limit: number) {
  const where = new Where().add('i.unit_id = ?', unitId);
  if (f.kind) where.add('i.kind = ?', f.kind);
  if (f.channel) where.add('i.channel = ?', f.channel);
  if (f.status) where.add('i.status = ?', f.status);
  if (f.collective !== null) where.add('i.collective = ?', f.collective ? 1 : 0);
  // The index whose equality columns are the filter's and whose order is the list's: a status (the desk's queues) or
  // a kind narrows to its own rows; channel and collectivity are checked on the rows read.
  const index = f.status ? 'intakes_status_received_idx' : f.kind ? 'intakes_unit_kind_received_idx' : 'intakes_unit_received_idx';
  // received_date is the Beijing date of received_at, so the dates bound the instant too (the index's range).
  if (f.from) where.add('i.received_date >= ? AND i.received_at >= ?', f.from, instantOf(f.from));
  if (f.to) where.add('i.received_date <= ? AND i.received_at < ?', f.to, instantOf(f.to) + DAY_MS);
  if (after) where.add('(i.received_at, i.seq) < (?, ?)', after.at, after.seq);
  return {
    sql: `SELECT ${LIST_COLUMNS} FROM intakes i INDEXED BY ${index} WHERE ${where.sql} ORDER BY i.received_at DESC, i.seq DESC LIMIT ?`,
    params: [...where.params, limit],
  };
}

/**
 * The filters of a searched page, checked on a batch of matched intakes (by seq: rowid lookups). From the batch to each
 * row (CROSS JOIN): with `seq IN (…) AND unit_id = ?` the planner walked the unit's whole index instead (10–18 ms for
 * a page at 100,000 intakes, growing with the unit; docs/performance.md, "Pages in proportion to the page").
 */
export function searchedRowsStatement(f: z.output<typeof intakeListInput>['filter'], unitId: string, searchReports: boolean) {
  const where = new Where().add('i.unit_id = ?', unitId);
  if (f.kind) where.add('i.kind = ?', f.kind);
  if (f.channel) where.add('i.channel = ?', f.channel);
  if (f.status) where.add('i.status = ?', f.status);
  if (f.collective !== null) where.add('i.collective = ?', f.collective ? 1 : 0);
  if (f.from) where.add('i.received_date >= ?', f.from);
  if (f.to) where.add('i.received_date <= ?', f.to);
  if (!searchReports) where.add("i.kind <> 'report'");
  return { sql: `SELECT ${LIST_COLUMNS} FROM json_each(?) j CROSS JOIN intakes i ON i.seq = j.value WHERE ${where.sql}`, params: where.params };
}

export function listIntakes(core: CoreServices, input: z.output<typeof intakeListInput>, scope: { numbers: NumberSearch; searchReports: boolean }) {
  const inst = requireInstallation(core);
  const after = decodeCursor(input.cursor);
  const filtered = searchedRowsStatement(input.filter, inst.unitId, scope.searchReports);
  const searched = searchPage<ListRow>(core.prepare, {
    query: input.search,
    numbers: scope.numbers,
    unitId: inst.unitId,
    after: after ? { at: after.at, seq: after.seq, rank: after.rank ?? 2 } : null,
    limit: input.limit,
    rowsOf: (seqs) => core.prepare(filtered.sql).all(JSON.stringify(seqs), ...filtered.params) as ListRow[],
  });
  if (searched) return { items: toListItems(core, searched.rows), nextCursor: searched.next ? encodeCursor(searched.next) : null };
  const st = intakeListStatement(input.filter, inst.unitId, after, input.limit + 1);
  const page = keysetPage(core.prepare(st.sql).all(...st.params) as ListRow[], input.limit, (r) => ({ at: r.received_at, seq: r.seq }));
  return { items: toListItems(core, page.rows), nextCursor: page.nextCursor };
}
