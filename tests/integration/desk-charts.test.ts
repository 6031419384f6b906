// The leader's desk in figures, on a known fixture (TEST_NOW Wednesday 2026-11-25): open files by stage, counts by
// department, complaints per week — and each count equals the length of the filtered list it links to.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { signInAs, testCore, type TestCore } from '../helpers/core';
import { caseListStatement } from '../../electron/core/cases/cases.service';
import { requireInstallation } from '../../electron/core/kernel/installation';

const INSPECTION = 'dept-540200-inspection';
const ARBITRATION = 'dept-540200-arbitration';

async function fixture(t: TestCore) {
  const desk = await signInAs(t.core, '次仁卓玛');
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const intake = (day: string, route: 'inspection' | 'arbitration' | 'answered', kind: 'complaint' | 'consultation' = 'complaint') =>
    desk.call('intakes.create', {
      kind,
      channel: 'walkIn',
      receivedAt: instantOf(day, '09:30'),
      summary: route === 'answered' ? '咨询工资支付' : '拖欠工资',
      workersCount: 1,
      parties: [{ partyId: employer.id, role: 'employer' }],
      complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
      route,
      ...(route === 'answered' ? { answer: '已当场解答' } : {}),
    });
  // Inspection: received today (due 12-02: neither), 11-20 (due 11-27: within 3 working days), 11-13 (due 11-20: overdue).
  await intake('2026-11-25', 'inspection');
  await intake('2026-11-20', 'inspection');
  await intake('2026-11-13', 'inspection');
  // Arbitration: received today (due 12-02).
  await intake('2026-11-25', 'arbitration');
  // A consultation is not a complaint and opens no file.
  await intake('2026-11-24', 'answered', 'consultation');
}

describe('the leader’s desk figures', () => {
  it('counts open files by stage, by department and complaints per week, exactly', async () => {
    const t = await testCore();
    await fixture(t);
    const leader = await signInAs(t.core, '李强');
    const c = await leader.call('desk.charts', {});
    expect(c.today).toBe('2026-11-25');
    expect(c.departments).toEqual([
      { id: INSPECTION, name: '劳动保障监察支队', openFiles: 3, dueSoon: 1, overdue: 1 },
      { id: ARBITRATION, name: '劳动人事争议仲裁院', openFiles: 1, dueSoon: 0, overdue: 0 },
    ]);
    expect(c.stages.map((s) => [s.kind, s.status, s.files])).toEqual([
      ['inspection', 'received', 3],
      ['arbitration', 'received', 1],
    ]);
    expect(c.stages[0]!.label).toMatch(/^劳动保障监察案件 · /);
    expect(c.weeks).toHaveLength(12);
    expect(c.weeks[0]).toEqual({ from: '2026-09-07', to: '2026-09-13', complaints: 0 });
    expect(c.weeks.slice(-3)).toEqual([
      { from: '2026-11-09', to: '2026-11-15', complaints: 1 },
      { from: '2026-11-16', to: '2026-11-22', complaints: 1 },
      { from: '2026-11-23', to: '2026-11-29', complaints: 2 },
    ]);
  });

  it('each count is the length of the list it links to: cases by department and stage, duties by department and due state', async () => {
    const t = await testCore();
    await fixture(t);
    const leader = await signInAs(t.core, '李强');
    const cases = (filter: object) => leader.call('cases.list', { search: '', filter: { status: 'open', ...filter } as never, limit: 50 });
    expect((await cases({ departmentId: INSPECTION })).items).toHaveLength(3);
    expect((await cases({ departmentId: ARBITRATION })).items).toHaveLength(1);
    expect((await cases({ proceedingKind: 'inspection', proceedingStatus: 'received' })).items).toHaveLength(3);
    expect((await cases({ proceedingKind: 'arbitration', proceedingStatus: 'received' })).items).toHaveLength(1);
    expect((await cases({ proceedingKind: 'inspection', proceedingStatus: 'accepted' })).items).toHaveLength(0);
    // The same files, in the same order, whether the page starts from the state's proceedings (a rare state) or walks
    // the unit's files in list order (a frequent one: cases.service.ts STATE_DRIVE_MAX).
    const core = t.core.services!;
    const unit = requireInstallation(core).unitId;
    for (const proceedingStatus of ['received', 'accepted']) {
      const f = { status: 'open', collective: null, urgent: null, leaderStaffId: null, proceedingKind: 'inspection', proceedingStatus, departmentId: null } as never;
      const ids = (driveMax?: number) => {
        const st = caseListStatement(core, unit, f, null, null, 51, driveMax);
        return (core.prepare(st.sql).all(...(st.params as never[])) as { id: string }[]).map((r) => r.id);
      };
      expect(ids()).toEqual(ids(-1));
    }
    expect(caseListStatement(core, unit, { status: null, collective: null, urgent: null, leaderStaffId: null, proceedingKind: 'inspection', proceedingStatus: 'received', departmentId: null } as never, null, null, 51).sql).toContain('CROSS JOIN case_files');

    const duties = (dueState: 'overdue' | 'dueSoon' | 'open', departmentId: string) => leader.call('deadlines.list', { dueState, scope: 'unit', departmentId, cursor: null, limit: 50 });
    expect((await duties('overdue', INSPECTION)).items.map((d) => d.dueDate)).toEqual(['2026-11-20']);
    expect((await duties('dueSoon', INSPECTION)).items.map((d) => d.dueDate)).toEqual(['2026-11-27']);
    expect((await duties('overdue', ARBITRATION)).items).toEqual([]);
    const arbitration = (await duties('open', ARBITRATION)).items;
    expect(arbitration.length).toBeGreaterThan(0);
    expect(arbitration.every((d) => d.proceedingKind === 'arbitration')).toBe(true);
    const inspection = (await duties('open', INSPECTION)).items;
    expect(inspection.every((d) => d.proceedingKind !== 'arbitration')).toBe(true);

    // Keyset paging holds under the filter: one by one, every inspection duty, none twice.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await leader.call('deadlines.list', { dueState: 'open', scope: 'unit', departmentId: INSPECTION, cursor, limit: 1 });
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(inspection.length);
    expect(new Set(seen)).toEqual(new Set(inspection.map((d) => d.id)));
    const first = await leader.call('cases.list', { search: '', filter: { status: 'open', departmentId: INSPECTION } as never, limit: 2 });
    const second = await leader.call('cases.list', { search: '', filter: { status: 'open', departmentId: INSPECTION } as never, limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((c) => c.id).sort()).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses a stage of another kind and an unknown department with a Chinese message', async () => {
    const t = await testCore();
    const leader = await signInAs(t.core, '李强');
    const stage = await leader.invoke('cases.list', { search: '', filter: { proceedingKind: 'inspection', proceedingStatus: 'supplementRequested' } as never, limit: 10 });
    expect(stage).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'filter.proceedingStatus': '“劳动保障监察案件”没有这个阶段' } } });
    const noKind = await leader.invoke('cases.list', { search: '', filter: { proceedingStatus: 'received' } as never, limit: 10 });
    expect(noKind).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'filter.proceedingStatus': '请先选择程序类型' } } });
    const dept = await leader.invoke('deadlines.list', { dueState: 'open', scope: 'unit', departmentId: 'dept-999999-nowhere', cursor: null, limit: 10 });
    expect(dept).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '没有这个部门，请刷新后重新选择' } });
  });
});
