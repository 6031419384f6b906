// @vitest-environment jsdom
// The case page's team and steps once read stay on screen when a later read fails (a bureau server restarting, a busy
// core): the 添加成员 dialog open in the team panel keeps what was typed, and the next change asks again. Only a file
// never read shows the error in their place.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseWork, TeamMember } from '../../shared/contract/casework';
import { TeamOf } from '../../renderer/src/features/casework/CaseWork';
import { useCaseWork } from '../../renderer/src/features/casework/queries';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const leader: TeamMember = {
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
  confirmedAt: 1_795_582_800_000,
};
const work: CaseWork = { caseFileId: 'cf1', team: [leader], proceedings: [], mayManageTeam: true, mayConfirmLeader: false };

function Team() {
  return <TeamOf work={useCaseWork('cf1')} caseFileId="cf1" />;
}

describe('the case page’s team when a refetch fails', () => {
  it('keeps the team and the open dialog with its typed reason; the error shows only before a first answer', async () => {
    let failing = false;
    const api = fakeApi({
      'casework.get': () => (failing ? refuse('INTERNAL', '核心暂时无法应答') : work),
      'staff.list': () => [],
    });
    const { client } = renderWithApi(<Team />, api);
    fireEvent.click(await screen.findByRole('button', { name: '添加成员' }));
    const dialog = await screen.findByRole('dialog', { name: '添加办案组成员' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '调整理由' }), { target: { value: '指定承办人开展调查' } });

    failing = true;
    await client.invalidateQueries({ queryKey: ['casework.get'] });
    await waitFor(() => expect(api.callsTo('casework.get')).toHaveLength(2));
    await waitFor(() => expect(client.getQueryState(['casework.get', { caseFileId: 'cf1' }])?.status).toBe('error'));
    expect(screen.getByRole('dialog', { name: '添加办案组成员' })).toBeTruthy();
    expect((within(screen.getByRole('dialog')).getByRole('textbox', { name: '调整理由' }) as HTMLTextAreaElement).value).toBe('指定承办人开展调查');
    expect(screen.getAllByTestId('team-member')).toHaveLength(1);
    expect(screen.queryByText('核心暂时无法应答')).toBeNull();
  });

  it('shows the error with 重试 when the first read fails', async () => {
    const api = fakeApi({ 'casework.get': () => refuse('INTERNAL', '核心暂时无法应答'), 'staff.list': () => [] });
    renderWithApi(<Team />, api);
    expect(await screen.findByText('核心暂时无法应答')).toBeTruthy();
    expect(screen.queryByTestId('team-member')).toBeNull();
  });
});
