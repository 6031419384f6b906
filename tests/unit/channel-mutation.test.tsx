// @vitest-environment jsdom
// useChannelMutation in a react-hook-form form, against a fake core: a refusal's field messages land on the
// form's fields through setError and the rest in one form-level message; what was typed stays; the contract's
// own check refuses before anything is sent; a CONFLICT has the stale list asked again; success refreshes it.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Unit } from '../../shared/contract/reference';
import { useChannelMutation } from '../../renderer/src/platform/mutations';
import { fakeApi, refuse, type FakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const unit: Unit = {
  id: 'unit-1',
  regionCode: '540202',
  name: '桑珠孜区人力资源和社会保障局',
  shortName: '桑珠孜区',
  level: 'county',
  parentId: 'unit-0',
  active: true,
  departments: [],
  rowVersion: 3,
};

/** A small form as a feature would write one: react-hook-form for the values, the mutation for the act. */
function UnitForm({ onSaved }: { onSaved: (u: Unit) => void }) {
  const form = useForm({ defaultValues: { name: unit.name, shortName: unit.shortName } });
  const saving = useChannelMutation('units.update', { setError: form.setError, fields: ['name', 'shortName'], invalidates: ['units.list'] });
  const { errors } = form.formState;
  const save = form.handleSubmit(async (v) => {
    const r = await saving.run({ id: unit.id, rowVersion: unit.rowVersion, name: v.name, shortName: v.shortName, active: true });
    if (r.ok) onSaved(r.value);
  });
  return (
    <form onSubmit={save} noValidate>
      <label>单位名称<input {...form.register('name')} aria-invalid={!!errors.name} /></label>
      {errors.name && <span data-testid="name-error">{errors.name.message}</span>}
      <label>简称<input {...form.register('shortName')} /></label>
      {saving.formError && <p role="alert">{saving.formError}</p>}
      <button type="submit" disabled={saving.busy}>{saving.busy ? '正在保存…' : '保存'}</button>
    </form>
  );
}

function setup(api: FakeApi) {
  const onSaved = vi.fn();
  const view = renderWithApi(<UnitForm onSaved={onSaved} />, api);
  const name = screen.getByRole('textbox', { name: '单位名称' }) as HTMLInputElement;
  const save = () => fireEvent.click(screen.getByRole('button', { name: '保存' }));
  return { ...view, onSaved, name, save };
}

describe('useChannelMutation', () => {
  it('puts the core’s field messages on react-hook-form’s fields and the rest in one form-level message, keeping what was typed', async () => {
    const api = fakeApi({
      'units.update': () =>
        refuse('VALIDATION', '填写有误：已有同名单位（共2处）', { name: '已有同名单位', active: '本机服务的单位不能停用' }),
    });
    const { name, save, onSaved } = setup(api);
    fireEvent.change(name, { target: { value: '桑珠孜区人社局' } });
    save();
    expect((await screen.findByTestId('name-error')).textContent).toBe('已有同名单位');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    // 'active' has no field on this form: its message is the form's.
    expect(screen.getByRole('alert').textContent).toBe('本机服务的单位不能停用');
    expect(name.value).toBe('桑珠孜区人社局');
    expect(api.callsTo('units.update')).toEqual([{ id: 'unit-1', rowVersion: 3, name: '桑珠孜区人社局', shortName: '桑珠孜区', active: true }]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses with the contract’s own words before sending, as the core would', async () => {
    const api = fakeApi();
    const { name, save } = setup(api);
    fireEvent.change(name, { target: { value: '   ' } });
    save();
    expect((await screen.findByTestId('name-error')).textContent).toBe('请填写单位名称');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(api.calls).toEqual([]);
  });

  it('is busy while the core works, then refreshes what it changed', async () => {
    const api = fakeApi({ 'units.update': (input) => ({ ...unit, name: input.name, rowVersion: 4 }), 'units.list': () => [unit] });
    const { name, save, onSaved, client } = setup(api);
    await act(() => client.fetchQuery({ queryKey: ['units.list', {}], queryFn: () => [unit] }));
    fireEvent.change(name, { target: { value: '桑珠孜区人社局' } });
    const release = api.hold();
    save();
    expect(((await screen.findByRole('button', { name: '正在保存…' })) as HTMLButtonElement).disabled).toBe(true);
    release();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: '桑珠孜区人社局', rowVersion: 4 })));
    expect(client.getQueryState(['units.list', {}])?.isInvalidated).toBe(true);
  });

  it('has the list asked again when the core says someone else saved first', async () => {
    const api = fakeApi({ 'units.update': () => refuse('CONFLICT', '该单位已被他人修改，请重新打开后再改') });
    const { save, client } = setup(api);
    await act(() => client.fetchQuery({ queryKey: ['units.list', {}], queryFn: () => [unit] }));
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('该单位已被他人修改，请重新打开后再改');
    expect(client.getQueryState(['units.list', {}])?.isInvalidated).toBe(true);
  });
});
