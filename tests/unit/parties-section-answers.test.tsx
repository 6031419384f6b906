// @vitest-environment jsdom
// The desk form's party box lists only the answer for what is typed now. Before, the last query's answer stayed on
// screen while the new query waited out its debounce, then gave way to the three 新增 options alone, then to the new
// answer: an option seen and clicked in between could be replaced under the pointer (the e2e roster story once clicked
// 西藏晨曦… from the old list and got the 新增 dialog, since MUI takes the clicked row's index in the current list).
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import type { Party } from '../../shared/contract/parties';
import { emptyForm, type FormValues } from '../../renderer/src/features/intakes/form/model';
import { PartiesSection } from '../../renderer/src/features/intakes/form/PartiesSection';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const party = (n: number, name: string): Party => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  kind: 'organisation',
  name,
  creditCode: null,
  idType: null,
  idNumber: null,
  legalRepName: null,
  legalRepTitle: null,
  address: null,
  phone: null,
  note: null,
  rowVersion: 1,
});
const HUAXING = party(1, '华兴建筑劳务有限公司');
const CHENXI = party(2, '西藏晨曦路桥工程有限公司');

function Harness() {
  const form = useForm<FormValues>({ defaultValues: emptyForm(0) });
  return <PartiesSection control={form.control} register={form.register} setValue={form.setValue} errors={{}} />;
}

function setUp() {
  const api = fakeApi({
    'parties.search': ({ query }) => (query === '' ? [HUAXING, CHENXI] : query === 'cxlq' ? [CHENXI] : []),
    'projects.search': () => [],
    'units.list': () => [],
  });
  renderWithApi(<Harness />, api);
  return api;
}

/** The options of the party box's open list (the form's native selects have options too). */
const optionNames = () => {
  const list = screen.queryByRole('listbox');
  return list ? within(list).queryAllByRole('option').map((o) => o.textContent ?? '') : [];
};

describe('the party box shows the answer for the text typed now', () => {
  it('never lists the previous query’s parties while the new query is on its way', async () => {
    const api = setUp();
    const box = screen.getByLabelText('被投诉单位或个人');
    fireEvent.mouseDown(box);
    await waitFor(() => expect(optionNames().some((t) => t.includes(HUAXING.name))).toBe(true));

    const release = api.hold();
    fireEvent.change(box, { target: { value: 'cxlq' } });
    // The debounce and the held answer: 正在查找…, and no option at all — neither 华兴 (not a match for cxlq) nor
    // the 新增 options, which the answer's rows would push down.
    expect(optionNames()).toEqual([]);
    expect(screen.getByText('正在查找…')).toBeTruthy();
    await waitFor(() => expect(api.callsTo('parties.search').some((c) => c.query === 'cxlq')).toBe(true));
    expect(optionNames()).toEqual([]);

    await act(async () => release());
    await waitFor(() => expect(optionNames()[0]).toContain(CHENXI.name));
    const names = optionNames();
    expect(names.some((t) => t.includes(HUAXING.name))).toBe(false);
    expect(names.slice(1).every((t) => t.startsWith('新增'))).toBe(true);
    expect(names[1]).toContain('“cxlq”');
  });

  it('a failed search leaves the 新增 options, not 正在查找… for ever', async () => {
    const api = setUp();
    api.on('parties.search', () => {
      throw new Error('core down');
    });
    const box = screen.getByLabelText('被投诉单位或个人');
    fireEvent.mouseDown(box);
    fireEvent.change(box, { target: { value: '晨曦' } });
    await waitFor(() => expect(optionNames().length).toBe(3));
    expect(optionNames().every((t) => t.startsWith('新增'))).toBe(true);
  });
});
