// @vitest-environment jsdom
// The desktop app's first-run choice screen against a fake main: alone is one click; a server is checked first
// (its name, fingerprint in groups and validity shown), and 连接 waits for the person's confirmation that the
// fingerprint is the administrator's. A changed certificate shows both fingerprints and is taken again only after a
// second, explicit confirmation. Main's refusals show as they came and nothing is kept.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionChoice } from '../../renderer/src/app/ConnectionChoice';
import { ChoiceGate } from '../../renderer/src/app/ChoiceGate';
import type { ChoiceStatus, ConnectionChoiceApi, ProbedServerView } from '../../shared/contract/server-link';

afterEach(cleanup);

const FP = 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89';
const NEW_FP = FP.replace(/^AB/, '00');
const server: ProbedServerView = {
  origin: 'https://xinan.rkz.local:8443',
  name: 'xinan.rkz.local',
  fingerprint: FP,
  subject: 'CN=xinan',
  issuer: 'CN=xinan',
  selfSigned: true,
  validFrom: Date.parse('2026-12-01T00:00:00+08:00'),
  validTo: Date.parse('2029-03-05T00:00:00+08:00'),
  names: ['xinan.rkz.local'],
};
const FIRST: ChoiceStatus = { needed: true, problem: null, server: null };

function fakeBridge(probe: ConnectionChoiceApi['probe'] = async () => ({ ok: true, server })) {
  return { status: vi.fn(async () => FIRST), probe: vi.fn(probe), choose: vi.fn(async () => '') } satisfies ConnectionChoiceApi;
}

describe('the first-run choice screen', () => {
  it('this PC alone: one click keeps { mode: alone }', async () => {
    const bridge = fakeBridge();
    render(<ConnectionChoice bridge={bridge} status={FIRST} />);
    fireEvent.click(screen.getByRole('button', { name: '这台电脑单独使用' }));
    await waitFor(() => expect(bridge.choose).toHaveBeenCalledWith({ mode: 'alone' }));
    expect(await screen.findByText('已保存，正在启动…')).toBeTruthy();
  });

  it('a server: checked, its fingerprint shown in groups with its validity; 连接 only once the person confirms it matches', async () => {
    const bridge = fakeBridge();
    render(<ConnectionChoice bridge={bridge} status={FIRST} />);
    fireEvent.click(screen.getByRole('button', { name: '连接本局服务器' }));
    fireEvent.change(screen.getByLabelText('服务器地址'), { target: { value: 'xinan.rkz.local' } });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await waitFor(() => expect(bridge.probe).toHaveBeenCalledWith('xinan.rkz.local'));
    const fingerprint = await screen.findByTestId('probed-fingerprint');
    expect([...fingerprint.querySelectorAll('span')].map((s) => s.textContent)).toEqual(['AB:CD:EF:01', '23:45:67:89', 'AB:CD:EF:01', '23:45:67:89', 'AB:CD:EF:01', '23:45:67:89', 'AB:CD:EF:01', '23:45:67:89']);
    expect(screen.getByTestId('probed-server').textContent).toContain('有效期：2026年12月1日 至 2029年3月5日');
    expect(screen.getByTestId('probed-server').textContent).toContain('服务器名称：xinan.rkz.local');
    const connect = screen.getByRole('button', { name: '连接' }) as HTMLButtonElement;
    expect(connect.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/以上指纹与管理员告诉我/));
    expect(connect.disabled).toBe(false);
    fireEvent.click(connect);
    await waitFor(() => expect(bridge.choose).toHaveBeenCalledWith({ mode: 'server', address: server.origin, fingerprint: FP, name: 'xinan.rkz.local' }));
  });

  it('shows the probe’s and main’s refusals in Chinese and keeps nothing', async () => {
    const bridge = fakeBridge(async () => ({ ok: false, message: 'xinan.rkz.local:8443 拒绝连接：服务器上的薪安服务未运行，或端口不对' }));
    render(<ConnectionChoice bridge={bridge} status={{ ...FIRST, problem: '无法读取连接设置：文件内容已损坏。请重新选择这台电脑的使用方式' }} />);
    expect(screen.getByText(/文件内容已损坏/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '连接本局服务器' }));
    fireEvent.change(screen.getByLabelText('服务器地址'), { target: { value: 'xinan.rkz.local' } });
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    expect((await screen.findByTestId('choice-error')).textContent).toContain('拒绝连接');
    expect(screen.queryByTestId('probed-server')).toBeNull();
    expect(bridge.choose).not.toHaveBeenCalled();
  });

  it('a changed certificate: both fingerprints shown; accepted again only after the second, explicit confirmation', async () => {
    const bridge = fakeBridge(async () => ({ ok: true, server: { ...server, fingerprint: NEW_FP } }));
    const refusal = { message: `服务器的证书已变更……\n本机确认过的指纹：${FP}\n服务器现在出示的：${NEW_FP}`, pinned: FP, presented: NEW_FP };
    render(<ConnectionChoice bridge={bridge} status={{ needed: false, problem: null, server: { address: server.origin, name: server.name, fingerprint: FP } }} refusal={refusal} />);
    const shown = screen.getByTestId('certificate-refusal').textContent!;
    expect(shown).toContain(FP);
    expect(shown).toContain(NEW_FP);
    // The kept address is re-read, not typed again.
    expect((screen.getByLabelText('服务器地址') as HTMLInputElement).value).toBe(server.origin);
    fireEvent.click(screen.getByRole('button', { name: '重新读取证书' }));
    await screen.findByTestId('probed-fingerprint');
    const connect = screen.getByRole('button', { name: '连接' }) as HTMLButtonElement;
    fireEvent.click(screen.getByLabelText(/以上指纹与管理员告诉我/));
    expect(connect.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/服务器的证书确实已经更换/));
    expect(connect.disabled).toBe(false);
    fireEvent.click(connect);
    await waitFor(() => expect(bridge.choose).toHaveBeenCalledWith({ mode: 'server', address: server.origin, fingerprint: NEW_FP, name: server.name }));
  });

  it('the gate: the app at once in a browser; the screen while the desktop has no choice; the app once it has', async () => {
    render(<ChoiceGate bridge={null}>应用</ChoiceGate>);
    expect(screen.getByText('应用')).toBeTruthy();
    cleanup();
    const bridge = fakeBridge();
    render(<ChoiceGate bridge={bridge}>应用</ChoiceGate>);
    expect(await screen.findByRole('button', { name: '这台电脑单独使用' })).toBeTruthy();
    expect(screen.queryByText('应用')).toBeNull();
    cleanup();
    bridge.status.mockResolvedValue({ needed: false, problem: null, server: null });
    render(<ChoiceGate bridge={bridge}>应用</ChoiceGate>);
    expect(await screen.findByText('应用')).toBeTruthy();
  });
});
