// @vitest-environment jsdom
// 作废 through the one ReasonDialog, against a fake core: the contract's reason rule refuses a short reason before
// anything is sent; the core's own refusal shows at the field and keeps what was typed; the button says it is busy
// while the core works; done, the dialog hands back the voided document and the document lists are asked again.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentRecord } from '../../shared/contract/documents';
import { ReasonDialog } from '../../renderer/src/components/ReasonDialog';
import { VoidDialog } from '../../renderer/src/features/documents/VoidDialog';
import { useChannelMutation } from '../../renderer/src/platform/mutations';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const receipt: DocumentRecord = {
  id: 'doc-1',
  kind: 'serviceReceipt',
  title: '送达回证',
  number: '日人仲送字〔2026〕第3号',
  status: 'issued',
  voidReason: null,
  intakeId: null,
  caseFileId: 'case-1',
  versions: [],
};

function open(api = fakeApi()) {
  const onDone = vi.fn();
  const onClose = vi.fn();
  const view = renderWithApi(<VoidDialog doc={receipt} onDone={onDone} onClose={onClose} />, api);
  const dialog = screen.getByRole('dialog', { name: '作废文书：送达回证（日人仲送字〔2026〕第3号）' });
  const reason = within(dialog).getByRole('textbox', { name: '作废理由' });
  const confirm = () => fireEvent.click(within(dialog).getByRole('button', { name: '作废' }));
  return { ...view, api, dialog, reason, confirm, onDone, onClose };
}

describe('ReasonDialog (作废文书)', () => {
  it('refuses a short reason with the contract’s own message, and sends nothing', async () => {
    const { api, dialog, reason, confirm, onDone } = open();
    fireEvent.change(reason, { target: { value: '有误' } });
    confirm();
    expect(await within(dialog).findByText('请写明作废理由（至少4个字）')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(api.calls).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
    // Editing the reason forgets its message.
    fireEvent.change(reason, { target: { value: '有误，重新登记' } });
    expect(within(dialog).queryByText('请写明作废理由（至少4个字）')).toBeNull();
  });

  it('shows the core’s field message at the reason, keeps what was typed, and is busy while the core works', async () => {
    const api = fakeApi({ 'documents.void': () => refuse('VALIDATION', '填写有误：作废理由不能只写“同上”', { reason: '作废理由不能只写“同上”' }) });
    const { dialog, reason, confirm, onDone } = open(api);
    fireEvent.change(reason, { target: { value: '同上同上同上' } });
    const release = api.hold();
    confirm();
    const busy = await within(dialog).findByRole('button', { name: '正在作废…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    release();
    expect(await within(dialog).findByText('作废理由不能只写“同上”')).toBeTruthy();
    // At the field only: no second copy of the same words above the buttons.
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect((reason as HTMLTextAreaElement).value).toBe('同上同上同上');
    expect(api.callsTo('documents.void')).toEqual([{ id: 'doc-1', reason: '同上同上同上' }]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows a refusal about no field above the buttons', async () => {
    const api = fakeApi({ 'documents.void': () => refuse('FORBIDDEN', '您没有作废文书的权限') });
    const { dialog, reason, confirm } = open(api);
    fireEvent.change(reason, { target: { value: '投诉人姓名登记有误' } });
    confirm();
    expect((await within(dialog).findByRole('alert')).textContent).toContain('您没有作废文书的权限');
  });

  it('hands back the voided document and has the document lists asked again', async () => {
    const api = fakeApi({
      'documents.void': ({ id, reason }) => ({ ...receipt, id, status: 'void', voidReason: reason }),
      'documents.list': () => [],
    });
    const { reason, confirm, onDone, client } = open(api);
    // A list on screen elsewhere (the case page's documents), fetched once.
    const key = ['documents.list', { intakeId: null, caseFileId: 'case-1' }];
    await client.fetchQuery({ queryKey: key, queryFn: () => [] });
    const cached = client.getQueryCache().find({ queryKey: key });
    expect(cached?.state.isInvalidated).toBe(false);
    fireEvent.change(reason, { target: { value: '  投诉人姓名登记有误，重新登记  ' } });
    confirm();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0][0]).toMatchObject({ id: 'doc-1', status: 'void', voidReason: '投诉人姓名登记有误，重新登记' });
    expect(cached?.state.isInvalidated).toBe(true);
  });

  it('holds to the channel’s reason rule even for a mutation made without the precheck', async () => {
    const api = fakeApi();
    function Reveal() {
      const revealing = useChannelMutation('personal.reveal', { precheck: false, fields: ['reason'] });
      return (
        <ReasonDialog
          title="查看完整个人信息：扎西"
          explain="本次查看将记入审计记录。"
          reason={{ label: '查看理由', example: '核对身份以制作送达回证', hint: '不少于4个字' }}
          confirm={{ label: '查看', busyLabel: '正在查看…' }}
          mutation={revealing}
          input={(reason) => ({ subject: 'person', id: 'person-1', reason })}
          onDone={() => {}}
          onClose={() => {}}
        />
      );
    }
    renderWithApi(<Reveal />, api);
    const dialog = screen.getByRole('dialog', { name: '查看完整个人信息：扎西' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '查看理由' }), { target: { value: '核对' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '查看' }));
    expect((await within(dialog).findByText(/^请写明查看理由（至少4个字）/)).textContent).toContain('核对身份以制作送达回证');
    expect(api.calls).toEqual([]);
  });
});
