// 系列案 through dispatch: a group application of six workers becomes six cases, one per worker — each with its own
// applicant, claims, the respondent and the facts — accepted in one transaction with consecutive 案号 (a case
// accepted before and after takes the numbers around them), linked as one series listed on each case; refused with
// its reason and nothing written when it does not qualify; and consecutive even while another process accepts
// other cases at the same time.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { businessCounts, testCore } from '../helpers/core';
import { groupApplication, groupFile, groupWorkers } from '../helpers/arbitration-groups';
import { applicationFile } from '../helpers/arbitration-application';
import { helperProcessArgs } from '../helpers/helper-process';

const REPO = join(__dirname, '..', '..');
const NO = (n: number) => `日喀则市劳人仲案字〔2026〕第${n}号`;
type AppFile = Awaited<ReturnType<typeof applicationFile>>;
const groupOf = (f: AppFile) => f.arbitrator.call('arbitration.group', { proceedingId: f.proceedingId });
const numberOf = (s: string | null) => Number(/第(\d+)号/.exec(s ?? '')?.[1]);

describe('a 系列案 of six workers', () => {
  it('splits into six cases, one per worker, accepted with consecutive numbers and listed as one series', async () => {
    const t = await testCore();
    const before = await applicationFile(t, { workers: groupWorkers(1) });
    await before.arbitrator.call('arbitration.saveApplication', groupApplication(await before.application()));
    expect((await before.step('accept', { date: '2026-11-25' })).ok).toBe(true);

    const f = await groupFile(t, 6);
    const g0 = await f.group();
    expect(g0).toMatchObject({ series: null, seriesBlockedBy: null, applicants: groupWorkers(6).map((w) => ({ name: w.name })) });
    const g = await f.arbitrator.call('arbitration.acceptSeries', { proceedingId: f.proceedingId, expectedRowVersion: g0.rowVersion, date: '2026-11-25' });
    expect(g.series!.cases.map((c) => [c.number, c.applicant, c.statusLabel])).toEqual(groupWorkers(6).map((w, k) => [NO(k + 2), w.name, '已受理']));
    expect(g.series!.label).toBe(`系列案 ${NO(2)}至第7号（共6件）`);
    expect(g.seriesBlockedBy).toBe('本案已作为系列案受理');

    // Each case stands alone: its worker, their claim, the employer, the facts — and names the series.
    for (const [k, c] of g.series!.cases.entries()) {
      const a = await f.arbitrator.call('arbitration.application', { proceedingId: c.proceedingId });
      expect(a).toMatchObject({ caseNumber: NO(k + 2), statusLabel: '已受理', receivedOn: '2026-11-24', missing: [] });
      expect(a.applicants.map((x) => x.name)).toEqual([groupWorkers(6)[k]!.name]);
      expect(a.claims.map((x) => x.amountFen)).toEqual([(k + 1) * 100_000]);
      expect(a.respondents.map((x) => [x.name, x.mailingAddress])).toEqual([['日喀则市华建建筑工程有限公司', '日喀则市桑珠孜区山东大道88号']]);
      expect(a.factsAndReasons).toContain('拖欠2026年8月至10月工资');
      expect((await f.group(c.proceedingId)).series).toEqual(g.series);
    }
    // The next case accepted takes the number after the series.
    const after = await applicationFile(t, { workers: groupWorkers(1), employerId: f.employerId });
    await after.arbitrator.call('arbitration.saveApplication', groupApplication(await after.application()));
    expect(await after.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true, value: { number: NO(8) } });

    const file = await f.arbitrator.call('cases.get', { id: f.caseFileId });
    expect(file.events.map((e) => e.summary)).toContain(`2026-11-25 6名劳动者的仲裁申请作为系列案受理，每人一案：${g.series!.label}`);
    const audit = t.core.services!.db.prepare("SELECT change FROM audit_log WHERE action = 'arbitrationSeriesAccepted'").all() as { change: string }[];
    expect(audit).toHaveLength(1);
    expect((JSON.parse(audit[0]!.change) as { cases: unknown[] }).cases).toHaveLength(6);
  });

  it('refuses a single worker, a worker without a claim, an unsaved application, a stale version and a case already accepted — nothing written', async () => {
    const t = await testCore();
    const single = await applicationFile(t, { workers: groupWorkers(1) });
    await single.arbitrator.call('arbitration.saveApplication', groupApplication(await single.application()));
    const one = await groupOf(single);
    expect(one.seriesBlockedBy).toBe('系列案须有两名以上申请人：本案只有一名申请人，请按一般案件受理');

    const unsaved = await applicationFile(t, { workers: groupWorkers(3), employerId: single.employerId });
    expect((await groupOf(unsaved)).seriesBlockedBy).toBe('请先登记仲裁申请，再作为系列案受理');
    const a = await unsaved.application();
    const full = groupApplication(a);
    await unsaved.arbitrator.call('arbitration.saveApplication', { ...full, claims: full.claims.slice(0, 2) });
    const g = await groupOf(unsaved);
    expect(g.seriesBlockedBy).toBe('申请人达瓦没有仲裁请求：系列案每名劳动者一案，请先为其登记仲裁请求');

    const counts = businessCounts(t.core);
    expect(await single.arbitrator.invoke('arbitration.acceptSeries', { proceedingId: single.proceedingId, expectedRowVersion: one.rowVersion, date: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: one.seriesBlockedBy },
    });
    expect(await unsaved.arbitrator.invoke('arbitration.acceptSeries', { proceedingId: unsaved.proceedingId, expectedRowVersion: g.rowVersion, date: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'STEP_BLOCKED', message: g.seriesBlockedBy },
    });
    expect(await unsaved.arbitrator.invoke('arbitration.acceptSeries', { proceedingId: unsaved.proceedingId, expectedRowVersion: g.rowVersion - 1, date: '2026-11-25' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect({ ...businessCounts(t.core), audit_log: 0 }).toEqual({ ...counts, audit_log: 0 });
    // A date the accept step refuses (before the receipt) rolls back every case it had opened.
    await unsaved.arbitrator.call('arbitration.saveApplication', { ...groupApplication(await unsaved.application()) });
    const ready = await groupOf(unsaved);
    const saved = businessCounts(t.core);
    const early = await unsaved.arbitrator.invoke('arbitration.acceptSeries', { proceedingId: unsaved.proceedingId, expectedRowVersion: ready.rowVersion, date: '2026-11-20' });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect({ ...businessCounts(t.core), audit_log: 0 }).toEqual({ ...saved, audit_log: 0 });
    expect((await unsaved.application()).applicants).toHaveLength(3);

    expect((await single.step('accept', { date: '2026-11-25' })).ok).toBe(true);
    expect((await groupOf(single)).seriesBlockedBy).toBe('只有已收件、待审查的仲裁申请才能作为系列案受理');
  });

  it('keeps the series consecutive while another process accepts other cases at the same time', async () => {
    const t = await testCore();
    const f = await groupFile(t, 6);
    const others: string[] = [];
    for (let i = 0; i < 4; i++) {
      const o = await applicationFile(t, { workers: groupWorkers(1), employerId: f.employerId });
      await o.arbitrator.call('arbitration.saveApplication', groupApplication(await o.application()));
      others.push(o.proceedingId);
    }
    const child = new Promise<string[]>((ok, fail) => {
      const c = spawn(process.execPath, [...helperProcessArgs('tests/helpers/accept-cases.ts'), t.dataDir, '王芳', '2026-11-25', ...others], { cwd: REPO });
      let out = '';
      let err = '';
      c.stdout.on('data', (d) => (out += d));
      c.stderr.on('data', (d) => (err += d));
      c.on('exit', (code) => (code === 0 ? ok(out.trim().split('\n')) : fail(new Error(err))));
    });
    const g0 = await f.group();
    const series = await f.arbitrator.call('arbitration.acceptSeries', { proceedingId: f.proceedingId, expectedRowVersion: g0.rowVersion, date: '2026-11-25' });
    const singles = (await child).map(numberOf);
    const mine = series.series!.cases.map((c) => numberOf(c.number));
    expect(mine).toEqual(Array.from({ length: 6 }, (_, k) => mine[0]! + k));
    // No number twice, none skipped: the ten cases hold 1 … 10 between them.
    expect([...mine, ...singles].sort((x, y) => x - y)).toEqual(Array.from({ length: 10 }, (_, k) => k + 1));
  }, 120_000);
});
