// A 系列案 for the sittings' and the batch service's tests: n workers' cases accepted as a series on 2026-11-25, the
// tribunal composed on each, the application's copy served on the employer in each (`series`); and heard in one sitting
// (`seriesSitting`): one booking for all of them on 2026-12-15 and the sitting's 开庭通知书 made in one batch (one per
// case and party).
import { expect } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import type { TestCore } from './core';
import { groupFile } from './arbitration-groups';
import { rooms, slot } from './hearings';

export const EMPLOYER = '日喀则市华建建筑工程有限公司';
export const seriesNo = (n: number) => `日喀则市劳人仲案字〔2026〕第${n}号`;
export const receiptProof = () => ({ purpose: 'receipt' as const, fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') });

type Over = Record<string, unknown>;

/** n workers' cases accepted as a 系列案; `tribunals` composes case k (default: the same panel), `served` the cases whose copy was served. */
export async function series(t: TestCore, n: number, o: { tribunal?: (k: number) => Over | null; served?: (k: number) => boolean } = {}) {
  const f = await groupFile(t, n);
  const g0 = await f.group();
  const g = await f.arbitrator.call('arbitration.acceptSeries', { proceedingId: f.proceedingId, expectedRowVersion: g0.rowVersion, date: '2026-11-25' });
  for (const name of ['李明', '罗布', '德吉']) {
    await f.leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const cases = g.series!.cases;
  const [notice] = await f.arbitrator.call('documents.generate', { request: { kind: 'acceptanceNotice', case: arbitrationCase, applicantIndex: 0 }, caseFileId: f.caseFileId });
  const { recipients } = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
  for (const [k, c] of cases.entries()) {
    const over = o.tribunal ? o.tribunal(k) : {};
    if (over) {
      const p = (await f.arbitrator.call('casework.get', { caseFileId: f.caseFileId })).proceedings.find((x) => x.proceedingId === c.proceedingId)!;
      const input = { date: '2026-11-25', form: 'panel', presidingStaffId: t.staff['王芳']!, memberStaffIds: [t.staff['李明']!, t.staff['罗布']!], clerkStaffId: t.staff['央金']!, ...over };
      expect(await f.arbitrator.invoke('proceedings.act', { proceedingId: c.proceedingId, action: 'compose', input, expectedRowVersion: p.rowVersion })).toMatchObject({ ok: true });
    }
    if (o.served ? o.served(k) : true) {
      const respondent = recipients.find((r) => r.proceedingId === c.proceedingId && r.name === EMPLOYER)!;
      await f.arbitrator.call('services.record', {
        documentId: notice!.id,
        proceedingId: c.proceedingId,
        recipientId: respondent.recipientId,
        method: 'direct',
        servedAt: instantOf('2026-11-25', '10:00'),
        receivedBy: '达瓦',
        relation: 'mailroom',
        servedBy: t.staff['王芳']!,
        witnesses: [],
        proofs: [receiptProof()],
      });
    }
  }
  const ids = cases.map((c) => c.proceedingId);
  const book = (roomId: string, over: Over = {}, which: readonly string[] = ids) => f.arbitrator.invoke('hearings.schedule', { ...slot(which[0]!, roomId), jointProceedingIds: which.slice(1), ...over });
  return { ...f, cases, ids, book, notice: notice! };
}

export async function seriesSitting(t: TestCore, n: number) {
  const f = await series(t, n);
  const { ids } = f;
  const { one } = await rooms(t);
  const booked = await f.arbitrator.call('hearings.schedule', { ...slot(ids[0]!, one.id), jointProceedingIds: ids.slice(1) });
  const owed = await f.arbitrator.call('hearings.noticeRequests', { from: '2026-12-14', to: '2026-12-20', sittingId: booked.sittingId });
  const job = await f.arbitrator.call('documents.batch', { requests: owed.items.map((i) => i.request), caseFileId: null });
  expect(await t.core.services!.jobs.wait(job.id)).toMatchObject({ status: 'succeeded', result: { issued: 2 * n } });
  /** The sitting's 开庭通知书 still owed to the employer, one per case, in 案号 order: the items of a batch. */
  const employerNotices = async () => {
    const listed = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
    const caseOf = new Map(listed.recipients.map((r) => [r.recipientId, r.caseNumber]));
    return listed.documents
      .filter((d) => d.kind === 'hearingNotice')
      .flatMap((d) => d.unserved.filter((u) => u.name === EMPLOYER).map((u) => ({ documentId: d.documentId, proceedingId: u.proceedingId, recipientId: u.recipientId, caseNumber: caseOf.get(u.recipientId)! })))
      .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber, 'zh'));
  };
  return { ...f, employerNotices };
}
