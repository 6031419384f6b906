// @vitest-environment jsdom
// While the core cannot be reached nothing that changes data is sent: the act is refused at once in Chinese, what
// was typed stays, and the same act goes through once the connection is back; reads are still tried. A tab the
// server lost is signed in again over the screen with the same person's password (session.login, not unlock).
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../../../shared/contract/session';
import { SessionControlContext, type SessionControl } from '../../../renderer/src/app/session';
import { LockScreen } from '../../../renderer/src/features/account/LockScreen';
import { call, callWith } from '../../../renderer/src/platform/api';
import { connection, OFFLINE_MESSAGE } from '../../../renderer/src/platform/connection';
import { useChannelMutation } from '../../../renderer/src/platform/mutations';
import { fakeApi, refuse, type FakeApi } from '../../helpers/fake-api';
import { renderWithApi } from '../../helpers/render-with-api';

const person: SessionInfo = {
  staff: { id: 'st-desk', name: '次仁卓玛', unitId: 'unit-1', departmentId: null, departmentName: null, roles: ['receptionist'], employment: 'fullTime', active: true },
  unit: { id: 'unit-1', regionCode: '540202', name: '桑珠孜区人社局', shortName: '桑珠孜区', level: 'county', parentId: null },
  permissions: ['signedIn'],
  mustChangePassword: false,
  locked: true,
  idleLockMinutes: 0,
};

beforeEach(() => {
  // The page's own store: checks fail until the test says the server is back.
  connection.setPing(async () => false);
});
afterEach(() => {
  cleanup();
  connection.reached();
  connection.setSignInAgain(false);
});

function UnitForm() {
  const form = useForm({ defaultValues: { name: '桑珠孜区人力资源和社会保障局' } });
  const saving = useChannelMutation('units.update');
  const [saved, setSaved] = useState(false);
  const save = form.handleSubmit(async (v) => {
    const r = await saving.run({ id: 'unit-1', rowVersion: 3, name: v.name, shortName: '桑珠孜区', active: true });
    setSaved(r.ok);
  });
  return (
    <form onSubmit={save} noValidate>
      <label>单位名称<input {...form.register('name')} /></label>
      {saving.formError && <p role="alert">{saving.formError}</p>}
      {saved && <p>已保存</p>}
      <button type="submit">保存</button>
    </form>
  );
}

const unitRow = (name: string) => ({ id: 'unit-1', regionCode: '540202', name, shortName: '桑珠孜区', level: 'county' as const, parentId: 'unit-0', active: true, departments: [], rowVersion: 4 });

describe('saving while the connection is lost', () => {
  it('is refused at once with the message, sends nothing, keeps the typed value, and goes through once back', async () => {
    const api: FakeApi = fakeApi({ 'units.update': (i) => unitRow(i.name) });
    renderWithApi(<UnitForm />, api);
    const name = screen.getByRole('textbox', { name: '单位名称' }) as HTMLInputElement;
    fireEvent.change(name, { target: { value: '桑珠孜区人社局（新）' } });
    connection.lost();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findByRole('alert')).textContent).toBe(OFFLINE_MESSAGE);
    expect(api.callsTo('units.update')).toEqual([]);
    expect(name.value).toBe('桑珠孜区人社局（新）');
    expect(screen.queryByText('已保存')).toBeNull();

    connection.reached();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('已保存');
    expect(api.callsTo('units.update')).toEqual([{ id: 'unit-1', rowVersion: 3, name: '桑珠孜区人社局（新）', shortName: '桑珠孜区', active: true }]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('classes acts by the contract (mutations refused, queries still tried) rather than by a list', async () => {
    const api = fakeApi({ 'units.list': () => [], 'drafts.save': () => ({ formKey: 'intake.new', data: {}, updatedAt: 1 }) });
    connection.lost();
    await expect(callWith(api, 'drafts.save', { formKey: 'intake.new', data: {} })).rejects.toMatchObject({ error: { code: 'OFFLINE', message: OFFLINE_MESSAGE } });
    await expect(callWith(api, 'units.list', {})).resolves.toEqual([]);
    expect(api.calls.map((c) => c.channel)).toEqual(['units.list']);
    // The page's own `call` is held to the same rule.
    await expect(call('session.lock', { idle: false })).rejects.toMatchObject({ error: { code: 'OFFLINE' } });
  });
});

describe('signing in again over the screen when the server lost the tab', () => {
  function setup(api: FakeApi) {
    const control: SessionControl = { update: vi.fn(), lock: vi.fn(), markLocked: vi.fn(), signOut: vi.fn(), ended: vi.fn() };
    const view = renderWithApi(
      <SessionControlContext.Provider value={control}>
        <input aria-label="摘要" defaultValue="欠薪三个月" />
        <LockScreen />
      </SessionControlContext.Provider>,
      api,
      { session: person },
    );
    return { ...view, control };
  }

  it('asks the same person for their password and signs in (not unlock); the screen underneath stays', async () => {
    connection.setSignInAgain(true);
    const api = fakeApi({ 'session.login': (i) => (i.password === 'Right-pass-1' ? { ...person, locked: false } : refuse('UNAUTHENTICATED', '密码错误', { password: '密码错误' })) });
    const { control } = setup(api);
    expect(screen.getByRole('heading', { name: '请重新登录' })).toBeTruthy();
    const password = screen.getByLabelText('密码', { selector: 'input' });
    fireEvent.change(password, { target: { value: 'wrong-pass-1' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('密码错误')).toBeTruthy();
    expect(control.ended).not.toHaveBeenCalled();
    fireEvent.change(password, { target: { value: 'Right-pass-1' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    await waitFor(() => expect(control.update).toHaveBeenCalledWith({ ...person, locked: false }));
    expect(api.callsTo('session.login')).toEqual([
      { staffId: 'st-desk', password: 'wrong-pass-1' },
      { staffId: 'st-desk', password: 'Right-pass-1' },
    ]);
    expect(api.callsTo('session.unlock')).toEqual([]);
    expect((screen.getByLabelText('摘要', { selector: 'input' }) as HTMLInputElement).value).toBe('欠薪三个月');
  });

  it('an ordinary lock still unlocks', async () => {
    const api = fakeApi({ 'session.unlock': () => ({ ...person, locked: false }) });
    const { control } = setup(api);
    expect(screen.getByRole('heading', { name: '屏幕已锁定' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('密码', { selector: 'input' }), { target: { value: 'Right-pass-1' } });
    fireEvent.click(screen.getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(control.update).toHaveBeenCalled());
    expect(api.callsTo('session.login')).toEqual([]);
  });
});
