// A law-enforcement or arbitrator certificate: its number and expiry, flagged when expired or expiring soon —
// an inspector may not enforce, nor an arbitrator sit, on a lapsed certificate.
import { Chip, Stack, Typography } from '@mui/material';
import { daysFromToday } from '../intakes/days';

/** How far ahead an expiry is flagged, so renewal can be arranged in time. */
export const EXPIRY_WARNING_DAYS = 60;

export type CertState = 'none' | 'valid' | 'expiring' | 'expired' | 'noExpiry';

export function certState(no: string | null, expiry: string | null, now = Date.now()): CertState {
  if (!no && !expiry) return 'none';
  if (!expiry) return 'noExpiry';
  const days = daysFromToday(expiry, now);
  if (days < 0) return 'expired';
  return days <= EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
}

export function CertCell({ no, expiry }: { no: string | null; expiry: string | null }) {
  const state = certState(no, expiry);
  if (state === 'none') return <>—</>;
  const days = expiry ? daysFromToday(expiry) : 0;
  return (
    <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
      <span>{no ?? '（未填证号）'}</span>
      <Typography variant="caption" color={state === 'expired' ? 'error' : state === 'expiring' ? 'warning.dark' : 'text.secondary'} sx={{ whiteSpace: 'nowrap' }}>
        {expiry ? `有效期至 ${expiry}` : '未填有效期'}
      </Typography>
      {state === 'expired' && <Chip size="small" color="error" label="已过期" />}
      {state === 'expiring' && <Chip size="small" color="warning" label={days === 0 ? '今日到期' : `${days} 天后到期`} />}
    </Stack>
  );
}
