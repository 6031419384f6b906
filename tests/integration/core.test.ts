import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenIntake } from '../../shared/domain/intake-screening';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../shared/contract';
import { canonicalJson } from '../../shared/domain/canonical-json';
import { auditHashV5, GENESIS_HASH } from '../../db/audit-chain';
import { createCore } from '../../electron/core/index';
import { silentLogger } from '../../electron/core/kernel/logger';
import { openDatabase } from '../../db/open';
import { DB_FILE_NAME, freshDataDir } from '../helpers/data-dir';
import { DEMO_PASSWORD } from '../../db/seed/demo-data';
import { businessCounts, clientFor, MIGRATIONS_DIR, signInAs, STAFF_PASSWORD, testCore } from '../helpers/core';

describe('first run and sessions', () => {
  it('asks for the unit and its administrator, then refuses to run twice', async () => {
    const { core, client } = await testCore({ initialized: false });
    expect(await client.call('setup.status', {})).toMatchObject({ initialized: false, unit: null, offerDemo: false });
    expect(await client.invoke('session.candidates', {})).toMatchObject({ ok: false, error: { code: 'NOT_INITIALIZED' } });
    const units = await client.call('units.list', {});
    expect(units).toHaveLength(19);
    expect(units.find((u) => u.regionCode === '540202')?.departments.map((d) => d.capability)).toEqual(['reception', 'leadership', 'inspection', 'arbitration']);

    const info = await client.call('setup.initialize', {
      unitId: 'unit-540202',
      staff: { name: '旦增', departmentId: 'dept-540202-reception', employment: 'partTime', phone: '13908920001' },
      password: 'guanli2026',
    });
    expect(info.unit.shortName).toBe('桑珠孜区');
    expect(info.staff.roles).toEqual(['admin']);
    expect(info.permissions).toContain('staff.manage');
    expect(info.permissions).not.toContain('personal.unmask');
    expect(await client.call('session.current', {})).toEqual(info);
    expect(await client.invoke('setup.initialize', { unitId: 'unit-540202', staff: { name: '又一个', employment: 'fullTime' }, password: 'guanli2026' })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_INITIALIZED' },
    });
    // The password was stored as an Argon2id hash, never as typed.
    const stored = core.services!.db.prepare('SELECT password_hash, must_change_password FROM accounts WHERE staff_id = ?').get(info.staff.id) as { password_hash: string; must_change_password: number };
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=256,t=1,p=1\$/);
    expect(stored.password_hash).not.toContain('guanli2026');
    expect(stored.must_change_password).toBe(0);
  });

  it('refuses demo data where it is not offered, a department of another unit, and a weak password', async () => {
    const { core, client } = await testCore({ initialized: false });
    const before = businessCounts(core);
    const staff = { name: '旦增', employment: 'fullTime' as const };
    const password = 'guanli2026';
    expect(await client.invoke('setup.initialize', { unitId: 'unit-540202', staff, password, demo: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await client.invoke('setup.initialize', { unitId: 'unit-540202', staff: { ...staff, departmentId: 'dept-540200-reception' }, password })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { departmentId: '所选科室不属于本单位' } },
    });
    expect(await client.invoke('setup.initialize', { unitId: 'unit-999999', staff, password })).toMatchObject({ ok: false, error: { fields: { unitId: '所选单位不存在' } } });
    expect(await client.invoke('setup.initialize', { unitId: 'unit-540202', staff, password: '12345678' })).toMatchObject({ ok: false, error: { fields: { password: '密码须同时包含字母和数字' } } });
    expect(await client.invoke('setup.initialize', { unitId: 'unit-540202', staff, password: 'abc1' })).toMatchObject({ ok: false, error: { fields: { password: '密码至少8位' } } });
    expect(businessCounts(core)).toEqual(before);
  });

  it('seeds demo data through the real services when offered and asked for; demo staff sign in with the demo password', async () => {
    const { core, client } = await testCore({ initialized: false, offerDemo: true });
    await client.call('setup.initialize', { unitId: 'unit-540200', staff: { name: '普布次仁', employment: 'fullTime' }, password: 'guanli2026', demo: true });
    expect(await client.call('setup.status', {})).toMatchObject({ initialized: true, demo: true });
    // The administrator does no casework.
    expect(await client.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const desk = await signInAs(core, '次仁卓玛', DEMO_PASSWORD);
    const page = await desk.call('intakes.list', { limit: 100 });
    expect(page.items.length).toBeGreaterThanOrEqual(20);
    expect((await desk.call('intakes.list', { search: '扎西' })).items.length).toBeGreaterThan(0);
    expect((await desk.call('cases.list', { filter: { collective: true } })).items.length).toBeGreaterThan(0);
    const detail = await desk.call('intakes.get', { id: page.items[0].id });
    expect(detail.recordedBy.name).toBe('次仁卓玛');
    // Some complaints carry what a complaint states, all of it lawful: no violation ended more than two years before.
    const details = await Promise.all(page.items.map((i) => desk.call('intakes.get', { id: i.id })));
    const dated = details.filter((d) => d.violationEndDate !== null);
    expect(dated.length).toBeGreaterThanOrEqual(3);
    for (const d of dated) expect(screenIntake(d).cutoff?.passed).toBe(false);
    expect(details.flatMap((d) => d.complainants).filter((c) => c.address && c.occupation && c.workplace).length).toBeGreaterThanOrEqual(2);
    const auditor = await signInAs(core, '白玛央宗', DEMO_PASSWORD);
    expect((await auditor.call('audit.verify', {})).intact).toBe(true);
  });

  it('binds the caller to the session, never the payload, and refuses signed-in channels before sign-in', async () => {
    const { core } = await testCore();
    const other = clientFor(core);
    expect(await other.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    const people = await other.call('session.candidates', {});
    expect(people.map((p) => p.name).sort()).toEqual(['普布次仁', '张伟', '李强', '次仁卓玛'].sort());
    const zhang = people.find((p) => p.name === '张伟')!;
    await other.call('session.login', { staffId: zhang.id, password: STAFF_PASSWORD });
    const party = await other.call('parties.create', { kind: 'individual', name: '王德发', idNumber: '620102198701010384', staffId: 'someone-else' } as never);
    const row = core.services!.db.prepare("SELECT actor_staff_id FROM audit_log WHERE channel = 'parties.create' AND entity_id = ?").get(party.id);
    expect(row).toEqual({ actor_staff_id: zhang.id });
    await other.call('session.end', {});
    expect(await other.call('session.current', {})).toBeNull();
    expect(await other.invoke('parties.search', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('ends a deactivated person\'s sessions at once, refuses their sign-in, and will not let the administrator deactivate themselves', async () => {
    const { core, admin } = await testCore();
    const zhangClient = await signInAs(core, '张伟');
    const staff = await admin.call('staff.list', {});
    const zhang = staff.find((s) => s.name === '张伟')!;
    const me = staff.find((s) => s.name === '普布次仁')!;
    const { id, rowVersion, unitId: _u, departmentName: _d, active: _a, account: _ac, ...fields } = zhang;
    await admin.call('staff.update', { ...fields, id, rowVersion, active: false });
    expect(await zhangClient.invoke('intakes.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: '您的账户已停用或不属于本单位，已退出登录' } });
    expect(await clientFor(core).invoke('session.login', { staffId: zhang.id, password: STAFF_PASSWORD })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const { id: myId, rowVersion: myVersion, unitId: _mu, departmentName: _md, active: _ma, account: _mac, ...mine } = me;
    expect(await admin.invoke('staff.update', { ...mine, id: myId, rowVersion: myVersion, active: false })).toMatchObject({
      ok: false,
      error: { fields: { active: '不能停用当前登录的自己' } },
    });
    expect(await admin.invoke('staff.update', { ...fields, id, rowVersion, active: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await admin.call('staff.list', { includeInactive: true })).find((s) => s.id === zhang.id)?.active).toBe(false);
    expect((await admin.call('staff.list', {})).find((s) => s.id === zhang.id)).toBeUndefined();
  });

  it('answers an unknown channel and a malformed input with typed errors', async () => {
    const { client } = await testCore();
    expect(await client.invoke('no.such' as ChannelName, {} as never)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await client.invoke('intakes.get', 'nonsense' as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await client.invoke('intakes.get', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '接待登记不存在' } });
    expect(await client.invoke('intakes.list', { cursor: 'garbage' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '翻页标记无效，请刷新列表' } });
  });
});

describe('parties, staff, parameters and drafts refuse bad input and write nothing', () => {
  const bad: [ChannelName, unknown, string, RegExp][] = [
    ['parties.create', { kind: 'organisation', name: '某公司', creditCode: '91512081MA62K0260F' }, 'creditCode', /校验位错误/],
    ['parties.create', { kind: 'organisation', name: '' }, 'name', /请填写名称/],
    ['parties.create', { kind: 'individual', name: '王某', idNumber: '12345' }, 'idNumber', /身份证/],
    ['parties.create', { kind: 'individual', name: '王某', creditCode: '91512081MA62K0260E' }, 'creditCode', /只有单位/],
    ['parties.create', { kind: 'organisation', name: '某公司', phone: 'abc' }, 'phone', /电话号码/],
    ['staff.create', { name: '新人', roles: [], employment: 'fullTime', initialPassword: 'linshi2026' }, 'roles', /至少选择一个角色/],
    ['staff.create', { name: '新人', roles: ['admin', 'inspector'], employment: 'fullTime', initialPassword: 'linshi2026' }, 'roles', /管理员角色须单独设立账户/],
    ['staff.create', { name: '新人', roles: ['auditor', 'leader'], employment: 'fullTime', initialPassword: 'linshi2026' }, 'roles', /审计员角色须单独设立账户/],
    ['staff.create', { name: '新人', roles: ['inspector'], employment: 'fullTime', initialPassword: 'short1' }, 'initialPassword', /至少8位/],
    ['staff.create', { name: 'Lisa', roles: ['inspector'], employment: 'fullTime', initialPassword: 'Lisa2026x' }, 'initialPassword', /不能包含本人姓名/],
    ['staff.create', { name: '新人', roles: ['inspector'], employment: 'fullTime', phone: '123', initialPassword: 'linshi2026' }, 'phone', /电话号码/],
    ['staff.create', { name: '新人', roles: ['inspector'], employment: 'fullTime', enforcementCertExpiry: '2026-02-30', initialPassword: 'linshi2026' }, 'enforcementCertExpiry', /有效日期/],
    ['parameters.set', { key: 'intake.representativesMax', region: '*', value: 0, effectiveFrom: '2026-01-01', source: 's', confidence: 'local' }, 'value', /1–20/],
    ['parameters.set', { key: 'intake.representativesMax', region: '999999', value: 5, effectiveFrom: '2026-01-01', source: 's', confidence: 'local' }, 'region', /地区代码/],
    ['parameters.set', { key: 'collective.minWorkers', region: '540200', value: 8, effectiveFrom: '2026-01-01', source: 's', confidence: 'local' }, 'value', /法定人数，本单位不能修改/],
    ['parameters.set', { key: 'nope', region: '*', value: 5, effectiveFrom: '2026-01-01', source: 's', confidence: 'local' }, 'key', /未知的参数/],
    ['drafts.save', { formKey: 'Bad Key', data: {} }, 'formKey', /草稿键无效/],
    ['jobs.start', { kind: 'format.disk' }, 'kind', /未知的任务类型/],
  ];
  it.each(bad)('%s %j', async (channel, input, field, message) => {
    const { core, client, admin } = await testCore();
    await client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司', creditCode: '91512081MA62K0260E' });
    const before = businessCounts(core);
    const caller = channels[channel].permission === 'party.write' || channel.startsWith('drafts.') ? client : admin;
    const r = await caller.invoke(channel, input as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.[field]).toMatch(message);
    expect(businessCounts(core)).toEqual(before);
  });

  it('refuses a duplicate credit code, naming the party that has it', async () => {
    const { client } = await testCore();
    await client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司', creditCode: '91512081MA62K0260E' });
    const r = await client.invoke('parties.create', { kind: 'organisation', name: '华建公司', creditCode: '91512081ma62k0260e' });
    expect(r).toMatchObject({ ok: false, error: { fields: { creditCode: '该统一社会信用代码已登记为“日喀则市华建建筑工程有限公司”，请直接选用' } } });
  });

  it('finds parties by short name, initials and credit code, through the index', async () => {
    const { client } = await testCore();
    const a = await client.call('parties.create', { kind: 'organisation', name: '日喀则市华建建筑工程有限公司', creditCode: '91512081MA62K0260E' });
    const b = await client.call('parties.create', { kind: 'individual', name: '王德发', idNumber: '620102198701010384' });
    const names = async (query: string) => (await client.call('parties.search', { query })).map((p) => p.id);
    expect(await names('华建')).toEqual([a.id]);
    expect(await names('华建建筑')).toEqual([a.id]);
    expect(await names('建华')).toEqual([]);
    expect(await names('王')).toEqual([b.id]);
    expect(await names('wdf')).toEqual([b.id]);
    expect(await names('hjjz')).toEqual([a.id]);
    expect(await names('915120')).toEqual([a.id]);
    expect(await names('')).toEqual([b.id, a.id]);
  });

  it('keeps parameter history: a new dated value does not replace the old one', async () => {
    const { client, admin } = await testCore();
    await admin.call('parameters.set', { key: 'intake.representativesMax', region: '540200', value: 3, effectiveFrom: '2027-01-01', source: '市局通知', confidence: 'local' });
    const rows = (await client.call('parameters.list', {})).filter((p) => p.key === 'intake.representativesMax');
    expect(rows.map((r) => [r.region, r.value, r.inForce])).toEqual([
      ['*', 5, true],
      ['540200', 3, false],
    ]);
  });

  it('keeps drafts per person', async () => {
    const { core, client } = await testCore();
    await client.call('drafts.save', { formKey: 'intake.new', data: { summary: '工资未付', rows: [{ name: '扎西' }] } });
    const other = await signInAs(core, '张伟');
    expect((await other.call('drafts.get', { formKey: 'intake.new' })).data).toBeNull();
    expect((await client.call('drafts.get', { formKey: 'intake.new' })).data).toEqual({ summary: '工资未付', rows: [{ name: '扎西' }] });
    await client.call('drafts.discard', { formKey: 'intake.new' });
    expect((await client.call('drafts.get', { formKey: 'intake.new' })).data).toBeNull();
  });
});

describe('reference units and departments are editable, never deleted', () => {
  it('renames a unit, adds and closes a department, and guards what must not change', async () => {
    const { core, admin: client } = await testCore();
    const units = await client.call('units.list', {});
    const county = units.find((u) => u.regionCode === '540222')!;
    const renamed = await client.call('units.update', { id: county.id, rowVersion: county.rowVersion, name: '日喀则市江孜县人力资源和社会保障局', shortName: '江孜县', active: true });
    expect(renamed).toMatchObject({ name: '日喀则市江孜县人力资源和社会保障局', rowVersion: county.rowVersion + 1 });
    expect(await client.invoke('units.update', { id: county.id, rowVersion: county.rowVersion, name: 'x', shortName: 'x', active: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const mine = units.find((u) => u.regionCode === '540200')!;
    expect(await client.invoke('units.update', { id: mine.id, rowVersion: mine.rowVersion, name: mine.name, shortName: mine.shortName, active: false })).toMatchObject({
      ok: false,
      error: { fields: { active: '不能停用本机服务的单位' } },
    });

    const arbitration = county.departments.find((d) => d.capability === 'arbitration')!;
    const closed = await client.call('departments.save', { ...arbitration, active: false });
    expect(closed).toMatchObject({ active: false, rowVersion: arbitration.rowVersion + 1 });
    const added = await client.call('departments.save', { id: null, rowVersion: null, unitId: county.id, name: '劳动关系股', capability: 'laborRelations', active: true });
    expect((await client.call('units.list', {})).find((u) => u.id === county.id)!.departments.map((d) => [d.name, d.active])).toEqual([
      ['统一咨询接待室', true],
      ['局领导', true],
      ['劳动保障监察大队', true],
      ['劳动人事争议仲裁委员会办公室', false],
      ['劳动关系股', true],
    ]);
    expect(added.id).toBeTruthy();

    const reception = mine.departments.find((d) => d.capability === 'reception')!;
    const before = businessCounts(core);
    expect(await client.invoke('departments.save', { ...reception, active: false })).toMatchObject({
      ok: false,
      error: { fields: { active: '该科室仍有在职工作人员 1 人，请先调整他们的科室' } },
    });
    expect(await client.invoke('departments.save', { id: null, rowVersion: null, unitId: county.id, name: '', capability: 'reception', active: true })).toMatchObject({
      ok: false,
      error: { fields: { name: '请填写科室名称' } },
    });
    expect(businessCounts(core)).toEqual(before);
  });
});

describe('the transaction helper and the audit trail', () => {
  it('writes one hash-chained audit row per change, attributed to the session', async () => {
    const { core, client } = await testCore();
    await client.call('parties.create', { kind: 'organisation', name: '某公司' });
    const rows = core.services!.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(3);
    let prev = GENESIS_HASH;
    for (const r of rows) {
      // Format 5: no stored copy of the link; the hash covers the format, the ids and the change as text (the view
      // audit_log gives them back from their compact stored forms), chains to the previous row's hash, and is stored as
      // its 32 bytes.
      expect(r.format).toBe(5);
      expect(r.prev_hash).toBe('');
      const hash = auditHashV5(prev, {
        at: r.at as number,
        actorStaffId: r.actor_staff_id as string | null,
        sessionId: r.session_id as string | null,
        channel: r.channel as string,
        action: r.action as string,
        entity: r.entity as string,
        entityId: r.entity_id as string | null,
        change: r.change as string,
      });
      expect(Buffer.from(r.hash as Uint8Array).toString('hex')).toBe(hash);
      expect((r.hash as Uint8Array).length).toBe(32);
      prev = hash;
    }
    const last = rows.at(-1)!;
    expect(last).toMatchObject({ channel: 'parties.create', action: 'create', entity: 'party', session_id: client.session.id });
    expect(JSON.parse(last.change as string)).toMatchObject({ name: '某公司' });
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
  });

  it('exposes every contract channel through dispatch', async () => {
    const { client } = await testCore();
    for (const name of CHANNEL_NAMES) {
      const r = await client.invoke(name, {} as never);
      if (!r.ok) expect(r.error.code).not.toBe('UNKNOWN_CHANNEL');
    }
  });
});

describe('startup', () => {
  it('refuses a database made by a newer version: every call answers with the reason', async () => {
    const dataDir = freshDataDir();
    const db = openDatabase(join(dataDir, DB_FILE_NAME));
    db.prepare("INSERT INTO schema_migrations (tag, hash, applied_at, app_version) VALUES ('9999_future', 'x', 0, '2.0.0')").run();
    db.close();
    const core = createCore({ dataDir, migrationsDir: MIGRATIONS_DIR, logger: silentLogger });
    expect(core.startupError).toMatchObject({ code: 'DB_NEWER' });
    const r = await clientFor(core).invoke('setup.status', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'DB_NEWER', message: expect.stringContaining('更新版本的薪安（2.0.0）') } });
    await core.close();
  });
});
