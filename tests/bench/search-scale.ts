// `npx tsx tests/bench/search-scale.ts [--intakes N] [--data-dir D]`: fills N intakes quickly (search-fill.ts: the
// app's own index code, rows copied from a template made through the core), then measures searches and list pages
// through the core (p50/p95 of 40 runs each) and the bytes of the term index per intake. docs/performance.md holds
// the figures.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { encodeCursor } from '../../electron/core/kernel/cursor';
import { instantOf } from '../../shared/domain/time';
import { establishStaff, initializeAs, signInAs } from '../helpers/accounts';
import { clientFor } from '../helpers/client';
import { fillIntakes, RARE } from './search-fill';
import { statementCache, type Prepare } from '../../db/statements';

const HEADS = ['雪域', '晨曦', '年楚', '宏远', '吉祥', '珠峰', '圣湖', '高原', '恒通', '鑫源', '安康', '顺达', '昌盛', '祥和', '瑞丰'];
const TAILS = ['建筑工程有限公司', '路桥工程有限公司', '劳务分包有限公司', '商贸有限公司', '水利工程有限公司'];
const CASE_NUMBER = '日人社监案〔2016〕191号';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main() {
  const count = Number(arg('--intakes') ?? 100_000);
  const dataDir = arg('--data-dir') ?? mkdtempSync(join(tmpdir(), 'xinan-search-'));
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, documentBodyFont: null });
  const admin = clientFor(core);
  await initializeAs(admin);
  await establishStaff(core, admin, { name: '次仁卓玛', departmentId: 'dept-540200-reception', roles: ['receptionist'] });
  const client = await signInAs(core, '次仁卓玛');
  const partyIds: string[] = [];
  for (let i = 0; i < 300; i++) partyIds.push((await client.call('parties.create', { kind: 'organisation', name: `日喀则${HEADS[i % HEADS.length]}${i}${TAILS[i % TAILS.length]}` })).id);
  const template = await client.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2016-11-30', '09:00'),
    summary: '模板',
    workersCount: 1,
    parties: [{ partyId: partyIds[0], role: 'employer' }],
    complainants: [{ name: '模板', idType: 'none', idMissingReason: '未带证件', phones: ['13900000000'] }],
    route: 'inspection',
  });
  const db = core.services!.db;
  const personId = (db.prepare('SELECT person_id FROM intake_complainants WHERE intake_id = ?').get(template.id) as { person_id: string }).person_id;
  const t0 = performance.now();
  fillIntakes(db, { intakeId: template.id, personId, partyIds }, count);
  const fillS = (performance.now() - t0) / 1000;
  // A case number on the template's file, indexed the way a numbered step indexes it.
  db.prepare('UPDATE proceedings SET number = ? WHERE case_file_id = ?').run(CASE_NUMBER, template.caseFileId);
  const index = (await import('../../electron/core/intakes/search-index')) as { reindexFileIntakes?: (p: Prepare, id: string) => void };
  // (Absent before issue #15: case numbers were not indexed; the same script measured the code before it.)
  index.reindexFileIntakes?.(statementCache(db), template.caseFileId!);
  db.exec('ANALYZE');
  console.log(`填充 ${count} 条：${fillS.toFixed(1)} s（${((fillS * 1000) / count).toFixed(2)} ms/条）`);

  const deep = db.prepare('SELECT received_at AS at, seq FROM intakes ORDER BY received_at DESC, seq DESC LIMIT 1 OFFSET ?').get(Math.floor(count * 0.9)) as { at: number; seq: number };
  const idPrefix = (db.prepare("SELECT substr(id_number, 1, 10) AS p FROM persons WHERE id_number IS NOT NULL LIMIT 1 OFFSET 1000").get() as { p: string }).p;
  const ops: [string, () => Promise<{ items: unknown[] }>][] = [
    ['search 扎西', () => client.call('intakes.list', { search: '扎西', limit: 50 })],
    ['search 巴', () => client.call('intakes.list', { search: '巴', limit: 50 })],
    ['search 建筑工', () => client.call('intakes.list', { search: '建筑工', limit: 50 })],
    ['search 扎西 建筑工', () => client.call('intakes.list', { search: '扎西 建筑工', limit: 50 })],
    [`search rare name ${RARE}`, () => client.call('intakes.list', { search: RARE, limit: 50 })],
    ['search zx', () => client.call('intakes.list', { search: 'zx', limit: 50 })],
    [`search ID prefix ${idPrefix}`, () => client.call('intakes.list', { search: idPrefix, limit: 50 })],
    [`search case number ${CASE_NUMBER}`, () => client.call('intakes.list', { search: CASE_NUMBER, limit: 50 })],
    ['intakes.list first page', () => client.call('intakes.list', { limit: 50 })],
    ['intakes.list deep keyset page (90%)', () => client.call('intakes.list', { limit: 50, cursor: encodeCursor(deep) })],
    ['cases.list search 扎西', () => client.call('cases.list', { search: '扎西', limit: 50 })],
  ];
  console.log('| operation | rows | p50 ms | p95 ms |\n|---|---|---|---|');
  for (const [name, run] of ops) {
    const ms: number[] = [];
    let rows = 0;
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      rows = (await run()).items.length;
      ms.push(performance.now() - t);
    }
    console.log(`| ${name} | ${rows} | ${pct(ms, 50).toFixed(2)} | ${pct(ms, 95).toFixed(2)} |`);
  }
  const sizes = db.prepare("SELECT name, sum(pgsize) AS bytes FROM dbstat WHERE name IN ('search_terms', 'search_terms_term_uq', 'intake_postings', 'intake_search_docs', 'search_names', 'search_names_entity_uq', 'name_terms', 'name_postings', 'intake_search_terms', 'intake_search_terms_seq_idx', 'sqlite_autoindex_intake_search_terms_1') OR name LIKE 'intake_fts%' GROUP BY name ORDER BY bytes DESC").all() as { name: string; bytes: number }[];
  let terms = 0;
  for (const s of sizes) {
    console.log(`${s.name}: ${(s.bytes / count).toFixed(0)} B/条`);
    if (!s.name.startsWith('intake_fts')) terms += s.bytes;
  }
  console.log(`term index (without FTS): ${(terms / count).toFixed(0)} B/条; data dir ${dataDir}`);
  await core.close?.();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
