// @vitest-environment jsdom
// 统计概览 on the leader's desk against a fake core: closed, it asks nothing; opened, it draws the charts with their
// figures also as tables (the screen reader's and the keyboard's way in), and a figure opens the files behind it —
// the dialog lists exactly what the core returns for that bar, with its count and sum.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsCharts } from '../../shared/contract/statistics-charts';
import { StatisticsOverview } from '../../renderer/src/features/statistics/charts/StatisticsOverview';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

beforeAll(() => {
  // jsdom has no layout: the charts measure their box through ResizeObserver.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const months = Array.from({ length: 12 }, (_, i) => {
  const m = i === 0 ? '2025-12' : `2026-${String(i).padStart(2, '0')}`;
  return { month: m, from: `${m}-01`, to: `${m}-28`, complaints: i === 11 ? 4 : i === 10 ? 1 : 0, recoveredFen: i === 10 ? 300_000 : 0 };
});

const figures: StatisticsCharts = {
  today: '2026-11-25',
  unitName: '日喀则市人力资源和社会保障局',
  months,
  counties: [],
  countyUnits: 18,
  employers: [{ partyId: 'party-a', name: '日喀则市华建建筑工程有限公司', outstandingFen: 1_200_000, files: 2 }],
};

const ownedFiles = [
  { kind: 'caseFile' as const, id: 'case-1', number: '', title: '多吉投诉日喀则市华建建筑工程有限公司', unitName: '日喀则市', date: '2025-11-30', amount: 200_000 },
  { kind: 'caseFile' as const, id: 'case-2', number: '日人社监〔2026〕3号', title: '扎西等2人投诉日喀则市华建建筑工程有限公司', unitName: '日喀则市', date: '2026-10-15', amount: 1_000_000 },
];
const complaintFiles = {
  total: 1,
  sum: null,
  items: [{ kind: 'intake' as const, id: 'intake-1', number: '2026-0042', title: '扎西等2人反映拖欠工资', unitName: '日喀则市', date: '2026-10-15', amount: null }],
};

function setup(complaints = complaintFiles) {
  const api = fakeApi({
    'statistics.charts': () => figures,
    'statistics.chartFiles': (input) => (input.chart === 'complaints' ? complaints : { total: 2, sum: 1_200_000, items: ownedFiles }),
  });
  renderWithApi(<MemoryRouter><StatisticsOverview /></MemoryRouter>, api);
  return api;
}

describe('统计概览 on the leader’s desk', () => {
  it('closed, asks the core nothing; opened, shows each chart with its figures as a table and says so when no county has data', async () => {
    const api = setup();
    expect(api.callsTo('statistics.charts')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: /统计概览/ }));
    const trend = await screen.findByRole('figure', { name: /^近12个月投诉和追发工资：/ }, { timeout: 3000 });
    expect(trend.getAttribute('aria-label')).toContain('2026年10月投诉1件、追发¥3,000.00');
    expect(api.callsTo('statistics.charts')).toHaveLength(1);
    const table = screen.getByRole('table', { name: '近12个月投诉和追发工资（表）' });
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    expect(within(table).getByRole('button', { name: '2026年11月投诉（件）4，查看明细' })).toBeTruthy();
    expect(screen.getByText('本系统中还没有各县（区）的案卷和登记，导入后在这里按县（区）分列。')).toBeTruthy();
    expect(screen.getByRole('table', { name: '尚欠工资最多的用人单位（表）' }).textContent).toContain('日喀则市华建建筑工程有限公司');
    // Open files by stage and overdue duties by department are the desk's 全单位统计, drawn there once, not here again.
    expect(screen.queryByRole('table', { name: '逾期期限按部门（表）' })).toBeNull();
    expect(screen.queryByRole('table', { name: '在办案卷按程序和阶段（表）' })).toBeNull();
    expect(screen.queryByText(/逾期期限|在办案卷（按程序和阶段）/)).toBeNull();
  });

  it('a figure opens the files behind it: the bar’s own query, its rows, its count, each linking to its file', async () => {
    const api = setup();
    fireEvent.click(screen.getByRole('button', { name: /统计概览/ }));
    fireEvent.click(await screen.findByRole('button', { name: '2026年10月投诉（件）1，查看明细' }, { timeout: 3000 }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getAllByTestId('chart-file-row')).toHaveLength(1));
    expect(api.callsTo('statistics.chartFiles')).toEqual([{ chart: 'complaints', month: '2026-10' }]);
    expect(within(dialog).getByTestId('chart-files-total').textContent).toBe('共 1 件投诉');
    expect(within(dialog).getByRole('link', { name: '扎西等2人反映拖欠工资' }).getAttribute('href')).toBe('/intakes/intake-1');
    expect(within(dialog).getByRole('columnheader', { name: '接待日期' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '日喀则市华建建筑工程有限公司尚欠工资（元）¥12,000.00，查看明细' }));
    const money = await screen.findByRole('dialog');
    await waitFor(() => expect(within(money).getByTestId('chart-files-total').textContent).toBe('共 2 个案卷，合计 ¥12,000.00'));
    expect(within(money).getByRole('link', { name: '扎西等2人投诉日喀则市华建建筑工程有限公司' }).getAttribute('href')).toBe('/cases/case-2');
    expect(api.callsTo('statistics.chartFiles').at(-1)).toEqual({ chart: 'employer', partyId: 'party-a' });
  });

  it('a bar with more files than the dialog lists says how many it counts and how many it shows', async () => {
    setup({ ...complaintFiles, total: 600 });
    fireEvent.click(screen.getByRole('button', { name: /统计概览/ }));
    fireEvent.click(await screen.findByRole('button', { name: '2026年10月投诉（件）1，查看明细' }, { timeout: 3000 }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByTestId('chart-files-total').textContent).toBe('共 600 件投诉；下面列出前 1 条'));
  });
});
