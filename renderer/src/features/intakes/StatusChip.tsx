import { Chip } from '@mui/material';
import { INTAKE_STATUS, type IntakeStatus } from '../../../../shared/domain/vocabulary';

const COLORS: Record<IntakeStatus, 'default' | 'primary' | 'success' | 'warning'> = { registered: 'default', routed: 'primary', answered: 'success', returned: 'warning', awaitingTransfer: 'warning' };

export function StatusChip({ status }: { status: IntakeStatus }) {
  return <Chip size="small" variant="outlined" color={COLORS[status]} label={INTAKE_STATUS.label(status)} />;
}
