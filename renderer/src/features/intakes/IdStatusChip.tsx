// Whether a complainant's ID number is checked: 已校验 (GB 11643 check passed), 未校验, or 待核实 (missing, with why).
import { Chip, Stack, Typography } from '@mui/material';
import { ID_STATUS, type IdStatus } from '../../../../shared/domain/vocabulary';

const COLOR: Record<IdStatus, 'success' | 'default' | 'warning'> = { valid: 'success', unverifiable: 'default', pending: 'warning' };

export function IdStatusChip({ status, missingReason }: { status: IdStatus; missingReason: string | null }) {
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      <Chip size="small" color={COLOR[status]} variant={status === 'pending' ? 'filled' : 'outlined'} label={ID_STATUS.label(status)} />
      {status === 'pending' && missingReason && (
        <Typography variant="caption" color="warning.dark" sx={{ whiteSpace: 'nowrap' }}>{missingReason}</Typography>
      )}
    </Stack>
  );
}
