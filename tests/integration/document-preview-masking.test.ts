// The screen preview of a document is masked like the lists (security review, issue #10 item 2): ID numbers and
// phones show as 540202********0019 and 139****1200 unless someone who may unmask gives a reason, which goes on the
// audit trail as personal.reveal's does. The issued document itself keeps the full numbers the law requires.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/contract/documents';
import { instantOf } from '../../shared/domain/time';
import { arbitrationCase } from '../fixtures/arbitration-case';
import { businessCounts, testCore, type TestCore } from '../helpers/core';

const ZHAXI_ID = '540202198503120019';
const ZHAXI_PHONE = '13908921200';
const BOSS_ID = '620102198701010384';

async function withIntake(t: TestCore) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市雪域建筑工程有限公司', creditCode: '91540202MA6T1X2K63' });
  const boss = await t.client.call('parties.create', { kind: 'individual', name: '王德发', idNumber: BOSS_ID, phone: '13989025566' });
  return t.client.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-25', '09:30'),
    // A number typed into free text is masked in the preview too.
    summary: '包工头王德发（电话13989025566）拖欠8月至10月工资',
    workersCount: 1,
    amountClaimedFen: 1_280_000,
    parties: [
      { partyId: employer.id, role: 'employer' },
      { partyId: boss.id, role: 'laborTeam' },
    ],
    complainants: [{ name: '扎西', idType: 'residentId', idNumber: ZHAXI_ID, phones: [ZHAXI_PHONE] }],
    route: 'inspection',
  });
}

/** The text a reader sees: each paragraph, cell and note as one string (a writer may split a number into runs). */
function textOf(models: DocumentModel[]): string {
  const runs = (rs: { text: string }[]) => rs.map((r) => r.text).join('');
  return models
    .flatMap((m) => [
      m.addressee ?? '',
      ...m.body.flatMap((b) =>
        b.type === 'paragraph' ? [runs(b.runs)] : b.type === 'heading' ? [b.text] : b.type === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => runs(c.runs))) : [],
      ),
      ...m.notes.map(runs),
    ])
    .join('\n');
}

describe('documents.preview', () => {
  it('masks ID numbers and phones by default, and writes nothing', async () => {
    const t = await testCore();
    const intake = await withIntake(t);
    const before = businessCounts(t.core);
    const text = textOf(await t.client.call('documents.preview', { request: { kind: 'intakeRecord', intakeId: intake.id }, revealReason: null }));
    for (const full of [ZHAXI_ID, ZHAXI_PHONE, BOSS_ID, '13989025566']) expect(text).not.toContain(full);
    expect(text).toContain('540202********0019');
    expect(text).toContain('139****1200');
    expect(text).toContain('620102********0384');
    expect(text).toContain('扎西');
    expect(businessCounts(t.core)).toEqual(before);
  });

  it('masks the numbers an arbitration document carries in its request, and shows them with a reason', async () => {
    const t = await testCore();
    const applicant = arbitrationCase.applicants[0];
    const text = textOf(await t.client.call('documents.preview', { request: { kind: 'award', case: arbitrationCase }, revealReason: null }));
    expect(applicant.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(text).not.toContain(applicant.idNumber!);
    expect(text).toContain(`${applicant.idNumber!.slice(0, 6)}********${applicant.idNumber!.slice(-4)}`);
    expect(text).toContain('申请人');
    // With a reason, the award's preview shows the numbers the paper will print, and the view is on the record.
    const full = textOf(await t.client.call('documents.preview', { request: { kind: 'award', case: arbitrationCase }, revealReason: '核对裁决书当事人信息' }));
    expect(full).toContain(applicant.idNumber!);
    const row = t.core.services!.db.prepare("SELECT entity, change FROM audit_log WHERE action = 'unmask'").get() as { entity: string; change: string };
    expect(row.entity).toBe('document');
    expect(JSON.parse(row.change)).toMatchObject({ reason: '核对裁决书当事人信息', fields: ['idNumber', 'phones'], kind: 'award' });
  });

  it('shows the full numbers to someone who may unmask, with a reason, on the record as an unmasking', async () => {
    const t = await testCore();
    const intake = await withIntake(t);
    const request = { kind: 'intakeRecord' as const, intakeId: intake.id };
    const before = businessCounts(t.core);
    expect(await t.client.invoke('documents.preview', { request, revealReason: '看看' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { revealReason: expect.stringContaining('至少4个字') } },
    });
    expect(businessCounts(t.core)).toEqual(before);
    const text = textOf(await t.client.call('documents.preview', { request, revealReason: '核对登记表上的证件号码' }));
    expect(text).toContain(ZHAXI_ID);
    expect(text).toContain(ZHAXI_PHONE);
    expect(text).toContain(BOSS_ID);
    const rows = t.core.services!.db.prepare("SELECT channel, entity, entity_id, change FROM audit_log WHERE action = 'unmask' ORDER BY seq").all() as Record<string, string>[];
    const boss = (await t.client.call('intakes.get', { id: intake.id })).parties.find((p) => p.party.name === '王德发')!.party;
    expect(rows.map((r) => [r.channel, r.entity, r.entity_id, JSON.parse(r.change).reason])).toEqual([
      ['documents.preview', 'person', intake.complainants[0].personId, '核对登记表上的证件号码'],
      ['documents.preview', 'party', boss.id, '核对登记表上的证件号码'],
    ]);
    expect(rows.map((r) => r.change).join()).not.toContain(ZHAXI_ID);
  });

  it('keeps the full numbers in the issued document itself', async () => {
    const t = await testCore();
    const intake = await withIntake(t);
    const [doc] = await t.client.call('documents.generate', { request: { kind: 'intakeRecord', intakeId: intake.id }, caseFileId: null });
    expect(JSON.stringify(await t.client.call('documents.model', { versionId: doc.versions[0].id }))).toContain(ZHAXI_ID);
  });
});
