// `npm run bench:employers -- [--count N]`: the employer view at N intakes (default 20,000), each opening its own
// case file, spread over 2,000 employers the way arrears are — a few builders in thousands of files, most in one or
// two — with a variant spelling (…公司 without 有限) for the fifty busiest. Parties go through the real core
// (parties.create: the name index); intakes, files and proceedings are written in bulk with the app's own columns.
// Prints the median of 7 calls through dispatch for each lookup, and each statement's query plan after ANALYZE.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../../electron/core/index';
import { EMPLOYER_SQL, fileDetails, filesOf, filesPlan } from '../../electron/core/employers/employers.data';
import { enforcementByFile } from '../../electron/core/employers/employer-enforcement';
import { silentLogger } from '../../electron/core/kernel/logger';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import { establishStaff, initializeAs, signInAs, TEST_PASSWORD_COST } from '../helpers/accounts';
import { clientFor } from '../helpers/client';

const HEADS = ['雪域', '晨曦', '年楚', '宏远', '吉祥', '珠峰', '圣湖', '高原', '恒通', '鑫源', '安康', '顺达', '昌盛', '祥和', '瑞丰'];
const TAILS = ['建筑工程有限公司', '路桥工程有限公司', '劳务分包有限公司', '商贸有限公司', '水利工程有限公司'];
const PARTIES = 2_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[3]!;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--count');
  const count = at >= 0 ? Number(argv[at + 1]) : 20_000;
  if (!Number.isInteger(count) || count < 100) throw new Error('--count 应为不小于100的整数');
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-bench-employers-'));
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, documentBodyFont: null, passwordCost: TEST_PASSWORD_COST });
  const admin = clientFor(core);
  const random = rng(20261205);
  try {
    await initializeAs(admin);
    await establishStaff(core, admin, { name: '李强', departmentId: 'dept-540200-leadership', roles: ['leader'] });
    await establishStaff(core, admin, { name: '张伟', departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: '藏人社监字0231' });
    const leader = await signInAs(core, '李强');
    const inspector = await signInAs(core, '张伟');
    const db = core.services!.db;
    const unit = (db.prepare('SELECT unit_id FROM installation').get() as { unit_id: string }).unit_id;
    const staff = (db.prepare("SELECT id FROM staff WHERE name = '李强'").get() as { id: string }).id;

    console.log(`登记 ${PARTIES} 个用人单位（其中50个另有一种写法）…`);
    const parties: { id: string; name: string; code: string | null }[] = [];
    for (let i = 0; i < PARTIES; i++) {
      const name = `日喀则市${HEADS[i % HEADS.length]}${i}${TAILS[Math.floor(i / HEADS.length) % TAILS.length]}`;
      const p = await inspector.call('parties.create', { kind: 'organisation', name });
      parties.push({ id: p.id, name, code: null });
    }
    const variants: string[] = [];
    for (let i = 0; i < 50; i++) variants.push((await inspector.call('parties.create', { kind: 'organisation', name: parties[i]!.name.replace('有限公司', '公司') })).id);

    console.log(`写入 ${count} 条投诉登记，每条一个案卷…`);
    const base = instantOf('2024-01-01', '09:00');
    db.transaction(() => {
      const now = Date.now();
      const intake = db.prepare(`INSERT INTO intakes (id, unit_id, reg_year, reg_no, kind, channel, received_at, received_date, summary, workers_count, amount_claimed_fen, status, route, case_file_id, recorded_by, created_at, updated_at)
        VALUES (?, ?, 1900, ?, 'complaint', 'walkIn', ?, ?, '基准投诉', ?, ?, 'routed', 'inspection', ?, ?, ?, ?)`);
      const intakeParty = db.prepare("INSERT INTO intake_parties (intake_id, party_id, role, sort_order) VALUES (?, ?, 'employer', 0)");
      const file = db.prepare("INSERT INTO case_files (id, unit_id, title, status, opened_at, source_intake_id, created_by, created_at, updated_at) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?)");
      const proceeding = db.prepare("INSERT INTO proceedings (id, case_file_id, kind, status, opened_at, created_at, updated_at) VALUES (?, ?, 'inspection', 'received', ?, ?, ?)");
      const standing = db.prepare("INSERT INTO proceeding_parties (id, proceeding_id, role, party_id, sort_order) VALUES (?, ?, 'employer', ?, 0)");
      const person = db.prepare("INSERT INTO persons (id, name, id_type, id_number, id_status, created_at, updated_at) VALUES (?, ?, 'residentId', ?, 'valid', ?, ?)");
      const complainant = db.prepare('INSERT INTO intake_complainants (intake_id, person_id, sort_order, amount_claimed_fen) VALUES (?, ?, 0, ?)');
      for (let n = 0; n < count; n++) {
        // Skewed: the busiest builder is in about 8% of the files, half the employers in one or none.
        const k = Math.floor(PARTIES * random() ** 3);
        const partyId = n % 7 === 0 && k < 50 ? variants[k]! : parties[k]!.id;
        const receivedAt = base + n * 60_000;
        const amount = 100 * Math.floor(3000 + random() * 20000);
        const workers = random() < 0.1 ? 12 : 1;
        const [i, f, p] = [`b-in-${n}`, `b-cf-${n}`, `b-pr-${n}`];
        intake.run(i, unit, n + 1, receivedAt, dateKeyOf(receivedAt), workers, amount, f, staff, now, now);
        intakeParty.run(i, partyId);
        file.run(f, unit, `工人${n}投诉`, receivedAt + 60_000, i, staff, now, now);
        proceeding.run(p, f, receivedAt + 60_000, now, now);
        standing.run(`b-pp-${n}`, p, partyId);
        const first17 = `540202199${String(n).padStart(8, '0')}`.slice(0, 17);
        person.run(`b-pe-${n}`, `工人${n}`, first17 + residentIdCheckChar(first17), now, now);
        complainant.run(i, `b-pe-${n}`, amount);
      }
    })();
    db.exec('ANALYZE');
    const busiest = parties[0]!;
    const fileCount = (id: string) => (db.prepare(EMPLOYER_SQL.fileCountOfParty).get(JSON.stringify([id]), JSON.stringify([id]), unit, 1_000_000) as { n: number }).n;
    const middle = parties.find((p, i) => i > 100 && fileCount(p.id) >= 3) ?? parties[150]!;
    console.log(`最常被投诉的单位：${busiest.name}，${fileCount(busiest.id) + fileCount(variants[0]!)} 个案卷（含另一种写法）；中等：${middle.name}，${fileCount(middle.id)} 个案卷`);

    const timings: [string, () => Promise<unknown>][] = [
      ['employers.search 名称（带“有限公司”）', () => leader.call('employers.search', { query: busiest.name.slice(4) })],
      ['employers.search 名称片段（“雪域”，多个单位）', () => leader.call('employers.search', { query: '雪域' })],
      ['employers.search 不带“有限”的写法', () => leader.call('employers.search', { query: busiest.name.replace('有限公司', '公司') })],
      ['employers.get 最常被投诉的单位（列出最近100个案卷）', () => leader.call('employers.get', { type: 'party', id: busiest.id })],
      ['employers.get 中等单位', () => leader.call('employers.get', { type: 'party', id: middle.id })],
    ];
    console.log(`\n用人单位查询（${count} 条登记、${count} 个案卷、${PARTIES + 50} 个单位），每项取7次的中位数：`);
    for (const [label, run] of timings) console.log(`  ${label}：${(await median(run)).toFixed(1)} ms`);
    const prepare = core.services!.prepare;
    const keys = [busiest.id, variants[0]!];
    const listed = filesOf(prepare, 'party', keys, unit, 101).slice(0, 100);
    const parts: [string, () => unknown][] = [
      [`  其中 找出最近101个案卷（选定：${filesPlan(prepare, keys, 101) === 'byDate' ? '按立卷时间逐卷核对' : '汇集后排序'}）`, () => filesOf(prepare, 'party', keys, unit, 101)],
      ['  其中 同上，汇集全部案卷后排序', () => filesOf(prepare, 'party', keys, unit, 101, 'gather')],
      ['  其中 同上，按立卷时间逐卷核对', () => filesOf(prepare, 'party', keys, unit, 101, 'byDate')],
      ['  其中 所列100个案卷的程序、登记、当事人', () => fileDetails(prepare, listed)],
      ['  其中 所列100个案卷的指令书、决定、移送、失信名单和支付', () => enforcementByFile(prepare, listed, () => [])],
      ['  其中 所列100个案卷的劳动者和欠薪（100次 caseWorkers.get，经 dispatch）', () => listed.map((id) => leader.call('caseWorkers.get', { caseFileId: id }))],
    ];
    for (const [label, run] of parts) console.log(`${label}：${(await median(async () => await Promise.all([run()].flat() as unknown[]))).toFixed(1)} ms`);
    const view = await leader.call('employers.get', { type: 'party', id: busiest.id });
    console.log(`  最常被投诉的单位页面：列出 ${view.files.length} 个案卷，${view.truncated ? '其余未列出' : '全部列出'}；并入的写法 ${view.names.length} 个`);

    console.log('\n查询计划（ANALYZE 之后）：');
    for (const [name, sql] of Object.entries(EMPLOYER_SQL)) {
      const params = (sql.match(/\?/g) ?? []).map((_, i) => (sql.includes('json_each') && i < 2 ? JSON.stringify([busiest.id]) : name === 'partiesWithIdNumber' ? 'x' : unit));
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params.map((p, i) => (i === params.length - 1 && /LIMIT \?\)?\s*$/.test(sql) ? 200 : p))) as { detail: string }[]).map((r) => r.detail);
      console.log(`  ${name}：${plan.join('；')}`);
    }
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
