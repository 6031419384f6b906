// Autosaves what the clerk is typing (to the core, per person and form) and offers it back after a crash, a
// restart or a lock. The draft goes when the record is saved or the clerk discards it. Every field of the form is
// in it; `restore` completes a draft saved before the form gained a field. A form with nothing typed in it is no
// draft: it is never kept, so a blank form never comes back as “restored”. While the connection is lost the draft
// is kept in this tab (local-drafts.ts) and sent when it is back; a draft kept so is restored before the core's.
import { useContext, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { SessionContext } from '../../../app/session';
import { call, toAppError } from '../../../platform/api';
import { connection } from '../../../platform/connection';
import { forgetLocal, keepLocally, localDraft } from '../../../platform/local-drafts';

export interface DraftState<Extra> {
  restoredAt: number | null;
  savedAt: number | null;
  /** The draft is kept in this tab only, the core being unreachable; it is sent when the connection is back. */
  keptLocally: boolean;
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
  const [keptLocally, setKeptLocally] = useState(false);
  const staffId = useContext(SessionContext)?.staff.id ?? '';
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
      forgetLocal(staffId, formKey);
      setKeptLocally(false);
      if (!stored.current) return;
      await call('drafts.discard', { formKey });
      stored.current = false;
    });
  /** To the core; if it cannot be reached, kept in this tab until it can. */
  const send = (data: unknown) =>
    enqueue(async () => {
      try {
        const r = await call('drafts.save', { formKey, data: data as never });
        stored.current = true;
        forgetLocal(staffId, formKey);
        setKeptLocally(false);
        setSavedAt(r.updatedAt);
      } catch (e) {
        const code = toAppError(e).code;
        if ((code === 'OFFLINE' || code === 'UNCONFIRMED') && keepLocally(staffId, formKey, data, Date.now())) setKeptLocally(true);
      }
    });
  const sendRef = useRef(send);
  sendRef.current = send;

  // Back from a loss: the draft kept in this tab goes to the core.
  useEffect(
    () =>
      connection.onBack(() => {
        const local = localDraft(staffId, formKey);
        if (local) void sendRef.current(local.data);
      }),
    [staffId, formKey],
  );

  useEffect(() => {
    let cancelled = false;
    const restoreFrom = (data: { values: Partial<V>; extra: Extra | null }, at: number | null) => {
      const values = restore(data.values);
      form.reset(values);
      setRestoredAt(at);
      setRestoredExtra(data.extra);
      onRestore(data.extra);
    };
    // A draft this tab kept while the connection was lost is newer than any the core holds: it comes back first.
    const local = localDraft(staffId, formKey);
    call('drafts.get', { formKey })
      .then((d) => {
        stored.current = d.data !== null;
        if (cancelled || form.formState.isDirty) return;
        if (local) {
          restoreFrom(local.data as { values: Partial<V>; extra: Extra | null }, local.at);
          void send(local.data);
          return;
        }
        if (!d.data) return;
        const data = d.data as { values: Partial<V>; extra: Extra | null };
        // A blank draft (kept by an earlier version after a save) is nothing to restore: it goes.
        if (data.extra === null && isBlankRef.current(restore(data.values))) {
          void removeStored().catch(() => {});
          return;
        }
        restoreFrom(data, d.updatedAt);
      })
      .catch(() => {
        if (cancelled || form.formState.isDirty || !local) return;
        restoreFrom(local.data as { values: Partial<V>; extra: Extra | null }, local.at);
        setKeptLocally(true);
      })
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
        void sendRef.current(JSON.parse(JSON.stringify({ values, extra: extraRef.current })));
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
    keptLocally,
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
