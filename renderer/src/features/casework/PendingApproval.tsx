// A step waiting for a leader: what was asked, by whom and when, with what it says; for the leader who may decide it,
// 批准 and 退回 right here.
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import type { ProceedingWork } from '../../../../shared/contract/casework';
import type { ProceedingKind } from '../../../../shared/domain/vocabulary';
import { fmtDateTime } from '../../components/format';
import { DecideDialog, type Decision } from './DecideDialog';
import { describeInput, describeValues, stepDef } from './step-fields';

type Pending = NonNullable<ProceedingWork['pendingApproval']>;

export function PendingApproval({ kind, pending, onDecided }: { kind: ProceedingKind; pending: Pending; onDecided: (d: Decision) => void }) {
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const facts = useMemo(() => {
    const def = stepDef(kind, pending.action);
    return def ? describeValues(describeInput(def.input), pending.input) : [];
  }, [kind, pending]);
  return (
    <Alert severity="warning" icon={false} sx={{ mb: 1.5 }} data-testid="pending-approval"
      action={pending.mayDecide && (
        <Stack direction="row" spacing={1} sx={{ alignSelf: 'center' }}>
          <Button variant="contained" size="small" onClick={() => setDeciding('approve')}>批准</Button>
          <Button variant="outlined" size="small" color="warning" onClick={() => setDeciding('return')}>退回</Button>
        </Stack>
      )}>
      <AlertTitle sx={{ mb: 0.5 }}>待领导审批：{pending.label}</AlertTitle>
      <Typography variant="body2">
        {pending.requestedBy.name} 于 {fmtDateTime(pending.requestedAt)} 提请
        {pending.mayDecide ? '，请审批' : '，等待包案领导审批'}
      </Typography>
      {facts.length > 0 && (
        <Box component="dl" sx={{ m: 0, mt: 0.5, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.25 }}>
          {facts.map((f) => (
            <Box key={f.label} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" color="text.secondary">{f.label}</Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {f.value}{f.name === 'date' ? '（批准后以审批日期为准）' : ''}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      {deciding && (
        <DecideDialog decision={deciding} approval={pending} onClose={() => setDeciding(null)}
          onDone={(d) => {
            setDeciding(null);
            onDecided(d);
          }} />
      )}
    </Alert>
  );
}
