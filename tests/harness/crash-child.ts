// The crash harness's child: a real core on the harness's data dir, doing desk work through dispatch until it is
// killed. Each acknowledged write is reported on stdout (one JSON line, written synchronously) BEFORE the next call
// starts, so the parent knows exactly what the core said was saved when the SIGKILL landed.
// The parent bundles it (crash.ts: one file loads in a third of the time tsx takes) and runs
//   node crash-child.cjs setup <migrationsDir> <dataDir>
//   node crash-child.cjs work <migrationsDir> <dataDir> <run> <seed>
import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createCore, type Core } from '../../electron/core/index';
import type { Logger } from '../../electron/core/kernel/logger';
import { DEFAULT_TEMPLATES } from '../../shared/domain/documents/templates';
import { residentIdCheckChar } from '../../shared/domain/identity';
import { serviceReceipt } from '../fixtures/arbitration-case';
import { jpegFile } from '../fixtures/images';
import { establishStaff, initializeAs, signInAs, TEST_PASSWORD_COST } from '../helpers/accounts';
import { clientFor, type Client } from '../helpers/client';
import { CRASH_DESK_CLERK, type Ack } from './crash-protocol';
import { seededRandom } from './random';

function send(message: Ack | { t: 'ready'; pid: number } | { t: 'failed'; step: string; code: string; message: string }): void {
  // Synchronous: the line is in the pipe before the next call starts.
  writeSync(1, `${JSON.stringify(message)}\n`);
}

const stderrLogger: Logger = {
  info() {},
  warn: (m, d) => process.stderr.write(`warn ${m} ${JSON.stringify(d ?? {})}\n`),
  error: (m, d) => process.stderr.write(`error ${m} ${JSON.stringify(d ?? {})}\n`),
};

function open(migrationsDir: string, dataDir: string): Core {
  return createCore({ dataDir, migrationsDir, logger: stderrLogger, appVersion: '0.1.0-crash', passwordCost: TEST_PASSWORD_COST, documentBodyFont: null });
}

/** A valid resident ID, unique per (run, i): birth dates from 1960 on, sequence 100–999. */
function residentId(run: number, i: number): string {
  const n = run * 1000 + i;
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(n / 900) * 86_400_000);
  const date = `${birth.getUTCFullYear()}${String(birth.getUTCMonth() + 1).padStart(2, '0')}${String(birth.getUTCDate()).padStart(2, '0')}`;
  const first17 = `540202${date}${(n % 900) + 100}`;
  return first17 + residentIdCheckChar(first17);
}

async function setup(migrationsDir: string, dataDir: string): Promise<void> {
  const core = open(migrationsDir, dataDir);
  if (core.startupError) throw new Error(core.startupError.message);
  const admin = clientFor(core);
  await initializeAs(admin);
  // 送达回证 numbered in a series of their own, so documents take numbers too (numbering policy is data).
  const receipt = DEFAULT_TEMPLATES.serviceReceipt;
  await admin.call('documentTemplates.save', {
    kind: 'serviceReceipt',
    name: '本局送达回证',
    numbering: { mode: 'series', series: 'receipt', pattern: '{unitShort}送字〔{year}〕{n}号' },
    texts: receipt.texts,
    lists: Object.fromEntries(Object.entries(receipt.lists).map(([k, v]) => [k, [...v]])),
    rowVersion: null,
  });
  await establishStaff(core, admin, { name: CRASH_DESK_CLERK, departmentId: 'dept-540200-reception', roles: ['receptionist'] });
  const desk = await signInAs(core, CRASH_DESK_CLERK);
  await desk.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司', creditCode: '91540202MA6T1X2K63' });
  await core.close();
}

async function work(migrationsDir: string, dataDir: string, run: number, seed: number): Promise<void> {
  const core = open(migrationsDir, dataDir);
  if (core.startupError) {
    send({ t: 'failed', step: 'open', code: core.startupError.code, message: core.startupError.message });
    process.exit(3);
  }
  const desk: Client = await signInAs(core, CRASH_DESK_CLERK);
  const [party] = await desk.call('parties.search', { query: '雪域', limit: 5 });
  const partyId = party.id;
  const rnd = seededRandom(seed);
  // What this run made, to act on: intakes without a record yet, and the people registered.
  const unrecorded: string[] = [];
  const intakes: string[] = [];
  const people: string[] = [];
  let i = 0;

  const check = <T>(step: string, r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
    if (r.ok) return r.value;
    send({ t: 'failed', step, code: r.error.code, message: r.error.message });
    process.exit(4);
  };

  send({ t: 'ready', pid: process.pid });
  for (;;) {
    const roll = rnd();
    if (roll < 0.45 || intakes.length === 0) {
      const n = i++;
      const detail = check(
        'intakes.create',
        await desk.invoke('intakes.create', {
          kind: 'complaint',
          channel: 'walkIn',
          receivedAt: Date.now() - 60_000,
          summary: `崩溃测试第${run}轮第${n}条：工地工资未付`,
          workersCount: 2,
          amountClaimedFen: 100_000 + n,
          parties: [{ partyId, role: 'employer' }],
          complainants: [{ name: `测试${run}-${n}`, idType: 'residentId', idNumber: residentId(run, n), phones: [`139${String(run * 1000 + n).padStart(8, '0')}`] }],
          route: 'inspection',
        }),
      );
      intakes.push(detail.id);
      unrecorded.push(detail.id);
      people.push(detail.complainants[0].personId);
      send({ t: 'intake', id: detail.id, regNoText: detail.regNoText, personIds: detail.complainants.map((c) => c.personId) });
    } else if (roll < 0.6 && unrecorded.length > 0) {
      const intakeId = unrecorded.shift()!;
      const [doc] = check('documents.generate(intakeRecord)', await desk.invoke('documents.generate', { request: { kind: 'intakeRecord', intakeId }, caseFileId: null }));
      const v = doc.versions[0];
      send({ t: 'document', id: doc.id, number: doc.number, series: false, versionId: v.id, pdfHash: v.pdfHash, docxHash: v.docxHash });
    } else if (roll < 0.75) {
      const [doc] = check('documents.generate(serviceReceipt)', await desk.invoke('documents.generate', { request: { kind: 'serviceReceipt', receipt: serviceReceipt }, caseFileId: null }));
      const v = doc.versions[0];
      send({ t: 'document', id: doc.id, number: doc.number, series: true, versionId: v.id, pdfHash: v.pdfHash, docxHash: v.docxHash });
    } else if (roll < 0.88) {
      const personId = people[Math.floor(rnd() * people.length)];
      const image = check(
        'idImages.add',
        await desk.invoke('idImages.add', { personId, side: 'portrait', contentBase64: jpegFile(1600, 1008, { payload: randomBytes(16 * 1024) }).toString('base64') }),
      );
      send({ t: 'image', id: image.id, personId });
    } else {
      const n = i++;
      const intakeId = intakes[Math.floor(rnd() * intakes.length)];
      const current = check('intakes.get', await desk.invoke('intakes.get', { id: intakeId }));
      const detail = check(
        'intakes.addComplainants',
        await desk.invoke('intakes.addComplainants', {
          intakeId,
          rowVersion: current.rowVersion,
          complainants: [{ name: `补充${run}-${n}`, idType: 'residentId', idNumber: residentId(run, n), phones: [] }],
        }),
      );
      const added = detail.complainants.filter((c) => c.name === `补充${run}-${n}`).map((c) => c.personId);
      people.push(...added);
      send({ t: 'complainants', intakeId, personIds: added });
    }
  }
}

async function main(): Promise<void> {
  const [mode, migrationsDir, dataDir, run, seed] = process.argv.slice(2);
  if (mode === 'setup') await setup(migrationsDir, dataDir);
  else if (mode === 'work') await work(migrationsDir, dataDir, Number(run), Number(seed));
  else throw new Error(`未知模式：${mode}`);
}

main().catch((e: unknown) => {
  send({ t: 'failed', step: 'driver', code: 'THROWN', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  process.exit(5);
});
