// `npm run export:samples -- <dir>`: every document type XinAn writes, for the demo cases, as PDF and DOCX, and the
// statistics workbook 统计报表.xlsx with its printed tables — for review, and so their content can be checked
// without the interface. Made through the real core on a throwaway
// demo data dir (so the files are exactly what the app issues), with the shipped fonts only. The papers are dated
// the last working day on or before today, and every date in them is lawful on the engine's rules
// (db/seed/demo-arbitration.ts): a bureau could sign them as they are.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DocumentRecord, DocumentRequest } from '../../shared/contract/documents';
import { addDays } from '../../shared/domain/calendar';
import { DEMO_PASSWORD } from '../../shared/domain/demo';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import { demoSampleCases, demoServiceReceipt, lastWorkingDay } from '../../db/seed/demo-arbitration';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { clientFor, type Client } from '../../tests/helpers/client';
import { arbitrationChangeSamples } from './export-arbitration-changes';
import { decisionSamples } from './export-decisions';
import { approvalSamples } from './export-approvals';
import { investigationSamples } from './export-investigation';
import { proceedingPaperSamples } from './export-proceeding-papers';
import { siteInspectionSamples } from './export-site-inspection';
import { applicationSamples } from './export-application';
import { awardSamples } from './export-award';
import { mediationSamples } from './export-mediation';
import { postponementSamples } from './export-hearing-papers';
import { recusalSamples } from './export-recusal';
import { hearingRecordSamples } from './export-hearing-record';
import { statisticsSamples } from './export-statistics';

const REPO = resolve(__dirname, '..', '..');

async function signIn(client: Client, name: string): Promise<void> {
  const person = (await client.call('session.candidates', {})).find((c) => c.name === name);
  if (!person) throw new Error(`演示数据中没有 ${name}`);
  await client.call('session.login', { staffId: person.id, password: DEMO_PASSWORD });
}

/** The order a demo inspection would issue on the signing day, to be paid within ten days. */
function demoOrderToPay(day: string): Extract<DocumentRequest, { kind: 'orderToPay' }>['order'] {
  return {
    organ: '日喀则市人力资源和社会保障局',
    caseNumber: `日喀则市人社监立字〔${day.slice(0, 4)}〕第1号`,
    employer: '日喀则市雪域建筑劳务有限公司',
    facts: '未按月足额支付顿珠等十五名农民工三个月的工资',
    workers: 15,
    amountFen: 12_800_050,
    date: day,
    deadline: addDays(day, 10),
  };
}

export async function exportSamples(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'xinan-samples-'));
  // The core's day is the signing day, so a notice it dates is dated as the cases' papers are.
  const signDay = lastWorkingDay(dateKeyOf(Date.now()));
  const clock = { now: () => instantOf(signDay, '10:00') };
  const core = createCore({ dataDir, migrationsDir: join(REPO, 'db', 'migrations'), logger: silentLogger, clock, offerDemo: true, documentBodyFont: null });
  const written: string[] = [];
  let own: Awaited<ReturnType<typeof proceedingPaperSamples>> | null = null;
  let heard: Awaited<ReturnType<typeof hearingRecordSamples>> | null = null;
  try {
    if (core.startupError) throw new Error(core.startupError.message);
    const setup = clientFor(core);
    await setup.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: DEMO_PASSWORD, demo: true });
    const desk = clientFor(core);
    await signIn(desk, '次仁卓玛');
    const arbitrator = clientFor(core);
    await signIn(arbitrator, '王芳');
    const inspector = clientFor(core);
    await signIn(inspector, '张伟');

    const intakes = (await desk.call('intakes.list', { limit: 100 })).items;
    const group = intakes.find((i) => i.collective && i.kind === 'complaint') ?? intakes[0];
    const report = intakes.find((i) => i.kind === 'report');
    const { pending, awarded } = demoSampleCases(signDay);
    const jobs: [Client, string, DocumentRequest][] = [
      [desk, '投诉登记表', { kind: 'intakeRecord', intakeId: group.id }],
      ...(report ? ([[desk, '举报登记表', { kind: 'intakeRecord', intakeId: report.id }]] as [Client, string, DocumentRequest][]) : []),
      [arbitrator, '仲裁受理通知书', { kind: 'acceptanceNotice', case: pending, applicantIndex: 0 }],
      [arbitrator, '开庭通知书-申请人', { kind: 'hearingNotice', case: pending, recipient: { role: 'applicant', index: 0 } }],
      [arbitrator, '开庭通知书-被申请人', { kind: 'hearingNotice', case: pending, recipient: { role: 'respondent', index: 0 } }],
      [arbitrator, '送达回证', { kind: 'serviceReceipt', receipt: demoServiceReceipt(pending) }],
      [arbitrator, '仲裁裁决书', { kind: 'award', case: awarded }],
      [inspector, '限期改正（支付）指令书', { kind: 'orderToPay', order: demoOrderToPay(signDay) }],
    ];
    const issued: [Client, string, DocumentRecord[]][] = [];
    for (const [client, name, request] of jobs) issued.push([client, name, await client.call('documents.generate', { request, caseFileId: null })]);
    const as = async (name: string) => {
      const c = clientFor(core);
      await signIn(c, name);
      return c;
    };
    issued.push(...(await investigationSamples(core, as, signDay)));
    issued.push(...(await decisionSamples(core, as, signDay)));
    issued.push(...(await siteInspectionSamples(core, as, signDay)));
    issued.push(...(await arbitrationChangeSamples(core, as, signDay)));
    issued.push(...(await approvalSamples(core, as, signDay)));
    // Mediation, referral, listing and enforcement take months: their own core, whose clock moves forward.
    own = await proceedingPaperSamples(REPO, signDay);
    issued.push(...own.issued);
    // The papers read from the stored arbitration the demo composed and booked (hearing-papers slice).
    const booked = (await arbitrator.call('hearings.list', { from: addDays(signDay, -30), to: addDays(signDay, 60), staffId: null })).hearings[0];
    if (!booked) throw new Error('演示数据中没有已组庭并安排开庭的仲裁案件，无法导出仲裁庭组成通知书');
    issued.push([arbitrator, '仲裁庭组成通知书', await arbitrator.call('documents.generate', { request: { kind: 'tribunalNotice', proceedingId: booked.proceedingId }, caseFileId: null })]);
    issued.push(...(await applicationSamples(core, as, signDay)));
    issued.push(...(await recusalSamples(core, as, signDay)));
    issued.push(...(await awardSamples(core, as, signDay)));
    issued.push(...(await mediationSamples(core, as, signDay)));
    issued.push(...(await postponementSamples(arbitrator, booked, signDay)));
    // The 庭审笔录 and a 证据目录: a hearing held weeks ago, on a core of its own whose clock moves (hearing-record slice).
    heard = await hearingRecordSamples(REPO, signDay);
    issued.push(...heard.issued);
    let n = 0;
    for (const [client, name, docs] of issued) {
      for (const [part, doc] of docs.entries()) {
        n++;
        for (const format of ['pdf', 'docx'] as const) {
          const f = await client.call('documents.file', { versionId: doc.versions[0].id, format, purpose: 'download' });
          const file = join(outDir, `${String(n).padStart(2, '0')}-${name}${docs.length > 1 ? `-${part + 1}` : ''}.${format}`);
          writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
          written.push(file);
        }
      }
    }
    // The statistics workbook (its only .xlsx) and the same tables printed, counted over the demo data.
    written.push(...(await statisticsSamples(core, await as('李强'), signDay, outDir)));
    return written;
  } finally {
    await own?.close();
    await heard?.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('请指定输出目录，例如：npm run export:samples -- /tmp/xinan-samples');
    process.exit(2);
  }
  exportSamples(resolve(dir))
    .then((files) => {
      console.log(`已写出 ${files.length} 个文件到 ${resolve(dir)}：`);
      for (const f of files) console.log(`  ${f}`);
    })
    .catch((e: unknown) => {
      console.error(`导出样例失败：${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
}
