// One act of service for several documents (issue #13: a 系列案's "documents made and served in one batch"): the
// employer's clerk signs at the counter for the six 开庭通知书 of a sitting. Recorded as one batch it leaves exactly what
// six single services leave on a twin file — the rows, the clock events tied to the hearing, each case's deadlines, the
// hearing's re-check (通知送达不足5日), the timeline and the audit trail; one refused item refuses the batch, naming it,
// and nothing changes; the channel needs what services.record needs.
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_ITEMS } from '../../shared/contract/services';
import { instantOf } from '../../shared/domain/time';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { businessCounts, signInAs, testCore, type TestCore } from '../helpers/core';
import { DAY, unchanged } from '../helpers/hearings';
import { EMPLOYER, receiptProof, seriesNo, seriesSitting } from '../helpers/series-sitting';

/** The counter, 2026-12-12 10:00: three days before the sitting of 2026-12-15, short of the five days' notice (调解仲裁法 Art. 35). */
const facts = (t: TestCore) => ({
  method: 'direct' as const,
  servedAt: instantOf('2026-12-12', '10:00'),
  receivedBy: '达瓦',
  relation: 'mailroom' as const,
  servedBy: t.staff['央金']!,
  witnesses: [],
  note: '在本委窗口一并签收',
  proofs: [receiptProof()],
});

/** Everything a service leaves on a file, keyed by 案号 (ids differ between twins). */
function leftBehind(t: TestCore) {
  const db = t.core.services!.db;
  const rows = (sql: string) => db.prepare(sql).all();
  return {
    services: rows(`SELECT p.number, s.recipient_name, d.kind, s.method, s.served_at, s.served_on, s.received_by, s.relation, s.witnesses, s.note, s.status,
                           (SELECT group_concat(sp.purpose || ':' || sp.file_sha256) FROM service_proofs sp WHERE sp.service_id = s.id) AS proofs
                    FROM services s JOIN proceedings p ON p.id = s.proceeding_id JOIN documents d ON d.id = s.document_id ORDER BY p.number, d.kind, s.recipient_name`),
    events: rows(`SELECT p.number, e.kind, e.date, e.party, e.party_role, e.source, (SELECT date FROM hearings h WHERE h.id = e.hearing_id) AS hearingDay, e.service_id IS NOT NULL AS byService
                  FROM proceeding_events e JOIN proceedings p ON p.id = e.proceeding_id ORDER BY p.number, e.seq`),
    deadlines: rows(`SELECT p.number, d.rule_id, d.party, d.award_finality, d.start_date, d.due_date, d.status, d.met_on, d.provisional, d.warnings
                     FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id ORDER BY p.number, d.rule_id, d.party, d.award_finality`),
    timeline: rows(`SELECT p.number, e.kind, e.summary FROM case_events e JOIN proceedings p ON p.id = e.proceeding_id WHERE e.kind LIKE 'service.%' ORDER BY p.number, e.seq`),
    audit: (rows(`SELECT action, entity, change FROM audit_log WHERE action = 'serviceRecord' ORDER BY seq`) as { action: string; entity: string; change: string }[]).map((a) => {
      const { serviceId: _s, batchId: _b, proceedingId: _p, recipientId: _r, ...rest } = JSON.parse(a.change) as Record<string, unknown>;
      return { action: a.action, entity: a.entity, ...rest, servedBy: typeof rest.servedBy };
    }),
  };
}

async function sittingOf(t: TestCore, caseFileId: string, c: Awaited<ReturnType<typeof seriesSitting>>['arbitrator']) {
  const { hearings } = await c.call('hearings.ofCase', { caseFileId });
  return hearings.map((h) => [h.caseNumber, h.status, h.noticeShort]);
}

describe('services.recordBatch: one act of service for several documents', () => {
  it('records the six 开庭通知书 of a sitting served on the employer at once exactly as six single services on a twin file', async () => {
    const [a, b] = [await testCore(), await testCore()];
    const [sa, sb] = [await seriesSitting(a, 6), await seriesSitting(b, 6)];
    for (const t of [a, b]) t.clock.advance(17 * DAY); // 2026-12-12 10:00
    const [ia, ib] = [await sa.employerNotices(), await sb.employerNotices()];
    expect(ia.map((i) => i.caseNumber)).toEqual([1, 2, 3, 4, 5, 6].map(seriesNo));
    expect(await sittingOf(a, sa.caseFileId, sa.arbitrator)).toEqual([1, 2, 3, 4, 5, 6].map((n) => [seriesNo(n), 'scheduled', null]));

    const batch = await sa.arbitrator.call('services.recordBatch', { ...facts(a), items: ia.map(({ documentId, proceedingId, recipientId }) => ({ documentId, proceedingId, recipientId })) });
    for (const i of ib) await sb.arbitrator.call('services.record', { ...facts(b), documentId: i.documentId, proceedingId: i.proceedingId, recipientId: i.recipientId });

    // Six services with the same facts, one proof file linked to each.
    expect(batch.services).toHaveLength(6);
    expect(batch.services.map((s) => [s.recipientName, s.method, s.servedOn, s.receivedBy, s.relation, s.servedBy.name, s.note, s.proofs.length, s.noClock])).toEqual(
      Array(6).fill([EMPLOYER, 'direct', '2026-12-12', '达瓦', 'mailroom', '央金', '在本委窗口一并签收', 1, null]),
    );
    expect(new Set(batch.services.map((s) => s.proceedingId))).toEqual(new Set(sa.ids));
    expect(a.core.services!.db.prepare('SELECT count(DISTINCT file_sha256) AS n, count(*) AS links FROM service_proofs sp JOIN services s ON s.id = sp.service_id WHERE s.served_on = ?').get('2026-12-12')).toEqual({ n: 1, links: 6 });

    // The same rows, clock events (tied to the sitting's day), deadlines, timeline and audit as six single services.
    const [la, lb] = [leftBehind(a), leftBehind(b)];
    expect(la).toEqual(lb);
    expect(la.events.filter((e) => (e as { kind: string }).kind === 'hearingNoticeServed')).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => ({ number: seriesNo(n), kind: 'hearingNoticeServed', date: '2026-12-12', party: EMPLOYER, party_role: null, source: 'service.record', hearingDay: '2026-12-15', byService: 1 })),
    );
    expect((la.deadlines as { rule_id: string; party: string; status: string; met_on: string | null }[]).filter((d) => d.rule_id === 'arbitration.hearingNotice' && d.party === EMPLOYER).map((d) => [d.status, d.met_on])).toEqual(Array(6).fill(['metLate', '2026-12-12']));
    // The booking checked again in every case: served three days before, each hearing is now short of notice.
    const shortA = await sittingOf(a, sa.caseFileId, sa.arbitrator);
    expect(shortA).toEqual(await sittingOf(b, sb.caseFileId, sb.arbitrator));
    expect(shortA.every(([, status, short]) => status === 'scheduled' && typeof short === 'string' && short.includes(EMPLOYER))).toBe(true);
    // One audit row per service (a document's trail reads the same however its service was entered), each naming the batch.
    const audits = a.core.services!.db.prepare("SELECT entity_id, change FROM audit_log WHERE action = 'serviceRecord' AND change LIKE '%batchId%'").all() as { entity_id: string; change: string }[];
    expect(audits.map((x) => x.entity_id).sort()).toEqual(ia.map((i) => i.documentId).sort());
    expect(new Set(audits.map((x) => (JSON.parse(x.change) as { batchId: string }).batchId))).toEqual(new Set([batch.batchId]));
    // Served: the employer is owed none of them any more; each worker still is their own.
    expect(await sa.employerNotices()).toEqual([]);
    const listed = await sa.arbitrator.call('services.list', { caseFileId: sa.caseFileId });
    expect(listed.documents.filter((d) => d.kind === 'hearingNotice').flatMap((d) => d.unserved.map((u) => u.name)).sort()).toEqual(['扎西', '次仁', '达瓦', '尼玛', '格桑', '旺堆'].sort());
    // Two cores in one test: each closed before its data dir goes.
    for (const t of [a, b]) await t.core.close();
  }, 240_000);

  it('refuses the whole batch when one item is refused, naming it, and changes nothing', async () => {
    const t = await testCore();
    const s = await seriesSitting(t, 6);
    t.clock.advance(2 * DAY); // 2026-11-27 10:00
    const items = (await s.employerNotices()).map(({ documentId, proceedingId, recipientId }) => ({ documentId, proceedingId, recipientId }));
    const at = { ...facts(t), servedAt: instantOf('2026-11-26', '15:00') };

    // A paper made after the day served: 第7份, the 受理通知书 made today for case 4, is named.
    const [late] = await s.arbitrator.call('documents.generate', { request: { kind: 'acceptanceNotice', case: arbitrationCase, applicantIndex: 0 }, caseFileId: s.caseFileId });
    const { recipients } = await s.arbitrator.call('services.list', { caseFileId: s.caseFileId });
    const employer4 = recipients.find((r) => r.caseNumber === seriesNo(4) && r.name === EMPLOYER)!;
    const before = await unchanged(t, s.arbitrator, 'services.recordBatch', { ...at, items: [...items, { documentId: late!.id, proceedingId: employer4.proceedingId, recipientId: employer4.recipientId }] });
    expect(before).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const beforeMsg = before.ok ? '' : before.error.message;
    expect(beforeMsg).toMatch(/^第7份“受理通知书.*第4号）?，送达日喀则市华建建筑工程有限公司”：送达时间不能早于文书制作时间（2026-11-27 10:00）/);
    expect(before.ok ? null : before.error.fields).toMatchObject({ servedAt: expect.stringContaining('第7份') });

    // A document already served to that recipient: case 3's notice, served alone first.
    await s.arbitrator.call('services.record', { ...at, ...items[2]! });
    const twice = await unchanged(t, s.arbitrator, 'services.recordBatch', { ...at, items });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: `第3份“开庭通知书（${seriesNo(3)}），送达${EMPLOYER}”：该文书已于 2026-11-26 向${EMPLOYER}送达；登记有误的，请先作废原记录` } });
    const rest = items.filter((_, k) => k !== 2);

    // The same item ticked twice.
    expect(await unchanged(t, s.arbitrator, 'services.recordBatch', { ...at, items: [...rest, rest[0]!] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { items: `第6份“开庭通知书（${seriesNo(1)}），送达${EMPLOYER}”在本次批量登记中重复勾选` } },
    });
    // A notice addressed to another party: case 2's worker's own notice recorded as served on the employer.
    const listed = await s.arbitrator.call('services.list', { caseFileId: s.caseFileId });
    const workerNotice = listed.documents.find((d) => d.kind === 'hearingNotice' && d.unserved.some((u) => u.name === '次仁'))!;
    const employer2 = recipients.find((r) => r.caseNumber === seriesNo(2) && r.name === EMPLOYER)!;
    expect(await unchanged(t, s.arbitrator, 'services.recordBatch', { ...at, items: [{ documentId: workerNotice.documentId, proceedingId: employer2.proceedingId, recipientId: employer2.recipientId }, ...rest] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/^第1份“开庭通知书（日喀则市劳人仲案字〔2026〕第2号），送达日喀则市华建建筑工程有限公司”：该开庭通知书是致次仁的/), fields: { items: expect.stringContaining('次仁') } },
    });
    // 留置 without witnesses: a shared fact, refused at its field and naming the first item.
    expect(await unchanged(t, s.arbitrator, 'services.recordBatch', { ...at, method: 'left', items: rest })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { witnesses: `第1份“开庭通知书（${seriesNo(1)}），送达${EMPLOYER}”：留置送达须写明见证人姓名（民事诉讼法第八十九条）` } },
    });
    // More than the batch allows, and none at all.
    const many = Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => rest[0]!);
    expect(await unchanged(t, s.arbitrator, 'services.recordBatch', { ...at, items: many })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { items: `一次最多登记${MAX_BATCH_ITEMS}份文书的送达，请分批登记` } } });
    expect(await unchanged(t, s.arbitrator, 'services.recordBatch', { ...at, items: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { items: '请至少勾选一份文书' } } });

    // The rest then go through together.
    const ok = await s.arbitrator.call('services.recordBatch', { ...at, items: rest });
    expect(ok.services.map((x) => x.servedOn)).toEqual(Array(5).fill('2026-11-26'));
    expect(await s.employerNotices()).toEqual([]);
  }, 180_000);

  it('asks what services.record asks: the role to act, and a place on the file', async () => {
    const t = await testCore();
    const s = await seriesSitting(t, 2);
    const items = (await s.employerNotices()).map(({ documentId, proceedingId, recipientId }) => ({ documentId, proceedingId, recipientId }));
    const at = { ...facts(t), servedAt: instantOf('2026-11-25', '16:00') };
    t.clock.advance(DAY);
    const desk = await signInAs(t.core, '次仁卓玛');
    // 次旦 is an arbitrator of the institute but not on this file's team.
    const outsider = await signInAs(t.core, '次旦');
    const counts = businessCounts(t.core);
    expect(await desk.invoke('services.recordBatch', { ...at, items })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await outsider.invoke('services.recordBatch', { ...at, items })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('您不在本案办案组中') } });
    // Nothing but the refusal's own audit row (the permission matrix's rule) is written.
    expect({ ...businessCounts(t.core), audit_log: 0 }).toEqual({ ...counts, audit_log: 0 });
    expect((await s.arbitrator.call('services.recordBatch', { ...at, items })).services).toHaveLength(2);
  }, 120_000);
});
