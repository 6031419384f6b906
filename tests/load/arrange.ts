// Before the clock starts: a fresh data dir with the demo data, made through the real core as the first run makes
// it, and what the desks will work on — the demo's employers to complain about, and one 询问笔录 draft per pair of
// inspector desks on a filed inspection both inspectors handle.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore, type Core } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { TEST_PASSWORD_COST } from '../helpers/accounts';
import { clientFor, type Client } from '../helpers/client';
import type { ChannelOutput } from '../../shared/contract/channels';
import type { SharedRecord, World } from './desk-mix';

export const MIGRATIONS_DIR = resolve(__dirname, '..', '..', 'db', 'migrations');

/** The demo's desk clerks and its two certified inspectors (db/seed/demo-data.ts), all with DEMO_PASSWORD. */
export const RECEPTION = ['次仁卓玛', '尼玛'] as const;
export const INSPECTORS = ['张伟', '达瓦次仁'] as const;
/** Who reads everything back afterwards: a leader (the administrator does no casework, 三员分立). */
export const CHECKER = '李强';

/**
 * The core as the load test runs it: Argon2id at the tests' low cost (TEST_PASSWORD_COST) so that twenty sign-ins
 * measure the server rather than the password hash — said in the run's output.
 */
export function loadCore(dataDir: string): Core {
  return createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger, appVersion: '0.1.0-load', offerDemo: true, passwordCost: TEST_PASSWORD_COST, documentBodyFont: null });
}

export async function signedIn(core: Core, name: string): Promise<Client> {
  const c = clientFor(core);
  const person = (await c.call('session.candidates', {})).find((p) => p.name === name);
  if (!person) throw new Error(`演示数据中没有 ${name}`);
  await c.call('session.login', { staffId: person.id, password: DEMO_PASSWORD });
  return c;
}

/** A fresh data dir with the demo data, through setup.initialize as the first run does. */
export async function demoDataDir(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-load-'));
  const core = loadCore(dataDir);
  try {
    if (core.startupError) throw new Error(core.startupError.message);
    await clientFor(core).call('setup.initialize', {
      unitId: 'unit-540200',
      staff: { name: '普布次仁', departmentId: null, employment: 'fullTime', phone: '13908920009' },
      password: DEMO_PASSWORD,
      demo: true,
    });
  } finally {
    await core.close();
  }
  return dataDir;
}

/** Staff ids by name, for the desks' sign-ins. */
export async function staffIds(core: Core): Promise<Map<string, string>> {
  return new Map((await clientFor(core).call('session.candidates', {})).map((p) => [p.name, p.id]));
}

/** What the desks work on; `records` drafts are made by 张伟 with 达瓦次仁 on filed inspections they both handle. */
export async function arrangeWorld(core: Core, recordCount: number): Promise<World> {
  const desk = await signedIn(core, RECEPTION[0]);
  const parties = await desk.call('parties.search', { query: '有限公司' });
  if (parties.length === 0) throw new Error('演示数据中没有可投诉的用人单位');
  const inspector = await signedIn(core, INSPECTORS[0]);
  const ids = await staffIds(core);
  const records: SharedRecord[] = [];
  let cursor: string | null = null;
  do {
    const page: ChannelOutput<'cases.list'> = await inspector.call('cases.list', { filter: { status: null, collective: null, urgent: null, proceedingKind: 'inspection', proceedingStatus: null, leaderStaffId: null, departmentId: null }, limit: 50, cursor });
    for (const file of page.items) {
      if (records.length >= recordCount) break;
      const inv = await inspector.call('investigation.list', { caseFileId: file.id });
      const filed = inv.proceedings.find((p) => p.filed);
      if (!inv.mayAct || !filed) continue;
      const view = await inspector.call('investigation.createRecord', {
        proceedingId: filed.proceedingId,
        startedAt: Date.now() - 3_600_000,
        endedAt: null,
        place: '劳动保障监察支队询问室',
        inspectorIds: [ids.get(INSPECTORS[0])!, ids.get(INSPECTORS[1])!],
        recorderId: ids.get(INSPECTORS[1])!,
        interviewee: { partyId: null, name: '格桑多吉', sex: 'M', idNumber: null, workplace: '木工班组', post: '班组长', phone: null, address: null },
        language: 'zh',
        languageOther: null,
        interpreterName: null,
        interpreterDutyTold: false,
        qa: [{ q: '工资拖欠到几月？', a: '（待记录）' }],
      });
      records.push({ id: view.id, caseFileId: file.id });
    }
    cursor = page.nextCursor;
  } while (cursor !== null && records.length < recordCount);
  if (records.length === 0) throw new Error('演示数据中没有张伟可以记录询问笔录的已立案监察案件');
  await desk.call('session.end', {});
  await inspector.call('session.end', {});
  return {
    partyIds: parties.map((p) => p.id),
    searchTerms: ['雪域', '晨曦', '工资', '安居房', '扎西', '负载测试', '拉孜', '宏远劳务'],
    employerQueries: ['雪域建筑', '晨曦路桥', '宏远', '91540202MA6T1X2K63', '安居房'],
    records,
  };
}
