// A recorded act that needs written words before it runs — void a document, view full personal data, view or
// withdraw an ID picture, reset a password; later withdraw, suspend, extend, return: what it means, the reason
// (checked against the channel's own contract rule before sending, so "at least 4 characters" reads the same as
// the core's refusal), room for more fields, the core's refusal, and confirm/cancel with the busy state.
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { onFormSubmit, type ChannelMutation } from '../platform/mutations';
import { inputProblems } from '../platform/validate';
import { ReasonField } from './ReasonField';

/** The reason field's words: its label, an example (the placeholder) and its rule (under it). */
export interface ReasonSpec {
  label: string;
  example: string;
  hint: string;
}

/** What a custom field gets: its value, its setter and the message about it. */
export interface ReasonFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

export interface ReasonActProps<K extends ChannelName> {
  /** What is being done, and what follows from it. */
  explain: ReactNode;
  /** The reason's words — or, for an act whose required words are not a reason (a temporary password), its field. */
  reason: ReasonSpec | ((field: ReasonFieldProps) => ReactNode);
  /** The input's key for the words, under which the core's message comes back ('reason' unless the channel says otherwise). */
  field?: string;
  /** More of the form (a date, a password), between the explanation and the reason. */
  children?: ReactNode;
  confirm: { label: string; busyLabel: string; color?: 'primary' | 'error' | 'warning' };
  /** Said while the act runs, when it takes long (a restore). */
  busyNote?: ReactNode;
  /** Checks only this form can make, before the channel's rule (a return's opinion is required, an approval's not). */
  problems?: (reason: string) => Record<string, string>;
  /** The act, from the feature's queries.ts. The fields `children` shows must be in its `fields` option. */
  mutation: ChannelMutation<K>;
  input: (reason: string) => ChannelInput<K>;
  onDone: (value: ChannelOutput<K>, reason: string) => void;
}

function useReasonAct<K extends ChannelName>(props: ReasonActProps<K>) {
  const { mutation, field = 'reason' } = props;
  const [value, setValue] = useState('');
  const send = onFormSubmit(async () => {
    const local = props.problems?.(value) ?? {};
    if (Object.keys(local).length > 0) return mutation.refuse(local);
    const input = props.input(value);
    // Whatever the mutation's own options: the channel's rule for the words (at least 4 characters…) is checked here.
    const r = await mutation.run(input, inputProblems(mutation.channel, input));
    if (r.ok) props.onDone(r.value, value);
  });
  const change = (v: string) => {
    setValue(v);
    mutation.clearField(field);
  };
  const error = mutation.fieldErrors[field];
  const body = (
    <Stack spacing={2} sx={{ pt: 0.5 }}>
      <Typography variant="body2" component="div">{props.explain}</Typography>
      {props.children}
      {typeof props.reason === 'function' ? (
        props.reason({ value, onChange: change, error })
      ) : (
        <ReasonField {...props.reason} value={value} error={error} onChange={change} />
      )}
      {mutation.formError && <Alert severity="error">{mutation.formError}</Alert>}
      {mutation.busy && props.busyNote && <Alert severity="info">{props.busyNote}</Alert>}
    </Stack>
  );
  const go = (
    <Button type="submit" variant="contained" color={props.confirm.color ?? 'primary'} disabled={mutation.busy}>
      {mutation.busy ? props.confirm.busyLabel : props.confirm.label}
    </Button>
  );
  return { send, body, go };
}

/**
 * The act in its own dialog. `done`, once the act has run, replaces the form with what it produced (the numbers
 * revealed, the password to hand over) and one button that closes.
 */
export function ReasonDialog<K extends ChannelName>(
  props: ReasonActProps<K> & {
    title: ReactNode;
    onClose: () => void;
    done?: { content: ReactNode; closeLabel: string } | null;
    maxWidth?: 'xs' | 'sm' | 'md';
  },
) {
  const { send, body, go } = useReasonAct(props);
  const busy = props.mutation.busy;
  // Not closed mid-flight: the act may already be on the record, and its answer would have nowhere to show.
  const close = busy ? undefined : props.onClose;
  return (
    <Dialog open onClose={close} fullWidth maxWidth={props.maxWidth ?? 'sm'}>
      <form onSubmit={send} noValidate>
        <DialogTitle>{props.title}</DialogTitle>
        <DialogContent>{props.done ? props.done.content : body}</DialogContent>
        <DialogActions>
          {props.done ? (
            <Button variant="contained" onClick={props.onClose}>{props.done.closeLabel}</Button>
          ) : (
            <>
              <Button onClick={props.onClose} disabled={busy}>取消</Button>
              {go}
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** The act as a step inside another dialog (the ID pictures' list): the same form, with 返回 instead of 取消. */
export function ReasonStep<K extends ChannelName>(props: ReasonActProps<K> & { onBack: () => void }) {
  const { send, body, go } = useReasonAct(props);
  return (
    <form onSubmit={send} noValidate>
      <Stack spacing={2}>
        {body}
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button onClick={props.onBack} disabled={props.mutation.busy}>返回</Button>
          {go}
        </Stack>
      </Stack>
    </form>
  );
}
