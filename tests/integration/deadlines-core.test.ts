import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/calendar';
import { PARAMETER_KEYS } from '../../shared/domain/parameters';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { businessCounts, clientFor, MIGRATIONS_DIR, testCore } from '../helpers/core';

/** An invented 2027 Spring Festival for the tests: 2027-02-06 … 2027-02-12 off, Sunday 2027-02-14 worked. */
const NOTICE_2027 = {
  year: 2027,
  rowVersion: null,
  source: '测试用：2027年部分节假日安排',
  days: [...[...Array(7)].map((_, i) => ({ date: addDays('2027-02-06', i), kind: 'off' as const, name: '春节' })), { date: '2027-02-14', kind: 'work' as const, name: '春节' }],
};

describe('the calendar in the database and the deadline calculator', () => {
  it('starts with the bundled national calendar, 2004–2026', async () => {
    const { client } = await testCore();
    const view = await client.call('calendar.get', { year: 2026 });
    expect(view.years.map((y) => y.year).at(-1)).toBe(2004);
    expect(view.years[0]).toMatchObject({ year: 2026, offDays: 33, workDays: 6 });
    expect(view.years[0].source).toContain('chinese-days@1.5.7');
    expect(view.days).toContainEqual({ date: '2026-02-14', kind: 'work', name: '春节' });
    expect(view.version).toMatch(/^本机日历 [0-9a-f]{10}$/);
  });

  it('computes on the database calendar; a 2027 notice entered in settings removes the provisional flag and changes the date', async () => {
    const { client, admin } = await testCore();
    const before = await client.call('deadlines.compute', { rule: 'inspection.investigate', start: '2026-11-25' });
    expect(before.provisional).toBe(true);
    // 11/26 … 12/31 = 26 working days; 2027: 1/1 (元旦), 2/5 and 2/8 (春节) are weekdays the law makes holidays → 2/22
    expect(before.due).toBe('2027-02-22');
    expect(before.trace.find((l) => l.startsWith('2027年放假安排未录入，日期为暂定（按普通周末计算，调休安排未知）'))).toContain(
      '2027-01-01（星期五，元旦）、2027-02-05（星期五，春节）、2027-02-08（星期一，春节）',
    );
    await admin.call('calendar.setYear', NOTICE_2027);
    const after = await client.call('deadlines.compute', { rule: 'inspection.investigate', start: '2026-11-25' });
    expect(after.provisional).toBe(false);
    expect(after.due > before.due).toBe(true);
    expect(after.calendarVersion).not.toBe(before.calendarVersion);
  });

  it('follows the bureau’s setting for the unit of a short arbitration period', async () => {
    const { client, admin } = await testCore();
    const rules = await client.call('deadlines.rules', {});
    expect(rules.find((r) => r.id === 'arbitration.accept')).toMatchObject({ unit: 'workingDay', unitConfigurable: true, confidence: 'statutory' });
    expect(rules.find((r) => r.id === 'inspection.decide')).toMatchObject({ optional: true, enabled: false, confidence: 'unconfirmed' });
    expect((await client.call('deadlines.compute', { rule: 'arbitration.accept', start: '2026-09-30' })).due).toBe('2026-10-13');
    await admin.call('parameters.set', { key: 'deadline.unit.arbitration.accept', region: '540200', value: 'calendarDay', effectiveFrom: '2026-01-01', source: '本委决定', confidence: 'local' });
    expect((await client.call('deadlines.compute', { rule: 'arbitration.accept', start: '2026-09-30' })).due).toBe('2026-10-08');
    expect((await client.call('deadlines.rules', {})).find((r) => r.id === 'arbitration.accept')?.unit).toBe('calendarDay');
  });

  it('every setting has a value in force from the start, and the extension’s reading is the bureau’s to change', async () => {
    const { client, admin } = await testCore();
    const rows = await admin.call('parameters.list', {});
    // wage.monthlyMinimum is the region's own figure (seeded for 西藏 only) and arbitration.averageAnnualWage the
    // province's (never seeded: 简易处理 on a small amount is refused until the bureau enters it); every other key has a
    // national value in force.
    const regional = ['wage.monthlyMinimum', 'arbitration.averageAnnualWage'];
    const unset = PARAMETER_KEYS.filter((k) => !regional.includes(k) && !rows.some((r) => r.key === k && r.inForce));
    expect(unset).toEqual([]);
    expect(rows.find((r) => r.key === 'deadline.extensionCountedFrom')).toMatchObject({ display: '自受理之日起连续计算', confidence: 'unconfirmed' });
    // 调解仲裁法 Art. 43: accepted 2025-08-17 → day 60 (10-16); the rolled reading gives 10-24.
    expect((await client.call('deadlines.compute', { rule: 'arbitration.award.extended', start: '2025-08-17' })).due).toBe('2025-10-16');
    await admin.call('parameters.set', { key: 'deadline.extensionCountedFrom', region: '540200', value: 'rolledDue', effectiveFrom: '2026-01-01', source: '本委理解', confidence: 'local' });
    const other = await client.call('deadlines.compute', { rule: 'arbitration.award.extended', start: '2025-08-17' });
    expect(other.due).toBe('2025-10-24');
    expect(other.trace.join('\n')).toContain('按本单位设置，延长期自原期限届满日 2025-10-09');
  });

  it('refuses a bad notice with a Chinese reason per day, and a stale edit, and writes nothing', async () => {
    const { core, client, admin } = await testCore();
    const before = businessCounts(core);
    const bad = await admin.invoke('calendar.setYear', {
      ...NOTICE_2027,
      days: [
        { date: '2026-12-31', kind: 'off', name: '元旦' },
        { date: '2027-02-10', kind: 'work', name: '春节' },
        { date: '2027-02-06', kind: 'off', name: '春节' },
        { date: '2027-02-06', kind: 'off', name: '春节' },
      ],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { 'days.0.date': '日期不在2027年内', 'days.1.date': expect.stringContaining('星期六或星期日'), 'days.3.date': '日期重复' },
      },
    });
    expect(await admin.invoke('calendar.setYear', { ...NOTICE_2027, year: 2026, rowVersion: null, days: [{ date: '2026-10-01', kind: 'off', name: '国庆节' }] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await client.invoke('deadlines.compute', { rule: 'no.such.rule', start: '2026-01-01' } as never)).toMatchObject({ ok: false, error: { fields: { rule: '未知的期限规则' } } });
    expect(await client.invoke('deadlines.compute', { rule: 'arbitration.award', start: '2026-01-01', pauses: [{ from: '2026-01-10', to: '2026-01-05' }] })).toMatchObject({
      ok: false,
      error: { fields: { 'pauses.0.to': '结束日期不能早于开始日期' } },
    });
    expect(businessCounts(core)).toEqual(before);
  });

  it('keeps a year the bureau entered when the app starts again, and does not re-seed bundled years', async () => {
    const { core, client, admin, dataDir } = await testCore();
    await admin.call('calendar.setYear', NOTICE_2027);
    const v2026 = (await client.call('calendar.get', { year: null })).years.find((y) => y.year === 2026)!;
    await admin.call('calendar.setYear', { year: 2026, rowVersion: v2026.rowVersion, source: '更正：2026年通知', days: [{ date: '2026-10-01', kind: 'off', name: '国庆节' }] });
    await core.close();
    const again = createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger });
    const view = await clientFor(again).call('setup.status', {});
    expect(view.initialized).toBe(true);
    const rows = again.services!.db.prepare('SELECT year, source FROM calendar_years WHERE year >= 2026 ORDER BY year').all();
    expect(rows).toEqual([
      { year: 2026, source: '更正：2026年通知' },
      { year: 2027, source: '测试用：2027年部分节假日安排' },
    ]);
    await again.close();
  });
});
