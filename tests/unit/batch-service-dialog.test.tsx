// @vitest-environment jsdom
// The 批量登记送达 form against a fake core: it offers the employer once across a 系列案's cases with the papers owed
// to it ticked and grouped by case, sends the ticked items with the facts given once, shows a refusal naming the item
// at the checklist, and lists what was recorded.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchServiceDialog } from '../../renderer/src/features/services/BatchServiceDialog';
import type { FileServices } from '../../shared/contract/services';
import { samples } from '../fixtures/contract-samples';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const NO = (n: number) => `日喀则市劳人仲案字〔2026〕第${n}号`;
const EMPLOYER = '日喀则市华建建筑工程有限公司';
const clerk = { ...samples['staff.list'].output[0]!, id: 'st-clerk', name: '格桑', departmentName: '仲裁院', roles: ['clerk' as const] };
const session = { ...samples['session.login'].output, staff: { ...samples['session.login'].output.staff, id: 'st-clerk', name: '格桑', roles: ['clerk' as const] } };
const recipient = (n: number, worker: string) => [
  { proceedingId: `p${n}`, proceedingLabel: '劳动人事争议仲裁', recipientId: `e${n}`, name: EMPLOYER, role: '用人单位', caseNumber: NO(n), applicants: worker, partyKey: 'pa1' },
  { proceedingId: `p${n}`, proceedingLabel: '劳动人事争议仲裁', recipientId: `w${n}`, name: worker, role: '申请人', caseNumber: NO(n), applicants: worker, partyKey: `pe${n}` },
];
const notice = (n: number, to: 'e' | 'w', name: string) => ({
  documentId: `n${n}${to}`, kind: 'hearingNotice' as const, title: '开庭通知书', number: NO(n), issuedAt: 0, unserved: [{ proceedingId: `p${n}`, recipientId: `${to}${n}`, name }], services: [],
});
const file: FileServices = {
  caseFileId: 'cf1',
  mayAct: true,
  publicNoticeDays: 30,
  recipients: [...recipient(1, '扎西'), ...recipient(2, '次仁')],
  documents: [notice(1, 'e', EMPLOYER), notice(1, 'w', '扎西'), notice(2, 'e', EMPLOYER), notice(2, 'w', '次仁')],
};
const served = (documentId: string, proceedingId: string, recipientId: string) => ({ ...samples['services.record'].output, documentId, proceedingId, recipientId, recipientName: EMPLOYER, servedOn: '2026-12-06' });

describe('the 批量登记送达 form over the fake Api', () => {
  it('sends the employer’s two notices with the facts once; shows a refusal naming the item; lists what was recorded', async () => {
    const api = fakeApi({
      'staff.list': () => [clerk],
      'services.list': () => file,
      'services.recordBatch': () => refuse('CONFLICT', `第2份“开庭通知书（${NO(2)}），送达${EMPLOYER}”：该文书已于 2026-12-05 向${EMPLOYER}送达`, { items: `第2份“开庭通知书（${NO(2)}），送达${EMPLOYER}”：该文书已于 2026-12-05 向${EMPLOYER}送达` }),
    });
    renderWithApi(
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <BatchServiceDialog caseFileId="cf1" onClose={() => {}} />
      </LocalizationProvider>,
      api,
      { session },
    );
    const dialog = await screen.findByRole('dialog', { name: '批量登记送达' });
    expect(await within(dialog).findByText(`${EMPLOYER}（用人单位，未送达 2 份）`)).toBeTruthy();
    const items = within(dialog).getByTestId('batch-service-items');
    expect(items.textContent).toContain(`${NO(1)} · 申请人：扎西`);
    expect(items.textContent).toContain(`${NO(2)} · 申请人：次仁`);
    expect(within(dialog).getByText('已勾选 2 份')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '签收人' }), { target: { value: '达瓦' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '登记送达（2 份）' }));
    expect(await within(dialog).findByText(/^第2份“开庭通知书/)).toBeTruthy();
    expect(api.callsTo('services.recordBatch')[0]).toMatchObject({
      items: [
        { documentId: 'n1e', proceedingId: 'p1', recipientId: 'e1', awardFinality: null },
        { documentId: 'n2e', proceedingId: 'p2', recipientId: 'e2', awardFinality: null },
      ],
      method: 'direct',
      receivedBy: '达瓦',
      relation: 'self',
      servedBy: 'st-clerk',
      witnesses: [],
      proofs: [],
    });

    // Case 2's unticked, the first goes through and is listed.
    api.on('services.recordBatch', () => ({ batchId: 'sb1', services: [served('n1e', 'p1', 'e1')] }));
    fireEvent.click(within(items).getByRole('checkbox', { name: `${NO(2)} · 申请人：次仁` }));
    expect(within(dialog).getByText('已勾选 1 份')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '登记送达（1 份）' }));
    expect((await within(dialog).findByTestId('batch-service-done')).textContent).toContain('已登记 1 份文书的送达');
    expect(within(dialog).getByText(`开庭通知书（${NO(1)}） → ${EMPLOYER}`)).toBeTruthy();
    expect(api.callsTo('services.recordBatch')[1]).toMatchObject({ items: [{ documentId: 'n1e' }] });
  });
});
