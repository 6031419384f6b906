// @vitest-environment jsdom
// 在线连接 against a fake core: the rows the core lists (who, unit, 本机/浏览器/局域网, address, since, last seen,
// state), asked again when the core reports a sign-in elsewhere; 结束连接 asks for a reason first, shows the core's
// refusal, and is not offered on one's own row or on a sign-in screen. The audit table shows an address where a row has one.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/contract/audit';
import type { Connection } from '../../shared/contract/connections';
import type { StaffRole } from '../../shared/domain/vocabulary';
import { ConnectionsPage, ago } from '../../renderer/src/features/connections/ConnectionsPage';
import { AuditTable } from '../../renderer/src/features/audit/AuditTable';
import { clientOf } from '../../renderer/src/features/audit/audit-format';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const NOW = Date.UTC(2026, 11, 7, 2, 30);
const staff = (name: string, roles: StaffRole[], departmentName: string) => ({
  id: `staff-${name}`, name, unitId: 'unit-540200', departmentId: 'dept', departmentName, roles, employment: 'fullTime' as const, active: true,
});
const row = (over: Partial<Connection>): Connection => ({
  id: '000000000000', transport: 'server', address: '192.168.1.23', agent: 'Mozilla/5.0 Chrome/131', staff: null, unitName: null,
  openedAt: NOW - 3_600_000, signedInAt: null, lastSeenAt: NOW - 120_000, locked: false, self: false, ...over,
});

function connections(): Connection[] {
  return [
    row({ id: 'aaaaaaaaaaaa', transport: 'desktop', address: '127.0.0.1', agent: null, staff: staff('普布次仁', ['admin'], '办公室'), unitName: '日喀则市人力资源和社会保障局', self: true, lastSeenAt: NOW }),
    row({ id: 'bbbbbbbbbbbb', address: '192.168.1.23', staff: staff('次仁卓玛', ['receptionist'], '接待窗口'), unitName: '日喀则市人力资源和社会保障局', signedInAt: NOW - 3_000_000 }),
    row({ id: 'cccccccccccc', transport: 'bridge', address: '127.0.0.1', staff: staff('李强', ['leader'], '局领导'), unitName: '日喀则市人力资源和社会保障局', locked: true, lastSeenAt: NOW - 2 * 3_600_000 }),
    row({ id: 'dddddddddddd', address: '192.168.1.77' }),
  ];
}

describe('在线连接', () => {
  it('shows who is connected from where, and asks again when the core reports a change', async () => {
    const list = connections();
    const api = fakeApi({ 'connections.list': () => ({ items: list, now: NOW }) });
    renderWithApi(<ConnectionsPage />, api);
    const rows = await screen.findAllByTestId('connection-row');
    expect(rows).toHaveLength(4);
    const [own, desk, leader, screenOnly] = rows;
    expect(own.textContent).toContain('普布次仁');
    expect(own.textContent).toContain('本人');
    expect(own.textContent).toContain('本机');
    expect(within(own).queryByRole('button', { name: '结束连接' })).toBeNull();
    expect(desk.textContent).toContain('次仁卓玛');
    expect(desk.textContent).toContain('接待窗口');
    expect(desk.textContent).toContain('局域网');
    expect(within(desk).getByTestId('connection-address').textContent).toBe('192.168.1.23');
    expect(desk.textContent).toContain('2分钟前');
    expect(desk.textContent).toContain('在线');
    expect(leader.textContent).toContain('浏览器');
    expect(leader.textContent).toContain('已锁屏');
    expect(leader.textContent).toContain('2小时前');
    expect(screenOnly.textContent).toContain('（登录页面）');
    expect(screenOnly.textContent).toContain('未登录');
    expect(within(screenOnly).queryByRole('button', { name: '结束连接' })).toBeNull();
    expect(screen.getByText(/共 4 个连接，其中 3 个已登录/)).toBeTruthy();

    list.push(row({ id: 'eeeeeeeeeeee', address: '192.168.1.50', staff: staff('张伟', ['inspector'], '监察大队'), unitName: '日喀则市人力资源和社会保障局' }));
    act(() => api.emit({ type: 'data.changed', entity: 'connection', id: null }));
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(5));
    expect(api.callsTo('connections.list')).toHaveLength(2);
  });

  it('ends a connection only with a reason, shows the core’s refusal, then the list without it', async () => {
    let list = connections();
    const api = fakeApi({ 'connections.list': () => ({ items: list, now: NOW }) });
    let refuseNext = true;
    api.on('connections.end', ({ id }) => {
      if (refuseNext) {
        refuseNext = false;
        return refuse('NOT_FOUND', '该连接已断开或已不在列表中，请刷新后再看');
      }
      list = list.filter((c) => c.id !== id);
      return { staffName: '次仁卓玛' };
    });
    renderWithApi(<ConnectionsPage />, api);
    const desk = (await screen.findAllByTestId('connection-row'))[1];
    fireEvent.click(within(desk).getByRole('button', { name: '结束连接' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('192.168.1.23');
    const reason = within(dialog).getByRole('textbox', { name: '结束连接的理由' });
    fireEvent.click(within(dialog).getByRole('button', { name: '结束连接' }));
    expect(await within(dialog).findByText('请填写结束连接的理由')).toBeTruthy();
    expect(api.callsTo('connections.end')).toEqual([]);

    fireEvent.change(reason, { target: { value: '该电脑已交回' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '结束连接' }));
    expect(await within(dialog).findByText('该连接已断开或已不在列表中，请刷新后再看')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '结束连接' }));
    expect(await screen.findByTestId('connection-ended')).toBeTruthy();
    expect(screen.getByTestId('connection-ended').textContent).toContain('已结束 次仁卓玛 的连接');
    expect(api.callsTo('connections.end')).toEqual([{ id: 'bbbbbbbbbbbb', reason: '该电脑已交回' }, { id: 'bbbbbbbbbbbb', reason: '该电脑已交回' }]);
    await waitFor(() => expect(screen.getAllByTestId('connection-row')).toHaveLength(3));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reads how long ago by the core’s clock', () => {
    expect(ago(NOW, NOW - 10_000)).toBe('刚刚');
    expect(ago(NOW, NOW - 5 * 60_000)).toBe('5分钟前');
    expect(ago(NOW, NOW - 90 * 60_000)).toBe('1小时30分钟前');
    expect(ago(NOW, NOW - 3 * 86_400_000)).toBe('3天前');
  });
});

describe('addresses on the audit screen', () => {
  const entry = (seq: number, action: string, change: unknown): AuditEntry =>
    ({ seq, at: NOW, actor: null, sessionId: 's', channel: 'session.login', action, actionLabel: action, entity: 'account', entityId: 'x', change: JSON.stringify(change), hash: 'h' });

  it('reads the transport and address a row carries, and nothing from a row without them', () => {
    expect(clientOf(JSON.stringify({ via: 'login', address: '192.168.1.23', transport: 'server' }))).toBe('局域网 192.168.1.23');
    expect(clientOf(JSON.stringify({ address: '127.0.0.1', transport: 'bridge' }))).toBe('浏览器 127.0.0.1');
    expect(clientOf(JSON.stringify({ via: 'login' }))).toBeNull();
    expect(clientOf('not json')).toBeNull();
  });

  it('shows the address under the person on a refused sign-in', () => {
    render(<AuditTable entries={[entry(2, 'loginFailed', { via: 'login', reason: 'wrongPassword', address: '192.168.1.23', transport: 'server' }), entry(1, 'create', { name: '扎西' })]} brokenAt={null} footer={null} />);
    const addresses = screen.getAllByTestId('audit-address');
    expect(addresses.map((a) => a.textContent)).toEqual(['局域网 192.168.1.23']);
  });
});
