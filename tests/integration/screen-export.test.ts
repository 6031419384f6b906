// "导出为 PDF" in the desktop app prints whatever the window shows — a list of names, a revealed ID number — so the
// core puts each export on the audit trail under the person signed in to that window, before main writes the file.
import { describe, expect, it } from 'vitest';
import { clientFor, establishStaff, signInAs, testCore } from '../helpers/core';

const screen = { route: '/intakes/intake-1', title: '薪安', fileName: '登记详情.pdf' };

describe('exporting the screen as PDF (desktop app, Ctrl+P)', () => {
  it('is recorded under the person signed in, naming the page and the file', async () => {
    const { core, client, admin, staff } = await testCore();
    expect(await client.invoke('audit.recordScreenExport', screen)).toEqual({ ok: true, value: {} });
    await establishStaff(core, admin, { name: '白玛央宗', departmentId: null, roles: ['auditor'] });
    const auditor = await signInAs(core, '白玛央宗');
    const rows = (await auditor.call('audit.list', { filter: { action: 'screenExport' } })).items;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: { id: staff['次仁卓玛'], name: '次仁卓玛' }, actionLabel: '导出页面为 PDF', entity: 'screen', entityId: '/intakes/intake-1' });
    expect(JSON.parse(rows[0].change)).toEqual({ route: '/intakes/intake-1', title: '薪安', fileName: '登记详情.pdf' });
  });

  it('is refused — so nothing is written — before sign-in and while the screen is locked', async () => {
    const { core, client } = await testCore();
    expect(await clientFor(core).invoke('audit.recordScreenExport', screen)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await client.call('session.lock', { idle: false });
    expect(await client.invoke('audit.recordScreenExport', screen)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });

  it('keeps only the file name, never the folder it was saved in', async () => {
    const { client } = await testCore();
    expect(await client.invoke('audit.recordScreenExport', { ...screen, fileName: 'C:\\Users\\clerk\\Desktop\\名单.pdf' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await client.invoke('audit.recordScreenExport', { ...screen, route: 'x'.repeat(600) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
