// @vitest-environment jsdom
// A screen's read asked again while the core cannot be reached (OFFLINE) keeps its last answer on screen — the
// connection bar says the rest — while any other failure of a read, and an OFFLINE first read, still show the error.
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../shared/contract/reference';
import type { ErrorCode } from '../../shared/contract/result';
import { AppErrorException } from '../../shared/contract/result';
import { useChannelQuery } from '../../renderer/src/platform/queries';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const member: StaffMember = {
  id: 'st-1',
  name: '次仁卓玛',
  unitId: 'u1',
  departmentId: null,
  departmentName: null,
  roles: ['receptionist'],
  employment: 'fullTime',
  active: true,
  account: null,
  phone: null,
  enforcementCertNo: null,
  enforcementCertExpiry: null,
  arbitratorCertNo: null,
  arbitratorCertExpiry: null,
  rowVersion: 1,
};

function Staff() {
  const q = useChannelQuery('staff.list', { includeInactive: false });
  if (q.isPending) return <p>载入中</p>;
  if (q.isError) return <p>出错：{q.error instanceof AppErrorException ? q.error.error.code : '?'}</p>;
  return <p>名单：{q.data.map((s) => s.name).join('、')}</p>;
}

function world(failWith: () => ErrorCode | null) {
  const api = fakeApi({ 'staff.list': () => (failWith() ? refuse(failWith()!, '读取失败') : [member]) });
  return { api, ...renderWithApi(<Staff />, api) };
}

describe('a read that fails after it has answered', () => {
  it('keeps the last answer when the core cannot be reached (OFFLINE), and is asked again after', async () => {
    let code: ErrorCode | null = null;
    const { api, client } = world(() => code);
    expect(await screen.findByText('名单：次仁卓玛')).toBeTruthy();
    code = 'OFFLINE';
    await client.invalidateQueries({ queryKey: ['staff.list'] });
    await waitFor(() => expect(client.getQueryState(['staff.list', { includeInactive: false }])?.status).toBe('error'));
    expect(api.callsTo('staff.list')).toHaveLength(2);
    expect(screen.getByText('名单：次仁卓玛')).toBeTruthy();
    expect(screen.queryByText(/出错/)).toBeNull();
    code = null;
    await client.invalidateQueries({ queryKey: ['staff.list'] });
    await waitFor(() => expect(client.getQueryState(['staff.list', { includeInactive: false }])?.status).toBe('success'));
    expect(api.callsTo('staff.list')).toHaveLength(3);
  });

  it('still reports any other failure (here NOT_FOUND) in place of the answer', async () => {
    let code: ErrorCode | null = null;
    const { client } = world(() => code);
    expect(await screen.findByText('名单：次仁卓玛')).toBeTruthy();
    code = 'NOT_FOUND';
    await client.invalidateQueries({ queryKey: ['staff.list'] });
    expect(await screen.findByText('出错：NOT_FOUND')).toBeTruthy();
  });

  it('reports an OFFLINE first read: there is nothing to keep', async () => {
    world(() => 'OFFLINE');
    expect(await screen.findByText('出错：OFFLINE')).toBeTruthy();
  });
});

