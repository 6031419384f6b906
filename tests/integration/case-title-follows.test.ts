// A case file's title follows its complainants (issue #11 §6.4): complainants added to the intake after the file was
// opened — the row corrected after the others were saved — change “扎西等7人” to “扎西等8人”, on the timeline and
// the audit trail.
import { describe, expect, it } from 'vitest';
import type { ComplainantInput, IntakeCreateInput } from '../../shared/contract';
import { instantOf } from '../../shared/domain/time';
import { testCore } from '../helpers/core';

const IDS = ['540202198503120019', '540221199007010025', '540233197802150031', '510104199205200041', '540202200101010052', '540225198808080163', '540202199509090273', '540236198303030493'];
const NAMES = ['扎西', '次仁', '格桑', '张伟', '达瓦', '尼玛', '旺堆', '索朗'];
const rows = (from: number, to: number): ComplainantInput[] => NAMES.slice(from, to).map((name, i) => ({ name, idType: 'residentId', idNumber: IDS[from + i] }));

function intake(overrides: Partial<IntakeCreateInput>): IntakeCreateInput {
  return {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: instantOf('2026-11-25', '09:30'),
    summary: '在华建公司工地务工，10月工资未付',
    workersCount: 7,
    parties: [{ newParty: { kind: 'organisation', name: '华建公司' }, role: 'employer' }],
    complainants: rows(0, 7),
    route: 'inspection',
    ...overrides,
  };
}

describe('the case title follows the complainants', () => {
  it('turns “7人” into “8人” when the eighth, corrected later, is added to the intake', async () => {
    const { core, client } = await testCore();
    const d = await client.call('intakes.create', intake({}));
    expect((await client.call('cases.get', { id: d.caseFileId! })).title).toBe('扎西等7人投诉华建公司');

    await client.call('intakes.addComplainants', { intakeId: d.id, rowVersion: d.rowVersion, complainants: rows(7, 8) });
    const file = await client.call('cases.get', { id: d.caseFileId! });
    expect(file.title).toBe('扎西等8人投诉华建公司');
    expect(file.proceedings[0].parties.filter((p) => p.role === 'complainant')).toHaveLength(8);
    expect(file.events.slice(-2).map((e) => [e.kind, e.summary])).toEqual([
      ['intake.complainantsAdded', '接待登记 2026-0001 补充投诉人 1 名'],
      ['caseFile.retitled', '案卷名称随投诉人变化改为“扎西等8人投诉华建公司”'],
    ]);
    expect((await client.call('cases.list', {})).items.map((c) => c.title)).toEqual(['扎西等8人投诉华建公司']);
    const audit = core.services!.db.prepare("SELECT change FROM audit_log WHERE entity = 'caseFile' AND action = 'update'").all() as { change: string }[];
    expect(audit.map((a) => JSON.parse(a.change))).toEqual([{ title: { from: '扎西等7人投诉华建公司', to: '扎西等8人投诉华建公司' } }]);
  });

  it('leaves a title that still holds: twelve counted, five named and a sixth added', async () => {
    const { client } = await testCore();
    const d = await client.call('intakes.create', intake({ workersCount: 12, complainants: rows(0, 5) }));
    await client.call('intakes.addComplainants', { intakeId: d.id, rowVersion: d.rowVersion, complainants: rows(5, 6) });
    const file = await client.call('cases.get', { id: d.caseFileId! });
    expect(file.title).toBe('扎西等12人投诉华建公司');
    expect(file.events.map((e) => e.kind)).not.toContain('caseFile.retitled');
  });

  it('makes the file collective when the added complainants bring the workers to ten, once (调解仲裁法 Art. 7)', async () => {
    const { client } = await testCore();
    const d = await client.call('intakes.create', intake({ workersCount: 8, complainants: rows(0, 8) }));
    expect((await client.call('cases.get', { id: d.caseFileId! })).collective).toBe(false);
    const more = (n: number): ComplainantInput[] => Array.from({ length: n }, (_, i) => ({ name: `工友${'甲乙丙丁'[i]}`, idType: 'none', idMissingReason: '未带证件' }));
    await client.call('intakes.addComplainants', { intakeId: d.id, rowVersion: d.rowVersion, complainants: more(2) });
    const file = await client.call('cases.get', { id: d.caseFileId! });
    expect(file.collective).toBe(true);
    expect(file.events.filter((e) => e.kind === 'caseFile.collective').map((e) => e.summary)).toEqual([
      '投诉人增至10人，按集体争议办理（《劳动争议调解仲裁法》第七条；《劳动人事争议仲裁办案规则》第五条、第六十二条）',
    ]);
    expect((await client.call('intakes.get', { id: d.id })).collective).toBe(true);
    const again = await client.call('intakes.get', { id: d.id });
    await client.call('intakes.addComplainants', { intakeId: d.id, rowVersion: again.rowVersion, complainants: more(1) });
    expect((await client.call('cases.get', { id: d.caseFileId! })).events.filter((e) => e.kind === 'caseFile.collective')).toHaveLength(1);
  });

  it('keeps a reporter out of the title when reporters are added (监察条例 Art. 9)', async () => {
    const { client } = await testCore();
    const d = await client.call('intakes.create', intake({ kind: 'report', workersCount: 1, complainants: rows(0, 1) }));
    await client.call('intakes.addComplainants', { intakeId: d.id, rowVersion: d.rowVersion, complainants: rows(1, 2) });
    expect((await client.call('cases.get', { id: d.caseFileId! })).title).toBe('举报华建公司');
  });
});
