// The arbitration file a hearing is booked for, shared by the calendar's tests: arbitrators and clerks of the
// institute, a file taken in and accepted on 2026-11-25 with its team, the tribunal composed, two rooms, the
// application's copy served through the real service record, and a check that a refused call wrote nothing.
import { expect } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import type { Client } from './client';
import { businessCounts, establishStaff, signInAs, type TestCore } from './core';
import { takeIn } from './routing';

export const DAY = 86_400_000;
export const ARB = 'dept-540200-arbitration';

export async function arbitrators(t: TestCore) {
  // Days pass in these stories: no idle lock between the calls.
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  for (const [name, expiry] of [['王芳', '2028-06-30'], ['李明', '2028-06-30'], ['次旦', '2026-11-24'], ['罗布', '2028-06-30']] as const) {
    t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: ARB, roles: ['arbitrator'], arbitratorCertNo: `藏劳仲证${name.length}${expiry.slice(2, 4)}`, arbitratorCertExpiry: expiry });
  }
  for (const name of ['央金', '德吉']) t.staff[name] = await establishStaff(t.core, t.admin, { name, departmentId: ARB, roles: ['clerk'] });
}

/** An arbitration file taken in by the institute, with its team; returns the acting arbitrator and the proceeding. */
export async function arbitrationFile(t: TestCore, worker = '扎西', employerName = '日喀则市华建建筑工程有限公司', existingEmployer?: { id: string; name: string }) {
  const desk = await signInAs(t.core, '次仁卓玛');
  // The register's own party when the employer comes back (the conflict check follows the register), else a new one.
  const employer = existingEmployer ?? (await desk.call('parties.create', { kind: 'organisation', name: employerName }));
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-24', '09:30'),
    summary: '申请仲裁：拖欠工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: worker, idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId, '王芳');
  const leader = await signInAs(t.core, '李强');
  for (const name of ['王芳', '李明', '次旦', '罗布', '央金', '德吉']) {
    await leader.call('team.add', { caseFileId, role: 'handler', staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const arbitrator = await signInAs(t.core, '王芳');
  const proceeding = async () => (await arbitrator.call('casework.get', { caseFileId })).proceedings.find((p) => p.kind === 'arbitration')!;
  const p = await proceeding();
  await arbitrator.call('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-25' }, expectedRowVersion: p.rowVersion });
  return { caseFileId, arbitrator, leader, proceedingId: p.proceedingId, proceeding, employer };
}

/** Composes the tribunal; a sole arbitrator sits only in a case decided simple (办案规则 Art. 56), so that is decided first. */
export async function compose(f: Awaited<ReturnType<typeof arbitrationFile>>, t: TestCore, over: Record<string, unknown> = {}, decide = true) {
  if (over.form === 'sole' && decide) await decideSimple(f, String(over.date ?? '2026-11-25'));
  return f.proceeding().then((p) =>
    f.arbitrator.invoke('proceedings.act', {
      proceedingId: p.proceedingId,
      action: 'compose',
      input: { date: '2026-11-25', form: 'panel', presidingStaffId: t.staff['王芳']!, memberStaffIds: [t.staff['李明']!, t.staff['罗布']!], clerkStaffId: t.staff['央金']!, ...over },
      expectedRowVersion: p.rowVersion,
    }),
  );
}

/** 简易处理 on both parties' consent (办案规则 Art. 56(3)), once. */
export async function decideSimple(f: Pick<Awaited<ReturnType<typeof arbitrationFile>>, 'proceeding' | 'arbitrator'>, date = '2026-11-25') {
  const p = await f.proceeding();
  if (p.actions.find((a) => a.action === 'simplify')?.blockedBy === '本案已决定简易处理') return;
  await f.arbitrator.call('proceedings.act', { proceedingId: p.proceedingId, action: 'simplify', input: { date, ground: 'consent', amountFen: 1_860_000, bar: 'none', note: '双方当事人同意简易处理' }, expectedRowVersion: p.rowVersion });
}

export async function rooms(t: TestCore) {
  const one = await t.admin.call('hearings.saveRoom', { id: null, name: '第一仲裁庭', capacity: 20, recording: true, active: true, expectedRowVersion: null });
  const two = await t.admin.call('hearings.saveRoom', { id: null, name: '第二仲裁庭', capacity: 12, recording: false, active: true, expectedRowVersion: null });
  return { one, two };
}

/** The application's copy served on the respondent (the defence period runs from it), through the real service record. */
export async function serveApplication(t: TestCore, f: Awaited<ReturnType<typeof arbitrationFile>>, on: string) {
  const [notice] = await f.arbitrator.call('documents.generate', { request: { kind: 'acceptanceNotice', case: arbitrationCase, applicantIndex: 0 }, caseFileId: f.caseFileId });
  const listed = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
  const respondent = listed.recipients.find((r) => r.name === f.employer.name)!;
  await f.arbitrator.call('services.record', {
    documentId: notice!.id,
    proceedingId: f.proceedingId,
    recipientId: respondent.recipientId,
    method: 'direct',
    servedAt: instantOf(on, '10:00'),
    receivedBy: '达瓦',
    relation: 'mailroom',
    servedBy: t.staff['王芳']!,
    witnesses: [],
    proofs: [{ purpose: 'receipt', fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }],
  });
}

export async function unchanged(t: TestCore, c: Client, channel: Parameters<Client['invoke']>[0], input: unknown) {
  const before = businessCounts(t.core);
  const r = await c.invoke(channel, input as never);
  expect(businessCounts(t.core)).toEqual(before);
  return r;
}

export const slot = (proceedingId: string, roomId: string, over: Record<string, unknown> = {}) => ({ proceedingId, date: '2026-12-15', start: '09:30', end: '11:00', roomId, ...over });

