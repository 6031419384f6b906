// The complainants as rows, typed quickly: name → ID type → ID number (or the reason there is none) → phone →
// amount → representative; Tab past the last row adds the next. What a complaint also states of each person (住所,
// 职业, 工作单位) sits with 籍贯, 语言 and 备注 in a line under the row: open for a single complainant, for a row that has
// any of it or an error in it, and on request (the button, or Alt+↓ in the row), so a group of twelve stays twelve
// lines. A bad row is marked with the reason, in Chinese.
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Badge, Box, Checkbox, IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip } from '@mui/material';
import { Fragment, useState } from 'react';
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

const cell = { py: 0.5, px: 0.75, verticalAlign: 'top' } as const;

/** Whether anything was typed in the line under a row (a language other than the default counts). */
const hasDetails = (v: RowValues): boolean => ROW_DETAILS.some((k) => (k === 'preferredLanguage' ? v[k] !== 'zh' : (v[k] ?? '').trim() !== ''));

export function ComplainantRows({ control, register, rows, errors, onRowBlur }: Props) {
  const values = useWatch({ control, name: 'complainants' });
  const [open, setOpen] = useState<Record<string, boolean>>({});

  const isOpen = (i: number, key: string, v: RowValues) =>
    open[key] ?? (rows.fields.length === 1 || hasDetails(v) || ROW_DETAILS.some((k) => !!errors[`complainants.${i}.${k}`]));
  // Alt+↓ opens the line under the row and goes to its first field; Alt+↑ closes it.
  const onRowKeyDown = (e: React.KeyboardEvent, i: number, key: string) => {
    if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    setOpen({ ...open, [key]: e.key === 'ArrowDown' });
    if (e.key === 'ArrowDown') setTimeout(() => document.querySelector<HTMLInputElement>(`[aria-label="第${i + 1}行 住所"]`)?.focus());
  };
  const addAfterLast = (e: React.KeyboardEvent, index: number) => {
    if (e.key !== 'Tab' || e.shiftKey || index !== rows.fields.length - 1) return;
    if (!values[index]?.name.trim()) return;
    e.preventDefault();
    rows.append(emptyRow(), { shouldFocus: true, focusName: `complainants.${index + 1}.name` });
  };
  const err = (i: number, f: string) => errors[`complainants.${i}.${f}`];

  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="投诉人">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 36 }}>序号</TableCell>
            <TableCell sx={{ minWidth: 130 }}>姓名</TableCell>
            <TableCell sx={{ minWidth: 130 }}>证件类型</TableCell>
            <TableCell sx={{ minWidth: 220 }}>证件号码 / 无证件原因</TableCell>
            <TableCell sx={{ minWidth: 150 }}>电话</TableCell>
            <TableCell sx={{ minWidth: 120 }}>诉求金额（元）</TableCell>
            <TableCell>代表</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.fields.map((field, i) => {
            const v = values[i] ?? field;
            const bad = Object.keys(errors).some((k) => k.startsWith(`complainants.${i}.`));
            const more = isOpen(i, field.key, v);
            return (
              <Fragment key={field.fieldKey}>
                <TableRow data-testid="complainant-row" data-row-error={bad ? 'true' : undefined} sx={bad ? { bgcolor: '#fdecea' } : undefined}
                  onKeyDown={(e) => onRowKeyDown(e, i, field.key)}>
                  <TableCell sx={{ ...cell, pt: 1.25, color: 'text.secondary' }}>{i + 1}</TableCell>
                  <TableCell sx={cell}>
                    <TextField {...reg(register, `complainants.${i}.name`, () => onRowBlur(i))} fullWidth error={!!err(i, 'name')} helperText={err(i, 'name')}
                      slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 姓名` } }} />
                  </TableCell>
                  <TableCell sx={cell}>
                    <TextField select {...reg(register, `complainants.${i}.idType`, () => onRowBlur(i))} fullWidth error={!!err(i, 'idType')} helperText={err(i, 'idType')}
                      slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `第${i + 1}行 证件类型` } }}>
                      {ID_TYPE.values.map((t) => <option key={t} value={t}>{ID_TYPE.label(t)}</option>)}
                    </TextField>
                  </TableCell>
                  <TableCell sx={cell}>
                    {v.idType === 'none' ? (
                      <TextField {...reg(register, `complainants.${i}.idMissingReason`, () => onRowBlur(i))} fullWidth placeholder="原因，如：未带证件"
                        error={!!err(i, 'idMissingReason')} helperText={err(i, 'idMissingReason') ?? '将标记为“待核实”'}
                        slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 无证件原因` } }} />
                    ) : (
                      <TextField {...reg(register, `complainants.${i}.idNumber`, () => onRowBlur(i))} fullWidth error={!!err(i, 'idNumber')} helperText={err(i, 'idNumber')}
                        slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 证件号码`, spellCheck: false, autoComplete: 'off' } }} />
                    )}
                  </TableCell>
                  <TableCell sx={cell}>
                    <TextField {...reg(register, `complainants.${i}.phone`, () => onRowBlur(i))} fullWidth error={!!err(i, 'phone')} helperText={err(i, 'phone')}
                      slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 电话`, inputMode: 'tel' } }} />
                  </TableCell>
                  <TableCell sx={cell}>
                    <TextField {...reg(register, `complainants.${i}.amountYuan`, () => onRowBlur(i))} fullWidth error={!!err(i, 'amountYuan')} helperText={err(i, 'amountYuan')}
                      slotProps={{ htmlInput: { 'aria-label': `第${i + 1}行 诉求金额`, inputMode: 'decimal' } }} />
                  </TableCell>
                  <TableCell sx={cell}>
                    {/* With the line under the row open, Tab goes on into it, and past its last field to the next row. */}
                    <Checkbox {...register(`complainants.${i}.isRepresentative`)} checked={!!v.isRepresentative} size="small"
                      slotProps={{ input: { 'aria-label': `第${i + 1}行 是否代表`, onKeyDown: (e: React.KeyboardEvent) => !more && addAfterLast(e, i) } as object }} />
                  </TableCell>
                  <TableCell sx={{ ...cell, whiteSpace: 'nowrap' }}>
                    <Tooltip title={more ? '收起（Alt+↑）' : '住所、职业、工作单位、籍贯、语言、备注（Alt+↓）'}>
                      <IconButton size="small" tabIndex={-1} onClick={() => setOpen({ ...open, [field.key]: !more })} aria-label={`第${i + 1}行 更多信息`} aria-expanded={more}>
                        <Badge variant="dot" color="primary" invisible={more || !hasDetails(v)}>
                          {more ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
                        </Badge>
                      </IconButton>
                    </Tooltip>
                    <Tooltip title="删除此行">
                      <IconButton size="small" tabIndex={-1} onClick={() => (rows.fields.length > 1 ? rows.remove(i) : rows.update(0, emptyRow()))} aria-label={`删除第${i + 1}行`}>
                        <DeleteOutlineIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
                {more && (
                  <TableRow data-testid="complainant-details" onKeyDown={(e) => onRowKeyDown(e, i, field.key)}>
                    <TableCell />
                    <TableCell colSpan={7} sx={{ ...cell, pb: 1.5 }}>
                      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
                        <DetailField register={register} name={`complainants.${i}.address`} label="住所" row={i} error={err(i, 'address')} sx={{ flex: '2 1 260px' }} onBlur={() => onRowBlur(i)} />
                        <DetailField register={register} name={`complainants.${i}.occupation`} label="职业" row={i} error={err(i, 'occupation')} sx={{ width: 140 }} onBlur={() => onRowBlur(i)} />
                        <DetailField register={register} name={`complainants.${i}.workplace`} label="工作单位" row={i} error={err(i, 'workplace')} sx={{ flex: '1 1 220px' }} onBlur={() => onRowBlur(i)} />
                        <TextField {...reg(register, `complainants.${i}.hometown`)} label="籍贯" sx={{ width: 160 }} />
                        <TextField select {...reg(register, `complainants.${i}.preferredLanguage`)} label="沟通语言" sx={{ width: 110 }}
                          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
                          {LANGUAGE.values.map((l) => <option key={l} value={l}>{LANGUAGE.label(l)}</option>)}
                        </TextField>
                        <DetailField register={register} name={`complainants.${i}.note`} label="备注" row={i} error={err(i, 'note')} sx={{ flex: '1 1 200px' }} onBlur={() => onRowBlur(i)}
                          onKeyDown={(e) => addAfterLast(e, i)} />
                      </Box>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

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
