// The life of an act sent to the core: busy while it runs; refused, the core's messages at the fields that show
// them and the rest in one form-level message (kept until the next attempt, or a field is edited); done, the
// queries it changed are asked again. What the person typed is never touched: values belong to the form.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { AppError, ErrorCode, Result } from '../../../shared/contract/result';
import { validationMessage } from '../../../shared/contract/validation';
import { callWith, toAppError, useApi } from './api';
import { invalidateChannels } from './queries';
import { checkInput } from './validate';

export type FieldErrors = Readonly<Record<string, string>>;

export interface ChannelMutationOptions<K extends ChannelName> {
  /**
   * The queries this act changes: asked again when it succeeds, and when a refusal says what the screen showed is
   * stale (`staleOn`). The core's data.changed events do it as well, a moment later.
   */
  invalidates?: readonly ChannelName[];
  /** Refusals meaning someone else changed the record meanwhile (default CONFLICT). */
  staleOn?: readonly ErrorCode[];
  /** Checks the input with the contract's own schema before sending, in the core's words (default true). */
  precheck?: boolean;
  /** The fields the form shows messages at; a message for any other field (or none) becomes `formError`. */
  fields?: readonly string[] | ((field: string) => boolean);
  /** Puts the core's field keys (dotted contract paths) on the form's own fields. */
  mapFields?: (fields: FieldErrors, input: ChannelInput<K>) => Record<string, string>;
  /** react-hook-form's setError, for forms built on it: each field's message is set there too. */
  setError?(name: string, error: { type: string; message: string }): void;
  /** Cache work beyond invalidation (the saved record put straight into its list). */
  onSuccess?: (value: ChannelOutput<K>, input: ChannelInput<K>, client: QueryClient) => void;
}

/** How a form binds a feature's act: which fields it shows, how the core's keys map to them, react-hook-form. */
export type FormBinding<K extends ChannelName> = Pick<ChannelMutationOptions<K>, 'fields' | 'mapFields' | 'setError'>;

export interface ChannelMutation<K extends ChannelName> {
  readonly channel: K;
  /**
   * Sends the input (after the precheck, with `problems` the form found itself) and resolves with the core's
   * answer; never rejects. A refusal is kept in `error`, `fieldErrors` and `formError`.
   */
  run(input: ChannelInput<K>, problems?: Record<string, string> | Promise<Record<string, string>>): Promise<Result<ChannelOutput<K>>>;
  /** Records a refusal found before sending (a check only the form can make); returns it. */
  refuse(fields: Record<string, string>, message?: string): Result<never>;
  /** While the input is checked (the schemas' chunk may still be loading) and sent: a second press sends nothing. */
  busy: boolean;
  /** The input being sent while busy (which row's button should spin). */
  sending: ChannelInput<K> | undefined;
  /** The last refusal, until the next attempt or reset(). */
  error: AppError | null;
  /** Messages by field (the form's names), each until that field is edited. */
  fieldErrors: FieldErrors;
  /** What the form says above its buttons: a refusal about no field it shows. */
  formError: string | null;
  /** Forgets the messages of edited fields (and of their parts: 'keep' forgets 'keep.daily', 'lists.x' 'lists.x[2]'). */
  clearField(...fields: string[]): void;
  /** Forgets the refusal (the form was put back). */
  reset(): void;
}

const EMPTY: FieldErrors = Object.freeze({});

/** The refusal as the form sees it: its field messages under the form's names, and what no field shows. */
function split(error: AppError, mapped: FieldErrors, shows: (field: string) => boolean): string | null {
  const keys = Object.keys(mapped);
  if (keys.length === 0) return error.message;
  const unshown = keys.filter((k) => !shows(k));
  if (unshown.length === 0) return null;
  // None shown: the core's own sentence (it names the first and counts them); some: just the ones no field shows.
  return unshown.length === keys.length ? error.message : unshown.map((k) => mapped[k]).join('；');
}

export function useChannelMutation<K extends ChannelName>(channel: K, options: ChannelMutationOptions<K> = {}): ChannelMutation<K> {
  const target = useApi();
  const client = useQueryClient();
  const mutation = useMutation({ mutationFn: (input: ChannelInput<K>) => callWith(target, channel, input) });
  const [error, setError] = useState<AppError | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>(EMPTY);
  const [checking, setChecking] = useState(false);
  const { fields, precheck = true, staleOn = ['CONFLICT'] } = options;
  const shows = typeof fields === 'function' ? fields : (f: string) => fields?.includes(f) ?? false;

  const refresh = () => {
    if (options.invalidates?.length) void invalidateChannels(client, options.invalidates);
  };

  const fail = (refusal: AppError, input: ChannelInput<K> | null): Result<never> => {
    const raw = refusal.fields ?? EMPTY;
    const mapped = options.mapFields && input !== null ? options.mapFields(raw, input) : raw;
    const message = split(refusal, mapped, shows);
    setError(refusal);
    setFieldErrors(Object.keys(mapped).length > 0 ? mapped : EMPTY);
    setFormError(message);
    if (options.setError) {
      for (const [name, m] of Object.entries(mapped)) options.setError(name, { type: 'server', message: m });
      if (message) options.setError('root.server', { type: 'server', message });
    }
    return { ok: false, error: refusal };
  };

  const run = async (input: ChannelInput<K>, found: Record<string, string> | Promise<Record<string, string>> = {}): Promise<Result<ChannelOutput<K>>> => {
    // A new attempt: the last refusal's sentence goes; its field messages stay until the answer (no flicker).
    setError(null);
    setFormError(null);
    setChecking(true);
    try {
      const problems = await found;
      if (precheck) await checkInput(channel, input, problems);
      else if (Object.keys(problems).length > 0) return fail({ code: 'VALIDATION', message: validationMessage(problems), fields: problems }, input);
    } catch (e) {
      return fail(toAppError(e), input);
    } finally {
      setChecking(false);
    }
    try {
      const value = await mutation.mutateAsync(input);
      setError(null);
      setFieldErrors(EMPTY);
      options.onSuccess?.(value, input, client);
      refresh();
      return { ok: true, value };
    } catch (e) {
      const refusal = toAppError(e);
      if (staleOn.includes(refusal.code)) refresh();
      return fail(refusal, input);
    }
  };

  const refuse = (problems: Record<string, string>, message?: string): Result<never> =>
    fail({ code: 'VALIDATION', message: message ?? validationMessage(problems), fields: problems }, null);

  const clearField = (...names: string[]) => {
    const stale = (k: string) => names.some((n) => k === n || k.startsWith(`${n}.`) || k.startsWith(`${n}[`));
    if (Object.keys(fieldErrors).some(stale)) setFieldErrors(Object.fromEntries(Object.entries(fieldErrors).filter(([k]) => !stale(k))));
  };

  const reset = () => {
    setError(null);
    setFormError(null);
    setFieldErrors(EMPTY);
  };

  return {
    channel,
    run,
    refuse,
    busy: mutation.isPending || checking,
    sending: mutation.isPending ? mutation.variables : undefined,
    error,
    fieldErrors,
    formError,
    clearField,
    reset,
  };
}

/**
 * A form's onSubmit: no page reload, and no bubbling to an outer form (a dialog's form sits in a portal, but React
 * still bubbles its submit up the component tree).
 */
export function onFormSubmit(send: () => unknown): (e: FormEvent) => void {
  return (e) => {
    e.preventDefault();
    e.stopPropagation();
    void send();
  };
}
