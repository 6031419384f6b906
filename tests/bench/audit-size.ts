// `npm run bench:audit-size -- [--intakes N]`: what the audit trail, the timeline and the documents' rows cost per
// intake when intakes are made the way the desk makes them — each through dispatch (`intakes.create`, three
// workers with resident IDs and mobiles, a new employer typed at the desk for every fourth, routed to inspection
// so a case file opens), then one edit of the unit's details (an update's row). seed:large writes one audit row per
// bulk transaction, so its trail says nothing about a real bureau's; this does. Prints bytes per intake (dbstat:
// pages of the table and its indexes) and the chain's verdict.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { verifyAuditChain } from '../../db/audit-chain';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { instantOf } from '../../shared/domain/time';
import { establishStaff, initializeAs, signInAs, TEST_PASSWORD_COST } from '../helpers/accounts';
import { clientFor } from '../helpers/client';

const NAMES = ['扎西', '次仁卓玛', '多吉', '王建国', '李秀英', '格桑', '央金', '张伟', '达瓦', '旦增'];

function residentId(n: number): string {
  const body = `540202198${String(n % 10)}0${String((n % 9) + 1)}1${String(n % 10)}${String(100 + (n % 900)).padStart(3, '0')}`.slice(0, 17);
  return body + residentIdCheckChar(body);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--intakes');
  const count = at >= 0 ? Number(argv[at + 1]) : 300;
  if (!Number.isInteger(count) || count < 10) throw new Error('--intakes 应为不小于10的整数');
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-bench-audit-'));
  let now = instantOf('2026-11-02', '09:00');
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), clock: { now: () => now }, logger: silentLogger, documentBodyFont: null, passwordCost: TEST_PASSWORD_COST });
  try {
    const admin = clientFor(core);
    await initializeAs(admin);
    await establishStaff(core, admin, { name: '次仁卓玛', departmentId: 'dept-540200-reception', roles: ['receptionist'] });
    const desk = await signInAs(core, '次仁卓玛');
    const db = core.services!.db;
    const size = () =>
      Object.fromEntries(
        (db.prepare(`SELECT CASE WHEN name LIKE 'audit%' THEN 'audit' WHEN name LIKE 'case_events%' THEN 'timeline' WHEN name LIKE 'documents%' THEN 'documents' ELSE 'other' END AS part, sum(pgsize) AS bytes FROM dbstat GROUP BY part`).all() as { part: string; bytes: number }[]).map((r) => [r.part, r.bytes]),
      ) as Record<string, number>;
    // The change as text (through the view) and as stored (format 5 packs it: db/audit-pack.ts).
    const rows = () =>
      db.prepare('SELECT count(*) AS n, sum(length(CAST(change AS BLOB))) AS changeBytes, (SELECT sum(length(CAST(change AS BLOB))) FROM audit_rows) AS storedBytes FROM audit_log').get() as { n: number; changeBytes: number; storedBytes: number };
    const before = size();
    const rowsBefore = rows();
    const employers: string[] = [];
    for (let i = 0; i < count; i++) {
      now += 60_000;
      const complainants = [0, 1, 2].map((k) => ({
        name: NAMES[(i * 3 + k) % NAMES.length]!,
        idType: 'residentId' as const,
        idNumber: residentId(i * 3 + k),
        phones: [`139${String(10_000_000 + i * 3 + k).slice(-8)}`],
        amountClaimedFen: 600_000 + k * 50_000,
      }));
      const newEmployer = i % 4 === 0 || employers.length === 0;
      const party = newEmployer
        ? { role: 'employer' as const, newParty: { kind: 'organisation' as const, name: `日喀则第${i + 1}建筑工程有限公司` } }
        : { role: 'employer' as const, partyId: employers[i % employers.length]! };
      const r = await desk.invoke('intakes.create', {
        kind: 'complaint',
        channel: 'walkIn',
        receivedAt: now - 30_000,
        summary: '在工地务工三个月，工资未付，老板称工程款未结',
        workersCount: 3,
        parties: [party],
        complainants,
        route: 'inspection',
      } as never);
      if (!r.ok) throw new Error(`第 ${i + 1} 件登记失败：${JSON.stringify(r.error)}`);
      if (newEmployer) {
        const got = await desk.call('intakes.get', { id: (r.value as { id: string }).id });
        employers.push(got.parties[0]!.party.id);
      }
    }
    const after = size();
    const rowsAfter = rows();
    const per = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) / count;
    const verdict = verifyAuditChain(db);
    console.log(`经 dispatch 登记 ${count} 件（每件3名工人，每4件新建1个用人单位，转监察立卷）：`);
    console.log(`  审计记录 ${((rowsAfter.n - rowsBefore.n) / count).toFixed(1)} 条/件，change 列 ${((rowsAfter.changeBytes - rowsBefore.changeBytes) / count).toFixed(0)} 字节/件（存储 ${((rowsAfter.storedBytes - rowsBefore.storedBytes) / count).toFixed(0)}）`);
    console.log(`  审计（表+索引） ${per('audit').toFixed(0)} 字节/件；时间线 ${per('timeline').toFixed(0)}；文书行 ${per('documents').toFixed(0)}；其余 ${per('other').toFixed(0)}`);
    const parts = db.prepare("SELECT name, sum(pgsize) AS bytes, sum(pgsize - unused) AS used FROM dbstat WHERE name LIKE 'audit%' GROUP BY name ORDER BY bytes DESC").all() as { name: string; bytes: number; used: number }[];
    console.log(`  其中（全部审计记录，字节/件）：${parts.map((p) => `${p.name} ${(p.bytes / count).toFixed(0)}（已用 ${(p.used / count).toFixed(0)}）`).join('；')}`);
    console.log(`  ${verdict.message}`);
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
