// What a complaint must state (若干规定; DOMAIN.md §1.1) and what the routing rules need (监察条例 Arts. 20, 21):
// the complainant's 住所, 职业 and 工作单位 as stated at this intake, the date the violation ended, and whether the
// matter is already before mediation, arbitration or a court. Saved, read back, audited; bad input changes nothing;
// a matter the rules would take from inspection is still recorded (the desk records, the inspector decides).
import { describe, expect, it } from 'vitest';
import type { ComplainantInput, IntakeCreateInput } from '../../shared/contract';
import { instantOf } from '../../shared/domain/time';
import type { Core } from '../../electron/core/index';
import { businessCounts, establishStaff, signInAs, testCore, type Client } from '../helpers/core';

const ZHAXI: ComplainantInput = {
  name: '扎西',
  idType: 'residentId',
  idNumber: '540202198503120019',
  phones: ['13908921200'],
  address: '西藏日喀则市南木林县艾玛乡岗堆村3组',
  occupation: '钢筋工',
  workplace: '日喀则市华建建筑工程有限公司',
};
const CIREN: ComplainantInput = { name: '次仁', idType: 'residentId', idNumber: '540221199007010025', phones: ['13908921201'] };

async function setting() {
  const t = await testCore();
  const party = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const intake = (over: Partial<IntakeCreateInput> = {}): IntakeCreateInput => ({
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-25', '09:30'),
    summary: '在华建公司工地务工，9月至10月工资未付',
    workersCount: 2,
    parties: [{ partyId: party.id, role: 'employer' }],
    complainants: [ZHAXI, CIREN],
    route: 'inspection',
    violationEndDate: '2026-10-31',
    pendingElsewhere: 'none',
    ...over,
  });
  return { ...t, party, intake };
}

const auditChange = (t: { core: Core }, action: string) =>
  (t.core.services!.db.prepare("SELECT change FROM audit_log WHERE entity = 'intake' AND action = ? ORDER BY seq").all(action) as { change: string }[]).map((r) => JSON.parse(r.change));

describe('the complaint’s contents', () => {
  it('saves what each complainant stated and the intake’s dates, and gives them back', async () => {
    const t = await setting();
    const made = await t.client.call('intakes.create', t.intake());
    expect(made).toMatchObject({ violationEndDate: '2026-10-31', pendingElsewhere: 'none' });
    expect(made.complainants[0]).toMatchObject({ address: ZHAXI.address, occupation: '钢筋工', workplace: ZHAXI.workplace });
    expect(made.complainants[1]).toMatchObject({ address: null, occupation: null, workplace: null });
    const read = await t.client.call('intakes.get', { id: made.id });
    expect(read).toStrictEqual(made);
  });

  it('keeps them with this intake: the same person may state another address and workplace at a later visit', async () => {
    const t = await setting();
    const first = await t.client.call('intakes.create', t.intake({ complainants: [ZHAXI], workersCount: 1 }));
    const moved = { ...ZHAXI, address: '西藏日喀则市桑珠孜区城北街道', workplace: '西藏晨曦路桥工程有限公司', occupation: null };
    const second = await t.client.call('intakes.create', t.intake({ complainants: [moved], workersCount: 1 }));
    expect(second.complainants[0].personId).toBe(first.complainants[0].personId);
    expect((await t.client.call('intakes.get', { id: first.id })).complainants[0]).toMatchObject({ address: ZHAXI.address, workplace: ZHAXI.workplace, occupation: '钢筋工' });
    expect(second.complainants[0]).toMatchObject({ address: moved.address, workplace: moved.workplace, occupation: null });
  });

  it('leaves them empty when not asked: null, never a made-up value', async () => {
    const t = await setting();
    const made = await t.client.call('intakes.create', t.intake({ violationEndDate: undefined, pendingElsewhere: undefined, complainants: [CIREN], workersCount: 1 }));
    expect(made).toMatchObject({ violationEndDate: null, pendingElsewhere: null });
    expect(made.complainants[0]).toMatchObject({ address: null, occupation: null, workplace: null });
  });

  it('carries them on the audit trail, and on complainants added later', async () => {
    const t = await setting();
    const made = await t.client.call('intakes.create', t.intake({ complainants: [CIREN], workersCount: 2 }));
    const later = await t.client.call('intakes.addComplainants', { intakeId: made.id, rowVersion: made.rowVersion, complainants: [ZHAXI] });
    expect(later.complainants[1]).toMatchObject({ name: '扎西', address: ZHAXI.address, occupation: '钢筋工', workplace: ZHAXI.workplace });
    const [created] = auditChange(t, 'create');
    expect(created).toMatchObject({ violationEndDate: '2026-10-31', pendingElsewhere: 'none' });
    // A create row leaves out what was empty (audit format 2): 次仁 gave no address, occupation or workplace.
    expect(created.complainants[0]).not.toHaveProperty('address');
    expect(created.complainants[0]).not.toHaveProperty('occupation');
    expect(created.complainants[0]).not.toHaveProperty('workplace');
    const [added] = auditChange(t, 'addComplainants');
    expect(added.rows).toEqual([{ isRepresentative: false, amountClaimedFen: null, note: null, address: ZHAXI.address, occupation: '钢筋工', workplace: ZHAXI.workplace }]);
  });

  it('records a matter past the two-year cut-off or already before arbitration, sent to inspection: advice is not a refusal', async () => {
    const t = await setting();
    const late = await t.client.call('intakes.create', t.intake({ violationEndDate: '2023-06-30', pendingElsewhere: 'arbitration' }));
    expect(late).toMatchObject({ status: 'routed', route: 'inspection', violationEndDate: '2023-06-30', pendingElsewhere: 'arbitration' });
    expect(late.caseFileId).not.toBeNull();
  });

  it('withholds a hidden reporter’s address, occupation and workplace with the rest of their identity (监察条例 Art. 9)', async () => {
    const t = await setting();
    const report = await t.client.call('intakes.create', t.intake({ kind: 'report', complainants: [ZHAXI], workersCount: 8 }));
    expect(report.complainants[0].workplace).toBe(ZHAXI.workplace);
    await establishStaff(t.core, t.admin, { name: '央金', departmentId: 'dept-540200-arbitration', roles: ['clerk'] });
    await establishStaff(t.core, t.admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
    const clerk = await signInAs(t.core, '央金');
    const seen = JSON.stringify(await clerk.call('intakes.get', { id: report.id }));
    const auditor = await signInAs(t.core, '白玛央宗');
    const trail = JSON.stringify(await auditor.call('audit.list', { limit: 100 }));
    for (const text of [seen, trail]) {
      expect(text).not.toContain('岗堆村');
      expect(text).not.toContain('钢筋工');
    }
    expect(seen).toContain('"violationEndDate":"2026-10-31"');
  });
});

describe('bad contents are refused with a Chinese message at the field and write nothing', () => {
  const long = (n: number) => '藏'.repeat(n);
  const cases: [string, Partial<IntakeCreateInput>, string, RegExp][] = [
    ['an end date after the visit', { violationEndDate: '2026-11-26' }, 'violationEndDate', /^违法行为终止日期不能晚于接待日期$/],
    ['an end date that is no date', { violationEndDate: '2026-02-30' }, 'violationEndDate', /违法行为终止日期应为有效日期/],
    ['an end date typed the wrong way', { violationEndDate: '2026/10/31' }, 'violationEndDate', /违法行为终止日期应为有效日期/],
    ['another proceeding not on the list', { pendingElsewhere: 'petition' as never }, 'pendingElsewhere', /^请选择是否已申请调解、仲裁或者起诉$/],
    ['an address too long', { complainants: [{ ...ZHAXI, address: long(201) }], workersCount: 1 }, 'complainants.0.address', /^住所不能超过200个字$/],
    ['an occupation too long', { complainants: [CIREN, { ...ZHAXI, occupation: long(41) }] }, 'complainants.1.occupation', /^职业不能超过40个字$/],
    ['a workplace too long', { complainants: [{ ...ZHAXI, workplace: long(121) }], workersCount: 1 }, 'complainants.0.workplace', /^工作单位不能超过120个字$/],
  ];

  it.each(cases)('%s', async (_label, over, field, message) => {
    const t = await setting();
    const before = businessCounts(t.core);
    const r = await t.client.invoke('intakes.create', t.intake(over));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.fields?.[field]).toMatch(message);
    expect(businessCounts(t.core)).toEqual(before);
  });

  it('accepts an end date on the day of the visit, and text at the limit', async () => {
    const t = await setting();
    const ok = await t.client.call('intakes.create', t.intake({ violationEndDate: '2026-11-25', complainants: [{ ...ZHAXI, address: long(200), occupation: long(40), workplace: long(120) }], workersCount: 1 }));
    expect(ok.complainants[0].address).toHaveLength(200);
  });

  it('refuses a bad row added later without touching the intake', async () => {
    const t = await setting();
    const made = await t.client.call('intakes.create', t.intake({ complainants: [CIREN] }));
    const before = businessCounts(t.core);
    const r = await (t.client as Client).invoke('intakes.addComplainants', { intakeId: made.id, rowVersion: made.rowVersion, complainants: [{ ...ZHAXI, address: long(201) }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'complainants.0.address': '住所不能超过200个字' } } });
    expect(businessCounts(t.core)).toEqual(before);
  });
});
