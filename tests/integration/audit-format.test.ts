// The audit trail stores what changed (format 2 and on, db/audit-chain.ts): an update's row holds only the changed fields
// with their values before and after, a create's row the record once; the auditor still reads who did what, when,
// and the values before and after — masked — and the chain verifies.
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/audit-chain';
import { zhaxiComplaint, ZHAXI_ID, ZHAXI_PHONE } from '../fixtures/zhaxi-complaint';
import { demoCore, establishStaff, signInAs, testCore } from '../helpers/core';

type Row = { action: string; entity: string; entity_id: string | null; change: string; prev_hash: string; format: number; actor_staff_id: string | null };

describe('audit rows that store what changed', () => {
  it('keeps only the changed fields of an update, and the auditor reads them with who and when', async () => {
    const t = await testCore();
    const unit = (await t.admin.call('units.list', {})).find((u) => u.departments.some((d) => d.id === 'dept-540200-inspection'))!;
    const dept = unit.departments.find((d) => d.id === 'dept-540200-inspection')!;
    t.clock.advance(60_000);
    await t.admin.call('departments.save', { id: dept.id, rowVersion: dept.rowVersion, unitId: unit.id, name: '监察执法科', capability: dept.capability, active: true });
    const db = t.core.services!.db;
    const row = db.prepare("SELECT * FROM audit_log WHERE entity = 'department' AND action = 'update' ORDER BY seq DESC").get() as Row;
    expect(row).toMatchObject({ format: 5, prev_hash: '', entity_id: dept.id, actor_staff_id: t.staff['普布次仁'] });
    expect(JSON.parse(row.change)).toEqual({ unitId: unit.id, changed: { name: { from: dept.name, to: '监察执法科' } } });
    // Nothing unchanged is repeated: not the capability, not the flag, not a whole record before and after.
    expect(row.change).not.toContain(dept.capability);
    expect(row.change).not.toMatch(/"before"|"after"|"active"/);

    await establishStaff(t.core, t.admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
    const auditor = await signInAs(t.core, '白玛央宗');
    const entry = (await auditor.call('audit.list', { filter: { entity: 'department' }, limit: 10 })).items.find((e) => e.action === 'update')!;
    expect(entry).toMatchObject({ actor: { name: '普布次仁' }, actionLabel: '修改', entityId: dept.id, at: t.clock.now() });
    expect(JSON.parse(entry.change)).toEqual({ unitId: unit.id, changed: { name: { from: dept.name, to: '监察执法科' } } });
    expect((await auditor.call('audit.verify', {})).intact).toBe(true);
  });

  it('writes an intake’s records once: a new person with the phones in one row, no empty fields, IDs masked for the auditor', async () => {
    const t = await testCore();
    const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则某建筑工程有限公司' });
    const made = await t.client.call('intakes.create', zhaxiComplaint(employer.id));
    const db = t.core.services!.db;
    const rows = db.prepare("SELECT * FROM audit_log WHERE channel = 'intakes.create' ORDER BY seq").all() as Row[];
    expect(rows.every((r) => r.format === 5 && r.prev_hash === '')).toBe(true);
    expect(rows.map((r) => `${r.action} ${r.entity}`)).not.toContain('addPhones person');
    const person = rows.find((r) => r.entity === 'person')!;
    expect(JSON.parse(person.change)).toEqual({ name: '扎西', idType: 'residentId', idNumber: ZHAXI_ID, phones: [ZHAXI_PHONE], preferredLanguage: 'zh' });
    const intake = rows.find((r) => r.entity === 'intake' && r.action === 'create')!;
    expect(intake.entity_id).toBe(made.id);
    expect(intake.change).not.toContain('null');
    expect(JSON.parse(intake.change)).toMatchObject({ kind: 'complaint', summary: '工地工资未付', workersCount: 1, complainants: [{ personId: person.entity_id }] });
    // A second visit adds a phone to the person on file: that is its own row.
    await t.client.call('intakes.create', zhaxiComplaint(employer.id, { complainants: [{ name: '扎西', idType: 'residentId', idNumber: ZHAXI_ID, phones: ['13908921299'] }] }));
    const added = db.prepare("SELECT change FROM audit_log WHERE action = 'addPhones'").all() as { change: string }[];
    expect(added.map((r) => JSON.parse(r.change))).toEqual([{ phones: ['13908921299'] }]);

    await establishStaff(t.core, t.admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
    const auditor = await signInAs(t.core, '白玛央宗');
    const text = JSON.stringify(await auditor.call('audit.list', { filter: { entity: 'person' }, limit: 10 }));
    expect(text).not.toContain(ZHAXI_ID);
    expect(text).not.toContain(ZHAXI_PHONE);
    expect(verifyAuditChain(db).intact).toBe(true);

  });

  it('stores the change packed (format 5), read back as its text — a proceeding’s rows, which statistics read by SQL in bulk, as text', async () => {
    const t = await demoCore();
    const db = t.core.services!.db;
    const stored = db
      .prepare('SELECT r.entity, typeof(r.change) AS form, length(CAST(r.change AS BLOB)) AS bytes, length(CAST(l.change AS BLOB)) AS textBytes FROM audit_rows r JOIN audit_log l ON l.seq = r.seq WHERE r.format = 5')
      .all() as { entity: string; form: string; bytes: number; textBytes: number }[];
    for (const r of stored) expect(`${r.entity} ${r.form}`).toBe(`${r.entity} ${r.entity === 'proceeding' ? 'text' : 'blob'}`);
    const bytes = (entity: string) => stored.filter((r) => (entity === 'proceeding') === (r.entity === 'proceeding')).reduce((a, r) => [a[0] + r.bytes, a[1] + r.textBytes], [0, 0]);
    const [proceedingStored, proceedingText] = bytes('proceeding');
    const [otherStored, otherText] = bytes('other');
    expect(proceedingText).toBeGreaterThan(0);
    expect(proceedingStored).toBe(proceedingText);
    // The demo's own trail: well under three quarters of its text (a desk's intake: 0.44).
    expect(otherStored).toBeLessThan(otherText * 0.75);
    expect(verifyAuditChain(db).intact).toBe(true);
  });
});
