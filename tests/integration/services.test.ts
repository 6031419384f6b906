// Service (送达) through dispatch: each method's rules; the clock each document's service fires, each party's from its
// own service; a public notice pauses the arbitration award clock; a void takes its events out; bad input and the
// wrong caller change nothing; the stored deadlines stay what the pure engine computes from the counted events.
import { describe, expect, it } from 'vitest';
import type { ServiceRecordInput } from '../../shared/contract/services';
import { deadlinesFromEvents, type ProceedingEvent } from '../../shared/domain/deadline-state';
import { computeDeadline } from '../../shared/domain/deadlines';
import { dateKeyOf, instantOf } from '../../shared/domain/time';
import { loadCalendar } from '../../electron/core/deadlines/calendar.service';
import { deadlineSettings } from '../../electron/core/deadlines/deadlines.service';
import { proceedingEvents, storedStatus } from '../../electron/core/deadlines/stored-deadlines';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { cardPng } from '../fixtures/images';
import { ADMIN, businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

const DAY = 86_400_000;
const receipt = () => [{ purpose: 'receipt' as const, fileName: '送达回证.png', contentBase64: cardPng(320, 240).toString('base64') }];

async function arbitrationFile(t: TestCore) {
  await t.admin.call('parameters.set', { key: 'security.idleLockMinutes', region: '*', value: 0, effectiveFrom: '2020-01-01', source: '测试', confidence: 'local', note: null });
  t.staff['王芳'] = await establishStaff(t.core, t.admin, { name: '王芳', departmentId: 'dept-540200-arbitration', roles: ['arbitrator'] });
  const desk = await signInAs(t.core, '次仁卓玛');
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const contractor = await desk.call('parties.create', { kind: 'organisation', name: '西藏高原路桥工程有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-20', '09:30'),
    summary: '申请仲裁：拖欠工资',
    workersCount: 1,
    parties: [
      { partyId: employer.id, role: 'employer' },
      { partyId: contractor.id, role: 'generalContractor' },
    ],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  await takeIn(t.core, caseFileId, '王芳');
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '王芳']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '仲裁案件办案组' });
  }
  const arbitrator = await signInAs(t.core, '王芳');
  const listed = await arbitrator.call('services.list', { caseFileId });
  const who = (name: string) => listed.recipients.find((r) => r.name === name)!;
  return { caseFileId, arbitrator, leader, desk, proceedingId: listed.recipients[0]!.proceedingId, huajian: who('日喀则市华建建筑工程有限公司'), gaoyuan: who('西藏高原路桥工程有限公司'), zhaxi: who('扎西') };
}

/** What the pure engine says from the events that count, as the deadlines table stores it. */
function engineOf(t: TestCore, proceedingId: string, events: ProceedingEvent[]) {
  const core = t.core.services!;
  return deadlinesFromEvents(events, { today: dateKeyOf(core.clock.now()), calendar: loadCalendar(core), settings: deadlineSettings(core), proceedingKind: 'arbitration' })
    .map((d) => ({ rule: d.rule, party: d.party ?? '', start: d.startedOn, due: d.due, status: storedStatus(d.status) }))
    .sort((a, b) => (`${a.rule}|${a.party}` < `${b.rule}|${b.party}` ? -1 : 1));
}

function storedOf(t: TestCore, proceedingId: string) {
  return (
    t.core.services!.db.prepare('SELECT rule_id AS rule, party, start_date AS start, due_date AS due, status FROM deadlines WHERE proceeding_id = ?').all(proceedingId) as { rule: string; party: string; start: string; due: string; status: string }[]
  ).sort((a, b) => (`${a.rule}|${a.party}` < `${b.rule}|${b.party}` ? -1 : 1));
}

function base(f: { proceedingId: string }, documentId: string, recipientId: string, servedBy: string, over: Partial<ServiceRecordInput> = {}): ServiceRecordInput {
  return { documentId, proceedingId: f.proceedingId, recipientId, method: 'direct', servedAt: 0, receivedBy: '达瓦', relation: 'mailroom', servedBy, witnesses: [], proofs: receipt(), ...over };
}

describe('service (送达)', () => {
  it('an award served to each party on its own day starts each party’s own clock; voiding one removes only its clock', async () => {
    const t = await testCore();
    const f = await arbitrationFile(t);
    const [finalAward] = await f.arbitrator.call('documents.generate', { request: { kind: 'award', case: arbitrationCase }, caseFileId: f.caseFileId });
    t.clock.advance(2 * DAY); // 2026-11-27 10:00
    const toHuajian = await f.arbitrator.call(
      'services.record',
      base(f, finalAward!.id, f.huajian.recipientId, t.staff['王芳']!, { servedAt: instantOf('2026-11-26', '15:00'), awardFinality: 'final' }),
    );
    expect(toHuajian).toMatchObject({ servedOn: '2026-11-26', method: 'direct', relation: 'mailroom', servedBy: { name: '王芳' }, noClock: null, status: 'valid' });
    expect(toHuajian.proofs).toMatchObject([{ purpose: 'receipt', mime: 'image/png' }]);
    t.clock.advance(3 * DAY); // 2026-11-30 10:00
    await f.arbitrator.call(
      'services.record',
      base(f, finalAward!.id, f.gaoyuan.recipientId, t.staff['王芳']!, { method: 'post', servedAt: instantOf('2026-11-29', '11:20'), trackingNumber: '1187654321098', receivedBy: null, relation: null, awardFinality: 'final' }),
    );
    await f.arbitrator.call('services.record', base(f, finalAward!.id, f.zhaxi.recipientId, t.staff['王芳']!, { servedAt: instantOf('2026-11-30', '09:00'), receivedBy: '扎西', relation: 'self', awardFinality: 'final' }));
    const events = proceedingEvents(t.core.services!.prepare, f.proceedingId);
    expect(events.filter((e) => e.kind === 'awardServed')).toEqual([
      { kind: 'awardServed', date: '2026-11-26', party: '日喀则市华建建筑工程有限公司', partyRole: 'employer', awardFinality: 'final' },
      { kind: 'awardServed', date: '2026-11-29', party: '西藏高原路桥工程有限公司', partyRole: 'employer', awardFinality: 'final' },
      { kind: 'awardServed', date: '2026-11-30', party: '扎西', partyRole: 'worker', awardFinality: 'final' },
    ]);
    // 调解仲裁法 Arts. 48–49: on a final award each employer may apply to set it aside within 30 days of its own receipt; the worker may sue within 15.
    const stored = storedOf(t, f.proceedingId);
    expect(stored.filter((d) => d.rule.startsWith('award.')).map((d) => [d.rule, d.party, d.start])).toEqual([
      ['award.setAside', '日喀则市华建建筑工程有限公司', '2026-11-26'],
      ['award.setAside', '西藏高原路桥工程有限公司', '2026-11-29'],
      ['award.sue', '扎西', '2026-11-30'],
    ]);
    expect(stored).toEqual(engineOf(t, f.proceedingId, events));

    // A served document is not voided while its services stand: the clocks run from them.
    expect(await f.arbitrator.invoke('documents.void', { id: finalAward!.id, reason: '裁决书主文有误' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该文书已向日喀则市华建建筑工程有限公司、西藏高原路桥工程有限公司、扎西送达，期限自送达起算；请先作废送达记录并写明理由，再作废文书' },
    });
    const voided = await f.arbitrator.call('services.void', { id: toHuajian.id, reason: '签收人并非该公司工作人员' });
    expect(voided).toMatchObject({ status: 'void', voidReason: '签收人并非该公司工作人员' });
    const after = proceedingEvents(t.core.services!.prepare, f.proceedingId);
    expect(after.filter((e) => e.kind === 'awardServed').map((e) => e.party)).toEqual(['西藏高原路桥工程有限公司', '扎西']);
    expect(storedOf(t, f.proceedingId).some((d) => d.party === '日喀则市华建建筑工程有限公司')).toBe(false);
    expect(storedOf(t, f.proceedingId)).toEqual(engineOf(t, f.proceedingId, after));
    // Voided, it is owed again, and the record stays on the file with its reason.
    const list = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
    const doc = list.documents.find((d) => d.documentId === finalAward!.id)!;
    expect(doc.unserved.map((u) => u.name)).toEqual(['日喀则市华建建筑工程有限公司']);
    expect(doc.services.map((s) => s.status)).toEqual(['void', 'valid', 'valid']);
    expect(await f.arbitrator.invoke('services.void', { id: toHuajian.id, reason: '再次作废试试' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const timeline = (await f.leader.call('cases.get', { id: f.caseFileId })).events.map((e) => e.summary);
    expect(timeline.some((s) => s.startsWith('作废送达记录（直接送达 日喀则市华建建筑工程有限公司 2026-11-26）'))).toBe(true);
    // The database keeps the record: it cannot be edited or deleted, only voided.
    const db = t.core.services!.db;
    expect(() => db.prepare("UPDATE services SET served_on = '2026-11-01' WHERE id = ?").run(toHuajian.id)).toThrow(/送达记录不能修改/);
    expect(() => db.prepare('DELETE FROM services').run()).toThrow(/送达记录不能删除/);
  });

  it('a file made anonymous after its period clears who signed, the witnesses and a worker’s name from its services; the record and its clocks stay', async () => {
    const t = await testCore();
    const f = await arbitrationFile(t);
    const [award] = await f.arbitrator.call('documents.generate', { request: { kind: 'award', case: arbitrationCase }, caseFileId: f.caseFileId });
    t.clock.advance(2 * DAY); // 2026-11-27 10:00
    await f.arbitrator.call('services.record', base(f, award!.id, f.zhaxi.recipientId, t.staff['王芳']!, { method: 'left', servedAt: instantOf('2026-11-26', '15:00'), receivedBy: '扎西', relation: 'self', witnesses: ['次旦多吉', '白玛'], awardFinality: 'final', note: '扎西拒收，留置于其住所' }));
    await f.arbitrator.call('services.record', base(f, award!.id, f.huajian.recipientId, t.staff['王芳']!, { servedAt: instantOf('2026-11-26', '16:00'), receivedBy: '达瓦', relation: 'mailroom', awardFinality: 'final' }));
    const db = t.core.services!.db;
    // Closed long ago and past its ten years (as the retention tests close a file; the closing step comes later).
    db.prepare("UPDATE case_files SET status = 'closed', closed_at = ? WHERE id = ?").run(instantOf('2016-11-24', '16:00'), f.caseFileId);
    db.prepare("UPDATE proceedings SET status = 'closed', closed_at = ? WHERE case_file_id = ?").run(instantOf('2016-11-24', '16:00'), f.caseFileId);
    const clocks = storedOf(t, f.proceedingId);
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('retention.anonymise', { items: [{ type: 'caseFile', id: f.caseFileId }], reason: '保管期限届满，经局务会研究同意' });
    const rows = db.prepare('SELECT recipient_name, received_by, witnesses, note, method, served_on, status FROM services ORDER BY served_at').all();
    expect(rows).toEqual([
      { recipient_name: '已匿名化', received_by: '已匿名化', witnesses: '["已匿名化","已匿名化"]', note: '（保管期限届满，个人信息已匿名化）', method: 'left', served_on: '2026-11-26', status: 'valid' },
      { recipient_name: '日喀则市华建建筑工程有限公司', received_by: '已匿名化', witnesses: '[]', note: null, method: 'direct', served_on: '2026-11-26', status: 'valid' },
    ]);
    const timeline = JSON.stringify((db.prepare('SELECT summary FROM case_events WHERE case_file_id = ?').all(f.caseFileId)));
    for (const name of ['扎西', '次旦多吉', '白玛', '达瓦']) expect(timeline, name).not.toContain(name);
    expect(storedOf(t, f.proceedingId)).toEqual(clocks);
    // Still only voiding, or anonymising, changes a service.
    expect(() => db.prepare("UPDATE services SET served_on = '2026-11-01'").run()).toThrow(/送达记录不能修改/);
  });

  it('a public notice to the respondent: deemed served when its period ends, and the award clock does not run meanwhile (办案规则 Art. 46)', async () => {
    const t = await testCore();
    const f = await arbitrationFile(t);
    const p = (await f.arbitrator.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;
    await f.arbitrator.call('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-25' }, expectedRowVersion: p.rowVersion });
    const [notice] = await f.arbitrator.call('documents.generate', { request: { kind: 'acceptanceNotice', case: arbitrationCase, applicantIndex: 0 }, caseFileId: f.caseFileId });
    // The 送达回证 to carry: filled from the notice's case, for this recipient, a document of the file; itself never owed.
    const receipt = await f.arbitrator.call('services.receipt', { documentId: notice!.id, recipientId: f.huajian.recipientId, method: 'direct' });
    expect(receipt).toMatchObject({ kind: 'serviceReceipt', title: '送达回证', caseFileId: f.caseFileId, status: 'issued' });
    const printed = JSON.stringify(await f.arbitrator.call('documents.model', { versionId: receipt.versions[0]!.id }));
    for (const text of ['日喀则市华建建筑工程有限公司', arbitrationCase.caseNumber, arbitrationCase.cause, arbitrationCase.committee.name, '受理通知书']) expect(printed).toContain(text);
    expect(await f.arbitrator.invoke('services.receipt', { documentId: receipt.id, recipientId: f.huajian.recipientId })).toMatchObject({ ok: false, error: { fields: { documentId: '该文书不需送达，不能制作送达回证' } } });
    t.clock.advance(DAY);
    const listed = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
    expect(listed.documents.find((d) => d.documentId === receipt.id)).toMatchObject({ unserved: [], services: [] });
    // The period in force (30 days, seeded UNCONFIRMED) — a bureau may set 60.
    expect(listed.publicNoticeDays).toBe(30);
    expect((await (await signInAs(t.core, '普布次仁', 'guanli2026')).call('parameters.list', {})).find((r) => r.key === 'service.publicNoticeDays')).toMatchObject({ inForce: true, confidence: 'unconfirmed' });
    const s = await f.arbitrator.call(
      'services.record',
      base(f, notice!.id, f.huajian.recipientId, t.staff['王芳']!, {
        method: 'publicNotice',
        servedAt: instantOf('2026-11-26', '09:00'),
        receivedBy: null,
        relation: null,
        noticePlace: '《西藏日报》第4版',
        proofs: [{ purpose: 'notice', fileName: '公告版面.png', contentBase64: cardPng(320, 240, 9).toString('base64') }],
      }),
    );
    expect(s).toMatchObject({ servedOn: '2026-12-26', noticeDays: 30 });
    const events = proceedingEvents(t.core.services!.prepare, f.proceedingId);
    expect(events.slice(-3)).toEqual([
      { kind: 'paused', date: '2026-11-26' },
      { kind: 'resumed', date: '2026-12-26' },
      { kind: 'applicationServed', date: '2026-12-26', party: '日喀则市华建建筑工程有限公司' },
    ]);
    const stored = storedOf(t, f.proceedingId);
    const award = stored.find((d) => d.rule === 'arbitration.award')!;
    expect(award.due > computeDeadline({ rule: 'arbitration.award', start: '2026-11-25' }).due).toBe(true);
    expect(award.due).toBe(computeDeadline({ rule: 'arbitration.award', start: '2026-11-25', pauses: [{ from: '2026-11-26', to: '2026-12-25' }] }).due);
    // The other clocks run on: the 5 days to serve the copy are the bureau's, not paused (only the rules marked pausable are).
    expect(stored.find((d) => d.rule === 'arbitration.defence')).toMatchObject({ start: '2026-12-26' });
    expect(stored).toEqual(engineOf(t, f.proceedingId, events));
    // The other respondent, served directly the same morning: its own 10 days to answer run from its own service (调解仲裁法 Art. 30).
    await f.arbitrator.call('services.record', base(f, notice!.id, f.gaoyuan.recipientId, t.staff['王芳']!, { servedAt: instantOf('2026-11-26', '09:30') }));
    const both = storedOf(t, f.proceedingId);
    expect(both.filter((d) => d.rule === 'arbitration.defence').map((d) => [d.party, d.start])).toEqual([
      ['日喀则市华建建筑工程有限公司', '2026-12-26'],
      ['西藏高原路桥工程有限公司', '2026-11-26'],
    ]);
    expect(both).toEqual(engineOf(t, f.proceedingId, proceedingEvents(t.core.services!.prepare, f.proceedingId)));
    const counted = proceedingEvents(t.core.services!.prepare, f.proceedingId).length;
    // The applicant's own notice of acceptance starts no clock.
    const own = await f.arbitrator.call('services.record', base(f, notice!.id, f.zhaxi.recipientId, t.staff['王芳']!, { servedAt: instantOf('2026-11-26', '10:00'), receivedBy: '扎西', relation: 'self' }));
    expect(own.noClock).toBe('该文书送达给此受送达人不起算期限');
    expect(proceedingEvents(t.core.services!.prepare, f.proceedingId)).toHaveLength(counted);
  });

  it('each method asks for what it needs; bad input and the wrong caller change nothing', async () => {
    const t = await testCore();
    const f = await arbitrationFile(t);
    const [early] = await f.arbitrator.call('documents.generate', { request: { kind: 'hearingNotice', case: arbitrationCase, recipient: { role: 'respondent', index: 0 } }, caseFileId: f.caseFileId });
    // A notice follows the acceptance: none is served before the case is accepted.
    expect(await f.arbitrator.invoke('services.record', base(f, early!.id, f.huajian.recipientId, t.staff['王芳']!, { servedAt: instantOf('2026-11-25', '10:00') }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { documentId: '本案尚未受理，不能登记该文书的送达' } },
    });
    const p = (await f.arbitrator.call('casework.get', { caseFileId: f.caseFileId })).proceedings[0]!;
    await f.arbitrator.call('proceedings.act', { proceedingId: p.proceedingId, action: 'accept', input: { date: '2026-11-25' }, expectedRowVersion: p.rowVersion });
    const [notice] = await f.arbitrator.call('documents.generate', { request: { kind: 'hearingNotice', case: arbitrationCase, recipient: { role: 'respondent', index: 0 } }, caseFileId: f.caseFileId });
    const [finalAward] = await f.arbitrator.call('documents.generate', { request: { kind: 'award', case: arbitrationCase }, caseFileId: f.caseFileId });
    t.clock.advance(DAY); // 2026-11-26 10:00
    const at = instantOf('2026-11-26', '09:00');
    const me = t.staff['王芳']!;
    const to = f.huajian.recipientId;
    const zhangwei = await signInAs(t.core, '张伟');
    const before = businessCounts(t.core);
    const refused: [Partial<ServiceRecordInput>, Record<string, string>][] = [
      [{ method: 'left', servedAt: at, receivedBy: null, relation: null }, { witnesses: '留置送达须写明见证人姓名（民事诉讼法第八十九条）' }],
      [{ method: 'post', servedAt: at, receivedBy: null, relation: null }, { trackingNumber: '邮寄送达须填写邮件单号' }],
      [{ servedAt: instantOf('2026-11-26', '11:00') }, { servedAt: '送达时间不能晚于现在（2026-11-26 10:00）' }],
      [{ servedAt: instantOf('2026-11-24', '16:00') }, { servedAt: '送达时间不能早于文书制作时间（2026-11-25 10:00）' }],
      [{ servedAt: at, receivedBy: null }, { receivedBy: '请填写签收人' }],
      [{ servedAt: at, proofs: [] }, { proofs: '请上传签收的送达回证（扫描件或照片）' }],
      [{ method: 'entrusted', servedAt: at }, { entrustedTo: '委托送达须写明受托机关' }],
      [{ method: 'posted', servedAt: at, receivedBy: null, relation: null }, { proofs: '张贴送达须上传现场照片' }],
      [{ method: 'electronic', servedAt: at, receivedBy: null, relation: null, electronicAddress: '13908921200' }, { electronicConfirmed: '请选择受送达人是否已确认收到' }],
      [{ servedAt: at, proofs: [{ purpose: 'receipt', fileName: 'a.txt', contentBase64: Buffer.from('送达回证').toString('base64') }] }, { proofs: '送达凭证只能上传 JPG、PNG 格式的照片或 PDF 格式的扫描件' }],
      [{ servedAt: at, proofs: [{ purpose: 'receipt', fileName: 'a.pdf', contentBase64: Buffer.from('%PDF-1.7\n1 0 obj').toString('base64') }] }, { proofs: 'PDF 文件不完整，请重新扫描或导出后再上传' }],
      [{ servedAt: at, servedBy: 'no-such-staff' }, { servedBy: '送达人须是本单位在职工作人员' }],
    ];
    for (const [over, fields] of refused) {
      const r = await f.arbitrator.invoke('services.record', base(f, notice!.id, to, me, over));
      expect(r, JSON.stringify(over).slice(0, 80)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect((r as { error: { fields: Record<string, string> } }).error.fields).toMatchObject(fields);
    }
    // An award is never served electronically; an award served must say which part.
    expect(await f.arbitrator.invoke('services.record', base(f, finalAward!.id, to, me, { method: 'electronic', servedAt: at, electronicAddress: 'hj@example.cn', electronicConfirmed: true, awardFinality: 'final' }))).toMatchObject({
      ok: false,
      error: { fields: { method: '裁决书、调解书不能电子送达（《劳动人事争议仲裁办案规则》第五十八条至第六十条）' } },
    });
    expect(await f.arbitrator.invoke('services.record', base(f, finalAward!.id, to, me, { servedAt: at }))).toMatchObject({ ok: false, error: { fields: { awardFinality: '请选择送达的是终局裁决还是非终局裁决' } } });
    expect(businessCounts(t.core)).toEqual(before);
    // The desk has no proceeding.act; an inspector off the team has no place on the file.
    expect(await f.desk.invoke('services.record', base(f, notice!.id, to, me, { servedAt: at }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await zhangwei.invoke('services.record', base(f, notice!.id, to, me, { servedAt: at }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('不在本案办案组中') } });
    // A recipient of no proceeding of this file, and a document that is not served at all.
    expect(await f.arbitrator.invoke('services.record', base(f, notice!.id, 'no-such-party', me, { servedAt: at }))).toMatchObject({ ok: false, error: { fields: { recipientId: '受送达人不是这一程序的当事人' } } });
    // Nothing changed but the refusals on the audit trail.
    expect({ ...businessCounts(t.core), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });

    // 留置 with its witnesses is served that day; the notice served twice to one party is refused.
    const left = await f.arbitrator.call('services.record', base(f, notice!.id, to, me, { method: 'left', servedAt: at, receivedBy: '王建国', relation: 'legalRep', witnesses: ['次仁（居委会）', '  '] }));
    expect(left).toMatchObject({ method: 'left', witnesses: ['次仁（居委会）'], servedOn: '2026-11-26', noClock: null });
    expect(await f.arbitrator.invoke('services.record', base(f, notice!.id, to, me, { servedAt: at }))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已于 2026-11-26 向日喀则市华建建筑工程有限公司送达') } });
    // An electronic service not confirmed is kept but moves no clock.
    const e = await f.arbitrator.call('services.record', base(f, notice!.id, f.gaoyuan.recipientId, me, { method: 'electronic', servedAt: at, receivedBy: null, relation: null, electronicAddress: '13908920011', electronicConfirmed: false, proofs: [] }));
    expect(e.noClock).toBe('电子送达尚未经受送达人确认，不作为期限起算');
    expect(proceedingEvents(t.core.services!.prepare, f.proceedingId).filter((x) => x.kind === 'hearingNoticeServed')).toEqual([{ kind: 'hearingNoticeServed', date: '2026-11-26', party: '日喀则市华建建筑工程有限公司' }]);
    // The proof can be seen again, and the view is on the audit trail.
    const shown = await f.leader.call('services.proof', { proofId: left.proofs[0]!.id });
    expect(shown).toMatchObject({ mime: 'image/png', fileName: '送达回证.png' });
    const list = await f.arbitrator.call('services.list', { caseFileId: f.caseFileId });
    expect(list.mayAct).toBe(true);
    expect(list.documents.find((d) => d.documentId === notice!.id)!.unserved.map((u) => u.name)).toEqual(['扎西']);
    expect((await f.desk.call('services.list', { caseFileId: f.caseFileId })).mayAct).toBe(false);
  });
});
