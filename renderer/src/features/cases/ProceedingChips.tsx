// A proceeding at a glance: its kind, its status and, once accepted, its own number.
import { Chip, Stack } from '@mui/material';
import { proceedingDefinition, proceedingStatusLabel } from '../../../../shared/domain/proceedings';
import { CASE_STATUS, PROCEEDING_KIND, type CaseStatus, type ProceedingKind } from '../../../../shared/domain/vocabulary';

/** Waiting (the first state) amber, over (a closed state) green, under way blue — from the kind's definition. */
function statusColor(kind: ProceedingKind, status: string): 'warning' | 'primary' | 'success' {
  const def = proceedingDefinition(kind);
  if (status === def.initial) return 'warning';
  return def.closed.includes(status) ? 'success' : 'primary';
}

export interface ProceedingLike {
  id: string;
  kind: ProceedingKind;
  status: string;
  number: string | null;
}

export function ProceedingStatusChip({ kind, status }: { kind: ProceedingKind; status: string }) {
  return <Chip size="small" variant="outlined" color={statusColor(kind, status)} label={proceedingStatusLabel(kind, status)} />;
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
          <ProceedingStatusChip kind={p.kind} status={p.status} />
          {/* A long 案号 is cut with “…” in a list column and whole on hover (the file shows it in full). */}
          {p.number && <Chip size="small" variant="outlined" label={p.number} title={p.number} sx={{ maxWidth: 170 }} />}
        </Stack>
      ))}
    </Stack>
  );
}
