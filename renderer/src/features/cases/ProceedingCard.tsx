// One proceeding of a case file: what it is, its number once accepted, its parties grouped by role, and below them
// what the page adds (the work panel: steps, approval, clocks).
import { Box, Button, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { Fragment, useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { CaseFileDetail } from '../../../../shared/contract/cases';
import { proceedingDefinition } from '../../../../shared/domain/proceedings';
import { PROCEEDING_KIND } from '../../../../shared/domain/vocabulary';
import { fmtDateTime } from '../../components/format';
import { partyRoleLabel, ROLE_ORDER, type ProceedingPartyRole } from './party-roles';
import { ProceedingStatusChip } from './ProceedingChips';

type Proceeding = CaseFileDetail['proceedings'][number];

/** Large groups (a 300-worker complaint) show the first names and a button for the rest. */
const NAMES_SHOWN = 30;

interface Named {
  name: string;
  /** A party complained about (not a worker): its name opens its employer page (用人单位). */
  partyId: string | null;
}

function PartyGroup({ role, names }: { role: ProceedingPartyRole; names: Named[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? names : names.slice(0, NAMES_SHOWN);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '96px 1fr', columnGap: 2, py: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {partyRoleLabel(role)}{names.length > 1 ? `（${names.length}）` : ''}
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        {shown.map((n, i) => (
          <Fragment key={`${n.partyId ?? ''}${i}`}>
            {i > 0 && '、'}
            {n.partyId ? (
              <Link component={RouterLink} to={`/employers/party/${n.partyId}`} underline="hover" title="查看该单位（人员）的全部案卷" data-testid="party-employer-link">{n.name}</Link>
            ) : (
              n.name
            )}
          </Fragment>
        ))}
        {names.length > shown.length && (
          <Button size="small" onClick={() => setAll(true)} sx={{ ml: 1, py: 0, minWidth: 0 }}>等{names.length}人，全部显示</Button>
        )}
      </Typography>
    </Box>
  );
}

export function ProceedingCard({ proceeding: p, children }: { proceeding: Proceeding; children?: ReactNode }) {
  const groups = ROLE_ORDER.map((role) => ({ role, names: p.parties.filter((x) => x.role === role).map((x) => ({ name: x.name, partyId: x.personId ? null : x.partyId })) })).filter((g) => g.names.length > 0);
  return (
    <Card variant="outlined" data-testid="proceeding-card" id={`proceeding-${p.id}`}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>{PROCEEDING_KIND.label(p.kind)}</Typography>
          <ProceedingStatusChip kind={p.kind} status={p.status} />
          <Box sx={{ flex: 1 }} />
          <Typography variant="body2" color="text.secondary">建立时间 {fmtDateTime(p.openedAt)}</Typography>
        </Stack>
        {/* A proceeding that takes no number (调解（监察联调）) shows none, rather than 'waiting' for one forever. */}
        {(p.number || proceedingDefinition(p.kind).numberSeries) && (
          <Typography variant="body2" sx={{ mb: 1.5 }} color={p.number ? 'text.primary' : 'text.secondary'}>
            案号：{p.number ?? '未编号（待受理）'}
          </Typography>
        )}
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
