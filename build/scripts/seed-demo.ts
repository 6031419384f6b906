// `npm run seed:demo -- --data-dir D [--unit 540202]`: creates a demo database in D (a new or empty data dir),
// through the real core: first run with the administrator 普布次仁, then the demo staff, parties and intakes.
// Every demo account, the administrator's included, has the password DEMO_PASSWORD (xinan2026).
import { resolve } from 'node:path';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';

const REPO = resolve(__dirname, '..', '..');

export function parseSeedArgs(argv: string[]): { dataDir: string; regionCode: string } {
  let dataDir: string | null = null;
  let regionCode = '540200';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a.startsWith('--data-dir')) dataDir = value() ?? null;
    else if (a.startsWith('--unit')) regionCode = value() ?? '';
    else throw new Error(`未知参数：${a}`);
  }
  if (!dataDir) throw new Error('请用 --data-dir 指定数据目录，例如：npm run seed:demo -- --data-dir /tmp/xinan-demo');
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`--unit 应为6位行政区划代码，例如 540200`);
  return { dataDir: resolve(dataDir), regionCode };
}

async function main(): Promise<void> {
  const { dataDir, regionCode } = parseSeedArgs(process.argv.slice(2));
  const core = createCore({ dataDir, migrationsDir: resolve(REPO, 'db', 'migrations'), offerDemo: true, logger: silentLogger });
  try {
    if (core.startupError) throw new Error(core.startupError.message);
    const session = core.openSession();
    const status = await core.dispatch(session, 'setup.status', {});
    if (!status.ok) throw new Error(status.error.message);
    if ((status.value as { initialized: boolean }).initialized) throw new Error(`数据目录 ${dataDir} 已完成首次设置；演示数据只写入新的数据目录`);
    const unitId = `unit-${regionCode}`;
    const r = await core.dispatch(session, 'setup.initialize', {
      unitId,
      staff: { name: '普布次仁', departmentId: null, employment: 'fullTime', phone: '13908920009' },
      password: DEMO_PASSWORD,
      demo: true,
    });
    if (!r.ok) throw new Error(r.error.message);
    const intakes = core.services!.db.prepare('SELECT count(*) AS n FROM intakes').get() as { n: number };
    console.log(`演示数据已写入 ${dataDir}：${intakes.n} 条接待登记。管理员 普布次仁，各演示账户密码均为 ${DEMO_PASSWORD}。`);
  } finally {
    await core.close();
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`生成演示数据失败：${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
