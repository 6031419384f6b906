// @vitest-environment jsdom
// The desk form's complainant rows at scale (issue #15 item 6): a keystroke in one row draws no other row, and only
// what it changes is drawn again — typing a name draws nothing, switching a row's ID type draws that row alone, a new
// row after Tab draws the new row alone and puts the cursor in its name field. Each field's renders are counted by its
// accessible name.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useFieldArray, useForm, type UseFormGetValues } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Mui from '@mui/material';
import { emptyForm, emptyRow, type FormValues } from '../../renderer/src/features/intakes/form/model';

const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('@mui/material', async (importOriginal) => {
  const actual = await importOriginal<typeof Mui>();
  const { createElement } = await import('react');
  const TextField = (props: Record<string, unknown> & { slotProps?: { htmlInput?: Record<string, unknown> }; label?: string }) => {
    const name = String(props.slotProps?.htmlInput?.['aria-label'] ?? props.label ?? '');
    renders.set(name, (renders.get(name) ?? 0) + 1);
    return createElement(actual.TextField, props as never);
  };
  return { ...actual, TextField };
});

// Imported after the mock is declared (vi.mock is hoisted above imports in any case).
const { ComplainantRows } = await import('../../renderer/src/features/intakes/form/ComplainantRows');
const { ComplainantsTitle } = await import('../../renderer/src/features/intakes/form/GroupCounts');
const { ComplainantsSection } = await import('../../renderer/src/features/intakes/form/ComplainantsSection');

afterEach(cleanup);
beforeEach(() => renders.clear());

const ROWS = 30;
// As on the desk form: the errors and the blur handler stay the same objects while nothing about them changes.
const NO_ERRORS = {};
const noBlur = () => {};

function Harness({ expose }: { expose: (get: UseFormGetValues<FormValues>) => void }) {
  const complainants = Array.from({ length: ROWS }, (_, i) => ({ ...emptyRow(), name: i < ROWS - 1 ? `工人${i + 1}` : '' }));
  const form = useForm<FormValues>({ defaultValues: { ...emptyForm(0), complainants } });
  const rows = useFieldArray({ control: form.control, name: 'complainants', keyName: 'fieldKey' });
  expose(form.getValues);
  return (
    <>
      <h2><ComplainantsTitle control={form.control} /></h2>
      <ComplainantRows control={form.control} register={form.register} rows={rows} errors={NO_ERRORS} onRowBlur={noBlur} />
    </>
  );
}

function setUp() {
  let getValues!: UseFormGetValues<FormValues>;
  render(<Harness expose={(g) => (getValues = g)} />);
  renders.clear();
  return () => getValues;
}

/** The fields of row `n` (1-based) that were drawn since the counts were cleared. */
const drawnIn = (n: number) => [...renders.entries()].filter(([k, c]) => k.startsWith(`第${n}行 `) && c > 0).map(([k]) => k);
const rowsDrawn = () => [...new Set([...renders.keys()].map((k) => /^第(\d+)行/.exec(k)?.[1]).filter(Boolean).map(Number))].sort((a, b) => a - b);

describe('a keystroke draws only the row it changes', () => {
  it('typing a name, a number and an amount in row 12 of 30 draws no row at all, and the values are in the form', () => {
    const values = setUp();
    for (const text of ['扎', '扎西', '扎西多吉']) fireEvent.change(screen.getByLabelText('第12行 姓名'), { target: { value: text } });
    fireEvent.change(screen.getByLabelText('第12行 证件号码'), { target: { value: '5402021985' } });
    fireEvent.change(screen.getByLabelText('第12行 诉求金额'), { target: { value: '12800' } });
    expect(rowsDrawn()).toEqual([]);
    expect(values()().complainants[11]).toMatchObject({ name: '扎西多吉', idNumber: '5402021985', amountYuan: '12800' });
  });

  it('switching row 7 to 无证件号码 draws row 7 alone, which then asks for the reason', () => {
    setUp();
    fireEvent.change(screen.getByLabelText('第7行 证件类型'), { target: { value: 'none' } });
    expect(screen.getByLabelText('第7行 无证件原因')).toBeTruthy();
    expect(rowsDrawn()).toEqual([7]);
    expect(drawnIn(6)).toEqual([]);
    expect(drawnIn(8)).toEqual([]);
  });

  it('a name in the blank last row changes the count in the title, and draws no row, its own included', () => {
    setUp();
    expect(screen.getByRole('heading').textContent).toBe(`投诉人（${ROWS - 1} 人）`);
    fireEvent.change(screen.getByLabelText(`第${ROWS}行 姓名`), { target: { value: '次' } });
    fireEvent.change(screen.getByLabelText(`第${ROWS}行 姓名`), { target: { value: '次仁' } });
    expect(screen.getByRole('heading').textContent).toBe(`投诉人（${ROWS} 人）`);
    // Whether the row has a name (so Tab past it adds a row) is read when Tab is pressed, not drawn.
    expect(rowsDrawn()).toEqual([]);
  });

  it('Tab past the last row adds a row: the new row alone is drawn, and its name field has the cursor', () => {
    setUp();
    fireEvent.change(screen.getByLabelText(`第${ROWS}行 姓名`), { target: { value: '次仁' } });
    renders.clear();
    fireEvent.keyDown(screen.getByLabelText(`第${ROWS}行 是否代表`), { key: 'Tab' });
    expect(screen.getByLabelText(`第${ROWS + 1}行 姓名`)).toBeTruthy();
    expect(rowsDrawn()).toEqual([ROWS + 1]);
    expect(document.activeElement).toBe(screen.getByLabelText(`第${ROWS + 1}行 姓名`));
  });

  it('Tab adds no row past a last row without a name, nor past a row that is no longer last', () => {
    const values = setUp();
    fireEvent.keyDown(screen.getByLabelText(`第${ROWS}行 是否代表`), { key: 'Tab' });
    expect(values()().complainants).toHaveLength(ROWS);
    fireEvent.change(screen.getByLabelText(`第${ROWS}行 姓名`), { target: { value: '  ' } });
    fireEvent.keyDown(screen.getByLabelText(`第${ROWS}行 是否代表`), { key: 'Tab' });
    expect(values()().complainants).toHaveLength(ROWS);
    fireEvent.change(screen.getByLabelText(`第${ROWS}行 姓名`), { target: { value: '次仁' } });
    fireEvent.keyDown(screen.getByLabelText(`第${ROWS}行 是否代表`), { key: 'Tab' });
    expect(values()().complainants).toHaveLength(ROWS + 1);
    // Row ROWS was last when it was drawn; it is not any more.
    fireEvent.keyDown(screen.getByLabelText(`第${ROWS}行 是否代表`), { key: 'Tab' });
    expect(values()().complainants).toHaveLength(ROWS + 1);
  });
});

describe('添加一行', () => {
  function SectionHarness({ expose }: { expose: (get: UseFormGetValues<FormValues>) => void }) {
    const form = useForm<FormValues>({ defaultValues: { ...emptyForm(0), complainants: [{ ...emptyRow(), name: '工人1' }, { ...emptyRow(), name: '工人2' }] } });
    expose(form.getValues);
    return <ComplainantsSection control={form.control} register={form.register} errors={NO_ERRORS} onRowBlur={noBlur} repsMax={null} onImportRoster={noBlur} />;
  }

  it('adds a blank row at the end whose name field takes the cursor, twice in a row', () => {
    let getValues!: UseFormGetValues<FormValues>;
    render(<SectionHarness expose={(g) => (getValues = g)} />);
    fireEvent.click(screen.getByRole('button', { name: '添加一行' }));
    expect(document.activeElement).toBe(screen.getByLabelText('第3行 姓名'));
    fireEvent.click(screen.getByRole('button', { name: '添加一行' }));
    expect(document.activeElement).toBe(screen.getByLabelText('第4行 姓名'));
    expect(getValues().complainants.map((r) => r.name)).toEqual(['工人1', '工人2', '', '']);
  });
});
