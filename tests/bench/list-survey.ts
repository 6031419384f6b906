// `npx tsx tests/bench/list-survey.ts --data-dir D [--runs R] [--only WORD] [--verbose [--verbose-ms M]]`: every list a user pages, on a database
// from `seed:large` (issue #15 Deliver 2). Each call goes through dispatch (first page and a deep keyset page, with each
// filter); its statements are captured from the core's statement cache, each timed on its own and explained. Prints
// the call's median and max, the slowest statement's time, and any SCAN of a table or a TEMP B-TREE in the plans.
// It signs in an auditor for the audit view (created once, through the administrator, if the data has none).
import { join, resolve } from 'node:path';
import { createCore } from '../../electron/core/index';
import { encodeCursor } from '../../electron/core/kernel/cursor';
import { silentLogger } from '../../electron/core/kernel/logger';
import { openDatabase } from '../../db/open';
import { ADMIN, establishStaff, signInAs } from '../helpers/accounts';
import type { Client } from '../helpers/client';
import { captureStatements } from './large/capture';
import { LARGE_STAFF } from './seed-large';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = resolve(opt('data-dir') ?? '');
const runs = Number(opt('runs') ?? 5);
const only = opt('only');
const verbose = args.includes('--verbose');
const verboseMs = Number(opt('verbose-ms') ?? 5);
const AUDITOR = '审计员卓嘎';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function main() {
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, documentBodyFont: null, scheduler: false });
  if (core.startupError) throw new Error(core.startupError.message);
  const raw = openDatabase(join(dataDir, 'xinan.sqlite3'), { readonly: true });
  const services = core.services!;
  try {
    const g = <T>(sql: string, ...p: unknown[]) => raw.prepare(sql).get(...p) as T;
    const unit = g<{ u: string }>('SELECT unit_id AS u FROM installation').u;
    if (!g<{ id: string } | undefined>('SELECT id FROM staff WHERE name = ?', AUDITOR)) {
      const admin = await signInAs(core, ADMIN.name, ADMIN.password);
      await establishStaff(core, admin, { name: AUDITOR, departmentId: `dept-${unit.slice(5)}-leadership`, roles: ['auditor'] });
    }
    const desk = await signInAs(core, LARGE_STAFF.desk);
    const leader = await signInAs(core, LARGE_STAFF.leader);
    const inspector = await signInAs(core, LARGE_STAFF.inspector);
    const arbitrator = await signInAs(core, LARGE_STAFF.arbitrator);
    const auditor = await signInAs(core, AUDITOR);
    const nIntakes = g<{ n: number }>('SELECT count(*) AS n FROM intakes').n;
    const deepIntake = g<{ at: number; seq: number }>('SELECT received_at AS at, seq FROM intakes WHERE unit_id = ? ORDER BY received_at DESC, seq DESC LIMIT 1 OFFSET ?', unit, Math.floor(nIntakes * 0.9));
    const deepCase = g<{ at: number; seq: number }>('SELECT opened_at AS at, seq FROM case_files WHERE unit_id = ? ORDER BY opened_at DESC, seq DESC LIMIT 1 OFFSET (SELECT count(*) * 9 / 10 FROM case_files WHERE unit_id = ?)', unit, unit);
    // The trail is listed newest first by (at, seq): a cursor a tenth of the way in from the oldest.
    const deepAudit = g<{ at: number; seq: number }>('SELECT at, seq FROM audit_rows ORDER BY at, seq LIMIT 1 OFFSET (SELECT count(*) / 10 FROM audit_rows)');
    const leaderId = g<{ id: string }>('SELECT leader_staff_id AS id, count(*) n FROM case_files WHERE leader_staff_id IS NOT NULL GROUP BY 1 ORDER BY n DESC LIMIT 1')?.id ?? 'x';
    const busyFile = g<{ id: string }>('SELECT case_file_id AS id, count(*) AS n FROM wage_payments GROUP BY 1 ORDER BY n DESC LIMIT 1').id;
    const busyIntake = g<{ id: string }>('SELECT id FROM intakes WHERE case_file_id = ?', busyFile).id;
    const employer = g<{ name: string }>("SELECT pa.name FROM proceeding_parties pp JOIN parties pa ON pa.id = pp.party_id WHERE pp.role = 'employer' GROUP BY pa.id ORDER BY count(*) DESC LIMIT 1").name;
    const employerId = g<{ id: string }>('SELECT id FROM parties WHERE name = ?', employer).id;
    const leaderStaff = g<{ id: string }>('SELECT id FROM staff WHERE name = ?', LARGE_STAFF.leader).id;
    const cur = (k: { at: number; seq: number }) => encodeCursor(k);
    const noI = { kind: null, channel: null, status: null, collective: null, from: null, to: null };
    const noC = { status: null, collective: null, urgent: null, leaderStaffId: null, proceedingKind: null, proceedingStatus: null, departmentId: null };
    const noA = { action: null, actorStaffId: null, entity: null, from: null, to: null };
    type Op = { name: string; client: Client; call: (c: Client) => Promise<unknown> };
    const ops: Op[] = [];
    const both = (name: string, client: Client, page: (cursor: string | null) => (c: Client) => Promise<unknown>, deep: string) => {
      ops.push({ name: `${name} · first`, client, call: page(null) });
      ops.push({ name: `${name} · deep`, client, call: page(deep) });
    };
    const intakeFilters: [string, object][] = [
      ['none', noI],
      ['status registered', { ...noI, status: 'registered' }],
      ['status closed', { ...noI, status: 'closed' }],
      ['kind report', { ...noI, kind: 'report' }],
      ['channel hotline12345', { ...noI, channel: 'hotline12345' }],
      ['collective', { ...noI, collective: true }],
      ['2020-01..06', { ...noI, from: '2020-01-01', to: '2020-06-30' }],
      ['channel walkIn + collective', { ...noI, channel: 'walkIn', collective: true }],
    ];
    for (const [label, filter] of intakeFilters) both(`intakes.list ${label}`, desk, (cursor) => (c) => c.call('intakes.list', { filter: filter as never, limit: 50, cursor }), cur(deepIntake));
    const caseFilters: [string, object][] = [
      ['none', noC],
      ['status open', { ...noC, status: 'open' }],
      ['status closed', { ...noC, status: 'closed' }],
      ['collective', { ...noC, collective: true }],
      ['urgent', { ...noC, urgent: true }],
      ['leader', { ...noC, leaderStaffId: leaderId }],
      ['kind arbitration', { ...noC, proceedingKind: 'arbitration' }],
      ['kind referral', { ...noC, proceedingKind: 'referral' }],
      ['inspection received', { ...noC, proceedingKind: 'inspection', proceedingStatus: 'received' }],
      ['inspection closed', { ...noC, proceedingKind: 'inspection', proceedingStatus: 'closed' }],
      ['dept inspection', { ...noC, departmentId: `dept-${unit.slice(5)}-inspection` }],
      ['dept arbitration', { ...noC, departmentId: `dept-${unit.slice(5)}-arbitration` }],
      ['dept laborRelations', { ...noC, departmentId: `dept-${unit.slice(5)}-laborRelations` }],
    ];
    for (const [label, filter] of caseFilters) both(`cases.list ${label}`, leader, (cursor) => (c) => c.call('cases.list', { filter: filter as never, limit: 50, cursor }), cur(deepCase));
    for (const q of ['扎西', '扎西 建筑工', employer.slice(0, 4)]) ops.push({ name: `cases.list search ${q}`, client: leader, call: (c) => c.call('cases.list', { search: q, limit: 50 }) });
    const auditFilters: [string, object][] = [
      ['none', noA],
      ['entity proceeding', { ...noA, entity: 'proceeding' }],
      ['entity person', { ...noA, entity: 'person' }],
      ['entity staff', { ...noA, entity: 'staff' }],
      ['entity installation', { ...noA, entity: 'installation' }],
      ['action create', { ...noA, action: 'create' }],
      ['action caseFileClose', { ...noA, action: 'caseFileClose' }],
      ['action login', { ...noA, action: 'login' }],
      ['actor leader', { ...noA, actorStaffId: leaderStaff }],
      ['2020-03', { ...noA, from: '2020-03-01', to: '2020-03-31' }],
      ['entity person + 2020-03', { ...noA, entity: 'person', from: '2020-03-01', to: '2020-03-31' }],
      ['action generate + actor leader', { ...noA, action: 'generate', actorStaffId: leaderStaff }],
    ];
    for (const [label, filter] of auditFilters) both(`audit.list ${label}`, auditor, (cursor) => (c) => c.call('audit.list', { filter: filter as never, limit: 50, cursor }), cur(deepAudit));
    for (const scope of ['mine', 'unit'] as const) for (const dueState of ['open', 'overdue', 'dueSoon'] as const) ops.push({ name: `deadlines.list ${scope} ${dueState}`, client: leader, call: (c) => c.call('deadlines.list', { scope, dueState, departmentId: null, limit: 20 }) });
    ops.push({ name: 'deadlines.list unit open dept inspection', client: leader, call: (c) => c.call('deadlines.list', { scope: 'unit', dueState: 'open', departmentId: `dept-${unit.slice(5)}-inspection`, limit: 20 }) });
    ops.push({ name: 'desk.summary (leader)', client: leader, call: (c) => c.call('desk.summary', {}) });
    ops.push({ name: 'desk.summary (inspector)', client: inspector, call: (c) => c.call('desk.summary', {}) });
    ops.push({ name: 'desk.summary (arbitrator)', client: arbitrator, call: (c) => c.call('desk.summary', {}) });
    for (const view of ['awaiting', 'accepted', 'returned'] as const) ops.push({ name: `routing.inbox ${view}`, client: inspector, call: (c) => c.call('routing.inbox', { departmentId: null, view, due: null, urgentOnly: false, limit: 50 }) });
    ops.push({ name: 'routing.transfers', client: leader, call: (c) => c.call('routing.transfers', { limit: 50 }) });
    ops.push({ name: 'followup.waiting', client: desk, call: (c) => c.call('followup.waiting', {}) });
    ops.push({ name: 'hearings.list a month', client: arbitrator, call: (c) => c.call('hearings.list', { from: '2026-11-01', to: '2026-11-30', staffId: null, includePostponed: true }) });
    ops.push({ name: 'hearings.list a month, mine', client: arbitrator, call: (c) => c.call('hearings.list', { from: '2026-11-01', to: '2026-11-30', staffId: g<{ id: string }>('SELECT id FROM staff WHERE name = ?', LARGE_STAFF.arbitrator).id, includePostponed: false }) });
    ops.push({ name: `employers.search ${employer.slice(0, 4)}`, client: leader, call: (c) => c.call('employers.search', { query: employer.slice(0, 4) }) });
    ops.push({ name: 'employers.get (busiest)', client: leader, call: (c) => c.call('employers.get', { partyId: employerId } as never) });
    ops.push({ name: `parties.search ${employer.slice(0, 2)}`, client: desk, call: (c) => c.call('parties.search', { query: employer.slice(0, 2) } as never) });
    ops.push({ name: 'payments.list (busiest file)', client: leader, call: (c) => c.call('payments.list', { caseFileId: busyFile }) });
    ops.push({ name: 'documents.list (busiest file)', client: leader, call: (c) => c.call('documents.list', { intakeId: null, caseFileId: busyFile }) });
    ops.push({ name: 'documents.list (its intake)', client: leader, call: (c) => c.call('documents.list', { intakeId: busyIntake, caseFileId: null }) });
    ops.push({ name: 'services.list (busiest file)', client: leader, call: (c) => c.call('services.list', { caseFileId: busyFile }) });
    ops.push({ name: 'evidence.list (busiest file)', client: leader, call: (c) => c.call('evidence.list', { caseFileId: busyFile }) });
    ops.push({ name: 'cases.get (busiest file)', client: leader, call: (c) => c.call('cases.get', { id: busyFile }) });
    ops.push({ name: 'statistics.chartFiles employer', client: leader, call: (c) => c.call('statistics.chartFiles', { chart: 'employer', partyId: employerId }) });
    ops.push({ name: 'statistics.chartFiles countyOpenFiles', client: leader, call: (c) => c.call('statistics.chartFiles', { chart: 'countyOpenFiles', unitId: unit }) });
    for (const op of ops) {
      if (only && !op.name.includes(only)) continue;
      let captured: Awaited<ReturnType<typeof captureStatements>>;
      try {
        await op.call(op.client);
        captured = await captureStatements(services, () => op.call(op.client));
      } catch (e) {
        console.log(`${op.name}\tERROR ${(e as Error).message.slice(0, 160)}`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await op.call(op.client);
        times.push(performance.now() - t);
      }
      let slowest = { ms: 0, sql: '' };
      const flags = new Set<string>();
      for (const s of captured) {
        if (!/^\s*SELECT|^\s*WITH/i.test(s.sql)) continue;
        const st = raw.prepare(s.sql);
        const t = performance.now();
        try {
          st.all(...(s.args as never[]));
        } catch {
          continue;
        }
        const ms = performance.now() - t;
        if (ms > slowest.ms) slowest = { ms, sql: s.sql };
        const plan = raw.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...(s.args as never[])) as { detail: string }[];
        if (verbose && ms > verboseMs) console.log(`  ${ms.toFixed(1)} ms: ${s.sql.replace(/\s+/g, ' ')}\n    ${JSON.stringify(s.args).slice(0, 300)}\n    ${plan.map((p) => p.detail).join('\n    ')}`);
        for (const p of plan) if (/^SCAN (?!json_each|CONSTANT|staff|departments|units|j\b|\()|TEMP B-TREE/.test(p.detail)) flags.add(p.detail);
      }
      console.log(`${op.name}\t${median(times).toFixed(2)}\t${Math.max(...times).toFixed(2)}\t${slowest.ms.toFixed(2)}\t${captured.length}\t${[...flags].join(' | ')}\t${slowest.sql.replace(/\s+/g, ' ').slice(0, 140)}`);
    }
  } finally {
    raw.close();
    await core.close();
  }
}

void main();
