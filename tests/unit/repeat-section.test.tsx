// @vitest-environment jsdom
// The desk form's repeat check against a fake core: only numbers typed in full are sent; a match shows why it matched,
// a name alone reads as a weak hint, and choosing "并入该案卷" puts the choice in the form's values for the save.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Profiler } from 'react';
import { useForm, type UseFormGetValues } from 'react-hook-form';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyForm, emptyRow, type FormValues } from '../../renderer/src/features/intakes/form/model';
import { REPEAT_SETTLE_MS, RepeatSection } from '../../renderer/src/features/followup/RepeatSection';
import { repeatInput } from '../../renderer/src/features/followup/repeat-input';
import { samples } from '../fixtures/contract-samples';
import { ZHAXI_ID, ZHAXI_PHONE } from '../fixtures/zhaxi-complaint';
import { fakeApi } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const sample = samples['repeats.check'].output;
const rows = (over: Partial<FormValues['complainants'][number]>) => [{ ...emptyRow(), ...over }];

function Harness({ values, expose, onDraw }: { values: Partial<FormValues>; expose: (get: UseFormGetValues<FormValues>) => void; onDraw?: () => void }) {
  const form = useForm<FormValues>({ defaultValues: { ...emptyForm(0), ...values } });
  expose(form.getValues);
  return (
    <MemoryRouter>
      <input aria-label="第1行 姓名" {...form.register('complainants.0.name')} />
      <Profiler id="repeat" onRender={() => onDraw?.()}>
        <RepeatSection control={form.control} setValue={form.setValue} subscribe={form.subscribe} getValues={form.getValues} errors={{}} />
      </Profiler>
    </MemoryRouter>
  );
}

describe('what the form sends to repeats.check', () => {
  it('sends only full, valid numbers; a partial ID or phone is left out', () => {
    const input = repeatInput({ ...emptyForm(0), complainants: rows({ name: '扎西', idNumber: ZHAXI_ID.slice(0, 15), phone: ZHAXI_PHONE.slice(0, 9) }) });
    expect(input.complainants).toEqual([{ name: '扎西', idType: 'residentId', idNumber: null, phones: [] }]);
    const full = repeatInput({ ...emptyForm(0), complainants: rows({ idNumber: ZHAXI_ID, phone: ZHAXI_PHONE }) });
    expect(full.complainants).toEqual([{ name: '', idType: 'residentId', idNumber: ZHAXI_ID, phones: [ZHAXI_PHONE] }]);
    expect(repeatInput({ ...emptyForm(0), projectName: ' 安居小区三期 ' }).project).toEqual({ name: '安居小区三期', siteAddress: null });
  });
});

describe('the repeat check in the desk form', () => {
  it('shows a repeat with why it matched, and “并入该案卷” sets the choice the save sends', async () => {
    const api = fakeApi({ 'repeats.check': () => sample });
    let get: UseFormGetValues<FormValues> = () => { throw new Error('not rendered'); };
    renderWithApi(<Harness values={{ complainants: rows({ name: '扎西', idNumber: ZHAXI_ID }) }} expose={(g) => (get = g)} />, api);
    expect(await screen.findByTestId('repeat-summary', {}, { timeout: 3000 })).toHaveProperty('textContent', expect.stringContaining('发现 1 件可能重复的事项'));
    expect(screen.getAllByTestId('repeat-reason').map((c) => c.textContent)).toEqual(['投诉人身份证号相同：540202********0019（扎西）', `被投诉方相同：${sample.matches[0]!.reasons[1]!.detail}`]);
    expect(api.callsTo('repeats.check')[0]).toMatchObject({ complainants: [{ name: '扎西', idNumber: ZHAXI_ID }] });
    fireEvent.click(screen.getByRole('button', { name: '并入该案卷' }));
    await waitFor(() => expect(get('repeatAction')).toBe('attach'));
    expect(get('repeatFileId')).toBe(sample.matches[0]!.caseFileId);
    expect(screen.getByTestId('repeat-choice').textContent).toContain('本次登记并入案卷');
  });

  it('reads a name-only match as a weak hint, and asks nothing before there is anything to look up', async () => {
    const weak = { ...sample, matches: [{ ...sample.matches[0]!, strong: false, reasons: [{ kind: 'name' as const, detail: '扎西' }] }] };
    const api = fakeApi({ 'repeats.check': () => weak });
    renderWithApi(<Harness values={{ complainants: rows({ name: '扎西' }) }} expose={() => {}} />, api);
    expect(await screen.findByTestId('repeat-summary', {}, { timeout: 3000 })).toHaveProperty('textContent', expect.stringContaining('仅有姓名相同的事项（同名者多，仅供参考）'));
    expect(screen.getByTestId('repeat-reason').textContent).toBe('投诉人姓名相同（仅供参考）：扎西');
    cleanup();
    const quiet = fakeApi({ 'repeats.check': () => sample });
    renderWithApi(<Harness values={{ complainants: rows({ idNumber: ZHAXI_ID.slice(0, 12) }) }} expose={() => {}} />, quiet);
    expect(await screen.findByText(/自动核查是否重复投诉/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 800));
    expect(quiet.callsTo('repeats.check')).toEqual([]);
  });

  it('a name typed letter by letter draws nothing until the typing pauses, then is checked once, as typed', async () => {
    const api = fakeApi({ 'repeats.check': () => ({ ...sample, matches: [] }) });
    let draws = 0;
    renderWithApi(<Harness values={{ complainants: rows({ idNumber: ZHAXI_ID }) }} expose={() => {}} onDraw={() => draws++} />, api);
    await waitFor(() => expect(api.callsTo('repeats.check')).toHaveLength(1));
    await screen.findByTestId('repeat-none');
    const before = draws;
    for (const text of ['扎', '扎西', '扎西多', '扎西多吉']) fireEvent.change(screen.getByLabelText('第1行 姓名'), { target: { value: text } });
    expect(draws).toBe(before);
    await act(() => new Promise((r) => setTimeout(r, REPEAT_SETTLE_MS + 200)));
    await waitFor(() => expect(api.callsTo('repeats.check')).toHaveLength(2));
    expect(api.callsTo('repeats.check')[1]).toMatchObject({ complainants: [{ name: '扎西多吉', idNumber: ZHAXI_ID }] });
  });
});
