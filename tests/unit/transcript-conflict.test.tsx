// @vitest-environment jsdom
// The 庭审笔录 the clerk types is saved a moment after each change at the version last saved; when someone else saved
// the draft in between (issue #16 Deliver 5), the save is refused as stale and the conflict screen shows what they
// changed: the clerk keeps her entry, takes their place, and the mix is saved on their version — nothing overwritten
// silently, nothing typed lost.
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TranscriptView } from '../../shared/contract/hearing-transcripts';
import { TranscriptDialog } from '../../renderer/src/features/hearings/TranscriptDialog';
import { hearingTranscriptSamples } from '../fixtures/contract-samples/hearing-transcripts';
import { fakeApi, refuse } from '../helpers/fake-api';
import { renderWithApi } from '../helpers/render-with-api';

afterEach(cleanup);

const opened: TranscriptView = hearingTranscriptSamples['hearingTranscript.save'].output;
const list = hearingTranscriptSamples['hearingTranscript.list'].output;
const MY_TEXT = '请求裁决被申请人支付2026年7月至10月工资24000元及经济补偿金。';

describe('the conflict screen on a 庭审笔录 draft', () => {
  it('keeps the clerk’s entry and the other’s place, saved on the other’s version', async () => {
    let current: TranscriptView = { ...opened, place: '第二仲裁庭', rowVersion: opened.rowVersion + 1 };
    const api = fakeApi({
      'hearingTranscript.list': () => ({ ...list, hearings: [{ ...list.hearings[0]!, transcript: current }] }),
      'hearingTranscript.save': (input) => {
        if (input.rowVersion !== current.rowVersion) return refuse('CONFLICT', '该庭审笔录已被他人修改，请刷新后重试');
        current = { ...current, place: input.place, entries: input.entries, rowVersion: current.rowVersion + 1 };
        return current;
      },
    });
    const onClose = vi.fn();
    renderWithApi(<LocalizationProvider dateAdapter={AdapterDayjs}><TranscriptDialog record={opened} onClose={onClose} /></LocalizationProvider>, api);
    const form = screen.getByRole('dialog', { name: '庭审笔录（草稿）' });
    fireEvent.change(within(form).getByRole('textbox', { name: '第2条 内容' }), { target: { value: MY_TEXT } });
    fireEvent.click(within(form).getByRole('button', { name: '保存并关闭' }));
    const conflict = await screen.findByRole('dialog', { name: '他人已修改此记录' });
    const place = within(conflict).getByTestId('conflict-place');
    expect(place.textContent).toContain('对方改了');
    expect(within(place).getByRole('radio', { name: '采用对方的' })).toHaveProperty('checked', true);
    const entries = within(conflict).getByTestId('conflict-entries');
    expect([...within(entries).getByLabelText('我的修改').querySelectorAll('[data-diff="added"]')].map((e) => e.textContent)).toEqual([`+ 2.【当事人陈述】申请人扎西：${MY_TEXT}`]);
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.click(within(conflict).getByRole('button', { name: '按所选保存' }));
    await waitFor(() => expect(current.rowVersion).toBe(opened.rowVersion + 2));
    expect(api.callsTo('hearingTranscript.save')[1]).toMatchObject({ rowVersion: opened.rowVersion + 1, place: '第二仲裁庭' });
    expect(current.entries[1]!.text).toBe(MY_TEXT);
    expect(within(form).getByRole('textbox', { name: /开庭地点/ })).toHaveProperty('value', '第二仲裁庭');
    await waitFor(() => expect(within(form).getByTestId('autosave-status').textContent).toMatch(/草稿已自动保存/));
  });
});
