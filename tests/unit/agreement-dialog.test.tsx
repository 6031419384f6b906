// @vitest-environment jsdom
// The 达成调解协议 dialog against a fake core: a row per instalment (the group or one worker, amount typed in yuan),
// the total against what the workers still owe, the plan sent in fen; a typed amount that is not money is refused at
// its row before anything is sent; the core's refusal of a plan above what is owed is shown at the reason's field and
// every row stays as typed.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgreementDialog } from '../../renderer/src/features/mediation/AgreementDialog';
import { samples } from '../fixtures/contract-samples';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const payments = samples['payments.list'].output;
const worker = payments.workers[0]!;

function open(api: ReturnType<typeof fakeApi>, onDone = vi.fn()) {
  renderWithApi(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <AgreementDialog caseFileId={payments.caseFileId} proceedingId="pr-med" rowVersion={2} onClose={() => {}} onDone={onDone} />
    </LocalizationProvider>,
    api,
  );
  return onDone;
}

const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByRole('textbox', { name: label }), { target: { value } });

describe('the 达成调解协议 dialog over the fake Api', () => {
  it('sends two instalments in fen — the group’s and one worker’s — and keeps them when the core asks for a reason', async () => {
    const api = fakeApi({
      'payments.list': () => payments,
      'proceedings.act': () => refuse('VALIDATION', '填写有误', { overOwedReason: '分期合计超过劳动者尚欠工资合计' }),
    });
    const onDone = open(api);
    const dialog = await screen.findByRole('dialog', { name: '达成调解协议' });
    await waitFor(() => expect(within(dialog).getByTestId('plan-total').textContent).toContain(`劳动者尚欠工资合计 ¥`));
    type(dialog, '第1期金额（元）', '5000');
    type(dialog, '第1期支付义务人', '中建三局西藏分公司');
    fireEvent.click(within(dialog).getByRole('button', { name: '增加一期' }));
    type(dialog, '第2期金额（元）', '0.3万');
    fireEvent.mouseDown(within(dialog).getAllByRole('combobox', { name: '收款人' })[1]!);
    fireEvent.click(await screen.findByRole('option', { name: worker.name }));
    expect(within(dialog).getByTestId('plan-total').textContent).toMatch(/^合计 ¥8,000\.00；/);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认达成调解协议' }));
    expect(await within(dialog).findByText('分期合计超过劳动者尚欠工资合计')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    const sent = api.callsTo('proceedings.act')[0]!;
    expect(sent).toMatchObject({ proceedingId: 'pr-med', action: 'agree', expectedRowVersion: 2 });
    expect((sent.input as { instalments: unknown[] }).instalments).toEqual([
      { personId: null, dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), amountFen: 500_000, payerName: '中建三局西藏分公司' },
      { personId: worker.personId, dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), amountFen: 300_000, payerName: '中建三局西藏分公司' },
    ]);
    // Nothing typed is lost.
    expect((within(dialog).getByRole('textbox', { name: '第2期金额（元）' }) as HTMLInputElement).value).toBe('0.3万');
  });

  it('refuses an amount that is not money at its row, before anything is sent', async () => {
    const api = fakeApi({ 'payments.list': () => payments });
    open(api);
    const dialog = await screen.findByRole('dialog', { name: '达成调解协议' });
    type(dialog, '第1期金额（元）', '五千');
    type(dialog, '第1期支付义务人', '中建三局西藏分公司');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认达成调解协议' }));
    expect(await within(dialog).findByText('“五千”不是有效金额，请输入数字，例如 12800 或 3500.50')).toBeTruthy();
    expect(api.callsTo('proceedings.act')).toEqual([]);
  });
});
