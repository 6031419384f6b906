// @vitest-environment jsdom
// The ID pictures' list, against a fake core: rows come from idImages.list; a core data.changed event has it asked
// again (as another desk's upload would); withdrawing asks why first (the reason step inside the dialog), and the
// list then shows the picture as withdrawn.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IdImageRecord } from '../../shared/contract/id-images';
import { IdImagesButton } from '../../renderer/src/features/intakes/IdImagesDialog';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const picture = (id: string, side: IdImageRecord['side'], addedAt: number): IdImageRecord => ({
  id,
  personId: 'person-1',
  side,
  mime: 'image/png',
  bytes: 182_000,
  width: 856,
  height: 540,
  addedByName: '次仁卓玛',
  addedAt,
  status: 'current',
  withdrawnReason: null,
  withdrawnAt: null,
  withdrawnByName: null,
});

async function openList(kept: IdImageRecord[]) {
  const api = fakeApi({ 'idImages.list': ({ personId }) => kept.filter((p) => p.personId === personId) });
  renderWithApi(<IdImagesButton personId="person-1" name="扎西" canAdd />, api);
  fireEvent.click(screen.getByRole('button', { name: '证件照片：扎西' }));
  const dialog = await screen.findByRole('dialog', { name: '身份证件照片：扎西' });
  return { api, dialog, rows: () => within(dialog).queryAllByTestId('id-image-row') };
}

describe('the ID pictures list over the fake Api', () => {
  it('shows the rows the core lists, and asks again when the core reports a change', async () => {
    const kept = [picture('img-1', 'portrait', Date.UTC(2026, 4, 6, 2, 30))];
    const { api, rows } = await openList(kept);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0].textContent).toContain('人像面');
    expect(rows()[0].textContent).toContain('次仁卓玛');
    expect(rows()[0].textContent).toContain('PNG 856×540');
    expect(api.callsTo('idImages.list')).toEqual([{ personId: 'person-1' }]);

    kept.push(picture('img-2', 'emblem', Date.UTC(2026, 4, 6, 2, 35)));
    act(() => api.emit({ type: 'data.changed', entity: 'idImage', id: 'img-2' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows()[1].textContent).toContain('国徽面');
    expect(api.callsTo('idImages.list')).toHaveLength(2);
  });

  it('withdraws a picture only with a reason, then lists it as withdrawn', async () => {
    const kept = [picture('img-1', 'portrait', Date.UTC(2026, 4, 6, 2, 30))];
    const { api, dialog, rows } = await openList(kept);
    api.on('idImages.withdraw', ({ id, reason }) => {
      const i = kept.findIndex((p) => p.id === id);
      kept[i] = { ...kept[i], status: 'withdrawn', withdrawnReason: reason, withdrawnAt: Date.UTC(2026, 4, 6, 3, 0), withdrawnByName: '次仁卓玛' };
      return kept[i];
    });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(within(rows()[0]).getByRole('button', { name: '撤回' }));
    const reason = within(dialog).getByRole('textbox', { name: '撤回理由' });
    fireEvent.click(within(dialog).getByRole('button', { name: '撤回这张照片' }));
    expect(await within(dialog).findByText('请填写撤回理由')).toBeTruthy();
    expect(api.callsTo('idImages.withdraw')).toEqual([]);

    fireEvent.change(reason, { target: { value: '误把国徽面当作人像面上传' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '撤回这张照片' }));
    expect(await within(dialog).findByText('已撤回人像面照片')).toBeTruthy();
    expect(api.callsTo('idImages.withdraw')).toEqual([{ id: 'img-1', reason: '误把国徽面当作人像面上传' }]);
    await waitFor(() => expect(rows()[0].textContent).toContain('撤回：误把国徽面当作人像面上传'));
    expect(within(rows()[0]).queryAllByRole('button')).toHaveLength(0);
  });
});
