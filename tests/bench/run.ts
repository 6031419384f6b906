// `npm run bench -- [--count N]`: fills a fresh data dir with N synthetic intakes through the real core, then
// times the hot paths (save, list page, deep keyset page, short and long searches, case list) and prints each
// figure against its target (RELIABILITY-SECURITY-PERFORMANCE.md, "Recommended measurable targets").
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { demoArbitrationCase } from '../../db/seed/demo-arbitration';
import { buildAwards } from '../../shared/domain/documents/award';
import { buildHearingNotice } from '../../shared/domain/documents/hearing-notice';
import { DEFAULT_TEMPLATES } from '../../shared/domain/documents/templates';
import { renderDocx } from '../../electron/core/documents/docx-writer';
import { renderPdf } from '../../electron/core/documents/pdf-writer';
import { ADMIN, establishStaff, initializeAs, signInAs } from '../helpers/accounts';
import { prepareDataDir } from '../../electron/core/kernel/data-dir';
import { listBackups } from '../../electron/core/durability/backup';
import { checkNow } from '../../electron/core/durability/integrity';
import { restoreBackup } from '../../electron/core/durability/restore';
import { clientFor } from '../helpers/client';
import { jpegFile } from '../fixtures/images';
import { benchLarge, largestTables } from './large-bench';

const GIVEN = ['扎西', '次仁', '格桑', '达瓦', '尼玛', '旺堆', '索朗', '平措', '多吉', '拉巴', '边巴', '普布', '洛桑', '卓玛', '央金', '德吉', '白玛', '次旦', '巴桑', '强巴'];
const HAN = ['张伟', '王磊', '李军', '刘洋', '陈刚', '杨帆', '赵勇', '黄强', '周杰', '吴斌', '马小龙', '韩冰', '何平', '罗刚', '郑涛'];
const COMPANY_HEADS = ['雪域', '晨曦', '年楚', '宏远', '吉祥', '珠峰', '圣湖', '高原', '恒通', '鑫源', '安康', '顺达', '昌盛', '祥和', '瑞丰'];
const COMPANY_TAILS = ['建筑工程有限公司', '路桥工程有限公司', '劳务分包有限公司', '商贸有限公司', '水利工程有限公司'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time<T>(runs: number, fn: (i: number) => Promise<T>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.some((a) => a.startsWith('--intakes'))) return runLarge(argv);
  const countArg = argv.indexOf('--count');
  const count = countArg >= 0 ? Number(argv[countArg + 1]) : 20_000;
  if (!Number.isInteger(count) || count < 100) throw new Error('--count 应为不小于100的整数');
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-bench-'));
  const core = createCore({ dataDir, migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), logger: silentLogger, documentBodyFont: null });
  const admin = clientFor(core);
  const random = rng(20261125);
  const pick = <T,>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  try {
    // Production password cost (Argon2id m=19456 KiB, t=2): sign-in time is one of the figures.
    await initializeAs(admin);
    await establishStaff(core, admin, { name: '次仁卓玛', departmentId: 'dept-540200-reception', roles: ['receptionist'] });
    const loginMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await signInAs(core, '次仁卓玛');
      loginMs.push(performance.now() - t0);
    }
    const client = await signInAs(core, '次仁卓玛');
    console.log(`登录（Argon2id 19 MiB, t=2）：p50 ${percentile(loginMs, 50).toFixed(0)} ms，最慢 ${Math.max(...loginMs).toFixed(0)} ms`);
    const parties: string[] = [];
    for (let i = 0; i < 300; i++) {
      const p = await client.call('parties.create', { kind: 'organisation', name: `日喀则${pick(COMPANY_HEADS)}${i}${pick(COMPANY_TAILS)}` });
      parties.push(p.id);
    }
    console.log(`写入 ${count} 条接待登记…`);
    const base = instantOf('2024-01-01', '09:00');
    let idSeq = 0;
    const saveTimes = await time(count, async (i) => {
      const n = random() < 0.1 ? 12 : 1 + Math.floor(random() * 3);
      const complainants = Array.from({ length: n }, () => {
        const name = random() < 0.7 ? (random() < 0.5 ? pick(GIVEN) : pick(GIVEN) + pick(GIVEN)) : pick(HAN);
        const seq = idSeq++;
        const first17 = `5402${String(21 + (seq % 17)).padStart(2, '0')}19${String(60 + (seq % 40)).padStart(2, '0')}${String((seq % 12) + 1).padStart(2, '0')}${String((Math.floor(seq / 12) % 28) + 1).padStart(2, '0')}${String(Math.floor(seq / 336) % 1000).padStart(3, '0')}`;
        return { name, idType: 'residentId' as const, idNumber: first17 + residentIdCheckChar(first17) };
      });
      await client.call('intakes.create', {
        kind: 'complaint',
        channel: 'walkIn',
        receivedAt: base + i * 60_000,
        summary: `第${i}号：在${pick(['安居房', '学校', '公路', '水利', '商场'])}项目务工，工资未付`,
        workersCount: n,
        amountClaimedFen: 100 * Math.floor(3000 + random() * 20000),
        parties: [{ partyId: pick(parties), role: 'employer' }],
        complainants,
        route: 'inspection',
      });
    });
    const runs = 50;
    const list = await time(runs, () => client.call('intakes.list', { limit: 50 }));
    let cursor: string | null = null;
    for (let i = 0; i < Math.min(40, Math.floor(count / 100)); i++) cursor = (await client.call('intakes.list', { limit: 50, cursor })).nextCursor;
    const deep = await time(runs, () => client.call('intakes.list', { limit: 50, cursor }));
    const searches: [string, string, number][] = [
      ['2字姓名（扎西）', '扎西', 300],
      ['1字（巴）', '巴', 300],
      ['拼音首字母（zx）', 'zx', 300],
      ['全拼（zhaxi）', 'zhaxi', 300],
      ['4字姓名（次仁卓玛）', '次仁卓玛', 100],
      ['3字以上摘要（安居房）', '安居房', 100],
      ['证件号前缀', '54022119', 300],
      ['两词（扎西 雪域）', '扎西 雪域', 300],
    ];
    const rows: [string, number[], number][] = [
      ['保存一条登记 intakes.create', saveTimes, 20],
      ['列表首页 50 条', list, 50],
      ['列表深页（keyset）', deep, 50],
    ];
    for (const [label, q, target] of searches) rows.push([`检索 ${label}`, await time(runs, () => client.call('intakes.list', { search: q, limit: 50 })), target]);
    rows.push(['案卷列表首页', await time(runs, () => client.call('cases.list', { limit: 50 })), 50]);

    // Documents: the writers alone (after warm-up), issuing one through the core, and a batch of 200 as a job.
    // The demo case as of today: its hearing notice, dated today by the core, is lawful on the engine's rules.
    const today = dateKeyOf(Date.now());
    const demoCase = demoArbitrationCase(today);
    const notice = buildHearingNotice(demoCase, { role: 'respondent', index: 0 }, DEFAULT_TEMPLATES.hearingNotice, today);
    const [award] = buildAwards(demoCase);
    await renderPdf(award, { createdAt: 0, bodyFont: null });
    await renderDocx(award, { createdAt: 0 });
    rows.push(['PDF 一页（开庭通知书）', await time(30, () => renderPdf(notice, { createdAt: 0, bodyFont: null })), 300]);
    rows.push(['PDF 四页（仲裁裁决书）', await time(30, () => renderPdf(award, { createdAt: 0, bodyFont: null })), 300]);
    rows.push(['DOCX（仲裁裁决书）', await time(30, () => renderDocx(award, { createdAt: 0 })), 30]);
    // A fresh sign-in for the administrator: the first has long been locked for idleness while the intakes were written.
    const maintainer = await signInAs(core, ADMIN.name, ADMIN.password);
    const arbitrator = await signInAs(core, await establishStaff(core, maintainer, { name: '王芳', departmentId: 'dept-540200-arbitration', roles: ['arbitrator'] }));
    const hearing = (index: number) => ({ kind: 'hearingNotice' as const, case: { ...demoCase, applicants: [{ ...demoCase.applicants[0], name: `申请人${index + 1}` }] }, recipient: { role: 'applicant' as const, index: 0 } });
    rows.push(['制作一份文书（生成、存档、记录）', await time(20, (i) => arbitrator.call('documents.generate', { request: hearing(i), caseFileId: null })), 500]);
    // ID-card photos: a 3 MB phone photo uploaded (decoded, hashed, synced to the store, recorded) and viewed.
    const firstPerson = core.services!.db.prepare('SELECT person_id FROM intake_complainants LIMIT 20').all() as { person_id: string }[];
    const photo = (i: number) => jpegFile(4032, 3024, { payload: Buffer.alloc(3 * 2 ** 20, i + 1) }).toString('base64');
    const added: string[] = [];
    rows.push(['上传一张 3 MB 证件照片', await time(20, async (i) => added.push((await client.call('idImages.add', { personId: firstPerson[i].person_id, side: 'portrait', contentBase64: photo(i) })).id)), 1000]);
    rows.push(['查看一张 3 MB 证件照片（校验、记录）', await time(20, (i) => client.call('idImages.view', { id: added[i], reason: '基准测试查看' })), 300]);
    const batchStart = performance.now();
    const job = await arbitrator.call('documents.batch', { requests: Array.from({ length: 200 }, (_, i) => hearing(i)), caseFileId: null });
    const finished = await core.services!.jobs.wait(job.id);
    const batchMs = performance.now() - batchStart;
    console.log(`\n批量制作 200 份开庭通知书（后台任务）：${(batchMs / 1000).toFixed(1)} s，平均 ${(batchMs / 200).toFixed(0)} ms/份，状态 ${finished.status}`);

    // Backup and restore of everything above (the database and every stored file): a first full backup, a second
    // that copies only new files, the start-up quick_check, and a restore into an empty data dir.
    const backupDir = mkdtempSync(join(tmpdir(), 'xinan-bench-backup-'));
    const restoreDir = mkdtempSync(join(tmpdir(), 'xinan-bench-restore-'));
    try {
      await maintainer.call('backup.configure', { folder: backupDir, schedule: 'off', warnAfterDays: 2, keep: { daily: 7, weekly: 4, monthly: 12 } });
      const timed = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
        const t0 = performance.now();
        const v = await f();
        return [v, performance.now() - t0];
      };
      const [first, firstMs] = await timed(() => maintainer.call('backup.run', { password: null, note: null }));
      const [, secondMs] = await timed(() => maintainer.call('backup.run', { password: null, note: null }));
      const [, quickMs] = await timed(() => checkNow(core.services!.db, 'quick'));
      const ref = listBackups(backupDir).find((b) => b.manifest.id === first.id)!;
      const [, restoreMs] = await timed(() =>
        restoreBackup({ from: ref, paths: prepareDataDir(restoreDir), now: Date.now(), migrationsDir: resolve(__dirname, '..', '..', 'db', 'migrations'), appVersion: 'bench', actor: { staffId: null, name: 'bench', sessionId: null, via: 'cli' }, reason: '基准测试' }),
      );
      console.log(
        `\n备份（数据库 ${(first.bytes / 2 ** 20).toFixed(1)} MB，${first.files} 个文件，写入后全部校验）：首次 ${(firstMs / 1000).toFixed(2)} s，再次（仅新文件）${(secondMs / 1000).toFixed(2)} s；` +
          `恢复（校验、放回、完整性检查、记录）${(restoreMs / 1000).toFixed(2)} s；启动时 quick_check ${quickMs.toFixed(0)} ms`,
      );
    } finally {
      rmSync(backupDir, { recursive: true, force: true });
      rmSync(restoreDir, { recursive: true, force: true });
    }

    console.log(`\n薪安基准测试：${count} 条接待登记（${(idSeq / count).toFixed(1)} 名投诉人/条），数据库 ${(statSync(join(dataDir, 'xinan.sqlite3')).size / 2 ** 20).toFixed(1)} MB`);
    console.log(`${'p50 ms'.padStart(8)}${'p95 ms'.padStart(9)}${'目标p95'.padStart(8)}${'p95/目标'.padStart(9)}  项目`);
    for (const [label, values, target] of rows) {
      const p95 = percentile(values, 95);
      console.log(`${percentile(values, 50).toFixed(2).padStart(8)}${p95.toFixed(2).padStart(9)}${String(target).padStart(9)}${(p95 / target).toFixed(3).padStart(10)}  ${label}`);
    }
    const sizes = core.services!.db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8').all() as { name: string; bytes: number }[];
    console.log(`\n占用空间最大的表与索引（每条登记平均字节）：`);
    for (const r of sizes) console.log(`${(r.bytes / 2 ** 20).toFixed(1).padStart(8)} MB ${String(Math.round(r.bytes / count)).padStart(7)} B/条  ${r.name}`);
    const mem = process.memoryUsage();
    console.log(`\n内存：RSS ${(mem.rss / 2 ** 20).toFixed(0)} MB，堆 ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`);
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `--intakes N --data-dir D [--json FILE] [--runs R]`: the scale benchmark on a seed:large database (large-bench.ts). */
async function runLarge(argv: string[]): Promise<void> {
  const usage = '用法：npm run bench -- --intakes N --data-dir D [--json FILE] [--runs R] [--only NAME,…] [--tables] [--during-check]';
  const o: { intakes?: number; dataDir?: string; json?: string; runs?: number; only?: string[]; tables?: boolean; duringCheck?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--intakes') o.intakes = Number(value());
    else if (name === '--data-dir') o.dataDir = value();
    else if (name === '--json') o.json = value();
    else if (name === '--runs') o.runs = Number(value());
    else if (name === '--only') o.only = value().split(',').filter(Boolean);
    else if (name === '--tables') o.tables = true;
    else if (name === '--during-check') o.duringCheck = true;
    else throw new Error(`未知参数：${argv[i]}\n${usage}`);
  }
  if (!o.intakes || !Number.isInteger(o.intakes) || !o.dataDir) throw new Error(usage);
  await benchLarge({ intakes: o.intakes, dataDir: o.dataDir, json: o.json ?? null, runs: o.runs, only: o.only, duringCheck: o.duringCheck });
  if (o.tables) {
    console.log('\n占用空间最大的表与索引（dbstat）：');
    for (const t of largestTables(o.dataDir, o.intakes)) console.log(`${(t.bytes / 2 ** 20).toFixed(1).padStart(9)} MB ${String(t.perIntake).padStart(6)} B/条  ${t.name}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
