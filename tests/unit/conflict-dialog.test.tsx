// @vitest-environment jsdom
// The conflict screen over a fake core (issue #16 Deliver 5): 张伟 has a 询问笔录 draft open when 达瓦次仁 saves it
// first (another place, the first answer changed); 张伟's save is refused as stale, and the screen shows the fields
// where they differ. Each choice is checked by what is sent: 用我的内容覆盖 sends all of his on the new version, 采用对方的
// 内容 sends nothing and puts theirs in the form, a per-field choice sends the mix, 取消 keeps everything typed. A save
// refused for another reason (finalised meanwhile) shows the core's sentence, not the screen. The diff and merge are pure.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InquiryRecordView } from '../../shared/contract/investigation';
import { differences, merge, mergeItems, type ConflictField } from '../../renderer/src/components/conflict';
import { lineDiff } from '../../renderer/src/components/line-diff';
import { InquiryRecordDialog } from '../../renderer/src/features/investigation/InquiryRecordDialog';
import { investigationSamples } from '../fixtures/contract-samples/investigation';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const list = investigationSamples['investigation.list'].output;
const opened: InquiryRecordView = { ...investigationSamples['investigation.saveRecord'].output, rowVersion: 2 };
const THEIR_PLACE = '劳动保障监察支队205室';
const MY_PLACE = '桑珠孜小学项目部';
const MY_ANSWER = '我们4月开工，7月以后没有发过工资。';

/** A core holding the draft: 达瓦次仁 saved it (version 3) after 张伟 opened version 2; a save at a stale version is refused. */
function core(stored: InquiryRecordView = { ...opened, place: THEIR_PLACE, qa: [{ q: opened.qa[0]!.q, a: '他们改过的回答' }], rowVersion: 3 }) {
  let current = stored;
  const api = fakeApi({
    'investigation.list': () => ({ ...list, records: [current] }),
    'investigation.saveRecord': (input) => {
      if (current.status === 'final') return refuse('CONFLICT', '该询问笔录已定稿，不能修改；如有错误，请使用“追加更正”并写明理由');
      if (input.rowVersion !== current.rowVersion) return refuse('CONFLICT', '该询问笔录已被他人修改，请刷新后重试');
      current = { ...current, place: input.place, qa: input.qa, interviewee: { ...current.interviewee, ...input.interviewee }, rowVersion: current.rowVersion + 1 };
      return current;
    },
  });
  return { api, saved: () => current };
}

function open(api: ReturnType<typeof core>['api']) {
  const onClose = vi.fn();
  renderWithApi(
    <LocalizationProvider dateAdapter={AdapterDayjs}>
      <InquiryRecordDialog data={{ ...list, records: [opened] }} proceedingId="pr1" record={opened} onClose={onClose} />
    </LocalizationProvider>,
    api,
  );
  const form = screen.getByRole('dialog', { name: '修改询问笔录（草稿）' });
  return { onClose, form };
}

/** 张伟 types a new place and a new first answer, saves, and meets the conflict screen. */
async function typeAndConflict(form: HTMLElement) {
  fireEvent.change(within(form).getByRole('textbox', { name: /询问地点/ }), { target: { value: MY_PLACE } });
  fireEvent.change(within(form).getByRole('textbox', { name: '第1答' }), { target: { value: MY_ANSWER } });
  fireEvent.click(within(form).getByRole('button', { name: '保存草稿' }));
  return screen.findByRole('dialog', { name: '他人已修改此记录' });
}

describe('the conflict screen on a 询问笔录 draft', () => {
  it('shows, field by field, what the form started from, what the other saved and what was typed', async () => {
    const { api } = core();
    const { form } = open(api);
    const screenEl = await typeAndConflict(form);
    const place = within(screenEl).getByTestId('conflict-place');
    expect(place.textContent).toContain('双方都改了');
    expect(place.textContent).toContain(opened.place);
    expect(place.textContent).toContain(THEIR_PLACE);
    expect(place.textContent).toContain(MY_PLACE);
    const qa = within(screenEl).getByTestId('conflict-qa');
    const added = (label: string) => [...within(qa).getByLabelText(label).querySelectorAll('[data-diff="added"]')].map((e) => e.textContent);
    expect(added('对方的修改')).toEqual(['+ 第1答：他们改过的回答']);
    expect(added('我的修改')).toEqual([`+ 第1答：${MY_ANSWER}`]);
    // Fields neither changed, or changed alike, are not asked about.
    expect(within(screenEl).queryByTestId('conflict-language')).toBeNull();
    expect(api.callsTo('investigation.saveRecord')).toHaveLength(1);
  });

  it('用我的内容覆盖 re-saves everything typed on the other person’s version', async () => {
    const { api, saved } = core();
    const { form, onClose } = open(api);
    fireEvent.click(within(await typeAndConflict(form)).getByRole('button', { name: '用我的内容覆盖' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [, second] = api.callsTo('investigation.saveRecord');
    expect(second).toMatchObject({ rowVersion: 3, place: MY_PLACE, qa: [{ a: MY_ANSWER }] });
    expect(saved().rowVersion).toBe(4);
  });

  it('采用对方的内容 sends nothing and puts what the other saved in the form', async () => {
    const { api } = core();
    const { form, onClose } = open(api);
    fireEvent.click(within(await typeAndConflict(form)).getByRole('button', { name: '采用对方的内容' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '他人已修改此记录' })).toBeNull());
    expect(within(form).getByRole('textbox', { name: /询问地点/ })).toHaveProperty('value', THEIR_PLACE);
    expect(within(form).getByRole('textbox', { name: '第1答' })).toHaveProperty('value', '他们改过的回答');
    expect(api.callsTo('investigation.saveRecord')).toHaveLength(1);
    expect(onClose).not.toHaveBeenCalled();
    // The form is now on their version: saving again is accepted, not refused as stale.
    fireEvent.click(within(form).getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.callsTo('investigation.saveRecord')[1]).toMatchObject({ rowVersion: 3, place: THEIR_PLACE });
  });

  it('a choice per field saves the mix: their place, my answer', async () => {
    const { api, saved } = core();
    const { form, onClose } = open(api);
    const screenEl = await typeAndConflict(form);
    fireEvent.click(within(within(screenEl).getByTestId('conflict-place')).getByRole('radio', { name: '采用对方的' }));
    expect(within(within(screenEl).getByTestId('conflict-qa')).getByRole('radio', { name: '保留我的' })).toHaveProperty('checked', true);
    fireEvent.click(within(screenEl).getByRole('button', { name: '按所选保存' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(saved()).toMatchObject({ place: THEIR_PLACE, qa: [{ a: MY_ANSWER }], rowVersion: 4 });
  });

  it('取消 returns to the form with everything typed still there', async () => {
    const { api } = core();
    const { form, onClose } = open(api);
    fireEvent.click(within(await typeAndConflict(form)).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '他人已修改此记录' })).toBeNull());
    expect(within(form).getByRole('textbox', { name: /询问地点/ })).toHaveProperty('value', MY_PLACE);
    expect(within(form).getByRole('textbox', { name: '第1答' })).toHaveProperty('value', MY_ANSWER);
    expect(within(form).getByText('该询问笔录已被他人修改，请刷新后重试')).toBeTruthy();
    expect(api.callsTo('investigation.saveRecord')).toHaveLength(1);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('a draft finalised meanwhile is refused in the core’s words, with no merge offered', async () => {
    const { api } = core({ ...opened, status: 'final', rowVersion: 3 });
    const { form } = open(api);
    fireEvent.change(within(form).getByRole('textbox', { name: /询问地点/ }), { target: { value: MY_PLACE } });
    fireEvent.click(within(form).getByRole('button', { name: '保存草稿' }));
    expect(await within(form).findByText(/该询问笔录已定稿，不能修改/)).toBeTruthy();
    await waitFor(() => expect(api.callsTo('investigation.list')).toHaveLength(1));
    expect(screen.queryByRole('dialog', { name: '他人已修改此记录' })).toBeNull();
    expect(within(form).getByRole('textbox', { name: /询问地点/ })).toHaveProperty('value', MY_PLACE);
  });
});

describe('diff and merge', () => {
  it('marks the changed lines only', () => {
    expect(lineDiff('甲\n乙\n丙', '甲\n丁\n丙')).toEqual([
      { kind: 'same', text: '甲' },
      { kind: 'removed', text: '乙' },
      { kind: 'added', text: '丁' },
      { kind: 'same', text: '丙' },
    ]);
    expect(lineDiff('', '新')).toEqual([{ kind: 'added', text: '新' }]);
  });

  it('proposes theirs only where only they changed, and merges by choice', () => {
    type V = { a: string; b: string; c: string; d: string };
    const fields: ConflictField<V>[] = (['a', 'b', 'c', 'd'] as const).map((key) => ({ key, label: key, show: (v: V) => v[key] }));
    const base = { a: '0', b: '0', c: '0', d: '0' };
    const theirs = { a: '1', b: '0', c: '1', d: '0' };
    const mine = { a: '0', b: '2', c: '2', d: '0' };
    const diffs = differences(fields, base, theirs, mine);
    expect(diffs.map((d) => [d.field.key, d.proposed])).toEqual([['a', 'theirs'], ['b', 'mine'], ['c', 'mine']]);
    expect(merge(theirs, mine, diffs, { a: 'theirs', b: 'mine', c: 'theirs' })).toEqual({ a: '1', b: '2', c: '1', d: '0' });
    expect(merge(theirs, mine, diffs, {})).toEqual({ a: '1', b: '2', c: '2', d: '0' });
  });

  it('keeps both sides’ changes to different items of a list, and none where they overlap', () => {
    expect(mergeItems(['甲', '乙', '丙'], ['甲1', '乙', '丙'], ['甲', '乙', '丙2'])).toEqual(['甲1', '乙', '丙2']);
    expect(mergeItems(['甲', '乙'], ['甲1', '乙'], ['甲2', '乙'])).toBeNull();
    expect(mergeItems(['甲', '乙'], ['甲1', '乙'], ['甲', '乙', '丁'])).toBeNull();
    type V = { items: string[] };
    const field: ConflictField<V> = { key: 'items', label: '问答', show: (v) => v.items.join('\n'), combine: (b, t, m) => mergeItems(b.items, t.items, m.items) };
    const [d] = differences([field], { items: ['甲', '乙'] }, { items: ['甲1', '乙'] }, { items: ['甲', '乙2'] });
    expect(d!.proposed).toBe('both');
    expect(merge({ items: ['甲1', '乙'] }, { items: ['甲', '乙2'] }, [d!], {})).toEqual({ items: ['甲1', '乙2'] });
  });
});
