// @vitest-environment jsdom
// 统计报表 over a fake core: last month by default, read as 2026年11月; the yearbook table with its grouped headers,
// figures formatted and right-aligned, 本局口径 marked, a rate over nothing "—" with why, each header's definition;
// a figure's files adding up to it (and a warning when they do not), each opening its file; the city over its
// counties; 报送 for leaders only with its confirmation and the core's refusal in Chinese; a submitted report
// read-only with its 更正 banner, and a 更正 refused locally without a reason, then sent with one.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/contract/session';
import type { Permission } from '../../shared/domain/permissions';
import { lookedAt } from '../../renderer/src/features/statistics/queries';
import { StatisticsPage } from '../../renderer/src/features/statistics/StatisticsPage';
import { CITY, statReport, submitted } from '../fixtures/statistics-report';
import { refuse } from '../helpers/fake-api';
import { fakeStatApi, type StatHandlers } from '../helpers/fake-stat-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const COUNTY = { id: 'u-county', name: '桑珠孜区人力资源和社会保障局' };
const unitRow = (u: { id: string; name: string }, parentId: string | null, level: 'city' | 'county') => ({
  ...u, regionCode: level === 'city' ? '540200' : '540202', shortName: u.name.slice(0, 5), level, parentId, active: true, departments: [], rowVersion: 1,
});

function session(permissions: Permission[]): SessionInfo {
  return {
    staff: { id: 'st-1', name: '李强', unitId: CITY.id, departmentId: null, departmentName: null, roles: ['leader'], employment: 'fullTime', active: true },
    unit: { id: CITY.id, regionCode: '540200', name: CITY.name, shortName: '日喀则市人社局', level: 'city', parentId: null },
    permissions,
    mustChangePassword: false,
    locked: false,
    idleLockMinutes: 0,
  };
}
const LEADER: Permission[] = ['signedIn', 'statistics.read', 'statistics.submit'];
const READER: Permission[] = ['signedIn', 'statistics.read'];

const files = (n: number, amounts: (number | null)[] = []) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'caseFile' as const, id: `cf-${i + 1}`, number: `日劳人仲案字〔2026〕第${i + 1}号`, title: `扎西等诉某建筑公司劳动报酬争议 ${i + 1}`, unitName: CITY.name, date: '2026-11-05', amount: amounts[i] ?? null }));

function page(permissions: Permission[], handlers: StatHandlers = {}, counties = false) {
  const api = fakeStatApi(
    { 'statistics.compute': () => statReport(), 'statistics.submitted': () => [], ...handlers },
    { 'units.list': () => [unitRow(CITY, null, 'city'), ...(counties ? [unitRow(COUNTY, CITY.id, 'county')] : [])] },
  );
  const view = renderWithApi(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <MemoryRouter initialEntries={['/statistics']}>
        <Routes>
          <Route path="/statistics" element={<StatisticsPage today="2026-12-06" />} />
          <Route path="/cases/:id" element={<p>案卷页面</p>} />
        </Routes>
      </MemoryRouter>
    </LocalizationProvider>,
    api,
    { session: session(permissions) },
  );
  return { api, view };
}

describe('统计报表', () => {
  it('counts last month by default and shows the yearbook table as a leader reads it', async () => {
    const { api } = page(READER);
    expect(screen.getByTestId('period-label').textContent).toBe('2026年11月');
    const table = await screen.findByTestId('stat-table-arbitration');
    expect(api.statCalls('statistics.compute')[0]).toEqual({ period: { kind: 'month', from: '2026-11-01', to: '2026-11-30' }, unitId: CITY.id, includeSubunits: false });
    // The tabs in the yearbook's order, whatever order the core sent.
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['劳动争议处理情况', '劳动保障监察', '统一咨询接待']);
    const group = within(table).getByTestId('stat-group-header');
    expect(group.textContent).toBe('按争议原因');
    expect(group.getAttribute('colspan')).toBe('2');
    expect(within(table).getByTestId('figure-arbitration.cause.pay').textContent).toBe('1,234');
    expect(within(table).getByTestId('figure-arbitration.amount').textContent).toBe('¥123,456.78');
    expect(within(table).getByTestId('figure-arbitration.closeRate').textContent).toBe('80.0%');
    expect(within(table).getByTestId('figure-arbitration.closeRate').getAttribute('title')).toContain('12 ÷ 15');
    expect(within(table).getByTestId('figure-arbitration.mediationRate').textContent).toBe('—本期调解结案和裁决结案件数为 0，无法计算');
    expect(within(table).getAllByText('本局口径')).toHaveLength(2);
    expect(screen.getByTestId('definitions-version').textContent).toBe('指标口径：第 3 版');
    expect(screen.queryByRole('button', { name: '报送' })).toBeNull();
  });

  it('explains a column’s definition from its header', async () => {
    page(READER);
    await screen.findByTestId('stat-table-arbitration');
    fireEvent.click(screen.getByRole('button', { name: '仲裁结案率的口径' }));
    const box = await screen.findByRole('dialog', { name: '仲裁结案率的口径' });
    expect(box.textContent).toContain('本期结案件数 ÷ （上期未结 + 本期受理）件数');
    expect(box.textContent).toContain('计入期间结案日期');
    expect(box.textContent).toContain('本局口径（官方公式未确认，由管理员在参数中设定）');
  });

  it('opens the files behind a figure, adding up to it, each opening its file', async () => {
    const { api } = page(READER, { 'statistics.files': (i) => (i.indicatorKey === 'arbitration.amount' ? { total: 2, sum: 12_345_678, items: files(2, [10_000_000, 2_345_678]) } : { total: 2, sum: null, items: files(2) }) });
    fireEvent.click(await screen.findByTestId('figure-arbitration.accepted'));
    const dialog = await screen.findByRole('dialog', { name: /本期受理：2/ });
    await within(dialog).findAllByTestId('drill-row');
    expect(api.statCalls('statistics.files')[0]).toMatchObject({ indicatorKey: 'arbitration.accepted', unitId: CITY.id, limit: 200, offset: 0 });
    expect(within(dialog).getByTestId('drill-total').textContent).toBe('合计 2 件');
    expect(within(dialog).getByTestId('drill-check').textContent).toBe('与报表数字一致');
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByTestId('figure-arbitration.amount'));
    const money = await screen.findByRole('dialog', { name: /涉案金额/ });
    await within(money).findAllByTestId('drill-row');
    expect(within(money).getByTestId('drill-total').textContent).toBe('合计 2 件，¥123,456.78');
    expect(within(money).getByText('¥100,000.00')).toBeTruthy();
    fireEvent.click(within(money).getByRole('link', { name: '日劳人仲案字〔2026〕第1号' }));
    expect(await screen.findByText('案卷页面')).toBeTruthy();
  });

  it('lists a rate’s denominator files, checked against the denominator', async () => {
    page(READER, { 'statistics.files': () => ({ total: 15, sum: null, items: files(15) }) });
    fireEvent.click(await screen.findByTestId('figure-arbitration.closeRate'));
    const dialog = await screen.findByRole('dialog', { name: /仲裁结案率：80.0%/ });
    expect(await within(dialog).findAllByTestId('drill-row')).toHaveLength(15);
    expect(dialog.textContent).toContain('列出的是分母（本期结案件数 ÷ （上期未结 + 本期受理）件数）中的案件');
    expect(within(dialog).getByTestId('drill-check').textContent).toBe('与分母 15 一致');
  });

  it('warns when a figure’s files do not add up to it', async () => {
    page(READER, { 'statistics.files': () => ({ total: 1, sum: null, items: files(1) }) });
    fireEvent.click(await screen.findByTestId('figure-arbitration.accepted'));
    const check = await screen.findByTestId('drill-check');
    expect(check.textContent).toContain('案卷合计（1）与报表数字（2）不符');
  });

  it('reports the city over its counties, and a county’s figure lists only that county’s files', async () => {
    const county = statReport();
    county.unit.includeSubunits = true;
    county.tables[1]!.rows.unshift({ unitId: COUNTY.id, unitName: COUNTY.name, isTotal: false, values: { 'arbitration.accepted': { value: 1 } } });
    const { api } = page(READER, { 'statistics.compute': (i) => (i.includeSubunits ? county : statReport()), 'statistics.files': () => ({ total: 1, sum: null, items: files(1) }) }, true);
    await screen.findByTestId('stat-table-arbitration');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '统计单位' }));
    fireEvent.click(await screen.findByRole('option', { name: '全市（含各区县）' }));
    await waitFor(() => expect(within(screen.getByTestId('stat-table-arbitration')).getAllByTestId('stat-row')).toHaveLength(2));
    expect(api.statCalls('statistics.compute').at(-1)).toMatchObject({ includeSubunits: true });
    fireEvent.click(screen.getByRole('button', { name: `${COUNTY.name} 本期受理 1` }));
    await screen.findByTestId('drill-row');
    expect(api.statCalls('statistics.files')[0]).toMatchObject({ includeSubunits: true, rowUnitId: COUNTY.id });
  });

  it('shows the core’s refusal with a retry, and counts again on 重试', async () => {
    let n = 0;
    page(READER, { 'statistics.compute': () => (++n === 1 ? refuse('INTERNAL', '统计数据库暂时无法读取，请稍后重试') : statReport()) });
    expect((await screen.findByRole('alert')).textContent).toContain('统计数据库暂时无法读取');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByTestId('stat-table-arbitration')).toBeTruthy();
  });

  it('moves by quarter, never past the current one, and keeps the days when switched to 自定义', async () => {
    const { api } = page(READER);
    await screen.findByTestId('stat-table-arbitration');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '期间类型' }));
    fireEvent.click(await screen.findByRole('option', { name: '季' }));
    expect(screen.getByTestId('period-label').textContent).toBe('2026年第四季度');
    expect(screen.getByRole('button', { name: '下一期' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '上一期' }));
    expect(screen.getByTestId('period-label').textContent).toBe('2026年第三季度');
    await waitFor(() => expect(api.statCalls('statistics.compute').at(-1)).toMatchObject({ period: { kind: 'quarter', from: '2026-07-01', to: '2026-09-30' } }));
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '期间类型' }));
    fireEvent.click(await screen.findByRole('option', { name: '自定义' }));
    expect(screen.queryByRole('button', { name: '上一期' })).toBeNull();
    await waitFor(() => expect(api.statCalls('statistics.compute').at(-1)).toMatchObject({ period: { kind: 'custom', from: '2026-07-01', to: '2026-09-30' } }));
  });
});

describe('报送 and 更正', () => {
  it('lets a leader submit the report as shown, after confirming', async () => {
    const { api } = page(LEADER, { 'statistics.submit': () => submitted('sr-1') });
    await screen.findByTestId('stat-table-arbitration');
    fireEvent.click(screen.getByRole('button', { name: '报送' }));
    const dialog = await screen.findByRole('dialog', { name: '报送统计报表' });
    expect(dialog.textContent).toContain('2026年11月');
    expect(api.statCalls('statistics.submit')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认报送' }));
    expect((await screen.findByTestId('submitted-note')).textContent).toContain('2026年11月报表已报送');
    expect(api.statCalls('statistics.submit')).toEqual([{ period: { kind: 'month', from: '2026-11-01', to: '2026-11-30' }, unitId: CITY.id, includeSubunits: false, ...lookedAt(statReport()) }]);
  });

  it('shows the core’s refusal in Chinese and counts again when the files changed since', async () => {
    let computed = 0;
    page(LEADER, {
      'statistics.compute': () => statReport({ computedAt: `2026-12-06T02:0${computed++}:00.000Z` }),
      'statistics.submit': () => refuse('CONFLICT', '统计后案卷已有变动，请重新统计后再报送'),
    });
    await screen.findByTestId('stat-table-arbitration');
    fireEvent.click(screen.getByRole('button', { name: '报送' }));
    const dialog = await screen.findByRole('dialog', { name: '报送统计报表' });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认报送' }));
    expect((await within(dialog).findByTestId('submit-error')).textContent).toContain('统计后案卷已有变动，请重新统计后再报送');
    fireEvent.click(within(dialog).getByRole('button', { name: '重新统计' }));
    await waitFor(() => expect(computed).toBe(2));
    expect(screen.queryByTestId('submitted-note')).toBeNull();
  });

  it('shows a submitted report read-only with its 更正 banner, and sends a 更正 only with a reason', async () => {
    const original = submitted('sr-1', { correctedBy: null });
    const { api } = page(LEADER, {
      'statistics.submitted': () => [original],
      'statistics.submittedReport': (i) => (i.id === 'sr-1' ? original : submitted('sr-2', { corrects: { id: 'sr-1', reason: '一件案件受理日期登记有误' } }, statReport({ accepted: 3 }))),
      'statistics.compute': () => statReport({ accepted: 3, computedAt: '2026-12-07T01:00:00.000Z' }),
      'statistics.correct': () => submitted('sr-2', { corrects: { id: 'sr-1', reason: '一件案件受理日期登记有误' } }, statReport({ accepted: 3 })),
    });
    fireEvent.click(await screen.findByRole('button', { name: '查看2026年11月报表' }));
    const dialog = await screen.findByRole('dialog', { name: /已报送的报表/ });
    await within(dialog).findByTestId('stat-table-arbitration');
    // As submitted: no figure opens anything (read-only).
    expect(within(dialog).queryByRole('button', { name: /本期受理 2/ })).toBeNull();
    expect(within(dialog).getByTestId('figure-arbitration.accepted').textContent).toBe('2');

    fireEvent.click(within(dialog).getByRole('button', { name: '更正' }));
    const correct = await screen.findByRole('dialog', { name: /更正已报送的报表/ });
    const changes = await within(correct).findByTestId('correct-changes');
    expect(changes.textContent).toContain('本期受理');
    fireEvent.change(within(correct).getByRole('textbox', { name: '更正理由' }), { target: { value: '有误' } });
    fireEvent.click(within(correct).getByRole('button', { name: '报送更正' }));
    expect(await within(correct).findByText(/请写明更正理由（至少4个字）/)).toBeTruthy();
    expect(api.statCalls('statistics.correct')).toEqual([]);

    fireEvent.change(within(correct).getByRole('textbox', { name: '更正理由' }), { target: { value: '一件案件受理日期登记有误' } });
    fireEvent.click(within(correct).getByRole('button', { name: '报送更正' }));
    expect(await within(dialog).findByTestId('corrects-banner')).toBeTruthy();
    // What is sent is the recount's token, not the submitted report's.
    expect(api.statCalls('statistics.correct')).toEqual([{ reportId: 'sr-1', ...lookedAt(statReport({ accepted: 3, computedAt: '2026-12-07T01:00:00.000Z' })), reason: '一件案件受理日期登记有误' }]);
    expect(lookedAt(statReport({ computedAt: '2026-12-07T01:00:00.000Z' }))).not.toEqual(lookedAt(statReport()));
    expect(within(dialog).getByTestId('corrects-banner').textContent).toContain('更正理由：一件案件受理日期登记有误');
  });

  it('marks a corrected report and leads to its 更正; a report already corrected cannot be corrected again', async () => {
    const original = submitted('sr-1', { correctedBy: 'sr-2' });
    page(LEADER, {
      'statistics.submitted': () => [original],
      'statistics.submittedReport': (i) => (i.id === 'sr-1' ? original : submitted('sr-2', { corrects: { id: 'sr-1', reason: '一件案件受理日期登记有误' } })),
    });
    fireEvent.click(await screen.findByRole('button', { name: '查看2026年11月报表' }));
    const banner = await screen.findByTestId('corrected-banner');
    expect(banner.textContent).toContain('这份报表已被更正');
    expect(screen.queryByRole('button', { name: '更正' })).toBeNull();
    fireEvent.click(within(banner).getByRole('button', { name: '查看更正报表' }));
    expect((await screen.findByTestId('corrects-banner')).textContent).toContain('一件案件受理日期登记有误');
  });

  it('shows a 更正 refused by the core in Chinese', async () => {
    const original = submitted('sr-1');
    page(LEADER, {
      'statistics.submitted': () => [original],
      'statistics.submittedReport': () => original,
      'statistics.correct': () => refuse('FORBIDDEN', '只有领导可以更正已报送的报表'),
    });
    fireEvent.click(await screen.findByRole('button', { name: '查看2026年11月报表' }));
    const dialog = await screen.findByRole('dialog', { name: /已报送的报表/ });
    fireEvent.click(await within(dialog).findByRole('button', { name: '更正' }));
    const correct = await screen.findByRole('dialog', { name: /更正已报送的报表/ });
    expect(await within(correct).findByTestId('correct-no-change')).toBeTruthy();
    fireEvent.change(within(correct).getByRole('textbox', { name: '更正理由' }), { target: { value: '受理日期登记有误' } });
    fireEvent.click(within(correct).getByRole('button', { name: '报送更正' }));
    expect((await within(correct).findByTestId('correct-error')).textContent).toBe('只有领导可以更正已报送的报表');
  });
});
