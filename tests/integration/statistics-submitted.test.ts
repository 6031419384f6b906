// A report submitted up the line is kept as submitted — figures, definitions version, the files behind each figure,
// who and when — and never changed (the table's triggers refuse UPDATE and DELETE); a 更正 is a new report naming
// the one it corrects, with the reason. Submitting checks the figures are the ones the person looked at (digest);
// only a leader submits; each submission is audited.
import { describe, expect, it } from 'vitest';
import { monthPeriod } from '../../shared/domain/statistics/period';
import { FIGURES_CHANGED } from '../../electron/core/statistics/statistics.service';
import { ADMIN, businessCounts, signInAs, testCore } from '../helpers/core';
import { statisticsWorld } from '../helpers/statistics-world';

describe('submitted statistics reports', () => {
  it('are stored as submitted, refused when the figures changed since they were looked at, corrected by a new report', async () => {
    const t = await testCore();
    const w = await statisticsWorld(t);
    const leader = w.leader;
    const db = t.core.services!.db;
    const scope = { period: monthPeriod(2026, 11), unitId: w.unitId };

    // Only a leader submits; the desk may look.
    const desk = await signInAs(t.core, '次仁卓玛');
    const looked = await desk.call('statistics.compute', scope);
    expect(await desk.invoke('statistics.submit', { ...scope, digest: looked.digest })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A digest that is not one is refused before anything is counted.
    expect(await leader.invoke('statistics.submit', { ...scope, digest: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { digest: '请先查看报表再报送' } } });

    const first = await leader.call('statistics.submit', { ...scope, digest: looked.digest });
    expect(first).toMatchObject({ period: { label: '2026年11月' }, definitionsVersion: 6, submittedBy: '李强', correctedBy: null, corrects: null });
    expect(first.report.digest).toBe(looked.digest);
    // The files behind each figure, as they were: as many as the figure counts.
    expect(first.files['arbitration.accepted']!['*']).toHaveLength(8);
    expect(first.files['arbitration.acceptedCollective']!['*']).toEqual([w.e.caseFileId]);
    expect(db.prepare("SELECT action, entity, entity_id AS id FROM audit_log WHERE channel = 'statistics.submit' AND action <> 'refused'").all()).toEqual([{ action: 'statSubmit', entity: 'statReport', id: first.id }]);

    // The administrator changes a 本局口径 choice: the figures the leader looked at are no longer the figures.
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('parameters.set', { key: 'statistics.arbitration.causeOfSeveral', region: '*', value: 'each', effectiveFrom: '2026-12-20', source: '本局口径：局务会决定', confidence: 'local', note: null });
    const counts = businessCounts(t.core);
    expect(await leader.invoke('statistics.submit', { ...scope, digest: looked.digest })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: FIGURES_CHANGED } });
    expect(await leader.invoke('statistics.correct', { reportId: first.id, digest: looked.digest, reason: '一案多个争议原因改为各计一次' })).toMatchObject({ ok: false, error: { message: FIGURES_CHANGED } });
    expect(businessCounts(t.core)).toEqual(counts);

    // The 更正: a new report naming the first, with the reason; the first stays as it was.
    const recount = await leader.call('statistics.compute', scope);
    expect(recount.digest).not.toBe(looked.digest);
    const second = await leader.call('statistics.correct', { reportId: first.id, digest: recount.digest, reason: '一案多个争议原因改为各计一次' });
    expect(second).toMatchObject({ definitionsVersion: 7, corrects: { id: first.id, reason: '一案多个争议原因改为各计一次' }, correctedBy: null });
    const kept = await leader.call('statistics.submittedReport', { id: first.id });
    expect(kept.report).toEqual(first.report);
    expect(kept.files).toEqual(first.files);
    expect(kept.correctedBy).toBe(second.id);
    expect((await leader.call('statistics.submitted', {})).map((r) => [r.id, r.correctedBy, r.corrects?.id ?? null])).toEqual([
      [second.id, null, first.id],
      [first.id, second.id, null],
    ]);
    // A report is corrected once; the next 更正 corrects the latest.
    expect(await leader.invoke('statistics.correct', { reportId: first.id, digest: recount.digest, reason: '再次更正' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reportId: '该报表已有更正，请对最新的更正报表再行更正' } },
    });

    // Immutable in the database itself.
    expect(() => db.prepare("UPDATE stat_reports SET report = '{}' WHERE id = ?").run(first.id)).toThrow('已报送的统计报表只能追加更正，不能修改');
    expect(() => db.prepare('DELETE FROM stat_reports WHERE id = ?').run(first.id)).toThrow('已报送的统计报表只能追加更正，不能删除');
    expect(db.prepare("SELECT action FROM audit_log WHERE entity = 'statReport' ORDER BY seq").all()).toEqual([{ action: 'statSubmit' }, { action: 'statCorrect' }]);
  }, 180_000);
});
