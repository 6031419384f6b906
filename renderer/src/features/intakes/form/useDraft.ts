// Autosaves what the clerk is typing (to the core, per person and form) and offers it back after a crash, a
// restart or a lock. The draft goes when the record is saved or the clerk discards it. Every field of the form is
// in it; `restore` completes a draft saved before the form gained a field. A form with nothing typed in it is no
// draft: it is never kept, so a blank form never comes back as “restored”.
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { call } from '../../../platform/api';

export interface DraftState<Extra> {
  restoredAt: number | null;
  savedAt: number | null;
  extra: Extra | null;
  discard: () => Promise<void>;
}

const AUTOSAVE_PAUSE_MS = 800;

export function useDraft<V extends FieldValues, Extra>(
  formKey: string,
  form: UseFormReturn<V>,
  extra: Extra | null,
  onRestore: (extra: Extra | null) => void,
  restore: (saved: Partial<V>) => V = (saved) => saved as V,
  /** Whether these values hold nothing the person typed (the form as it opens). */
  isBlank: (values: V) => boolean = () => false,
): DraftState<Extra> {
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [restoredExtra, setRestoredExtra] = useState<Extra | null>(null);
  const extraRef = useRef(extra);
  extraRef.current = extra;
  const isBlankRef = useRef(isBlank);
  isBlankRef.current = isBlank;
  const loaded = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Draft calls go one after another, so a save sent before a discard can never land after it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const stored = useRef(false);
  const enqueue = (op: () => Promise<unknown>) => {
    const next = queue.current.catch(() => {}).then(op);
    queue.current = next.catch(() => {});
    return next;
  };
  const removeStored = () =>
    enqueue(async () => {
      if (!stored.current) return;
      await call('drafts.discard', { formKey });
      stored.current = false;
    });

  useEffect(() => {
    let cancelled = false;
    call('drafts.get', { formKey })
      .then((d) => {
        stored.current = d.data !== null;
        if (cancelled || !d.data || form.formState.isDirty) return;
        const data = d.data as { values: Partial<V>; extra: Extra | null };
        const values = restore(data.values);
        // A blank draft (kept by an earlier version after a save) is nothing to restore: it goes.
        if (data.extra === null && isBlankRef.current(values)) {
          void removeStored().catch(() => {});
          return;
        }
        form.reset(values);
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
    const sub = form.watch(() => {
      if (!loaded.current) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const values = form.getValues();
        if (extraRef.current === null && isBlankRef.current(values)) {
          setSavedAt(null);
          void removeStored().catch(() => {});
          return;
        }
        const data = JSON.parse(JSON.stringify({ values, extra: extraRef.current }));
        enqueue(async () => {
          const r = await call('drafts.save', { formKey, data });
          stored.current = true;
          setSavedAt(r.updatedAt);
        }).catch(() => {});
      }, AUTOSAVE_PAUSE_MS);
    });
    return () => {
      clearTimeout(timer.current);
      sub.unsubscribe();
    };
  }, [form, formKey]);

  return {
    restoredAt,
    savedAt,
    extra: restoredExtra,
    discard: async () => {
      clearTimeout(timer.current);
      setRestoredAt(null);
      setSavedAt(null);
      stored.current = true; // whatever an earlier call left, this removes it
      await removeStored().catch(() => {});
    },
  };
}
