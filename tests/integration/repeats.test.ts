// Repeat detection at the desk (issue #11 §6): open or recent matters with the same complainant ID or phone, the same
// employer or project are found before saving, each with why; a name alone is a weak hint; partial numbers find
// nothing; what comes back is masked; every check with a number is on the record and rate-limited; each lookup is an
// index search. Then the clerk's answers: attach the intake to that file, or link the new file to it.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { REPEAT_SQL } from '../../electron/core/followup/repeats.data';
import { NUMBER_SEARCHES_PER_MINUTE_UNMASKED } from '../../electron/core/personal/number-search';
import { instantOf } from '../../shared/domain/time';
import { ZHAXI_ID, ZHAXI_PHONE, zhaxiComplaint } from '../fixtures/zhaxi-complaint';
import { ADMIN, businessCounts, signInAs, testCore, type TestCore } from '../helpers/core';

const CODE = '91540202MA6T1X2K63';
const OTHER_ID = '540202199001010017';
const PROJECT = { name: '桑珠孜区安居小区三期', siteUnitId: null, siteAddress: '桑珠孜区青岛路12号' };

/** 扎西's complaint against a builder with a credit code, about a project: routed, so it has an open file. */
async function arrange(t: TestCore, over: Partial<ChannelInput<'intakes.create'>> = {}) {
  const employer = await t.client.call('parties.create', { kind: 'organisation', name: '日喀则市高原红建筑劳务有限公司', creditCode: CODE });
  const created = await t.client.call('intakes.create', zhaxiComplaint(employer.id, { project: PROJECT, ...over }));
  const first = await t.client.call('intakes.get', { id: created.id });
  return { employerId: employer.id, intakeId: created.id, caseFileId: first.caseFileId };
}

type Check = ChannelInput<'repeats.check'>;
const none: Check = { complainants: [], partyIds: [], creditCodes: [], project: null };
const person = (over: Partial<Check['complainants'][number]>): Check['complainants'][number] => ({ name: '', idType: 'residentId', idNumber: null, phones: [], ...over });

describe('repeat detection at intake', () => {
  it('finds the open file by ID number, phone, credit code, party and project, each with why', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const byId = await t.client.call('repeats.check', { ...none, complainants: [person({ idNumber: ZHAXI_ID })] });
    expect(byId.matches).toEqual([expect.objectContaining({ intakeId: a.intakeId, caseFileId: a.caseFileId, caseStatus: 'open', strong: true, reasons: [{ kind: 'idNumber', detail: '540202********0019（扎西）' }] })]);
    const byPhone = await t.client.call('repeats.check', { ...none, complainants: [person({ name: '扎西次仁', idType: 'none', phones: [ZHAXI_PHONE] })] });
    expect(byPhone.matches[0]!.reasons).toEqual([{ kind: 'phone', detail: '139****1200（扎西）' }]);
    const byCode = await t.client.call('repeats.check', { ...none, creditCodes: [CODE.toLowerCase()] });
    expect(byCode.matches[0]!.reasons).toEqual([{ kind: 'creditCode', detail: `${CODE}（日喀则市高原红建筑劳务有限公司）` }]);
    const byParty = await t.client.call('repeats.check', { ...none, partyIds: [a.employerId] });
    expect(byParty.matches[0]!.reasons).toEqual([{ kind: 'party', detail: '日喀则市高原红建筑劳务有限公司' }]);
    const byProject = await t.client.call('repeats.check', { ...none, project: { name: PROJECT.name, siteAddress: null } });
    expect(byProject.matches[0]!.reasons).toEqual([{ kind: 'project', detail: PROJECT.name }]);
    const byAddress = await t.client.call('repeats.check', { ...none, project: { name: '安居小区', siteAddress: PROJECT.siteAddress } });
    expect(byAddress.matches[0]!.reasons).toEqual([{ kind: 'projectAddress', detail: PROJECT.siteAddress }]);
    const projectId = (await t.client.call('intakes.get', { id: a.intakeId })).project!.id;
    expect((await t.client.call('repeats.check', { ...none, project: { id: projectId } })).matches).toHaveLength(1);
  });

  it('shows a name alone only as a weak hint, after the strong matches', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const r = await t.client.call('repeats.check', { ...none, complainants: [person({ name: '扎西', idNumber: OTHER_ID })] });
    expect(r.matches).toEqual([expect.objectContaining({ intakeId: a.intakeId, strong: false, reasons: [{ kind: 'name', detail: '扎西' }] })]);
    // Found by the number as well, it is a strong match, without the name beside it.
    const both = await t.client.call('repeats.check', { ...none, complainants: [person({ name: '扎西', idNumber: ZHAXI_ID })] });
    expect(both.matches).toEqual([expect.objectContaining({ strong: true, reasons: [{ kind: 'idNumber', detail: '540202********0019（扎西）' }] })]);
  });

  it('matches nothing on a partial or invalid number, and does not record it as a number search', async () => {
    const t = await testCore();
    await arrange(t);
    const db = t.core.services!.db;
    const searches = () => (db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'searchByNumber'").get() as { n: number }).n;
    const before = searches();
    for (const c of [
      person({ idNumber: ZHAXI_ID.slice(0, 16) }),
      person({ idNumber: `${ZHAXI_ID.slice(0, 17)}5` }),
      person({ idType: 'none', phones: [ZHAXI_PHONE.slice(0, 10)] }),
      person({ idType: 'none', phones: ['8821200'] }),
    ]) {
      const r = await t.client.call('repeats.check', { ...none, complainants: [c] });
      expect(r).toMatchObject({ matches: [], numbersChecked: 0 });
    }
    expect((await t.client.call('repeats.check', { ...none, creditCodes: [CODE.slice(0, 17)] })).matches).toEqual([]);
    expect(searches()).toBe(before);
  });

  it('returns numbers masked, puts each check on the record masked, and stops a series like any number search', async () => {
    const t = await testCore();
    await arrange(t);
    const r = await t.client.call('repeats.check', { ...none, complainants: [person({ idNumber: ZHAXI_ID, phones: [ZHAXI_PHONE] })] });
    expect(r.matches).toHaveLength(1);
    const text = JSON.stringify(r);
    expect(text).not.toContain(ZHAXI_ID);
    expect(text).not.toContain(ZHAXI_PHONE);
    const db = t.core.services!.db;
    const rows = db.prepare("SELECT change FROM audit_log WHERE action = 'searchByNumber'").all() as { change: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.change).not.toContain(ZHAXI_ID);
    expect(JSON.parse(rows[0]!.change)).toMatchObject({ kinds: ['idNumber', 'phone'], maskedQuery: '540202********0019 139****1200' });
    for (let i = 1; i < NUMBER_SEARCHES_PER_MINUTE_UNMASKED; i++) await t.client.call('repeats.check', { ...none, complainants: [person({ idNumber: ZHAXI_ID })] });
    const refused = await t.client.invoke('repeats.check', { ...none, complainants: [person({ idNumber: ZHAXI_ID })] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('检索过于频繁') } });
  });

  it('keeps an open file however old, and a matter without a file only within the recent period (a setting)', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const loose = await t.client.call('intakes.create', zhaxiComplaint(a.employerId, { route: null, complainants: [{ name: '次仁', idType: 'residentId', idNumber: OTHER_ID }] }));
    const check: Check = { ...none, partyIds: [a.employerId] };
    expect((await t.client.call('repeats.check', check)).matches.map((m) => m.intakeId).sort()).toEqual([a.intakeId, loose.id].sort());
    t.clock.advance(200 * 86_400_000);
    const desk = await signInAs(t.core, '次仁卓玛');
    const later = await desk.call('repeats.check', check);
    expect(later.recentDays).toBe(180);
    expect(later.matches.map((m) => m.intakeId)).toEqual([a.intakeId]);
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    await admin.call('parameters.set', { key: 'intake.repeatRecentDays', region: '540200', value: 365, effectiveFrom: '2026-01-01', source: '本局接待规程', confidence: 'local' });
    expect((await desk.call('repeats.check', check)).matches).toHaveLength(2);
  });

  it('looks each value up through an index, never a scan', async () => {
    const t = await testCore();
    const db = t.core.services!.db;
    for (const [name, sql] of Object.entries(REPEAT_SQL)) {
      const params = name === 'intake' ? ['x'] : ['x', 'unit-540200', '2026-06-01'];
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail);
      expect(plan.filter((d) => d.startsWith('SCAN') && !d.includes('USING')), `${name}: ${plan.join(' | ')}`).toEqual([]);
      expect(plan.every((d) => /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY|USING PRIMARY KEY/.test(d)), `${name}: ${plan.join(' | ')}`).toBe(true);
    }
  });
});

describe('the desk’s answer to a repeat', () => {
  it('attaches the intake to the open file: its new complainant joins the proceeding, on the timeline', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const second = await t.client.call(
      'intakes.create',
      zhaxiComplaint(a.employerId, {
        receivedAt: instantOf('2026-11-25', '09:50'),
        workersCount: 2,
        complainants: [
          { name: '扎西', idType: 'residentId', idNumber: ZHAXI_ID },
          { name: '次仁', idType: 'residentId', idNumber: OTHER_ID },
        ],
        repeat: { caseFileId: a.caseFileId!, action: 'attach' },
        notice: '已告知并入原案卷办理',
      }),
    );
    const detail = await t.client.call('intakes.get', { id: second.id });
    expect(detail).toMatchObject({ caseFileId: a.caseFileId, status: 'routed' });
    const db = t.core.services!.db;
    expect((db.prepare('SELECT count(*) AS n FROM case_files').get() as { n: number }).n).toBe(1);
    const standing = db.prepare("SELECT pe.name FROM proceeding_parties pp JOIN persons pe ON pe.id = pp.person_id JOIN proceedings p ON p.id = pp.proceeding_id WHERE p.case_file_id = ? AND pp.role = 'complainant' ORDER BY pp.sort_order").all(a.caseFileId) as { name: string }[];
    expect(standing.map((s) => s.name)).toEqual(['扎西', '次仁']);
    const file = await t.client.call('cases.get', { id: a.caseFileId! });
    expect(file.events.map((e) => e.summary)).toContain(`接待登记 ${detail.regNoText} 为重复投诉，并入本案卷，新增投诉人 1 名`);
    expect(db.prepare("SELECT entity_id FROM audit_log WHERE action = 'attachIntake'").all()).toEqual([{ entity_id: a.caseFileId }]);
  });

  it('refuses to attach to a file that is not there, and changes nothing', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const counts = businessCounts(t.core);
    const r = await t.client.invoke('intakes.create', zhaxiComplaint(a.employerId, { repeat: { caseFileId: 'no-such-file', action: 'attach' } }));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'repeat.caseFileId': '要并入的案卷不存在' } } });
    expect(businessCounts(t.core)).toEqual(counts);
    const consult = await t.client.invoke('intakes.create', zhaxiComplaint(a.employerId, { kind: 'consultation', route: null, repeat: { caseFileId: a.caseFileId!, action: 'attach' } }));
    expect(consult).toMatchObject({ ok: false, error: { fields: { repeat: '咨询不并入案卷；需要办理的，请将类型改为投诉或举报' } } });
  });

  it('links the new file to the one it repeats, shown on both; a link needs a new file', async () => {
    const t = await testCore();
    const a = await arrange(t);
    const noFile = await t.client.invoke('intakes.create', zhaxiComplaint(a.employerId, { route: null, repeat: { caseFileId: a.caseFileId!, action: 'link' } }));
    expect(noFile).toMatchObject({ ok: false, error: { fields: { repeat: '关联案卷须同时转办立卷；请选择转办部门，或选择“并入该案卷”' } } });
    const second = await t.client.call('intakes.create', zhaxiComplaint(a.employerId, { route: 'arbitration', repeat: { caseFileId: a.caseFileId!, action: 'link' } }));
    const newFile = (await t.client.call('intakes.get', { id: second.id })).caseFileId!;
    expect(newFile).not.toBe(a.caseFileId);
    const leader = await signInAs(t.core, '李强');
    const one = await leader.call('followup.get', { caseFileId: a.caseFileId!, intakeId: null });
    const two = await leader.call('followup.get', { caseFileId: newFile, intakeId: null });
    expect(one.links.map((l) => l.caseFileId)).toEqual([newFile]);
    expect(two.links.map((l) => l.caseFileId)).toEqual([a.caseFileId]);
    expect(two.links[0]!.reason).toMatch(/登记时发现的重复或相关投诉/);
    const events = (await leader.call('cases.get', { id: a.caseFileId! })).events.map((e) => e.summary);
    expect(events.some((s) => s.includes('其新立案卷与本案卷关联'))).toBe(true);
  });
});
