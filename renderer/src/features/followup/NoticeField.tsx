// 告知 at the desk (首问负责): what the complainant was told — where the matter goes, what happens next, when they
// will hear back. The feedback due date is the core's, counted in working days from receipt (a local setting).
import { TextField } from '@mui/material';
import type { UseFormRegister } from 'react-hook-form';
import { growingTextarea } from '../../components/growing-textarea';
import { FEEDBACK_DAYS_PARAMETER } from '../../../../shared/domain/followup';
import { parameterOrFallback } from '../../../../shared/domain/parameters';
import type { Errors, FormValues } from '../intakes/form/model';

export function NoticeField({ register, errors, inForce }: { register: UseFormRegister<FormValues>; errors: Errors; inForce: (key: string) => number | null }) {
  const days = Number(parameterOrFallback(FEEDBACK_DAYS_PARAMETER, inForce(FEEDBACK_DAYS_PARAMETER)));
  const { ref, ...reg } = register('notice');
  return (
    <TextField label="告知内容" {...reg} inputRef={ref} {...growingTextarea(2)} fullWidth
      placeholder="例如：已告知转劳动保障监察大队处理，5个工作日内决定是否立案并电话告知；请保持电话畅通"
      error={!!errors.notice} helperText={errors.notice ?? `告知人为本人，告知时间为保存时间。答复期限：自接待之日起 ${days} 个工作日内须回访或答复投诉人（本局规定，可在设置中调整）。`} />
  );
}
