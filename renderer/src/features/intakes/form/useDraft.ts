// Autosaves what the clerk is typing (to the core, per person and form) and offers it back after a crash, a
// restart or a lock. The draft goes when the record is saved or the clerk discards it. Every field of the form is
// in it; `restore` completes a draft saved before the form gained a field.
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { call } from '../../../platform/api';

export interface DraftState<Extra> {
  restoredAt: number | null;
  savedAt: number | null;
  extra: Extra | null;
  discard: () => Promise<void>;
}

export function useDraft<V extends FieldValues, Extra>(
  formKey: string,
  form: UseFormReturn<V>,
  extra: Extra | null,
  onRestore: (extra: Extra | null) => void,
  restore: (saved: Partial<V>) => V = (saved) => saved as V,
): DraftState<Extra> {
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [restoredExtra, setRestoredExtra] = useState<Extra | null>(null);
  const extraRef = useRef(extra);
  extraRef.current = extra;
  const loaded = useRef(false);

  useEffect(() => {
    let cancelled = false;
    call('drafts.get', { formKey })
      .then((d) => {
        if (cancelled || !d.data || form.formState.isDirty) return;
        const data = d.data as { values: Partial<V>; extra: Extra | null };
        form.reset(restore(data.values));
        setRestoredAt(d.updatedAt);
        setRestoredExtra(data.extra);
        onRestore(data.extra);
      })
      .catch(() => {})
      .finally(() => {
        loaded.current = true;
      });
    return () => {
      cancelled = true;
    };
    // Loaded once per form key; later edits are the clerk's.
  }, [formKey]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = form.watch(() => {
      if (!loaded.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const data = JSON.parse(JSON.stringify({ values: form.getValues(), extra: extraRef.current }));
        call('drafts.save', { formKey, data })
          .then((r) => setSavedAt(r.updatedAt))
          .catch(() => {});
      }, 800);
    });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [form, formKey]);

  return {
    restoredAt,
    savedAt,
    extra: restoredExtra,
    discard: async () => {
      setRestoredAt(null);
      setSavedAt(null);
      await call('drafts.discard', { formKey }).catch(() => {});
    },
  };
}
