// One proceeding of a case file: what it is, its number once accepted, its parties grouped by role, and below them
// what the page adds (the work panel: steps, approval, clocks).
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import type { CaseFileDetail } from '../../../../shared/contract/cases';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { fmtDateTime } from '../../components/format';
import { partyRoleLabel, ROLE_ORDER, type ProceedingPartyRole } from './party-roles';
import { ProceedingStatusChip } from './ProceedingChips';

type Proceeding = CaseFileDetail['proceedings'][number];

/** Large groups (a 300-worker complaint) show the first names and a button for the rest. */
const NAMES_SHOWN = 30;

function PartyGroup({ role, names }: { role: ProceedingPartyRole; names: string[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? names : names.slice(0, NAMES_SHOWN);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '96px 1fr', columnGap: 2, py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {partyRoleLabel(role)}{names.length > 1 ? `（${names.length}）` : ''}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {shown.join('、')}
        {names.length > shown.length && (
          <Button size="small" onClick={() => setAll(true)} sx={{ ml: 1, py: 0, minWidth: 0 }}>等{names.length}人，全部显示</Button>
        )}
      </Typography>
    </Box>
  );
}

export function ProceedingCard({ proceeding: p, children }: { proceeding: Proceeding; children?: ReactNode }) {
  const groups = ROLE_ORDER.map((role) => ({ role, names: p.parties.filter((x) => x.role === role).map((x) => x.name) })).filter((g) => g.names.length > 0);
  return (
    <Card variant="outlined" data-testid="proceeding-card">
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>{PROCEEDING_KIND.label(p.kind)}</Typography>
          <ProceedingStatusChip kind={p.kind} status={p.status} />
          <Box sx={{ flex: 1 }} />
          <Typography variant="body2" color="text.secondary">建立时间 {fmtDateTime(p.openedAt)}</Typography>
        </Stack>
        <Typography variant="body2" sx={{ mb: 1.5 }} color={p.number ? 'text.primary' : 'text.secondary'}>
          案号：{p.number ?? '未编号（待受理）'}
        </Typography>
        {groups.length === 0 ? (
          <Typography variant="body2" color="text.secondary">尚未登记当事人</Typography>
        ) : (
          groups.map((g) => <PartyGroup key={g.role} role={g.role} names={g.names} />)
        )}
        {children}
      </CardContent>
    </Card>
  );
}
