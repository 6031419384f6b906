// @vitest-environment jsdom
// The 组庭 dialog against a fake core: it offers the team's certified arbitrators for the seats and anyone on the
// team as the clerk, sends the panel as chosen (a sole arbitrator without members), shows the core's refusal at the
// field it names, and reports done once composed.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TeamMember } from '../../shared/contract/casework';
import { ComposeDialog } from '../../renderer/src/features/hearings/ComposeDialog';
import { samples } from '../fixtures/contract-samples';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const member = (id: string, name: string, expiry: string | null): TeamMember => ({
  id: `t-${id}`,
  role: 'handler',
  staff: { id, name },
  name,
  organisation: null,
  phone: null,
  employment: 'fullTime',
  enforcementCertExpiry: null,
  arbitratorCertExpiry: expiry,
  addedAt: 0,
  confirmedAt: null,
});
const team = [member('a1', '王芳', '2028-06-30'), member('a2', '李明', '2028-06-30'), member('a3', '次旦', '2026-11-24'), member('c1', '央金', null)];

async function choose(dialog: HTMLElement, label: string, option: RegExp) {
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

function open(api: ReturnType<typeof fakeApi>, onDone = vi.fn()) {
  renderWithApi(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <ComposeDialog proceedingId="pr1" rowVersion={3} team={team} onClose={() => {}} onDone={onDone} />
    </LocalizationProvider>,
    api,
  );
  return onDone;
}

describe('the 组庭 dialog over the fake Api', () => {
  it('sends the panel as chosen and shows the core’s refusal at the members’ field', async () => {
    const api = fakeApi({
      'proceedings.act': () => refuse('VALIDATION', '填写有误', { memberStaffIds: '第2名仲裁员：次旦的仲裁员证已于 2026-11-24 到期' }),
    });
    const onDone = open(api);
    const dialog = await screen.findByRole('dialog', { name: '组成仲裁庭' });
    // Only those holding a 仲裁员证 are offered for a seat (one run out says so); the clerk may be anyone on the team.
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '首席仲裁员' }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['王芳（仲裁员证有效期至 2028-06-30）', '李明（仲裁员证有效期至 2028-06-30）', '次旦（仲裁员证已于 2026-11-24 到期）']);
    fireEvent.click(screen.getByRole('option', { name: /^王芳/ }));
    await choose(dialog, '仲裁员（一）', /^李明/);
    await choose(dialog, '仲裁员（二）', /^次旦/);
    await choose(dialog, '书记员', /^央金/);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认组庭' }));
    expect(await within(dialog).findByText('第2名仲裁员：次旦的仲裁员证已于 2026-11-24 到期')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    expect(api.callsTo('proceedings.act')[0]).toMatchObject({
      proceedingId: 'pr1',
      action: 'compose',
      expectedRowVersion: 3,
      input: { form: 'panel', presidingStaffId: 'a1', memberStaffIds: ['a2', 'a3'], clerkStaffId: 'c1' },
    });
  });

  it('a sole arbitrator goes without members; done once the core composed it', async () => {
    const api = fakeApi({ 'proceedings.act': () => ({ ...samples['proceedings.act'].output, status: 'composed' }) });
    const onDone = open(api);
    const dialog = await screen.findByRole('dialog', { name: '组成仲裁庭' });
    fireEvent.click(within(dialog).getByRole('radio', { name: '独任仲裁' }));
    expect(within(dialog).queryByRole('combobox', { name: '仲裁员（一）' })).toBeNull();
    await choose(dialog, '独任仲裁员', /^李明/);
    await choose(dialog, '书记员', /^央金/);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认组庭' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.callsTo('proceedings.act')[0]).toMatchObject({ input: { form: 'sole', presidingStaffId: 'a2', memberStaffIds: [], clerkStaffId: 'c1' } });
  });
});
