// An arbitration case heard: the application of 扎西 and 次仁 against 华建 entered and accepted on 2026-11-25, the
// tribunal 王芳 (presiding), 李明 and 罗布 with 央金 as clerk, the application's copy served on the respondent that
// day, a hearing booked for 2026-12-15 09:30 in 第一仲裁庭 — and, with `held`, the clock moved to that day and the
// hearing recorded as held with both parties present.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Client } from './client';
import type { TestCore } from './core';
import { applicationFile, fullApplication } from './arbitration-application';
import { DAY, rooms, slot } from './hearings';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import { instantOf } from '../../shared/domain/time';
import { docxBodyText } from './zip';

/** The text of an issued document's PDF, whitespace and page numbers taken out. */
export async function pdfText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'pdf', purpose: 'preview' });
  const dir = mkdtempSync(join(tmpdir(), 'xinan-hr-'));
  writeFileSync(join(dir, 'd.pdf'), Buffer.from(f.contentBase64, 'base64'));
  return execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '').replace(/—\d+—/g, '');
}

/** A stored version's DOCX as text, each table cell whole (see `docxBodyText`). */
export async function docxText(c: Client, versionId: string): Promise<string> {
  const f = await c.call('documents.file', { versionId, format: 'docx', purpose: 'preview' });
  return docxBodyText(Buffer.from(f.contentBase64, 'base64'));
}

export async function composedCase(t: TestCore, claims?: (a: Awaited<ReturnType<Awaited<ReturnType<typeof applicationFile>>['application']>>) => Parameters<typeof fullApplication>[2]) {
  const f = await applicationFile(t);
  for (const name of ['李明', '罗布']) {
    await f.leader.call('team.add', { caseFileId: f.caseFileId, role: 'handler', staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁庭组成人员' });
  }
  const a = await f.application();
  await f.arbitrator.call('arbitration.saveApplication', fullApplication(a, true, claims ? claims(a) : {}));
  expect(await f.step('accept', { date: '2026-11-25' })).toMatchObject({ ok: true });
  const composed = await f.step('compose', { date: '2026-11-25', form: 'panel', presidingStaffId: t.staff['王芳']!, memberStaffIds: [t.staff['李明']!, t.staff['罗布']!], clerkStaffId: t.staff['央金']! });
  expect(composed).toMatchObject({ ok: true });
  return f;
}

export async function heardCase(t: TestCore, held = true) {
  const { one } = await rooms(t);
  const f = await composedCase(t);
  const [copy] = await f.arbitrator.call('documents.generate', { request: { kind: 'acceptanceNotice', case: arbitrationCase, applicantIndex: 0 }, caseFileId: f.caseFileId });
  const respondent = (await f.arbitrator.call('services.list', { caseFileId: f.caseFileId })).recipients.find((r) => r.name === '日喀则市华建建筑工程有限公司')!;
  await f.arbitrator.call('services.record', {
    documentId: copy!.id,
    proceedingId: f.proceedingId,
    recipientId: respondent.recipientId,
    method: 'direct',
    servedAt: instantOf('2026-11-25', '10:00'),
    receivedBy: '达瓦',
    relation: 'mailroom',
    servedBy: t.staff['王芳']!,
    witnesses: [],
    proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
  });
  const h = await f.arbitrator.call('hearings.schedule', slot(f.proceedingId, one.id));
  if (held) {
    t.clock.advance(20 * DAY); // 2026-12-15 10:00
    const now = (await f.arbitrator.call('hearings.ofCase', { caseFileId: f.caseFileId })).hearings.find((x) => x.id === h.id)!;
    await f.arbitrator.call('hearings.recordHeld', { hearingId: h.id, expectedRowVersion: now.rowVersion, applicantAppeared: true, respondentAppeared: true, absentWithoutCause: false, note: null });
  }
  return { ...f, hearingId: h.id };
}
