// The complainants as rows, typed quickly: name → ID type → ID number (or the reason there is none) → phone →
// amount → representative; Tab past the last row adds the next. What a complaint also states of each person (住所,
// 职业, 工作单位) sits with 籍贯, 语言 and 备注 in a line under the row: open for a single complainant, for a row that has
// any of it or an error in it, and on request (the button, or Alt+↓ in the row), so a group of twelve stays twelve
// lines. A bad row is marked with the reason, in Chinese.
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Badge, Box, Checkbox, IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip } from '@mui/material';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWatch, type Control, type UseFieldArrayReturn, type UseFormRegister } from 'react-hook-form';
import { ID_TYPE, LANGUAGE } from '../../../../../shared/domain/vocabulary';
import { emptyRow, ROW_DETAILS, type Errors, type FormValues, type RowValues } from './model';

interface Props {
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  rows: UseFieldArrayReturn<FormValues, 'complainants', 'fieldKey'>;
  errors: Errors;
  onRowBlur: (index: number) => void;
  readOnlyRows?: ReadonlySet<number>;
  /** The index of a row about to be added whose name field takes the cursor as it mounts (添加一行 sets it). */
  focusOnMount?: React.RefObject<number | null>;
}

function reg(register: UseFormRegister<FormValues>, name: Parameters<UseFormRegister<FormValues>>[0], onBlur?: () => void) {
  const { ref, onBlur: rhfBlur, ...rest } = register(name);
  return {
    ...rest,
    inputRef: ref,
    onBlur: (e: React.FocusEvent) => {
      void rhfBlur(e);
      onBlur?.();
    },
  };
}

const cell = { py: 0.5, px: 0.75, display: 'block', minWidth: 0 } as const;
// A table of divs laid out by CSS grid (roles table, row, cell from MUI): unlike a <table>, a keystroke in one row
// lays out that row alone, and rows off screen are not laid out or painted at all (content-visibility), while staying
// in the page for Tab, the screen reader and find-in-page.
const COLUMNS = '36px minmax(130px, 1fr) minmax(130px, 1fr) minmax(220px, 1.6fr) minmax(150px, 1fr) minmax(120px, 0.9fr) 56px 80px';
const gridRow = { display: 'grid', gridTemplateColumns: COLUMNS } as const;
/** Each complainant (its row and the line under it): skipped by layout and paint while off screen. */
const rowGroup = { contentVisibility: 'auto', containIntrinsicSize: 'auto 56px' } as const;

/** Whether anything was typed in the line under a row (a language other than the default counts). */
const hasDetails = (v: RowValues): boolean => ROW_DETAILS.some((k) => (k === 'preferredLanguage' ? v[k] !== 'zh' : (v[k] ?? '').trim() !== ''));

const NO_ERRORS: Errors = {};

/**
 * What a row draws from its values: the inputs themselves are uncontrolled, so a keystroke changes none of this
 * unless it switches the ID type, ticks the box or first types under the row — and the row (compared by value) is
 * drawn again only then. Typing a name, a number or an amount draws nothing at all, the row's first letter included.
 */
export interface RowView {
  idType: RowValues['idType'];
  isRepresentative: boolean;
  details: boolean;
}

export const rowView = (v: RowValues | undefined): RowView | undefined =>
  v && { idType: v.idType, isRepresentative: !!v.isRepresentative, details: hasDetails(v) };
/** What a row reads as in the moment between its removal and the renumbering of the rows after it. */
const BLANK_VIEW = rowView(emptyRow())!;

/**
 * Each row's own errors, the same object while its messages are the same: once a save was tried the form's errors
 * are recomputed on every keystroke, and a row whose messages did not change must not be drawn again.
 */
function useRowErrors(errors: Errors): (i: number) => Errors {
  const cache = useRef(new Map<number, { json: string; errs: Errors }>());
  return useMemo(() => {
    const byRow = new Map<number, Errors>();
    for (const [k, m] of Object.entries(errors)) {
      const match = /^complainants\.(\d+)\.(.+)$/.exec(k);
      if (!match) continue;
      const i = Number(match[1]);
      byRow.set(i, { ...(byRow.get(i) ?? {}), [match[2]]: m });
    }
    for (const [i, errs] of byRow) {
      const json = JSON.stringify(errs);
      if (cache.current.get(i)?.json !== json) cache.current.set(i, { json, errs });
    }
    for (const i of [...cache.current.keys()]) if (!byRow.has(i)) cache.current.delete(i);
    return (i: number) => cache.current.get(i)?.errs ?? NO_ERRORS;
  }, [errors]);
}

export function ComplainantRows({ control, register, rows, errors, onRowBlur, focusOnMount }: Props) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const toggle = useCallback((key: string, value: boolean) => setOpen((o) => ({ ...o, [key]: value })), []);
  const rowErrors = useRowErrors(errors);
  // useFieldArray's append/remove/update are new functions on every render: the rows get stable callbacks that call
  // the latest ones, so adding a row draws the new row and the one before it, not all of them.
  const latest = useRef(rows);
  latest.current = rows;
  const single = rows.fields.length === 1;
  // Which row is last is read when Tab is pressed, not drawn: a new row no longer draws the one that was last.
  const isLast = useCallback((index: number) => index === latest.current.fields.length - 1, []);
  // The new row's name field takes the cursor as the row mounts, found in the row itself. react-hook-form's own
  // `shouldFocus` walked every registered field (≈ 1,400 at 100 rows) to find it by name.
  const ownFocus = useRef<number | null>(null);
  const pendingFocus = focusOnMount ?? ownFocus;
  const claimFocus = useCallback((index: number) => {
    if (pendingFocus.current !== index) return false;
    pendingFocus.current = null;
    return true;
  }, [pendingFocus]);
  const onAdd = useCallback((index: number) => {
    pendingFocus.current = index + 1;
    latest.current.append(emptyRow(), { shouldFocus: false });
  }, [pendingFocus]);
  const onRemove = useCallback((index: number, only: boolean) => (only ? latest.current.update(0, emptyRow()) : latest.current.remove(index)), []);

  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="投诉人" component="div" sx={{ display: 'block', minWidth: 960 }}>
        <TableHead component="div" sx={{ display: 'block' }}>
          <TableRow component="div" sx={gridRow}>
            <TableCell component="div" sx={cell}>序号</TableCell>
            <TableCell component="div" sx={cell}>姓名</TableCell>
            <TableCell component="div" sx={cell}>证件类型</TableCell>
            <TableCell component="div" sx={cell}>证件号码 / 无证件原因</TableCell>
            <TableCell component="div" sx={cell}>电话</TableCell>
            <TableCell component="div" sx={cell}>诉求金额（元）</TableCell>
            <TableCell component="div" sx={cell}>代表</TableCell>
            <TableCell component="div" sx={cell} />
          </TableRow>
        </TableHead>
        <TableBody component="div" sx={{ display: 'block' }}>
          {rows.fields.map((field, i) => (
            <ComplainantRow key={field.fieldKey} control={control} register={register} index={i} rowKey={field.key} errors={rowErrors(i)} opened={open[field.key]}
              single={single} isLast={isLast} claimFocus={claimFocus} onToggle={toggle} onRowBlur={onRowBlur} onAdd={onAdd} onRemove={onRemove} />
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

interface RowProps {
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  index: number;
  rowKey: string;
  errors: Errors;
  /** The clerk's own choice to open or close the line under the row; undefined leaves it to the row's content. */
  opened: boolean | undefined;
  single: boolean;
  /** Whether the row is the last one, asked when Tab is pressed in it. */
  isLast: (index: number) => boolean;
  /** True once, for the row that was just added: it puts the cursor in its name field. */
  claimFocus: (index: number) => boolean;
  onToggle: (key: string, open: boolean) => void;
  onRowBlur: (index: number) => void;
  onAdd: (after: number) => void;
  onRemove: (index: number, only: boolean) => void;
}

/** One complainant: drawn again only when its own values, errors or place change, so typing in a long group stays quick. */
const ComplainantRow = memo(function ComplainantRow({ control, register, index: i, rowKey, errors, opened, single, isLast, claimFocus, onToggle, onRowBlur, onAdd, onRemove }: RowProps) {
  const v = useWatch({ control, name: `complainants.${i}`, compute: rowView }) ?? BLANK_VIEW;
  const group = useRef<HTMLDivElement>(null);
  const nameSelector = `input[name="complainants.${i}.name"]`;
  // Before the first paint, so the frame that shows the new row shows the cursor in it (and scrolls it into view).
  useLayoutEffect(() => {
    if (claimFocus(i)) group.current?.querySelector<HTMLInputElement>(nameSelector)?.focus();
  }, [claimFocus, i, nameSelector]);
  const bad = Object.keys(errors).length > 0;
  const more = opened ?? (single || v.details || ROW_DETAILS.some((k) => !!errors[k]));
  const blur = () => onRowBlur(i);
  // Alt+↓ opens the line under the row and goes to its first field; Alt+↑ closes it.
  const onRowKeyDown = (e: React.KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    onToggle(rowKey, e.key === 'ArrowDown');
    if (e.key === 'ArrowDown') setTimeout(() => document.querySelector<HTMLInputElement>(`[aria-label="第${i + 1}行 住所"]`)?.focus());
  };
  // Tab past the last field of the last row adds the next row, once the row has a name. The name is read from its
  // field (uncontrolled: what is typed is there) when Tab is pressed, so the row is not drawn again as its name fills.
  const addAfterLast = (e: React.KeyboardEvent) => {
    if (e.key !== 'Tab' || e.shiftKey || !isLast(i) || !group.current?.querySelector<HTMLInputElement>(nameSelector)?.value.trim()) return;
    e.preventDefault();
    onAdd(i);
  };

  return (
    <Box role="none" sx={rowGroup} ref={group}>
      <TableRow component="div" data-testid="complainant-row" data-row-error={bad ? 'true' : undefined} sx={bad ? { ...gridRow, bgcolor: '#fdecea' } : gridRow} onKeyDown={onRowKeyDown}>
        <TableCell component="div" sx={{ ...cell, pt: 1.25, color: 'text.secondary' }}>{i + 1}</TableCell>
        <TableCell component="div" sx={cell}>
          <TextField {...reg(register, `complainants.${i}.name`, blur)} fullWidth error={!!errors.name} helperText={errors.name}
            slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 姓名` } }} />
        </TableCell>
        <TableCell component="div" sx={cell}>
          <TextField select {...reg(register, `complainants.${i}.idType`, blur)} fullWidth error={!!errors.idType} helperText={errors.idType}
            slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `第${i + 1}行 证件类型` } }}>
            {ID_TYPE.values.map((t) => <option key={t} value={t}>{ID_TYPE.label(t)}</option>)}
          </TextField>
        </TableCell>
        <TableCell component="div" sx={cell}>
          {v.idType === 'none' ? (
            <TextField {...reg(register, `complainants.${i}.idMissingReason`, blur)} fullWidth placeholder="原因，如：未带证件"
              error={!!errors.idMissingReason} helperText={errors.idMissingReason ?? '将标记为“待核实”'}
              slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 无证件原因` } }} />
          ) : (
            <TextField {...reg(register, `complainants.${i}.idNumber`, blur)} fullWidth error={!!errors.idNumber} helperText={errors.idNumber}
              slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 证件号码`, spellCheck: false, autoComplete: 'off' } }} />
          )}
        </TableCell>
        <TableCell component="div" sx={cell}>
          <TextField {...reg(register, `complainants.${i}.phone`, blur)} fullWidth error={!!errors.phone} helperText={errors.phone}
            slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 电话`, inputMode: 'tel' } }} />
        </TableCell>
        <TableCell component="div" sx={cell}>
          <TextField {...reg(register, `complainants.${i}.amountYuan`, blur)} fullWidth error={!!errors.amountYuan} helperText={errors.amountYuan}
            slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 诉求金额`, inputMode: 'decimal' } }} />
        </TableCell>
        <TableCell component="div" sx={cell}>
          {/* With the line under the row open, Tab goes on into it, and past its last field to the next row. */}
          <Checkbox {...register(`complainants.${i}.isRepresentative`)} checked={!!v.isRepresentative} size="small"
            slotProps={{ input: { 'aria-label': `第${i + 1}行 是否代表`, onKeyDown: (e: React.KeyboardEvent) => !more && addAfterLast(e) } as object }} />
        </TableCell>
        <TableCell component="div" sx={{ ...cell, whiteSpace: 'nowrap' }}>
          <Tooltip title={more ? '收起（Alt+↑）' : '住所、职业、工作单位、籍贯、语言、备注（Alt+↓）'}>
            <IconButton size="small" tabIndex={-1} onClick={() => onToggle(rowKey, !more)} aria-label={`第${i + 1}行 更多信息`} aria-expanded={more}>
              <Badge variant="dot" color="primary" invisible={more || !v.details}>
                {more ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
              </Badge>
            </IconButton>
          </Tooltip>
          <Tooltip title="删除此行">
            <IconButton size="small" tabIndex={-1} onClick={() => onRemove(i, single)} aria-label={`删除第${i + 1}行`}>
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </TableCell>
      </TableRow>
      {more && (
        <TableRow component="div" data-testid="complainant-details" sx={gridRow} onKeyDown={onRowKeyDown}>
          <TableCell component="div" sx={cell} />
          <TableCell component="div" sx={{ ...cell, pb: 1.5, gridColumn: '2 / -1' }}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
              <DetailField register={register} name={`complainants.${i}.address`} label="住所" row={i} error={errors.address} sx={{ flex: '2 1 260px' }} onBlur={blur} />
              <DetailField register={register} name={`complainants.${i}.occupation`} label="职业" row={i} error={errors.occupation} sx={{ width: 140 }} onBlur={blur} />
              <DetailField register={register} name={`complainants.${i}.workplace`} label="工作单位" row={i} error={errors.workplace} sx={{ flex: '1 1 220px' }} onBlur={blur} />
              <TextField {...reg(register, `complainants.${i}.hometown`)} label="籍贯" sx={{ width: 160 }} />
              <TextField select {...reg(register, `complainants.${i}.preferredLanguage`)} label="沟通语言" sx={{ width: 110 }}
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
                {LANGUAGE.values.map((l) => <option key={l} value={l}>{LANGUAGE.label(l)}</option>)}
              </TextField>
              <DetailField register={register} name={`complainants.${i}.note`} label="备注" row={i} error={errors.note} sx={{ flex: '1 1 200px' }} onBlur={blur}
                onKeyDown={addAfterLast} />
            </Box>
          </TableCell>
        </TableRow>
      )}
    </Box>
  );
});

/** A text field of the line under a row, named for the keyboard and screen readers (第1行 住所). */
function DetailField(props: {
  register: UseFormRegister<FormValues>;
  name: `complainants.${number}.${'address' | 'occupation' | 'workplace' | 'note'}`;
  label: string;
  row: number;
  error?: string;
  sx: object;
  onBlur: () => void;
  onKeyDown?: (e: React.KeyboardEvent) => void;
}) {
  return (
    <TextField {...reg(props.register, props.name, props.onBlur)} label={props.label} sx={props.sx} error={!!props.error} helperText={props.error}
      slotProps={{ htmlInput: { 'aria-label': `第${props.row + 1}行 ${props.label}`, onKeyDown: props.onKeyDown } }} />
  );
}
