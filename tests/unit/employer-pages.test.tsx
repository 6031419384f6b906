// @vitest-environment jsdom
// The employer view's screens against a fake core: the search asks only when 查找 is pressed (a number search is on
// the record and counted — never one per key), shows an employer's spellings as one row with 重复欠薪, and the page
// shows the marker, each file with how the employer stands in it, and what is linked but not merged.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { EmployerPage } from '../../renderer/src/features/employers/EmployerPage';
import { EmployerSearchPage } from '../../renderer/src/features/employers/EmployerSearchPage';
import { samples } from '../fixtures/contract-samples';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const search = samples['employers.search'].output;
const view = samples['employers.get'].output;

const at = (path: string, element: React.ReactNode, route: string) => (
  <MemoryRouter initialEntries={[path]}>
    <Routes>
      <Route path={route} element={element} />
      <Route path="/cases/:id" element={<p>案卷页面</p>} />
    </Routes>
  </MemoryRouter>
);

describe('the 用人单位 search page', () => {
  it('asks only when 查找 is pressed, and lists one row per employer with its other spellings and 重复欠薪', async () => {
    const api = fakeApi({ 'employers.search': () => search });
    renderWithApi(at('/employers', <EmployerSearchPage />, '/employers'), api);
    fireEvent.change(screen.getByRole('textbox', { name: '查找用人单位' }), { target: { value: '华建建筑工程有限公司' } });
    expect(api.callsTo('employers.search')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '查找' }));
    const row = await screen.findByTestId('employer-hit');
    expect(api.callsTo('employers.search')).toEqual([{ query: '华建建筑工程有限公司' }]);
    expect(row.textContent).toContain('日喀则市华建建筑工程有限公司');
    expect(row.textContent).toContain('另登记为：日喀则市华建建筑工程公司');
    expect(row.textContent).toContain('重复欠薪');
    expect(row.textContent).toContain('名称相符');
  });

  it('says in Chinese what the core refused', async () => {
    const api = fakeApi({ 'employers.search': () => refuse('VALIDATION', '填写有误：请输入单位名称中“有限公司”等字样以外的部分', { query: '请输入单位名称中“有限公司”等字样以外的部分' }) });
    renderWithApi(at('/employers?q=有限公司', <EmployerSearchPage />, '/employers'), api);
    expect(await screen.findByText(/请输入单位名称中“有限公司”等字样以外的部分/)).toBeTruthy();
  });
});

describe('the employer page', () => {
  it('marks 重复欠薪, lists each file with how the employer stands in it, and opens the file from its row', async () => {
    const api = fakeApi({ 'employers.get': () => view });
    renderWithApi(at(`/employers/party/${view.subject.subject.id}`, <EmployerPage />, '/employers/:type/:id'), api);
    expect((await screen.findByTestId('repeat-marker')).textContent).toContain('重复欠薪：2个案卷');
    expect(api.callsTo('employers.get')).toEqual([{ type: 'party', id: view.subject.subject.id }]);
    expect(screen.getByTestId('employer-span').textContent).toContain('登记时间 2026-03-09 至 2026-11-25');
    const rows = screen.getAllByTestId('employer-file');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('用人单位：日喀则市华建建筑工程有限公司');
    expect(rows[0]!.textContent).toContain('¥12,800.00');
    expect(screen.getByTestId('employer-totals').textContent).toContain('诉求金额¥25,600.00欠薪金额¥25,600.00');
    expect(screen.getByRole('list', { name: '关联单位和人员' }).textContent).toContain('王德发个人（包工头、个体） · 620102********0384 · 同案班组（包工头） · 1个案卷');
    fireEvent.click(rows[1]!);
    await waitFor(() => expect(screen.getByText('案卷页面')).toBeTruthy());
  });

  it('says when the employer is not on file', async () => {
    const api = fakeApi({ 'employers.get': () => refuse('NOT_FOUND', '被投诉方不存在') });
    renderWithApi(at('/employers/party/nobody', <EmployerPage />, '/employers/:type/:id'), api);
    expect(await screen.findByText('找不到这个用人单位或项目')).toBeTruthy();
  });
});
