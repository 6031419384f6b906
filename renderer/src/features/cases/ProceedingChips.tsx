// A proceeding at a glance: its kind, its status and, once accepted, its own number.
import { Chip, Stack } from '@mui/material';
import { CASE_STATUS, PROCEEDING_KIND, PROCEEDING_STATUS, type CaseStatus, type ProceedingKind, type ProceedingStatus } from '../../../../shared/domain/vocabulary';

const STATUS_COLOR: Record<ProceedingStatus, 'warning' | 'primary' | 'success'> = { pending: 'warning', accepted: 'primary', closed: 'success' };

export interface ProceedingLike {
  id: string;
  kind: ProceedingKind;
  status: ProceedingStatus;
  number: string | null;
}

export function ProceedingStatusChip({ status }: { status: ProceedingStatus }) {
  return <Chip size="small" variant="outlined" color={STATUS_COLOR[status]} label={PROCEEDING_STATUS.label(status)} />;
}

export function CaseStatusChip({ status }: { status: CaseStatus }) {
  return <Chip size="small" color={status === 'open' ? 'primary' : 'default'} variant={status === 'open' ? 'outlined' : 'filled'} label={CASE_STATUS.label(status)} />;
}

/** One line per proceeding: kind, status and, once accepted, the number ("日人社仲案〔2026〕12号"). */
export function ProceedingChips({ proceedings }: { proceedings: ProceedingLike[] }) {
  if (proceedings.length === 0) return <>—</>;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {proceedings.map((p) => (
        <Stack key={p.id} direction="row" spacing={0.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Chip size="small" label={PROCEEDING_KIND.label(p.kind)} />
          <ProceedingStatusChip status={p.status} />
          {p.number && <Chip size="small" variant="outlined" label={p.number} />}
        </Stack>
      ))}
    </Stack>
  );
}
