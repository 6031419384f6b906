// The regional layer (西藏自治区: 藏历新年, 雪顿节) entered by the administrator year by year: refused input changes
// nothing; a regional day entered, corrected or its setting turned on recomputes every open file's stored deadlines,
// and a due date on that day moves only when the setting counts the layer. Test dates, not the region's real ones.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { deadlineTrace } from '../../electron/core/deadlines/deadline-trace';
import { businessCounts, signInAs, testCore, type TestCore } from '../helpers/core';

const SOURCE = '测试用：西藏自治区2026年地方节日放假通知（藏政办发〔2026〕测试号）';

async function openArbitrationFile(t: TestCore): Promise<{ proceedingId: string; due: string }> {
  const desk = await signInAs(t.core, '次仁卓玛');
  const employer = await desk.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司' });
  const created = await desk.call('intakes.create', {
    kind: 'complaint',
    channel: 'walkIn',
    receivedAt: t.clock.now() - 3_600_000,
    summary: '申请仲裁：拖欠工资',
    workersCount: 1,
    parties: [{ partyId: employer.id, role: 'employer' }],
    complainants: [{ name: '扎西', idType: 'none', idMissingReason: '未带证件' }],
    route: 'arbitration',
  });
  const caseFileId = (await desk.call('intakes.get', { id: created.id })).caseFileId!;
  const row = accept(t, caseFileId);
  return { proceedingId: row.proceeding_id, due: row.due_date };
}

function accept(t: TestCore, caseFileId: string) {
  return t.core.services!.db.prepare("SELECT d.proceeding_id, d.due_date, d.trace, d.calendar_version FROM deadlines d JOIN proceedings p ON p.id = d.proceeding_id WHERE p.case_file_id = ? AND d.rule_id = 'arbitration.accept'").get(caseFileId) as {
    proceeding_id: string;
    due_date: string;
    trace: string;
    calendar_version: string;
  };
}

/** The stored clock, with its computation (计算过程) as deadlines.trace gives it: recomputed on demand, not stored. */
function stored(t: TestCore, proceedingId: string) {
  const row = t.core.services!.db.prepare("SELECT id, due_date, calendar_version FROM deadlines WHERE proceeding_id = ? AND rule_id = 'arbitration.accept'").get(proceedingId) as {
    id: string;
    due_date: string;
    calendar_version: string;
  };
  // As one text, as the stored JSON was: the checks below look for words anywhere in it.
  return { ...row, trace: deadlineTrace(t.core.services!, row.id).trace.join('\n') };
}

const turnOn = (t: TestCore, value = true) =>
  t.admin.call('parameters.set', { key: 'deadline.regionalHolidays', region: '*', value, effectiveFrom: '2026-01-01', source: '测试：本局决定', confidence: 'local', note: null });

describe('the regional holiday layer', () => {
  it('refuses bad input with a Chinese message and changes nothing', async () => {
    const t = await testCore();
    const before = businessCounts(t.core);
    const good = { year: 2026, rowVersion: null, source: SOURCE, days: [{ date: '2026-12-02', name: '测试节' }] };
    const cases: [object, string, string][] = [
      [{ ...good, days: [{ date: '2027-01-05', name: '测试节' }] }, 'days.0.date', '日期不在2026年内'],
      [{ ...good, days: [{ date: '2026-12-02', name: '  ' }] }, 'days.0.name', '请填写节日名称'],
      [{ ...good, days: [{ date: '2026-12-02', name: '测试节' }, { date: '2026-12-02', name: '测试节' }] }, 'days.1.date', '日期重复'],
      [{ ...good, source: '' }, 'source', '请填写来源（文件名称、文号或网址）'],
      [{ ...good, days: [] }, 'days', '请至少录入一个地方节日放假日'],
    ];
    for (const [input, field, message] of cases) {
      const r = await t.admin.invoke('calendar.setRegionalYear', input as never);
      expect(r.ok, field).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.fields?.[field]).toBe(message);
      }
    }
    expect(businessCounts(t.core)).toEqual(before);
    // A stale row version is a conflict, not an overwrite.
    await t.admin.call('calendar.setRegionalYear', good);
    const mid = businessCounts(t.core);
    const stale = await t.admin.invoke('calendar.setRegionalYear', { ...good, rowVersion: 7 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(businessCounts(t.core)).toEqual(mid);
    expect(before.calendar_regional_days).toBe(0);
    expect(mid.calendar_regional_days).toBe(1);
  });

  it('with the setting off (the default) recomputes on a new calendar version but moves no date', async () => {
    const t = await testCore();
    const file = await openArbitrationFile(t);
    expect(file.due).toBe('2026-12-02');
    const versionBefore = stored(t, file.proceedingId).calendar_version;
    const view = await t.admin.call('calendar.setRegionalYear', { year: 2026, rowVersion: null, source: SOURCE, days: [{ date: '2026-12-02', name: '测试节' }] });
    expect(view.regional).toMatchObject({ region: '西藏自治区', counted: false, years: [{ year: 2026, source: SOURCE, days: [{ date: '2026-12-02', name: '测试节' }] }] });
    const after = stored(t, file.proceedingId);
    expect(after.due_date).toBe('2026-12-02');
    expect(after.calendar_version).not.toBe(versionBefore);
    expect(after.trace).not.toContain('测试节');
    const audit = t.core.services!.db.prepare("SELECT actor_staff_id, change FROM audit_log WHERE action = 'enterRegionalYear'").all() as { actor_staff_id: string; change: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_staff_id).toBe(t.staff['普布次仁']);
    expect(JSON.parse(audit[0]!.change)).toMatchObject({ region: '西藏自治区', before: null, after: { year: 2026, source: SOURCE } });

    // Turning the setting on moves the date past the regional day, and the trace names the layer and its source.
    await turnOn(t);
    const moved = stored(t, file.proceedingId);
    expect(moved.due_date).toBe('2026-12-03');
    expect(moved.trace).toContain(`2026-12-02 测试节（西藏自治区，来源：${SOURCE}）`);
    expect(moved.calendar_version).toContain('西藏自治区节日计入期限');
    expect((await t.admin.call('calendar.get', { year: null })).regional.counted).toBe(true);
  });

  it('with the setting on, a regional day entered recomputes the open files and a due date on it moves; a correction moves it back', async () => {
    const t = await testCore();
    await turnOn(t);
    const file = await openArbitrationFile(t);
    // The layer counts but 2026 has no regional notice yet: the date is provisional.
    expect(file.due).toBe('2026-12-02');
    const provisional = () => (t.core.services!.db.prepare("SELECT provisional FROM deadlines WHERE proceeding_id = ? AND rule_id = 'arbitration.accept'").get(file.proceedingId) as { provisional: number }).provisional;
    expect(provisional()).toBe(1);
    const entered = await t.admin.call('calendar.setRegionalYear', { year: 2026, rowVersion: null, source: SOURCE, days: [{ date: '2026-12-02', name: '测试节' }] });
    expect(stored(t, file.proceedingId).due_date).toBe('2026-12-03');
    expect(provisional()).toBe(0);
    const rowVersion = entered.regional.years.find((y) => y.year === 2026)!.rowVersion;
    await t.admin.call('calendar.setRegionalYear', { year: 2026, rowVersion, source: `${SOURCE}（更正）`, days: [{ date: '2026-12-24', name: '测试节' }] });
    expect(stored(t, file.proceedingId).due_date).toBe('2026-12-02');
    expect(t.core.services!.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'replaceRegionalYear'").get()).toEqual({ n: 1 });
  });

  it('reads “due within 3 working days” on the calendar the date was counted on: a regional day before it counts', async () => {
    const t = await testCore();
    await turnOn(t);
    await t.admin.call('calendar.setRegionalYear', { year: 2026, rowVersion: null, source: SOURCE, days: [{ date: '2026-12-01', name: '测试节' }] });
    const file = await openArbitrationFile(t);
    expect(file.due).toBe('2026-12-03');
    // Friday 11-27: 11-30, 12-02, 12-03 are three working days with the regional day off (four without it).
    t.clock.t = instantOf('2026-11-27', '10:00');
    const leader = await signInAs(t.core, '李强');
    const soon = await leader.call('deadlines.list', { dueState: 'dueSoon', scope: 'unit', departmentId: null });
    const accept = soon.items.filter((d) => d.proceedingId === file.proceedingId && d.ruleId === 'arbitration.accept');
    expect(accept.map((d) => [d.dueDate, d.dueState])).toEqual([['2026-12-03', 'dueSoon']]);
  });
});
