// The core's refusal of a form, shown once under it — unless every message it carried already stands at its field
// (so a message that was fixed field by field does not linger as a banner).
import { Alert } from '@mui/material';
import type { AppError } from '../../../../shared/contract/result';

export function FormFailure({ failure, shows }: { failure: AppError | null; shows: (field: string) => boolean }) {
  if (!failure) return null;
  const fields = Object.keys(failure.fields ?? {});
  if (fields.length > 0 && fields.every(shows)) return null;
  return <Alert severity="error" data-testid="form-failure">{failure.message}</Alert>;
}
