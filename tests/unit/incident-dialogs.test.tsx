// @vitest-environment jsdom
// An incident's report clocks and the report form, against a fake core: the clocks read by the core's own rule as the
// instant moves; the form offers the first body not yet reported to, sends what was typed, and shows the core's
// refusal at its field rather than above the buttons.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportClocks } from '../../renderer/src/features/incidents/ReportClocks';
import { ReportDialog } from '../../renderer/src/features/incidents/ReportDialog';
import { samples } from '../fixtures/contract-samples';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const incident = samples['incidents.get'].output.incidents[0]!;
const leader = { ...samples['staff.list'].output[0]!, id: 'st-leader', name: '李强', departmentName: '局领导', roles: ['leader' as const] };
const session = { ...samples['session.login'].output, staff: { ...samples['session.login'].output.staff, id: 'st-leader', name: '李强', roles: ['leader' as const] } };

describe('report clocks', () => {
  it('count down to the due hour, turn overdue after it, and say when the report was made in time', () => {
    const clocks = incident.clocks.map((c) => ({ ...c, metAt: null }));
    const at = (ms: number) => {
      cleanup();
      render(<ReportClocks clocks={clocks} now={ms} />);
      return screen.getAllByTestId('report-clock').map((c) => c.textContent);
    };
    const due = clocks[0]!.dueAt;
    expect(at(due - 35 * 60_000)).toEqual(['向上级报告：10:45前 · 剩余35分钟', '通报公安：10:45前 · 剩余35分钟', '通报住建：11:45前 · 剩余1小时35分钟']);
    expect(at(due + 65 * 60_000)[0]).toBe('向上级报告：10:45前 · 已超时1小时5分钟');
    cleanup();
    render(<ReportClocks clocks={incident.clocks} now={due + 65 * 60_000} />);
    expect(screen.getAllByTestId('report-clock')[0]!.textContent).toBe('向上级报告：已按时报告');
  });
});

describe('the report form over the fake Api', () => {
  it('offers the first body not yet reported to, shows the core’s refusal at its field, then sends and closes', async () => {
    const onClose = vi.fn();
    const api = fakeApi({
      'staff.list': () => [leader],
      'incidents.report': () => refuse('VALIDATION', '填写有误：报告时间不能晚于现在（2026-11-25 10:00）', { reportedAt: '报告时间不能晚于现在（2026-11-25 10:00）' }),
    });
    renderWithApi(
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <ReportDialog incident={incident} onClose={onClose} />
      </LocalizationProvider>,
      api,
      { session },
    );
    const dialog = await screen.findByRole('dialog', { name: '记录群体性事件的报告' });
    // 上级 is reported already: 公安 is offered first, and it would be its first report.
    expect(within(dialog).getByRole('combobox', { name: '报告对象' }).textContent).toBe('通报公安机关');
    expect(within(dialog).getByText('首次报告（首报）')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '报告单位或人员' }), { target: { value: '城北派出所' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: '报告内容摘要' }), { target: { value: '局门口12人聚集堵门，请派警力' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '记录报告' }));
    expect(await within(dialog).findByText('报告时间不能晚于现在（2026-11-25 10:00）')).toBeTruthy();
    expect(within(dialog).queryAllByRole('alert')).toHaveLength(0);
    expect(onClose).not.toHaveBeenCalled();

    api.on('incidents.report', () => incident);
    fireEvent.click(within(dialog).getByRole('button', { name: '记录报告' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.callsTo('incidents.report')[1]).toMatchObject({ incidentId: incident.id, recipient: 'police', addressee: '城北派出所', reportedBy: 'st-leader', method: 'phone', summary: '局门口12人聚集堵门，请派警力' });
  });
});
