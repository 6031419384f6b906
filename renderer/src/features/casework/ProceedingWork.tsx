// A proceeding at work, inside its card: a step waiting for a leader, the steps its state offers this person (a step
// that cannot be taken says why, in the core's words, under the buttons), and its clocks.
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Alert, Box, Button, Divider, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { usePermissions } from '../../app/session';
import type { AvailableActionOut, ProceedingWork as Work } from '../../../../shared/contract/casework';
import { PROCEEDING_KIND, type ProceedingKind } from '../../../../shared/domain/vocabulary';
import { blockedGroups } from './blocked';
import { DeadlineTable } from './DeadlineTable';
import { PendingApproval } from './PendingApproval';
import { StepDialog, type StepOutcome } from './StepDialog';

function outcomeText(o: StepOutcome): string {
  if (o.approvalRequested) return `已提请领导审批“${o.label}”，批准后生效`;
  return `已办理“${o.label}”${o.number ? `，案号 ${o.number}` : ''}`;
}

function Steps({ kind, work, onDone }: { kind: ProceedingKind; work: Work; onDone: (o: StepOutcome) => void }) {
  const [open, setOpen] = useState<AvailableActionOut | null>(null);
  if (work.actions.length === 0) {
    return <Typography variant="body2" color="text.secondary">本程序当前没有可办理的步骤</Typography>;
  }
  const blocked = blockedGroups(work.actions);
  return (
    <Box data-testid="proceeding-steps">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="group" aria-label={`${PROCEEDING_KIND.label(kind)}的办理步骤`}>
        {work.actions.map((a) => (
          <Button key={a.action} variant={a.blockedBy ? 'outlined' : 'contained'} disabled={!!a.blockedBy} onClick={() => setOpen(a)}>
            {a.label}{a.approval ? '（提请领导审批）' : ''}
          </Button>
        ))}
      </Stack>
      {blocked.map((b) => (
        <Stack key={b.reason} direction="row" spacing={0.75} sx={{ mt: 1, color: 'text.secondary', alignItems: 'flex-start' }} data-testid="step-blocked">
          <InfoOutlinedIcon fontSize="small" sx={{ mt: '2px' }} />
          <Typography variant="body2">
            <Box component="span" sx={{ fontWeight: 600 }}>{b.labels.join('、')}</Box>暂不能办理：{b.reason}
          </Typography>
        </Stack>
      ))}
      {open && (
        <StepDialog kind={kind} proceedingId={work.proceedingId} rowVersion={work.rowVersion} step={open}
          gone={!work.actions.some((a) => a.action === open.action && !a.blockedBy)} onClose={() => setOpen(null)}
          onDone={(o) => {
            setOpen(null);
            onDone(o);
          }} />
      )}
    </Box>
  );
}

export function ProceedingWork({ kind, work }: { kind: ProceedingKind; work: Work }) {
  const [notice, setNotice] = useState<string | null>(null);
  // The desk and the auditor read the file; the steps are for those who take them.
  const acts = usePermissions().has('proceeding.act');
  return (
    <Box data-testid="proceeding-work">
      <Divider sx={{ my: 1.5 }} />
      {notice && <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 1.5 }} data-testid="step-notice">{notice}</Alert>}
      {work.pendingApproval && (
        <PendingApproval kind={kind} pending={work.pendingApproval}
          onDecided={(d) => setNotice(d === 'approve' ? `已批准“${work.pendingApproval!.label}”` : `已退回“${work.pendingApproval!.label}”，承办人可修改后重新提请`)} />
      )}
      {acts && (
        <>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>办理步骤</Typography>
          <Steps kind={kind} work={work} onDone={(o) => setNotice(outcomeText(o))} />
        </>
      )}
      <Typography variant="subtitle2" sx={{ mt: acts ? 2 : 0, mb: 0.5 }}>期限</Typography>
      <DeadlineTable deadlines={work.deadlines} title={`${PROCEEDING_KIND.label(kind)}的期限`} />
    </Box>
  );
}
