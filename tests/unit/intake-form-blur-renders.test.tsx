// @vitest-environment jsdom
// The desk form at scale (issue #15 item 6): a complainant row's blur that changes only that row's messages draws the
// rows' section, not the page's other sections (the date pickers of 来源, the employer picker of 被投诉方, the routing,
// the screening, the repeat check). At 100 rows that drawing was 40–70 ms of every Tab that left a row's field.
// The sections' renders are counted through their modules; the page runs against a fake core.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { samples } from '../fixtures/contract-samples';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

const renders = vi.hoisted(() => new Map<string, number>());
const counted = (name: string) => renders.get(name) ?? 0;

/** Wraps a module's section component so each of its renders is counted under `name`. */
async function counting(load: () => Promise<unknown>, key: string, name: string): Promise<Record<string, unknown>> {
  const actual = (await load()) as Record<string, unknown>;
  const { createElement } = await import('react');
  const Inner = actual[key] as (props: object) => React.ReactNode;
  const Counted = (props: object) => {
    renders.set(name, counted(name) + 1);
    return createElement(Inner, props);
  };
  return { ...actual, [key]: Counted };
}

vi.mock('../../renderer/src/features/intakes/form/SourceSection', () => counting(() => vi.importActual('../../renderer/src/features/intakes/form/SourceSection'), 'SourceSection', 'source'));
vi.mock('../../renderer/src/features/intakes/form/PartiesSection', () => counting(() => vi.importActual('../../renderer/src/features/intakes/form/PartiesSection'), 'PartiesSection', 'parties'));
vi.mock('../../renderer/src/features/intakes/form/RoutingSection', () => counting(() => vi.importActual('../../renderer/src/features/intakes/form/RoutingSection'), 'RoutingSection', 'routing'));
vi.mock('../../renderer/src/features/intakes/form/ScreeningFields', () => counting(() => vi.importActual('../../renderer/src/features/intakes/form/ScreeningFields'), 'ScreeningFields', 'screening'));
vi.mock('../../renderer/src/features/followup/RepeatSection', () => counting(() => vi.importActual('../../renderer/src/features/followup/RepeatSection'), 'RepeatSection', 'repeat'));
vi.mock('../../renderer/src/features/intakes/form/GroupCounts', () => counting(() => vi.importActual('../../renderer/src/features/intakes/form/GroupCounts'), 'GroupTotals', 'totals'));

const { IntakeFormPage } = await import('../../renderer/src/features/intakes/IntakeFormPage');

afterEach(cleanup);
beforeEach(() => renders.clear());

const session = { ...samples['session.login'].output, staff: { ...samples['session.login'].output.staff, id: 'st-desk', name: '次仁卓玛', roles: ['receptionist' as const] } };

/** The form against a fake core that keeps no draft and knows no employers or projects. */
function renderPage() {
  const api = fakeApi({
    'drafts.get': ({ formKey }) => ({ formKey, data: null, updatedAt: null }),
    'drafts.save': ({ formKey, data }) => ({ formKey, data, updatedAt: 1_795_579_200_000 }),
    'drafts.discard': () => ({}),
    'parameters.list': () => [],
    'units.list': () => [],
    'parties.search': () => [],
    'projects.search': () => [],
  });
  renderWithApi(
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="zh-cn">
      <MemoryRouter>
        <IntakeFormPage />
      </MemoryRouter>
    </LocalizationProvider>,
    api,
    { session },
  );
}

describe('the desk form: a row’s blur draws the row, not the page', () => {
  it('an ID number left malformed shows its message under the row while the other sections are not drawn again', async () => {
    renderPage();
    const name = await screen.findByRole('textbox', { name: '第1行 姓名' });
    fireEvent.change(name, { target: { value: '扎西次仁' } });
    const id = screen.getByRole('textbox', { name: '第1行 证件号码' });
    fireEvent.focus(id);
    fireEvent.change(id, { target: { value: '54020219' } });
    const before = new Map(renders);
    expect([...before.keys()].sort()).toEqual(['parties', 'repeat', 'routing', 'screening', 'source', 'totals']);
    fireEvent.blur(id);
    // The row's own message came (the blur's check ran and the page's state changed) …
    await waitFor(() => expect(id.getAttribute('aria-invalid')).toBe('true'));
    // … and no other section was drawn for it.
    for (const [section, n] of before) expect(counted(section), section).toBe(n);
  });

  it('清空重填 empties the fields of the sections it does not otherwise draw (告知内容, 诉求摘要, a row)', async () => {
    renderPage();
    const notice = await screen.findByRole('textbox', { name: '告知内容' });
    fireEvent.change(notice, { target: { value: '已告知转监察大队处理' } });
    fireEvent.change(screen.getByRole('textbox', { name: '诉求摘要' }), { target: { value: '工资未付' } });
    fireEvent.change(screen.getByRole('textbox', { name: '第1行 姓名' }), { target: { value: '扎西次仁' } });
    fireEvent.click(screen.getByRole('button', { name: '清空重填' }));
    fireEvent.click(await screen.findByRole('button', { name: '清空' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: '告知内容' })).toHaveProperty('value', ''));
    expect(screen.getByRole('textbox', { name: '诉求摘要' })).toHaveProperty('value', '');
    expect(screen.getByRole('textbox', { name: '第1行 姓名' })).toHaveProperty('value', '');
  });
});
