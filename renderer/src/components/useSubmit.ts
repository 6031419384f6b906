// The life of a form's save: busy while it runs, the core's field messages and its overall message when it
// fails (kept until the next attempt or a field is edited), done when it succeeds. Only the desk form's new-party
// dialog still uses it; every other form has useChannelMutation (platform/mutations.ts) from its queries.ts.
import { useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/contract/result';
import { AppErrorException } from '../../../shared/contract/result';
import { errorMessage } from '../platform/api';

export function useSubmit<T>(run: () => Promise<T>, onDone: (value: T) => void, onError?: (error: AppError) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e?: FormEvent) => {
    // stopPropagation: a dialog's form sits in a portal, but React would still bubble its submit to an outer form.
    e?.preventDefault();
    e?.stopPropagation();
    setBusy(true);
    setFailure(null);
    try {
      const value = await run();
      setErrors({});
      onDone(value);
    } catch (err) {
      const error: AppError = err instanceof AppErrorException ? err.error : { code: 'INTERNAL', message: errorMessage(err), fields: null };
      setErrors(error.fields ?? {});
      setFailure(error);
      onError?.(error);
    } finally {
      setBusy(false);
    }
  };

  /** Forgets a field's message once the person edits that field. */
  const clear = (field: string) => {
    if (field in errors) setErrors(Object.fromEntries(Object.entries(errors).filter(([k]) => k !== field)));
  };

  return { errors, setErrors, failure, setFailure, busy, submit, clear };
}
