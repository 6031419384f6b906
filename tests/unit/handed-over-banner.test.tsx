// @vitest-environment jsdom
// The banner of a handed-over copy (npm run handover, docs/server.md): it says where the data now lives, in the core's
// words, and is absent from an installation in service.
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HandedOverBanner } from '../../renderer/src/app/HandedOverBanner';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

const base = { initialized: true, unit: null, offerDemo: false, demo: false, appVersion: '0.1.0' };
const MESSAGE = '本机数据已于 2026-12-07 06:29 移交给单位服务器（https://192.168.1.10:8443/），现在保存在服务器上；本机这份是移交前的只读副本，不能再登记或修改。';

afterEach(cleanup);

describe('the handed-over banner', () => {
  it('shows where the data now lives on a handed-over copy', async () => {
    renderWithApi(<HandedOverBanner />, fakeApi({ 'setup.status': () => ({ ...base, handedOver: { at: 0, server: 'https://192.168.1.10:8443/', message: MESSAGE } }) }));
    const banner = await screen.findByTestId('handed-over-banner');
    expect(banner.textContent).toContain('本机数据已移交给单位服务器，这里只能查看');
    expect(banner.textContent).toContain(MESSAGE);
  });

  it('is absent from an installation in service', async () => {
    let answered = false;
    renderWithApi(<HandedOverBanner />, fakeApi({ 'setup.status': () => ((answered = true), { ...base, handedOver: null }) }));
    await waitFor(() => expect(answered).toBe(true));
    await new Promise((r) => setTimeout(r, 50)); // the answer rendered
    expect(screen.queryByTestId('handed-over-banner')).toBeNull();
  });
});
