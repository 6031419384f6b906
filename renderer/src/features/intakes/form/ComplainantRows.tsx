// The complainants as rows, typed quickly: name → ID type → ID number (or the reason there is none) → phone →
// amount → representative; Tab past the last row adds the next. A bad row is marked with the reason, in Chinese.
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Checkbox, IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip } from '@mui/material';
import { Fragment, useState } from 'react';
import { useWatch, type Control, type UseFieldArrayReturn, type UseFormRegister } from 'react-hook-form';
import { ID_TYPE, LANGUAGE } from '../../../../../shared/domain/vocabulary';
import { emptyRow, type Errors, type FormValues } from './model';

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

export function ComplainantRows({ control, register, rows, errors, onRowBlur }: Props) {
  const values = useWatch({ control, name: 'complainants' });
  const [open, setOpen] = useState<Record<string, boolean>>({});

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
            const more = open[field.key];
            return (
              <Fragment key={field.fieldKey}>
                <TableRow data-testid="complainant-row" data-row-error={bad ? 'true' : undefined} sx={bad ? { bgcolor: '#fdecea' } : undefined}>
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
                    <Checkbox {...register(`complainants.${i}.isRepresentative`)} checked={!!v.isRepresentative} size="small"
                      slotProps={{ input: { 'aria-label': `第${i + 1}行 是否代表`, onKeyDown: (e: React.KeyboardEvent) => addAfterLast(e, i) } as object }} />
                  </TableCell>
                  <TableCell sx={{ ...cell, whiteSpace: 'nowrap' }}>
                    <Tooltip title={more ? '收起' : '籍贯、语言、备注'}>
                      <IconButton size="small" tabIndex={-1} onClick={() => setOpen({ ...open, [field.key]: !more })} aria-label={`第${i + 1}行 更多信息`}>
                        {more ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
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
                  <TableRow>
                    <TableCell />
                    <TableCell colSpan={7} sx={{ ...cell, pb: 1.5 }}>
                      <Box sx={{ display: 'flex', gap: 1.5 }}>
                        <TextField {...reg(register, `complainants.${i}.hometown`)} label="籍贯" sx={{ width: 220 }} />
                        <TextField select {...reg(register, `complainants.${i}.preferredLanguage`)} label="沟通语言" sx={{ width: 120 }}
                          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
                          {LANGUAGE.values.map((l) => <option key={l} value={l}>{LANGUAGE.label(l)}</option>)}
                        </TextField>
                        <TextField {...reg(register, `complainants.${i}.note`)} label="备注（工种等）" sx={{ flex: 1 }} error={!!err(i, 'note')} helperText={err(i, 'note')} />
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
