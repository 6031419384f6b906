// 调取证据通知书 through dispatch (监察条例 Art. 15(3)(4)): only after 立案, by the file's team, a list and a day after
// today; issued as a numbered document, served through 送达; its return recorded once — each line received goes into
// the case file's evidence list through its service, linked back to the notice, the rest shown as not provided; a
// refused file refuses the whole return and changes nothing; past its day with no return it shows overdue.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceRequestInput } from '../../shared/contract/evidence-request';
import { addDays } from '../../shared/domain/calendar';
import { dateKeyOf } from '../../shared/domain/time';
import { cardPng } from '../fixtures/images';
import { zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { businessCounts, establishStaff, signInAs, testCore, type TestCore } from '../helpers/core';
import { takeIn } from '../helpers/routing';

async function filedInspection(t: TestCore, file = true) {
  const add = (name: string, cert: string) =>
    establishStaff(t.core, t.admin, { name, departmentId: 'dept-540200-inspection', roles: ['inspector'], enforcementCertNo: cert, enforcementCertExpiry: '2028-06-30' });
  t.staff['索朗'] = await add('索朗', '藏人社监字0232');
  t.staff['格桑'] = await add('格桑', '藏人社监字0233');
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const intake = await t.client.call('intakes.create', zhaxiComplaint(employer.id));
  const caseFileId = (await t.client.call('intakes.get', { id: intake.id })).caseFileId!;
  await takeIn(t.core, caseFileId);
  const leader = await signInAs(t.core, '李强');
  for (const [role, name] of [['leader', '李强'], ['handler', '索朗'], ['handler', '格桑']] as const) {
    await leader.call('team.add', { caseFileId, role, staffId: t.staff[name]!, name: null, organisation: null, phone: null, employment: 'fullTime', reason: '指定为承办人' });
  }
  const suolang = await signInAs(t.core, '索朗');
  let p = (await suolang.call('casework.get', { caseFileId })).proceedings[0]!;
  if (file) {
    await suolang.call('proceedings.act', { proceedingId: p.proceedingId, action: 'file', input: { date: '2026-11-25', opinion: '拖欠工资，建议立案' }, expectedRowVersion: p.rowVersion });
    p = (await leader.call('casework.get', { caseFileId })).proceedings[0]!;
    await leader.call('approvals.decide', { approvalId: p.pendingApproval!.id, decision: 'approve', opinion: '同意立案', date: '2026-11-25', expectedRowVersion: p.pendingApproval!.rowVersion });
  }
  const employerParty = (await suolang.call('investigation.list', { caseFileId })).parties.find((x) => x.name === employer.name)!;
  return { caseFileId, proceedingId: p.proceedingId, suolang, employerParty };
}

function notice(proceedingId: string, addresseeId: string | null, today: string, over: Partial<EvidenceRequestInput> = {}): EvidenceRequestInput {
  return {
    proceedingId,
    addresseeId,
    addresseeName: '日喀则市华建建筑工程有限公司',
    items: ['2026年3月至11月的工资支付台账', '木工班组的考勤记录', '与劳务分包单位的合同'],
    dueDate: addDays(today, 5),
    place: '劳动保障监察支队203室',
    contactPhone: '0892-8826001',
    ...over,
  };
}

const b64 = (b: Buffer) => b.toString('base64');

describe('调取证据通知书', () => {
  it('refuses before 立案, with nothing to provide or a day not after today, changing nothing', async () => {
    const t = await testCore();
    const today = dateKeyOf(t.clock.now());
    const g = await filedInspection(t, false);
    expect(await g.suolang.invoke('evidenceRequest.issue', notice(g.proceedingId, null, today))).toMatchObject({ ok: false, error: { code: 'STEP_BLOCKED', message: expect.stringContaining('立案后才能发出调取证据通知书') } });
    const t2 = await testCore();
    const f = await filedInspection(t2);
    const before = businessCounts(t2.core);
    expect(await f.suolang.invoke('evidenceRequest.issue', notice(f.proceedingId, f.employerParty.id, today, { items: ['', ' '] }))).toMatchObject({ ok: false, error: { fields: { items: '请列明要调取的证据材料' } } });
    expect(await f.suolang.invoke('evidenceRequest.issue', notice(f.proceedingId, f.employerParty.id, today, { dueDate: today }))).toMatchObject({ ok: false, error: { fields: { dueDate: `提供期限应当晚于今天（${today}）` } } });
    expect(businessCounts(t2.core)).toEqual(before);
  });

  it('is a numbered document carrying its list, served through 送达; its return puts what came back in the evidence list, once', async () => {
    const t = await testCore();
    const today = dateKeyOf(t.clock.now());
    const f = await filedInspection(t);
    const doc = await f.suolang.call('evidenceRequest.issue', notice(f.proceedingId, f.employerParty.id, today));
    expect(doc).toMatchObject({ kind: 'evidenceRequestNotice', title: '劳动保障监察调取证据通知书', number: expect.stringContaining('人社监调字') });
    const file = await f.suolang.call('documents.file', { versionId: doc.versions[0]!.id, format: 'pdf', purpose: 'preview' });
    const dir = mkdtempSync(join(tmpdir(), 'xinan-pdf-'));
    writeFileSync(join(dir, 'd.pdf'), Buffer.from(file.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', [join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const element of ['日喀则市华建建筑工程有限公司：', '第十五条第（三）项、第（四）项', '1.2026年3月至11月的工资支付台账；', '3.与劳务分包单位的合同。', '劳动保障监察支队203室', '第三十条', '联系电话：0892-8826001']) {
      expect(text, element).toContain(element);
    }
    // Served like any document of the file, on the employer.
    const served = (await f.suolang.call('services.list', { caseFileId: f.caseFileId })).documents.find((d) => d.documentId === doc.id)!;
    expect(served.unserved.map((u) => u.name)).toContain('日喀则市华建建筑工程有限公司');
    const listed = (await f.suolang.call('evidenceRequest.list', { caseFileId: f.caseFileId })).requests[0]!;
    expect(listed).toMatchObject({ documentNumber: doc.number, overdue: false, returned: null });

    const scan = (tint: number) => ({ fileName: `扫描${tint}.png`, form: 'checkedCopy' as const, pages: 2, contentBase64: b64(cardPng(200, 140, tint)) });
    const before = businessCounts(t.core);
    // Line by line: a received line needs its file; the list must match; a bad file refuses the whole return.
    expect(await f.suolang.invoke('evidenceRequest.recordReturn', { id: listed.id, returnedOn: today, lines: [{ received: true, file: null }], note: null })).toMatchObject({
      ok: false,
      error: { fields: { lines: '请逐项登记：通知列明3项证据材料', 'lines.0': '第1项“2026年3月至11月的工资支付台账”已收到的，请上传其扫描件或照片' } },
    });
    const refused = await f.suolang.invoke('evidenceRequest.recordReturn', {
      id: listed.id,
      returnedOn: today,
      lines: [{ received: true, file: scan(1) }, { received: true, file: { ...scan(2), contentBase64: b64(Buffer.from('not a scan')) } }, { received: false, file: null }],
      note: null,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('第2项“木工班组的考勤记录”') } });
    expect(businessCounts(t.core)).toEqual(before);

    const back = await f.suolang.call('evidenceRequest.recordReturn', {
      id: listed.id,
      returnedOn: today,
      lines: [{ received: true, file: scan(1) }, { received: false, file: null }, { received: true, file: scan(3) }],
      note: '考勤记录称已遗失',
    });
    expect(back.returned).toMatchObject({ on: today, note: '考勤记录称已遗失', lines: [{ received: true, evidenceSeq: 1 }, { received: false, evidenceId: null }, { received: true, evidenceSeq: 2 }] });
    const evidence = await f.suolang.call('evidence.list', { caseFileId: f.caseFileId });
    expect(evidence.items.map((i) => [i.seq, i.title, i.source, i.receivedDate])).toEqual([
      [1, '2026年3月至11月的工资支付台账', `日喀则市华建建筑工程有限公司按调取证据通知书（${doc.number}）第1项提供`, today],
      [2, '与劳务分包单位的合同', `日喀则市华建建筑工程有限公司按调取证据通知书（${doc.number}）第3项提供`, today],
    ]);
    expect(evidence.items.map((i) => i.id)).toEqual([back.returned!.lines[0]!.evidenceId, back.returned!.lines[2]!.evidenceId]);
    // Once only, in the service and the database.
    expect(await f.suolang.invoke('evidenceRequest.recordReturn', { id: listed.id, returnedOn: today, lines: [{ received: false, file: null }, { received: false, file: null }, { received: false, file: null }], note: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('该通知的回复已于') },
    });
    const db = t.core.services!.db;
    expect(() => db.prepare("UPDATE evidence_requests SET returned_on = '2020-01-01' WHERE id = ?").run(listed.id)).toThrow('调取证据通知书已发出，不能修改');
    expect(() => db.prepare("UPDATE evidence_requests SET items = '[]' WHERE id = ?").run(listed.id)).toThrow('调取证据通知书已发出，不能修改');
    expect(() => db.prepare('DELETE FROM evidence_requests WHERE id = ?').run(listed.id)).toThrow('调取证据通知书不能删除');

    // Another notice, its day passed without a return: overdue on the panel.
    await f.suolang.call('evidenceRequest.issue', notice(f.proceedingId, null, today, { addresseeName: '日喀则市建安劳务有限公司', items: ['木工班组人员名册'], dueDate: addDays(today, 1) }));
    t.clock.advance(3 * 86_400_000);
    const later = await signInAs(t.core, '索朗');
    const requests = (await later.call('evidenceRequest.list', { caseFileId: f.caseFileId })).requests;
    expect(requests[1]).toMatchObject({ addresseeName: '日喀则市建安劳务有限公司', dueDate: addDays(today, 1), overdue: true, returned: null });
    // The one answered is not overdue.
    expect(requests[0]!.overdue).toBe(false);
  });
});
