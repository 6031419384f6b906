// The load test in short, for CI: three desks for ten seconds on the real bureau server over HTTPS, through the
// same code as `npm run test:load` — nothing fails but the conflicts two desks provoke on one 询问笔录, and every
// acknowledged write is found afterwards on the reopened database. And the check itself: a write that went
// missing or was overwritten behind the row version is reported as lost.
import { rmSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { arrangeWorld, demoDataDir, loadCore, signedIn, CHECKER, INSPECTORS, RECEPTION } from '../load/arrange';
import { complaintInput, emptyAcknowledged, rng, saveOf } from '../load/desk-mix';
import { formatReport, runLoad, summaryLine } from '../load/load';
import { startServerProcess } from '../load/server-process';
import { verifyAcknowledged } from '../load/verify';

describe('负载测试（短）', () => {
  it('three desks for ten seconds: no errors, nothing lost, and the paired edits provoke conflicts', { timeout: 180_000 }, async () => {
    const lines: string[] = [];
    const report = await runLoad({ desks: 3, durationMs: 10_000, maxStepsPerDesk: 2_000, thinkMs: 20, seed: 7, keep: false, log: (l) => lines.push(l) }, (dataDir) => startServerProcess(dataDir));
    const printed = formatReport(report);
    expect(report.errorSamples, printed.join('\n')).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.lost).toBe(0);
    expect(report.conflicts).toBeGreaterThan(0);
    // Every kind of the mix ran, and what was acknowledged was checked one by one.
    expect(report.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['signIn', 'search', 'list', 'intake', 'edit']));
    expect(report.acknowledged.intakes).toBeGreaterThan(0);
    expect(report.acknowledged.edits).toBeGreaterThan(0);
    expect(report.verdict.checked).toBe(report.acknowledged.intakes + report.acknowledged.callbacks + report.acknowledged.documents + report.acknowledged.edits);
    expect(printed.at(-1)).toBe(summaryLine(report));
    expect(printed.at(-1)).toMatch(/^desks: 3, requests: \d+, errors: 0, conflicts: [1-9]\d*, lost: 0$/);
    expect(lines.join('\n')).toContain('测试强度');
  });

  it('reports as lost an acknowledged intake changed behind its back and an edit overwritten without its row version', { timeout: 120_000 }, async () => {
    const dataDir = await demoDataDir();
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const core = loadCore(dataDir);
    onTestFinished(() => core.close());
    const world = await arrangeWorld(core, 1);
    const ack = emptyAcknowledged();
    const desk = await signedIn(core, RECEPTION[0]);
    for (let n = 1; n <= 2; n++) {
      const sent = complaintInput(2, n, world, rng(n));
      ack.intakes.push({ id: (await desk.call('intakes.create', sent)).id, desk: 2, sent, at: 0 });
    }
    const inspector = await signedIn(core, INSPECTORS[0]);
    const record = world.records[0]!;
    const view = (await inspector.call('investigation.list', { caseFileId: record.caseFileId })).records.find((r) => r.id === record.id)!;
    const saved = await inspector.call('investigation.saveRecord', saveOf(view, '第1号窗口：工资拖欠至7月'));
    ack.edits.push({ recordId: record.id, rowVersion: saved.rowVersion, answer: '第1号窗口：工资拖欠至7月', desk: 0 });
    const checker = await signedIn(core, CHECKER);
    expect(await verifyAcknowledged(checker, world, ack)).toMatchObject({ checked: 3, lost: 0 });

    // What a lost update looks like: the text replaced without the version moving, and a registration altered.
    const db = core.services!.db;
    db.prepare('UPDATE inquiry_records SET qa = ? WHERE id = ?').run(JSON.stringify([{ q: '工资拖欠到几月？', a: '被覆盖的内容' }]), record.id);
    db.prepare('UPDATE intakes SET summary = ? WHERE id = ?').run('被改动的摘要', ack.intakes[1]!.id);
    const verdict = await verifyAcknowledged(checker, world, ack);
    expect(verdict.lost).toBe(2);
    expect(verdict.notes.join('\n')).toMatch(/询问笔录 .* 的内容不是最后确认的保存/);
    expect(verdict.notes.join('\n')).toMatch(/接待登记 .* 与提交的内容不一致/);
  });
});
