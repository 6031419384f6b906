// @vitest-environment jsdom
// 支付情况 over a fake core: each worker's owed, paid, still owed, pending and held with the totals; a worker who cannot
// be found marked 下落不明; an overpayment named, not hidden; a voided payment struck through with its reason; a batch
// with a receipt on it offers 登记签收 for the rest but no 作废; the 应急周转金 still to recover; a reader sees no act;
// and a batch typed in the dialog is summed as the clerk types, sent with its pay sheet.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FilePayments, PaymentRecord } from '../../shared/contract/payments';
import { PaymentsPanel } from '../../renderer/src/features/payments/PaymentsPanel';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const staff = { id: 'st-1', name: '张伟' };
const base: Omit<PaymentRecord, 'id' | 'kind' | 'amountFen'> = {
  personId: null, personName: null, batchId: null, holdingId: null, instalmentId: null, payerKind: 'employer', payerName: '高原红劳务公司', method: 'cash', bankReference: null,
  receiptMark: null, receiptSigner: null, intermediaryName: null, intermediaryRole: null, paidOn: '2026-11-24', counts: false, allocations: [], approvedBy: null,
  approvedOn: null, note: null, status: 'valid', voidReason: null, recordedBy: staff, recordedAt: 1_795_600_000_000, scans: [],
};
const w = (personId: string, name: string, over: Partial<FilePayments['workers'][number]>): FilePayments['workers'][number] => ({
  personId, name, owedFen: 100_000, paidFen: 0, outstandingFen: 100_000, overpaidFen: 0, pendingFen: 0, heldFen: 0, untraceable: false, advancedFen: 0, ...over,
});

function data(mayRecord: boolean): FilePayments {
  return {
    caseFileId: 'cf-1',
    mayRecord,
    mayView: true,
    advanceCapFen: 1_000_000,
    workers: [
      w('p1', '扎西', { owedFen: 1_280_000, paidFen: 400_000, outstandingFen: 880_000 }),
      w('p2', '次仁多吉', { owedFen: 450_000, paidFen: 500_000, outstandingFen: 0, overpaidFen: 50_000, advancedFen: 500_000 }),
      w('p3', '尼玛', { pendingFen: 300_000 }),
      w('p4', '格桑', { heldFen: 100_000, untraceable: true }),
    ],
    totals: { owedFen: 1_930_000, paidFen: 900_000, outstandingFen: 1_080_000, overpaidFen: 50_000, pendingFen: 300_000, heldFen: 100_000, unknownCount: 0 },
    payments: [
      { ...base, id: 'b1', kind: 'batch', amountFen: 700_000, intermediaryName: '王德发', intermediaryRole: 'teamLeader', allocations: [
        { personId: 'p1', name: '扎西', amountFen: 400_000, receiptedFen: 400_000, pendingFen: 0 },
        { personId: 'p3', name: '尼玛', amountFen: 300_000, receiptedFen: 0, pendingFen: 300_000 },
      ] },
      { ...base, id: 'r1', kind: 'worker', personId: 'p1', personName: '扎西', batchId: 'b1', amountFen: 400_000, receiptMark: 'thumbprint', receiptSigner: '扎西', counts: true },
      { ...base, id: 'x1', kind: 'worker', personId: 'p2', personName: '次仁多吉', amountFen: 90_000, method: 'transfer', bankReference: '********4821', status: 'void', voidReason: '金额登记错误，应为900元' },
    ],
    holdings: [{ id: 'h1', personId: 'p4', personName: '格桑', amountFen: 100_000, payerKind: 'employer', payerName: '高原红劳务公司', holder: '监察大队', heldSince: '2026-11-20', note: null, paidOutBy: null, status: 'valid', voidReason: null, recordedBy: staff, recordedAt: 1_795_600_000_000 }],
    advance: {
      advancedFen: 500_000, recoveredFen: 200_000, outstandingFen: 300_000, overRecoveredFen: 0,
      recoveries: [
        { id: 'rc1', amountFen: 200_000, recoveredOn: '2026-11-24', fromName: '高原红劳务公司', note: null, status: 'valid', voidReason: null, recordedBy: staff, recordedAt: 1_795_600_000_000 },
        { id: 'rc2', amountFen: 50_000, recoveredOn: '2026-11-23', fromName: '高原红劳务公司', note: null, status: 'void', voidReason: '重复登记', recordedBy: staff, recordedAt: 1_795_500_000_000 },
      ],
    },
    approvers: [{ id: 'st-9', name: '李强' }],
  };
}

describe('支付情况', () => {
  it('shows each worker’s money, the totals, the held and the overpaid, the void with its reason, and what is left to recover', async () => {
    renderWithApi(<PaymentsPanel caseFileId="cf-1" />, fakeApi({ 'payments.list': () => data(true) }));
    const rows = await screen.findAllByTestId('payment-worker-row');
    expect(rows[0]!.textContent).toContain('¥8,800.00');
    expect(rows[1]!.textContent).toContain('多付 ¥500.00，请核对欠薪金额');
    expect(rows[1]!.textContent).toContain('已付清');
    expect(rows[2]!.textContent).toContain('¥3,000.00');
    expect(rows[3]!.textContent).toContain('下落不明');
    expect(screen.getByTestId('payments-total').textContent).toContain('¥10,800.00');
    expect(screen.getByTestId('advance-line').textContent).toContain('尚待追回 ¥3,000.00');
    const [batch, receipt, voided] = screen.getAllByTestId('payment-row');
    expect(batch!.textContent).toContain('待签收 ¥3,000.00');
    expect(within(batch!).queryByRole('button', { name: '作废' })).toBeNull();
    expect(within(batch!).getAllByRole('button', { name: '登记签收' })).toHaveLength(1);
    expect(receipt!.textContent).toContain('计入已支付');
    expect(receipt!.textContent).toContain('扎西按手印');
    expect(voided!.textContent).toContain('金额登记错误，应为900元');
    expect(voided!.textContent).toContain('********4821');
    expect(within(voided!).queryByRole('button', { name: '作废' })).toBeNull();
    expect(screen.getByTestId('holding-row').textContent).toContain('代管中');
    const [recovery, voidedRecovery] = screen.getAllByTestId('recovery-row');
    expect(recovery!.textContent).toBe('2026-11-24 从高原红劳务公司追回 ¥2,000.00作废');
    expect(voidedRecovery!.textContent).toBe('2026-11-23 从高原红劳务公司追回 ¥500.00（已作废：重复登记）');
  });

  it('offers no act to a reader', async () => {
    renderWithApi(<PaymentsPanel caseFileId="cf-1" />, fakeApi({ 'payments.list': () => data(false) }));
    await screen.findAllByTestId('payment-worker-row');
    for (const name of ['记录支付', '登记代管', '登记追回', '登记签收', '发放', '作废']) expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('sums a batch as it is typed and sends it with its pay sheet', async () => {
    const api = fakeApi({ 'payments.list': () => data(true), 'payments.record': () => data(true) });
    renderWithApi(
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <PaymentsPanel caseFileId="cf-1" />
      </LocalizationProvider>,
      api,
    );
    fireEvent.click(await screen.findByRole('button', { name: '记录支付' }));
    const dialog = screen.getByRole('dialog', { name: '记录支付' });
    fireEvent.click(within(dialog).getByRole('radio', { name: /交包工头、班组长转交/ }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /支付方名称/ }), { target: { value: '高原红劳务公司' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /转交人姓名/ }), { target: { value: '王德发' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: '现金' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: '扎西（元）' }), { target: { value: '1,200.5' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '尼玛（元）' }), { target: { value: '0.3万' } });
    expect(within(dialog).getByTestId('batch-total').textContent).toBe('合计 ¥4,200.50，共 2 人；各人本人签收前不计入已支付');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await screen.findByRole('button', { name: '记录支付' });
    await expect.poll(() => api.callsTo('payments.record').length).toBe(1);
    expect(api.callsTo('payments.record')[0]).toMatchObject({
      kind: 'batch', personId: null, method: 'cash', intermediaryName: '王德发', amountFen: 420_050,
      allocations: [{ personId: 'p1', amountFen: 120_050 }, { personId: 'p3', amountFen: 300_000 }],
    });
  });

  it('opens a receipt from a batch’s share and a payout from held money with the amount and payer they pay', async () => {
    const api = fakeApi({ 'payments.list': () => data(true), 'payments.record': () => data(true) });
    renderWithApi(
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <PaymentsPanel caseFileId="cf-1" />
      </LocalizationProvider>,
      api,
    );
    fireEvent.click(await screen.findByRole('button', { name: '登记签收' }));
    const receipt = screen.getByRole('dialog', { name: '登记签收：尼玛' });
    expect(within(receipt).getByRole('textbox', { name: /支付金额/ })).toHaveProperty('value', '3000.00');
    expect(receipt.textContent).toContain('该劳动者待签收 ¥3,000.00');
    fireEvent.click(within(receipt).getByRole('button', { name: '登记签收' }));
    await expect.poll(() => api.callsTo('payments.record').length).toBe(1);
    expect(api.callsTo('payments.record')[0]).toMatchObject({ kind: 'worker', personId: 'p3', batchId: 'b1', amountFen: 300_000, method: 'cash', receiptMark: 'signed', receiptSigner: '尼玛' });
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '发放' }));
    const payout = screen.getByRole('dialog', { name: '发放代为保管的工资：格桑' });
    expect(within(payout).getByRole('textbox', { name: /支付金额/ })).toHaveProperty('value', '1000.00');
    expect(payout.textContent).toContain('2026-11-20 起由监察大队代为保管的 ¥1,000.00');
  });
});
