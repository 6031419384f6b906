// @vitest-environment jsdom
// 导出 Excel in the desktop app: the workbook is saved and offered "用系统程序打开" — main gets its name and bytes as
// the core made them — as a document's PDF is; main's refusal is shown in Chinese. Browser mode (no window.native)
// saves only and offers nothing it cannot do.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NativeApi } from '../../shared/contract/native';
import { ExportButtons } from '../../renderer/src/features/statistics/ExportButtons';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

const XLSX = '统计报表-2026年11月-日喀则市人力资源和社会保障局.xlsx';
const BYTES = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00];
const source = { counted: { period: { kind: 'month' as const, from: '2026-11-01', to: '2026-11-30' }, unitId: 'u-city', digest: 'a'.repeat(64) } };

function render() {
  const api = fakeApi({
    'statistics.export': (input) => ({
      fileName: input.format === 'xlsx' ? XLSX : XLSX.replace('.xlsx', '.pdf'),
      mime: input.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
      contentBase64: Buffer.from(BYTES).toString('base64'),
    }),
  });
  renderWithApi(<ExportButtons source={source} />, api);
  return api;
}

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  delete window.native;
});

describe('the exported workbook opened', () => {
  it('in the desktop app is saved, then opened in the system’s application on request', async () => {
    const openDocument = vi.fn<NativeApi['openDocument']>(async () => '');
    window.native = { openDocument };
    render();
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    expect((await screen.findByTestId('export-saved')).textContent).toContain(`已保存 ${XLSX}`);
    expect(openDocument).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '用系统程序打开' }));
    await waitFor(() => expect(screen.getByTestId('export-saved').textContent).toContain(`已用系统程序打开 ${XLSX}`));
    expect(openDocument).toHaveBeenCalledTimes(1);
    const [name, bytes] = openDocument.mock.calls[0]!;
    expect(name).toBe(XLSX);
    expect([...bytes]).toEqual(BYTES);
    expect(screen.queryByRole('button', { name: '用系统程序打开' })).toBeNull();
  });

  it('shows main’s refusal and lets the person try again', async () => {
    const openDocument = vi.fn<NativeApi['openDocument']>(async () => '无法打开：该表格含有宏、控件、嵌入对象或外部链接');
    window.native = { openDocument };
    render();
    fireEvent.click(screen.getByRole('button', { name: '导出 PDF' }));
    fireEvent.click(await screen.findByRole('button', { name: '用系统程序打开' }));
    await waitFor(() => expect(screen.getByTestId('export-saved').textContent).toContain('无法打开：该表格含有宏、控件、嵌入对象或外部链接'));
    expect(openDocument.mock.calls[0]![0]).toBe(XLSX.replace('.xlsx', '.pdf'));
    expect(screen.getByRole('button', { name: '用系统程序打开' })).not.toBeNull();
  });

  it('in browser mode saves the file and offers no opening', async () => {
    const api = render();
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    expect(api.callsTo('statistics.export')).toHaveLength(1);
    expect(screen.queryByTestId('export-saved')).toBeNull();
    expect(screen.queryByRole('button', { name: '用系统程序打开' })).toBeNull();
  });
});
