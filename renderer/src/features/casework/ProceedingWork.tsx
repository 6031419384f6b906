// A proceeding at work, inside its card: a step waiting for a leader, the steps its state offers this person (a step
// that cannot be taken says why, in the core's words, under the buttons), the papers of the steps taken, and its clocks.
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Alert, Box, Button, Divider, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { usePermissions } from '../../app/session';
import type { AvailableActionOut, TeamMember, ProceedingWork as Work } from '../../../../shared/contract/casework';
import { PROCEEDING_KIND, type ProceedingKind } from '../../../../shared/domain/vocabulary';
import { blockedGroups } from './blocked';
import { DeadlineTable } from './DeadlineTable';
import { PendingApproval } from './PendingApproval';
import { StepDialog, type StepOutcome } from './StepDialog';
import { clearStepRequest, useStepRequest } from './step-request';
import { ComposeDialog } from '../hearings/ComposeDialog';
import { ProceedingPapers } from '../documents/ProceedingPapers';
import { AgreementDialog } from '../mediation/AgreementDialog';

function outcomeText(o: StepOutcome): string {
  if (o.approvalRequested) return `已提请领导审批“${o.label}”，批准后生效`;
  return `已办理“${o.label}”${o.number ? `，案号 ${o.number}` : ''}`;
}

function Steps({ kind, work, team, caseFileId, onDone }: { kind: ProceedingKind; work: Work; team: readonly TeamMember[]; caseFileId: string; onDone: (o: StepOutcome) => void }) {
  const [open, setOpen] = useState<AvailableActionOut | null>(null);
  // A step asked for from the missed instalment's way back opens here, if this person may take it now.
  const request = useStepRequest(work.proceedingId);
  useEffect(() => {
    if (!request) return;
    const asked = work.actions.find((a) => a.action === request.action && !a.blockedBy);
    if (asked) setOpen(asked);
    clearStepRequest();
  }, [request, work.actions]);
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
      {/* 组庭 names people of the team: its own dialog with their names (the generic form has text and dates only). */}
      {open && kind === 'arbitration' && open.action === 'compose' && (
        <ComposeDialog proceedingId={work.proceedingId} rowVersion={work.rowVersion} team={team} onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone({ label: open.label, approvalRequested: false, number: null });
          }} />
      )}
      {/* 达成调解协议 carries the instalment plan: its own dialog with a row per instalment. */}
      {open && kind === 'jointMediation' && open.action === 'agree' && (
        <AgreementDialog caseFileId={caseFileId} proceedingId={work.proceedingId} rowVersion={work.rowVersion} onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone({ label: open.label, approvalRequested: false, number: null });
          }} />
      )}
      {open && !(kind === 'arbitration' && open.action === 'compose') && !(kind === 'jointMediation' && open.action === 'agree') && (
        <StepDialog kind={kind} caseFileId={caseFileId} team={team} proceedingId={work.proceedingId} rowVersion={work.rowVersion} step={open}
          gone={!work.actions.some((a) => a.action === open.action && !a.blockedBy)} onClose={() => setOpen(null)}
          onDone={(o) => {
            setOpen(null);
            onDone(o);
          }} />
      )}
    </Box>
  );
}

export function ProceedingWork({ kind, work, team = [], caseFileId = '' }: { kind: ProceedingKind; work: Work; team?: readonly TeamMember[]; caseFileId?: string }) {
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
          <Steps kind={kind} work={work} team={team} caseFileId={caseFileId} onDone={(o) => setNotice(outcomeText(o))} />
        </>
      )}
      {caseFileId && <ProceedingPapers caseFileId={caseFileId} work={work} />}
      {work.notices.map((n) => (
        <Alert key={n.text} severity={n.severity} sx={{ mt: 1.5 }} data-testid="proceeding-notice">{n.text}</Alert>
      ))}
      <Typography variant="subtitle2" sx={{ mt: acts ? 2 : 0, mb: 0.5 }}>期限</Typography>
      <DeadlineTable deadlines={work.deadlines} title={`${PROCEEDING_KIND.label(kind)}的期限`} />
    </Box>
  );
}
