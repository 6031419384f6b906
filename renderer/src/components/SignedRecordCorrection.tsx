// The correction of a record signed on paper — 询问笔录, 现场检查笔录, 庭审笔录 — in one place: once 定稿 the record
// never changes; a mistake found afterwards is appended as a correction with its reason (who and when kept with it),
// and the record lists its corrections under it. The three channels take the one contract schema
// (shared/contract/signed-record.ts); each feature passes its own act from its queries.ts and its own words.
import { TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import type { ChannelInput } from '../../../shared/contract/channels';
import type { SignedRecordCorrectionView } from '../../../shared/contract/signed-record';
import { dateTimeOf } from '../../../shared/domain/time';
import type { ChannelMutation, FormBinding } from '../platform/mutations';
import { ReasonDialog } from './ReasonDialog';

/** The channels that append a correction to a signed record; each takes shared/contract/signed-record's input. */
export type CorrectionChannel = 'investigation.correctRecord' | 'siteInspection.correct' | 'hearingTranscript.correct';

const FIELDS = ['text', 'reason'];

export function SignedRecordCorrectionDialog<K extends CorrectionChannel>(props: {
  recordId: string;
  /** The feature's act (its queries.ts hook), bound here to this form's fields. */
  useCorrect: (form: FormBinding<K>) => ChannelMutation<K>;
  title: string;
  /** What becomes of the record: e.g. 更正附在定稿的笔录之后，原笔录不变. */
  explain: ReactNode;
  reasonExample: string;
  textExample?: string;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const correcting = props.useCorrect({ fields: FIELDS });
  return (
    <ReasonDialog
      title={props.title}
      explain={props.explain}
      reason={{ label: '更正理由', example: props.reasonExample, hint: '不少于4个字' }}
      confirm={{ label: '追加更正', busyLabel: '正在保存…' }}
      mutation={correcting}
      // The same input on each of the three channels (signedRecordCorrectInput).
      input={(reason) => ({ id: props.recordId, text, reason }) as ChannelInput<K>}
      onDone={props.onClose}
      onClose={props.onClose}
    >
      <TextField label="更正内容" required multiline minRows={2} value={text} onChange={(e) => { setText(e.target.value); correcting.clearField('text'); }}
        placeholder={props.textExample} error={!!correcting.fieldErrors.text} helperText={correcting.fieldErrors.text} />
    </ReasonDialog>
  );
}

/** A record's appended corrections, oldest first, each with who appended it, when and why. */
export function SignedRecordCorrections({ corrections, testId }: { corrections: readonly SignedRecordCorrectionView[]; testId: string }) {
  return corrections.map((c) => (
    <Typography key={c.id} variant="body2" color="warning.dark" data-testid={testId}>
      更正（{c.by.name} {dateTimeOf(c.at)}）：{c.text}（理由：{c.reason}）
    </Typography>
  ));
}
