// Whose figures one may count: one's own unit and, with 含下辖县（区）, the counties under it — never another unit's,
// nor a county's as if one were the county. A refusal is FORBIDDEN with a Chinese message naming both units, goes on
// the audit trail, and writes nothing else; the administrator counts nothing (no statistics.read, 三员分立).
import { describe, expect, it } from 'vitest';
import { monthPeriod } from '../../shared/domain/statistics/period';
import { insertStatReport } from '../../electron/core/statistics/statistics.data';
import type { Core } from '../../electron/core/index';
import { ADMIN, businessCounts, establishStaff, signInAs, testCore, type Client } from '../helpers/core';
import { initializeAs } from '../helpers/accounts';

const CITY = 'unit-540200';
const SANGZHUZI = 'unit-540202';
const NAMLING = 'unit-540221';
const period = monthPeriod(2026, 11);

function refusals(core: Core) {
  return core.services!.db.prepare(`SELECT channel, entity, entity_id AS id, actor_staff_id AS actor FROM audit_log WHERE action = 'refused' ORDER BY seq`).all();
}

/** Every table's rows but the audit trail's: a refusal writes its audit row and nothing else. */
function withoutAudit(core: Core) {
  const { audit_log: _audit, ...rest } = businessCounts(core);
  return rest;
}

async function refusedOnly(core: Core, call: () => Promise<unknown>) {
  const before = withoutAudit(core);
  const trail = refusals(core).length;
  const r = await call();
  expect(withoutAudit(core)).toEqual(before);
  expect(refusals(core)).toHaveLength(trail + 1);
  return r;
}

describe('statistics by unit', () => {
  it('the city counts itself and its counties under it; a county alone, as if it were the county, is refused', async () => {
    const t = await testCore();
    const leader = await signInAs(t.core, '李强');
    const own = await leader.call('statistics.compute', { period, unitId: CITY });
    expect(own.unit).toMatchObject({ id: CITY, includeSubunits: false });
    expect((await leader.call('statistics.compute', { period, unitId: CITY, includeSubunits: true })).unit).toMatchObject({ id: CITY, includeSubunits: true });
    // A county's row of the city's report: its files.
    expect(await leader.call('statistics.files', { period, unitId: CITY, includeSubunits: true, rowUnitId: SANGZHUZI, indicatorKey: 'arbitration.accepted' })).toEqual({ total: 0, sum: null, items: [] });

    const county = await refusedOnly(t.core, () => leader.invoke('statistics.compute', { period, unitId: SANGZHUZI }));
    expect(county).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: '您是日喀则市人力资源和社会保障局的工作人员，只能统计本单位（市局可含下辖各县（区））的数字，不能统计“桑珠孜区人力资源和社会保障局”的数字；如需该单位的数字，请由该单位统计和报送',
        fields: { unitId: '不能统计其他单位的数字' },
      },
    });
    expect(refusals(t.core).at(-1)).toEqual({ channel: 'statistics.compute', entity: 'unit', id: SANGZHUZI, actor: t.staff['李强'] });
    // A county's row without 含下辖县（区）: not a row of the city's own report.
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.files', { period, unitId: CITY, rowUnitId: SANGZHUZI, indicatorKey: 'arbitration.accepted' }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.files', { period, unitId: SANGZHUZI, indicatorKey: 'arbitration.accepted' }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Submitting or exporting the county's figures: refused, no report stored, no file made.
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.submit', { period, unitId: SANGZHUZI, digest: own.digest }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.export', { format: 'xlsx', counted: { period, unitId: SANGZHUZI, digest: own.digest } }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A unit that does not exist is bad input, not a refusal.
    expect(await leader.invoke('statistics.compute', { period, unitId: 'unit-999999' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { unitId: '请选择统计单位（所选单位不存在）' } } });
  }, 120_000);

  it('a county bureau counts itself, never the city above it nor a county beside it; the charts likewise', async () => {
    const t = await testCore({ initialized: false });
    await initializeAs(t.admin, SANGZHUZI);
    await establishStaff(t.core, t.admin, { name: '平措', departmentId: 'dept-540202-leadership', roles: ['leader'] });
    const leader = await signInAs(t.core, '平措');
    expect((await leader.call('statistics.compute', { period, unitId: SANGZHUZI, includeSubunits: true })).unit).toMatchObject({ id: SANGZHUZI, name: '桑珠孜区人力资源和社会保障局' });
    for (const unitId of [CITY, NAMLING]) {
      for (const includeSubunits of [false, true]) {
        const r = await refusedOnly(t.core, () => leader.invoke('statistics.compute', { period, unitId, includeSubunits }));
        expect(r, `${unitId} ${includeSubunits}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('您是桑珠孜区人力资源和社会保障局的工作人员') } });
      }
    }
    // The city's files behind a chart's bar.
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.chartFiles', { chart: 'countyOpenFiles', unitId: CITY }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.chartFiles', { chart: 'countyComplaints', unitId: NAMLING }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(refusals(t.core).at(-1)).toEqual({ channel: 'statistics.chartFiles', entity: 'unit', id: NAMLING, actor: expect.any(String) });
  }, 120_000);

  it('a report stored for another unit is neither listed, opened, exported nor corrected', async () => {
    const t = await testCore();
    const leader: Client = await signInAs(t.core, '李强');
    const own = await leader.call('statistics.compute', { period, unitId: CITY });
    const mine = await leader.call('statistics.submit', { period, unitId: CITY, digest: own.digest });
    // A county's report in this database (e.g. stored before this rule): written directly, as no channel allows it now.
    insertStatReport(t.core.services!.prepare, {
      id: 'report-county',
      unitId: SANGZHUZI,
      includeSubunits: false,
      periodKind: 'month',
      periodFrom: period.from,
      periodTo: period.to,
      definitionsVersion: own.definitionsVersion,
      digest: own.digest,
      report: JSON.stringify({ ...own, unit: { id: SANGZHUZI, name: '桑珠孜区人力资源和社会保障局', includeSubunits: false } }),
      files: '{}',
      correctsId: null,
      reason: null,
      submittedBy: t.staff['李强']!,
      submittedAt: t.clock.now(),
    });
    expect((await leader.call('statistics.submitted', {})).map((r) => r.id)).toEqual([mine.id]);
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.submittedReport', { id: 'report-county' }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.export', { format: 'pdf', submittedId: 'report-county' }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await refusedOnly(t.core, () => leader.invoke('statistics.correct', { reportId: 'report-county', digest: own.digest, reason: '更正县局的数字' }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The city's own report still opens.
    expect((await leader.call('statistics.submittedReport', { id: mine.id })).unit).toMatchObject({ id: CITY });
  }, 120_000);

  it('the administrator counts no unit at all (no statistics.read: accounts and settings only)', async () => {
    const t = await testCore();
    const admin = await signInAs(t.core, ADMIN.name, ADMIN.password);
    const r = await refusedOnly(t.core, () => admin.invoke('statistics.compute', { period, unitId: CITY }));
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色没有“查看统计报表”的权限。如需办理，请联系管理员调整角色。' } });
    expect(await admin.invoke('statistics.charts', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }, 60_000);
});
