// @vitest-environment jsdom
// The 登记送达 form against a fake core: it asks each method for its own particulars and sends only those (留置's
// witnesses split into names, no receiver's relation without a receiver), shows the core's refusal at its field, and
// closes once the service is recorded.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceDialog } from '../../renderer/src/features/services/ServiceDialog';
import { samples } from '../fixtures/contract-samples';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const file = samples['services.list'].output;
const doc = { ...file.documents[0]!, unserved: [{ proceedingId: 'pr1', recipientId: 'pp1', name: '日喀则市华建建筑工程有限公司' }], services: [] };
const clerk = { ...samples['staff.list'].output[0]!, id: 'st-clerk', name: '格桑', departmentName: '仲裁院', roles: ['clerk' as const] };
const session = { ...samples['session.login'].output, staff: { ...samples['session.login'].output.staff, id: 'st-clerk', name: '格桑', roles: ['clerk' as const] } };

async function choose(dialog: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the 登记送达 form over the fake Api', () => {
  it('sends 留置 with its witnesses as names and no relation for nobody; shows the core’s refusal at the field; closes when recorded', async () => {
    const onClose = vi.fn();
    const api = fakeApi({
      'staff.list': () => [clerk],
      'services.record': () => refuse('VALIDATION', '填写有误：送达时间不能晚于现在', { servedAt: '送达时间不能晚于现在（2026-11-25 10:00）' }),
    });
    renderWithApi(
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <ServiceDialog doc={doc} file={file} onClose={onClose} />
      </LocalizationProvider>,
      api,
      { session },
    );
    const dialog = await screen.findByRole('dialog', { name: /登记送达/ });
    await choose(dialog, '送达方式', '留置送达');
    expect(within(dialog).queryByRole('textbox', { name: '邮件单号' })).toBeNull();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '见证人' }), { target: { value: '次仁（居委会）、王明（项目部）' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '登记送达' }));
    expect(await within(dialog).findByText('送达时间不能晚于现在（2026-11-25 10:00）')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    expect(api.callsTo('services.record')[0]).toMatchObject({
      documentId: doc.documentId,
      proceedingId: 'pr1',
      recipientId: 'pp1',
      method: 'left',
      receivedBy: '',
      relation: null,
      servedBy: 'st-clerk',
      witnesses: ['次仁（居委会）', '王明（项目部）'],
      trackingNumber: null,
      electronicConfirmed: null,
      proofs: [],
    });

    api.on('services.record', () => samples['services.record'].output);
    await choose(dialog, '送达方式', '邮寄送达');
    fireEvent.change(within(dialog).getByRole('textbox', { name: '邮件单号' }), { target: { value: '1187654321098' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '登记送达' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.callsTo('services.record')[1]).toMatchObject({ method: 'post', trackingNumber: '1187654321098', witnesses: [], relation: null });
  });
});
