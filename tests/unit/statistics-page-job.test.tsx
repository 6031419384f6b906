// @vitest-environment jsdom
// 统计报表 for a year: counted as a job (statistics.computeJob), never one long statistics.compute call — the page shows
// the job's progress with 取消统计, then the tables the job's result holds; a cancelled job says so and offers 重新统计.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../shared/contract/jobs';
import type { SessionInfo } from '../../shared/contract/session';
import { StatisticsPage } from '../../renderer/src/features/statistics/StatisticsPage';
import { CITY, statReport } from '../fixtures/statistics-report';
import { fakeStatApi } from '../helpers/fake-stat-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const YEAR = { kind: 'year' as const, from: '2026-01-01', to: '2026-12-31' };

function session(): SessionInfo {
  return {
    staff: { id: 'st-1', name: '李强', unitId: CITY.id, departmentId: null, departmentName: null, roles: ['leader'], employment: 'fullTime', active: true },
    unit: { id: CITY.id, regionCode: '540200', name: CITY.name, shortName: '日喀则市人社局', level: 'city', parentId: null },
    permissions: ['signedIn', 'statistics.read'],
    mustChangePassword: false,
    locked: false,
    idleLockMinutes: 0,
  };
}

const job = (patch: Partial<JobInfo>): JobInfo => ({
  id: 'job-1',
  kind: 'statistics.report',
  status: 'running',
  done: 0,
  total: 3,
  message: '正在统计劳动争议处理情况（日喀则市人力资源和社会保障局）',
  startedAt: 1,
  finishedAt: null,
  result: null,
  error: null,
  ...patch,
});

function page(states: () => JobInfo) {
  const cancels: unknown[] = [];
  const api = fakeStatApi(
    { 'statistics.compute': () => statReport(), 'statistics.computeJob': () => job({}), 'statistics.submitted': () => [] },
    {
      'units.list': () => [],
      'jobs.get': () => states(),
      'jobs.cancel': (i: unknown) => (cancels.push(i), job({ message: '正在取消…' })),
    },
  );
  renderWithApi(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <MemoryRouter initialEntries={[`/statistics?period=year&from=${YEAR.from}&to=${YEAR.to}`]}>
        <Routes>
          <Route path="/statistics" element={<StatisticsPage today="2026-12-06" />} />
        </Routes>
      </MemoryRouter>
    </LocalizationProvider>,
    api,
    { session: session() },
  );
  return { api, cancels };
}

describe('统计报表 for a year', () => {
  it('runs as a job: its progress, then the tables of its result — statistics.compute is never called', async () => {
    let polls = 0;
    const { api } = page(() => (polls++ === 0 ? job({ done: 1, message: '正在统计劳动保障监察案件办理情况（日喀则市人力资源和社会保障局）' }) : job({ status: 'succeeded', done: 3, result: { report: statReport() } as never })));
    expect(await screen.findByText('正在统计劳动保障监察案件办理情况（日喀则市人力资源和社会保障局）')).toBeTruthy();
    expect(screen.getByText('1 / 3（33%）')).toBeTruthy();
    expect(api.statCalls('statistics.computeJob')).toEqual([{ period: YEAR, unitId: CITY.id, includeSubunits: false }]);
    expect(await screen.findByTestId('stat-table-arbitration', {}, { timeout: 5000 })).toBeTruthy();
    expect(api.statCalls('statistics.compute')).toEqual([]);
  });

  it('cancels on 取消统计 and says no report was made', async () => {
    let cancelled = false;
    const { api, cancels } = page(() => (cancelled ? job({ status: 'cancelled', done: 1, message: '统计报表已取消，已处理 1 步' }) : job({ done: 1 })));
    fireEvent.click(await screen.findByRole('button', { name: '取消统计' }));
    await waitFor(() => expect(cancels).toEqual([{ jobId: 'job-1' }]));
    cancelled = true;
    expect(await screen.findByText('统计已取消，没有生成报表。', {}, { timeout: 5000 })).toBeTruthy();
    // 重新统计 (the header's, and the notice's) starts the job again.
    cancelled = false;
    fireEvent.click(screen.getAllByRole('button', { name: '重新统计' }).at(-1)!);
    await waitFor(() => expect(api.statCalls('statistics.computeJob')).toHaveLength(2));
  });
});
