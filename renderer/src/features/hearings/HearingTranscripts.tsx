// The 庭审笔录 of the file's held hearings (调解仲裁法 Art. 40), on the case page under the hearings: each hearing with
// its record's state — started from the hearing, typed as a draft (saved as typed), 定稿 after reading it back to those
// present, corrected by an appended 补正 with its reason, printed for every signature.
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import type { TranscriptView } from '../../../../shared/contract/hearing-transcripts';
import { attendeeTitle } from '../../../../shared/domain/hearing-transcript';
import { dateTimeOf } from '../../../../shared/domain/time';
import { usePermissions } from '../../app/session';
import { Section } from '../../components/DetailFields';
import { SignedRecordCorrectionDialog, SignedRecordCorrections } from '../../components/SignedRecordCorrection';
import { TranscriptDialog } from './TranscriptDialog';
import { useCaseTranscripts, useCorrectTranscript, useCreateTranscript, useFinaliseTranscript, usePrintTranscript } from './queries';

type Open = { kind: 'edit' | 'finalise' | 'correct'; record: TranscriptView } | null;

/** 定稿 after reading the record back; refused while it lacks something, with the way back to the draft to add it. */
function FinaliseDialog({ record, onClose, onEdit }: { record: TranscriptView; onClose: () => void; onEdit: () => void }) {
  const finalising = useFinaliseTranscript();
  const go = async () => {
    const r = await finalising.run({ id: record.id, rowVersion: record.rowVersion });
    if (r.ok) onClose();
  };
  const fields = finalising.error?.fields ? Object.values(finalising.error.fields) : [];
  return (
    <Dialog open onClose={finalising.busy ? undefined : onClose} aria-labelledby="transcript-finalise-title">
      <DialogTitle id="transcript-finalise-title">庭审笔录定稿</DialogTitle>
      <DialogContent>
        <DialogContentText>请确认笔录已交当事人和其他仲裁参加人阅看或向其宣读。定稿后笔录<b>不能再修改</b>；当事人认为记录有遗漏或差错申请补正的，追加更正并写明理由（《劳动争议调解仲裁法》第四十条）。</DialogContentText>
        {finalising.error && <Alert severity="error" sx={{ mt: 2 }}>{fields.length > 0 ? fields.join('；') : finalising.error.message}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={finalising.busy}>取消</Button>
        {fields.length > 0 ? (
          <Button variant="contained" onClick={onEdit}>返回修改</Button>
        ) : (
          <Button variant="contained" onClick={() => void go()} disabled={finalising.busy}>{finalising.busy ? '正在定稿…' : '定稿'}</Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

function TranscriptLine({ r, acts, onOpen, onPrinted }: { r: TranscriptView; acts: boolean; onOpen: (o: Open) => void; onPrinted: (m: string) => void }) {
  const printing = usePrintTranscript();
  const print = async () => {
    const res = await printing.run({ id: r.id });
    if (res.ok) onPrinted(`已生成${res.value.title}：请在“文书”中打印，交到庭人员、仲裁员和书记员签名。`);
  };
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color={r.status === 'final' ? 'success' : 'default'} label={r.status === 'final' ? '已定稿' : '草稿'} data-testid="transcript-status" />
        <Typography variant="body2">记录 {r.entries.length} 条{r.attendees.length > 0 ? `；到庭：${r.attendees.map(attendeeTitle).join('、')}` : ''}{r.endedAt ? `；闭庭 ${dateTimeOf(r.endedAt)}` : ''}</Typography>
        <Box sx={{ flex: 1 }} />
        {acts && r.status === 'draft' && <Button size="small" onClick={() => onOpen({ kind: 'edit', record: r })}>继续记录</Button>}
        {acts && r.status === 'draft' && <Button size="small" variant="outlined" onClick={() => onOpen({ kind: 'finalise', record: r })}>定稿</Button>}
        {acts && r.status === 'final' && <Button size="small" onClick={() => onOpen({ kind: 'correct', record: r })}>追加更正</Button>}
        {acts && r.status === 'final' && <Button size="small" variant="outlined" onClick={() => void print()} disabled={printing.busy}>{printing.busy ? '正在生成…' : '打印笔录'}</Button>}
      </Stack>
      <SignedRecordCorrections corrections={r.corrections} testId="transcript-correction" />
      {printing.error && <Alert severity="error" sx={{ mt: 1 }}>{printing.error.message}</Alert>}
    </Box>
  );
}

export function HearingTranscripts({ caseFileId }: { caseFileId: string }) {
  const q = useCaseTranscripts(caseFileId);
  const acts = usePermissions().has('proceeding.act');
  const creating = useCreateTranscript();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!q.data || q.data.hearings.length === 0) return null;
  // Started from the hearing, then typed in through “继续记录” (the list shows the draft at once).
  const start = async (hearingId: string) => {
    const r = await creating.run({ hearingId });
    if (r.ok) setNotice('已开始庭审笔录（草稿），请点“继续记录”录入庭审情况；录入时自动保存');
  };
  return (
    <Section title="庭审笔录">
      <Paper variant="outlined" sx={{ p: 2 }} data-testid="hearing-transcripts">
        {notice && <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 1.5 }}>{notice}</Alert>}
        {creating.error && <Alert severity="error" sx={{ mb: 1.5 }}>{creating.error.message}</Alert>}
        <Stack spacing={1.5}>
          {q.data.hearings.map((h) => (
            <Box key={h.hearingId}>
              <Typography sx={{ fontWeight: 600 }}>{h.date} {h.start} {h.roomName}开庭</Typography>
              {h.transcript ? (
                <TranscriptLine r={h.transcript} acts={acts} onOpen={setOpen} onPrinted={setNotice} />
              ) : (
                acts && <Button size="small" variant="outlined" onClick={() => void start(h.hearingId)} disabled={creating.busy}>制作庭审笔录</Button>
              )}
            </Box>
          ))}
        </Stack>
      </Paper>
      {open?.kind === 'edit' && <TranscriptDialog record={open.record} onClose={() => { setOpen(null); void q.refetch(); }} />}
      {open?.kind === 'finalise' && <FinaliseDialog record={open.record} onClose={() => setOpen(null)} onEdit={() => setOpen({ kind: 'edit', record: open.record })} />}
      {open?.kind === 'correct' && (
        <SignedRecordCorrectionDialog recordId={open.record.id} useCorrect={useCorrectTranscript} title="追加更正（补正）" onClose={() => setOpen(null)}
          explain={<>更正附在定稿的庭审笔录之后，原笔录不变；更正人、时间和理由记入案卷记录。重新打印的笔录会载明更正。</>}
          reasonExample="申请人核对笔录时指出其陈述的入职时间记错，申请补正" />
      )}
    </Section>
  );
}
