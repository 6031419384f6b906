// @vitest-environment jsdom
// The team panel against a fake core: a 包案领导 the desk proposed shows 待确认; the department head, and only they,
// get 确认包案, which sends the member's id and closes on success, or shows the core's refusal in the dialog.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TeamMember } from '../../shared/contract/casework';
import { TeamPanel } from '../../renderer/src/features/casework/TeamPanel';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const leader = (confirmedAt: number | null): TeamMember => ({
  id: 't-leader',
  role: 'leader',
  staff: { id: 'st-lq', name: '李强' },
  name: '李强',
  organisation: null,
  phone: null,
  employment: 'fullTime',
  enforcementCertExpiry: null,
  arbitratorCertExpiry: null,
  addedAt: 1_795_579_200_000,
  confirmedAt,
});

function open(api: ReturnType<typeof fakeApi>, team: TeamMember[], mayConfirmLeader: boolean) {
  renderWithApi(<TeamPanel caseFileId="cf1" team={team} mayManage={false} mayConfirmLeader={mayConfirmLeader} inspection={false} arbitration={false} />, api);
}

describe('the team panel’s proposed 包案领导', () => {
  it('shows 待确认 without a button to someone who may not confirm, and nothing once confirmed', () => {
    const api = fakeApi();
    open(api, [leader(null)], false);
    const row = screen.getByTestId('team-member');
    expect(within(row).getByText('待确认')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: '确认包案' })).toBeNull();
    cleanup();
    open(api, [leader(1_795_582_800_000)], true);
    expect(within(screen.getByTestId('team-member')).queryByText('待确认')).toBeNull();
    expect(screen.queryByRole('button', { name: '确认包案' })).toBeNull();
  });

  it('the department head confirms: the refusal stays in the dialog; a confirmation closes it', async () => {
    let refused = true;
    const api = fakeApi({
      'team.confirmLeader': () => (refused ? refuse('CONFLICT', '李强已确认为本案包案领导，无需再次确认') : { ...leader(1_795_582_800_000) }),
    });
    open(api, [leader(null)], true);
    fireEvent.click(within(screen.getByTestId('team-member')).getByRole('button', { name: '确认包案' }));
    const dialog = await screen.findByRole('dialog', { name: '确认包案领导：李强' });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认包案' }));
    expect(await within(dialog).findByText('李强已确认为本案包案领导，无需再次确认')).toBeTruthy();
    refused = false;
    fireEvent.click(within(dialog).getByRole('button', { name: '确认包案' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('team.confirmLeader')).toEqual([{ memberId: 't-leader' }, { memberId: 't-leader' }]);
  });
});
