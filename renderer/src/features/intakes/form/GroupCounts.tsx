// What the desk form says about the group as a whole — how many rows, their total, the representatives, whether it
// is a collective case — each in a small component of its own that follows the complainant rows, so that typing in
// a row draws these few lines again and not the whole form.
import { Alert, TextField } from '@mui/material';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { COLLECTIVE_MIN_WORKERS, isCollectiveDispute } from '../../../../../shared/domain/collective';
import { formatYuan, halfWidthNumber } from '../../../../../shared/domain/money';
import { filledRows, rowsTotalFen, type Errors, type FormValues } from './model';

/**
 * A figure of the rows, computed on each change but drawn again only when it differs (compared by value): a
 * keystroke that leaves the count, the total and the representatives as they were draws none of these lines.
 */
function useRowsFigure<T>(control: Control<FormValues>, figure: (complainants: FormValues['complainants']) => T): T {
  return useWatch({ control, name: 'complainants', compute: figure });
}

const rowCount = (complainants: FormValues['complainants']) => filledRows({ complainants } as FormValues).length;
const repsCount = (complainants: FormValues['complainants']) => complainants.filter((c) => c.isRepresentative).length;
const countAndTotal = (complainants: FormValues['complainants']) => ({ count: rowCount(complainants), total: rowsTotalFen({ complainants } as FormValues) });

/** The filled rows (a blank row is not a complainant). */
export function useRowCount(control: Control<FormValues>): number {
  return useRowsFigure(control, rowCount);
}

/** '投诉人（12 人）'. */
export function ComplainantsTitle({ control }: { control: Control<FormValues> }) {
  return <>投诉人（{useRowCount(control)} 人）</>;
}

/** More representatives ticked than the local cap (a parameter): a warning, not a refusal. */
export function RepsWarning({ control, max }: { control: Control<FormValues>; max: number | null }) {
  const reps = useRowsFigure(control, repsCount);
  if (max === null || reps <= max) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }} data-testid="reps-warning">
      已勾选 {reps} 名代表，超过本地规定的代表人数上限（{max} 人）。请与来访群众确认推选的代表。
    </Alert>
  );
}

/** 涉及人数 and 诉求金额合计, defaulting to the rows' count and total, and the collective hint (调解仲裁法 Art. 7). */
export function GroupTotals({ control, register, errors }: { control: Control<FormValues>; register: UseFormRegister<FormValues>; errors: Errors }) {
  const { count: rowCount, total: rowsTotal } = useRowsFigure(control, countAndTotal);
  const typed = halfWidthNumber(useWatch({ control, name: 'workersCount' })).trim();
  const workers = /^\d+$/.test(typed) ? Number(typed) : Math.max(rowCount, 1);
  const { ref: workersRef, ...workersReg } = register('workersCount');
  const { ref: amountRef, ...amountReg } = register('amountYuan');
  return (
    <>
      <TextField label="涉及人数" {...workersReg} inputRef={workersRef} sx={{ width: 170 }} placeholder={String(Math.max(rowCount, 1))}
        error={!!errors.workersCount} helperText={errors.workersCount ?? '可多于到场人数'} slotProps={{ htmlInput: { inputMode: 'numeric' }, inputLabel: { shrink: true } }} />
      <TextField label="诉求金额合计（元）" {...amountReg} inputRef={amountRef} sx={{ width: 200 }} placeholder={rowsTotal !== null ? formatYuan(rowsTotal).slice(1) : ''}
        error={!!errors.amountYuan} helperText={errors.amountYuan ?? (rowsTotal !== null ? '留空则按各行金额合计' : undefined)} slotProps={{ inputLabel: { shrink: true } }} />
      {isCollectiveDispute(workers) && (
        <Alert severity="info" sx={{ py: 0 }} data-testid="collective-hint">涉及 {workers} 人，达到 {COLLECTIVE_MIN_WORKERS} 人，将登记为集体案件，优先受理、优先审理</Alert>
      )}
    </>
  );
}
